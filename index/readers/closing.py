"""The day a document states at its foot: a closing note on its publication (``Published by the Authority on 3
October 2025.``, ``Content published 22/10/2024.``) or a reporter's certificate (``I certify that the above is an
accurate record of the hearing held on Tuesday, 19 May 2026.``, ``Dated this 12th day of May 2025.``). It dates a
document that gives no other day (``index.readers.text``)."""

from __future__ import annotations

import re
from datetime import date

from index.readers.datelines import page_days

FOOT_LINES = 8
"""How many lines with words, from the last, make a document's foot."""
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
_MARKS = " \t*_>#`"
_PUBLISHED = re.compile(
    r"^(?:(?:this|the) (?:page|document|statement|release|record|transcript|notice|report) (?:was )?)?"
    r"(?:content )?(?:(?:first|originally) )?(?:published|issued|released|dated)\b",
    re.IGNORECASE,
)
"""A closing note on the document's publication: ``Published by … on <day>``, ``Content published <day>``, ``Issued
on <day>``, ``Dated: <day>`` (an update's stamp, ``Last updated …``, is none: the day of a change is not the
document's)."""
_CERTIFIED = re.compile(r"^I (?:hereby )?certify\b", re.IGNORECASE)
_EVENT_ON = re.compile(r"\b(?:held|taken|heard|recorded|given|made|sat|conducted) on\b", re.IGNORECASE)
_DAY_OF = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? day of ([A-Z][a-z]+),? (\d{4})\b")
"""A day written as a deed writes it: ``the 12th day of May 2025``."""


def closing_day(lines: list[str]) -> date | None:
    """The day the foot of a document states for it: a certificate's day of the record (``… held on <day>``, or
    ``Dated this <n>th day of <month> <year>``), else a closing note's day of publication; None without one (a day
    whose order of day and month cannot be told is none)."""
    foot = [line.strip(_MARKS) for line in lines if line.strip(_MARKS)][-FOOT_LINES:]
    certified: date | None = None
    published: date | None = None
    for line in reversed(foot):
        for sentence in _SENTENCE.split(line):
            sentence = _DAY_OF.sub(r"\1 \2 \3", sentence.strip(_MARKS))
            if _CERTIFIED.match(sentence) and (on := _EVENT_ON.search(sentence)):
                certified = certified or _first_day(sentence[on.end() :])
            elif _CERTIFIED.match(sentence) or sentence.lower().startswith("dated this"):
                certified = certified or _first_day(sentence)
            elif _PUBLISHED.match(sentence):
                published = published or _first_day(sentence)
    return certified or published


def _first_day(text: str) -> date | None:
    days = page_days(text)
    return days[0][2] if days else None
