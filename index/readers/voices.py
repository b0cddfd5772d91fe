"""Transcripts whose turns open with a transcription service's voice label, the speaker's name run into the words
(``spk00: Stephanie Hale Good morning, everyone …``), as an earnings-call site prints them.

A name is the capitalised words after the label that every turn of that voice opens with (``Tom Reyes`` before
``Thank you`` and before ``About a third``); a voice heard once is named by its capitalised words but the last,
which opens the sentence (``Operator`` before ``Our first question``), or by all of them when the words go on with
a figure or a mark. The label and the name stay in the text; each turn opens at its words, with the name
as its speaker, as ``index.readers.numbered`` reads a subtitle file. The lines above the first turn are the page's
header."""

from __future__ import annotations

import re

from index.analyzer import STOPWORDS, fold
from index.readers.numbered import Numbered

_VOICE = re.compile(r"^\s*(?P<voice>spk_?\d{1,3})\s*:\s+(?=\S)", re.IGNORECASE)
"""A voice label opening a line: ``spk00:``, ``SPK_3:``."""
_WORD = re.compile(r"\S+")
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_MIN_TURNS = 3
"""Voice lines needed, of two voices or more, for a text to be read so."""
_NAME_WORDS = 4


def read_voices(text: str) -> Numbered | None:
    """``text`` read as a transcript of ``spkNN: Name Words`` turns, or None when fewer than three lines of two
    voices or more open so, or a voice's name cannot be told."""
    lines = text.split("\n")
    opened = {n: match for n, line in enumerate(lines) if (match := _VOICE.match(line))}
    voices = {match["voice"].lower() for match in opened.values()}
    if len(opened) < _MIN_TURNS or len(voices) < 2:
        return None
    words = {n: [(word.group(), match.end() + word.start()) for word in _WORD.finditer(lines[n][match.end() :])]
             for n, match in opened.items()}
    names = {voice: _name([words[n] for n, match in opened.items() if match["voice"].lower() == voice])
             for voice in voices}
    if not all(names.values()):
        return None
    turns = []
    for n, match in opened.items():
        size = len(names[match["voice"].lower()])
        after = words[n][size][1] if size < len(words[n]) else len(lines[n])
        turns.append((n, " ".join(names[match["voice"].lower()]), after))
    first = min(opened)
    said = frozenset(n for n in range(first, len(lines)) if lines[n].strip())
    return Numbered(text, tuple(turns), said, cues=False, titled=True)


def _name(turns: list[list[tuple[str, int]]]) -> list[str]:
    """A voice's name, from the words of each of its turns (empty when none can be told)."""
    runs = [_capitalised_run(words) for words in turns]
    if len(runs) > 1:
        common = runs[0]
        for run in runs[1:]:
            same = [k for k, (mine, theirs) in enumerate(zip(common, run, strict=False)) if mine != theirs]
            common = common[: same[0] if same else min(len(common), len(run))]
        whole = any(len(run) == len(common) and len(words) > len(run) for run, words in zip(runs, turns, strict=True))
        name = common[:-1] if whole and not _goes_on_plain(turns, runs, common) else common
    else:
        run = runs[0]
        name = run if _goes_on_plain(turns, runs, run) else run[:-1]
    name = name[:_NAME_WORDS]
    return name if name and fold(name[0]) not in STOPWORDS else []


def _capitalised_run(words: list[tuple[str, int]]) -> list[str]:
    """The capitalised words a turn opens with (up to a word after the name's longest: the sentence's opener)."""
    run = []
    for word, _ in words[: _NAME_WORDS + 1]:
        bare = word.rstrip(",.;:!?")
        if not _CAPITALISED.fullmatch(bare):
            break
        run.append(word)
        if bare != word:  # ``Thanks,``: the sentence's first word, and the name's end
            break
    return run


def _goes_on_plain(turns: list[list[tuple[str, int]]], runs: list[list[str]], name: list[str]) -> bool:
    """Whether a turn whose capitalised words are all ``name`` goes on with a figure or a mark, not a word: the
    name is then all of them (``Tom Reyes 9 percent …``, ``Dana Holt "Fuller" is …``)."""
    return any(
        run == name and len(words) > len(run) and not words[len(run)][0][:1].isalpha()
        for run, words in zip(runs, turns, strict=True)
    )
