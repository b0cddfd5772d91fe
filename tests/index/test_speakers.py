import pytest

from index.builder import build_index
from index.speakers import find_labels, is_questioner, is_role, starts_with_label, surname
from index.store import load_index
from tests.conftest import write


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


@pytest.mark.parametrize(
    ("line", "speaker", "words"),
    [
        ("PENTAGON PRESS SECRETARY JOHN F. KIRBY: Good afternoon.", "PENTAGON PRESS SECRETARY JOHN F. KIRBY", "Good"),
        ("KIRBY: Two things.", "KIRBY", "Two"),
        ("MR. KIRBY: Sure.", "MR. KIRBY", "Sure."),
        ("REAR ADMIRAL JOHN KIRBY: Morning.", "REAR ADMIRAL JOHN KIRBY", "Morning."),
        ("Question:  Steph, one more?", "Question", "Steph,"),
        ("Deputy Spokesman:  Not yet.", "Deputy Spokesman", "Not"),
        ("Ms. Brennan:  Thank you.", "Ms. Brennan", "Thank"),
        ("Q    Were they there?", "Q", "Were"),
        ("Q\u00a0\u00a0\u00a0Were they there?", "Q", "Were"),
        ("\u00a0MR TONER:\u00a0Yes.", "MR TONER", "Yes."),
        ("FOREIGN MINISTER KISHIDA (Via interpreter): Thank you.", "FOREIGN MINISTER KISHIDA", "Thank"),
        ("FOREIGN MINISTER KISHIDA: (Via interpreter) Thank you.", "FOREIGN MINISTER KISHIDA", "(Via"),
        ("SENIOR STATE DEPARTMENT OFFICIAL (TWO): Right.", "SENIOR STATE DEPARTMENT OFFICIAL (TWO)", "Right."),
        ("Jen Psaki: (00:22)", "Jen Psaki", ""),
        ("Jen Psaki (00:22):", "Jen Psaki", ""),
        ("Dr. Ada Lund: (01:02:03) Thanks.", "Dr. Ada Lund", "Thanks."),
        ("Speaker 2 (00:31): Mayor?", "Speaker 2", "Mayor?"),
        ("Speaker 12:", "Speaker 12", ""),
    ],
)
def test_every_label_form_of_the_web_gives_its_speaker(line, speaker, words):
    (label,) = find_labels(line)
    assert label.speaker == speaker
    assert (line[label.text_start :].split() or [""])[0] == words


@pytest.mark.parametrize("line", ["Q", "Q   "])
def test_a_q_alone_on_its_line_opens_a_question(line):
    assert [label.speaker for label in find_labels(line)] == ["Q"]


@pytest.mark.parametrize(
    "line",
    [
        "TRANSCRIPT:", "INDEX:", "Q and A with the minister", "Question: lower case goes on", "IRAQ", "Washington, DC",
        "Speaker 2 said: no.", "The session (10:30) ran late:", "Speaker of the House: Ada Lund",
    ],
)
def test_headers_and_prose_are_no_labels(line):
    assert find_labels(line) == []


def test_a_voice_a_transcription_service_leaves_unnamed_is_a_questioner_and_never_a_name():
    assert is_questioner("Speaker 2") and is_role("Speaker 2") and is_role("speaker 11")
    assert not is_questioner("Speaker Lund") and not is_role("Dolores Fenn")


def test_roles_and_surnames():
    assert is_role("Question") and is_role("MODERATOR") and is_role("SENIOR ADMINISTRATION OFFICIAL (ONE)")
    assert not is_role("MR. KIRBY") and not is_role(None)
    assert surname("PENTAGON PRESS SECRETARY JOHN F. KIRBY") == surname("Mr. Kirby") == "KIRBY"


@pytest.mark.parametrize(
    ("line", "speaker", "question"),
    [
        ("**MINISTER ROSK:** We begin.", "MINISTER ROSK", False),
        ("**MINISTER ROSK**: We begin.", "MINISTER ROSK", False),
        ("__Q:__ And the bridge?", "Q", True),
        ("**Reporter (Harbour FM):** And the bridge?", "Reporter (Harbour FM)", True),
        ("Reporter (Harbour FM): And the bridge?", "Reporter (Harbour FM)", True),
    ],
)
def test_a_label_in_bold_or_with_its_outlet_in_brackets_is_a_label(line, speaker, question):
    (label,) = find_labels(line)
    assert label.speaker == speaker
    assert line[label.text_start :].strip() in ("We begin.", "And the bridge?")
    assert is_questioner(label.speaker) is question


@pytest.mark.parametrize(
    "line", ["**08:30** — The talks began.", "**Note:** the figures are provisional.", "**Sep 21** — x"]
)
def test_bold_words_that_name_no_speaker_are_no_labels(line):
    assert find_labels(line) == []


def test_a_councillor_named_once_in_minutes_is_the_speaker_of_their_words(tmp_path):
    minutes = (
        "TOWN OF ELMBROOK\nRegular Council Meeting, 3 March 2027\n\n1. LIBRARY HOURS\n\n"
        "Opening times: Monday to Saturday, nine to six.\n\nThe clerk read the petition of the parents' group.\n\n"
        "Councillor Brandt: The library should open on Sundays. Families have asked for it for years.\n\n"
        "Council Member Ruiz: I agree, if the staffing budget allows it.\n\n"
        "MOTION by Councillor Brandt, seconded by Council Member Ruiz, to open on Sundays. Motion carried 5-0.\n\n"
        "The meeting was adjourned at 8:10 p.m.\n"
    )
    write(tmp_path / "corpus", "minutes.txt", minutes)
    build_index(tmp_path / "corpus", tmp_path / "index")
    index = load_index(tmp_path / "index")
    spoken = {p.text: p.speaker for p in index.passages}
    assert spoken["The library should open on Sundays. Families have asked for it for years."] == "Councillor Brandt"
    assert spoken["I agree, if the staffing budget allows it."] == "Council Member Ruiz"
    assert spoken["Opening times: Monday to Saturday, nine to six."] is None, "a list's heading is no speaker"
