"""Months still to come (``beyond the end of June``, ``could come in June``, ``a cut in March is off the table``),
``the last week of January``, denials in a relative clause and searches that open on ``first day``."""

from datetime import date

import pytest

from index.dates import date_mentions
from index.query import date_intent
from tests.conftest import line, searcher_over

MARCH = date(2026, 3, 11)


def months(text: str, anchor: date = MARCH) -> list[tuple[str, str]]:
    return [(mention.date.iso, mention.role.value) for mention in date_mentions(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister has ruled out keeping the levy beyond the end of June.", [("2026-06", "bound")]),
        ("The toll freeze is in force until the end of June.", [("2026-06", "bound")]),
        ("The levy will not run beyond June.", [("2026-06", "bound")]),
        ("The charity was raising money to keep the shelters open until the end of June.", [("2026-06", "bound")]),
        ("Officials say a second payment could arrive in June.", [("2026-06", "event")]),
        ("The toll freeze was extended until the end of June.", [("2026-06", "end")]),
    ],
)
def test_a_month_not_yet_reached_in_words_that_look_ahead_is_the_coming_one(text, expected):
    assert months(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry route was closed until the end of June.", [("2025-06", "bound")]),  # a past: the June before
        ("The ferry route was closed to lorries until June.", [("2025-06", "bound")]),  # no infinitive: a past
        ("Talks dragged on beyond the end of June.", [("2025-06", "bound")]),
        ("Record flooding in June, the wettest month in a decade.", [("2025-06", "event")]),  # no verb: the last
        ("Fares have risen in June.", [("2025-06", "event")]),  # a perfect tells of time gone by
        ("The charity agreed to keep the shelters open until February.", [("2026-02", "bound")]),  # reached
        ("Police are investigating a break-in at the depot in June.", [("2025-06", "event")]),  # a present of now
        ("The old mill was used to store grain until October, when its roof fell in.", [("2025-10", "bound")]),
        ("In 2025 the charity worked to keep the shelters open until the end of June.", [("2025", "event"),
                                                                                       ("2025-06", "bound")]),
        ("The bypass should have been finished in June.", [("2025-06", "event")]),
    ],
)
def test_a_month_in_a_past_or_with_no_verb_keeps_the_last_one(text, expected):
    assert months(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Osk ferry could reopen in February, the operator said.",
        "The minister said the levy would last beyond February.",
    ],
)
def test_a_month_gone_by_after_a_modal_is_not_told(text):
    assert months(text) == []  # this February or the next? the words do not say


def test_a_month_after_a_modal_of_saying_keeps_its_year():
    text = "What I can tell you is that at the end of February, the fund was solvent."
    assert months(text) == [("2026-02", "event")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The contractor told us the first crews arrive on June 1st.", date(2026, 4, 4), "2026-06-01"),
        ("The crews arrived on June 1st.", date(2026, 4, 4), "2025-06-01"),
        ("The ferry was due back in service on 1 October. It did not sail.", date(2026, 11, 12), "2026-10-01"),
    ],
)
def test_a_plan_told_in_the_past_or_a_present_after_a_past_is_the_nearest_day(text, anchor, expected):
    assert months(text, anchor)[0][0] == expected


def test_the_last_week_of_a_month_is_in_that_month_and_last_week_of_anything_else_is_last_week():
    assert months("Swarms crossed the border in the last week of January.", date(2020, 6, 10)) == [
        ("2020-01", "event")
    ]
    assert months("He spoke of the seizure last week of a large shipment.", date(2020, 6, 10)) == [
        ("2020-06", "event")
    ]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("ahead") / "corpus"
    return searcher_over(
        root,
        {
            "2026-02-17-tarvo-grain.md": "The farm ministry said on Tuesday that grain stocks in the state "
            "silos were sufficient for the coming season.\n",
            "2026-02-04-velt-fraud.md": "Two former managers of a Velt ambulance firm were sentenced yesterday to "
            "nine years in prison for a scheme that billed the health fund for trips that never took place.\n",
            "2026-02-05-osk-bridge.md": "No engineer was dismissed yesterday over the Osk bridge cracks, the city "
            "said.\n",
            "2026-07-20-harbour-summit.md": "The harbour summit in June that both ports had announced never took "
            "place, the harbour board said.\n",
        },
    )


def test_a_denial_in_a_relative_clause_after_the_date_does_not_deny_its_event(searcher):
    assert line(searcher, "when were the Velt ambulance managers sentenced") == "2026-02-03"
    assert line(searcher, "when was the Osk bridge engineer dismissed") is None  # the date's own clause denies
    assert line(searcher, "when did the harbour summit take place") is None  # the relative clause is the subject's


def test_a_search_that_opens_on_first_day_or_latest_date_asks_for_a_date():
    assert date_intent("first day depositors could withdraw their savings").asks_date
    assert date_intent("latest date the toll freeze can end").asks_date
    assert not date_intent("first aid kits handed out at the camp").asks_date
