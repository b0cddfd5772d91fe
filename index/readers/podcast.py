"""Podcast and interview transcripts where a timestamp line stands above the speaker's name, the words under it
(``00:12:31`` / ``Jane Roe`` / ``How much …``), as transcription services and show pages write them, or the word
``speaker`` does (an earnings call on a transcript site: ``speaker`` / ``Operator`` / ``Good day, …``). The reading
leaves the timestamp and name lines out of the text, and each turn opens at its words with the name as its
speaker, as ``index.readers.numbered`` reads a subtitle file. The lines over the first timestamp are the page's
header (its title, ``Published …``, ``Episode 12 · 42 min``), even with no blank line under them. A transcript
with no timestamps, each turn under its speaker's name alone on its line (``Jane Roe`` / ``How much …``), is read
the same way when two names or more open turns twice or more each (a role's or a seat's line right under a name,
``Member for Westford``, is no one's words), or when three names or more open with a person's
title (``Cllr Ann Lee (Carrick South)``), each given once over all the paragraphs of their turn."""

from __future__ import annotations

import re
from collections import Counter

from index.dates import written_days
from index.line_cache import kept_lines
from index.readers.chrome import help_block, in_headline_capitals, is_edge_chrome, reads_as_sentence
from index.readers.numbered import Numbered

_STAMP = re.compile(r"^\s*\(?\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?\)?\s*$")
"""A timestamp alone on its line: ``00:12:31``, ``12:31``, ``[00:12:31]``."""
_MARK = re.compile(r"^\s*(?i:speaker)\s*$")
"""The word a transcript site prints over each speaker's name (``speaker`` / ``Operator`` / the words), as a
timestamp stands there elsewhere."""
_NAME = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|\d{1,2}|de|van|von|der|la|le|al|bin)){0,4})"
                   r"(?:\s*\((?P<role>[^()]{1,40})\))?\s*:?\s*$")
"""A speaker's name alone on its line, maybe with a role in brackets (``Tom Achebe (guest)``, ``Speaker 2``)."""
_NAMES_KEPT = 8192
"""Lines whose ``_NAME`` match is kept: reading a text asks it of each line several times."""


@kept_lines(_NAMES_KEPT)
def _name(line: str) -> re.Match[str] | None:
    """``_NAME``'s match of a line (kept for the last lines asked about)."""
    return _NAME.match(line)


_TITLED = re.compile(
    r"^\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor|Hon|Rt Hon|Senator|"
    r"Sen|Rep|Judge|Justice|Rev|Revd|Father|Captain|Capt|Col|Gen|Commissioner|Minister|Deputy)\.?\s+[A-Z]"
)
"""A name line opening with a person's title: ``Cllr Ann Lee (Carrick South)``, ``Dr. Sam Patel``."""
_SPOKEN = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|my|My|you|You|your|Your|us)\b|\?")
"""Words of someone speaking: the first or second person, or a question."""
_CHAPTER = re.compile(
    r"^\s*(?i:chapters|show notes|transcript)\s*$|^\s*\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?\s+[A-Z][^.!?]{0,60}$"
)
"""A line of an episode's chapters under its last turn: the heading, or a time and a chapter's name."""
_FEW = 2
_DATED_WORDS = 10


def read_podcast(text: str) -> Numbered | None:
    """``text`` read as a transcript whose turns each open with a timestamp line and a name line, or None when it
    has fewer than two such turns or any timestamp line with no name under it."""
    lines = text.split("\n")
    stamps = [n for n, line in enumerate(lines) if _STAMP.match(line) or _MARK.match(line)]
    opened = [n for n in stamps if n + 2 < len(lines) and _name(lines[n + 1]) and lines[n + 2].strip()]
    if len(opened) < _FEW or len(opened) < len(stamps):
        return None
    return _turns_read(lines, {n + 2: n + 1 for n in opened}, {k for n in opened for k in (n, n + 1)})


def read_named(text: str) -> Numbered | None:
    """``text`` read as a transcript with no timestamps whose turns each open with the speaker's name alone on its
    line, over their words (a blank line between or none): two names or more given twice or more each, and four
    such lines or more; None for any other text (an article's subheadings name no one twice over words). A
    transcript the layout reads (``index.readers.chrome``: a record's ``Mr Speaker`` over the words) is read there,
    with its header and end lines."""
    lines = text.split("\n")
    if any(_STAMP.match(line) for line in lines):
        return None
    opens: dict[int, int] = {}  # the line of a turn's words: the line of the name over them
    roles: set[int] = set()  # a role's or a seat's line right under a name (``Member for Westford``), or a name
    # right over a speaker's name
    dense = _dense(lines)
    speakers = _speakers(lines, dense)
    for number, line in enumerate(lines):
        if not _name(line):  # (asked first: most lines are no name, and whether one opens a block costs more)
            continue
        if not (_after_break(lines, number, dense) or _stacked(lines, number, speakers, dense)):
            continue
        words = next((n for n in range(number + 1, min(len(lines), number + 3)) if lines[n].strip()), None)
        if words is not None and _stacked(lines, words, speakers, dense):
            roles.add(number)  # no one's words either
            continue  # a name over a speaker's name (an empty turn, or the name of one who said nothing)
        if words is not None and words == number + 1 and _is_role(lines[words]):
            role, words = words, next((n for n in range(words + 1, min(len(lines), words + 3)) if lines[n].strip()),
                                      None)
            if words is not None and _reads_as_words(lines[words]):
                roles.add(role)
                opens[words] = number
        elif words is not None and not _name(lines[words]) and _reads_as_words(lines[words]):
            opens[words] = number
    names = Counter(_who(lines[n]) for n in opens.values())
    top = min(opens.items(), key=lambda item: item[1], default=None)
    if top is not None and top[1] == 0 and names[_who(lines[0])] == 1:
        del opens[top[0]]  # the page's name on its first line, given once (``Kellmouth Harbour Inquiry``): no one's
        names = Counter(_who(lines[n]) for n in opens.values())
    if len(opens) >= 2 * _FEW and sum(count >= _FEW for count in names.values()) >= _FEW:
        return _turns_read(lines, opens, set(opens.values()) | roles)
    # A record naming each speaker once, over all their paragraphs: names known as people's by their titles
    # (``Cllr Ann Lee (Carrick South)``, ``Mr Peter Hale``), three or more, of two people or more.
    titled = {words: name for words, name in opens.items() if _TITLED.match(lines[name])}
    if len(titled) <= _FEW or len({_who(lines[n]) for n in titled.values()}) < _FEW or 2 * len(titled) < len(opens):
        return None
    spoken = sum(_SPOKEN.search(lines[words]) is not None for words in titled)  # said, not written of them (a list
    if 2 * spoken < len(titled):  # of candidates' profiles: ``Cllr Ann Lee`` over ``She has served since 2015.``)
        return None
    return _turns_read(lines, titled, set(titled.values()))


def _dense(lines: list[str]) -> bool:
    """Whether a text was pasted with no blank lines between its paragraphs (fewer than one line in ten blank)."""
    return sum(not line.strip() for line in lines) * 10 < len(lines)


def _after_break(lines: list[str], number: int, dense: bool) -> bool:
    """Whether line ``number`` opens a block: the text's first line, one under a blank line, or in a text pasted with
    no blank lines one under a line closing a sentence or that is no one's words (a header's date line), not under
    a name (``Ann Lee`` / ``Labour``: the party's line is a role's)."""
    if number == 0 or not (above := lines[number - 1].strip()):
        return True
    return dense and not _name(above) and (above[-1] in ".?!…\"”’" or not _reads_as_words(above))


def _speakers(lines: list[str], dense: bool = False) -> set[str]:
    """The names that stand alone on their line after a blank line right over someone's words: the speakers. A line
    right under a name is that name's role or seat (``Member for Westford``, a party's ``Labour``) unless it is one of
    these names itself."""
    plain: set[str] = set()  # names right over words
    seated: list[tuple[str, str]] = []  # names over a line that may be their role, then words
    for number, line in enumerate(lines):
        if not _name(line) or not _after_break(lines, number, dense):
            continue
        under = [n for n in range(number + 1, min(len(lines), number + 4)) if lines[n].strip()][:2]
        if under and _reads_as_words(lines[under[0]]) and not _name(lines[under[0]]) and under[0] <= number + 2:
            plain.add(_who(line))
        elif len(under) == 2 and under[0] == number + 1 and _is_role(lines[under[0]]) and _reads_as_words(
                lines[under[1]]):
            seated.append((_who(line), lines[under[0]].strip()))
    return plain | {name for name, role in seated if not (_name(role) and _who(role) in plain)}


def _stacked(lines: list[str], number: int, speakers: set[str], dense: bool = False) -> bool:
    """Whether the name on line ``number`` is a speaker's right under another speaker's name standing after a blank
    line (``Tom Reeve`` / ``Ann Lee`` / words: the words are Ann Lee's)."""
    above = lines[number - 1] if number else ""
    if not (_name(above) and _name(lines[number])) or not _after_break(lines, number - 1, dense):
        return False
    return _who(above) in speakers and _who(lines[number]) in speakers and _who(above) != _who(lines[number])


def _is_role(line: str) -> bool:
    """Whether a line right under a name is the speaker's role or seat (``Member for Westford``, ``Minister for
    Ports``, ``Labour``): a few words opening with a capital, no sentence."""
    text = line.strip()
    return bool(_ROLE.match(text)) and not _reads_as_words(text)


_ROLE = re.compile(r"^[A-Z][\w'’.-]*(?:,?\s+[\w'’.()&-]+){0,7}$")
"""A few words opening with a capital, closed by no sentence's mark."""


def _reads_as_words(line: str) -> bool:
    """Whether a line is someone's words: longer than a name, in lower case in part, and no short date line (a
    header's ``Volume 771: debated on Wednesday 4 March 2026`` under the title) nor a headline (``Why the Ferries Keep
    Breaking Down`` under the show's name ``Harbour Talk``)."""
    text = line.strip()
    dated = len(text.split()) <= _DATED_WORDS and bool(written_days(text))
    headline = in_headline_capitals(text) and text[-1:] not in ".!?,;:…\"'’”"  # a page's title under its show's name
    return len(text.split()) >= _FEW * 2 and any(ch.islower() for ch in text) and not dated and not headline


def _who(line: str) -> str:
    name = _name(line)
    assert name is not None
    return name["who"]


def _turns_read(lines: list[str], opens: dict[int, int], drop: set[int]) -> Numbered:
    """The text with the ``drop`` lines out, each line of ``opens`` opening the turn of the name on its line there."""
    first = min(drop)
    kept: list[str] = []
    turns: list[tuple[int, str, int]] = []
    said: set[int] = set()
    for number, line in enumerate(lines):
        if number in drop:
            if number == first and number and lines[number - 1].strip():
                kept.append("")  # the page's header (title, ``Published …``) ends where the first turn opens
            continue
        if number in opens:
            turns.append((len(kept), _who(lines[opens[number]]), len(line) - len(line.lstrip())))
        if turns and line.strip():  # from the first turn on, every line is someone's words
            said.add(len(kept))
        kept.append(line)
    keys = set(help_block(kept))  # the page's help on its keys (``Keyboard shortcuts``)
    for number in range(len(kept) - 1, -1, -1):  # but the site's foot under the last turn (``About us | Terms``)
        chapter = _CHAPTER.match(kept[number]) is not None  # the episode's chapters (``3:12 The winter breakdowns``)
        fixed = number in keys or (is_edge_chrome(kept[number]) and not reads_as_sentence(kept[number]))
        if kept[number].strip() and not chapter and not fixed:
            break  # a host's last sentence stays (``Subscribe wherever you get your podcasts.``)
        said.discard(number)
    return Numbered("\n".join(kept), tuple(turns), frozenset(said), cues=False, titled=True)
