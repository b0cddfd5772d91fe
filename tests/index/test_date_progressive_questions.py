"""A question in the perfect progressive (``since when has the erosion been destroying shelters``) asks about
its ``-ing`` verb, not about ``been``; ``been`` alone names no event. ``since`` right before a date is a preposition
that keeps the date in the clause of the verb before it (``have been striking since 9 November``); before a clause
(``since the river burst its banks on 12 October``) it still opens one."""

import pytest

from index.query import event_words
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("since when has the river erosion been destroying shelters at Kessmoor", ("destroying",)),
        ("when have the Orle dockers been striking", ("striking",)),
        ("since when has the Orle depot been", ()),
        ("when has the Orle bridge been closed", ("closed",)),  # a participle, as before
        ("when was the Orle ferry being repaired", ("repaired",)),
    ],
)
def test_the_verb_of_a_progressive_question(question, expected):
    assert event_words(question) == expected


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("progressive") / "corpus"
    return searcher_over(
        root,
        {
            "2026-11-26-kessmoor-camp.md": "Aid groups warned that the river has now washed away 900 shelters at "
            "Kessmoor camp since 4 October, and 200 more families have moved.\n",
            "2026-11-27-orle-dock.md": "Orle dockers have been striking since 9 November over pay.\n",
            "2026-11-20-varn-measles.md": "Varn has recorded three cases of measles since June, the most recent "
            "confirmed on 4 October in Dell district.\n",
            "2026-11-28-harl-road.md": "The Harl road has been shut since the river burst its banks on 12 October.\n",
        },
    )


def test_a_progressive_question_is_answered_by_its_own_verb(searcher):
    assert line(searcher, "since when has the river been washing away shelters at Kessmoor camp") == "2026-10-04"


def test_a_progressive_question_with_the_same_verb_still_answers(searcher):
    assert line(searcher, "since when have Orle dockers been striking") == "2026-11-09"


def test_a_since_clause_keeps_its_own_date(searcher):
    assert line(searcher, "when did the river burst its banks at the Harl road") == "2026-10-12"


def test_a_clause_dated_only_by_since_does_not_take_the_event_from_the_next(searcher):
    assert line(searcher, "when was the latest Varn measles case confirmed") == "2026-10-04"
