"""Year-less dates in a document with no date of its own: they take the year the text writes, never one the text
does not support; read through the real readers, index and search (fixtures written for these tests)."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

UNDATED = """Harbour bridge to close to cars

The old harbour bridge in Tessby will become a walking and cycling route. The council approved the plan at a
meeting on 14 February 2025, by 19 votes to 17.

Engineers warned the council in November that the deck could no longer carry lorries.

The bridge closes to cars on 1 July, and work on a lighter deck starts in September.

Residents' groups had asked for a public inquiry at a packed hall meeting on 28 December.
"""

YEAR_IN_THE_TEXT = """Quay wall to be rebuilt

The council in Orrin agreed on 3 March 2025 to rebuild the collapsed quay wall.

Divers inspected the wall in November 2024 and found the old piles rotten.
"""

DATED = """---
title: Lock gates replaced
date: 2025-02-20
---
The lock gates at Mardle were lifted out on Tuesday.

Surveyors flagged the rusted hinges in November, the canal trust said.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("undated-corpus")
    write(root, "harbour-bridge.txt", UNDATED)
    write(root, "quay-wall.txt", YEAR_IN_THE_TEXT)
    write(root, "lock-gates.md", DATED)
    index_dir = tmp_path_factory.mktemp("undated-index")
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def dates_of(searcher, words):
    passage = next(p for p in searcher.index.passages if words in p.text)
    return [d.iso for d in passage.dates]


def test_a_month_or_day_the_tense_would_put_in_another_year_gets_no_date(searcher):
    assert searcher.index.sources[0].date is None, "the fixture is an undated document"
    assert dates_of(searcher, "Engineers warned") == []
    assert dates_of(searcher, "public inquiry") == []
    answer = searcher.ask("when did engineers warn the council about the deck", k=3)
    assert "Engineers warned" in answer.hits[0].passage.text
    assert answer.date_answer is None, "no year the text never writes"


def test_a_month_or_day_of_the_year_the_text_writes_keeps_it(searcher):
    # September of a plan told in the present ("starts in September") is the coming one, of the year written
    assert dates_of(searcher, "closes to cars") == ["2025-07-01", "2025-09"], "September is not put in 2024"
    answer = searcher.ask("when does the harbour bridge close to cars", k=3)
    assert answer.date_answer is not None and answer.date_answer.date.iso == "2025-07-01"


def test_an_undated_text_that_writes_the_year_keeps_it(searcher):
    assert dates_of(searcher, "Divers inspected") == ["2024-11"]
    answer = searcher.ask("when did divers inspect the quay wall", k=3)
    assert answer.date_answer is not None and answer.date_answer.date.iso == "2024-11"


def test_a_dated_document_still_reads_a_past_month_as_the_one_before_its_date(searcher):
    assert dates_of(searcher, "rusted hinges") == ["2024-11"]
