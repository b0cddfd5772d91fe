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
    page_starts: tuple[int, ...] = ()
    """For a paged document (PDF): the offset in ``text`` where each page begins, page 1 first."""


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
    page: int | None = None
    """The page (from 1) the passage starts on, in a paged document such as a PDF."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a passage can be read: its document's title, link and date."""

    title: str
    url: str | None
    date: date | None
    path: str
    page: int | None = None
    """The page a passage is on, for a source seen from a passage of a paged document."""

    @property
    def page_url(self) -> str | None:
        """The url, pointing at the page (``#page=N``) when there is one; None without a url."""
        if self.url and self.page:
            return f"{self.url.split('#', 1)[0]}#page={self.page}"
        return self.url

    @property
    def link(self) -> str:
        """The url (at the page, when known) when the document has one, else its path in the corpus."""
        return self.page_url or self.path


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
