"""The reading of a social or live layout pasted as text (a forum's question-and-answer thread, a thread of posts, a
live page: ``index.readers.forum``, ``index.readers.posts``, ``index.readers.live``): the lines of site chrome to
leave out, and each turn, post or entry with its speaker and its day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from index.chat import ChatMessage
from index.models import EntryDays


@dataclass(frozen=True, slots=True)
class Entries:
    """A text read as a social or live layout."""

    skip: frozenset[int]
    """Lines that hold no one's words: a post's author and handle lines, counts, ``Reply``, ``Share``, a time line."""
    turns: tuple[tuple[int, str, int], ...] = ()
    """(line, speaker, where the words start) for each line opening a turn of a conversation (a forum's comments)."""
    messages: tuple[tuple[int, ChatMessage], ...] = ()
    """(line, post) for each line opening a post, with its author and its own day."""
    askers: frozenset[str] = field(default_factory=frozenset)
    """The speakers who put the questions its host answers (a forum's commenters)."""
    title_line: int | None = None
    """The line its title is taken from, kept as words too (a forum post's title, a thread's first post)."""
    date: date | None = None
    """The day it states for itself (the one day its posts give), if any."""
    days: EntryDays = ()
    """(line, day) for each line opening a live page's entry, its passages to the next entry of that day (None: the
    document's)."""

