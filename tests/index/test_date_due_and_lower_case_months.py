"""Two readings of a "when" question: ``when is … due`` is answered by a day it is ``due by`` (``a final report is
due by 30 November``), which stays a limit for any other question; and a month typed in lower case after ``in``
(``in august``) limits the dates asked about as a capitalised one does, save ``may`` and ``march``, which may be
other words."""

import pytest

from index.query import date_intent
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("when was the harbour board consulted on the quay plan in august", 8),
        ("when was the harbour board consulted on the quay plan in August", 8),
        ("when did the ferry stop in jan", 1),
    ],
)
def test_a_month_typed_in_lower_case_after_in_is_a_limit(question, month):
    assert [bound.month for bound in date_intent(question).bounds] == [month]


@pytest.mark.parametrize("question", ["when were the dockers hurt in march", "when did the crowd gather in may"])
def test_may_and_march_in_lower_case_are_no_limit(question):
    assert date_intent(question).bounds == ()


def test_a_due_question_is_told_apart():
    assert date_intent("when is the final report on the Vell weir due").due
    assert not date_intent("when was the final report on the Vell weir due").due
    assert not date_intent("when will the final report on the Vell weir be published").due


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("due") / "corpus"
    return searcher_over(
        root,
        {
            "2026-10-14-vell-weir.md": "The Vell weir failed because a gate motor overheated, the inspectors found. "
            "A final report on the Vell weir is due by 30 November.\n",
            "2026-09-02-harbour-board.md": "The harbour board said the dockers' union had been consulted on the quay "
            "plan twice, on July 9 and on August 20, and had raised concerns about shifts.\n",
            "2026-09-05-ferry.md": "The Harrow ferry resumed on 3 September after the storm.\n",
        },
    )


def test_a_day_something_is_due_by_answers_when_it_is_due(searcher):
    assert line(searcher, "when is the final report on the Vell weir due") == "2026-11-30"
    assert line(searcher, "when was the final report on the Vell weir published") is None  # a limit, no day


def test_a_lower_case_month_limits_the_dates_asked_about(searcher):
    assert line(searcher, "when was the dockers' union consulted on the quay plan in august") == "2026-08-20"
    assert line(searcher, "when was the dockers' union consulted on the quay plan") is None  # two days, no one
