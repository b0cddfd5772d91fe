"""What an answer shows, decided once for every face: the terminal, Discord and JSON only style it.

The answer's date line, the words found nowhere, a name asked for that the best passages do not give, the match
count or why it is empty; per passage its heading, the question it answers, its quote as a reader sees it (hard
wraps joined, matches marked), its source and the other sources holding the same words. JSON ``text`` stays
verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from index import MONTHS, Answer, DatePrecision, Hit, Passage, PassageKind, Source, Span, StatedDate, day_written

UNDATED = "undated"
NOTHING_FOUND = "Nothing found"
NO_WORDS = (
    "This question has no words to search for: only common words such as “when” or “what”. "
    "Ask about a person, a group, a place or an event, by name."
)
REPHRASE = (
    "Try rephrasing it with other words: the name of a person, a group or a place, or the event as a newspaper "
    "would call it."
)
NO_MATCH = f"No passage in the corpus matches this question. {REPHRASE}"
_WEB_URL = re.compile(r"^(?=.{1,2000}$)https?://[^\s<>]+$")


@dataclass(frozen=True, slots=True)
class Marked:
    """A text with the spans of the words to mark in it (those that matched the question)."""

    text: str
    marks: tuple[Span, ...] = ()

    def runs(self) -> Iterator[tuple[str, bool]]:
        """The text in order as ``(piece, marked)`` runs, empty pieces left out."""
        last = 0
        for start, end in self.marks:
            if start > last:
                yield self.text[last:start], False
            yield self.text[start:end], True
            last = end
        if last < len(self.text):
            yield self.text[last:], False

    def lines(self) -> list[Marked]:
        """The text cut at its line breaks, each line with the marks inside it."""
        out: list[Marked] = []
        start = 0
        for line in self.text.split("\n"):
            end = start + len(line)
            out.append(Marked(line, tuple((a - start, b - start) for a, b in self.marks if start <= a and b <= end)))
            start = end + 1
        return out

    def shown_as(self, shown: str) -> Marked:
        """The marks that still stand in ``shown``, a start of the text (cut, an ellipsis added)."""
        return Marked(shown, tuple((a, b) for a, b in self.marks if shown[a:b] == self.text[a:b] and b <= len(shown)))


@dataclass(frozen=True, slots=True)
class PassageView:
    """One passage as shown."""

    rank: int
    speaker: str | None
    date: str
    """``2016-10-03``, ``March 2016 (in the text)`` for a date only its words give, or ``undated``."""
    kind: str | None
    """``tweet`` or ``quote``, else None."""
    section: str | None
    answering: Marked | None
    """The question an answer turn answers, on one line."""
    quote: Marked
    source: Source
    also_in: tuple[Source, ...]

    @property
    def heading(self) -> tuple[str, ...]:
        """Speaker (when known), date, and the kind of passage when it is not plain."""
        return tuple(part for part in (self.speaker, self.date, self.kind) if part)


@dataclass(frozen=True, slots=True)
class AnswerView:
    """An answer as shown: what leads it, then its passages; or, with none, why (``empty``)."""

    question: str
    matched: int
    date_line: str | None
    missing: tuple[str, ...]
    passages: tuple[PassageView, ...]
    empty: str | None
    unnamed: str | None = None
    """The person a question asks the name of, when none of the best passages gives one."""

    @property
    def missing_line(self) -> str | None:
        """``No passage contains: X, Y.`` beside passages that match, else None."""
        return f"No passage contains: {', '.join(self.missing)}." if self.missing and self.passages else None

    @property
    def unnamed_line(self) -> str | None:
        """``None of the best passages names the pilot.`` beside passages that match, else None."""
        return f"None of the best passages names {self.unnamed}." if self.unnamed and self.passages else None


def answer_view(answer: Answer) -> AnswerView:
    """What ``answer`` shows."""
    empty = None if answer.hits else _no_match(answer.missing) if answer.terms else NO_WORDS
    passages = tuple(passage_view(hit, rank) for rank, hit in enumerate(answer.hits, start=1))
    return AnswerView(
        answer.question.strip(), answer.matched, answer.date_line, answer.missing, passages, empty, answer.unnamed
    )


def _no_match(missing: tuple[str, ...]) -> str:
    """Why nothing is found: the question's words no passage contains (``Palmyra``, ``retaken``), when known."""
    return f"No passage contains: {', '.join(missing)}. {REPHRASE}" if missing else NO_MATCH


def passage_view(hit: Hit, rank: int) -> PassageView:
    """What the passage of ``hit``, ranked ``rank``, shows."""
    passage = hit.passage
    kind = passage.kind.value if passage.kind in (PassageKind.TWEET, PassageKind.QUOTE) else None
    answering = None
    if passage.context:
        one_line = " ".join(_TAKEN_UP.sub(" … ", passage.context).split())
        answering = Marked(one_line, carried(hit.marks.context, passage.context, one_line))
    quote = display_text(passage)
    marked = Marked(quote, carried(hit.marks.text, passage.text, quote))
    date = date_label(hit) or UNDATED
    return PassageView(rank, passage.speaker, date, kind, passage.section, answering, marked, hit.source, hit.also_in)


def web_link(source: Source) -> str | None:
    """The web address ``source`` is read at (at its page, for a PDF), or None: a file on the server."""
    page = source.page_url
    return page if source.url and page and _WEB_URL.match(source.url) and _WEB_URL.match(page) else None


def counted(number: int, noun: str) -> str:
    """``1 passage``, ``1,234 passages``."""
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def carried(marks: tuple[Span, ...], text: str, shown: str) -> tuple[Span, ...]:
    """``marks`` of ``text`` moved onto ``shown``: the same text with its white space changed, and at most a mark
    put between its words (the ellipsis where a question is taken up again)."""
    if not marks or text == shown:
        return marks
    places: list[int] = []
    for char in text:
        if not char.isspace():
            places.append(shown.find(char, places[-1] + 1 if places else 0))
            if places[-1] < 0:
                return ()
    before = [0]
    for char in text:
        before.append(before[-1] + (not char.isspace()))
    return tuple((places[before[a]], places[before[b] - 1] + 1) for a, b in marks if before[b] > before[a])


_TAKEN_UP = re.compile(r"(?<=[—–-])[ \t]*\n\s*(?=[—–-])")
"""Where a reporter's question, cut off with a dash while an interjection left out was said, is taken up again with
a dash (a list's lines under a colon are not)."""
WRAPPED_WIDTHS = range(40, 101)
"""The widths text is wrapped at: a paragraph whose longest line is shorter (a list) or longer (a line per
paragraph, a tweet with its timestamp under it) was not wrapped, and keeps its breaks."""
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•◦▪‣●■]\s|\d{1,3}[.)]\s|[A-Z][A-Z .'’-]{1,40}:\s)")
"""A line that starts a list item, a numbered point or a speaker label: it begins a line of its own."""
STATED_MARK = "in the text"
"""What follows a date taken from a passage's words rather than from its document."""
_OPENING = re.compile(r"\s*[*_]*(?:[A-Z][A-Z .'’-]+,\s*)?(?P<date>[^:—–\n]{4,40}?)[*_]*\s*(?::|\s[—–-])")
"""A passage's first words up to a colon or a dash, after a dateline's place (``ARDEN FALLS, ``)."""
_MONTH_YEAR = re.compile(r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{4})")
_YEAR = re.compile(r"(?P<year>1[89]\d\d|2\d\d\d)")


def display_text(passage: Passage) -> str:
    """The passage's text for a reader: hard-wrapped lines joined, a tweet as posted (its timestamp below it)."""
    return passage.text if passage.kind is PassageKind.TWEET else joined_lines(passage.text)


def joined_lines(text: str) -> str:
    """``text`` with the breaks of hard-wrapped paragraphs made spaces: a break is a wrap when the next line's
    first word would not have fitted within the paragraph's longest line. Blank lines, short lines and lines
    opening a list item or a speaker label keep their breaks."""
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
        words = line.split(maxsplit=1)
        overflows = bool(words) and len(previous.rstrip()) + 1 + len(words[0]) > width  # its first word did not fit
        if overflows and previous.strip() and not _LIST_ITEM.match(line):
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def stated_date(hit: Hit) -> StatedDate | None:
    """The date a passage's words give, when neither it nor its document has one: the date a timeline entry or a
    dateline opens with (at the precision written), else its only stated date; None when it states several or
    opens on a range."""
    if hit.date is not None or not hit.passage.dates:
        return None
    if (opening := _OPENING.match(hit.passage.text)) is not None:
        if (found := _date_alone(opening.group("date").strip())) is not None:
            return found if found in hit.passage.dates else None
        if _mentions_a_date(opening.group("date")):
            return None
    distinct = set(hit.passage.dates)
    return next(iter(distinct)) if len(distinct) == 1 else None


def _mentions_a_date(text: str) -> bool:
    return _YEAR.search(text) is not None or any(word.lower().strip(".") in MONTHS for word in text.split())


def _date_alone(text: str) -> StatedDate | None:
    """The date ``text`` is when it is nothing but a date: a day, a month and year, or a year."""
    if (day := day_written(text)) is not None:
        return StatedDate(day, DatePrecision.DAY)
    if (month_year := _MONTH_YEAR.fullmatch(text)) is not None:
        month = MONTHS.get(month_year["month"].lower())
        return StatedDate(date(int(month_year["year"]), month, 1), DatePrecision.MONTH) if month else None
    year = _YEAR.fullmatch(text)
    return StatedDate(date(int(year["year"]), 1, 1), DatePrecision.YEAR) if year else None


def date_label(hit: Hit) -> str | None:
    """The passage's date for a heading: ``2016-10-03``, or ``March 2016 (in the text)`` when only its words
    give one, or None when it has none."""
    if hit.date is not None:
        return hit.date.isoformat()
    stated = stated_date(hit)
    if stated is not None:
        return f"{stated.label} ({STATED_MARK})"
    span = stated_span(hit)
    return f"{span[0].label}–{span[1].label} ({STATED_MARK})" if span is not None else None


_SPAN_OPENING = re.compile(r"(?P<start>.+?)\s*(?:-|\bto\b)\s*(?P<end>.+)")
"""The two ends of a span a timeline entry opens with (``2014-2015``, ``March 2016 to May 2016``)."""


def stated_span(hit: Hit) -> tuple[StatedDate, StatedDate] | None:
    """The span a timeline entry or a dateline opens with (``2014-2015: …``), its two ends written out in full and
    both among the passage's dates, when neither the passage nor its document has a date."""
    if hit.date is not None or (opening := _OPENING.match(hit.passage.text)) is None:
        return None
    if (ends := _SPAN_OPENING.fullmatch(opening.group("date").strip())) is None:
        return None
    start, end = _date_alone(ends["start"].strip()), _date_alone(ends["end"].strip())
    if start is None or end is None or not start.value < end.value:
        return None
    return (start, end) if start in hit.passage.dates and end in hit.passage.dates else None
