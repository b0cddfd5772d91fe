"""A weekday or a month led by ``until``, ``from``, ``by`` … lies ahead in a sentence about now and behind in one
about the past; when the sentence tells neither, or tells a start or a span in the perfect, it gives no day.
``is from`` tells where something comes from, not a start."""

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
        ("The parking ban applies from Monday.", ["2026-03-09"]),
        ("The parking ban is in force from Monday.", ["2026-03-09"]),
        ("Households have been told to boil water until Friday.", ["2026-03-06"]),
        ("The footbridge remains closed until Sunday.", ["2026-03-08"]),
        ("The inspectors said the quay is shut through Wednesday.", ["2026-03-04"]),
        ("Starting on Monday, the ferry is off the timetable.", ["2026-03-09"]),
        ("Claims must be filed by Friday.", ["2026-03-06"]),
        ("Crews have been told to clear the line by Friday.", ["2026-03-06"]),  # a perfect of notice: ahead
        ("The ministry has extended the ban through Sunday.", ["2026-03-08"]),
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
        ("The strike ran from Monday.", ["2026-03-02"]),
        ("The fishing ban has been in force from April.", ["2025-04"]),  # a start in the perfect: as in the past
        ("The union had announced a strike from Friday.", ["2026-02-27"]),
        ("The fishing ban was in force until April.", ["2025-04"]),
        ("As of Monday, forty boats have docked.", ["2026-03-02"]),  # how things stood: no end or start
        ("The notice is in effect until Thursday, 12 March.", ["2026-03-12"]),  # its own day number says it
        ("The minister will travel to Lisbon on Wednesday.", ["2026-03-04"]),
        ("The talks stalled on Friday.", ["2026-02-27"]),
        ("The latest figures are from Monday.", ["2026-03-02"]),  # "are from": where they come from, not a start
        ("The photos are from Saturday's march.", ["2026-02-28"]),
        ("Turnout is up from Sunday's first round.", ["2026-03-01"]),
        ("The figures, which are from February, show a fall.", ["2026-02"]),
        ("Prices have risen by 4% from January.", ["2026-01"]),  # a month in the perfect: as in the past
        ("Prices have risen through January.", ["2026-01"]),
    ],
)
def test_a_day_in_a_sentence_about_the_past_or_with_its_own_date_keeps_its_reading(text, expected):
    assert [found.iso for found in stated_dates(text, TUESDAY)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Starting Thursday, buses every ten minutes.",  # no tense
        "The ring road has been closed from Monday.",  # a span begun on the last Monday, or one to begin
        "The council has received reports from Monday.",
        "The dock union has announced a strike from Friday.",
        "From Monday, the ferry has run every hour.",
        "Passengers say the delays have lasted from Friday.",
        "Crews have worked through Sunday to clear the line.",  # time gone by, up to the last Sunday or the next?
        "The line has been cleared by Sunday.",
    ],
)
def test_a_weekday_led_by_from_through_or_by_in_a_sentence_of_no_tense_or_in_the_perfect_gives_no_day(text):
    assert stated_dates(text, TUESDAY) == ()


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
        ("when does the dock union strike start?", None),  # "has called a strike from Friday": not told
        ("when did the main burst in Ferrowick?", "2026-03-02"),
    ],
)
def test_ask_dates_an_advisory_by_the_coming_weekday_and_no_strike_called_from_one(tmp_path: Path, question, expected):
    write(tmp_path / "corpus", "news/2026-03-03-water-main.txt", STORY)
    data = run_json("ask", question, "--corpus", "corpus", "--json", "--k", "3", cwd=tmp_path)
    assert data["answer_date"] == expected
