"""What an answer shows, decided once for every face: the terminal, Discord and JSON only style it.

The answer's date line, the words found nowhere, a name asked for that the best passages do not give, the match
count or why it is empty; per passage its heading, the question it answers, its quote as a reader sees it (hard
wraps joined, matches marked), its source and the other sources holding the same words. JSON ``text`` stays
verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from index import (
    CLOSERS,
    MONTHS,
    Answer,
    DatePrecision,
    Hit,
    Passage,
    PassageKind,
    Source,
    Span,
    StatedDate,
    day_written,
    joined_lines,
    sentence_spans,
    without_markup,
)

UNDATED = "undated"
NOTHING_FOUND = "Nothing found"
NO_WORDS = (
    "This question has no words to search for: only common words such as “when” or “what”. "
    "Ask about a person, a group, a place or an event, by name."
)
ONLY_MARKUP = (
    "This question holds only mentions or emoji, no words to search for. "
    "Ask about a person, a group, a place or an event, by name."
)
ONLY_PUNCTUATION = (
    "This question has no words to search for: only punctuation or symbols. "
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
    said_by: str | None
    """For a paragraph that says who speaks in it, ``said by Pavel Rusk (in the text)``: read from its words, not
    a transcript's label (``index.sayers``)."""
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
        """Speaker or sayer (when known), date, and the kind of passage when it is not plain."""
        return tuple(part for part in (self.speaker, self.said_by, self.date, self.kind) if part)


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
    within: tuple[int, int] | None = None
    """Of the passages matched, when all were ranked: reporters' questions shown with their answers, repeats
    shown under ``also in`` (``Answer.within``)."""

    @property
    def fewer_shown(self) -> str | None:
        """Why fewer passages are shown than matched, when every one that matched is shown (some within
        another): ``a reporter's question with its answer``; else None."""
        if self.within is None or not self.passages or len(self.passages) + sum(self.within) != self.matched:
            return None
        asked, repeats = self.within
        reasons = []
        if asked:
            one = asked == 1
            reasons.append("a reporter's question with its answer" if one else "reporters' questions with answers")
        if repeats:
            reasons.append("a repeat under “also in”" if repeats == 1 else "repeats under “also in”")
        return ", ".join(reasons) or None

    @property
    def missing_line(self) -> str | None:
        """``No passage contains: X, Y.`` beside passages that match, else None."""
        return f"No passage contains: {', '.join(self.missing)}." if self.missing and self.passages else None

    @property
    def unnamed_line(self) -> str | None:
        """``None of the best passages names the pilot.`` beside passages that match, else None."""
        return f"None of the best passages names {self.unnamed}." if self.unnamed and self.passages else None


def _no_words(question: str) -> str:
    """Why a question has nothing to search for: only common words, nothing but mentions and emoji (with
    punctuation or not), or nothing but punctuation and symbols (``???``)."""
    bare = without_markup(question)
    if any(ch.isalnum() for ch in bare):
        return NO_WORDS
    return ONLY_MARKUP if bare != question or any(_is_emoji(ch) for ch in bare) else ONLY_PUNCTUATION


def _is_emoji(ch: str) -> bool:
    """Whether ``ch`` is a pictograph, or one of the marks that join or shade them (not ``#``, ``©`` or ``→``)."""
    return ord(ch) >= 0x1F000 or 0x2600 <= ord(ch) <= 0x27BF or ch in "\u200d\ufe0f" or 0x2B00 <= ord(ch) <= 0x2BFF


def answer_view(answer: Answer) -> AnswerView:
    """What ``answer`` shows."""
    empty = None if answer.hits else _no_match(answer.missing) if answer.terms else _no_words(answer.question)
    passages = tuple(passage_view(hit, rank) for rank, hit in enumerate(answer.hits, start=1))
    return AnswerView(
        answer.question.strip(),
        answer.matched,
        answer.date_line,
        answer.missing,
        passages,
        empty,
        answer.unnamed,
        answer.within,
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
    said_by = f"said by {passage.sayer_name} ({STATED_MARK})" if passage.sayer and not passage.speaker else None
    return PassageView(
        rank, passage.speaker, said_by, date, kind, passage.section, answering, marked, hit.source, hit.also_in
    )


ELIDED = "…"
"""What stands for the sentences of a question left out where it is shortened."""


def answered_part(question: Marked, fits: Callable[[Marked], bool]) -> Marked:
    """The question an answer turn answers, as shown in a face's room (``fits``): whole when it fits; else the
    part the answer answers, whole sentences with ``…`` for those left out: its last question (the last sentence
    ending in ``?``, else its last sentence), then, as long as they fit, the sentences holding words that matched,
    then its other questions, then the rest, nearest the end first. When even the last question does not fit, it
    is returned (after ``…`` when sentences before it are left out) for the face to cut on a word."""
    if fits(question):
        return question
    spans = sentence_spans(question.text, lines=False)
    if len(spans) < 2:
        return question
    asks = [question.text[a:b].rstrip(CLOSERS).endswith("?") for a, b in spans]
    last = max((n for n, asking in enumerate(asks) if asking), default=len(spans) - 1)
    marked = [any(a < end and start < b for start, end in question.marks) for a, b in spans]
    others = sorted((n for n in range(len(spans)) if n != last), key=lambda n: (marked[n], asks[n], n), reverse=True)
    kept = {last}
    for n in others:
        if fits(_sentences(question, spans, kept | {n})):
            kept.add(n)
    return _sentences(question, spans, kept)


def _sentences(question: Marked, spans: list[tuple[int, int]], kept: set[int]) -> Marked:
    """The ``kept`` sentences (indexes of ``spans``) of ``question`` in order, ``…`` where others are left out,
    with their marks."""
    text = ""
    marks: list[Span] = []
    for n, (start, end) in enumerate(spans):
        if n not in kept:
            if not text.endswith(ELIDED):
                text += f" {ELIDED}" if text else ELIDED
            continue
        text += " " if text else ""
        at = len(text) - start
        marks.extend((a + at, b + at) for a, b in question.marks if start <= a and b <= end)
        text += question.text[start:end]
    return Marked(text, tuple(marks))


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
STATED_MARK = "in the text"
"""What follows a date taken from a passage's words rather than from its document."""
_OPENING = re.compile(r"\s*[*_]*(?:[A-Z][A-Z .'’-]+,\s*)?(?P<date>[^:—–\n]{4,40}?)[*_]*\s*(?::|\s[—–-])")
"""A passage's first words up to a colon or a dash, after a dateline's place (``ARDEN FALLS, ``)."""
_MONTH_YEAR = re.compile(r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{4})")
_YEAR = re.compile(r"(?P<year>1[89]\d\d|2\d\d\d)")


def display_text(passage: Passage) -> str:
    """The passage's text for a reader: hard-wrapped lines joined, a tweet as posted (its timestamp below it)."""
    return passage.text if passage.kind is PassageKind.TWEET else joined_lines(passage.text)


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
