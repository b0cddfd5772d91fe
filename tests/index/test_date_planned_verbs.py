"""A question asking when something was or is ``due to``, ``set to``, ``meant to`` … happen names its event by the
verb after ``to`` (``was the minister due to fly``: ``fly``), not by nothing: a date of another event of the same
story (the talks the flight was for) does not answer it."""

import pytest

from index.query import event_words
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("on what date was Ostria's foreign minister due to fly to Dessa for the canal talks", ("fly",)),
        ("when is the Dessa ferry due to sail", ("sail",)),
        ("when was the new tax portal originally meant to go live", ("live",)),
        ("when is the Dessa plant set to be shut down", ("shut",)),
        ("when were the canal talks set to resume", ("resume",)),
    ],
)
def test_the_verb_after_due_to_is_the_event(question, event):
    assert event_words(question) == event


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("when was the canal report due", ()),  # no verb planned: as before
        ("when was the outbreak declared", ("declared",)),
        ("when was the report due to the board", ()),  # "to" before a determiner opens no verb
        ("when were the Christmas concerts due to take place", ()),  # a verb of happening: the concerts are asked
        ("when was the vote due to happen", ()),
    ],
)
def test_look_alikes_keep_their_reading(question, event):
    assert event_words(question) == event


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("planned-verbs") / "corpus"
    return searcher_over(
        root,
        {
            "2026-11-13-ostria-briefing.md": "# Ostria foreign ministry briefing\n\n"
            "Good afternoon. Two things before questions. First, the minister will travel to Dessa on Monday, and "
            "the talks themselves open on Tuesday, the 17th.\n",
            "2026-11-20-canal-talks.md": "# Canal talks end without a deal\n\n"
            "Ostria's foreign minister, Anna Holt, and her Vendish counterpart held two days of canal talks in "
            "Dessa on Nov. 17-18 that ended without agreement, Ostria's foreign ministry said.\n",
            "2026-11-02-harbour-dredging.md": "# Harbour dredging starts\n\nDredgers began clearing silt from the "
            "Velm harbour mouth on Monday, the port authority said.\n",
            "2026-10-28-school-roofs.md": "# School roofs repaired\n\nWork on the leaking roofs of three primary "
            "schools in Karro was finished on 27 October.\n",
            "2026-10-15-bus-fares.md": "# Bus fares frozen\n\nThe regional council froze bus fares for a year at "
            "its meeting on 14 October.\n",
        },
    )


def test_a_planned_flight_is_dated_by_its_own_day_not_the_talks(searcher):
    question = "on what date was Ostria's foreign minister due to travel to Dessa for the canal talks"
    assert line(searcher, question) == "2026-11-16"


def test_the_talks_are_still_dated_by_theirs(searcher):
    assert line(searcher, "when did the canal talks in Dessa open") == "2026-11-17"

