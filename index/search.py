"""Answering a question from a loaded index.

The question becomes a weighted query (its words, its names' alias groups: ``index.query``); the engine
returns the best candidates; a reporter's question among them gives way to the turn that answers it (an
answer shows its question); near repeats among them fold into one hit that lists every source
(``index.dedup``); a question about time orders them by date (``index.rerank``); and a "when" question
gets the derived line naming the date its passages give (``index.date_answer``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from index.analyzer import iter_tokens
from index.date_answer import derive_date_answer, name_initials
from index.dates import reference_day
from index.dedup import collapse
from index.models import Answer, DateAnswer, Hit, Passage, PassageKind, Source
from index.query import DateBound, QueryPlan, plan_query
from index.rerank import Candidate, order_candidates
from index.speakers import DASHES, is_questioner
from index.store import LoadedIndex

CANDIDATES = 50
"""How many passages the engine is asked for at least; near repeats and date ordering work among them."""
DATE_CANDIDATES = 30
DOCUMENT_FACTS_KEPT = 4096
"""How many documents' terms and reference days a searcher remembers for dating answers."""
DOCUMENT_REACH = 400
"""How many passages on either side of a candidate are read as its document's, for dating answers."""
"""How many of the best passages a "when" question's date may come from (the one chosen is shown first)."""


_ANSWER_REACH = 6
"""How many turns after a question its answer may come (a question cut off and taken up again)."""


class Searcher:
    """Answers questions from one loaded index. Safe to share between threads: the only thing it changes is a
    memo of facts about documents, which any thread may fill."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self._facts_by_document: dict[int, tuple[frozenset[str], date | None]] = {}

    def ask(self, question: str, k: int = 5) -> Answer:
        """The ``k`` best passages for ``question``, best first, and how many passages matched at all."""
        plan = plan_query(question, self.index.aliases)
        if not plan.weights:
            return Answer(question=question, hits=(), matched=0, terms=plan.marks)
        ordered, members, matched, best = self._ranked(plan, max(CANDIDATES, 4 * k))
        missing = self._missing(plan)
        dated = None
        if plan.intent.asks_date and k > 0:
            dated = self._dated(question, plan, ordered, members, best)
        shown = ordered[: max(k, 0)]
        if dated is not None:
            chosen = next(c for c in ordered if c.passage_id == dated.passage_id)
            shown = [chosen, *(c for c in shown if c is not chosen)][: max(k, 0)]
        hits = [self._hit(c.passage_id, c.score, members[c.passage_id]) for c in shown]
        return Answer(question, tuple(hits), matched, plan.marks, dated, missing)

    def _ranked(self, plan: QueryPlan, depth: int) -> tuple[list[Candidate], dict[int, list[int]], int, float]:
        """The candidates in answer order, the near repeats folded into each, how many passages matched, and the
        best score."""
        ranked, matched = self.index.engine.search(plan.weights, depth)
        passages = self.index.passages
        found = self._answers_for_questions([(self.index.rows[row], score) for row, score in ranked])
        groups = collapse(found, lambda item: passages[item[0]].shown_text)
        members = {group[0][0]: [passage_id for passage_id, _ in group[1:]] for group in groups}
        candidates = [Candidate(pid, score, passages[pid].dates, self._written(pid)) for (pid, score), *_ in groups]
        return order_candidates(candidates, plan.intent), members, matched, ranked[0][1] if ranked else 0.0

    def _dated(
        self, question: str, plan: QueryPlan, ordered: list[Candidate], members: dict[int, list[int]], best: float
    ) -> DateAnswer | None:
        """The date line of a "when" question. A limit set by another event (``before the ceasefire was
        restored``) is dated first, as a question of its own; when it cannot be dated, there is no line."""
        intent = plan.intent
        if intent.after_events:
            bounds = list(intent.bounds)
            for limit in intent.after_events:
                asked = plan_query(limit.question(), self.index.aliases)
                if not asked.weights:
                    return None
                sub_ordered, sub_members, _, sub_best = self._ranked(asked, CANDIDATES)
                found = self._dated(limit.question(), asked, sub_ordered, sub_members, sub_best)
                if found is None:
                    return None
                bounds.append(DateBound(limit.relation, found.date))
            main = plan_query(question[: intent.after_events[0].start], self.index.aliases)
            plan = replace(main, intent=replace(intent, bounds=tuple(bounds), after_events=()))
        pool = [self._hit(c.passage_id, c.score, members[c.passage_id]) for c in ordered[:DATE_CANDIDATES]]
        engine = self.index.engine
        return derive_date_answer(
            pool,
            plan,
            best,
            engine.document_frequency,
            len(self.index.rows),
            self.index.aliases,
            self._document_terms,
            self._reference,
            self._previous_text,
        )

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

    def _answers_for_questions(self, ranked: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """Each reporter's question replaced by the turn that answers it (which shows the question), in the
        question's place if that is better; a passage appears once."""
        best: dict[int, float] = {}
        order: list[int] = []
        for passage_id, score in ranked:
            shown = self.answer_to(passage_id)
            shown = passage_id if shown is None else shown
            if shown not in best:
                order.append(shown)
            best[shown] = max(score, best.get(shown, score))
        return [(passage_id, best[passage_id]) for passage_id in order]

    def answer_to(self, passage_id: int) -> int | None:
        """The turn that answers a reporter's question, or that finishes an answer cut off by the question
        going on (``They are —``): the last answer turn within the next few whose question includes it."""
        passages = self.index.passages
        turn = passages[passage_id]
        if turn.kind is not PassageKind.TURN:
            return None
        if is_questioner(turn.speaker):
            asked = turn.text
        elif turn.context and turn.text.rstrip().endswith(DASHES):
            asked = turn.context.split("\n")[-1]
        else:
            return None
        answer = None
        for following in range(passage_id + 1, min(len(passages), passage_id + _ANSWER_REACH + 1)):
            candidate = passages[following]
            if candidate.doc != turn.doc:
                break
            if is_questioner(candidate.speaker) and not candidate.text.lstrip().startswith(DASHES):
                break
            if candidate.context and asked in candidate.context.split("\n"):
                answer = following
        return answer

    def _document_terms(self, passage_id: int) -> frozenset[str]:
        """Every term of the document a passage is in."""
        return self._document_facts(passage_id)[0]

    def _reference(self, passage_id: int) -> date | None:
        """For a passage of a document without a date, the day that gives its year-less dates their year."""
        return self._document_facts(passage_id)[1]

    def _previous_text(self, passage_id: int) -> str:
        """The text of the passage before ``passage_id`` in its document, or "" for its first."""
        passages = self.index.passages
        if passage_id > 0 and passages[passage_id - 1].doc == passages[passage_id].doc:
            return passages[passage_id - 1].text
        return ""

    def _document_facts(self, passage_id: int) -> tuple[frozenset[str], date | None]:
        """The terms of a passage's document and its reference day, remembered for the searcher's life (an
        index never changes under it); two threads asking at once may both work them out, to the same end."""
        doc = self.index.passages[passage_id].doc
        known = self._facts_by_document.get(doc)
        if known is None:
            aliases = self.index.aliases
            terms: set[str] = set()
            texts = []
            for passage in self._passages_of(passage_id):
                tokens = list(iter_tokens(passage.shown_text))
                terms.update(token.term for token in tokens)
                terms.update(match.group.term for match in aliases.find(passage.shown_text, tokens))
                terms.update(initials for initials, _ in name_initials(passage.shown_text))
                texts.append(passage.text)
            known = (frozenset(terms), reference_day(texts))
            if len(self._facts_by_document) < DOCUMENT_FACTS_KEPT:
                self._facts_by_document[doc] = known
        return known

    def _passages_of(self, passage_id: int) -> list[Passage]:
        """The passages of the document ``passage_id`` is in (a document's passages lie side by side), up to
        ``DOCUMENT_REACH`` on either side of it."""
        passages = self.index.passages
        doc = passages[passage_id].doc
        first = passage_id
        while first > 0 and passage_id - first < DOCUMENT_REACH and passages[first - 1].doc == doc:
            first -= 1
        last = passage_id
        while last + 1 < len(passages) and last - passage_id < DOCUMENT_REACH and passages[last + 1].doc == doc:
            last += 1
        return [passages[n] for n in range(first, last + 1)]

    def _written(self, passage_id: int) -> date | None:
        passage = self.index.passages[passage_id]
        return passage.date or self.source_of(passage).date

    def _missing(self, plan: QueryPlan) -> tuple[str, ...]:
        """The question's words and names that no passage contains."""
        engine = self.index.engine
        return tuple(word.text for word in plan.words if not any(engine.document_frequency(t) for t in word.terms))

    def _hit(self, passage_id: int, score: float, near: list[int]) -> Hit:
        """A hit with every other place its words appear: exact repeats, then near repeats and theirs."""
        passage = self.index.passages[passage_id]
        source = self.source_of(passage)
        elsewhere: list[Source] = []
        for other in self._repeats(passage_id, near):
            other_source = self.source_of(self.index.passages[other])
            if other_source.path != source.path and other_source not in elsewhere:
                elsewhere.append(other_source)
        return Hit(passage_id, passage, source, score, tuple(elsewhere))

    def _repeats(self, passage_id: int, near: list[int]) -> list[int]:
        duplicates = self.index.duplicates
        found = list(duplicates.get(passage_id, []))
        for other in near:
            found.append(other)
            found.extend(duplicates.get(other, []))
        return found
