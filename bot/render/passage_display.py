"""How a passage reads on a screen: hard-wrapped lines joined, and the date it can be placed at.

Both are for display only: the words and their order are the corpus's, only line breaks that a text file
used to wrap a paragraph at a fixed width become spaces (the JSON ``text`` stays verbatim).
"""

from __future__ import annotations

import re
from datetime import date

from index import DatePrecision, Hit, Passage, PassageKind, StatedDate, day_written

WRAPPED_WIDTHS = range(40, 101)
"""The widths text is wrapped at: a paragraph whose longest line is shorter (a list) or longer (a line per
paragraph, a tweet with its timestamp under it) was not wrapped, and keeps its breaks."""
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•◦▪‣●■]\s|\d{1,3}[.)]\s|[A-Z][A-Z .'’-]{1,40}:\s)")
"""A line that starts a list item, a numbered point or a speaker label: it begins a line of its own."""
STATED_MARK = "in the text"
"""What follows a date taken from a passage's words rather than from its document."""
_OPENING = re.compile(r"\s*[*_]*(?:[A-Z][A-Z .'’-]+,\s*)?(?P<date>[^:—–\n]{4,40}?)[*_]*\s*(?::|\s[—–-])")
"""A passage's first words up to a colon or a dash, after a dateline's place (``ARDEN FALLS, ``)."""
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTHS.update({name[:3]: number for name, number in _MONTHS.items()} | {"sept": 9})
_MONTH_YEAR = re.compile(r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{4})")
_YEAR = re.compile(r"(?P<year>1[89]\d\d|2\d\d\d)")


def display_text(passage: Passage) -> str:
    """The passage's text for a reader: hard-wrapped lines joined, a tweet as posted (its timestamp below it)."""
    return passage.text if passage.kind is PassageKind.TWEET else joined_lines(passage.text)


def joined_lines(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs made spaces; deliberate breaks kept.

    A break is a wrap when the first word of the next line would not have fitted on the line before it
    within the paragraph's width (its longest line), so short lines (a list, a timeline, a poem) keep
    their breaks, as do blank lines between paragraphs and lines that open a list item or a speaker label.
    """
    if "\n" not in text:
        return text
    return "\n\n".join(_joined_paragraph(paragraph) for paragraph in re.split(r"\n[ \t]*\n", text))


def _joined_paragraph(paragraph: str) -> str:
    lines = paragraph.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    if len(lines) == 1 or width not in WRAPPED_WIDTHS:
        return paragraph
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        first_word = line.split(maxsplit=1)[0] if line.strip() else ""
        wrapped = (
            bool(first_word)
            and bool(previous.strip())
            and _LIST_ITEM.match(line) is None
            and len(previous.rstrip()) + 1 + len(first_word) > width
        )
        if wrapped:
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def stated_date(hit: Hit) -> StatedDate | None:
    """The date a passage's words give, for a passage that has no date of its own nor of its document.

    A timeline entry (``March 2016: …``) or a dateline (``ARDEN FALLS, 29 September 2021 —``) gives the date
    it opens with, at the precision written. Otherwise a passage that states one date and no other gives that
    one; a passage that states several gives none (which of them would be its date?), and neither does one
    that opens on a range (``Between March and July 2023: …``).
    """
    if hit.date is not None or not hit.passage.dates:
        return None
    opening = _OPENING.match(hit.passage.text)
    if opening is not None:
        found = _date_alone(opening.group("date").strip())
        if found is not None:
            return found if found in hit.passage.dates else None
        if _mentions_a_date(opening.group("date")):
            return None
    distinct = set(hit.passage.dates)
    return next(iter(distinct)) if len(distinct) == 1 else None


def _mentions_a_date(text: str) -> bool:
    return _YEAR.search(text) is not None or any(word.lower().strip(".") in _MONTHS for word in text.split())


def _date_alone(text: str) -> StatedDate | None:
    """The date ``text`` is when it is nothing but a date: a day, a month and year, or a year."""
    day = day_written(text)
    if day is not None:
        return StatedDate(day, DatePrecision.DAY)
    month_year = _MONTH_YEAR.fullmatch(text)
    if month_year is not None:
        month = _MONTHS.get(month_year["month"].lower())
        return StatedDate(date(int(month_year["year"]), month, 1), DatePrecision.MONTH) if month else None
    year = _YEAR.fullmatch(text)
    return StatedDate(date(int(year["year"]), 1, 1), DatePrecision.YEAR) if year else None


def date_label(hit: Hit) -> str | None:
    """The passage's date for a heading: ``2016-10-03``, or ``March 2016 (in the text)`` when only its words
    give one, or None when it has none."""
    if hit.date is not None:
        return hit.date.isoformat()
    stated = stated_date(hit)
    return f"{stated.label} ({STATED_MARK})" if stated is not None else None
