"""Deadlines asked (``By when must …``, ``what is the deadline for …``): the question asks for a date, one date however
``final`` it calls it, and a day written as a deadline (``must pay by 1 December``) answers it, not the day the
deadline was set; a deadline set in a perfect (``has been asked to report by 1 December``) takes the nearest year."""

from datetime import date

import pytest

from index.dates import date_mentions
from index.query import DateOrder, date_intent
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    "question",
    [
        "By when must the harbour board report on the Vell quays?",
        "by what date must the Vell tenants leave",
        "what is the final deadline for growers to claim from the Ostra drought fund",
        "What was the deadline for the Ostra levy?",
    ],
)
def test_a_deadline_asked_is_a_date_question_of_one_date(question):
    intent = date_intent(question)
    assert intent.asks_date and intent.deadline and intent.order is None


@pytest.mark.parametrize(
    "question",
    [
        "By the time the ferry docked, who was aboard?",
        "what did the minister say about the deadline",
        "when was the final payment from the Ostra fund made",
    ],
)
def test_look_alikes_ask_no_deadline(question):
    assert not date_intent(question).deadline


def test_the_last_of_several_payments_still_asks_for_the_latest():
    assert date_intent("when was the last payment from the Ostra fund made").order is DateOrder.LATEST


def test_a_deadline_set_in_a_perfect_takes_the_nearest_year():
    written = date(2026, 11, 3)
    stated = [m.date.iso for m in date_mentions("The harbour board has been asked to report by 1 December.", written)]
    assert stated == ["2026-12-01"]
    # a deadline told in the simple past may be gone by; a plain past before "by" is the year of writing
    assert [m.date.iso for m in date_mentions("The board was told to report by 3 March.", written)] == ["2026-03-03"]
    assert [m.date.iso for m in date_mentions("The ferry had docked by 3 March.", written)] == ["2026-03-03"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("deadlines") / "corpus"
    return searcher_over(
        root,
        {
            "2025-08-13-ostra-fund.md": "OSTRA, Aug 13 - The farm ministry on Wednesday named 40 grain traders that "
            "it said must pay into a relief fund for growers hit by the Ostra drought by Sept. 30 or lose their "
            "export licences.\n",
            "2026-11-03-vell-quays.md": "The quay wall at Vell cracked on Sunday. The harbour board has been asked "
            "to report on the Vell quays by 1 December.\n",
        },
    )


def test_a_day_written_as_a_deadline_answers_a_deadline_asked(searcher):
    assert line(searcher, "what is the final deadline for grain traders to pay into the Ostra drought fund") == (
        "2025-09-30"
    )
    assert line(searcher, "By when must the harbour board report on the Vell quays?") == "2026-12-01"


def test_the_day_a_deadline_was_set_is_no_answer_to_it(searcher):
    # the day the ministry named the traders is when they were named, not by when they must pay
    assert line(searcher, "when did the farm ministry name the grain traders") == "2025-08-13"
    assert line(searcher, "By when must the harbour board inspect the Vell pier?") is None
