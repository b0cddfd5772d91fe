"""Dates as web pages and PDFs write them: in meta tags (``2016-10-04T14:05:00Z``) and on a date line near
the top of the text (``Washington, DC, October 4, 2016``, ``Tue, 4 Oct. 2016``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index.dates import MONTHS
from index.speakers import starts_with_label

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<iy>\d{4})[-/](?P<im>\d{1,2})[-/](?P<id>\d{1,2})(?![\d/])"
    rf"|(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    r")(?!\d)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_DATE_LINE_MAX_CHARS = 100
_DATE_LINE_MAX_OTHER_WORDS = 6


@dataclass(frozen=True, slots=True)
class DateLine:
    """A short line near the top of a text that carries the document's date."""

    line: int
    """Index of the line in the list searched."""
    date: date
    only_date: bool
    """True when the line holds little but the date (and perhaps a place or a weekday): not content."""


def find_date(text: str) -> date | None:
    """The first real calendar date written in ``text`` (ISO, ``October 4, 2016``, ``4 Oct 2016``), or None."""
    for match in _DATE.finditer(text):
        found = _to_date(match)
        if found is not None:
            return found
    return None


def find_date_line(lines: list[str], within: int = 12) -> DateLine | None:
    """The first of the first ``within`` non-empty lines that is short, not a speaker turn, and holds a date."""
    seen = 0
    for number, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > within:
            return None
        if len(text) > _DATE_LINE_MAX_CHARS or starts_with_label(text):
            continue
        for match in _DATE.finditer(text):
            found = _to_date(match)
            if found is not None:
                rest = text[: match.start()] + " " + text[match.end() :]
                return DateLine(number, found, len(_WORD.findall(rest)) <= _DATE_LINE_MAX_OTHER_WORDS)
    return None


def _to_date(match: re.Match[str]) -> date | None:
    if match.group("iy"):
        year, month, day = match.group("iy"), match.group("im"), match.group("id")
        numbers = (int(year), int(month), int(day))
    else:
        month_name = match.group("m1") or match.group("m2")
        day = match.group("d1") or match.group("d2")
        year = match.group("y1") or match.group("y2")
        numbers = (int(year), MONTHS[month_name.lower()], int(day))
    try:
        return date(*numbers)
    except ValueError:
        return None
