"""The searcher holder: loads the index, notices a new one on disk, rebuilds, and swaps without disturbing searches."""

import asyncio
import logging
import threading
import time

import pytest

from index.builder import build_index
from index.holder import IndexUnavailableError, RebuildRunningError, SearcherHolder
from index.search import Searcher
from index.store import CURRENT_FILE, load_index
from tests.bot.searchers import GatedSearcher
from tests.conftest import write


@pytest.fixture
def index_dir(corpus, tmp_path):
    folder = tmp_path / "index"
    build_index(corpus, folder)
    return folder


def texts(answer):
    return [hit.passage.text for hit in answer.hits]


def test_without_a_loaded_index_current_says_why(corpus, tmp_path):
    holder = SearcherHolder(corpus, tmp_path / "nothing")
    with pytest.raises(IndexUnavailableError, match="not been loaded"):
        holder.current()
    with pytest.raises(Exception, match="no index in"):
        holder.load()
    assert "no index in" in holder.problem
    assert holder.searcher is None


def test_reload_picks_up_a_build_made_elsewhere(corpus, index_dir):
    holder = SearcherHolder(corpus, index_dir)
    first = holder.load()
    assert holder.reload_if_changed() is False, "nothing changed yet"
    write(corpus, "new.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
    assert holder.current().ask("spillway reopened").hits == ()
    build_index(corpus, index_dir)
    assert holder.reload_if_changed() is True
    assert holder.current() is not first
    assert texts(holder.current().ask("spillway reopened"))[0] == "The Tabqa dam spillway reopened on Friday."
    assert holder.reload_if_changed() is False


def test_a_damaged_new_index_is_logged_once_and_the_old_one_keeps_answering(corpus, index_dir, caplog):
    holder = SearcherHolder(corpus, index_dir)
    working = holder.load()
    build_index(corpus, index_dir)
    generation = (index_dir / CURRENT_FILE).read_text()
    (index_dir / generation / "passages.jsonl").write_text("garbage\n")
    with caplog.at_level(logging.ERROR, logger="index.holder"):
        assert holder.reload_if_changed() is False
        assert holder.reload_if_changed() is False
    assert holder.current() is working
    assert len([r for r in caplog.records if "cannot be loaded" in r.getMessage()]) == 1
    build_index(corpus, index_dir)
    assert holder.reload_if_changed() is True, "a later good build is picked up"


def test_rebuild_swaps_in_the_new_index_and_tells_listeners(corpus, index_dir):
    holder = SearcherHolder(corpus, index_dir)
    holder.load()
    seen = []
    holder.on_swap(seen.append)
    write(corpus, "new.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
    report = holder.rebuild()
    assert report.files == 3
    assert seen == [holder.current()]
    assert texts(holder.current().ask("spillway"))[0] == "The Tabqa dam spillway reopened on Friday."


def test_a_second_rebuild_is_refused_while_one_runs(corpus, index_dir):
    holder = SearcherHolder(corpus, index_dir)
    holder.load()
    inside, release = threading.Event(), threading.Event()

    def slow_progress(done, total, name):
        inside.set()
        release.wait(10)

    worker = threading.Thread(target=holder.rebuild, kwargs={"progress": slow_progress})
    worker.start()
    try:
        assert inside.wait(10)
        assert holder.rebuilding
        with pytest.raises(RebuildRunningError):
            holder.rebuild()
    finally:
        release.set()
        worker.join(10)
    assert not holder.rebuilding


def test_a_search_running_during_a_swap_finishes_on_the_index_it_started_with(corpus, index_dir):
    gate, started = threading.Event(), threading.Semaphore(0)
    holder = SearcherHolder(corpus, index_dir, open_searcher=lambda d: GatedSearcher(load_index(d), gate, started))
    old = holder.load()
    result = {}
    search = threading.Thread(target=lambda: result.update(answer=old.ask("spillway reopened")))
    search.start()
    assert started.acquire(timeout=10)
    write(corpus, "new.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
    holder.rebuild()
    new = holder.current()
    assert new is not old
    gate.set()
    search.join(10)
    assert result["answer"].hits == (), "the running search answered from the index it began with"
    assert texts(new.ask("spillway reopened")) == ["The Tabqa dam spillway reopened on Friday."]


async def test_watch_reloads_by_itself_when_the_index_changes_on_disk(corpus, index_dir):
    holder = SearcherHolder(corpus, index_dir)
    first = holder.load()
    watcher = asyncio.create_task(holder.watch(0.02))
    try:
        write(corpus, "new.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
        await asyncio.to_thread(build_index, corpus, index_dir)
        deadline = time.monotonic() + 10
        while holder.current() is first and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert holder.current() is not first
        assert texts(holder.current().ask("spillway"))[0] == "The Tabqa dam spillway reopened on Friday."
    finally:
        watcher.cancel()
    with pytest.raises(asyncio.CancelledError):
        await watcher


async def test_an_index_built_after_start_is_loaded_by_the_watcher(corpus, tmp_path):
    folder = tmp_path / "later"
    holder = SearcherHolder(corpus, folder)
    assert holder.reload_if_changed() is False
    build_index(corpus, folder)
    assert holder.reload_if_changed() is True
    assert holder.problem is None


def test_a_slow_load_that_began_first_never_swaps_in_an_older_generation(corpus, index_dir):
    opening, release = threading.Event(), threading.Event()
    slow_once = [True]

    def open_slowly(folder):
        searcher_index = load_index(folder)
        if slow_once[0]:
            slow_once[0] = False
            opening.set()
            release.wait(10)
        return Searcher(searcher_index)

    holder = SearcherHolder(corpus, index_dir, open_searcher=open_slowly)
    old = (index_dir / CURRENT_FILE).read_text()
    first = threading.Thread(target=holder.load)
    first.start()
    assert opening.wait(10), "the first load is opening the old generation"
    write(corpus, "new.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
    rebuild = threading.Thread(target=holder.rebuild)
    rebuild.start()
    deadline = time.monotonic() + 20
    while (index_dir / CURRENT_FILE).read_text() == old and time.monotonic() < deadline:
        time.sleep(0.01)  # until the rebuild has written the new generation; it then waits to load it
    release.set()
    first.join(10)
    rebuild.join(10)
    newest = (index_dir / CURRENT_FILE).read_text().strip()
    assert holder.current().index.folder.name == newest
    assert texts(holder.current().ask("spillway reopened")) == ["The Tabqa dam spillway reopened on Friday."]
