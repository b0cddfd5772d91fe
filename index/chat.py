"""Chat exports (a messaging app's ``Export chat``): one message a line, ``[11/03/2026, 09:34:11] Ines: …`` or
``11/03/2026, 09:34 - Ines: …``, each giving its author and its day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MESSAGE = re.compile(
    r"^(?P<open>\[)?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{2}|\d{4}),?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?P<clock>\s?[AaPp]\.?\s?[Mm]\.?)?(?(open)\]\s+|\s+[-–]\s+)(?:(?P<author>[^:\n]{1,60}?):\s)?(?P<text>.*)$"
)
"""A message line: its day (day and month in an order the export's locale sets), time, author and words."""
_NO_CONTENT = re.compile(
    r"^(?:<[^<>]*>|(?:image|video|audio|sticker|GIF|document|media) omitted|this message was deleted|"
    r"you deleted this message|missed (?:voice|video) call|messages and calls are end-to-end encrypted\b.*)$",
    re.IGNORECASE,
)
"""What the app writes in place of a message (``<Media omitted>``, ``This message was deleted``) or of its own."""


@dataclass(frozen=True)
class ChatMessage:
    author: str | None
    """The author as the export names them; None for a line of the app's own."""
    offset: int
    """Where the message's words start in its line."""
    day: date | None
    """Its day; None when the export's order of day and month cannot be told."""
    content: bool
    """False for a placeholder of the app's (``<Media omitted>``, the encryption notice)."""


def chat_messages(lines: list[str]) -> dict[int, ChatMessage]:
    """The messages of a chat export by line number; empty when the text is no chat export (its first line and at
    least half of its lines must be messages). Lines between messages continue the one above."""
    found = {n: match for n, line in enumerate(lines) if (match := _MESSAGE.match(line.strip()))}
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(found) < 2 or filled[0] not in found or 2 * len(found) < len(filled):
        return {}
    pairs = [(int(m["a"]), int(m["b"])) for m in found.values()]
    usual = not any(m["clock"] or len(m["year"]) < 4 for m in found.values())
    day_first = _day_first(pairs, usual)
    days = {n: _day(m, day_first) for n, m in found.items()}
    known = [day for day in days.values() if day is not None]
    if known != sorted(known):  # a chat runs forward in time: read otherwise, its days are no days
        days = dict.fromkeys(days)
    return {
        n: ChatMessage(
            author=m["author"].strip() if m["author"] else None,
            offset=len(lines[n]) - len(lines[n].lstrip()) + m.start("text"),
            day=days[n],
            content=bool(m["author"]) and not _NO_CONTENT.match(m["text"].strip()),
        )
        for n, m in found.items()
    }


def _day_first(pairs: list[tuple[int, int]], european: bool) -> bool | None:
    """Whether the export writes the day before the month: as a number above 12 shows, else as a 24-hour clock
    beside a four-digit year does (a month-first export writes ``3/11/26, 9:34 AM``); None when nothing tells."""
    if any(a > 12 for a, _ in pairs):
        return None if any(b > 12 for _, b in pairs) else True
    if any(b > 12 for _, b in pairs):
        return False
    return True if european else None


def _day(match: re.Match[str], day_first: bool | None) -> date | None:
    if day_first is None:
        return None
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    try:
        return date(year + 2000 if year < 100 else year, b if day_first else a, a if day_first else b)
    except ValueError:
        return None
