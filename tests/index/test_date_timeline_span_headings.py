"""A timeline heading that spans two years (``### December 2024 - January 2025: first appeal``) gives the
year-less days under it their years: ``9 December`` is of 2024 and ``14 January`` of 2025, not of the years nearest
the page's own day. A heading of the page's own year, and days under no dated heading, keep their reading."""

from datetime import date

import pytest

from index.dates import date_mentions
from tests.conftest import line, searcher_over

PAGE = """---
title: "The Brann quarry dispute: a timeline"
date: 2026-11-03
---

# The Brann quarry dispute: a timeline

## Timeline

### 3 October 2024: licence granted
The county council granted the Brann quarry its licence after a short hearing.

### December 2024 - January 2025: first appeal
Residents of Brann lodged an appeal at the district court on 9 December.
The district court threw the appeal out on 14 January.

### November 2026: the hearing
The appeal court hearing on the Brann quarry opened on 2 November.

## What happens next
The Brann residents' group meets the quarry owners on 20 November.
"""


def test_a_written_span_gives_the_days_after_it_its_start():
    text = "December 2024 - January 2025: appeal\nThe appeal was lodged on 9 December and refused on 14 January."
    assert [m.date.iso for m in date_mentions(text, date(2026, 11, 3))] == [
        "2024-12", "2025-01", "2024-12-09", "2025-01-14",
    ]


def test_a_written_month_gives_the_days_after_it_its_year():
    text = "March 2017: talks\nThe talks broke down on 17 March."
    assert [m.date.iso for m in date_mentions(text, date(2026, 11, 3))] == ["2017-03", "2017-03-17"]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("timeline-spans") / "corpus"
    return searcher_over(root, {"articles/brann-quarry.md": PAGE})


def test_a_day_under_a_heading_spanning_two_years_takes_the_first(searcher):
    assert line(searcher, "when did Brann residents lodge their appeal at the district court") == "2024-12-09"


def test_a_day_under_a_heading_spanning_two_years_takes_the_second(searcher):
    assert line(searcher, "when did the district court throw out the Brann appeal") == "2025-01-14"


def test_a_day_under_a_heading_of_the_pages_own_year_keeps_it(searcher):
    assert line(searcher, "when did the Brann quarry appeal court hearing open") == "2026-11-02"
