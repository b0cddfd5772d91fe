"""Dates in text: the ones a passage states (``3 Oct 2016``, ``Sep 29``, ``2014-2015``) or implies (``today``,
``Friday``, ``since March this year``), resolved against the date of the passage or its document.

Only what the words say is taken: a date is found when a pattern below matches, never guessed. Relative
dates and dates without a year need an anchor date; without one they are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from index.models import DatePrecision, Passage, StatedDate

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
"""Month names and their usual abbreviations, lowercase, with the month's number."""
_WEEKDAYS = {
    name: number
    for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}

_MONTH = (
    r"(?P<{name}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\w)"
_NAMED_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RANGE_DASH = r"\s*[-‐‑–—/]\s*"

# Ordered: earlier patterns claim their words first, later ones only look at what is left.
_ISO = re.compile(  # 2016-10-03, 2016/10/3
    r"(?<![\d/-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/-])"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?i)\b{_DAY}(?:\s+of)?\s+{_MONTH.format(name='month')},?\s+{_YEAR}"  # 3 Oct 2016, 3rd of October, 2016
)
_MONTH_DAY_YEAR = re.compile(rf"(?i)\b{_MONTH.format(name='month')}\s+{_DAY},?\s+{_YEAR}")  # Oct. 3, 2016
_MONTH_YEAR = re.compile(rf"\b{_NAMED_MONTH},?\s+(?:of\s+)?{_YEAR}")  # March 2016
_DAY_MONTH = re.compile(rf"(?i)\b{_DAY}(?:\s+of)?\s+{_MONTH.format(name='month')}(?![a-z])")  # 16 Nov
_MONTH_DAY = re.compile(rf"(?i)\b{_MONTH.format(name='month')}\s+{_DAY}(?![\d:])")  # November 16, Sep 29
_YEAR_RANGE = re.compile(rf"(?<![\d-])(?P<first>(?:19|20)\d{{2}}){_RANGE_DASH}(?P<second>(?:19|20)?\d{{2}})(?![\d-])")
_MONTH_IN_CONTEXT = re.compile(
    r"\b(?P<lead>(?i:since|in|until|till|by|from|before|after|early|late|mid|during|through|last|this|next))"
    rf"[\s-]+{_NAMED_MONTH}(?P<which>\s+(?:this|last|next)\s+year)?(?![\w-])"
)
_YEAR_IN_CONTEXT = re.compile(
    r"(?i)\b(?:since|in|until|till|by|from|during|through|throughout|early|late|mid|of|before|after)[\s-]+"
    rf"{_YEAR}"
)
_RELATIVE_DAY = re.compile(
    r"(?i)\b(?P<word>today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow)\b"
)
_WEEKDAY_MENTION = re.compile(
    rf"\b(?:(?P<lead>last|next|this|on)\s+)?{_WEEKDAY}\b"
    r"(?P<tail>,?\s+(?:\d|[A-Z][a-z]+\.?\s+\d))?"  # followed by its date: "Monday, 3 October"
)


_MONTH_STARTS = tuple(name.capitalize() for name in MONTHS if len(name) == 3)
_FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|going to|(?:is|are|was|were) (?:due|set|expected|scheduled|to)|plans? to|"
    r"planned|scheduled|upcoming|expected to)\b|['’]ll\b"
)
"""Words that put a sentence in the future: a weekday in it is the coming one."""
_FUTURE_REACH = 160
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+")
_NAMED_DAYS = tuple(name.capitalize() for name in _WEEKDAYS)
_RELATIVE_WORDS = ("today", "tonight", "this morning", "this afternoon", "this evening", "yesterday", "tomorrow")
_MAY_HOLD_DATE = re.compile(rf"\d|{'|'.join(_MONTH_STARTS + _NAMED_DAYS)}|(?i:{'|'.join(_RELATIVE_WORDS)})")
"""What every pattern above needs: a digit, a month or weekday name (capitalised), or a relative day. Text
without any of them states no date, and most passages are such text."""
_ASCII_DATE_SIGNS = re.compile("|".join((*"0123456789", *_MONTH_STARTS, *_NAMED_DAYS)))
_ASCII_RELATIVE = re.compile("|".join(_RELATIVE_WORDS))
"""The same test for ASCII text, as plain words (which the regular expression engine finds much faster)."""


def _may_hold_date(text: str) -> bool:
    if text.isascii():
        return _ASCII_DATE_SIGNS.search(text) is not None or _ASCII_RELATIVE.search(text.lower()) is not None
    return _MAY_HOLD_DATE.search(text) is not None


_LEADING = re.compile(r"\s*(?P<date>[^:—–\n]{4,30}?)\s*(?::|\s[—–-])\s")
"""A passage's first words up to a colon or a dash: where a timeline entry or a dateline gives its day."""


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    dates: tuple[StatedDate, ...]


def stated_dates(text: str, anchor: date | None) -> tuple[StatedDate, ...]:
    """The dates ``text`` states or implies, in the order they appear, each once.

    ``anchor`` is the date the text was written (a tweet's timestamp, else its document's date); dates
    without a year and relative ones (``today``, ``Friday``, ``in March``) are resolved against it and left
    out when it is None.
    """
    ordered: list[StatedDate] = []
    for found in _claimed(text, anchor, _FINDERS):
        for stated in found.dates:
            if stated not in ordered:
                ordered.append(stated)
    return tuple(ordered)


def written_days(text: str) -> list[tuple[int, int, date]]:
    """The days ``text`` writes out in full (``2016-10-03``, ``2016/10/3``, ``3 Oct 2016``, ``3rd of October,
    2016``, ``Oct. 3, 2016``), each with where it starts and ends, in order; a day that does not exist (30 Feb
    2016) is left out. These are the shapes ``stated_dates`` reads as days without needing an anchor."""
    return [(found.start, found.end, found.dates[0].value) for found in _claimed(text, None, _DAYS) if found.dates]


def day_written(text: str) -> date | None:
    """The day ``text`` is, when it is nothing but one day written out in full (see ``written_days``)."""
    days = written_days(text)
    if len(days) == 1 and days[0][:2] == (0, len(text)):
        return days[0][2]
    return None


def _claimed(text: str, anchor: date | None, finders: tuple[_Finder, ...]) -> list[_Found]:
    """What the finders find in ``text``, in text order; earlier finders claim their words first."""
    if not _may_hold_date(text):
        return []
    claimed: list[_Found] = []
    for finder in finders:
        for found in finder(text, anchor):
            if not any(found.start < other.end and other.start < found.end for other in claimed):
                claimed.append(found)
    claimed.sort(key=lambda found: found.start)
    return claimed


def leading_date(text: str, anchor: date | None) -> date | None:
    """The day a passage opens with, as a timeline entry or a dateline does (``3 Oct 2016: …``), else None."""
    head = _LEADING.match(text)
    if not head or not any(ch.isdigit() for ch in head.group("date")):
        return None
    dates = stated_dates(head.group("date"), anchor)
    if len(dates) == 1 and dates[0].precision is DatePrecision.DAY:
        return dates[0].value
    return None


def with_dates(passages: list[Passage], document_date: date | None) -> list[Passage]:
    """The passages with the dates their words state or imply filled in.

    A passage that opens with a day (a timeline entry) is dated by it, as a tweet is by its timestamp.
    """
    dated = []
    for passage in passages:
        own = passage.date or leading_date(passage.text, document_date)
        dated.append(replace(passage, date=own, dates=stated_dates(passage.text, own or document_date)))
    return dated


def _iso(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _ISO.finditer(text):
        yield from _day(match, int(match["year"]), int(match["month"]), int(match["day"]))


def _day_month_year(text: str, anchor: date | None) -> Iterator[_Found]:
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            yield from _day(match, int(match["year"]), _month(match["month"]), int(match["day"]))


def _month_year(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _MONTH_YEAR.finditer(text):
        stated = _month_date(int(match["year"]), _month(match["month"]))
        if stated is not None:
            yield _Found(match.start(), match.end(), (stated,))


def _day_month(text: str, anchor: date | None) -> Iterator[_Found]:
    if anchor is None:
        return
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            month, day = _month(match["month"]), int(match["day"])
            if month == 5 and "May" not in match.group(0):
                continue  # "may" in lower case is a verb more often than a month
            candidates = [_safe_date(anchor.year + shift, month, day) for shift in (-1, 0, 1)]
            valid = [c for c in candidates if c is not None]
            if month and valid:
                closest = min(valid, key=lambda c: abs((c - anchor).days))
                yield _Found(match.start(), match.end(), (StatedDate(closest),))


def _year_range(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _YEAR_RANGE.finditer(text):
        first = int(match["first"])
        second_text = match["second"]
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        if first < second <= first + 50:
            years = (_year_date(first), _year_date(second))
            yield _Found(match.start(), match.end(), years)


def _month_in_context(text: str, anchor: date | None) -> Iterator[_Found]:
    if anchor is None:
        return
    for match in _MONTH_IN_CONTEXT.finditer(text):
        month = _month(match["month"])
        if not month:
            continue
        which = (match["which"] or "").split()
        lead = match["lead"]
        lead = lead.lower()
        if (which and which[0] == "last") or (lead == "last" and not which):
            year = anchor.year - 1 if which or month >= anchor.month else anchor.year
        elif (which and which[0] == "next") or (lead == "next" and not which):
            year = anchor.year + 1 if which or month <= anchor.month else anchor.year
        elif which:
            year = anchor.year
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        stated = _month_date(year, month)
        if stated is not None:  # a month before year 1 or after 9999 is no date
            yield _Found(match.start("month"), match.end(), (stated,))


def _year_in_context(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _YEAR_IN_CONTEXT.finditer(text):
        year = int(match["year"])
        yield _Found(match.start("year"), match.end("year"), (_year_date(year),))


def _relative_day(text: str, anchor: date | None) -> Iterator[_Found]:
    if anchor is None:
        return
    shifts = {"yesterday": -1, "tomorrow": 1}
    for match in _RELATIVE_DAY.finditer(text):
        when = _shifted(anchor, shifts.get(match["word"].lower(), 0))
        if when is not None:
            yield _Found(match.start(), match.end(), (StatedDate(when),))


def _weekday(text: str, anchor: date | None) -> Iterator[_Found]:
    if anchor is None:
        return
    for match in _WEEKDAY_MENTION.finditer(text):
        if match["tail"]:
            continue  # "Monday, 3 October 2016": the explicit date says it
        target = _WEEKDAYS[match["weekday"].lower()]
        back = (anchor.weekday() - target) % 7
        if match["lead"] == "next" or (match["lead"] != "last" and _speaks_of_future(text, match.start())):
            when = _shifted(anchor, (target - anchor.weekday()) % 7 or 7)
        elif match["lead"] == "last":
            when = _shifted(anchor, -(back or 7))
        else:
            when = _shifted(anchor, -back)
        if when is not None:
            yield _Found(match.start("weekday"), match.end("weekday"), (StatedDate(when),))


def _speaks_of_future(text: str, position: int) -> bool:
    """Whether the sentence before ``position`` is about what is to come ("the crossing will reopen on
    Thursday"), so that a bare weekday means the next one rather than the last."""
    before = text[max(0, position - _FUTURE_REACH) : position]
    sentence = _SENTENCE_BREAK.split(before)[-1]
    return _FUTURE.search(sentence) is not None


def _day(match: re.Match[str], year: int, month: int, day: int) -> Iterator[_Found]:
    """A day; one that does not exist (30 Feb) still claims its words, so no part of it is read as a date."""
    value = _safe_date(year, month, day) if month else None
    yield _Found(match.start(), match.end(), (StatedDate(value),) if value else ())


def _month(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0)


def _month_date(year: int, month: int) -> StatedDate | None:
    """A month as a date (its first day); None when there is no such month (month 0, year 10000)."""
    first = _safe_date(year, month, 1)
    return StatedDate(first, DatePrecision.MONTH) if first else None


def _year_date(year: int) -> StatedDate:
    return StatedDate(date(year, 1, 1), DatePrecision.YEAR)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shifted(anchor: date, days: int) -> date | None:
    """``anchor`` moved by ``days``; None when that leaves the calendar (before year 1, after 9999)."""
    try:
        return anchor + timedelta(days=days)
    except OverflowError:
        return None


_Finder = Callable[[str, date | None], Iterator[_Found]]
_DAYS: tuple[_Finder, ...] = (_iso, _day_month_year)
"""The finders of days written out in full."""
_FINDERS: tuple[_Finder, ...] = (
    *_DAYS,
    _year_range,
    _month_year,
    _day_month,
    _month_in_context,
    _weekday,
    _relative_day,
    _year_in_context,
)
