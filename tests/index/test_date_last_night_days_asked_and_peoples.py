"""``last night`` as the day before the day of writing (not ``the last night of the fair``), a question that asks for a
day (``on what date``) not answered by ``last week``, and a figure's earlier value (``up from 15 last night``) not
dated as the event."""

from datetime import date

import pytest

from index.dates import date_mentions
from index.query import date_intent
from tests.conftest import line, searcher_over

WRITTEN = date(2026, 3, 12)


def mentions(text: str) -> list[tuple[str, str]]:
    return [(mention.date.iso, text[mention.start : mention.end]) for mention in date_mentions(text, WRITTEN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor spoke by phone last night with the harbour master.", [("2026-03-11", "last night")]),
        ("Last night, the river burst its banks at Tarn.", [("2026-03-11", "Last night")]),
        ("Fighting resumed late last night in the hills.", [("2026-03-11", "last night")]),
    ],
)
def test_last_night_is_the_day_before_the_day_of_writing(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The last night of the fair was cancelled.",
        "It was their last night in the camp before the move.",
        "The crew spent a last night aboard.",
    ],
)
def test_a_last_night_of_several_is_no_day(text):
    assert mentions(text) == []


def test_a_question_that_opens_on_what_date_asks_for_a_day():
    assert date_intent("on what date did the Orla council approve the plan").day
    assert date_intent("which day did the roof cave in").day
    assert not date_intent("when did the Orla council approve the plan").day


PAGES = {
    "briefings/2026-03-12-orla-council.txt": (
        "---\ntitle: Orla council press conference, 12 March 2026\ndate: 2026-03-12\nkind: transcript\n---\n"
        "MAYOR KELL: Good morning from Orla. The council approved last week what we call the quiet streets plan. "
        "It starts in May.\n\n"
        "Q: And the ferry?\n"
        "MAYOR KELL: I spoke last night with the Dorva harbour master about the ferry timetable.\n"
    ),
    "briefings/2026-03-12-brell-shelters.txt": (
        "---\ntitle: Brell county flood update, 12 March 2026\ndate: 2026-03-12\nkind: transcript\n---\n"
        "SHERIFF ODDO: The number of families in the Brell school shelters has risen to 40, up from 25 yesterday, "
        "after two more streets were cleared.\n"
    ),
    "articles/2026-03-12-wenn-shelters.md": (
        "---\ntitle: \"Wenn shelters fill\"\ndate: 2026-03-12\n---\n"
        "# Wenn shelters fill\n\n"
        "The number of families in the Wenn church shelters rose to 30 yesterday, the county said.\n"
    ),
    "articles/2026-03-02-tarn-flood.md": (
        "---\ntitle: \"Dorva river floods Tarn\"\ndate: 2026-03-02\n---\n"
        "# Dorva river floods Tarn\n\n"
        "The river burst its banks at Tarn on Sunday, 1 March, and the water reached Dorva's border with Emmet on "
        "the 2nd.\n"
    ),
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(tmp_path_factory.mktemp("last-night") / "corpus", PAGES)


def test_last_night_dates_what_was_done_then(searcher):
    assert line(searcher, "when did the Orla mayor speak with the Dorva harbour master") == "2026-03-11"


def test_last_week_does_not_answer_on_what_date(searcher):
    assert line(searcher, "on what date did the Orla council approve the quiet streets plan") is None
    assert line(searcher, "when did the Orla council approve the quiet streets plan") == "2026-03"  # as before


def test_the_day_of_a_figure_a_change_is_measured_from_is_not_the_changes(searcher):
    assert line(searcher, "when did the number of families in the Brell school shelters rise to 40") is None
    assert line(searcher, "when did the number of families in the Wenn church shelters rise to 30") == "2026-03-11"
