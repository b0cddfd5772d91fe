"""Real searchers with one behaviour changed, to hold a search in flight or make it fail."""

from __future__ import annotations

import threading

from index.models import Answer
from index.search import Searcher
from index.store import LoadedIndex


class GatedSearcher(Searcher):
    """Answers like a Searcher, but each ``ask`` first signals ``entered`` and waits for ``release``."""

    def __init__(self, index: LoadedIndex, release: threading.Event, entered: threading.Semaphore) -> None:
        super().__init__(index)
        self.release, self.entered = release, entered

    def ask(self, question: str, k: int = 5) -> Answer:
        self.entered.release()
        assert self.release.wait(10), "the test never released the search"
        return super().ask(question, k)


class BrokenSearcher(Searcher):
    """A searcher whose every search fails unexpectedly."""

    def ask(self, question: str, k: int = 5) -> Answer:
        raise RuntimeError("disk on fire")
