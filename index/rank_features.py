"""What a candidate passage's final score is made of, and the weights that combine them.

Each of a question's candidates (after reporters' questions gave way to their answers) is described by a few
numbers, and its score is their weighted sum times the best candidate's score. The weights were learned from the
gold tune halves by ``bench/learn_rank.py``, which prints them again from the gold files.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from index.analyzer import CONTEXT_MARK, analyze
from index.engine import Bm25Params
from index.models import Passage, PassageKind
from index.speakers import is_questioner

FEATURES = ("words", "meaning", "document", "length", "questioner", "brush-off", "number", "title", "sentence")
"""``words``: the passage's BM25 score over the best candidate's; ``meaning``: what nearness in meaning adds, in
the same shares; ``document``: its document's evidence over the best document's (the sum of its ``DOCUMENT_EVIDENCE``
best candidates' scores); ``length``: log of its number of words; ``questioner``: 1 for a reporter's own turn;
``brush-off``: 1 for a turn that refers the question elsewhere or declines it; ``number``: 1 when the question
asks how many or how much and the passage holds a number; ``title``: the share of the question's weight (its
terms' rarity) that its document's title holds; ``sentence``: the BM25 score of its best sentence (its own words,
scored as a row of that sentence's length, under the query the passage got its score under) over the best
candidate's."""
MAIN_WEIGHTS = np.array([1.0, 1.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
"""The hand-set combination the learned weights start from (and are held near): BM25, plus the meaning lift, plus
0.4 of the document's evidence share."""
RANK_WEIGHTS = MAIN_WEIGHTS
"""The weights of ``FEATURES`` every question is ranked with (``bench/learn_rank.py`` prints them)."""
DOCUMENT_EVIDENCE = 5
"""How many of a document's best candidates make up its evidence."""

_ASKS_NUMBER = re.compile(r"(?i)\bhow\s+(?:many|much|long|far|big|large|old|high|often)\b|\bwhat\s+share")
_NUMBER = re.compile(
    r"(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?"
    r"|thousands?|millions?|billions?|dozens?|half|third|quarter)\b"
)
_BRUSH_OFF = re.compile(
    r"(?i)\b(?:refer\s+you|not\s+going\s+to\s+(?:get\s+into|comment|speculate|go\s+into)|no\s+update"
    r"|not\s+in\s+a\s+position\s+to|(?:don't|do\s+not)\s+have\s+(?:anything|any\s+update|more)|have\s+more\s+to\s+say)"
)
_BRUSH_OFF_WORDS = 60
"""A turn this long or longer says more than a brush-off."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")

Found = tuple[int, float, float, Mapping[str, float]]
"""A candidate: its passage, its BM25 score and what nearness in meaning adds, and the query it was scored under."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the features read of the index."""

    passage: Callable[[int], Passage]
    title: Callable[[int], str]
    """A document's title."""
    rarity: Callable[[str], float]
    """A term's rarity for weighing the question's terms (higher for rarer)."""
    terms_of: Callable[[str], list[str]]
    """A text's index terms."""
    idf: Callable[[str], float]
    params: Bm25Params
    average_length: float


def best_sentence(text: str, query: Mapping[str, float], corpus: Corpus, idf: dict[str, float]) -> float:
    """The BM25 score of ``text``'s best sentence for ``query``, each sentence scored as a row of its length."""
    k1, b = corpus.params.k1, corpus.params.b
    best = 0.0
    for sentence in _SENTENCE_END.split(text):
        counts = Counter(corpus.terms_of(sentence))
        if not counts:
            continue
        norm = k1 * (1 - b + b * sum(counts.values()) / (corpus.average_length or 1.0))
        for term in query.keys() - idf.keys():
            idf[term] = corpus.idf(term)
        score = sum(w * idf[t] * counts[t] * (k1 + 1) / (counts[t] + norm) for t, w in query.items() if t in counts)
        best = max(best, score)
    return best


def candidate_features(
    question: str, weights: Mapping[str, float], found: Sequence[Found], corpus: Corpus
) -> np.ndarray:
    """One row of ``FEATURES`` per candidate (best first by BM25 and meaning together); ``weights`` is the
    question's query."""
    rows = np.zeros((len(found), len(FEATURES)))
    if not found:
        return rows
    best = max(words + near for _, words, near, _ in found) or 1.0
    passages = [corpus.passage(pid) for pid, *_ in found]
    idf: dict[str, float] = {}
    sentences = [
        best_sentence(item.text, query, corpus, idf) for item, (*_, query) in zip(passages, found, strict=True)
    ]
    best_sentences = max(sentences) or 1.0
    by_document: dict[int, list[float]] = {}
    for item, (_, words, near, _) in zip(passages, found, strict=True):
        by_document.setdefault(item.doc, []).append(max(words + near, 0.0))
    evidence = {doc: sum(sorted(scores, reverse=True)[:DOCUMENT_EVIDENCE]) for doc, scores in by_document.items()}
    top = max(evidence.values()) or 1.0
    asked = {t: weight * corpus.rarity(t) for t, weight in weights.items() if not t.startswith(CONTEXT_MARK)}
    total = sum(asked.values()) or 1.0
    titled = {doc: sum(asked.get(term, 0.0) for term in set(analyze(corpus.title(doc)))) / total for doc in evidence}
    numbers = bool(_ASKS_NUMBER.search(question))
    for n, (item, (_, words, near, _)) in enumerate(zip(passages, found, strict=True)):
        size = len(item.text.split())
        turn = item.kind is PassageKind.TURN
        questioner = turn and is_questioner(item.speaker)
        brush_off = turn and not questioner and size < _BRUSH_OFF_WORDS and bool(_BRUSH_OFF.search(item.text))
        rows[n] = (
            words / best,
            near / best,
            evidence[item.doc] / top,
            math.log1p(size),
            questioner,
            brush_off,
            numbers and bool(_NUMBER.search(item.text)),
            titled[item.doc],
            sentences[n] / best_sentences,
        )
    return rows
