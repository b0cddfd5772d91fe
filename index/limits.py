"""What one corpus file may cost: its size, reading time, nesting depth, pages and inflated bytes.

The limits are process settings (``set_limits``); ``document_budget`` starts a document's clock, the readers
check it in their loops, and a file over any limit is skipped with the reason.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from index.errors import SkipFile

DEFAULT_MAX_FILE_BYTES = 50_000_000
"""Larger files are skipped: a corpus document this big is almost always a mistake (a dump, a video)."""


class OverTimeBudget(SkipFile):
    """A file that took longer to read than allowed: on a busier moment, so it is tried again next time."""


@dataclass(frozen=True, slots=True)
class FileLimits:
    """Limits for one corpus file; None lifts a limit."""

    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES
    """Larger files are skipped unread (BRIEFBOT_MAX_FILE_MB)."""
    max_seconds: float | None = 30.0
    """Reading one file (parsing, splitting) may take this long (BRIEFBOT_MAX_READ_SECONDS)."""
    max_depth: int | None = 512
    """Elements of a web page nested deeper than this (BRIEFBOT_MAX_NESTING)."""
    max_pages: int | None = 2_000
    """Pages of a PDF (BRIEFBOT_MAX_PAGES)."""
    max_inflated_bytes: int | None = 32_000_000
    """Bytes the page contents of a PDF decompress to, all pages together (BRIEFBOT_MAX_INFLATED_MB)."""
    linked_folders: tuple[Path, ...] = ()
    """Folders outside the corpus that links in it may lead to (BRIEFBOT_LINKED_FOLDERS); others are skipped."""


_limits = FileLimits()


def current_limits() -> FileLimits:
    """The limits in force in this process."""
    return _limits


def set_limits(limits: FileLimits) -> None:
    """Put ``limits`` in force in this process (and the build workers it starts)."""
    global _limits
    _limits = limits


class Budget:
    """What one document has spent so far, checked against the limits."""

    def __init__(self, limits: FileLimits) -> None:
        self.limits = limits
        self.started = time.monotonic()
        self.inflated = 0

    def check_time(self) -> None:
        """Raise SkipFile when the document has taken longer than allowed."""
        if (limit := self.limits.max_seconds) is not None and time.monotonic() - self.started > limit:
            took = f"reading it took more than {limit:g} s (BRIEFBOT_MAX_READ_SECONDS)"
            raise OverTimeBudget(f"over the time budget: {took}")

    def check_depth(self, depth: int) -> None:
        """Raise SkipFile when elements are nested deeper than allowed."""
        if (limit := self.limits.max_depth) is not None and depth > limit:
            raise SkipFile(f"over the nesting budget: elements nested more than {limit} deep (BRIEFBOT_MAX_NESTING)")

    def check_pages(self, pages: int) -> None:
        """Raise SkipFile when a document has more pages than allowed."""
        if (limit := self.limits.max_pages) is not None and pages > limit:
            raise SkipFile(f"over the page budget: {pages} pages, more than {limit} (BRIEFBOT_MAX_PAGES)")

    def add_inflated(self, count: int) -> None:
        """Count ``count`` more decompressed bytes; raise SkipFile when the total is over the limit."""
        self.inflated += count
        if (limit := self.limits.max_inflated_bytes) is not None and self.inflated > limit:
            raise SkipFile(
                f"over the decompression budget: its contents inflate to more than {limit / 1_000_000:g} MB "
                "(BRIEFBOT_MAX_INFLATED_MB)"
            )


_current: ContextVar[Budget | None] = ContextVar("briefbot_document_budget", default=None)


def budget() -> Budget:
    """The budget of the document being read; outside ``document_budget``, a fresh one with the process's
    limits (a reader keeps the one it got for the whole document)."""
    return _current.get() or Budget(_limits)


@contextlib.contextmanager
def document_budget(limits: FileLimits | None = None) -> Iterator[Budget]:
    """Start the clock and the counts for one document."""
    spent = Budget(limits or _limits)
    token = _current.set(spent)
    try:
        yield spent
    finally:
        _current.reset(token)
