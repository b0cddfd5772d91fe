"""A deterministic synthetic briefing corpus: daily transcripts of speaker turns over a Zipf-like vocabulary.

The same seed and size always give the same files and questions, so runs on different days compare.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import numpy as np

TURNS_PER_TRANSCRIPT = 166
"""About a million turns in six thousand transcripts, as twenty years of one department's briefings."""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_DOMAIN = _words(
    "ceasefire strike convoy coalition minister embassy sanctions talks rebels border refugees aid drone "
    "militia airstrike envoy treaty nuclear summit negotiations humanitarian corridor province capital "
    "casualties civilians evacuation monitors resolution council delegation oil pipeline port election "
    "ballots protest crackdown journalists detained hostage release frontier troops withdrawal deployment"
)
_FILLER = _words(
    "the of to and a in that we is for on it with as at this be by have from or are not our they but "
    "what about there which will would can all their been has more when if so were also"
)
_SPEAKERS = ("MR. HALLORAN", "MS. ABENA", "MR. VOSKUIJLEN", "MS. TARKOWSKI", "SECRETARY MBEKI-RUIZ")
_SHORT_TURNS = ("Thank you.", "Go ahead.", "Next question.", "I'll leave it there.", "Let's move on.")
_SYLLABLES = _words(
    "ka ri to ma ne lu sa vo di pe ba zu ko ra mi te no la si fu ge ha jo ki ru da be po ta ni "
    "mo se lo vi re du ga pi ho na ke ju bo ti wa"
)


class Vocabulary:
    """Content words by rank (a few domain words first, then made-up words) and their Zipf-like weights."""

    def __init__(self, size: int = 60_000, seed: int = 11) -> None:
        rng = random.Random(seed)
        words = list(_DOMAIN)
        seen = set(words) | set(_FILLER)
        while len(words) < size:
            word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
            if word not in seen:
                seen.add(word)
                words.append(word)
        self.words = words
        ranks = np.arange(1, size + 1, dtype=np.float64)
        weights = 1.0 / (ranks + 2.7) ** 1.07
        self.cumulative = np.cumsum(weights / weights.sum())

    def sample(self, rng: np.random.Generator, count: int) -> np.ndarray:
        """``count`` word ranks drawn from the Zipf-like distribution."""
        return np.minimum(np.searchsorted(self.cumulative, rng.random(count)), len(self.words) - 1)


def transcript(number: int, vocabulary: Vocabulary, seed: int = 7) -> tuple[str, str]:
    """Transcript ``number``: its corpus path and its text (front matter, then one speaker turn a line)."""
    rng = np.random.default_rng([seed, number])
    day = dt.date(2004, 1, 1) + dt.timedelta(days=number)
    speaker = _SPEAKERS[number % len(_SPEAKERS)]
    lines = [
        "---",
        f"title: Daily Press Briefing, {day:%d %B %Y} (synthetic)",
        f"url: https://briefings.example.org/daily/{day.isoformat()}",
        f"date: {day.isoformat()}",
        "kind: transcript",
        "---",
    ]
    for turn in range(TURNS_PER_TRANSCRIPT):
        asking = turn % 2 == 1
        label = "QUESTION" if asking else speaker
        if not asking and rng.random() < 0.06:
            lines.append(f"{label}: {_SHORT_TURNS[int(rng.integers(len(_SHORT_TURNS)))]}")
            continue
        sentences = int(rng.integers(1, 3)) if asking else int(rng.integers(1, 6))
        lines.append(f"{label}: {_sentences(rng, vocabulary, sentences, asking)}")
    return f"{day.year}/{day.isoformat()}-briefing.txt", "\n".join(lines) + "\n"


def _sentences(rng: np.random.Generator, vocabulary: Vocabulary, count: int, asking: bool) -> str:
    parts = []
    for _ in range(count):
        length = int(rng.integers(6, 19))
        content = vocabulary.sample(rng, length)
        filler = rng.random(length) < 0.35
        words = [
            _FILLER[int(rng.integers(len(_FILLER)))] if is_filler else vocabulary.words[rank]
            for rank, is_filler in zip(content.tolist(), filler.tolist(), strict=True)
        ]
        words[0] = words[0].capitalize()
        parts.append(" ".join(words) + ("?" if asking else "."))
    return " ".join(parts)


def write_corpus(folder: Path, passages: int, seed: int = 7) -> int:
    """Write enough transcripts for about ``passages`` turns into ``folder``; returns how many files."""
    vocabulary = Vocabulary()
    count = max(1, round(passages / TURNS_PER_TRANSCRIPT))
    for number in range(count):
        name, text = transcript(number, vocabulary, seed)
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return count


def questions(count: int, seed: int = 99) -> list[str]:
    """``count`` questions of 2-6 content words (with a little filler the analyzer drops)."""
    vocabulary = Vocabulary()
    rng = np.random.default_rng(seed)
    asked = []
    for _ in range(count):
        ranks = vocabulary.sample(rng, int(rng.integers(2, 7)))
        asked.append("what about " + " ".join(vocabulary.words[r] for r in ranks.tolist()) + "?")
    return asked
