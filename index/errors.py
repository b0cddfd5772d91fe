"""Errors the library raises: a message for a person, and a ``kind`` from which each face phrases the remedy."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ErrorKind(StrEnum):
    """What went wrong, so that a face can say what to do about it."""

    OTHER = "other"
    INDEX_MISSING = "index missing"
    """No index has been built yet."""
    INDEX_STALE = "index stale"
    """The index was written by an older briefbot (or in another format), or built from a corpus folder that no
    longer exists (moved or renamed), and must be rebuilt."""
    INDEX_OF_ANOTHER_CORPUS = "index of another corpus"
    """The index was built from another corpus folder still on disk: only an explicit build may replace it."""
    INDEX_NEWER = "index newer"
    """A newer briefbot wrote the index: upgrade, or rebuild it (undoing that version's work)."""
    INDEX_DAMAGED = "index damaged"
    """The index cannot be read as an index: it must be rebuilt."""
    INDEX_UNWRITABLE = "index unwritable"
    """The index folder cannot be written."""
    CORPUS_MISSING = "corpus missing"
    """The corpus folder does not exist or cannot be read."""
    BAD_FILE = "bad file"
    """A file cannot be indexed or added (wrong type, no words, unreadable, malformed)."""
    TOO_LARGE = "too large"
    """A file is over the size limit."""
    BUSY = "busy"
    """Another build, rebuild or search holds what is needed; trying again later works."""
    BAD_SETTING = "bad setting"
    """A setting has a value briefbot cannot use."""


class BriefbotError(Exception):
    """Base class: the message is one readable line, safe to show as is; ``kind`` says what went wrong."""

    kind: ErrorKind = ErrorKind.OTHER

    def __init__(self, message: str = "", *, kind: ErrorKind | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind


class SkipFile(BriefbotError):
    """A corpus file that cannot be indexed; the message says why."""

    kind = ErrorKind.BAD_FILE


class IndexMissingError(BriefbotError):
    """No index has been built in the given folder."""

    kind = ErrorKind.INDEX_MISSING


class IndexCorruptError(BriefbotError):
    """The index folder exists but cannot be read as an index."""

    kind = ErrorKind.INDEX_DAMAGED


class IndexVersionError(BriefbotError):
    """The index was written in another format and must be rebuilt (or briefbot upgraded, if it is newer)."""

    def __init__(self, message: str, *, newer: bool = False) -> None:
        super().__init__(message, kind=ErrorKind.INDEX_NEWER if newer else ErrorKind.INDEX_STALE)
        self.newer = newer
        """True when a newer briefbot wrote the index: rebuilding it would undo that version's work."""


def describe(error: BaseException) -> str:
    """An unexpected error as one short line: its type and message (``OverflowError: date value out of range``)."""
    message = " ".join(str(error).split())[:120]
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def not_this_corpus(index_dir: Path, built_from: object, corpus_dir: Path) -> BriefbotError | None:
    """Why the index in ``index_dir``, built from the corpus folder ``built_from``, is not ``corpus_dir``'s; None
    when it is. A folder that no longer exists was moved or renamed: its index is stale, rebuilt in place. One that
    exists is another corpus's: only an explicit ``index build`` may replace that corpus's index."""
    if built_from == str(corpus_dir.resolve()):
        return None
    if not Path(str(built_from)).exists():
        message = f"the index in {index_dir} was built from {built_from}, which no longer exists (moved or renamed?)"
        return BriefbotError(message, kind=ErrorKind.INDEX_STALE)
    message = f"the index in {index_dir} was built from another corpus folder ({built_from})"
    return BriefbotError(message, kind=ErrorKind.INDEX_OF_ANOTHER_CORPUS)
