"""A state told from its start (``The pool has been closed since 3 August``) dates the change that began it, when the
participle before ``since`` is the question's verb; other ``since`` dates still date nothing (``has recorded four
cases since July``), and a denial (``has not been closed since``) dates nothing either."""

import pytest

from tests.conftest import line, searcher_over

PAGES = {
    "articles/2026-08-20-brenn-pool.md": (
        "---\ntitle: \"Brenn open-air pool stays shut\"\ndate: 2026-08-20\n---\n"
        "# Brenn open-air pool stays shut\n\n"
        "The Brenn open-air pool has been closed since 3 August, in the warmest month the town has recorded. "
        "Staff found a leak in the main tank.\n"
    ),
    "articles/2026-03-10-permits.md": (
        "---\ntitle: \"Paper permits fill the gap\"\ndate: 2026-03-10\n---\n"
        "# Paper permits fill the gap\n\n"
        "A paper fishing permit has been issued since February 16 to anglers whose cards are still being "
        "printed.\n"
    ),
    "articles/2026-07-30-orm-clinic.md": (
        "---\ntitle: \"Orm clinic counts cases\"\ndate: 2026-07-30\n---\n"
        "# Orm clinic counts cases\n\n"
        "The Orm clinic has recorded four measles cases since July, its director said.\n"
    ),
    "articles/2026-09-02-selm-bridge.md": (
        "---\ntitle: \"Selm bridge traffic\"\ndate: 2026-09-02\n---\n"
        "# Selm bridge traffic\n\n"
        "The Selm bridge has not been closed since 2019, despite the floods.\n"
    ),
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(tmp_path_factory.mktemp("state-since") / "corpus", PAGES)


def test_a_state_told_since_a_day_began_that_day(searcher):
    assert line(searcher, "when did the Brenn open-air pool close") == "2026-08-03"
    assert line(searcher, "when did the paper fishing permit start being issued") == "2026-02-16"


def test_other_since_dates_date_nothing(searcher):
    assert line(searcher, "when did the Orm clinic record a measles case") is None
    assert line(searcher, "when was the Selm bridge closed") is None
    assert line(searcher, "when did Brenn staff find the leak in the pool tank") is None  # no date of its own
