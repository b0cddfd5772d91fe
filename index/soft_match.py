"""Soft word matching: a candidate's credit for the question's words it says in other words.

A question word a candidate does not hold (none of its terms: its stem, its alias groups) is met with the
candidate's word nearest it in meaning (cosine of the two words' static vectors); when that is at least
``SOFT_THRESHOLD`` near, the word counts that similarity times its rarity. A candidate's soft share is what its
words so earn over the weight of all the question's words (``soft_shares``), or, read sentence by sentence, the best
sentence's share of the question with the words it holds counting in full (``SOFT_SENTENCES``). Only the few
candidates already read are matched, so it costs one small matrix product per question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from index.analyzer import STOPWORDS, fold
from index.sentences import sentences

SOFT_THRESHOLD = 0.6
"""Two words at least this similar in meaning count as the same word, at their similarity."""
SOFT_GAPS = False
"""Whether only the words no candidate holds earn credit."""
SOFT_SENTENCES = False
"""Whether a candidate's share is its best sentence's (the words it holds in full, the others softly)."""

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@dataclass(frozen=True, slots=True)
class AskedWord:
    """A searched word of the question: as asked, the terms any of which find it, and its weight (its rarity)."""

    text: str
    terms: Collection[str]
    weight: float


def content_words(text: str) -> list[str]:
    """The words of ``text`` that are not stopwords, as written."""
    return [word for word in _WORD.findall(text) if fold(word) not in STOPWORDS]


def soft_shares(
    asked: Sequence[AskedWord],
    texts: Sequence[str],
    vectors: Callable[[Sequence[str], bool], np.ndarray],
    terms_of: Callable[[str], Collection[str]],
) -> list[float]:
    """Each text's soft share of ``asked`` (0 to 1): the weight of the words it says in other words, each at its
    similarity to the nearest word of the text, over the weight of all the words asked. ``vectors`` gives words'
    unit vectors, one row each (remembered or not: the question's words are not); ``terms_of`` a text's terms."""
    total = sum(word.weight for word in asked)
    if total <= 0 or not texts:
        return [0.0] * len(texts)
    pieces = [sentences(text, semicolons=True) or [text] for text in texts] if SOFT_SENTENCES else [[t] for t in texts]
    words_of = [[content_words(piece) for piece in parts] for parts in pieces]
    vocabulary = sorted({word for parts in words_of for words in parts for word in words})
    if not vocabulary:
        return [0.0] * len(texts)
    position = {word: n for n, word in enumerate(vocabulary)}
    asked_vectors = np.stack([_phrase_vector(word.text, vectors) for word in asked])
    near = asked_vectors @ vectors(vocabulary, True).T  # (asked words) × (candidates' words)
    near = np.where(near >= SOFT_THRESHOLD, near, 0.0)
    weights = np.array([word.weight for word in asked])
    if SOFT_GAPS:
        every = [terms_of(text) for text in texts]
        gap = np.array([not any(t in held for held in every for t in word.terms) for word in asked])
        near = near * gap[:, None]
    shares = []
    for parts, words_by_part in zip(pieces, words_of, strict=True):
        best = 0.0
        for part, words in zip(parts, words_by_part, strict=True):
            if not words:
                continue
            held = terms_of(part)
            holds = np.array([any(term in held for term in word.terms) for word in asked])
            soft = near[:, [position[word] for word in words]].max(axis=1)
            credit = np.where(holds, 1.0 if SOFT_SENTENCES else 0.0, soft)
            best = max(best, float(weights @ credit) / total)
        shares.append(best)
    return shares


def _phrase_vector(text: str, vectors: Callable[[Sequence[str], bool], np.ndarray]) -> np.ndarray:
    """A word's (or a name's) unit vector: the mean of its content words' vectors."""
    words = content_words(text) or [text]
    mean = vectors(words, False).sum(axis=0)
    length = float(np.linalg.norm(mean))
    return mean / length if length > 0 else mean
