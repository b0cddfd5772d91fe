"""What an answer shows, decided once for every face: the terminal, Discord and JSON only style it.

``answer_view`` turns an Answer into the lines and parts a reader sees: the derived date line that leads a
"when" answer, the note on words found nowhere, how many passages matched, or, for an empty answer, its title
and why; and for each passage its heading (speaker, date or ``undated``, a date taken from its words marked
as such, tweet or quote, section), the question it answers, its quote with the matched words to mark, and
its citations (its own, then every other source that holds the same words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.render.passage_display import date_label, display_text
from index.models import Answer, Hit, Source, Span

UNDATED = "undated"
NOTHING_FOUND = "Nothing found"
NO_WORDS = (
    "This question has no words to search for: only common words such as “when” or “what”. "
    "Ask about a person, a group, a place or an event, by name."
)
NO_MATCH = (
    "No passage in the corpus matches this question. Try rephrasing it with other words: the name of a person, "
    "a group or a place, or the event as a newspaper would call it."
)
_KINDS_SHOWN = ("tweet", "quote")
_URL_LIMIT = 2000
_WEB_URL = re.compile(r"^https?://[^\s<>]+$")


@dataclass(frozen=True, slots=True)
class Marked:
    """A text with the spans of the words to mark in it (the words that matched the question)."""

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
            marks = tuple((a - start, b - start) for a, b in self.marks if start <= a and b <= end)
            out.append(Marked(line, marks))
            start = end + 1
        return out

    def shown_as(self, shown: str) -> Marked:
        """The marks that still stand in ``shown``, a start of the text (cut, an ellipsis added)."""
        return Marked(shown, tuple((a, b) for a, b in self.marks if shown[a:b] == self.text[a:b] and b <= len(shown)))


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a passage can be read: the document's title, page, date and link."""

    title: str
    page: int | None
    date: str | None
    """The document's date (YYYY-MM-DD), or None."""
    link: str
    """Its web address (at the page, for a PDF) or, without one, its path in the corpus."""
    path: str
    web_link: str | None
    """The web address (http or https), or None when the document has none (a file on the server)."""


@dataclass(frozen=True, slots=True)
class PassageView:
    """One passage as shown: heading parts, the question it answers, the quote, the citations."""

    rank: int
    speaker: str | None
    date: str
    """``2016-10-03``, ``March 2016 (in the text)`` for a date only its words give, or ``undated``."""
    kind: str | None
    """``tweet`` or ``quote`` for a passage of that kind, else None."""
    section: str | None
    answering: Marked | None
    """The question an answer turn answers, on one line, or None."""
    quote: Marked
    """The passage's words as a reader sees them (hard-wrapped lines joined), verbatim otherwise."""
    source: Citation
    also_in: tuple[Citation, ...]

    @property
    def heading(self) -> tuple[str, ...]:
        """The heading's parts: speaker (when known), date, and the kind of passage when it is not plain."""
        return tuple(part for part in (self.speaker, self.date, self.kind) if part)


@dataclass(frozen=True, slots=True)
class AnswerView:
    """An answer as shown: what leads it, then its passages; or, when it has none, why."""

    question: str
    """The question as asked, stripped."""
    matched: int
    date_line: str | None
    """The derived line naming the date a "when" question's passages give, or None."""
    missing: tuple[str, ...]
    """Words of the question that no passage contains (named only beside passages that match)."""
    passages: tuple[PassageView, ...]
    empty: str | None
    """Why the answer has no passages (``NO_WORDS`` or ``NO_MATCH``), or None when it has some."""

    @property
    def missing_line(self) -> str | None:
        """``No passage contains: X, Y.``, or None."""
        return f"No passage contains: {', '.join(self.missing)}." if self.missing and self.passages else None


def answer_view(answer: Answer) -> AnswerView:
    """What ``answer`` shows."""
    empty = None if answer.hits else NO_MATCH if answer.terms else NO_WORDS
    passages = tuple(passage_view(hit, rank) for rank, hit in enumerate(answer.hits, start=1))
    return AnswerView(answer.question.strip(), answer.matched, answer.date_line, answer.missing, passages, empty)


def passage_view(hit: Hit, rank: int) -> PassageView:
    """What the passage of ``hit``, ranked ``rank``, shows."""
    passage = hit.passage
    kind = passage.kind.value if passage.kind.value in _KINDS_SHOWN else None
    answering = None
    if passage.context:
        answering = Marked(" ".join(passage.context.split()))
        answering = Marked(answering.text, carried(hit.marks.context, passage.context, answering.text))
    quote = display_text(passage)
    return PassageView(
        rank,
        passage.speaker or None,
        date_label(hit) or UNDATED,
        kind,
        passage.section or None,
        answering,
        Marked(quote, carried(hit.marks.text, passage.text, quote)),
        citation(hit.source),
        tuple(citation(source) for source in hit.also_in),
    )


def citation(source: Source) -> Citation:
    """How ``source`` is cited."""
    date = source.date.isoformat() if source.date else None
    web = source.page_url if _is_web_url(source.url) and _is_web_url(source.page_url) else None
    return Citation(source.title, source.page, date, source.link, source.path, web)


def _is_web_url(url: str | None) -> bool:
    return bool(url) and len(url) <= _URL_LIMIT and _WEB_URL.match(url) is not None


def counted(number: int, noun: str) -> str:
    """``1 passage``, ``1,234 passages``."""
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def carried(marks: tuple[Span, ...], text: str, shown: str) -> tuple[Span, ...]:
    """``marks`` of ``text`` moved onto ``shown``, the same text with only its white space changed (line
    breaks joined, runs of spaces made one): a mark starts and ends on the same non-space characters."""
    if not marks or text == shown:
        return marks
    places = [n for n, char in enumerate(shown) if not char.isspace()]
    before = [0] * (len(text) + 1)
    for n, char in enumerate(text):
        before[n + 1] = before[n] + (not char.isspace())
    if before[-1] != len(places):
        return ()
    return tuple((places[before[a]], places[before[b] - 1] + 1) for a, b in marks if before[b] > before[a])
