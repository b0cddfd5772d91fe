"""The one sentence splitter: where sentences start and end, and what ends none."""

import pytest

from index.sentences import sentence_spans, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry left at 6 p.m. Passengers were told to wait.",
            "The ferry left at 6 p.m. Passengers were told to wait.",
        ),
        (
            "The depot closes at 9 a.m. on Sundays. Buses run late.",
            "The depot closes at 9 a.m. on Sundays. | Buses run late.",
        ),
        (
            "Talks with U.S. envoys went on. Nothing was signed.",
            "Talks with U.S. envoys went on. | Nothing was signed.",
        ),
        ("Gen. Orvik inspected the camp. He left at noon.", "Gen. Orvik inspected the camp. | He left at noon."),
        ("Dr. Lenn and Mr. Abate spoke first.", "Dr. Lenn and Mr. Abate spoke first."),
        ("The vote is on Oct. 3 in the hall.", "The vote is on Oct. 3 in the hall."),
        (
            "Gate No. 5 stays shut. No. The gate was never opened.",
            "Gate No. 5 stays shut. | No. | The gate was never opened.",
        ),
        ("J. Marrow chaired the panel. A. B. Quist spoke.", "J. Marrow chaired the panel. | A. B. Quist spoke."),
        ("Prices rose 3.5 percent. Wages rose 2.1 percent.", "Prices rose 3.5 percent. | Wages rose 2.1 percent."),
        ("Version 2.0.1 ships today.", "Version 2.0.1 ships today."),
    ],
)
def test_abbreviations_initials_and_numbers(text, expected):
    """A full stop after an abbreviation, initials (even before a capital: ``p.m. Passengers`` is read as one
    sentence) or ``No.`` before a number ends nothing; inside a number it never does."""
    assert " | ".join(sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said "we are ready." Then the doors opened.', 'She said "we are ready." | Then the doors opened.'),
        ("He did (at last.) The crowd cheered.", "He did (at last.) | The crowd cheered."),
        ("The plan was final [sic.] Nobody objected.", "The plan was final [sic.] | Nobody objected."),
        ("“Why now?” she asked.", "“Why now?” she asked."),
        ("Is it closed? “Yes,” he said.", "Is it closed? | “Yes,” he said."),
        ("It worked! (Mostly.) We go on.", "It worked! | (Mostly.) | We go on."),
        ("Really?! We had no word.", "Really?! | We had no word."),
    ],
)
def test_closing_and_opening_quotes_and_brackets(text, expected):
    assert " | ".join(sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We waited... and waited.", "We waited... and waited."),
        ("We waited... Then the bus came.", "We waited... | Then the bus came."),
        ("We waited… Then the bus came.", "We waited… | Then the bus came."),
        ("We waited . . . Then the bus came.", "We waited . . . | Then the bus came."),
        ("We waited . . . and it came.", "We waited . . . and it came."),
    ],
)
def test_ellipses(text, expected):
    assert " | ".join(sentences(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry left at 6 p.m. The bay was calm.", "The ferry left at 6 p.m. | The bay was calm."),
        ("We met envoys of the U.S. They left early.", "We met envoys of the U.S. | They left early."),
        ("Shares of Velm Inc. It fell sharply.", "Shares of Velm Inc. | It fell sharply."),
        ("Plan B. A second plan was not drawn up.", "Plan B. | A second plan was not drawn up."),
        ("At 3 p.m. Gen. Orvik left.", "At 3 p.m. Gen. Orvik left."),
        ("J. A. Marrow spoke.", "J. A. Marrow spoke."),
        ("A letter from Mr. A. Dunne came.", "A letter from Mr. A. Dunne came."),
    ],
)
def test_a_word_that_opens_sentences_ends_one_after_an_abbreviation_or_initials(text, expected):
    assert " | ".join(sentences(text)) == expected


def test_a_line_break_always_ends_a_sentence():
    assert sentences("Harbour report\nthe tide is high.  \n\n  Boats stay in") == [
        "Harbour report",
        "the tide is high.",
        "Boats stay in",
    ]


def test_a_line_break_is_white_space_in_text_wrapped_by_hand():
    text = "The Tide Office, once the Board\nof Harbours, moved.\nIt opened today."
    assert sentences(text, lines=False) == ["The Tide Office, once the Board\nof Harbours, moved.", "It opened today."]
    assert sentence_spans(text, lines=False)[1] == (text.index("It"), len(text))


def test_a_lower_case_word_after_a_stop_continues_the_sentence():
    assert sentences("Was it the mayor? no one knows. it was late.") == ["Was it the mayor? no one knows. it was late."]


def test_spans_are_offsets_without_the_white_space_between():
    text = "  One here.   Two there?\nThree  "
    spans = sentence_spans(text)
    assert spans == [(2, 11), (14, 24), (25, 30)]
    assert [text[start:end] for start, end in spans] == ["One here.", "Two there?", "Three"]


def test_blank_text_has_no_sentences():
    assert sentence_spans("") == []
    assert sentence_spans(" \n\t ") == []


def test_semicolons_end_sentences_only_when_asked():
    text = "We did not close the port; the storm did. Boats wait."
    assert sentences(text) == ["We did not close the port; the storm did.", "Boats wait."]
    assert sentences(text, semicolons=True) == ["We did not close the port;", "the storm did.", "Boats wait."]
    assert sentences("Rates are 4;5 in places.", semicolons=True) == ["Rates are 4;5 in places."]


def test_a_contraction_at_the_end_of_a_sentence_is_no_initial():
    assert sentences("The pier gate was shut, but the ferry didn't. Crews waited an hour.") == [
        "The pier gate was shut, but the ferry didn't.",
        "Crews waited an hour.",
    ]
    assert sentences("Was the road open? It isn’t. Nobody knows when.") == [
        "Was the road open?", "It isn’t.", "Nobody knows when."
    ]


def test_initials_after_a_contraction_still_hold_a_name_together():
    assert sentences("It wasn't J. Marr who signed. The clerk did.") == [
        "It wasn't J. Marr who signed.", "The clerk did."
    ]
    assert sentences("We met at 9 a.m. Gen. Haddad came late.") == ["We met at 9 a.m. Gen. Haddad came late."]
