"""The date line for an event the question names with a verb and its particle (``sign off``, ``step aside``, ``sit
down``, ``find out``, ``show up``) while the passage names it with one verb of the same meaning
(``approved``, ``resigned``, ``meet``, ``learned``, ``appeared``); and a clause set off by two hyphens
(``--``), which is read as one set off by a dash."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("phrasal-words") / "corpus"
    return searcher_over(
        root,
        {
            "2026-03-20-orvel-library.md": "The county engineers approved the temporary scaffolding at the Orvel "
            "library on 14 March, two days before the roof works began.\n",
            "2026-06-05-tessel-board.md": "The chair of the Tessel water board resigned on 2 June, a week after the "
            "leak at the pumping station became public.\n",
            "2026-11-01-night-trains.md": "The transport minister will meet the Orvel rail unions on 9 November to "
            "talk about night services.\n",
            "2026-10-25-clinic-letters.md": "The Brannick clinic learned on 21 October that a folder of patient "
            "letters had been left on a commuter train.\n",
            "2026-05-12-exam-forum.md": "The stolen chemistry exam questions appeared on a student forum on 8 May. "
            "The exam board heard of the leak from a parent on 10 May.\n",
            "2026-05-20-brisk-foundry.md": "The Harl inspectorate -- which was merged into the regional agency in "
            "January 2026 -- issued two noise notices to the Brisk foundry, the last of them on 4 May 2026.\n",
        },
    )


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("when did the county engineers sign off on the Orvel library scaffolding", "2026-03-14"),
        ("when did the chair of the Tessel water board step aside", "2026-06-02"),
        ("when did the chair of the Tessel water board step down", "2026-06-02"),
        ("when will the transport minister sit down with the Orvel rail unions", "2026-11-09"),
        ("when did the Brannick clinic find out about the patient letters", "2026-10-21"),
        ("when did the stolen chemistry exam questions show up on a student forum", "2026-05-08"),
    ],
)
def test_a_verb_with_its_particle_finds_the_one_verb_of_its_meaning(searcher, question, day):
    assert line(searcher, question) == day


@pytest.mark.parametrize(
    "question",
    [
        "when did the chair of the Tessel water board step in",  # another particle, another event
        "when did the county engineers sign up for the Orvel library scaffolding",
    ],
)
def test_another_particle_names_another_event(searcher, question):
    assert line(searcher, question) is None


def test_a_clause_between_two_hyphens_keeps_its_date_to_itself(searcher):
    assert line(searcher, "when was the last noise notice issued to the Brisk foundry") == "2026-05-04"
    assert line(searcher, "when was the Harl inspectorate merged into the regional agency") == "2026-01"
