"""Words a question uses for an event find the words a passage uses for the same kind of event."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("kin") / "corpus"
    write(
        root,
        "2016-09-14-truce.md",
        "---\ntitle: Truce holds in the valley\ndate: 2016-09-14\n---\n"
        "The truce between the two armies took effect on Monday, September 12, at sunset.\n\n"
        "Talks on the prisoner exchange ended on Tuesday, September 13, without a deal.\n",
    )
    index_dir = root.parent / "index"
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def test_a_start_asked_for_is_the_day_a_thing_took_effect(searcher):
    assert line(searcher, "When did the truce start?") == "2016-09-12"


def test_the_end_of_other_talks_is_no_start(searcher):
    assert line(searcher, "When did the prisoner exchange talks start?") is None
