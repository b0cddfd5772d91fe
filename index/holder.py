"""The searcher a long-running process answers from, swapped for a new one when the index changes.

A build writes a new generation of the index and then points the ``CURRENT`` file at it. The holder
remembers which generation its searcher was loaded from; ``reload_if_changed`` (called now and then, for
instance by ``watch``) loads the new generation as soon as ``CURRENT`` names another one, and ``rebuild``
builds the index from the corpus and swaps the result in. A search already running keeps the searcher it
started with: searchers never change, only the holder's reference does, under a lock.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from index.builder import BuildReport, Progress, build_index, update_index
from index.corpus import DEFAULT_MAX_FILE_BYTES
from index.errors import BriefbotError, ErrorKind
from index.meaning import DEFAULT_MODEL
from index.safe_files import read_regular
from index.search import Searcher
from index.store import CURRENT_FILE, load_index

log = logging.getLogger(__name__)

OpenSearcher = Callable[[Path], Searcher]
"""Loads the current generation of an index folder into a searcher."""


class IndexUnavailableError(BriefbotError):
    """No index is loaded: it was never built, or it could not be read (``kind`` says which)."""

    kind = ErrorKind.INDEX_MISSING


class RebuildRunningError(BriefbotError):
    """A rebuild started from this process is still running."""

    kind = ErrorKind.BUSY


def open_current(index_dir: Path, stated_renames: bool = True) -> Searcher:
    """A searcher over the index folder's current generation (logging once when its meaning model is off)."""
    searcher = Searcher(load_index(index_dir), stated_renames=stated_renames)
    if searcher.notice:
        log.warning("%s", searcher.notice)
    return searcher


class SearcherHolder:
    """Holds the current Searcher of an index folder and replaces it when the index on disk changes."""

    def __init__(
        self,
        corpus_dir: Path,
        index_dir: Path,
        *,
        open_searcher: OpenSearcher = open_current,
        max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
        model: str = DEFAULT_MODEL,
    ) -> None:
        self.corpus_dir = corpus_dir
        self.index_dir = index_dir
        self.max_file_bytes = max_file_bytes
        self.model = model
        self._open = open_searcher
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._rebuild_lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._generation: str | None = None
        self._failed_generation: str | None = None
        self._problem: str | None = "the index has not been loaded yet"
        self._problem_kind = ErrorKind.INDEX_MISSING
        self._listeners: list[Callable[[Searcher], None]] = []

    @property
    def searcher(self) -> Searcher | None:
        """The searcher in use, or None when no index could be loaded."""
        return self._searcher

    @property
    def problem(self) -> str | None:
        """Why no searcher is loaded (None once one is)."""
        return None if self._searcher is not None else self._problem

    @property
    def problem_kind(self) -> ErrorKind | None:
        """What kind of problem keeps a searcher from being loaded (None once one is)."""
        return None if self._searcher is not None else self._problem_kind

    @property
    def rebuilding(self) -> bool:
        """Whether a rebuild started by this holder is running."""
        return self._rebuild_lock.locked()

    def current(self) -> Searcher:
        """The searcher to answer with; raises IndexUnavailableError when there is none."""
        searcher = self._searcher
        if searcher is None:
            raise IndexUnavailableError(self._problem or "no index is loaded", kind=self._problem_kind)
        return searcher

    def on_swap(self, listener: Callable[[Searcher], None]) -> None:
        """Call ``listener`` with each new searcher after it is swapped in."""
        self._listeners.append(listener)

    def load(self) -> Searcher:
        """Load the index's current generation and swap it in; raises BriefbotError when it cannot be read.

        Loads run one at a time, each reading ``CURRENT`` when its turn comes, so a slow load that started
        earlier can never swap an older generation in after a newer one.
        """
        with self._load_lock:
            pointer = self._pointer()
            try:
                searcher = self._open(self.index_dir)
            except BriefbotError as error:
                with self._lock:
                    self._failed_generation = pointer
                    if self._searcher is None:
                        self._problem, self._problem_kind = str(error), error.kind
                raise
            self._swap(searcher, pointer)
            return searcher

    def reload_if_changed(self) -> bool:
        """Load the index again when ``CURRENT`` names another generation; True when a new searcher is in.

        A generation that fails to load is logged once and not retried until ``CURRENT`` changes again; the
        searcher in use stays.
        """
        if self.rebuilding:
            return False  # the rebuild loads its own result
        pointer = self._pointer()
        if pointer is None or pointer in (self._generation, self._failed_generation):
            return False
        try:
            self.load()
        except BriefbotError as error:
            log.error(
                "the new index in %s cannot be loaded, still answering from the previous one: %s", self.index_dir, error
            )
            return False
        return True

    def rebuild(self, progress: Progress | None = None, on_wait: Callable[[], None] | None = None) -> BuildReport:
        """Build the index from the corpus and swap it in; raises RebuildRunningError during another rebuild."""
        if not self._rebuild_lock.acquire(blocking=False):
            raise RebuildRunningError("a rebuild of the index is already running")
        try:
            report = build_index(
                self.corpus_dir,
                self.index_dir,
                progress=progress,
                on_wait=on_wait,
                max_file_bytes=self.max_file_bytes,
                model=self.model,
            )
            self.load()
            return report
        finally:
            self._rebuild_lock.release()

    def update(self, change: Callable[[], None] = lambda: None) -> BuildReport:
        """Make ``change`` to the corpus, update the index (reading only what changed) and swap it in.

        Runs under the same lock as ``rebuild``: raises RebuildRunningError while another rebuild or update
        runs, before ``change`` is made. A ``change`` that raises leaves the index as it is.
        """
        if not self._rebuild_lock.acquire(blocking=False):
            raise RebuildRunningError("a rebuild of the index is already running")
        try:
            change()
            report = update_index(self.corpus_dir, self.index_dir, max_file_bytes=self.max_file_bytes, model=self.model)
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
                log.exception("checking the index in %s for changes failed", self.index_dir)

    def _swap(self, searcher: Searcher, generation: str | None) -> None:
        with self._lock:
            self._searcher = searcher
            self._generation = self._generation_of(searcher) or generation
            self._failed_generation = None
            self._problem = None
        for listener in self._listeners:
            try:
                listener(searcher)
            except Exception:
                log.exception("a listener to index swaps failed")

    def _pointer(self) -> str | None:
        try:
            pointer = read_regular(self.index_dir / CURRENT_FILE, 4096, within=self.index_dir)
            return pointer.decode("utf-8").strip() or None
        except (OSError, UnicodeDecodeError):
            return None

    @staticmethod
    def _generation_of(searcher: Searcher) -> str | None:
        folder = getattr(searcher.index, "folder", None)
        return folder.name if isinstance(folder, Path) else None
