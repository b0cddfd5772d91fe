"""Repeated passages: the same words quoted twice (exact repeats) or with small differences (near repeats).

Exact repeats are found when the index is built and indexed once. Near repeats (an excerpt quoted with an
elision added, a word changed, a typo fixed) are found among a question's candidates: they share most of
their three-word shingles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from index.analyzer import fold

SHINGLE_WORDS = 3
MIN_SHINGLES = 6
"""Passages shorter than this many shingles (about eight words) are never near repeats: too little to tell."""
MIN_SHARED = 0.7
"""Share of the shorter passage's shingles that the longer one must hold."""
MIN_LENGTH_RATIO = 0.5
"""The shorter passage has at least this share of the longer one's shingles: a short excerpt of a long
passage is a quotation of part of it, not a repeat."""

_WORDS = re.compile(r"\w+")
T = TypeVar("T")


def dedup_key(text: str) -> str:
    """The words of a passage, folded: two passages with the same key say the same thing."""
    return " ".join(_WORDS.findall(fold(text)))


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The passage's runs of three consecutive folded words."""
    words = _WORDS.findall(fold(text))
    if len(words) < SHINGLE_WORDS:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(zip(*(words[n:] for n in range(SHINGLE_WORDS)), strict=False))


def near_repeats(first: frozenset[tuple[str, ...]], second: frozenset[tuple[str, ...]]) -> bool:
    """Whether two passages (as shingles) are the same excerpt with small differences."""
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    if len(small) < MIN_SHINGLES or len(small) < MIN_LENGTH_RATIO * len(large):
        return False
    return len(small & large) >= MIN_SHARED * len(small)


def collapse(items: Sequence[T], text_of: Callable[[T], str]) -> list[list[T]]:
    """Group ranked items whose texts are near repeats; each group keeps rank order, best first.

    The groups come in the order of their best item.
    """
    groups: list[tuple[frozenset[tuple[str, ...]], list[T]]] = []
    for item in items:
        own = shingles(text_of(item))
        for lead, members in groups:
            if near_repeats(lead, own):
                members.append(item)
                break
        else:
            groups.append((own, [item]))
    return [members for _, members in groups]
