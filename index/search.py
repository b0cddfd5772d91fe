"""Answering a question from a loaded index: analyse it, rank passages, attach their sources."""

from __future__ import annotations

from dataclasses import replace

from index.analyzer import query_terms
from index.models import Answer, Hit, Passage, Source
from index.store import LoadedIndex


class Searcher:
    """Answers questions from one loaded index. Safe to share between threads: it never mutates."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index

    def ask(self, question: str, k: int = 5) -> Answer:
        """The ``k`` best passages for ``question``, best first, and how many passages matched at all."""
        terms = query_terms(question)
        ranked, matched = self.index.engine.search(terms, k)
        hits = tuple(self._hit(self.index.rows[row], score) for row, score in ranked)
        return Answer(question=question, hits=hits, matched=matched, terms=frozenset(terms))

    def source_of(self, passage: Passage) -> Source:
        """The document a passage comes from, at the passage's page when the document is paged."""
        source = self.index.sources[passage.doc]
        return replace(source, page=passage.page) if passage.page is not None else source

    def neighbours(self, passage_id: int, before: int = 1, after: int = 1) -> list[Passage]:
        """The passage with up to ``before`` and ``after`` passages around it in the same document."""
        passages = self.index.passages
        centre = passages[passage_id]
        first = max(0, passage_id - before)
        last = min(len(passages), passage_id + after + 1)
        return [p for p in passages[first:last] if p.doc == centre.doc]

    def _hit(self, passage_id: int, score: float) -> Hit:
        passage = self.index.passages[passage_id]
        source = self.source_of(passage)
        elsewhere: list[Source] = []
        for other in self.index.duplicates.get(passage_id, []):
            other_source = self.source_of(self.index.passages[other])
            if other_source.path != source.path and other_source not in elsewhere:
                elsewhere.append(other_source)
        return Hit(passage_id, passage, source, score, tuple(elsewhere))
