"""Where the sentences of a text start and end: the one sentence splitter of the library.

A sentence ends at a full stop, question mark, exclamation mark or ellipsis (with any closing quotes and brackets
after it) when white space follows and the next word does not start in lower case (an opening quote or bracket
before it is allowed), and at every line break (unless the text is wrapped by hand: ``lines=False``). A full stop
ends no sentence after an abbreviation (``Gen. Haddad``, ``Oct. 3``), after initials (``p.m.``, ``U.S.``,
``J. Smith``) or in ``No. 5``, unless a word that opens sentences and is no name follows it (``at 6 p.m. The
ferry``); a full stop inside a number (``3.5``) is never followed by white space and ends
nothing. A spaced ellipsis (``. . .``) is one stop.
"""

from __future__ import annotations

import re

STOPS = ".!?…"
"""The marks that may end a sentence."""
CLOSERS = "\"'”’)]"
"""Closing quotes and brackets that belong to the sentence they follow (``He asked "Why?" and left.``)."""
OPENERS = "\"'“‘(["
"""Opening quotes and brackets that may stand before a sentence's first word."""

_ABBREVIATION_WORDS = """
    mr mrs ms dr gen col lt sgt capt maj adm gov sen rep st no vol inc ltd co corp vs etc approx fig prof rev hon brig
    cmdr cdr pvt cpl jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
"""Words that end in a full stop without ending a sentence (``Gen. Haddad``, ``Oct. 3``)."""
_INITIALS = re.compile(r"(?:(?<![\w'’])[A-Za-z]\.)+$")
"""``p.m.``, ``a.m.``, ``U.S.``, ``J.``: single letters with full stops end no sentence either; a letter after an
apostrophe ends a word (``didn't.``, ``isn’t.``), not initials."""
_WORD_BEFORE = re.compile(r"(\w+)\.$")
_OPENER = re.compile(
    r"\s+[\"'“‘(\[]*(?:The|A|An|I|He|She|It|We|They|You|This|That|These|Those|There|His|Her|Its|Our|Their|My|But|And|"
    r"So|Then|Yes)\b(?![.'’])"
)
"""A word that opens sentences and is no name: after an abbreviation or initials it starts a new sentence
(``left at 9 p.m. The ferry …``, ``talks with the U.S. They …``), where a name goes on with the old one
(``3 p.m. Gen. Haddad``)."""
_STOP = re.compile(r"[.!?…]+(?:[ \u00a0][.…]+)*[\"'”’)\]]*(?=\s)|\n")
"""A possible end: a run of stops (``?!``, ``...``, ``. . .``) with its closers before white space, or a line
break."""
_SEMICOLON = re.compile(r";(?=\s)")
_NEXT = re.compile(rf"\s+[{re.escape(OPENERS)}]*(\S)")
"""The first character of the next sentence's first word, past white space and opening quotes."""


def sentence_spans(text: str, *, semicolons: bool = False, lines: bool = True) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends, as ``(start, end)`` offsets into it, in order: each span
    starts at the sentence's first character and ends after its stop and closing quotes; the white space between
    sentences belongs to none. With ``semicolons`` a semicolon before white space ends a sentence too, whatever
    follows it (for telling one statement of a turn from the next). Without ``lines`` a line break is white space
    like any other, for text wrapped by hand where a sentence (and a name in it) runs on over lines. Blank text
    has no sentences."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _ends(text, semicolons, lines):
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    return spans


def sentences(text: str, *, semicolons: bool = False, lines: bool = True) -> list[str]:
    """The sentences of ``text`` (as ``sentence_spans`` finds them), each without the white space around it."""
    return [text[start:end] for start, end in sentence_spans(text, semicolons=semicolons, lines=lines)]


def _ends(text: str, semicolons: bool, lines: bool) -> list[int]:
    ends: list[int] = []
    for match in _STOP.finditer(text):
        if match.group() == "\n":
            if lines:
                ends.append(match.start())
            continue
        following = _NEXT.match(text, match.end())
        if following is None or following.group(1).islower():
            continue
        if match.group().rstrip(CLOSERS) == "." and _abbreviation_before(text, match.start()):
            continue
        ends.append(match.end())
    if semicolons:
        ends = sorted({*ends, *(match.end() for match in _SEMICOLON.finditer(text))})
    return ends


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or initials rather than a sentence."""
    if _OPENER.match(text, stop + 1):
        return False
    head = text[max(0, stop - 12) : stop + 1]
    if _INITIALS.search(head):
        return True
    word = _WORD_BEFORE.search(head)
    if word is None:
        return False
    if word.group(1).lower() == "no":  # "No. 2" is a number; "No. The rules …" an answer
        return re.match(r"\.\s*\d", text[stop:]) is not None
    return word.group(1).lower() in ABBREVIATIONS


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` without its white space, unless it is blank."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        spans.append((first, first + len(stripped)))
