"""The one tokenizer: turns text into index terms, the same way at build time and at query time.

Words are folded (accents, curly apostrophes, case), possessives dropped, hyphenated names split into their
parts, numbers kept and common function words (including question words) left out. Each term keeps the
span of the word it came from, so matched words can be marked in a quote.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

ANALYZER_VERSION = 1
"""Bumped whenever the terms produced for a text change; an index built with another version is rebuilt."""

_WORD = re.compile(r"\w+(?:['’\-‐‑]\w+)*")
_INNER_SPLIT = re.compile(r"[\-‐‑_]+")
_POSSESSIVE = re.compile(r"['’]s$")

STOPWORDS = frozenset(
    {
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "done",
        "for",
        "from",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yes",
        "yeah",
        "okay",
        "ok",
        "s",
        "t",
    }
)


@dataclass(frozen=True, slots=True)
class Token:
    """An index term and the span of the word it came from in the analysed text."""

    term: str
    start: int
    end: int


def fold(word: str) -> str:
    """Lowercase, strip accents and unify apostrophes so that variant spellings meet."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("’", "'").casefold()


def iter_tokens(text: str) -> Iterator[Token]:
    """Yield the terms of ``text`` in order, each with the span of its source word."""
    for match in _WORD.finditer(text):
        for term in _word_terms(match.group()):
            yield Token(term, match.start(), match.end())


def analyze(text: str) -> list[str]:
    """The terms of ``text`` in order, repeats kept (the input BM25 counts)."""
    return list(chain.from_iterable(map(_word_terms, _WORD.findall(text))))


@lru_cache(maxsize=1 << 18)
def _word_terms(word: str) -> tuple[str, ...]:
    """The terms one word gives (none for a stopword); cached, as a corpus repeats its words endlessly."""
    folded = _POSSESSIVE.sub("", fold(word))
    return tuple(part for part in _INNER_SPLIT.split(folded.replace("'", "")) if part and part not in STOPWORDS)


def query_terms(question: str) -> dict[str, float]:
    """A question's terms with their weights: how often each occurs, as BM25Okapi scores repeated terms."""
    return dict(Counter(analyze(question)))


def matched_spans(text: str, terms: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """The spans of the words in ``text`` whose terms are in ``terms``, in order, without overlaps."""
    spans: list[tuple[int, int]] = []
    for token in iter_tokens(text):
        if token.term in terms and (not spans or token.start >= spans[-1][1]):
            spans.append((token.start, token.end))
    return spans
