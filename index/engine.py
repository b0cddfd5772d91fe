"""BM25 scoring: rank-bm25's BM25Okapi over the indexed passages' terms, with a stable top-k.

Scores follow BM25Okapi exactly (k1, b, and its IDF floor of ``epsilon`` times the mean IDF for terms found
in more than half the passages). A query is a mapping of term to weight; a weight of n scores the term n
times, which is what BM25Okapi does with a term repeated n times in the query.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

import numpy as np
from rank_bm25 import BM25Okapi


@dataclass(frozen=True, slots=True)
class Bm25Params:
    """BM25Okapi's parameters, with rank-bm25's defaults."""

    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25

    def to_dict(self) -> dict[str, float]:
        """The parameters as a JSON-ready dict."""
        return asdict(self)


class Bm25Engine:
    """Scores and ranks a fixed list of term lists; row i of the corpus is result id i."""

    def __init__(self, corpus: Sequence[Sequence[str]], params: Bm25Params | None = None) -> None:
        self.params = params or Bm25Params()
        self.size = len(corpus)
        self._bm25 = (
            BM25Okapi(
                [list(terms) for terms in corpus], k1=self.params.k1, b=self.params.b, epsilon=self.params.epsilon
            )
            if self.size and any(corpus)
            else None
        )

    def scores(self, query: Mapping[str, float]) -> np.ndarray:
        """The BM25 score of every row for a weighted query (zeros for an empty corpus or query)."""
        total = np.zeros(self.size)
        if self._bm25 is None:
            return total
        for term, weight in query.items():
            total += weight * self._bm25.get_scores([term])
        return total

    def search(self, query: Mapping[str, float], k: int) -> tuple[list[tuple[int, float]], int]:
        """The ``k`` best rows that contain a query term, best first, and how many rows contain one.

        Equal scores keep corpus order. A row matches by containing a term, whatever its score: in a tiny
        corpus BM25Okapi's IDF can be zero or negative for a term that is still found.
        """
        if self._bm25 is None or not query:
            return [], 0
        terms = [term for term, weight in query.items() if weight > 0]
        found = np.fromiter(
            (any(term in freqs for term in terms) for freqs in self._bm25.doc_freqs), dtype=bool, count=self.size
        )
        matched = np.flatnonzero(found)
        if k <= 0 or matched.size == 0:
            return [], int(matched.size)
        scores = self.scores(query)
        order = np.lexsort((matched, -scores[matched]))[:k]
        return [(int(matched[i]), float(scores[matched[i]])) for i in order], int(matched.size)
