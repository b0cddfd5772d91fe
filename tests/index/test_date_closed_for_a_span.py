"""A closing held over a span (``the bridge is closed from 4 May to 19 June``): asked when the thing closes, the
span's start answers, not its end; a span something is open or runs over still ends when it closes."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("closed-for-a-span") / "corpus"
    return searcher_over(
        root,
        {
            "2026-04-20-pell-bridge.md": "The Pell road bridge will be closed from 4 May to 19 June while its "
            "deck is replaced.\n",
            "2026-04-21-orrin-show.md": "The Orrin print show is open from 2 May to 30 June in the old mill.\n",
            "2026-04-22-dask-mill.md": "Workers said the Dask flour mill halted milling from 6 April to 11 April "
            "after the flood.\n",
            "2026-04-23-tarrow-pool.md": "The Tarrow pool shut its doors on 2 March, and swimming lessons ran from "
            "9 March to 27 March at the school.\n",
            "2026-04-24-kelby-line.md": "The Kelby line closure runs from 8 June to 14 August, and buses replace "
            "the trains.\n",
        },
    )


def test_a_closing_held_over_a_span_closes_at_its_start(searcher):
    assert line(searcher, "when does the Pell road bridge close") == "2026-05-04"


def test_a_halt_held_over_a_span_began_at_its_start(searcher):
    assert line(searcher, "when did the Dask flour mill halt milling") == "2026-04-06"


def test_a_closure_running_over_a_span_closes_at_its_start(searcher):
    assert line(searcher, "when does the Kelby line close") == "2026-06-08"


def test_a_span_something_is_open_still_closes_at_its_end(searcher):
    assert line(searcher, "when does the Orrin print show close") == "2026-06-30"


def test_a_span_told_after_the_closing_is_not_the_closing(searcher):
    assert line(searcher, "when did the Tarrow pool shut") == "2026-03-02"
