"""Chat exports (a messaging app's ``Export chat``): one message a line, ``[11/03/2026, 09:34:11] Ines: …`` or
``11/03/2026, 09:34 - Ines: …``, each giving its author and its day."""

from __future__ import annotations

import re
from collections import Counter
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
_APP_LINE = re.compile(
    r"^(?:.{1,60}? (?:added|removed|left|joined using this group's invite link|created group|changed the subject|"
    r"changed this group's icon|changed the group description|deleted this group's icon|changed their phone number)"
    r"\b.*|you (?:joined|were added|created group)\b.*|.{1,60}? security code (?:with .{1,60} )?changed\b.*)$",
    re.IGNORECASE,
)
"""A line the app writes with no author: who joined or left, a changed subject or security code."""
_LABEL_WORD = re.compile(
    r"^(?:update[ds]?|correction|clarification|note|editor['’]?s note|breaking(?: news)?|live|latest|developing|"
    r"watch|read more|analysis|background|context|summary|recap|key (?:points?|events?)|fact check|explainer|alert|"
    r"warning|advisory|reminder|notice|disclaimer|timeline|photo|video|source|credit|statement|pinned|opinion|"
    r"comment|quote|nb|ps|edit)(?: \d+)?$",
    re.IGNORECASE,
)
"""The words a live blog or article labels its entries with (``Update:``, ``Correction:``): no author's name."""
_MARKS = re.compile("[\u200e\u200f\ufeff]")
"""Direction marks and the byte-order mark an export (iOS) writes before its lines and the app's words."""
_FEW = 3
"""The message lines with an author a chat export has at least."""


@dataclass(frozen=True)
class ChatMessage:
    author: str | None
    """The author as the export names them; None for a line with no author (the app's own, or a note)."""
    offset: int
    """Where the message's words start in its line."""
    day: date | None
    """Its day; None when the export's order of day and month cannot be told."""
    content: bool
    """False for a placeholder or a line of the app's (``<Media omitted>``, the encryption notice)."""


def chat_messages(lines: list[str]) -> dict[int, ChatMessage]:
    """The messages of a chat export by line number; empty when the text is no chat export. A chat export opens
    with a message line, has several message lines with an author, one author writing two or more, none of them a
    label word (``Update:``), fewer lines with no author than with one (besides the app's), and days that run
    forward. Lines between messages continue the one above."""
    first = next((n for n, line in enumerate(lines) if _MARKS.sub("", line).strip()), None)
    if first is None or not _MESSAGE.match(_MARKS.sub("", lines[first]).strip()):
        return {}  # (asked first: most texts open with no message line, and their other lines need not be read)
    clean = [_MARKS.sub("", line) for line in lines]
    found = {n: match for n, line in enumerate(clean) if (match := _MESSAGE.match(line.strip()))}
    authors = [m["author"].strip() for m in found.values() if m["author"]]
    if len(authors) < _FEW or max(Counter(authors).values()) < 2:
        return {}
    if any(_LABEL_WORD.match(author) for author in authors):
        return {}
    content = {n: not _app_words(m) for n, m in found.items()}
    if sum(content[n] and not m["author"] for n, m in found.items()) >= len(authors):
        return {}
    days = _days(list(found.values()))
    if days is None:
        return {}
    return {
        n: ChatMessage(
            author=m["author"].strip() if m["author"] else None,
            offset=_original(lines[n], len(clean[n]) - len(clean[n].lstrip()) + m.start("text")),
            day=day,
            content=content[n],
        )
        for (n, m), day in zip(found.items(), days, strict=True)
    }


def _app_words(match: re.Match[str]) -> bool:
    """Whether a message line holds the app's words, not a person's: a placeholder, or a line with no author
    saying who joined or left."""
    text = match["text"].strip()
    return bool(_NO_CONTENT.match(text) or (not match["author"] and _APP_LINE.match(text)))


def _original(line: str, position: int) -> int:
    """Where the ``position``-th character of ``line`` with its marks taken out stands in ``line``."""
    seen = 0
    for index, char in enumerate(line):
        if _MARKS.match(char):
            continue
        if seen == position:
            return index
        seen += 1
    return len(line)


def _days(matches: list[re.Match[str]]) -> list[date | None] | None:
    """The messages' days: read day first or month first, whichever alone gives real days running forward (a
    number over 12 rules the other out); no days when both do; None when neither does (no chat export)."""
    readings = [days for day_first in (True, False) if (days := _read(matches, day_first)) is not None]
    forward = [days for days in readings if days == sorted(days)]
    if not forward:
        return None
    return list(forward[0]) if len(forward) == 1 else [None] * len(matches)


def _read(matches: list[re.Match[str]], day_first: bool) -> list[date] | None:
    """The days read in one order; None when a line gives no real day so read."""
    days = []
    for match in matches:
        a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
        try:
            days.append(date(year + 2000 if year < 100 else year, b if day_first else a, a if day_first else b))
        except ValueError:
            return None
    return days


_GROUP_NAME = re.compile(
    r"(?:created group|changed the subject (?:from .+? )?to|changed the group name (?:from .+? )?to|"
    r"changed (?:the )?group name to|renamed the group to|changed the name of the group to)\s+"
    r"[\"“”'‘’«](?P<name>[^\"“”'‘’«»\n]{1,80})[\"“”'‘’»]\s*$",
    re.IGNORECASE,
)
"""The app's line naming a group: ``Ines created group "Harbour volunteers"``, ``… changed the subject from "A" to
"B"``, ``… changed the group name to "B"``."""


def group_name(texts: list[str]) -> str | None:
    """A group chat's name, as the export states it last among its messages' words (the app's lines that create
    or rename the group), or None when it states none."""
    names = [match["name"].strip() for text in texts if (match := _GROUP_NAME.search(_MARKS.sub("", text)))]
    return names[-1] if names else None
