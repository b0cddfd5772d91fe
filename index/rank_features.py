"""What a candidate passage's final score is made of, and the weights that combine them.

Each of a question's candidates (after reporters' questions gave way to their answers) is described by a few
numbers, and its score is their weighted sum times the best candidate's score. The weights were learned from the
gold tune halves by ``bench/learn_rank.py``, which prints them again from the gold files.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from index.analyzer import CONTEXT_MARK, analyze
from index.models import Passage, PassageKind
from index.speakers import is_questioner

FEATURES = ("words", "meaning", "document", "length", "questioner", "brush-off", "number", "title")
"""``words``: the passage's BM25 score over the best candidate's; ``meaning``: what nearness in meaning adds, in
the same shares; ``document``: its document's evidence over the best document's (the sum of its ``DOCUMENT_EVIDENCE``
best candidates' scores); ``length``: log of its number of words; ``questioner``: 1 for a reporter's own turn;
``brush-off``: 1 for a turn that refers the question elsewhere or declines it; ``number``: 1 when the question
asks how many or how much and the passage holds a number; ``title``: the share of the question's weight (its
terms' rarity) that its document's title holds."""
MAIN_WEIGHTS = np.array([1.0, 1.0, 0.4, 0.0, 0.0, 0.0, 0.0, 0.0])
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


def candidate_features(
    question: str,
    weights: Mapping[str, float],
    found: Sequence[tuple[int, float, float]],
    passage: Callable[[int], Passage],
    title: Callable[[int], str],
    rarity: Callable[[str], float],
) -> np.ndarray:
    """One row of ``FEATURES`` per candidate (passage id, BM25 part, meaning part: best first by their sum):
    ``weights`` is the question's query, ``title`` a document's title, ``rarity`` a term's IDF."""
    rows = np.zeros((len(found), len(FEATURES)))
    if not found:
        return rows
    best = max(words + near for _, words, near in found) or 1.0
    passages = [passage(pid) for pid, _, _ in found]
    by_document: dict[int, list[float]] = {}
    for item, (_, words, near) in zip(passages, found, strict=True):
        by_document.setdefault(item.doc, []).append(max(words + near, 0.0))
    evidence = {doc: sum(sorted(scores, reverse=True)[:DOCUMENT_EVIDENCE]) for doc, scores in by_document.items()}
    top = max(evidence.values()) or 1.0
    asked = {term: weight * rarity(term) for term, weight in weights.items() if not term.startswith(CONTEXT_MARK)}
    total = sum(asked.values()) or 1.0
    titled = {doc: sum(asked.get(term, 0.0) for term in set(analyze(title(doc)))) / total for doc in evidence}
    numbers = bool(_ASKS_NUMBER.search(question))
    for n, (item, (_, words, near)) in enumerate(zip(passages, found, strict=True)):
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
        )
    return rows
