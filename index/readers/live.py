"""Live pages pasted as text (a live blog, a news site's live coverage): entries each under a time line of their
own (``18.05 GMT``, ``Updated 14:32 GMT``, ``Posted at 09:12``, ``3m ago``, ``12 Jan 2026 14.32 GMT``, in bold or
not: ``**07:48**``) or opening with their time before a dash (``**07:48** — …``, ``07:48 – …``: the time stays in the
entry's words), the newest first or the oldest. Each entry opens a passage, and its paragraphs (its headline one of
them) are of the entry's day: the day its time line writes out in full, else the day the page states for itself (a
date line above the first entry) when every entry's time fits that one day and no day's heading parts them (``Friday
6 October``), counted back from the page's own time for ``3m ago``; else none of its own (the document's). The time
lines and the page's chrome among the entries (``Key events``, ``Show key events only``, ``Share``, ``Copy link``)
are left out; the rest is read as any page's."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from index.dates import written_days
from index.readers.social import Entries
from index.splitter import tweet_date

_CLOCK = r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2})(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?"
_ZONE = r"(?:\s+(?:GMT|BST|UTC|CET|CEST|EET|EEST|IST|EST|EDT|CST|CDT|PST|PDT|ET|PT|AEST|AEDT|JST|local time))?"
_TIME_LINE = re.compile(
    rf"^(?i:updated at|updated|posted at|posted|published)?\s*(?:"
    rf"(?P<ago>\d{{1,2}})\s?(?P<unit>m|min|mins|minutes?|h|hr|hrs|hours?)\.?\s+ago|"
    rf"(?P<before>\S.{{4,30}}?)?,?\s*{_CLOCK}{_ZONE}(?:,?\s+(?P<after>\w.{{4,30}}))?)$"
)
"""An entry's time line: a time with its zone, maybe its day before or after it, or an age (``3m ago``)."""
_MARKERS = re.compile(r"(?i)^(?:key events|show key events only|copy link|get involved)$|\b(?:live|as it happened)\b")
"""What a live page says of itself (``Key events``, ``Live``, ``… – as it happened``)."""
_CHROME = re.compile(
    r"(?i)^(?:key events|show key events only|show all updates|share|copy link|link copied|facebook|twitter|x|"
    r"email|whatsapp|linkedin|messenger|pinned|pinned post|live|live feed|live updates|latest|latest updates|"
    r"get involved|read more|show more|load more|load more updates|see latest updates|back to top|"
    r"please turn on javascript to use this feature|refresh|\d+ new updates?|all times stated are \w+)$"
)
"""A line of the page's: its buttons, its menu of key events, its share links."""
_BADGE = re.compile(r"(?i)^(?:live|live feed|live updates|key events|show key events only)$")
"""The page's badge or menu over its first entry (``Live``): no headline's words."""
_FEW = 3
_WEEKDAY = re.compile(r"\W*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?")
_DAY_HEADING = re.compile(
    r"^[*#_\s]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\w ,]{0,30}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)[*_\s]*$"
)
"""A day's heading among the entries (``Friday 6 October``, ``**Monday 3 October 2016**``): the page runs over days."""


def read_live_page(lines: list[str]) -> Entries | None:
    """A live page: three entries or more under their time lines or opening with their time (``**07:48** — …``),
    the page saying it is live; None otherwise."""
    times = [(n, match) for n, line in enumerate(lines) if (match := _time_line(_unbold(line))) is not None]
    found = dict(times)
    inline = {n: match for n, line in enumerate(lines) if n not in found and (match := _inline_time(line))}
    if len(times) + len(inline) < _FEW:
        return None  # fewer times than the entries it needs: no live page, and no need to read further
    starts = sorted([n for n, _ in times if not (n and _time_line(_unbold(lines[n - 1])))] + list(inline))
    skip = {n for n, _ in times} | {n for n, line in enumerate(lines) if _CHROME.match(line.strip())}
    entries: list[tuple[int, int, list[re.Match[str]]]] = []  # (its time line, its first line of words, its times)
    for number, n in enumerate(starts):
        if n in inline:  # its time opens its first paragraph, and stays in it
            entries.append((n, n, [inline[n]]))
            continue
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        run = [found[at] for at in range(n, end) if at in found and all(k in found for k in range(n, at + 1))]
        first = next((at for at in range(n + len(run), end) if lines[at].strip() and at not in skip), None)
        if first is not None:  # (a time line with no words under it stamps the page)
            entries.append((n, first, run))
    if len(entries) < _FEW or not any(_MARKERS.search(line.strip()) for line in lines[: entries[0][0]]):
        return None
    page_day, page_time = _page_when(lines[: entries[0][0]])
    heads = [n for n in range(entries[0][0], len(lines)) if n not in skip and _DAY_HEADING.match(lines[n])]
    days = _days([run for _, _, run in entries], None if heads else page_day, page_time)
    return Entries(
        skip=frozenset(n for n in skip if n >= entries[0][0] or _BADGE.match(lines[n].strip())),
        days=tuple((first, day) for (_, first, _), day in zip(entries, days, strict=True)),
    )


_INLINE_TIME = re.compile(
    rf"^\s*(?:\*\*|__)?(?P<time>\d{{1,2}}[.:]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?{_ZONE})(?:\*\*|__)?\s*[—–]\s+\S"
)
"""An entry's time opening its first paragraph before a dash: ``**07:48** — The first ferries …``, ``07:48 – …``."""


_BOLD = re.compile(r"^(\*\*|__)(?P<words>\S(?:.*\S)?)\1$")
"""A line set in bold whole (``**07:48**``): a time line alone, as a live page in Markdown marks it."""


def _unbold(line: str) -> str:
    """A line's words without the bold marks around it whole (``**07:48**`` gives ``07:48``)."""
    text = line.strip()
    bold = _BOLD.match(text)
    return bold["words"].strip() if bold else text


def _inline_time(line: str) -> re.Match[str] | None:
    """The time an entry's first paragraph opens with (``_INLINE_TIME``), read as a time line; else None."""
    opening = _INLINE_TIME.match(line)
    return _time_line(opening["time"]) if opening else None


def _time_line(text: str) -> re.Match[str] | None:
    """A time line, its day (if any) being one day written out in full."""
    match = _TIME_LINE.match(text)
    if match is None or tweet_date(text) is not None or not (match["ago"] or match["hour"]):
        return None
    if match["hour"] and (int(match["hour"]) > 23 or int(match["minute"]) > 59):
        return None
    for part in ("before", "after"):
        if match[part] and _day(match[part]) is None:
            return None
    return match


def _day(text: str) -> date | None:
    """The one day ``text`` writes out in full, alone (a weekday before it aside)."""
    days = written_days(text)
    whole = len(days) == 1 and _WEEKDAY.fullmatch(text[: days[0][0]]) and days[0][1] >= len(text.rstrip(" ,")) - 1
    return days[0][2] if whole else None


def _minutes(match: re.Match[str]) -> int | None:
    """A time line's time of day in minutes, or None for an age."""
    if not match["hour"]:
        return None
    hour = int(match["hour"]) % 12 + (12 if (match["half"] or "").lower() == "p" else 0) if match["half"] else int(
        match["hour"])
    return hour * 60 + int(match["minute"])


def _page_when(head: list[str]) -> tuple[date | None, int | None]:
    """The day the page states above its first entry, and the time on that line, if any."""
    for line in head:
        days = written_days(line)
        if len(days) == 1:
            clock = re.search(_CLOCK, line[: days[0][0]] + " " + line[days[0][1] :])  # not in the day
            minutes = _minutes(clock) if clock and int(clock["hour"]) < 24 and int(clock["minute"]) < 60 else None
            return days[0][2], minutes
    return None, None


def _days(runs: list[list[re.Match[str]]], page_day: date | None, page_time: int | None) -> list[date | None]:
    """Each entry's day: its own, written out; else the page's when the entries' times all fit within that day (no
    turn of midnight between them, none after the page's own time); an age counted back from the page's time."""
    own = [next((_day(m[part]) for m in run for part in ("before", "after") if m[part]), None) for run in runs]
    clocks = [next((t for m in run if (t := _minutes(m)) is not None), None) for run in runs]
    known = [t for t in clocks if t is not None]
    one_day = known in (sorted(known), sorted(known, reverse=True)) and (
        page_time is None or all(t <= page_time for t in known)
    )
    days: list[date | None] = []
    for day, clock, run in zip(own, clocks, runs, strict=True):
        if day is not None or page_day is None:
            days.append(day)
        elif clock is not None:
            days.append(page_day if one_day else None)
        else:
            days.append(_ago(run, page_day, page_time))
    return days


def _ago(run: list[re.Match[str]], page_day: date, page_time: int | None) -> date | None:
    """The day of an entry dated by its age (``3m ago``, ``2h ago``), counted back from the page's day and time."""
    age = next((m for m in run if m["ago"]), None)
    if age is None or page_time is None:
        return None
    minutes = int(age["ago"]) * (60 if age["unit"].startswith("h") else 1)
    stamp = datetime.combine(page_day, datetime.min.time()) + timedelta(minutes=page_time - minutes)
    return stamp.date()
