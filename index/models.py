"""The plain data that crosses module boundaries: documents, passages, hits and answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class DocumentKind(StrEnum):
    """How a document is laid out, which decides how it is split into passages."""

    TRANSCRIPT = "transcript"
    ARTICLE = "article"


class PassageKind(StrEnum):
    """What a passage is, as a reader would name it."""

    TURN = "turn"
    PARAGRAPH = "paragraph"
    TWEET = "tweet"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus file after reading: its body text and the metadata that cites it."""

    path: str
    """Path inside the corpus folder, with forward slashes."""
    title: str
    url: str | None
    date: date | None
    kind: DocumentKind | None
    """The layout named by the file's front matter; None lets the splitter decide."""
    text: str
    """The body, front matter removed. Passage offsets point into this string."""
    skip_lines: tuple[int, ...] = ()
    """Line numbers (0-based, in ``text``) that are not content, such as a title line."""


@dataclass(frozen=True, slots=True)
class Passage:
    """A piece of a document that a reader can quote: a speaker turn, a paragraph, a tweet or a quotation."""

    doc: int
    """Index of the document in the index's document list."""
    position: int
    """Order of the passage within its document, from 0."""
    kind: PassageKind
    text: str
    """The passage's words exactly as the document has them."""
    start: int
    """Character offset of ``text`` in the document body."""
    speaker: str | None = None
    """The speaker label as written (``MR TONER``) or a tweet's account name."""
    context: str | None = None
    """For an answer turn: the question turn it answers, verbatim."""
    date: date | None = None
    """A date the passage itself carries (a tweet's timestamp); None means the document's date."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a passage can be read: its document's title, link and date."""

    title: str
    url: str | None
    date: date | None
    path: str

    @property
    def link(self) -> str:
        """The url when the document has one, else its path in the corpus."""
        return self.url or self.path


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked passage in an answer, with its source and any other places the same words appear."""

    passage_id: int
    passage: Passage
    source: Source
    score: float
    also_in: tuple[Source, ...] = ()

    @property
    def date(self) -> date | None:
        """The passage's own date, else its document's."""
        return self.passage.date or self.source.date


@dataclass(frozen=True, slots=True)
class Answer:
    """The result of a question: the best passages, best first."""

    question: str
    hits: tuple[Hit, ...]
    matched: int
    """How many passages matched at least one word of the question."""
    terms: frozenset[str] = field(default_factory=frozenset)
    """The analysed query terms, used to mark matched words."""
