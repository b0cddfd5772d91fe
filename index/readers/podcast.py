"""Podcast and interview transcripts where a timestamp line stands above the speaker's name, the words under it
(``00:12:31`` / ``Jane Roe`` / ``How much …``), as transcription services and show pages write them. The reading
leaves the timestamp and name lines out of the text, and each turn opens at its words with the name as its
speaker, as ``index.readers.numbered`` reads a subtitle file. The lines over the first timestamp are the page's
header (its title, ``Published …``, ``Episode 12 · 42 min``), even with no blank line under them."""

from __future__ import annotations

import re

from index.readers.numbered import Numbered

_STAMP = re.compile(r"^\s*\(?\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?\)?\s*$")
"""A timestamp alone on its line: ``00:12:31``, ``12:31``, ``[00:12:31]``."""
_NAME = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|\d{1,2}|de|van|von|der|la|le|al|bin)){0,4})"
                   r"(?:\s*\((?P<role>[^()]{1,40})\))?\s*:?\s*$")
"""A speaker's name alone on its line, maybe with a role in brackets (``Tom Achebe (guest)``, ``Speaker 2``)."""
_FEW = 2


def read_podcast(text: str) -> Numbered | None:
    """``text`` read as a transcript whose turns each open with a timestamp line and a name line, or None when it
    has fewer than two such turns or any timestamp line with no name under it."""
    lines = text.split("\n")
    stamps = [n for n, line in enumerate(lines) if _STAMP.match(line)]
    opened = [n for n in stamps if n + 2 < len(lines) and _NAME.match(lines[n + 1]) and lines[n + 2].strip()]
    if len(opened) < _FEW or len(opened) < len(stamps):
        return None
    drop = {k for n in opened for k in (n, n + 1)}
    kept: list[str] = []
    turns: list[tuple[int, str, int]] = []
    said: set[int] = set()
    for number, line in enumerate(lines):
        if number in drop:
            if number == opened[0] and number and lines[number - 1].strip():
                kept.append("")  # the page's header (title, ``Published …``) ends where the first turn opens
            continue
        if number - 2 in opened:
            name = _NAME.match(lines[number - 1])
            assert name is not None
            turns.append((len(kept), name["who"], len(line) - len(line.lstrip())))
        if turns and line.strip():  # from the first turn on, every line is someone's words
            said.add(len(kept))
        kept.append(line)
    return Numbered("\n".join(kept), tuple(turns), frozenset(said), cues=False, titled=True)
