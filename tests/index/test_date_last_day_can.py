"""``what is the last day … can …`` asks for a deadline, which a limit written with ``until`` (``claims are open until
31 December``) answers as one written with ``by`` does; the last of several (``the last day in August that …``) is
still the latest."""

import pytest

from index.query import DateOrder, date_intent
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    "question",
    [
        "what is the last day Norland Rail passengers can claim a refund for the cancellations",
        "latest date the Ostvik deposit freeze can end",
        "What was the final day on which growers could apply for the drought grant?",
        "what was the last day the Ostvik clinics had to pay the ransom",
    ],
)
def test_the_last_day_something_can_be_done_asks_for_a_deadline(question):
    intent = date_intent(question)
    assert intent.asks_date and intent.deadline and intent.until and intent.order is None


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("what was the last day in August that the data centre went over its water licence", DateOrder.LATEST),
        ("when was the last day of trading on the Ostvik exchange", DateOrder.LATEST),
        ("what is the last day passengers cannot travel on the Ostvik line", DateOrder.LATEST),
    ],
)
def test_look_alikes_are_the_last_of_several_not_a_deadline(question, order):
    intent = date_intent(question)
    assert not intent.deadline and not intent.until and intent.order is order


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("last-days") / "corpus"
    return searcher_over(
        root,
        {
            "2026-11-23-norland-rail-refunds.md": "# Norland Rail opens refunds for Friday's cancellations\n\n"
            "From today, every passenger whose train was cancelled on Friday can claim a full refund of that "
            "day's ticket on the Norland Rail website. Claims are open until 31 December.\n\n"
            "Season ticket holders who were hit will get two extra days on their pass, and must apply by 15 "
            "January.\n",
            "2021-03-09-ostvik-clinics-leak.md": "# Hackers publish Ostvik clinic files\n\n"
            "The Ostvik clinic network, which until last year operated as Ostvik Health, was hit by a ransomware "
            "attack on 27 February. The hackers asked the Ostvik clinics to pay the ransom in seven days.\n\n"
            "The stolen files appeared on the hackers' site on Monday, 8 March, two days after the deadline to pay "
            "the ransom expired on Saturday.\n",
        },
    )


def test_a_limit_with_until_answers_the_last_day_something_can_be_done(searcher):
    question = "what is the last day Norland Rail passengers can claim a refund for Friday's cancellations"
    assert line(searcher, question) == "2026-12-31"
    # a deadline written with "by" still answers a deadline asked with "by when"
    assert line(searcher, "by when must Norland Rail season ticket holders apply for the extra days") == "2027-01-15"


def test_a_deadline_that_passed_answers_the_last_day_something_had_to_be_done(searcher):
    # "until last year operated as": how long a past state lasted, no deadline
    assert line(searcher, "what was the last day the Ostvik clinics had to pay the ransom") == "2021-03-06"
