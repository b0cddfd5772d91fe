"""Errors the retrieval core raises, each with a message meant for a person."""

from __future__ import annotations


class BriefbotError(Exception):
    """Base class: the message is one readable line, safe to show as is."""


class SkipFile(BriefbotError):
    """A corpus file that cannot be indexed; the message says why."""


class IndexMissingError(BriefbotError):
    """No index has been built in the given folder."""


class IndexCorruptError(BriefbotError):
    """The index folder exists but cannot be read as an index."""


class IndexVersionError(BriefbotError):
    """The index was written in another format and must be rebuilt (or briefbot upgraded, if it is newer)."""

    def __init__(self, message: str, *, newer: bool = False) -> None:
        super().__init__(message)
        self.newer = newer
        """True when a newer briefbot wrote the index: rebuilding it would undo that version's work."""


class IndexLockedError(BriefbotError):
    """Another build holds the index folder."""


def describe(error: BaseException) -> str:
    """An unexpected error as one short line: its type and message (``OverflowError: date value out of range``)."""
    message = " ".join(str(error).split())[:120]
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
