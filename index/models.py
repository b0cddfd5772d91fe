"""The plain data that crosses module boundaries: documents, passages, hits and answers."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from index.chat import ChatMessage

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
"""The English month names, lowercase: dates are read and labelled in English whatever the locale."""


class DocumentKind(StrEnum):
    """How a document is laid out, which decides how it is split into passages."""

    TRANSCRIPT = "transcript"
    ARTICLE = "article"


class DatePrecision(StrEnum):
    """How much of a date a text gives: a day, only a month, or only a year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_ISO_LENGTH = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7, DatePrecision.DAY: 10}
"""How much of an ISO 8601 date each precision keeps: ``2016``, ``2016-10``, ``2016-10-03``."""


@dataclass(frozen=True, slots=True, order=True)
class StatedDate:
    """A date a passage states or implies; a month or a year alone is held as its first day."""

    value: date
    precision: DatePrecision = DatePrecision.DAY

    @property
    def iso(self) -> str:
        """ISO 8601 at the stated precision: ``2016-10-03``, ``2016-03`` or ``2016``."""
        return self.value.isoformat()[: _ISO_LENGTH[self.precision]]

    @property
    def label(self) -> str:
        """The date for a reader: ``3 Oct 2016``, ``March 2016`` or ``2016``."""
        day, month, year = self.value.day, MONTH_NAMES[self.value.month - 1].capitalize(), self.value.year
        labels = {DatePrecision.YEAR: f"{year}", DatePrecision.MONTH: f"{month} {year}"}
        return labels.get(self.precision, f"{day} {month[:3]} {year}")

    @classmethod
    def from_iso(cls, text: str) -> StatedDate:
        """Read back ``iso``; raises ValueError for anything else."""
        precision = next((key for key, length in _ISO_LENGTH.items() if length == len(text)), DatePrecision.DAY)
        return cls(date.fromisoformat(text + "-01-01"[_ISO_LENGTH[precision] - 4 :]), precision)  # the first day


class PassageKind(StrEnum):
    """What a passage is, as a reader would name it."""

    TURN = "turn"
    PARAGRAPH = "paragraph"
    TWEET = "tweet"
    QUOTE = "quote"


EntryDays = tuple[tuple[int, date | None], ...]
"""(line, day) for each line opening a live page's entry; None: the document's day."""


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
    warnings: tuple[str, ...] = ()
    """What a person should know about how the file was read (an encoding that had to be guessed)."""
    date_source: str | None = None
    """Where ``date`` came from (front matter, sidecar, html meta, html header, text header, title or file name,
    most trusted first); None when there is no date."""
    sections: tuple[tuple[int, str], ...] = ()
    """(line, heading) for the headings that open sections of a transcript (a UN noon briefing's topics)."""
    narrator: str | None = None
    """Who speaks in a transcript's lines that no label opens (the spokesperson its header names)."""
    roles: tuple[tuple[str, str], ...] = ()
    """(role, name) for spokespeople the header names: a ``Spokesman:`` label is that person."""
    people: tuple[str, ...] = ()
    """The people the header names with their titles (``Governor Hana Lindqvist``): a label by a title and a
    surname (``GOVERNOR LINDQVIST``) is shown by that person's name."""
    messages: tuple[tuple[int, ChatMessage], ...] = ()
    """(line, message) for each message line of a chat export (``index.chat``); empty for any other text."""
    turns: tuple[tuple[int, str, int], ...] = ()
    """(line, speaker, where its words start) for the lines its reader found to open a turn by the layout (``Q.`` and
    ``A.`` of a numbered transcript, a subtitle's voices: ``index.readers.numbered``); an empty speaker names nobody."""
    leads: tuple[tuple[int, int], ...] = ()
    """(line, lead line) for lines read under another as its reader found them: a table's row under its header row,
    a list's item under the sentence that leads into it (``The council agreed to:``)."""
    askers: tuple[str, ...] = ()
    """Speakers its reader found to put the questions by the layout (a forum's commenters: ``index.readers.forum``)."""
    days: EntryDays = ()
    """(line, day) for each line opening a live page's entry (``index.readers.live``): a passage opens there, and
    the passages to the next entry are of that day (None: the document's)."""


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
    section: str | None = None
    """The heading of the part of the document the passage is in (a UN noon briefing's topic), if any."""
    dates: tuple[StatedDate, ...] = ()
    """The dates the passage's words state or imply (``3 Oct 2016``, ``since March this year``, ``Friday``),
    in the order they appear, relative ones resolved against the passage's or its document's date."""
    sayer: str | None = None
    """For an article's paragraph, the person its words say is speaking (``Pavel Rusk, the port's director``), read
    from the text (``index.sayers``); never a transcript's speaker."""

    @property
    def sayer_name(self) -> str | None:
        """The sayer's name without the post the text gives it (``Pavel Rusk``); None without a sayer."""
        return self.sayer.split(",")[0] if self.sayer else None

    @property
    def shown_text(self) -> str:
        """The passage as a reader sees it: an answer turn comes after the question it answers."""
        return f"{self.context}\n{self.text}" if self.context else self.text

    def dated(self, when: datetime.date | None, dates: tuple[StatedDate, ...]) -> Passage:
        """The passage with ``date`` and ``dates`` set: ``dataclasses.replace(self, date=when, dates=dates)``, made
        directly (a build dates every passage, and ``replace`` costs twice as much). Every field is passed on."""
        return Passage(
            self.doc, self.position, self.kind, self.text, self.start, self.speaker, self.context, when, self.page,
            self.section, dates, self.sayer,
        )


@dataclass(frozen=True, slots=True)
class Source:
    """Where a passage can be read: its document's title, link and date."""

    title: str
    url: str | None
    date: date | None
    path: str
    page: int | None = None
    """The page a passage is on, for a source seen from a passage of a paged document."""
    date_source: str | None = None
    """Where the document's date came from (as ``Document.date_source``), when it has one."""

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
class Ranking:
    """Why a passage ranked where it did: its place among the passages found by words (BM25) and by meaning,
    its similarity in meaning to the question, and the score the two were fused into."""

    bm25_rank: int | None
    """1 for the best BM25 score; None when its words did not place it among the candidates."""
    meaning_rank: int | None
    """1 for the passage nearest the question in meaning; None when not among the nearest."""
    similarity: float
    """Cosine similarity of its meaning vector to the question's."""
    fused: float
    """The score it was ranked by."""


Span = tuple[int, int]
"""Where a run of characters starts and ends in a text (``text[start:end]``)."""


@dataclass(frozen=True, slots=True)
class Marks:
    """What to mark in a passage shown: the spans of the words that matched the question, in order, without
    overlaps, in its ``text`` and in its ``context`` (the question an answer turn answers)."""

    text: tuple[Span, ...] = ()
    context: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked passage in an answer, with its source and any other places the same words appear."""

    passage_id: int
    passage: Passage
    source: Source
    score: float
    """The passage's BM25 score (0 when only its meaning found it)."""
    also_in: tuple[Source, ...] = ()
    ranking: Ranking | None = None
    """What placed it: its ranks by words and by meaning and the fused score (None without a meaning layer)."""
    marks: Marks = Marks()
    """The words that matched the question, to mark where the passage is shown (``index.marks``)."""
    short: bool = False
    """Whether it was ranked lower as a short passage (a headline, a bullet, a byline: ``index.rerank.is_short``)."""
    by_speaker: bool = False
    """Whether its speaker holds a word of the question (``Drummond`` for ``CAPT. DRUMMOND``): the speaker field
    (``index.speaker_field``) counted in its score."""

    @property
    def date(self) -> date | None:
        """The passage's own date, else its document's."""
        return self.passage.date or self.source.date

    @property
    def dates(self) -> tuple[StatedDate, ...]:
        """Every date of the passage, earliest first, at the precision written (``the autumn of 2026`` is
        ``2026``): those its words give, its own and its document's."""
        found = set(self.passage.dates)
        found.update(StatedDate(d) for d in (self.passage.date, self.source.date) if d is not None)
        return tuple(sorted(found))


@dataclass(frozen=True, slots=True)
class DateAnswer:
    """The date a "when" question's answer names, derived from a quoted passage, never written freely."""

    label: str
    """``Latest date found``, ``Earliest date found`` or ``Date found``."""
    date: StatedDate
    passage_id: int
    """The passage whose words give the date; it is the answer's first hit."""
    source: Source

    @property
    def line(self) -> str:
        """One line for a reader: ``Latest date found: 3 Oct 2016, in <title>``."""
        return f"{self.label}: {self.date.label}, in {self.source.title}"


@dataclass(frozen=True, slots=True)
class Answer:
    """The result of a question: the best passages, best first."""

    question: str
    hits: tuple[Hit, ...]
    matched: int
    """How many passages matched at least one word of the question."""
    terms: frozenset[str] = field(default_factory=frozenset)
    """The terms the hits' marks were found with (``index.marks``): the question's own and, for a name
    with aliases, every name of its group (a term with spaces is a phrase)."""
    date_answer: DateAnswer | None = None
    """For a "when" question, the date its passages give (None when they give none)."""
    missing: tuple[str, ...] = ()
    """Words of the question, as asked, that no passage contains."""
    unnamed: str | None = None
    """For a question asking someone's name, the person asked about (``the P-8 pilot``) when none of the best
    passages gives a name for them (``index.names_asked``), else None."""
    within: tuple[int, int] | None = None
    """When every passage that matched was ranked: how many of them are shown within another passage, as
    (reporters' questions shown with the turn that answers them, near repeats shown under ``also in``); None when
    more passages matched than were ranked."""

    @property
    def date_line(self) -> str | None:
        """The derived line that leads a "when" answer, or None."""
        return self.date_answer.line if self.date_answer else None
