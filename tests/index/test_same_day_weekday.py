"""A weekday named in a text written on that weekday: in the past or the present it is that day; in the future it
is that day when told with a time of the day or as ``this`` (``by noon on Wednesday``, ``on Wednesday evening``,
``this Wednesday``), a week on after ``next``, and no day at all when the words do not tell which (``will reopen on
Wednesday``: today, or a week on?)."""

from pathlib import Path

import pytest

from tests.cli_runner import run_json
from tests.conftest import line, searcher_over, write

WEDNESDAY = "2026-12-02"


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("same-day") / "corpus"
    return searcher_over(
        root,
        {
            "news/dock.md": f"---\ntitle: Dock news\ndate: {WEDNESDAY}\n---\n"
            "The Brannhavn swing bridge will open to lorries again at noon on Wednesday, its engineers said.\n\n"
            "The Osby mayor will brief the council on the flooding on Wednesday evening.\n\n"
            "The Tarnvik lock will be drained this Wednesday, its keepers said.\n\n"
            "The Hollberg footpath will reopen to walkers next Wednesday.\n\n"
            "The Selby quarry will reopen to visitors on Wednesday.\n\n"
            "The Ruskel granary roof collapsed on Wednesday after heavy snow.\n\n"
            "The Vinter ice rink will open to skaters on Friday.\n",
        },
    )


def test_a_time_of_the_same_day_in_the_future_is_that_day(searcher):
    assert line(searcher, "when will the Brannhavn swing bridge open to lorries?") == WEDNESDAY


def test_the_same_weekday_told_as_its_evening_is_that_day(searcher):
    assert line(searcher, "when will the Osby mayor brief the council on the flooding?") == WEDNESDAY


def test_this_weekday_in_the_future_is_that_day(searcher):
    assert line(searcher, "when will the Tarnvik lock be drained?") == WEDNESDAY


def test_next_weekday_is_a_week_on(searcher):
    assert line(searcher, "when will the Hollberg footpath reopen to walkers?") == "2026-12-09"


def test_a_bare_same_weekday_in_the_future_names_no_day(searcher):
    assert line(searcher, "when will the Selby quarry reopen to visitors?") is None


def test_the_same_weekday_in_the_past_is_that_day(searcher):
    assert line(searcher, "when did the Ruskel granary roof collapse?") == WEDNESDAY


def test_another_weekday_in_the_future_is_the_coming_one(searcher):
    assert line(searcher, "when will the Vinter ice rink open to skaters?") == "2026-12-04"


def test_a_page_of_that_weekday_gives_its_passage_that_day_only(tmp_path: Path):
    write(
        tmp_path / "corpus",
        "port.html",
        "<html><head><title>Harbour shut after blaze</title>"
        '<meta property="article:published_time" content="2026-12-02T07:30:00+01:00"></head><body><article>'
        "<h1>Harbour shut after blaze</h1><p>The port office closed the outer basin overnight and said it "
        "would let freight back in by noon on Wednesday.</p></article></body></html>",
    )
    found = run_json("ask", "when will freight be let back into the outer basin?", "--json", cwd=tmp_path)
    assert found["passages"][0]["dates"] == [WEDNESDAY]
    assert found["answer_date"] in (None, WEDNESDAY)  # "by": a bound, which answers a deadline asked
