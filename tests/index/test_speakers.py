import pytest

from index.speakers import find_labels, is_questioner, starts_with_label


@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("QUESTION: Is that right?", ["QUESTION"]),
        ("MR TONER: Yes.", ["MR TONER"]),
        ("MS. NAUERT: Hi, everyone.", ["MS. NAUERT"]),
        ("SECRETARY KERRY: Thank you.", ["SECRETARY KERRY"]),
        ("Q: Short form?", ["Q"]),
        ("SENIOR STATE DEPARTMENT OFFICIAL: On background.", ["SENIOR STATE DEPARTMENT OFFICIAL"]),
        ("QUESTION: ...the rebels you back.MR TONER: Yeah.", ["QUESTION", "MR TONER"]),
        ("MR TONER: which was about?QUESTION: We keep hearing —", ["MR TONER", "QUESTION"]),
        ("QUESTION: would you —MR TONER: Would we —", ["QUESTION", "MR TONER"]),
        ("He said: nothing at all.", []),
        ("NOTE: this is an editor's remark.", []),
        ("The U.S. said: nothing.", []),
        ("Question: lower case is prose, not a label", []),
    ],
)
def test_labels_are_found_at_line_start_and_run_into_sentences(line, speakers):
    assert [label.speaker for label in find_labels(line)] == speakers


def test_label_offsets_point_at_the_turns_words():
    line = "QUESTION: Why?MR TONER: Because."
    first, second = find_labels(line)
    assert line[first.text_start : second.start].strip() == "Why?"
    assert line[second.text_start :].strip() == "Because."


def test_questioners_and_line_starts():
    assert is_questioner("QUESTION") and is_questioner("Q") and not is_questioner("MR TONER")
    assert not is_questioner(None)
    assert starts_with_label("  MR TONER: indented") and not starts_with_label("prose MR TONER: x")
