"""Dates as web pages and PDFs write them: meta tags (``2016-10-04T14:05:00Z``) and a date line near the top
(``Washington, DC, October 4, 2016``), read as ``index.dates`` reads a day written out in full.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from itertools import islice, pairwise

from index.dates import written_days
from index.line_cache import kept_lines
from index.speakers import starts_with_label

_WORD = re.compile(r"\w+")
HELD_LINE = re.compile(
    r"^(?:(?:date of (?:the )?)?(?:meeting|sitting|session)(?: held| date)?\s*:|hearing held\s*:"
    r"|(?:(?:the )?minutes of (?:the |a )?(?:[\w-]+ ){0,4}?)?(?:meeting |hearing |sitting )?held (?:at|in|on)\b)",
    re.IGNORECASE,
)
"""A line telling when a meeting or a hearing was held (``Meeting held: <day>, <place>``, ``Held at <place> on <day>``,
``MINUTES of the meeting held in <place> on <day>``): its day is the record's, before a day it was approved or
published (a judgment's ``Date of hearing:`` is none: the day it was given dates it)."""
LINES_KEPT = 8192
"""How many lines ``plain`` keeps its answer for: a long document's."""
_DATE_LINE_MAX_CHARS = 100
_DATE_LINE_MAX_OTHER_WORDS = 6
_DUE = re.compile(
    r"\W{0,3}(?:(?:application|submission|entry|registration) )?"
    r"(?:deadline|closing date|closes|apply by|due(?: date| by)?|expires|expiry date|valid until)\b",
    re.IGNORECASE,
)


def looks_ahead(line: str) -> bool:
    """Whether a line gives a day a call or a notice looks ahead to (``Deadline: 12 March 2026``, ``Closing date …``):
    not the page's day."""
    return _DUE.match(line.strip()) is not None


@dataclass(frozen=True, slots=True)
class DateLine:
    """A short line near the top of a text that carries the document's date."""

    line: int
    """Index of the line in the list searched."""
    date: date
    only_date: bool
    """True when the line holds little but the date (and perhaps a place or a weekday): not content."""


_AGENCY_TAG = r"\((?:[A-Z][\w.&'’/-]*|[a-z]{2,4})(?: [A-Z][\w.&'’/-]*){0,2}\)"
"""An agency's name in brackets after a dateline's day: ``(APA)``, ``(Reuters)``, ``(dpa)``, ``(Coast News Agency)``."""
_OPENING = re.compile(
    rf"\W{{0,3}}(?P<place>[A-Z][\w.'’ -]{{1,40}}),\s+(?P<date>[^—–(\n]{{6,32}}?)(?:\s*{_AGENCY_TAG})?"
    r"\s*[—–-]{1,2}\W{0,3}\s"
)
"""A paragraph that opens with a place and a date, perhaps an agency's name in brackets, then a dash: ``HALDEN, 12
September 2023 — …``, ``Veldhoven, 14 September 2026 (APA) - …``."""


def opening_dateline(line: str) -> date | None:
    """The day a news dateline gives at the start of ``line`` (``**ARDEN FALLS, 29 September 2021 —**``)."""
    match = _OPENING.match(line.strip())
    if not match:
        return None
    days = written_days(match.group("date"))
    return days[0][2] if len(days) == 1 and days[0][:2] == (0, len(match.group("date"))) else None


def find_date(text: str) -> date | None:
    """The first real calendar day written in full in ``text`` (``2016-10-04``, ``October 4, 2016``, ``4th of
    October 2016``, ...), or None."""
    days = written_days(text)
    return days[0][2] if days else None


NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.]|-(?=\d{1,2}-\d{4}))(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)")
"""A day in numbers: ``6/10/2016``, ``1/17/17``, ``23.02.2026``, ``26-11-2026`` (with dashes, a full year only)."""


def numeric_days(text: str, day_first: bool | None = False) -> list[tuple[int, int, date]]:
    """The days ``text`` writes in numbers, each with where it starts and ends: month first as the U.S. writes them,
    unless ``day_first`` or the first number cannot be a month (``17/11/2026``); with ``day_first`` None only a day
    with a full year whose order of day and month is sure (``23/02/2026``, ``02/23/2026``, ``03/03/2026``; not
    ``03/11/2026``)."""
    found = []
    for match in NUMERIC_DATE.finditer(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        unsure = (first > 12) == (second > 12) and first != second
        if day_first is None and (unsure or len(match[4]) < 4):
            continue  # ``03/11/2026`` could be either; ``03/03/2026`` is one day either way
        month, day = (second, first) if day_first or first > 12 else (first, second)
        year += 0 if year >= 100 else 2000 if year < 70 else 1900
        with suppress(ValueError):  # 31/02/2026
            found.append((match.start(), match.end(), date(year, month, day)))
    return found


_US_STAMPS = re.compile(
    r"\b(?:[ECMP][SD]T|ET|PT|CT)\b|\b(?:CNN|MSNBC|NBC|CBS|ABC News|Fox News|PBS|NPR|C-SPAN)\b"
    r"|\b(?i:press gaggle|air force one)\b"
)
"""A U.S. page's own marks, which write a day in numbers month first: its time zones (``EST``, ``ET``, ``PT``), a
network's name, the White House's ``Press Gaggle``."""
_US_SPELLINGS = re.compile(
    r"\b(?=(?i:[acdfghlmnopt]))"  # the first letters: most words are passed over without trying each spelling
    r"(?i:colors?|honors?|honored|labor|favor(?:ite)?s?|neighbors?|neighborhoods?|harbors?|centers?|theaters?"
    r"|defense|offense|traveled|traveling|canceled|canceling|programs?|analyzed?|gray|moms?)\b"
)
_DAY_FIRST_STAMPS = re.compile(r"\b(?:BST|GMT|CES?T|EES?T|AES[DT]|NZ[DS]T|SAST|IST|WAT|EAT)\b")
"""The time zones of pages that write a day in numbers day first: British, European and others (``BST``, ``CET``)."""
_BRITISH_SPELLINGS = re.compile(
    r"\b(?=(?i:[acdfhlmnopt]))"  # the first letters, as above
    r"(?i:colours?|honours?|honoured|labour|favour(?:ite)?s?|neighbours?|neighbourhoods?|harbours?|centres?"
    r"|theatres?|defence|offence|travelled|travelling|cancelled|cancelling|programmes?|analysed?|organisations?|mums?)\b"
)


def numbers_order(text: str) -> bool | None:
    """Whether ``text`` writes its days in numbers day first (True) or month first (False), as it shows: a day whose
    order is sure (``23/02/2026``, ``02/23/2026``), else the page's own marks (time zones, a network's name:
    ``_US_STAMPS``, ``_DAY_FIRST_STAMPS``), else its spellings (``harbor``, ``harbour``), whichever side has more;
    None when it shows neither, or as much of both."""
    sure = {int(match[1]) > 12 for match in NUMERIC_DATE.finditer(text) if (int(match[1]) > 12) != (int(match[3]) > 12)}
    if len(sure) == 1:
        return sure.pop()
    for day_first, month_first in ((_DAY_FIRST_STAMPS, _US_STAMPS), (_BRITISH_SPELLINGS, _US_SPELLINGS)):
        days, months = len(day_first.findall(text)), len(month_first.findall(text))
        if days != months:
            return days > months
    return None


_GLUED_YEAR = re.compile(r"\b(?:19|20)\d\d(?=\d{1,2}[:.]\d\d(?!\d)|at\b|[A-Z][a-z])")
"""A year with a time or a word glued to it, as sites paste a stamp: ``12 March 202514:30``, ``2025at 10:00``."""


def page_days(text: str) -> list[tuple[int, int, date]]:
    """The days a page's line writes (``index.dates.written_days``), and those it writes in numbers in a sure order
    (``numeric_days``), each with where it starts and ends, in order; a year with a time or a word glued to it
    (``_GLUED_YEAR``) ends there."""
    glued = [match.end() for match in _GLUED_YEAR.finditer(text)]
    if not glued:
        return sorted(written_days(text) + numeric_days(text, None))
    parted = "".join(f"{text[start:end]} " for start, end in pairwise([0, *glued])) + text[glued[-1] :]

    def back(at: int) -> int:  # a place in the parted text, in ``text``
        return at - sum(end + n < at for n, end in enumerate(glued))

    days = written_days(parted) + numeric_days(parted, None)
    return sorted((back(start), back(end), day) for start, end, day in days)


def around_day(text: str) -> tuple[str, str, date] | None:
    """The words before and after the first day ``text`` writes (``page_days``), and that day; None when it writes
    none."""
    days = page_days(text)
    return (text[: days[0][0]], text[days[0][1] :], days[0][2]) if days else None


@kept_lines(LINES_KEPT)
def plain(line: str) -> str:
    """A line with its runs of white space made single spaces, and none at its ends. (Kept for the last lines
    asked about: reading a document asks it of each line several times.)"""
    return " ".join(line.split())


def first_dated(*candidates: tuple[date | None, str]) -> tuple[date | None, str | None]:
    """The first of the (date, where it was read) candidates that has a date, or (None, None)."""
    return next(((found, source) for found, source in candidates if found is not None), (None, None))


def find_date_line(lines: list[str], within: int = 12) -> DateLine | None:
    """The first of the first ``within`` non-empty lines that is short, not a speaker turn, and holds a date."""
    filled = ((number, line.strip()) for number, line in enumerate(lines) if line.strip())
    for number, text in islice(filled, within):
        if len(text) > _DATE_LINE_MAX_CHARS or starts_with_label(text) or looks_ahead(text):
            continue
        if day := around_day(text):
            before, after, found = day
            return DateLine(number, found, len(_WORD.findall(f"{before} {after}")) <= _DATE_LINE_MAX_OTHER_WORDS)
    return None
