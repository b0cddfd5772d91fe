"""Threads of posts pasted from a social site (X, Bluesky, Mastodon): each post opens with its author's display name
on one line and their handle under it (``Mira Castell`` / ``@miracastell``, ``@ann.bsky.social``,
``@ann@social.example``). Each post is read as its author's, of the day its timestamp writes out in full
(``10:14 PM · Jan 12, 2026``; a relative ``2h`` or a year-less ``Jan 12`` dates nothing); the site's chrome (the
author and handle lines, ``·``, ``Replying to @…``, ``Repost``, ``Quote``, counts of likes and views) is left out.
A post quoted inside another is a post of its own, by its own author: the quoting post keeps its author."""

from __future__ import annotations

import re
from datetime import date

from index.chat import ChatMessage
from index.dates import written_days
from index.readers.social import Entries

_HANDLE = re.compile(r"^@[A-Za-z0-9_]{1,30}(?:\.[A-Za-z0-9-]+)*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?"
                     r"(?:\s*[·•]\s*(?P<when>\S.*))?$")
"""A handle alone on its line, a relative time or a timestamp maybe beside it (``@miracastell · 2h``)."""
_NAME = re.compile(r"^[^\s@#].{0,59}$")
_SENTENCE = re.compile(r"[.!?:;,]$")
_COUNT = r"\d[\d,.]*\s*[KkMm]?"
_WORDS = (
    r"views?|reposts?|reposted|quotes?|likes?|bookmarks?|repl(?:y|ies)|shares?|boosts?|boosted|favou?rites?|"
    r"comments?|retweets?|quote tweets?"
)
_CHROME = re.compile(
    rf"^(?:[·•]|{_COUNT}|(?:{_COUNT}\s+)?(?i:{_WORDS})|(?i:follow|following|subscribe|show more|show less|"
    r"translate(?: post)?|show this thread|show replies|show more replies|post your reply|pinned|edited|copy link|"
    r"more|verified|view quotes|view post engagements|new to x\?|thread|discover more|"
    r"trending now|who to follow|relevant people|post|posts|conversation|see new posts)|"
    r"(?i:replying to)\s+@\S+(?:\s+(?:and|,)\s+@?\S+)*)$"
)
"""A line of the site's: a dot, a count, a count's word (``48.2K Views``, ``Repost``), a button, ``Replying to @…``."""
_RELATIVE = re.compile(
    r"^(?:\d{1,2}\s?(?:s|m|h|d|w|min|mins|hr|hrs)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)$"
)
"""A post's age or its day without a year (``2h``, ``Jan 12``, ``12 Jan``): it dates nothing."""
_STAMP = re.compile(
    r"^(?:(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)\s*[·•,–-]?\s*)?(?P<day>.+?)"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?$"
)
"""A timestamp: a time, then its day (``10:14 PM · Jan 12, 2026``), or a day, then its time (``Jan 12, 2026,
22:14``, ``January 12, 2026 at 10:14 PM``)."""
_FEW = 2


def read_posts(lines: list[str]) -> Entries | None:
    """A thread of posts: two posts or more, one at least with a line of the site's (a timestamp, a count, a
    button); None for any other text."""
    if "@" not in "\n".join(lines):
        return None  # no handle, no post: no need to read each line
    heads = [n for n in range(len(lines) - 1) if _is_header(lines, n)]
    if len(heads) < _FEW:
        return None
    skip: set[int] = set(range(heads[0]))  # above the first post: the site's (``Thread``, a menu)
    messages: list[tuple[int, ChatMessage]] = []
    site_lines = 0
    for number, head in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(lines)
        author = lines[head].strip()
        skip |= {head, head + 1}
        day = _when(lines[head + 1])
        first: int | None = None
        for at in range(head + 2, end):
            text = lines[at].strip()
            if not text:
                continue
            stamp = _stamp(text)
            if _CHROME.match(text) or _RELATIVE.match(text) or stamp is not None:
                skip.add(at)
                site_lines += 1
                day = day or stamp
            elif first is None:
                first = at
        if first is not None:
            messages.append((first, ChatMessage(author, len(lines[first]) - len(lines[first].lstrip()), day, True)))
    if not site_lines or len(messages) < _FEW:
        return None
    return Entries(
        skip=frozenset(skip),
        messages=tuple(messages),
        title_line=messages[0][0],
        date=days.pop() if len(days := {message.day for _, message in messages if message.day}) == 1 else None,
    )


def read_saved_posts(lines: list[str]) -> Entries | None:
    """A thread of posts in a saved web page (``index.readers.html``), whose blocks stand between blank lines: read
    as the same thread pasted, the blank lines aside; None for any other page."""
    kept = [n for n, line in enumerate(lines) if line.strip()]
    found = read_posts([lines[n] for n in kept])
    if found is None:
        return None
    return Entries(
        skip=frozenset(kept[n] for n in found.skip),
        messages=tuple((kept[n], message) for n, message in found.messages),
        title_line=None if found.title_line is None else kept[found.title_line],
        date=found.date,
    )


def _is_header(lines: list[str], number: int) -> bool:
    """Whether a line is a post's author, a handle under it: a short line that is no sentence and no chrome."""
    name, handle = lines[number].strip(), lines[number + 1].strip()
    return bool(
        _HANDLE.match(handle) and _NAME.match(name) and not _SENTENCE.search(name) and not _CHROME.match(name)
        and not _RELATIVE.match(name) and _stamp(name) is None
    )


def _when(handle: str) -> date | None:
    """The day a timestamp beside a handle writes out in full (``@ann.bsky.social · Jan 12, 2026``)."""
    match = _HANDLE.match(handle.strip())
    return _stamp(match["when"]) if match and match["when"] else None


def _stamp(text: str) -> date | None:
    """The day of a line that is only a timestamp, written out in full; None for any other line."""
    match = _STAMP.match(text)
    if not match:
        return None
    days = written_days(match["day"])
    return days[0][2] if len(days) == 1 and days[0][:2] == (0, len(match["day"].rstrip(", "))) else None
