"""When a passage was written decides its year-less and relative dates: a note that opens with its day, a live
page's day headings; ``before this one`` leaves out the occurrence the passages were written about; a sentence
that says ``first`` dates the first of several."""

from datetime import date

import pytest

from index.builder import build_index
from index.dates import day_headings, leading_date
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write

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


def built(tmp_path, files):
    for name, text in files.items():
        write(tmp_path / "corpus", name, text)
    build_index(tmp_path / "corpus", tmp_path / "index")
    return load_index(tmp_path / "index")


PROGRAMME = """**Wednesday 13 March**

Teams reach the valley and the organisers hold a welcome supper.

**Thursday 14 March**

The first race starts at the upper lake.
"""


@pytest.mark.parametrize("title, dated", [("Ski week programme", False), ("Ski week: live updates", True)])
def test_a_day_heading_after_the_page_s_date_dates_what_follows_only_on_a_live_page(tmp_path, title, dated):
    index = built(tmp_path, {"ski.md": f"---\ntitle: {title}\ndate: 2024-03-08\n---\n{PROGRAMME}"})
    days = {p.text.split()[0]: p.date for p in index.passages}
    if dated:  # a live page writes under each day on that day
        assert days["Teams"] == date(2024, 3, 13) and days["The"] == date(2024, 3, 14)
    else:  # a programme's days lie ahead of its writing
        assert days["Teams"] is None and days["The"] is None  # dated by the page's own date


def test_a_month_of_no_verb_far_behind_the_page_is_not_moved_to_the_coming_year(tmp_path):
    index = built(tmp_path, {"review.md": "---\ntitle: Year of the weather\ndate: 2023-11-24\n---\n"
                             "Record heat on the plain in March, the hottest month of the decade.\n\n"
                             "Farmers on the plain need fresh seed in March.\n"})
    dates = {p.text.split()[0]: [d.iso for d in p.dates] for p in index.passages}
    assert "2023-03" in dates["Record"] and "2024-03" not in dates["Record"]  # no verb: the last March
    assert "2024-03" in dates["Farmers"]  # a need: the coming March


VISITS = {
    "2017-08-20-varga.md": "Minister Ilse Varga toured the Norrby shipyard on 18 August 2017.\n\n"
    "Varga had last toured the Norrby shipyard in 2012, as a regional governor.\n",
    "2024-02-09-varga.md": "Minister Ilse Varga toured the Norrby shipyard on Wednesday to meet the welders.\n\n"
    "Varga last toured the Norrby shipyard in May 2022, when the new dry dock opened.\n",
}


def test_before_this_one_abstains_when_the_passages_tell_of_visits_years_apart(tmp_path):
    question = "When did Varga last tour the Norrby shipyard before this one?"
    both = Searcher(built(tmp_path / "both", VISITS)).ask(question, k=3)
    assert both.date_answer is None  # which visit is "this one" is not said
    newer = {"2024-02-09-varga.md": VISITS["2024-02-09-varga.md"]}
    one = Searcher(built(tmp_path / "one", newer)).ask(question, k=3)
    assert one.date_answer is not None and one.date_answer.date.iso == "2022-05"


def test_a_day_heading_marked_by_hashes_or_underscores_dates_what_follows_and_plain_lines_date_nothing():
    marked = {
        "**": "**Friday 6 October**",
        "__": "__Friday 6 October__",
        "#": "### Friday 6 October",
        "none": "Friday 6 October",
    }
    found = {}
    for mark, heading in marked.items():
        body = f"Water rose.\n\n{heading}\n\nThe quay wall gave way.\n"
        found[mark] = [(at, day) for at, day in day_headings(body, date(2023, 10, 6)) if day is not None]
    assert found["**"] == found["__"] == found["#"] == [(len("Water rose.\n\n"), date(2023, 10, 6))]
    assert found["none"] == []
