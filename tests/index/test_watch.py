import threading
import time

from index.library import Library
from index.search import Searcher
from index.store import load_index
from index.watch import watch_corpus
from tests.conftest import write


def wait_for(condition, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_an_unexpected_error_in_an_update_is_one_line_and_watching_goes_on(corpus, tmp_path):
    index = tmp_path / "index"
    reports, errors = [], []
    stop, ready = threading.Event(), threading.Event()

    def on_update(report):
        reports.append(report)
        if len(reports) == 1:
            raise ZeroDivisionError("division by zero")

    watcher = threading.Thread(
        target=watch_corpus,
        args=(Library(corpus, index), on_update, errors.append),
        kwargs={"debounce_ms": 50, "stop": stop, "on_ready": ready.set},
    )
    watcher.start()
    try:
        assert wait_for(lambda: ready.is_set() or not watcher.is_alive())
        assert ready.is_set(), "watching stopped at the error"
        assert errors == ["cannot update the index (ZeroDivisionError: division by zero)"]
        write(corpus, "late/news.txt", "Late news\n\nA second ferry crossed the Euphrates at dusk.\n")
        assert wait_for(lambda: len(reports) == 2), "the change after the error was not indexed"
        assert watcher.is_alive()
    finally:
        stop.set()
        watcher.join(30)
    assert not watcher.is_alive()
    answer = Searcher(load_index(index)).ask("second ferry dusk", k=1)
    assert answer.hits[0].passage.text == "A second ferry crossed the Euphrates at dusk."
