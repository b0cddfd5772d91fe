"""Official notices (a harbour's notice to mariners, a council's public notice): the title their number and subject
lines make, and the day their ``Date:`` field gives in numbers in the order the page shows."""

from __future__ import annotations

import re
from datetime import date
from itertools import islice

from index.readers.datelines import NUMERIC_DATE, find_date, numbers_order, numeric_days, plain

_NUMBERED = re.compile(
    r"^(?:[A-Z][\w'’]*\s+){0,4}(?i:notice)(?:\s+(?i:to)\s+[A-Z][\w'’]*)?\s*(?i:no\.?|number|n°|#)\s*\d{1,4}"
    r"(?:\s*(?:/|of|-)\s*(?:19|20)\d\d)?$"
)
"""A notice's number line: ``NOTICE No. 14 of 2026``, ``Notice to Mariners No. 3/2026``, ``Public Notice No 7``."""
_FIELD = re.compile(r"^(?i:date(?:d| of issue)?|issued(?: on)?)\s*:?\s*(?P<value>.+)$")
"""The notice's date field: ``Date: 06/03/2026``, ``Issued: 6.3.2026``, ``Dated 06/03/2026``."""
_SUBJECT_WORDS = 16
_WITHIN = 8


def notice_title(lines: list[str]) -> str | None:
    """The title of a notice: its number line among the first lines, with the subject line under it when one
    stands there (``NOTICE No. 14 of 2026: Dredging in the north channel``); None for a page with no number line."""
    filled = [(n, plain(line).strip("#*_ ")) for n, line in enumerate(lines) if line.strip()]
    for position, (_, text) in enumerate(islice(filled, _WITHIN)):
        if not _NUMBERED.match(text):
            continue
        subject = filled[position + 1][1] if position + 1 < len(filled) else ""
        if _is_subject(subject):
            return f"{text}: {subject}"
        return text
    return None


def _is_subject(text: str) -> bool:
    """A short line naming what the notice is about: no field, no day, no sentence's full stop."""
    words = text.split()
    return (
        0 < len(words) <= _SUBJECT_WORDS and not text.endswith((".", ":")) and ":" not in text
        and not _FIELD.match(text) and find_date(text) is None and NUMERIC_DATE.search(text) is None
    )


def notice_day(lines: list[str]) -> date | None:
    """The day a notice's ``Date:`` field near its top gives in numbers (``06/03/2026``), day or month first as the
    page shows it (its other days, its time zones, its spellings: ``datelines.numbers_order``); None when the order
    cannot be told and it matters, or when no such field stands there."""
    filled = [plain(line) for line in lines if line.strip()]
    if not any(_NUMBERED.match(text.strip("#*_ ")) for text in filled[:_WITHIN]):
        return None
    for text in filled[: _WITHIN + 4]:
        if (field := _FIELD.match(text)) is None or not NUMERIC_DATE.fullmatch(field["value"].strip()):
            continue
        order = numbers_order("\n".join(lines))
        days = numeric_days(field["value"], None) or (numeric_days(field["value"], order) if order is not None else [])
        return days[0][2] if days else None
    return None
