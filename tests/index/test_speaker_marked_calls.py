"""An earnings call as a transcript site prints it, the word ``speaker`` over each speaker's name and the words under
it (``speaker`` / ``Operator`` / ``Good day, …``): each turn is the named speaker's, the site's foot under the last
turn (``Sign up for earnings alerts``, ``About us | Terms | Privacy``) no part of it, while a host's closing sentence
about subscribing stays."""

import pytest

from tests.conftest import built_pages, by_document

TURNS = [
    ("Operator", "Good day, and welcome to the fourth quarter results call. There will be time for questions later."),
    ("Ruth Amsel", "Thank you, and good morning. With me are our chief executive and our finance chief."),
    ("Tom Brennan", "We moved more containers in the fourth quarter than in any quarter in our history."),
    ("Operator", "Our first question comes from Dana Holt with Harbour Securities. Your line is open."),
    ("Dana Holt", "How much of the margin gain came from fuel prices rather than from volume?"),
    ("Ines Vale", "About a third of it came from fuel. The rest was volume and the cost plan."),
]
CLOSING = "Thanks for listening, and subscribe wherever you get your podcasts."


def _call(turns: list[tuple[str, str]], foot: list[str]) -> str:
    return "\n".join(["Kellmouth Freight Holdings", "Q4 2025 Earnings Conference Call", "2/19/2026",
                      *(line for who, said in turns for line in ("speaker", who, said)), *foot])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pages = {
        "call.txt": _call(TURNS, ["Sign up for earnings alerts", "About us | Terms | Privacy"]),
        "closing.txt": _call([*TURNS[:2], ("Ruth Amsel", CLOSING)], []),
    }
    found = {}
    for name, page in pages.items():
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index, lambda passage: (passage.speaker, passage.text))[1])
    return found


def test_each_turn_under_the_word_speaker_is_the_named_speakers(read):
    assert read["call.txt"] == TURNS


def test_a_hosts_closing_sentence_about_subscribing_stays_in_the_last_turn(read):
    assert read["closing.txt"][-1] == ("Ruth Amsel", CLOSING)
