"""A weekday or a month led by ``until``, ``from``, ``by`` … lies ahead in a sentence about now and behind in one
about the past; when the sentence tells neither, it gives no day."""

from datetime import date
from pathlib import Path

import pytest

from index.dates import stated_dates
from tests.cli_runner import run_json
from tests.conftest import write

TUESDAY = date(2026, 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boil-water notice is in effect north of the canal until at least Thursday.", ["2026-03-05"]),
        ("The dock union has announced a strike from Friday.", ["2026-03-06"]),
        ("Households have been told to boil water until Friday.", ["2026-03-06"]),
        ("The footbridge remains closed until Sunday.", ["2026-03-08"]),
        ("The inspectors said the quay is shut through Wednesday.", ["2026-03-04"]),
        ("Starting on Monday, the ferry is off the timetable.", ["2026-03-09"]),
        ("Claims must be filed by Friday.", ["2026-03-06"]),
        ("The fishing ban is in force until April.", ["2026-04"]),
        ("The fishing ban is in force until February.", ["2027-02"]),
    ],
)
def test_a_day_led_by_until_or_from_in_a_sentence_about_now_lies_ahead(text, expected):
    assert [found.iso for found in stated_dates(text, TUESDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The footbridge was closed until Sunday.", ["2026-03-01"]),
        ("The stoppage ran from Monday.", ["2026-03-02"]),
        ("The union had announced a strike from Friday.", ["2026-02-27"]),
        ("The fishing ban was in force until April.", ["2025-04"]),
        ("As of Monday, forty boats have docked.", ["2026-03-02"]),  # how things stood: no end or start
        ("The notice is in effect until Thursday, 12 March.", ["2026-03-12"]),  # its own day number says it
        ("The minister will travel to Lisbon on Wednesday.", ["2026-03-04"]),
        ("The talks stalled on Friday.", ["2026-02-27"]),
    ],
)
def test_a_day_in_a_sentence_about_the_past_or_with_its_own_date_keeps_its_reading(text, expected):
    assert [found.iso for found in stated_dates(text, TUESDAY)] == expected


def test_a_weekday_led_by_until_in_a_sentence_of_no_tense_gives_no_day():
    assert stated_dates("Starting Thursday, buses every ten minutes.", TUESDAY) == ()


STORY = """Main break leaves the east side of Ferrowick on bottled water

A burst main flooded three streets in Ferrowick on Monday night, and crews worked through the morning to close it.

A boil-water notice is in effect for households north of the canal until at least Thursday, the water board said.

The Ferrowick Dock Union has called a strike from Friday over the new rosters.

The footbridge over the canal was shut until Sunday while divers checked its piers.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("until when is the boil-water notice in effect for households north of the canal?", "2026-03-05"),
        ("when does the dock union strike start?", "2026-03-06"),
        ("when did the main burst in Ferrowick?", "2026-03-02"),
    ],
)
def test_ask_dates_an_advisory_or_a_strike_by_the_coming_weekday(tmp_path: Path, question, expected):
    write(tmp_path / "corpus", "news/2026-03-03-water-main.txt", STORY)
    data = run_json("ask", question, "--corpus", "corpus", "--json", "--k", "3", cwd=tmp_path)
    assert data["answer_date"] == expected
