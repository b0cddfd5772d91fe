"""Split a document into passages a reader can quote.

Transcripts give a passage per speaker turn; articles one per paragraph, pasted tweet or block quotation (turns
inside them are turns too). Text is the document's own lines; only markup that is not text is left out.
Overlong passages are cut into windows on sentence bounds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import groupby

from index.dates import day_written, written_days
from index.models import Document, DocumentKind, Passage, PassageKind
from index.sentences import sentence_spans
from index.speakers import (
    DASHES,
    Label,
    asks,
    caption_turns,
    columnist,
    field_verb,
    find_labels,
    goes_on_quoting,
    has_title,
    headed_speaker,
    honorific_sex,
    introduced_sayer,
    is_host,
    is_questioner,
    is_role,
    keyed_turns,
    label_at_start,
    labels_alone,
    left_open,
    mostly_labelled,
    questioners,
    quoted_sayer,
    role_key,
    starts_with_label,
    surname,
    titled_person,
    unspoken_names,
    written_by,
)

MAX_PASSAGE_CHARS = 1200
"""Longer passages are cut into windows of at most this many characters, on sentence bounds."""

_ELISION_LINE = re.compile(r"^[\[(]?\s*(?:…|\.\s?\.\s?\.)\s*[\])]?$")
BRACKETED_LINE = re.compile(r"^\s*\[[^\]]*\]\s*$")
"""A line in square brackets: an editor's note (``[Inaudible]``), a subtitle's sound (``[MUSIC]``), a passage of its
own."""
_TIMESTAMP_LINE = re.compile(r"^\s*\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*[–—\-·|]\s*(?P<day>\S.*?)\s*$")
"""A tweet's time, then its day (read by ``index.dates``): ``10:17 AM – 3 Oct 2016``."""
_TWEET_HEADER = re.compile(r"^(?P<name>[^@\n]{2,60}?)\s*(?:Verified account)?\s*@\w")
_LIST_ITEM = re.compile(r"^\s*[-*+]\s+(?=\S)")
_SUBHEADING = re.compile(r"^\s{0,3}#{2,6}\s+(?P<words>\S.*?)(?:\s+#+)?\s*$")
"""A Markdown subheading: ``## Funding``."""
_QUESTION_HEADING = re.compile(r"^(?=[A-Z])(?:[^\s.!?:;\"“”]+ ){1,9}[^\s.!?:;\"“”]+\?$")
"""A question set as a subhead: ten words at most, no quotation, no label (``What should I do?``)."""
_QUESTION_HEADS_CHARS = 60
"""How long the paragraph right under a question must be for the question to head it."""
_CAPITALS_HEADING = re.compile(r"^(?=(?:.*[A-Z]){3})[A-Z0-9][A-Z0-9&'’/,()-]*(?: [A-Z0-9&'’/,()-]+){0,5}\??$")
"""A short line in capitals (``FUNDING``, ``48-HOUR OUTLOOK``, a factbox's ``WHAT HAPPENED?``) that ends with no
stop, colon or dash."""
_FACT_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Z0-9 ,/()-]{0,40}[A-Z0-9)]\.{3}(?=\S)|\.{3}[A-Z][A-Z0-9 ,.'/()-]{3,200}\.{3}\s*$)"
)
"""A bulletin's summary line, its name in capitals, three dots, its value: ``LOCATION...25.1N 80.3W``,
``MAXIMUM SUSTAINED WINDS...85 MPH...140 KM/H``, or its headline between dots (``...PETRA NEARS THE KEYS...``);
each a passage of its own."""
_TABLE_RULE = re.compile(
    r"^\s*(?:(?:\|[ \t]*)?:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*(?:[ \t]*\|)?|[-=]{3,}(?:\s+[-=]{3,})*)\s*$"
)
"""A rule under a table's header row: ``|---|:--:|`` (Markdown), ``------  -----`` (columns of spaces). (Each run of
spaces can be matched one way only: a long line of spaces takes linear time.)"""
_CELL = re.compile(r"\S+(?: \S+)*")
"""A cell of a row set out in columns of spaces: words parted by single spaces (two or more part the cells)."""
_ALIGNED = 1
"""How far (in characters) a column's cells may start, or end, apart and still be one column."""
_HARD_WRAP_WIDTH = 100
_MAX_QUESTION_PARTS = 4
_INTERJECTION = re.compile(
    r"^(?i:yeah|yes|yep|right|okay|ok|sure|well|no|uh-huh|mm-hmm|mhm|go ahead|please|all right|alright|i --|i —|"
    r"so|and|but|look|sorry|hmm|oh|thanks|thank you)[\s.,!?…—–-]*$"
)
"""A word from the podium that answers nothing: ``Yeah.``, ``Right.``, ``Okay.``, ``I --``."""

_PLEASANTRY = re.compile(
    r"^(?i:thanks?|thank you|hi|hello|hey|good (?:morning|afternoon|evening)|happy \w+|okay|ok|all right|alright|"
    r"great|got it|understood|fair enough|sure|yes|yeah|right)"
    r"(?:[,\s]+(?i:(?:very|so) much|again|all|everyone|everybody|sir|ma['’]am|(?-i:[A-Z][\w.'’-]*)))*[\s.!…]*$"
)
"""A reporter's turn that asks nothing: thanks or a greeting, perhaps with a name (``Thank you, Ned.``, ``Happy
Wednesday.``, ``Okay.``): no question for the next turn to answer."""


@dataclass
class _Unit:
    """A passage being assembled: its kind, speaker and the (start, end) ranges of its text."""

    kind: PassageKind
    spans: list[tuple[int, int]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    speaker: str | None = None
    when: date | None = None
    section: str | None = None
    led: bool = False
    """A table's row read with its header row, a list's item with its lead-in: a passage of its own."""
    message: bool = False
    """A chat export's message: its author's turn, of its own day, that answers no question and asks none."""
    over: bool = False
    """In an article, a turn opened by a label alone on its line that the text repeats (``Minister of Ports (Ann
    Lee)``): it holds the lines right under the label, to the next blank line."""


@dataclass
class _Line:
    number: int
    """The line's index in the document, and in the list of its lines."""
    start: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_document(doc: Document, doc_index: int = 0) -> list[Passage]:
    """Split ``doc`` into passages in reading order, numbered from 0, each tagged with ``doc_index``."""
    lines = _lines(doc)
    # A document of no given kind is a transcript when its lines mostly open with speaker labels.
    labelled = doc.kind is None and mostly_labelled(line.text for line in lines if line.stripped)
    transcript = doc.kind is DocumentKind.TRANSCRIPT or labelled
    units = _Assembler(doc, lines, transcript).run()
    if not transcript:
        _name_writers(doc.text, units)
        _name_sayers(doc.text, units)
        _name_remarker(doc.title, units)
    _name_speakers(units, doc.roles, doc.people)
    passages = _to_passages(doc.text, units, doc_index, frozenset(doc.askers))
    if doc.page_starts:
        passages = [replace(p, page=bisect_right(doc.page_starts, p.start)) for p in passages]
    return passages


def _name_remarker(title: str, units: list[_Unit]) -> None:
    """An article whose title gives its words to one person (``Remarks by Minister Ann Lee at …``, ``Statement by
    …``) and holds no turn: its paragraphs no quotation gives to another are that person's."""
    if any(unit.kind is PassageKind.TURN for unit in units) or (who := headed_speaker(title)) is None:
        return
    for unit in units:
        if unit.kind is PassageKind.PARAGRAPH and unit.speaker is None:
            unit.speaker = who


def _name_writers(body: str, units: list[_Unit]) -> None:
    """An article's paragraphs under a parliament's field naming who wrote them (``Made by: Name (Role)`` over a
    written statement), to the next such field, are that member's: its sentences, not a line of the page's under
    them (``Share this specific statement``), nor the field itself. Under an ``Asked by:`` field that no
    ``Answered by:`` follows (a paper's letters page), the asker's words end with their question (the first paragraph
    that asks, else their first): the reply under it is the paper's, or the columnist's its byline names."""
    lines = body.split("\n")
    fields = [(number, who) for number, line in enumerate(lines) if (who := written_by(line))]
    if not fields:
        return
    starts = [number for number, _ in fields]
    verbs = [field_verb(lines[number]) for number in starts]
    writer = columnist(lines)
    asked: dict[int, bool] = {}  # by field: the asker's question has ended
    under: list[tuple[_Unit, int, str]] = []
    for unit in units:
        at = bisect_left(starts, unit.lines[0]) - 1 if unit.lines else -1
        if at < 0 or unit.kind is not PassageKind.PARAGRAPH or unit.speaker is not None:
            continue
        text = _unit_text(body, unit)[0].rstrip()
        if text[-1:] in _SENTENCE_CLOSE:
            under.append((unit, at, text))
    # A letter with no question mark in it asks in its first paragraph; one with a question ends with the first
    # paragraph that asks (``… Who pays for them?``, ``Can I cut them? I would rather not upset him.``).
    questioning = {at for _, at, text in under if "?" in text}
    for unit, at, text in under:
        replied = verbs[at] == "asked" and (at + 1 == len(verbs) or verbs[at + 1] != "answered")
        if replied and asked.get(at):
            unit.speaker = writer  # the reply to a reader's letter
            continue
        unit.speaker = fields[at][1]
        if replied and ("?" in text or at not in questioning):
            asked[at] = True


_CLOSING_MARKS = "\"'”’»)]"


_SENTENCE_CLOSE = frozenset(".?!…;:\"”’)")


def _name_sayers(body: str, units: list[_Unit]) -> None:
    """An article's paragraph quoting one person it names is that person's; so is each paragraph of a quotation
    running over several (an opening mark on each, the closing one on the last) when they name one sayer."""
    quoting = [unit.kind is PassageKind.PARAGRAPH and unit.speaker is None for unit in units]
    texts = [_unit_text(body, unit)[0] if quotes else "" for unit, quotes in zip(units, quoting, strict=True)]
    for unit, text, quotes in zip(units, texts, quoting, strict=True):
        unit.speaker = quoted_sayer(text) if quotes else unit.speaker
    start = 0
    while start < len(units):
        end = start + 1  # the paragraphs start … end - 1: one quotation, left open at each but the last
        while quoting[end - 1] and left_open(texts[end - 1]) and end < len(units) and quoting[end]:
            if not goes_on_quoting(texts[end]):
                break
            end += 1
        sayers = {unit.speaker for unit in units[start:end]}
        if end - start > 1 and len(sayers - {None}) == 1:
            for unit in units[start:end]:
                unit.speaker = (sayers - {None}).pop()
        start = end
    for at, text in enumerate(texts):  # ``Name, role, said:`` over paragraphs that are only quotation: that sayer's
        who = introduced_sayer(text) if quoting[at] else None
        after = at + 1
        while who and after < len(units) and quoting[after] and units[after].speaker is None and (
            goes_on_quoting(texts[after])
        ):
            units[after].speaker = who
            after += 1


def tweet_date(line: str) -> date | None:
    """The date of a tweet timestamp line such as ``10:17 AM – 3 Oct 2016``, or None if it is not one."""
    match = _TIMESTAMP_LINE.match(line)
    return day_written(match["day"]) if match else None


def _lines(doc: Document) -> list[_Line]:
    skip = set(doc.skip_lines)
    markdown = doc.path.lower().endswith(".md")
    lines: list[_Line] = []
    offset = 0
    for number, text in enumerate(doc.text.split("\n")):
        hidden = number in skip or (markdown and text.lstrip().startswith("#"))
        lines.append(_Line(number, offset, "" if hidden else text))
        offset += len(text) + 1
    return lines


_NOTE_LABELS = frozenset({"Q", "A", "WARNING", "ALERT", "NOTICE", "ADVISORY", "DISCLAIMER", "REMINDER", "NB"})
"""One-word labels that, alone in an article, open a note or a question answered in its own line, not a turn."""


def _lone_labels(lines: list[_Line], wrapped: bool, transcript: bool = False) -> set[int]:
    """Lines of an article opening with a one-word label when no paragraph beside theirs opens with one
    (``WARNING: Ferries will …``, ``CAUTION: …``, ``Q: … A: …`` on one line): a note, or a question answered in the
    same line; a turn answers or is answered. So is one of words in capitals alone (a dateline: ``NEW DELHI:``). A
    name quoted alone stays a turn when it has a title (``COL. MARSH:``) or labels another paragraph of the text too
    (``KIRBY:``), unless it is a note's word. Words in capitals each used once, none twice, are a bulletin's headings
    (``STORM SURGE: …``, ``RAINFALL: …``), in a text taken for a transcript too when none has a title or a part."""
    firsts = [  # the first line of each paragraph
        line for line in lines if line.stripped and not (wrapped and line.number and lines[line.number - 1].stripped)
    ]
    heads = [None, *(label_at_start(line.text) for line in firsts), None]
    uses = Counter((head.speaker or "A").upper() for head in heads if head)
    headings = max(uses.values(), default=0) < 2 and not any(head and has_title(head.speaker) for head in heads)
    if transcript:  # (a record's members alone on their lines, no colon, are no headings)
        colons = all(firsts[n - 1].text[: h.text_start].rstrip().endswith(":") for n, h in enumerate(heads) if h)
        return {line.number for n, line in enumerate(firsts, 1) if headings and colons and heads[n]}
    return {
        line.number
        for n, line in enumerate(firsts, 1)
        if (head := heads[n])
        and (headings or not (heads[n - 1] or heads[n + 1]))
        and ((word := (head.speaker or "A").upper()) in _NOTE_LABELS  # ``A:`` names nobody
             or (uses[word] == 1 and (len(word.split()) == 1 or not has_title(head.speaker))))
    }


def _subheadings(doc: Document, lines: list[_Line], wrapped: bool) -> dict[int, str]:
    """An article's subheadings by line, each heading the passages under it: ``## Funding`` in Markdown, a short
    line in capitals alone over a paragraph that does not go on its sentence in lower case (``FUNDING``), no
    speaker's label, a short question right over its paragraph (``_question_over_paragraph``); under a blank line,
    or, one word alone, under a finished sentence where each line is a paragraph (not ``wrapped``: ``… by a third.`` /
    ``FINDINGS``; ``MAYOR OKAFOR`` there may be a name over its words)."""
    raw = doc.text.split("\n")
    found: dict[int, str] = {}
    alone = labels_alone([line.text for line in lines])
    for line in lines:
        above = lines[line.number - 1].stripped if line.number else ""
        finished = not wrapped and above.endswith((".", "!", "?", ".”", '."', "?”", '?"'))
        above = "" if finished and " " not in line.stripped and not has_title(line.stripped) else above
        below = next((later.stripped for later in lines[line.number + 1 : line.number + 3] if later.stripped), "")
        if doc.path.lower().endswith(".md") and (heading := _SUBHEADING.match(raw[line.number])):
            found[line.number] = heading["words"]
        elif (
            _CAPITALS_HEADING.match(line.stripped) and not above and below and not _CAPITALS_HEADING.match(below)
            and not below[0].islower()  # (``NO ENTRY SIGNS WERE IGNORED`` / ``by three drivers``: one sentence)
            and line.number not in alone and not starts_with_label(line.text)
        ) or (_question_over_paragraph(lines, line.number) and line.number not in alone):
            found[line.number] = line.stripped
    return found


def _question_over_paragraph(lines: list[_Line], number: int) -> bool:
    """Whether a line is a question set as a subhead right over its paragraph, no blank line between (``What should
    I do?`` / ``Stop using the kettle …``): a blank line over it, and under it a long line ending a sentence, not
    going on in lower case, no label's."""
    line = lines[number]
    if not _QUESTION_HEADING.match(line.stripped) or number + 1 >= len(lines):
        return False
    if number and lines[number - 1].stripped:
        return False
    under = lines[number + 1]
    return (
        len(under.stripped) >= _QUESTION_HEADS_CHARS and under.stripped.rstrip("\"”’')")[-1:] in (".", "!", "…")
        and not under.stripped[0].islower()  # (``WHO PAYS?`` / ``asked a sign …``: one sentence)
        and not starts_with_label(under.text) and not starts_with_label(line.text)
    )


def _heading_day(heading: str) -> date | None:
    """The one day a heading writes out in full (``UPDATE 2 – August 12, 2026, 9:30 PM``), else None."""
    days = written_days(heading)
    return days[0][2] if len(days) == 1 else None


def _table_lines(lines: list[_Line]) -> dict[int, tuple[int, ...]]:
    """The rows of the tables set out in text, each with its header row."""
    leads: dict[int, tuple[int, ...]] = {}
    for filled, run in groupby(lines, key=lambda line: bool(line.stripped)):
        leads.update(_table_rows(list(run)) if filled else {})
    return leads


def laid_out_lines(texts: Sequence[str]) -> set[int]:
    """The lines of the tables set out in text (``Region | Deaths``, columns of spaces), their header rows and rows,
    and a bulletin's summary lines (``LOCATION...25.1N 80.3W``): the text's, though no sentences. The rule under a
    header row (``| --- |``) is kept with them: it joins the header to its rows."""
    lines = [_Line(number, 0, text) for number, text in enumerate(texts)]
    found = {line.number for line in lines if _FACT_LINE.match(line.text)}
    for row, (header,) in _table_lines(lines).items():
        found.update((row, header))
        found.update(n for n in range(header + 1, row) if _TABLE_RULE.match(texts[n]))
    return found


def _table_rows(run: list[_Line]) -> dict[int, tuple[int, ...]]:
    """A table set out in text, as a run of lines with no blank line (``|`` between its cells, or columns of
    spaces): each row under the first, with it; a rule under the header row is neither."""
    rows = [line for line in run if not _TABLE_RULE.match(line.text)]
    if len(rows) < 2 or (len(rows) == len(run) and not any(ch.isdigit() for line in rows[1:] for ch in line.text)):
        return {}  # (a row of links parted by ``|`` is no table: a table has a rule under its header, or figures)
    cells = [[cell.strip() for cell in line.stripped.strip("|").split("|")] for line in rows]
    if all("|" in line.text for line in rows) and len({len(row) for row in cells}) == 1 and len(cells[0]) >= 2:
        return {line.number: (rows[0].number,) for line in rows[1:]}
    spans = [[match.span() for match in _CELL.finditer(line.text)] for line in rows]
    if len(rows) < 3 or len({len(row) for row in spans}) != 1 or len(spans[0]) < 2:
        return {}
    if any(_LIST_ITEM.match(line.text) for line in rows):  # a list's items (``- 9h ago  Quake strikes``)
        return {}
    for column in range(1, len(spans[0])):
        starts, ends = [row[column][0] for row in spans[1:]], [row[column][1] for row in spans[1:]]
        if max(starts) - min(starts) > _ALIGNED and max(ends) - min(ends) > _ALIGNED:
            return {}
    return {line.number: (rows[0].number,) for line in rows[1:]}


def is_hard_wrapped(lines: Sequence[str]) -> bool:
    """True when paragraphs are blocks of short lines separated by blank lines (text wrapped at ~80 columns)."""
    blocks = [len(list(run)) for filled, run in groupby(lines, key=lambda line: bool(line.strip())) if filled]
    content = [line.strip() for line in lines if line.strip()]
    if len(blocks) < 2:
        return False
    short = sum(1 for line in content if len(line) <= _HARD_WRAP_WIDTH)
    return short >= 0.8 * len(content) and len(content) >= 2 * len(blocks)


class _Assembler:
    """Walks the lines once, opening and closing units as speaker labels, blank lines and tweets dictate."""

    def __init__(self, doc: Document, lines: list[_Line], transcript: bool) -> None:
        self.body = doc.text
        self.markdown = doc.path.lower().endswith(".md")
        self.lines = lines
        self.transcript = transcript
        skipped = set(doc.skip_lines)  # lines left out (a title, chrome) are no paragraph breaks
        self.wrapped = is_hard_wrapped([line.text for line in lines if line.number not in skipped])
        self.units: list[_Unit] = []
        self.current: _Unit | None = None
        self.blank_since_current = False
        self.dating = {line for line, _ in doc.sections} if not transcript else set()
        """The lines of an article's headings that may date the paragraphs under them (not a subheading found here)."""
        subheadings = {} if transcript else _subheadings(doc, lines, self.wrapped)
        self.headings = subheadings | dict(doc.sections)
        self.section: str | None = None
        self.day: date | None = None
        """The day an article's section heading dates the paragraphs under it with (an update's header)."""
        self.narrator = doc.narrator if self.transcript else None
        texts = [line.text for line in lines]
        self.lone = _lone_labels(lines, self.wrapped, transcript) | unspoken_names(texts)
        every_line = doc.text.split("\n")  # a caption's time line and a key of speakers may be left out
        self.alone = labels_alone(texts) | caption_turns(every_line) | keyed_turns(every_line)
        self.repeated = Counter(line.stripped for line in lines)
        self.asked_only: bool | None = None if not doc.turns else False
        """Only the questions are labelled (``Question: …?``): each answer is the unlabelled paragraph under its
        question, the briefer's whom the header names (else no one's), never the question's (found when first
        asked: only a question's turn asks)."""
        self.turns = {number: Label(speaker, 0, start) for number, speaker, start in doc.turns}
        """Turns its reader found by the layout (``index.readers.numbered``), before any label the line shows."""
        self.days = dict(doc.days)
        """The lines opening a live page's entries (``index.readers.live``), with each entry's day."""
        self.chat = dict(doc.messages)
        """A chat export's messages by line, as its reader found them."""
        self.leads: dict[int, tuple[int, ...]] = {}
        """An article's table rows and list items, by line, with the lines they are read under: the rows of the
        tables set out in text (found here), the rows and items its reader found in the markup."""
        if not transcript:
            self.leads = _table_lines(lines)
            self.leads.update((line, (lead,)) for line, lead in doc.leads if lines[lead].stripped)
        self.leading = {number for lead in self.leads.values() for number in lead}

    def run(self) -> list[_Unit]:
        for line in self.lines:
            if line.number in self.days:  # a live page's entry: a passage of its own day opens
                self._close()
                self.day = self.days[line.number]
            if line.number in self.headings:
                self._close()
                self.section = self.headings[line.number]
                self.day = _heading_day(self.section) if line.number in self.dating else None
                continue
            self._line(line)
        self._close()
        return self.units

    def _line(self, line: _Line) -> None:
        text = line.stripped
        if not text:
            self.blank_since_current = True
            if self.current and not (self._turn_spans_blank_lines(line.number) or self._message_goes_on(line.number)):
                self._close()
            return
        if _ELISION_LINE.match(text):
            self._close()
            return
        if self.chat and self._chat_line(line):
            return
        if self._led_line(line):
            return
        if not self.transcript and _FACT_LINE.match(line.text):
            self._open(PassageKind.PARAGRAPH)
            self._add(line, line.start, line.start + len(line.text))
            self._close()
            return
        if (when := tweet_date(text)) is not None and self._attach_timestamp(line, when):
            return
        if text.startswith(">") and not text.startswith(">>"):  # ``>>`` marks a new speaker in TV captions
            self._quote_line(line)
            return
        if self.markdown and (bullet := _LIST_ITEM.match(line.text)):
            self._open(PassageKind.PARAGRAPH)
            self._add(line, line.start + bullet.end(), line.start + len(line.text))
            return
        turn = self.turns.get(line.number)  # found by the layout: no other label, and no note
        labels = [turn] if turn else find_labels(line.text)
        labels = labels or ([self.alone[line.number]] if line.number in self.alone else [])
        if len(labels) == 1 and line.number in self.lone and not turn:  # "WARNING: Ferries will …": a note
            labels = []
        first = labels[0].start if labels else len(line.text)
        if line.text[:first].strip():
            self._plain(line, line.start, line.start + first)
        ends = [label.start for label in labels[1:]] + [len(line.text)]
        for label, end in zip(labels, ends[: len(labels)], strict=True):
            self._open(PassageKind.TURN, speaker=label.speaker or self.narrator)  # ``A:`` names nobody but the
            # briefer the header names
            self._add(line, line.start + label.text_start, line.start + end)
        if self.current and labels and label.text_start >= len(line.text.rstrip()) and self.repeated[text] > 1:
            self.current.over = not self.transcript

    def _led_line(self, line: _Line) -> bool:
        """A table's row or a list's item, read with its header row or lead-in; those lines are read with it (and
        are no passage of their own)."""
        if (lead := self.leads.get(line.number)) is not None:
            self._open(PassageKind.PARAGRAPH)
            assert self.current is not None
            self.current.led = True
            for number in lead:
                above = self.lines[number]
                self._add(above, above.start, above.start + len(above.text))
            self._add(line, line.start, line.start + len(line.text))
            return True
        if line.number in self.leading:
            self._close()
            return True
        return False

    def _plain(self, line: _Line, start: int, end: int) -> None:
        editorial = bool(BRACKETED_LINE.match(line.stripped))
        if not (self.current and not editorial and self._continues(line.number)):
            self._open(PassageKind.PARAGRAPH, speaker=None if editorial else self.narrator)
        self._add(line, start, end)
        if editorial:
            self._close()

    def _continues(self, index: int) -> bool:
        """Whether a plain line belongs to the unit already open."""
        assert self.current is not None
        if self.current.led or self._question_asked():
            return False
        wrapped_on = self.wrapped and not self.blank_since_current
        if self.current.kind is PassageKind.TURN:
            under = self.current.over and not self.blank_since_current
            return self.transcript or wrapped_on or under or self._next_line_is_turn(index)
        return self.current.kind is PassageKind.PARAGRAPH and wrapped_on

    def _turn_spans_blank_lines(self, index: int) -> bool:
        """A turn stays open across a blank line in a transcript, or when a turn follows its continuation."""
        if self.current is None or self.current.kind is not PassageKind.TURN or self._question_asked():
            return False
        return self.transcript or (not self.current.over and self._next_line_is_turn(index, after_next_paragraph=True))

    def _question_asked(self) -> bool:
        """Whether the open unit is a question whose line closed on its question mark, in a text that labels only its
        questions: the paragraph under it is the answer."""
        if self.asked_only is False or self.current is None or not is_questioner(self.current.speaker):
            return False
        if self.asked_only is None:
            heads = [found[0] for line in self.lines
                     if line.number not in self.lone and (found := find_labels(line.text))]
            self.asked_only = len(heads) >= 2 and all(is_questioner(head.speaker) for head in heads)
            if not self.asked_only:
                return False
        start, end = self.current.spans[-1] if self.current.spans else (0, 0)
        return self.body[start:end].rstrip().endswith("?")

    def _next_line_is_turn(self, index: int, after_next_paragraph: bool = False) -> bool:
        """Look ahead past blank and elision lines (and, if asked, one plain line) for a speaker label."""
        passed_plain = False
        for line in self.lines[index + 1 :]:
            text = line.stripped
            if not text or _ELISION_LINE.match(text):
                continue
            if starts_with_label(line.text) and line.number not in self.lone:
                return True
            if after_next_paragraph and not passed_plain and not BRACKETED_LINE.match(text):
                passed_plain = True
                continue
            return False
        return False

    def _attach_timestamp(self, line: _Line, when: date) -> bool:
        target = self.current or (self.units[-1] if self.units else None)
        if target is None or target.kind not in (PassageKind.PARAGRAPH, PassageKind.TWEET):
            return False
        if target is not self.current:
            self.units.pop()
            self.current = target
        target.kind = PassageKind.TWEET
        target.when = when
        if target.speaker is None:
            first_start, first_end = target.spans[0]
            header = _TWEET_HEADER.match(self.body[first_start:first_end])
            target.speaker = header.group("name").strip() if header else None
        self._add(line, line.start + len(line.text) - len(line.text.lstrip()), line.start + len(line.text))
        self._close()
        return True

    def _message_goes_on(self, index: int) -> bool:
        """A chat export's message stays open across a blank line, up to the next message line (a left-out one,
        ``<Media omitted>``, included)."""
        return bool(self.chat) and index not in self.chat and self.current is not None and self.current.message

    def _chat_line(self, line: _Line) -> bool:
        """A chat export's message (its author's, of its day), or a line going on with the one above."""
        if (message := self.chat.get(line.number)) is not None:
            self._open(PassageKind.TURN, speaker=message.author)
            assert self.current is not None
            self.current.when = message.day
            self.current.message = True
            self._add(line, line.start + message.offset, line.start + len(line.text))
            return True
        if self.current is None or not self.current.message:
            return False
        self._add(line, line.start, line.start + len(line.text))
        return True

    def _quote_line(self, line: _Line) -> None:
        if self.current is None or self.current.kind is not PassageKind.QUOTE:
            self._open(PassageKind.QUOTE)
        marker = line.text.index(">")
        self._add(line, line.start + marker + 1, line.start + len(line.text))

    def _open(self, kind: PassageKind, speaker: str | None = None) -> None:
        self._close()
        self.current = _Unit(kind, speaker=speaker, section=self.section, when=self.day)
        self.blank_since_current = False

    def _add(self, line: _Line, start: int, end: int) -> None:
        assert self.current is not None
        self.current.spans.append((start, end))
        self.current.lines.append(line.number)
        self.blank_since_current = False

    def _close(self) -> None:
        if self.current is not None:
            self.units.append(self.current)
        self.current = None


def _to_passages(body: str, units: list[_Unit], doc_index: int, askers: frozenset[str] = frozenset()) -> list[Passage]:
    passages: list[Passage] = []
    history: list[tuple[_Unit, str]] = []
    texts = [_unit_text(body, unit) for unit in units]
    kept = [(unit, text, start) for unit, (text, start) in zip(units, texts, strict=True) if _has_words(text)]
    turns = [(u.speaker, text) for u, text, _ in kept if u.kind is PassageKind.TURN and u.speaker and not u.message]
    asking = questioners(turns) | {speaker for speaker, _ in turns if is_host(speaker)} | askers
    for number, (unit, text, start) in enumerate(kept):
        context = _question_answered(unit, history, asking)
        if context is not None and _interjects(text, context, [(u, t) for u, t, _ in kept[number + 1 : number + 3]]):
            context = None
        history.append((unit, text))
        for offset, window in windows(text):
            passages.append(
                Passage(
                    doc=doc_index,
                    position=len(passages),
                    kind=unit.kind,
                    text=window,
                    start=start + offset,
                    speaker=unit.speaker,
                    context=context,
                    date=unit.when,
                    section=unit.section,
                )
            )
    return passages


def _question_answered(unit: _Unit, history: list[tuple[_Unit, str]], asking: frozenset[str]) -> str | None:
    """For an answer turn, the question turn just before it, verbatim; a question interrupted and taken up again
    (its later part opening with a dash) is given whole, one part a line."""
    if unit.kind is not PassageKind.TURN or unit.message or unit.speaker in asking or not history:
        return None
    if not _is_question(*history[-1], asking):
        return None
    parts = [history[-1][1]]
    at = len(history) - 1
    while (
        len(parts) < _MAX_QUESTION_PARTS
        and parts[0].lstrip().startswith(DASHES)
        and at >= 2
        and _is_question(*history[at - 2], asking)
        and history[at - 1][0].kind is PassageKind.TURN
        and history[at - 1][0].speaker not in asking
    ):
        at -= 2
        parts.insert(0, history[at][1])
    return "\n".join(parts)


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _interjects(text: str, question: str, following: list[tuple[_Unit, str]]) -> bool:
    """Whether an answer turn is only a word from the podium (``Yeah.``) while a question cut off with a dash
    is still being asked: the reporter goes on, or a real answer follows."""
    if not _INTERJECTION.match(text.strip()) or not question.rstrip().endswith(DASHES):
        return False
    return any(unit.kind is PassageKind.TURN and not _INTERJECTION.match(later.strip()) for unit, later in following)


_SPOKEN = (PassageKind.TURN, PassageKind.PARAGRAPH)
"""Passages whose speaker is a person of the transcript (a narrator's paragraph too; a tweet's is an account)."""


def _name_speakers(units: list[_Unit], roles: tuple[tuple[str, str], ...], people: tuple[str, ...] = ()) -> None:
    """One label per person within a document: the one it uses most (ties: first), a person known by the label's
    last word, and by the honorific's sex where two share it (``MR. SMITH``, ``MS. SMITH``; then a bare ``SMITH``
    stays as written); roles keep their label, except a spokesperson's role the header names (``Spokesman
    (Name)``); a title and a surname the header gives with the person's name (``GOVERNOR LINDQVIST`` under
    ``Remarks by Governor Hana Lindqvist and …``) is shown by the name."""
    named = {role_key(role): name for role, name in roles}
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for unit in units:
        speaker = unit.speaker
        if unit.kind is not PassageKind.TURN or unit.message or speaker is None:
            continue
        if people and (person := titled_person(speaker, people)):
            speaker = unit.speaker = person
        if role_key(speaker) in named:
            speaker = unit.speaker = f"{speaker} ({named[role_key(speaker)]})"
        elif is_role(speaker):
            continue
        counts[surname(speaker)][speaker] += 1
    shown: dict[tuple[str, str], str] = {}
    for key, forms in counts.items():
        by_sex: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for form, uses in forms.items():
            by_sex[honorific_sex(form)][form] += uses
        # ``MR. SMITH`` and ``MS. SMITH`` are two people; ``SMITH`` beside only one of them is that one.
        groups = by_sex if len(set(by_sex) - {""}) > 1 else {"": forms}
        for sex, sexed in groups.items():
            shown[key, sex] = max(sexed, key=sexed.__getitem__)
    for unit in units:
        if unit.kind in _SPOKEN and not unit.message and unit.speaker is not None and not is_role(unit.speaker):
            key = surname(unit.speaker)
            unit.speaker = shown.get((key, honorific_sex(unit.speaker)), shown.get((key, ""), unit.speaker))


def _is_question(unit: _Unit, text: str, asking: frozenset[str]) -> bool:
    """A questioner's turn; a host's only when it asks something (an introduction is no question); never thanks
    or a greeting alone (``_PLEASANTRY``)."""
    return (
        unit.kind is PassageKind.TURN and not unit.message and unit.speaker in asking
        and (not is_host(unit.speaker) or asks(unit.speaker, text))
        and _PLEASANTRY.match(text.strip()) is None
    )


def _unit_text(body: str, unit: _Unit) -> tuple[str, int]:
    """Join a unit's ranges: adjacent lines with a line break, lines across a blank line with two."""
    parts: list[str] = []
    first_start: int | None = None
    last_line: int | None = None
    for (start, end), number in zip(unit.spans, unit.lines, strict=True):
        piece = body[start:end].strip()
        if not piece:
            continue
        if first_start is None:
            first_start = start + (len(body[start:end]) - len(body[start:end].lstrip()))
        elif last_line is not None:
            parts.append("\n" if number - last_line <= 1 or unit.led else "\n\n")
        parts.append(piece)
        last_line = number
    return "".join(parts), first_start or 0


def windows(text: str, limit: int = MAX_PASSAGE_CHARS) -> list[tuple[int, str]]:
    """``text`` as (offset, window) pieces of at most ``limit`` characters, cut on sentence bounds (else between
    words)."""
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []

    def emit(start: int, end: int) -> None:
        chunk = text[start:end]
        if chunk.strip():
            pieces.append((start + len(chunk) - len(chunk.lstrip()), chunk.strip()))

    bounds = [*(start for start, _ in sentence_spans(text, lines=False)[1:]), len(text)]
    start = end = 0
    for bound in bounds:
        if bound - start <= limit:
            end = bound
            continue
        if end > start:
            emit(start, end)
            start = end
        while bound - start > limit:
            cut = text.rfind(" ", start + 1, start + limit)
            cut = cut if cut > start else start + limit
            emit(start, cut)
            start = cut
        end = bound
    emit(start, end)
    return pieces
