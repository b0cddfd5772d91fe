"""The searcher a long-running process answers from, swapped for a new one when the index changes.

``reload_if_changed`` loads the generation ``CURRENT`` names once it changes; ``rebuild`` and ``update`` build
through the Library and swap the result in. A running search keeps the searcher it started with.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from index.builder import BuildReport, Progress
from index.errors import BriefbotError, ErrorKind
from index.safe_files import read_regular
from index.search import Searcher
from index.store import CURRENT_FILE

if TYPE_CHECKING:
    from index.adding import AddPlan
    from index.library import Library

log = logging.getLogger(__name__)

OpenSearcher = Callable[[Path], Searcher]
"""Loads the current generation of an index folder into a searcher."""


class IndexUnavailableError(BriefbotError):
    """No index is loaded: it was never built, or it could not be read (``kind`` says which)."""

    kind = ErrorKind.INDEX_MISSING


class RebuildRunningError(BriefbotError):
    """A rebuild started from this process is still running."""

    kind = ErrorKind.BUSY


class SearcherHolder:
    """Holds the current Searcher of a library's index and replaces it when the index on disk changes."""

    def __init__(self, library: Library, *, open_searcher: OpenSearcher | None = None) -> None:
        self.library = library
        self._open = open_searcher or (lambda _: library.searcher(notify=functools.partial(log.warning, "%s")))
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._rebuild_lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._generation: str | None = None
        self._failed_generation: str | None = None
        self._failure = IndexUnavailableError("the index has not been loaded yet")
        """Why no searcher is loaded yet: the last load's error."""
        self._listeners: list[Callable[[Searcher], None]] = []

    @property
    def searcher(self) -> Searcher | None:
        """The searcher in use, or None when no index could be loaded."""
        return self._searcher

    @property
    def problem(self) -> str | None:
        """Why no searcher is loaded (None once one is)."""
        return None if self._searcher is not None else str(self._failure)

    @property
    def problem_kind(self) -> ErrorKind | None:
        """What kind of problem keeps a searcher from being loaded (None once one is)."""
        return None if self._searcher is not None else self._failure.kind

    @property
    def rebuilding(self) -> bool:
        """Whether a rebuild started by this holder is running."""
        return self._rebuild_lock.locked()

    def current(self) -> Searcher:
        """The searcher to answer with; raises IndexUnavailableError when there is none."""
        searcher = self._searcher
        if searcher is None:
            raise IndexUnavailableError(str(self._failure), kind=self._failure.kind)  # a new one: frames not kept
        return searcher

    def on_swap(self, listener: Callable[[Searcher], None]) -> None:
        """Call ``listener`` with each new searcher after it is swapped in."""
        self._listeners.append(listener)

    def load(self) -> Searcher:
        """Load the index's current generation and swap it in (raises BriefbotError); loads run one at a time, so
        an older generation is never swapped in after a newer one."""
        with self._load_lock:
            pointer = self._pointer()
            try:
                searcher = self._open(self.library.index_dir)
            except BriefbotError as error:
                with self._lock:
                    self._failed_generation = pointer
                    if self._searcher is None:
                        self._failure = IndexUnavailableError(str(error), kind=error.kind)  # no frames kept
                raise
            self._swap(searcher, pointer)
            return searcher

    def reload_if_changed(self) -> bool:
        """Load the generation ``CURRENT`` names when it changed; True when a new searcher is in. A generation that
        fails is logged once and not retried; the searcher in use stays."""
        if self.rebuilding:
            return False  # the rebuild loads its own result
        pointer = self._pointer()
        if pointer is None or pointer in (self._generation, self._failed_generation):
            return False
        try:
            self.load()
        except BriefbotError as error:
            log.error(
                "the new index in %s cannot be loaded, still answering from the previous one: %s",
                self.library.index_dir,
                error,
            )
            return False
        return True

    def rebuild(self, progress: Progress | None = None, on_wait: Callable[[], None] | None = None) -> BuildReport:
        """Build the index from the corpus and swap it in; raises RebuildRunningError during another rebuild."""
        return self._swapped_after(lambda: self.library.build(progress, on_wait))

    def add(self, plan: AddPlan, on_copied: Callable[[], None] | None = None) -> BuildReport:
        """``Library.add`` under the rebuild lock, then swap the new index in; raises RebuildRunningError (before
        anything is copied) while another rebuild or addition runs."""
        return self._swapped_after(lambda: self.library.add(plan, on_copied=on_copied))

    def _swapped_after(self, run: Callable[[], BuildReport]) -> BuildReport:
        if not self._rebuild_lock.acquire(blocking=False):
            raise RebuildRunningError("a rebuild of the index is already running")
        try:
            report = run()
            self.load()
            return report
        finally:
            self._rebuild_lock.release()

    async def watch(self, interval: float) -> None:
        """Every ``interval`` seconds, reload the index (in a thread) if it changed; runs until cancelled."""
        while True:
            await asyncio.sleep(interval)
            try:
                await asyncio.to_thread(self.reload_if_changed)
            except Exception:
                log.exception("checking the index in %s for changes failed", self.library.index_dir)

    def _swap(self, searcher: Searcher, generation: str | None) -> None:
        with self._lock:
            self._searcher = searcher
            folder = getattr(searcher.index, "folder", None)
            self._generation = (folder.name if isinstance(folder, Path) else None) or generation
            self._failed_generation = None
        for listener in self._listeners:
            try:
                listener(searcher)
            except Exception:
                log.exception("a listener to index swaps failed")

    def _pointer(self) -> str | None:
        try:
            index_dir = self.library.index_dir
            pointer = read_regular(index_dir / CURRENT_FILE, 4096, within=index_dir)
            return pointer.decode("utf-8").strip() or None
        except (OSError, UnicodeDecodeError):
            return None
