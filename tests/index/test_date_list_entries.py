"""A list's entries that open on a day without its year (``- 3 March: tender launched``) take the year their words
tell, as a sentence that opens on its date does."""

from datetime import date

import pytest

from index.dates import date_mentions, leading_date
from tests.conftest import line, searcher_over

WRITTEN = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("- 3 March: tender launched", "2026-03-03"),  # a past told as a headline: the March gone by
        ("* 3 March: tender launched", "2026-03-03"),
        ("3 March: tender launched", "2026-03-03"),
        ("- 3 March: the hearing will open", "2027-03-03"),  # a plan: the March to come
        ("- 3 March 2025: tender launched", "2025-03-03"),  # a year written stays
        ("- 3 March: hearing", "2027-03-03"),  # no verb at all: the nearest, as before
    ],
)
def test_a_list_entry_that_opens_on_its_day_takes_the_year_its_words_tell(text, day):
    assert leading_date(text, WRITTEN) == date.fromisoformat(day)
    assert [m.date.iso for m in date_mentions(text, WRITTEN)] == [day]


def test_a_date_after_a_noun_in_a_list_entry_keeps_the_nearest_year():
    # the date does not open its clause: the words after it are not its tense
    assert [m.date.iso for m in date_mentions("- the tender of 3 March will be launched", WRITTEN)] == [
        "2027-03-03"
    ]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("list-entries") / "corpus"
    return searcher_over(
        root,
        {
            "2026-11-24-ostvik-terminal.md": "# Ostvik ferry terminal: the hearing\n\n"
            "Councillors questioned the harbour company for two hours on Monday about the delays to the new Ostvik "
            "ferry terminal and its rising price.\n\n"
            "The terminal project so far:\n"
            "- 3 March: design tender launched\n"
            "- 2 September: four bids opened\n"
            "- 20 October: Brekka Bygg named preferred bidder\n",
        },
    )


def test_a_list_entry_dates_its_event_in_the_year_gone_by(searcher):
    assert line(searcher, "when was the design tender for the Ostvik ferry terminal launched") == "2026-03-03"
    assert line(searcher, "when was Brekka Bygg named preferred bidder for the Ostvik terminal") == "2026-10-20"
