"""A day without its year after its weekday (``on Thursday, 29 May``): of the years around the day of writing, the
one in which that day falls on that weekday, whatever the tense of the sentence around it."""

from datetime import date

import pytest

from index.dates import date_mentions
from tests.conftest import line, searcher_over

WRITTEN = date(2025, 5, 19)  # a Monday; 29 May 2025 is a Thursday, 29 May 2024 a Wednesday


def days(text: str, anchor: date = WRITTEN) -> list[str]:
    return [m.date.iso for m in date_mentions(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry firm has agreed to hold an open evening at the Orsk library on Thursday, 29 May.", ["2025-05-29"]),
        ("The council voted to hold the hearing on Thursday 29 May.", ["2025-05-29"]),
        ("Residents were told they could speak on Friday, May 30.", ["2025-05-30"]),
        ("The two ministers met on Wednesday, 29 May.", ["2024-05-29"]),  # a Wednesday the year before
    ],
)
def test_a_weekday_gives_the_year_of_the_day_after_it(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry firm agreed to hold an open evening on 29 May.", ["2024-05-29"]),  # no weekday: the past decides
        ("The ministers will meet on 29 May.", ["2025-05-29"]),
        ("The two ministers met on Friday, 29 May.", ["2024-05-29"]),  # a Friday only a year ahead: as before
        ("The two ministers met on Saturday, 17 May.", ["2025-05-17"]),
    ],
)
def test_a_day_without_a_fitting_weekday_is_read_as_before(text, expected):
    assert days(text) == expected


def test_the_line_names_the_year_the_weekday_gives(tmp_path):
    searcher = searcher_over(
        tmp_path / "corpus",
        {
            "2025-05-19-orsk-ferry.md": "The Orsk ferry firm paused its night crossings on Saturday, 17 May. The firm "
            "has agreed to hold a public meeting at the Orsk library on Thursday, 29 May, at 7 p.m.\n",
            "2025-05-12-harbour-dues.md": "The harbour board raised mooring dues on 2 May after a long review.\n",
            "2025-05-14-bus-lanes.md": "Two new bus lanes opened on the ring road on 12 May.\n",
        },
    )
    assert line(searcher, "when is the Orsk ferry firm's public meeting") == "2025-05-29"
    assert line(searcher, "when did the Orsk ferry firm pause its night crossings") == "2025-05-17"  # look-alike
