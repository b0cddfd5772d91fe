"""The date line against dates of something else: another one of the kind asked about (``the Lorr footbridge``
for ``the Penn footbridge``), a day already gone by for a question about what is still to come (``when will he
appear``), and the very month a question sets as its limit (``When in February …``), which says no day."""

import pytest

from index.query import date_intent
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("question", "ahead"),
    [
        ("when will Jon Marsh appear at Crown Court", True),
        ("when is the harbour report due", True),
        ("when was the harbour report due", False),
        ("when did Jon Marsh appear at Crown Court", False),
        ("when was the vote scheduled", False),
    ],
)
def test_a_question_about_what_is_to_come_is_told_apart(question, ahead):
    assert date_intent(question).ahead is ahead


def test_a_question_names_the_one_of_a_kind_it_is_about_and_may_ask_for_a_day_inside_its_limit():
    assert date_intent("when did the Penn footbridge open").kinds == (("Penn", "footbridge"),)
    assert ("Orrin", "ferry") in date_intent("When did Penn Ferries sell the Orrin ferry").kinds
    assert date_intent("When in February was the notice closed?").inside
    assert not date_intent("In February, when was the notice closed?").inside


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("kinds") / "corpus"
    return searcher_over(
        root,
        {
            "2026-02-10-river-crossings.md": "The city has promised the Penn footbridge for 3 March. The Lorr "
            "footbridge opened on 2 February after a year of delays.\n",
            "2026-05-20-harbour-crossings.md": "The Tamsin ferry, like the Orrin ferry, resumed on 18 May after the "
            "storm.\n",
            "2026-04-02-marsh-remand.md": "Jon Marsh, 51, was remanded in custody on Tuesday and will appear at "
            "Crown Court on 9 May.\n",
            "2026-06-12-quarry-notices.md": "The inspectorate said the dust notice at the Helm quarry was closed in "
            "February. The noise notice at the Helm quarry was lifted on 9 March.\n",
            "2026-06-14-pit-notices.md": "The safety notice at the Vell pit was withdrawn in April, on the 14th, "
            "after the pumps were replaced.\n",
        },
    )


def test_a_day_told_of_another_one_of_the_kind_asked_about_is_no_answer(searcher):
    assert line(searcher, "when did the Penn footbridge open") is None  # the Lorr footbridge opened then
    assert line(searcher, "when did the Lorr footbridge open") == "2026-02-02"


def test_a_day_told_of_the_one_asked_about_beside_another_still_answers(searcher):
    assert line(searcher, "when did the Tamsin ferry resume") == "2026-05-18"


def test_a_question_about_what_is_to_come_is_not_answered_by_a_day_gone_by(searcher):
    assert line(searcher, "when will Jon Marsh appear at Crown Court") == "2026-05-09"
    assert line(searcher, "when was Jon Marsh remanded in custody") == "2026-03-31"


def test_the_month_a_question_is_limited_to_is_not_the_day_it_asks_for(searcher):
    assert line(searcher, "When in February was the dust notice at the Helm quarry closed?") is None
    assert line(searcher, "when was the dust notice at the Helm quarry closed") == "2026-02"
    assert line(searcher, "When in April was the safety notice at the Vell pit withdrawn?") == "2026-04-14"
