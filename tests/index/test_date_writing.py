"""When a passage was written decides its year-less and relative dates: a note that opens with its day, a live
page's day headings; ``before this one`` leaves out the occurrence the passages were written about; a sentence
that says ``first`` dates the first of several."""

from datetime import date

import pytest

from index.builder import build_index
from index.dates import day_headings, leading_date
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

LIVE_PAGE = """---
title: "Live: floods in Brannoch"
date: 2023-10-05
---

**Editor's note, 10 October:** This page is closed. Harbour master Oren Dask was arrested on 8 October.

**Key points (as of Saturday morning, 7 October)**

- A fisherman was lifted from the river by helicopter on Friday night

**Thursday 5 October**

**09:10** — Water is rising along the Brannoch quay.

**Friday 6 October**

**08:00** — The old quay wall gave way yesterday evening, the council says.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("writing") / "corpus"
    write(root, "brannoch-live.md", LIVE_PAGE)
    write(
        root,
        "2022-09-30-osk-ferries.md",
        "Ferry crews in Osk struck on Wednesday, stranding hundreds of travellers on the islands.\n\n"
        "The last time the Osk ferry crews struck was on 4 March 2019, over rosters.\n",
    )
    write(
        root,
        "2021-05-14-tarn-towers.md",
        "Samples taken in Tarn on Monday found legionella in four of nine cooling towers, the health board said. "
        "Tests take two days, and the first positive results arrived early on Wednesday.\n",
    )
    write(root, "2021-04-02-lisk.md", "The most recent lead finding in the Lisk canal was on 1 April.\n")
    write(root, "2021-05-20-lisk.md", "A new lead finding in the Lisk canal was made on 18 May.\n")
    build_index(root, root.parent / "index")
    return Searcher(load_index(root.parent / "index"))


def line(searcher, question):
    answer = searcher.ask(question, k=3)
    return answer.date_answer.date.iso if answer.date_answer else None


def test_a_note_that_opens_with_its_day_was_written_that_day(searcher):
    assert leading_date("**Update, 12 March:** The road is open.", date(2023, 3, 10)) == date(2023, 3, 12)
    assert line(searcher, "When was Oren Dask arrested?") == "2023-10-08"  # not 8 October of the year before


def test_passages_under_a_live_page_s_day_heading_were_written_that_day(searcher):
    assert line(searcher, "When was the fisherman lifted from the river?") == "2023-10-06"
    assert line(searcher, "When did the old Brannoch quay wall give way?") == "2023-10-05"


def test_only_a_heading_that_holds_little_but_a_day_on_or_after_the_document_s_dates_what_follows():
    body = "**Monday 2 October**\n\nA text.\n\n**How the river rose over the whole of 9 October**\n\nMore.\n"
    assert [day for _, day in day_headings(body, date(2023, 10, 20))] == []  # a day before the document's
    live = [day for _, day in day_headings(body, date(2023, 10, 1), "River floods: live updates")]
    assert live == [date(2023, 10, 2)]  # not the long line
    assert [day for _, day in day_headings(body, date(2023, 10, 1))] == []  # a day after it, on a page not live


def test_a_heading_that_names_a_coming_event_dates_nothing_under_it(tmp_path):
    write(tmp_path / "corpus", "orlen-live.md", """---
date: 2024-06-03
---
**Latest updates, Tuesday 4 June**

The ferry to Orlen sailed again today after the storm.

**Appeal hearing 20 June**

Judges heard the harbour board's case today, its lawyer said.

**Deadline: 28 June**

Boat owners must file their claims, the board said today.
""")
    build_index(tmp_path / "corpus", tmp_path / "index")
    dated = {p.text.split()[0]: p.date for p in load_index(tmp_path / "index").passages}
    assert dated["The"] == date(2024, 6, 4)  # a live page's day heading still dates what follows
    assert dated["Judges"] == dated["Boat"] == date(2024, 6, 4)  # not 20 or 28 June


def test_before_this_one_leaves_out_the_occurrence_the_passages_tell_of(searcher):
    assert line(searcher, "When did the Osk ferry crews last strike before this one?") == "2019-03-04"
    assert line(searcher, "When did the Osk ferry crews last strike?") == "2022-09-28"


def test_a_sentence_that_says_first_dates_the_first_of_several(searcher):
    assert line(searcher, "When did Tarn get its first positive legionella result?") == "2021-05-12"
    # Must not fire for the latest: "the most recent" was the latest only when it was written.
    assert line(searcher, "When was the latest lead finding in the Lisk canal?") == "2021-05-18"
