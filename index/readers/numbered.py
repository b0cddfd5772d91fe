"""Two layouts whose numbers are no words: a transcript with its lines numbered in the margin (a hearing's day, a
deposition) and a subtitle file (SubRip ``.srt``, WebVTT) saved as text, its cues numbered and timed.

Both are told by their form alone. Their reading keeps every spoken line and leaves the numbers out of the quotes:
the lines that hold no one's words (a page's number, a cue's number and timing, the blank lines between them, a
``BY MS. LEE:`` line) are left out, and a turn's lines are joined into one, so a sentence wrapped over two lines
or cut over two cues reads whole (its date with its verb); the margin numbers are turned into spaces, which a
passage trims, and the cue markup and speakers' marks are taken out. Who speaks is found by the layout too:
``Q.`` and ``A.``, ``>> NAME:``, ``<v Name>``, ``Name:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import PurePosixPath

from index.speakers import starts_with_label
from index.splitter import BRACKETED_LINE

_MARGIN = re.compile(r"^\s*(\d{1,2})(?=\s|$)")
"""A line's number in the margin: one or two digits, then a space (``9 Q. The weight …``, `` 10   THE …``)."""
_PAGE_LINE = re.compile(r"^\s*(?i:page\s+)?\d{1,4}(?:\s+(?i:of)\s+\d{1,4})?\s*$")
_NUMBERED_LINES = 10
_ONE_PAGE = 20
"""Numbered lines enough to be a transcript's page when the numbers never start again on a new page (fewer are a
transcript's only when its pages show): a list of ten items or so is no transcript."""
_COUNTING = 0.9
"""Of a numbered transcript's steps from one numbered line to the next, how many count up by one (or start a page)."""
_FILLED = 0.8
"""How many of the filled lines from the first numbered line to the last carry a number (page lines aside)."""
_QA = re.compile(r"^\s*(?P<mark>[QA])(?:\.\s+|\s{2,}|\t\s*)(?=\S)")
"""``Q.`` and ``A.`` opening a question and its answer; without the full stop, set off by two spaces or a tab."""
_BY = re.compile(
    r"^\s*(?:(?i:(?:cross-|re-|further\s+)?(?:questions|questioned|examination|examined))\s+(?i:by)|BY)\s+"
    r"(?P<who>[A-Z][\w.'’ -]{1,60}?)\s*:?\s*$"
)
"""Who asks from here: ``BY MS. OKAFOR:``, ``Questions by COUNSEL TO THE INQUIRY``, ``EXAMINATION BY MR. LEE``."""
_SWORN = (
    re.compile(r"^\s*(?P<who>[A-Z][^,()]{2,60}?)\s*\((?i:sworn|affirmed)\)\s*$"),
    re.compile(r"^\s*(?P<who>[A-Z][A-Z.'’ -]{2,60}?),?\s+(?i:(?:having\s+been\s+)?(?:first\s+)?(?:duly\s+)?"
               r"(?:sworn|affirmed))\b"),
)
"""A witness sworn in: ``MR ALAN REED (sworn)``, ``Ann Lee (affirmed)``, ``ALAN REED, having been duly sworn, …``."""
_NAME_ALONE = re.compile(r"^\s*(?P<who>[A-Z][A-Z.'’ -]{2,60}?),?\s*$")
_SWORN_UNDER = re.compile(r"(?i)^\s*(?:having\s+been|being|was|called\s+as\s+a\s+witness)\b.*\b(?:sworn|affirmed)\b")
"""A witness's name in capitals alone on its line, sworn on the next: ``ALAN REED,`` / ``having been first duly
sworn, was examined and testified as follows:``."""
_HEADED = re.compile(
    r"^\s*(?:THE\s+)?(?:EVIDENCE|TESTIMONY|DEPOSITION|EXAMINATION)\s+OF\s+(?P<who>[A-Z][A-Z.'’ -]{2,60}?)"
    r"(?:\s+BY\s+(?P<by>[A-Z][A-Z.'’ -]{2,60}?))?\s*:?\s*$"
)
"""A heading in capitals naming the witness whose evidence follows (``EVIDENCE OF DR ANN BELL``, ``EXAMINATION OF
DR ANN BELL BY MR VOSS``): the witness's name (and who asks), no one's words."""
_EXAMINATION = re.compile(r"(?i)^\s*(?:(?:direct|cross|re-?direct|re-?cross|further)[- ]?)?examination\b[^.?!]{0,40}$")
_WITNESS = re.compile(r"^\s*THE WITNESS:")
_NOTE = re.compile(r"^\s*\([^()]*\)\s*$")
"""A line in brackets, the reporter's note: a time (``(11.32 am)``), a break, an exhibit marked."""
_CAPITALS = re.compile(r"^\s*(?=[A-Z])(?=(?:[^A-Za-z\n]*[A-Z]){5})[A-Z][^a-z.?!:;\n]*$")
"""A line in capitals, no sentence's (``LUNCHEON ADJOURNMENT``, ``AFTERNOON SESSION``): in a transcript written in
both cases, a heading or a note, no one's words. (Its five capitals are counted once, after the spaces: linear
time on a long line.)"""

_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?!\S)")
"""A cue's timing line: ``00:00:15,500 --> 00:00:20,900`` (SubRip), ``00:15.500 --> 00:24.870 align:start`` (WebVTT)."""
_CUES = 2
_CUE_NUMBER = re.compile(r"^\s*\d+\s*$")
_VTT_HEADER = re.compile(r"^\s*WEBVTT\b")
_VTT_BLOCK = re.compile(r"^\s*(?:NOTE|STYLE|REGION)\b")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|<\d[\d:.]*>")
"""WebVTT markup inside a cue: a voice (``<v Ann Lee>``), its end, italics, a class, a time."""
_VOICE = re.compile(r"^\s*<v(?:\.[\w.-]+)?\s+(?P<who>[^<>\n]+)>")
_CHANGE = re.compile(r"^\s*(?:>>+|-(?=\s))\s*")
"""A new voice: ``>>`` as broadcast captions mark it (its name may follow: ``>> REPORTER:``), ``- `` as subtitles."""
_NAMED = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|\d{1,2}|de|van|von|of|the)){0,4}):(?=\s)\s*")
_SUBTITLE_SUFFIXES = (".txt", ".srt", ".vtt", ".transcript")
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
"""A day written without separators, as recording apps name their files (``GMT20260414-160212_Recording``)."""


@dataclass(frozen=True, slots=True)
class Numbered:
    """A text read as one of these layouts."""

    text: str
    """The reading: the lines that hold no one's words left out, a turn's lines joined into one, margin numbers
    spaces, cue markup taken out."""
    turns: tuple[tuple[int, str, int], ...]
    """(line, speaker, where the words start) for each line opening a turn; an empty speaker names nobody."""
    said: frozenset[int]
    """Lines of someone's words, which no chrome rule may leave out (``10:41 a.m.`` ending a sentence)."""
    cues: bool
    """A subtitle file (its date may then come from its file name, as a recording app names it)."""
    titled: bool
    """Whether lines stand above a subtitle file's first cue (else its title is its file name's)."""


def read_numbered(text: str) -> Numbered | None:
    """``text`` read as a subtitle file or a transcript numbered in the margin, or None when it is neither."""
    lines = text.split("\n")
    found = _subtitles(lines) or _margin_numbered(lines)
    if found is None:
        return None
    drop, said, turns, cues = found
    first = min((n for n in range(len(lines)) if lines[n].strip() and n not in drop), default=len(lines))
    opening = {number for number, _, _ in turns}
    joined: list[str] = []
    moved: dict[int, int] = {}
    previous = -1  # the last line kept
    for number, line in enumerate(lines):
        if number in drop:
            continue
        if {number, previous} <= said and number not in opening and not _stands_alone(line, lines[previous]):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"  # a turn's words going on: one line
        else:
            joined.append(line)
        moved[number], previous = len(joined) - 1, number
    return Numbered(
        "\n".join(joined),
        tuple((moved[n], speaker, start) for n, speaker, start in turns),
        frozenset(moved[n] for n in said),
        cues,
        titled=not cues or first < min(said, default=0),
    )


def _stands_alone(line: str, above: str) -> bool:
    """Whether a line of words starts a line of its own rather than go on with the one above: it opens with a
    speaker's label, or either is a sound (``[LAUGHTER]``)."""
    return starts_with_label(line) or bool(BRACKETED_LINE.match(line) or BRACKETED_LINE.match(above))


def subtitle_title(path: str) -> str:
    """A subtitle file's title from its name, its extensions left out (``presser.srt.txt``: ``presser``)."""
    name = PurePosixPath(path).name
    while name.lower().endswith(_SUBTITLE_SUFFIXES) and "." in name[1:]:
        name = name[: name.rindex(".")]
    return name


def recording_date(path: str) -> date | None:
    """The day in a recording's file name written without separators (``GMT20260414-160212_Recording.vtt``)."""
    match = _COMPACT_DATE.search(PurePosixPath(path).name)
    try:
        return date(int(match[1]), int(match[2]), int(match[3])) if match else None
    except ValueError:
        return None


_Found = tuple[set[int], set[int], list[tuple[int, str, int]], bool]
"""Lines to leave out, lines of words, turns (line, speaker, where its words start), and whether it is subtitles."""


def _margin_numbered(lines: list[str]) -> _Found | None:
    """A transcript whose lines mostly carry a number in the margin counting up, page by page: its margin numbers
    turned into spaces, and all but its numbered lines of words left out from its first numbered line to its last
    (a page's number or header, a blank line between two lines), a page's number anywhere too."""
    numbered: dict[int, re.Match[str]] = {}
    pages: set[int] = set()
    previous: int | None = None
    for number, line in enumerate(lines):
        margin = _MARGIN.match(line)
        alone = margin is not None and not line[margin.end() :].strip()
        if margin is None or (alone and previous is not None and int(margin[1]) not in (previous + 1, 1)):
            pages.update([number] if _PAGE_LINE.match(line) else [])  # ``45``, ``Page 14``
            continue
        numbered[number] = margin
        previous = int(margin[1])
    if len(numbered) < _NUMBERED_LINES:
        return None
    values = [int(margin[1]) for margin in numbered.values()]
    counting = sum(later in (earlier + 1, 1) for earlier, later in pairwise(values))
    span = range(min(numbered), max(numbered) + 1)
    filled = [n for n in span if lines[n].strip() and n not in pages]
    if counting < _COUNTING * (len(values) - 1) or len(numbered) < _FILLED * len(filled):
        return None
    if len(values) < _ONE_PAGE and 1 not in values[1:]:
        return None
    for number, margin in numbered.items():
        lines[number] = lines[number][: margin.start(1)] + " " * len(margin[1]) + lines[number][margin.end(1) :]
    said = {n for n in numbered if lines[n].strip()}
    unsaid, notes, turns = _testimony(lines, sorted(said))
    after = next((n for n in range(span.stop, len(lines)) if lines[n].strip() and n not in pages), None)
    turns += [(n, "", 0) for n in [*notes, *([after] if after is not None else [])]]  # no one's turn goes on in them
    return pages | {n for n in span if n not in said} | unsaid, said - unsaid - notes, turns, False


def _testimony(lines: list[str], said: list[int]) -> tuple[set[int], set[int], list[tuple[int, str, int]]]:
    """The numbered lines that hold no one's words (who asks, who is sworn), the reporter's notes in brackets (a
    time, a break, an exhibit marked), and the turns ``Q.`` and ``A.`` open: the questioner ``Q`` with who asks,
    when named; the answer the witness's."""
    asker = witness = ""
    if any(_WITNESS.match(lines[n]) for n in said):
        witness = "THE WITNESS"
    unsaid: set[int] = set()
    notes: set[int] = set()
    turns: list[tuple[int, str, int]] = []
    cased = sum(any(ch.islower() for ch in lines[n]) for n in said) * 2 > len(said)  # not all in capitals
    for at, number in enumerate(said):
        line, below = lines[number], lines[said[at + 1]] if at + 1 < len(said) else ""
        if (qa := _QA.match(line)) is not None:
            speaker = (f"Q ({asker})" if asker else "Q") if qa["mark"] == "Q" else witness
            turns.append((number, speaker, qa.end()))
        elif (by := _BY.match(line)) is not None:
            asker = by["who"].strip()
            unsaid.add(number)
        elif (sworn := next(filter(None, (pattern.match(line) for pattern in _SWORN)), None)) is not None:
            witness = sworn["who"].strip()
            unsaid.add(number)
        elif (headed := _HEADED.match(line)) is not None:
            witness, asker = headed["who"].strip(), (headed["by"] or asker).strip()
            unsaid.update((number, said[at + 1]) if _SWORN_UNDER.match(below) else (number,))
        elif (alone := _NAME_ALONE.match(line)) and _SWORN_UNDER.match(below):
            witness = alone["who"].strip()
            unsaid.update((number, said[at + 1]))
        elif _EXAMINATION.match(line):
            unsaid.add(number)  # a heading: ``CROSS-EXAMINATION``
        elif _NOTE.match(line) or (cased and _CAPITALS.match(line) and not starts_with_label(line)):
            notes.add(number)
    return unsaid, notes, turns


def _subtitles(lines: list[str]) -> _Found | None:
    """A subtitle file: cues of a number (or a name) over a timing line over the words said, parted by blank lines.
    Left out: the cues' numbers and timings, the blank lines between cues, a WebVTT file's header and notes."""
    timings = [n for n, line in enumerate(lines) if _TIMING.match(line)]
    if len(timings) < _CUES:
        return None
    ids = {n - 1 for n in timings if n and (_CUE_NUMBER.match(lines[n - 1]) or _opens_block(lines, n - 1))}
    drop = set(timings) | ids | {n for n in range(timings[0], timings[-1]) if not lines[n].strip()}
    first = next((n for n, line in enumerate(lines) if line.strip()), 0)
    if _VTT_HEADER.match(lines[first]):
        drop.update(range(first, _block_end(lines, first)))
    said: list[int] = []
    for timing in timings:
        ends = (n for n in range(timing + 1, len(lines)) if not lines[n].strip() or n in ids or n in timings)
        cue = [n for n in range(timing + 1, next(ends, len(lines))) if n not in drop]
        if len(cue) > 1 and said and _words(lines[cue[0]]) == _words(lines[said[-1]]):
            drop.add(cue.pop(0))  # a rolling caption shows again, over its new line, the line the cue before ended on
        said += cue
    for number, line in enumerate(lines):  # a comment or a style block of a WebVTT file
        if _VTT_BLOCK.match(line) and (not number or not lines[number - 1].strip()) and number not in said:
            drop.update(range(number, _block_end(lines, number)))
    return drop, set(said), _voices(lines, said), True


def _words(line: str) -> str:
    return _TAG.sub("", line).strip()


def _opens_block(lines: list[str], number: int) -> bool:
    return number == 0 or not lines[number - 1].strip()


def _block_end(lines: list[str], start: int) -> int:
    return next((n for n in range(start, len(lines)) if not lines[n].strip()), len(lines))


def _voices(lines: list[str], said: list[int]) -> list[tuple[int, str, int]]:
    """The turns of a subtitle file's lines of words: one where the voice changes (``>>``, ``>> NAME:``, ``<v
    Name>``, ``Name:``), and one for words after a sound or at the start; their marks and markup are taken out."""
    marks: dict[int, tuple[str, int]] = {}
    for number in said:
        line = lines[number]
        if (voice := _VOICE.match(line)) is not None:
            marks[number] = (voice["who"].strip(), voice.end())
        elif (change := _CHANGE.match(line)) is not None:
            named = _NAMED.match(line[change.end() :])
            marks[number] = (named["who"], change.end() + named.end()) if named else ("", change.end())
        elif (named := _NAMED.match(line)) is not None:
            marks[number] = (named["who"], named.end())
    names = [who for who, _ in marks.values()]
    turns: list[tuple[int, str, int]] = []
    speaker, open_ = "", False  # who spoke last, and whether their turn is still open (a sound closes it)
    for number in said:
        line = lines[number]
        who, end = marks.get(number, (None, 0))
        if who is not None and _NAMED.match(line) and not _CHANGE.match(line) and names.count(who) < 2:
            who, end = None, 0  # ``Note:`` once is words, not a speaker
        lines[number] = _TAG.sub("", line[end:])
        if BRACKETED_LINE.match(line):
            open_ = False
        elif (who is not None and (who != speaker or _CHANGE.match(line))) or not open_:
            speaker = speaker if who is None else who
            turns.append((number, speaker, 0))
            open_ = True
    return turns
