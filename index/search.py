"""Answering a question from a loaded index.

The question becomes a weighted query (its words, its names' alias groups: ``index.query``); the engine
returns the best candidates by their words (BM25), and the meaning layer (``index.meaning``) those nearest the
question in meaning; the two lists are fused into one score. A reporter's question among them gives way to the
turn that answers it (an answer shows its question), at a share of the question's score, so that a brush-off
does not outrank a passage that answers; near repeats fold into one hit that lists every source
(``index.dedup``); a question about time orders them by date (``index.rerank``); and a "when" question gets the
derived line naming the date its passages give (``index.date_answer``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain

import numpy as np

from index.aliases import name_words
from index.analyzer import CONTEXT_MARK, STOPWORDS, fold, iter_tokens
from index.chat_markup import without_markup
from index.date_answer import derive_date_answer, name_initials
from index.dates import reference_day
from index.dedup import collapse
from index.marks import with_marks
from index.meaning import Embedder, load_model, meaning_text
from index.models import Answer, DateAnswer, Hit, Passage, PassageKind, Ranking, Source
from index.names_asked import asked_for_name, gives_name, how_asked
from index.query import DateBound, QueryPlan, plan_query, with_fields
from index.records import RowBlocks
from index.renames import other_names
from index.rerank import (
    RELEVANT_SHARE,
    Candidate,
    asks_how_many,
    asks_what_said,
    asks_why,
    asks_yes_no,
    cut_short,
    is_cut_off,
    is_short,
    order_candidates,
    rarity,
    sink,
    states_cause,
    states_count,
    states_denial,
    states_saying,
)
from index.speaker_field import SPEAKER_MARK
from index.store import LoadedIndex, meaning_setting


@dataclass(frozen=True, slots=True)
class _Counted:
    """What a how-many question counts: the terms of the word counted, and of each word saying what happened to them."""

    terms: tuple[str, ...]
    happened: tuple[tuple[str, ...], ...]


CANDIDATES = 50
"""How many passages the engine is asked for at least; near repeats and date ordering work among them."""
DATE_CANDIDATES = 30
"""How many of the best passages a "when" question's date may come from (the one chosen is shown first)."""
DOCUMENT_FACTS_KEPT = 4096
"""How many documents' terms and reference days a searcher remembers for dating answers."""
DOCUMENT_REACH = 400
"""How many passages on either side of a candidate are read as its document's, for dating answers."""

QUESTION_SHARE = 0.6
"""The share of a reporter's question's score its answer turn inherits: the question's words help find the
answer, but less than the answer's own words."""
REPLY_SHARE = 1.0
"""The share of a question's score the turn replying to it inherits when no answer turn shows the question (the
transcript did not mark it as a reporter's): the reply takes the question's place, and shows it."""
MEANING_CANDIDATES = 20
"""How many passages nearest the question in meaning join the candidates when its words found too few."""
MEANING_WEIGHT = 0.5
"""How much nearness in meaning adds to a candidate's score, in shares of the best BM25 score."""
NEAR_WORD = 0.45
"""Two words at least this similar in meaning say the same (``quake`` and ``earthquake``; ``died`` and
``killed``; ``blaze`` and ``fire``), for telling whether a word no passage contains was needed."""
_SAYING = "say says said saying tell tells told"
"""Words a speaker's turn holds by being one: what did X say (tell us)."""
_ASKING = "ask asks asked asking"
"""Words an answer turn holds by answering a question: what did X ask."""
MISSING_CHECKED = 10
"""How many of the best passages are searched for a word near a missing one (those relevant: scoring at least
``RELEVANT_SHARE`` of the best), however many are shown: a word said otherwise a few passages down is not named
missing, and an answer names the same words for any ``k``."""
MEANING_MIN_SIMILARITY = 0.38
"""A passage that shares no searched word with the question joins the candidates only this near in meaning."""
MEANING_FLOOR = 0.25
"""Nearness is counted from this similarity up to the nearest candidate's: a fixed floor, so that among
candidates all about as near (or as far) as one another small differences do not turn into large lifts."""
RENAME_WEIGHT = 1.0
"""How much another name the corpus states for a body the question names weighs against the name asked, by
rarity: its words weigh alike, together as much as the name asked (its words' weights times their IDFs), so that
a passage naming the body either way gains as much from the name (asked about the rare ``Eastgate Mining``, the
``Braxton Minerals`` of every other passage weighs more than its two words)."""
RENAME_SOURCES = CANDIDATES
"""How many of the best passages are read for renames of the names a question holds."""
DOCUMENT_WEIGHT = 0.4
"""How much a candidate's document adds to its score, in shares of the best fused score, for the best
document (the one whose best candidates score highest together); others add in proportion."""
DOCUMENT_EVIDENCE = 5
"""How many of a document's best candidates make up its evidence."""


_FIELD_MARKS = (CONTEXT_MARK, SPEAKER_MARK)
"""The marks that start a term of a field beside a passage's words (the question answered, the speaker)."""


def _field_term(term: str) -> str:
    """A term without the mark of the field it searches."""
    return term[1:] if term.startswith(_FIELD_MARKS) else term


@dataclass(frozen=True, slots=True)
class _Scored:
    """A BM25 row as the fusion sees it."""

    bm25: float
    bm25_rank: int | None
    similarity: float
    meaning_rank: int | None
    fused: float
    row: int | None = None
    """Its row in the engine (None for an answer turn that only its question placed)."""


def _asked_as(question: str, asked: tuple[str, ...], name: str) -> str:
    """The question with the name whose words are ``asked`` put as ``name`` (added at its end when the words
    are not found in a row)."""
    tokens = [token for token in iter_tokens(question) if not token.joined]
    for first in range(len(tokens) - len(asked) + 1):
        if tuple(token.term for token in tokens[first : first + len(asked)]) == asked:
            return question[: tokens[first].start] + name + question[tokens[first + len(asked) - 1].end :]
    return f"{question} {name}"



CASE_SOURCES = 5
"""How many of the best passages by words tell how the corpus writes a question's words (``in_corpus_case``)."""
_CASED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def in_corpus_case(question: str, texts: list[str]) -> str:
    """``question`` with each word written as the first of ``texts`` (the best passages by words) to hold it writes
    it, else in lower case: the meaning model tells capitals apart, and a question asked in capitals (``WHEN WAS
    NUSRA LAST STRUCK?``) must rank as it does written as the corpus writes its words."""
    forms: dict[str, str] = {}
    for text in texts:
        for word in _CASED_WORD.findall(text):
            forms.setdefault(word.casefold(), word)
    return _CASED_WORD.sub(lambda word: forms.get(word[0].casefold(), word[0].casefold()), question)

class Searcher:
    """Answers questions from one loaded index. Safe to share between threads: the only thing it changes is a
    memo of facts about documents, which any thread may fill."""

    def __init__(self, index: LoadedIndex, meaning: bool = True, stated_renames: bool = True) -> None:
        """``meaning=False`` answers by words alone even when the index has meaning vectors;
        ``stated_renames=False`` asks under the question's names only."""
        self.index = index
        self.stated_renames = stated_renames
        self._facts_by_document: dict[int, tuple[frozenset[str], date | None]] = {}
        self.embedder: Embedder | None = None
        self.notice: str | None = None
        """Why the meaning layer is off although the index was built for one (to say once), or None."""
        setting = meaning_setting(index.manifest)
        if meaning and index.vectors is not None and setting:
            model = load_model(setting)
            self.embedder = model.embedder
            self.notice = model.problem and f"{model.problem}; answering by words alone"
        elif meaning and setting:
            problem = (index.manifest.get("meaning") or {}).get("problem")
            self.notice = problem and f"{problem}; answering by words alone"

    def ask(self, question: str, k: int = 5) -> Answer:
        """The ``k`` best passages for ``question``, best first, and how many passages matched at all; chat markup
        in it (``@everyone``, ``<@123>``: ``index.chat_markup``) is no word of it, and the answer shows it as asked."""
        asked, question = question, without_markup(question)
        plan = plan_query(question, self.index.aliases, self._known)
        if not plan.weights:
            return Answer(question=asked, hits=(), matched=0, terms=plan.marks)
        depth = max(CANDIDATES, 4 * k)
        plan, searched = self._under_stated_names(question, plan, depth)
        ordered, members, matched, best, scored = self._ranked(question, plan, depth, searched)
        dated = self._dated(question, plan, ordered, members, best, scored) if plan.intent.asks_date and k > 0 else None
        shown = ordered[: max(k, 0)]
        if dated is not None:
            chosen = next(c for c in ordered if c.passage_id == dated.passage_id)
            shown = [chosen, *(c for c in shown if c is not chosen)][: max(k, 0)]
        spoken = self._by_speaker(plan, [scored[c.passage_id].row if c.passage_id in scored else None for c in shown])
        hits = [
            self._hit(c.passage_id, scored.get(c.passage_id), c.score, members[c.passage_id], c.short, by_speaker)
            for c, by_speaker in zip(shown, spoken, strict=True)
        ]
        relevant = [c.passage_id for c in ordered[:MISSING_CHECKED] if c.score >= RELEVANT_SHARE * best]
        missing = how_asked(self._missing(plan, relevant), question)
        unnamed = self._unnamed(question, relevant)
        repeats = sum(len(folded) for folded in members.values())
        within = (len(scored) - len(ordered) - repeats, repeats) if matched == len(scored) else None
        return with_marks(Answer(asked, tuple(hits), matched, plan.marks, dated, missing, unnamed, within))

    def _ranked(
        self, question: str, plan: QueryPlan, depth: int, searched: tuple[list[tuple[int, float]], int] | None = None
    ) -> tuple[list[Candidate], dict[int, list[int]], int, float, dict[int, _Scored]]:
        """The candidates in answer order (by fused score), the near repeats folded into each, how many
        passages matched, the best fused score, and how each candidate passage was scored (``searched``: the
        engine's answer for ``plan`` at ``depth``, when it was asked already)."""
        ranked, matched = searched if searched is not None else self.index.engine.search(plan.weights, depth)
        scored = self._fuse(question, ranked, plan.also_asked)
        by_meaning = [row for row, value in scored.items() if value.bm25_rank is None]
        if by_meaning:  # found by meaning alone: matched too, unless its words were counted already
            matched += sum(not held for held in self.index.engine.holding(plan.weights, by_meaning))
        passages, rows = self.index.passages, self.index.rows
        by_passage = {int(rows[row]): value for row, value in scored.items()}
        found = self._answers_for_questions(
            [(int(rows[row]), value.fused) for row, value in scored.items()], replies=not plan.intent.asks_date
        )
        found = self._with_document_lift(found)
        read = {pid: passages[pid] for pid, _ in found}
        found = sink(found, {pid for pid, _ in found if is_cut_off(read[pid].text)})  # "Well —": nothing said
        short: set[int] = set()
        if not (plan.intent.asks_date or plan.intent.order):  # a short line may be the one that dates it
            short = {pid for pid, _ in found if is_short(read[pid].text)}
            found = cut_short(found, short)
        groups = collapse(found, lambda item: read[item[0]].shown_text)
        members = {group[0][0]: [passage_id for passage_id, _ in group[1:]] for group in groups}
        candidates = [
            Candidate(pid, score, read[pid].dates, self._written(pid), short=pid in short)
            for (pid, score), *_ in groups
        ]
        best = max((c.score for c in candidates), default=0.0)
        why = asks_why(question) and not plan.intent.asks_date
        yes_no = not why and not plan.intent.asks_date and asks_yes_no(question)
        counted = None if why or yes_no or plan.intent.asks_date else self._counted(plan, question)
        said = not (why or yes_no or counted or plan.intent.asks_date) and asks_what_said(question)
        if why or yes_no or said or counted:
            candidates = self._with_reasons(plan, candidates, RELEVANT_SHARE * best, yes_no, said, counted)
        ordered = order_candidates(candidates, plan.intent, why, yes_no, said, bool(counted))
        return ordered, members, matched, best, by_passage

    @staticmethod
    def _counted(plan: QueryPlan, question: str) -> _Counted | None:
        """For a question asking how many, the terms of the word it counts (``civilians``: any of its forms and
        its group's) and of each searched word saying what happened to them (``killed``), else None."""
        asked = asks_how_many(question)
        if asked is None:
            return None
        word, happened = asked
        by_word = {fold(searched.text): searched.terms for searched in plan.words}
        counted = by_word.get(fold(word)) or tuple(token.term for token in iter_tokens(word))
        if not counted:
            return None
        return _Counted(counted, tuple(by_word[fold(w)] for w in happened if fold(w) in by_word))

    def _with_reasons(
        self,
        plan: QueryPlan,
        candidates: list[Candidate],
        least: float,
        yes_no: bool = False,
        said: bool = False,
        counted: _Counted | None = None,
    ) -> list[Candidate]:
        """The candidates scoring at least ``least`` marked when a sentence of theirs states a cause of what the
        question asks (``index.rerank.states_cause``: its words weighed by their rarity), for a yes-or-no
        question (``yes_no``) says it did not happen (``index.rerank.states_denial``), for a question asking what
        was said (``said``) reports it (``index.rerank.states_saying``), or for a question asking how many gives a
        number of what it counts (``counted``; ``index.rerank.states_count``)."""
        engine, count, aliases = self.index.engine, len(self.index.rows), self.index.aliases
        words = [
            (word.terms, rarity(max(engine.document_frequency(term) for term in word.terms), count))
            for word in plan.words
        ]

        def terms_of(sentence: str) -> set[str]:
            tokens = list(iter_tokens(sentence))
            return {token.term for token in tokens} | {match.group.term for match in aliases.find(sentence, tokens)}

        passages = self.index.passages
        marked = []
        for c in candidates:
            text = passages[c.passage_id].text
            if c.score >= least and counted:
                if states_count(text, counted.terms, words, terms_of, counted.happened):
                    c = replace(c, count=True)
            elif c.score >= least and (states_denial if yes_no else states_saying if said else states_cause)(
                text, words, terms_of
            ):
                c = replace(c, denial=yes_no, saying=said, reason=not (yes_no or said))
            marked.append(c)
        return marked

    def _dated(
        self,
        question: str,
        plan: QueryPlan,
        ordered: list[Candidate],
        members: dict[int, list[int]],
        best: float,
        scored: dict[int, _Scored],
    ) -> DateAnswer | None:
        """The date line of a "when" question. A limit set by another event (``before the ceasefire was
        restored``) is dated first, as a question of its own; when it cannot be dated, there is no line."""
        intent = plan.intent
        if intent.after_events:
            bounds = list(intent.bounds)
            for limit in intent.after_events:
                asked = plan_query(limit.question(), self.index.aliases, self._known)
                if not asked.weights:
                    return None
                found = self._dated(limit.question(), asked, *self._ranked_for_date(limit.question(), asked))
                if found is None:
                    return None
                # what followed an event on its day (or in its month, when no day is told) is after it
                bounds.append(DateBound("since" if limit.relation == "after" else limit.relation, found.date))
            main = plan_query(intent.after_events[0].rest_of(question), self.index.aliases, self._known)
            plan = replace(main, intent=replace(intent, bounds=tuple(bounds), after_events=()))
        pool = [  # scored as ranked: the relevance bar compares fused scores with the best fused score
            replace(
                self._hit(c.passage_id, scored.get(c.passage_id), c.score, members[c.passage_id], replying=False),
                score=c.score,
            )
            for c in ordered[:DATE_CANDIDATES]
        ]
        return derive_date_answer(
            pool,
            plan,
            best,
            self.index.engine.document_frequency,
            len(self.index.rows),
            self.index.aliases,
            lambda passage_id: self._document_facts(passage_id)[0],
            lambda passage_id: self._document_facts(passage_id)[1],
            self._previous_text,
        )

    def _ranked_for_date(
        self, question: str, plan: QueryPlan
    ) -> tuple[list[Candidate], dict[int, list[int]], float, dict[int, _Scored]]:
        ordered, members, _, best, scored = self._ranked(question, plan, CANDIDATES)
        return ordered, members, best, scored

    def _under_stated_names(
        self, question: str, plan: QueryPlan, depth: int
    ) -> tuple[QueryPlan, tuple[list[tuple[int, float]], int]]:
        """The engine's ``depth`` best rows for the question asked under each name the best passages state a
        body it names goes by (``the Moro Front, which now calls itself the Hill Army``; ``the Hill Army (HA)``),
        each row with its best score: a passage that names the body either way is found as well as one naming
        it as asked, and one naming it both ways gains nothing from that. The plan comes back with the other
        names' words to mark. The sentence that states a rename names the body the question names, so it is
        among the passages the question's words find. ``BRIEFBOT_STATED_RENAMES=off`` asks under the question's
        names only."""
        engine = self.index.engine
        searched = engine.search(plan.weights, depth)
        if not searched[0] or not self.stated_renames:
            return plan, searched
        passages, rows = self.index.passages, self.index.rows
        texts = [passages[int(rows[row])].text for row, _ in searched[0][:RENAME_SOURCES]]
        names = other_names(question, texts)
        if not names:
            return plan, searched
        best = dict(searched[0])
        matched = searched[1]
        marks = set(plan.marks)
        also: list[str] = []
        for name, asked in names:
            terms = [term for term in name_words(name) if term not in STOPWORDS]
            if not terms:
                continue
            weights = {t: w for t, w in plan.weights.items() if _field_term(t) not in asked}
            held = sum(plan.weights.get(term, 0.0) * engine.idf(term) for term in asked)
            other = sum(engine.idf(term) for term in terms)
            weight = RENAME_WEIGHT * (held / other if held > 0 and other > 0 else len(asked) / len(terms))
            weights = {t: w for t, w in weights.items() if not t.startswith(_FIELD_MARKS)}
            for term in terms:
                weights[term] = weights.get(term, 0.0) + weight
            weights = with_fields(weights)
            marks.update(terms)
            also.append(_asked_as(question, asked, name))
            found, holding = engine.search(weights, depth)
            matched = max(matched, holding)
            for row, score in found:
                best[row] = max(score, best.get(row, score))
        ranked = sorted(best.items(), key=lambda item: -item[1])[:depth]
        return replace(plan, marks=frozenset(marks), also_asked=tuple(also)), (ranked, matched)

    def _by_speaker(self, plan: QueryPlan, rows: list[int | None]) -> list[bool]:
        """For each of ``rows`` (None: not known), whether its speaker holds a word of the question (its terms in
        the speaker field, ``index.speaker_field``)."""
        asked = {term: weight for term, weight in plan.weights.items() if term.startswith(SPEAKER_MARK)}
        known = [row for row in rows if row is not None]
        if not asked or not known:
            return [False] * len(rows)
        held = dict(zip(known, self.index.engine.holding(asked, known), strict=True))
        return [row is not None and held[row] for row in rows]

    def _known(self, term: str) -> bool:
        return self.index.engine.document_frequency(term) > 0

    def _fuse(self, question: str, ranked: list[tuple[int, float]], also: tuple[str, ...] = ()) -> dict[int, _Scored]:
        """BM25 candidates, and when their words found fewer than ``CANDIDATES`` the passages nearest in meaning
        too, by row, in fused order (best first). The bar is fixed, not the depth asked for: a question asked for 5
        passages or for 25 finds the same passages by meaning, so every face counts the same matches.

        A row's fused score is its BM25 score plus ``MEANING_WEIGHT`` times the best BM25 score times how near
        it is in meaning (0 at the similarity ``MEANING_FLOOR``, 1 for the nearest candidate):
        between passages whose words score alike the one nearer in meaning comes first, and one nearer in
        meaning can pass one that only shares more words. Only a question whose words some but few passages hold
        scans every passage's vector: its neighbours in meaning (at least ``MEANING_MIN_SIMILARITY`` near)
        join the candidates, so a passage that says it in other words is found. A question none of whose words
        any passage holds gets no passage by meaning alone: static vectors find something near anything.
        """
        vectors = self.index.vectors
        plain = {row: _Scored(score, n + 1, 0.0, None, score, row) for n, (row, score) in enumerate(ranked)}
        if self.embedder is None or vectors is None or not len(vectors):
            return plain
        asked = (question, *also)
        if not any(ch.islower() for ch in question):  # "WHEN WAS NUSRA LAST STRUCK?": as the corpus writes it
            texts = [self.index.passages[int(self.index.rows[row])].text for row, _ in ranked[:CASE_SOURCES]]
            asked = tuple(in_corpus_case(text, texts) for text in asked)
        queries = self.embedder.embed(list(asked), remember=False)
        query = queries[0]
        if not query.any():
            return plain
        rows = np.array([row for row, _ in ranked], dtype=np.int64)
        near = np.zeros(0)
        if len(rows):  # as near as to the nearest way of asking
            # each row on its own, in float64: a row's nearness does not depend on the rows beside it or the segments
            near = np.einsum("ij,kj->ik", vectors[np.sort(rows)].astype(np.float64), queries.astype(np.float64))
            near = near.max(axis=1)
        similarity = dict(zip(np.sort(rows).tolist(), near.tolist(), strict=True))
        if 0 < len(ranked) < CANDIDATES:  # words found too few; none found: nothing to be near (a name unknown)
            # one thread: steadier than BLAS on a busy machine
            every = vectors.products(query) if isinstance(vectors, RowBlocks) else np.einsum("ij,j->i", vectors, query)
            count = min(MEANING_CANDIDATES, len(every))
            nearest = np.argpartition(every, len(every) - count)[len(every) - count :]
            for row in nearest.tolist():
                if row not in similarity and every[row] >= MEANING_MIN_SIMILARITY:
                    similarity[row] = float(every[row])
        values = np.fromiter(similarity.values(), dtype=np.float64, count=len(similarity))
        if not len(values):
            return plain
        top = float(values.max())
        floor = min(MEANING_FLOOR, top)
        span = top - floor
        best = ranked[0][1] if ranked and ranked[0][1] > 0 else 1.0
        candidates = np.fromiter(similarity, dtype=np.int64, count=len(similarity))
        place = dict(zip(candidates.tolist(), self.index.engine.places(candidates).tolist(), strict=True))
        by_nearness = sorted(similarity, key=lambda row: (-similarity[row], place[row]))
        meaning_rank = {row: n + 1 for n, row in enumerate(by_nearness)}
        bm25 = {row: (score, n + 1) for n, (row, score) in enumerate(ranked)}
        fused: dict[int, _Scored] = {}
        for row in [*bm25, *(r for r in by_nearness if r not in bm25)]:
            score, rank = bm25.get(row, (0.0, None))
            lift = max(0.0, (similarity[row] - floor) / span) if span > 0 else 0.0
            fused[row] = _Scored(
                score, rank, similarity[row], meaning_rank[row], score + MEANING_WEIGHT * best * lift, row
            )
        order = sorted(fused, key=lambda row: -fused[row].fused)
        return {row: fused[row] for row in order}

    def _with_document_lift(self, found: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """Each candidate (passage, fused score; best first) lifted by how well its document as a whole answers:
        a document's evidence is the sum of its ``DOCUMENT_EVIDENCE`` best candidates' scores, and a candidate
        gains ``DOCUMENT_WEIGHT`` times the best score times its document's evidence over the best document's.
        A passage that answers in its own words but does not repeat the topic the question names (the bridge,
        the mine) then passes one that shares a word or two with the question in an unrelated document. Run
        after reporters' questions gave way to their answers, so a question does not count twice."""
        if DOCUMENT_WEIGHT <= 0 or len(found) < 2:
            return found
        passages = self.index.passages
        kept: defaultdict[int, list[float]] = defaultdict(list)
        for passage_id, score in found:  # best first: each document's best come first
            kept[passages[passage_id].doc].append(max(score, 0.0))
        evidence = {doc: sum(scores[:DOCUMENT_EVIDENCE]) for doc, scores in kept.items()}
        top = max(evidence.values())
        best = found[0][1]
        if top <= 0 or best <= 0:
            return found
        lifted = [(pid, score + DOCUMENT_WEIGHT * best * evidence[passages[pid].doc] / top) for pid, score in found]
        return sorted(lifted, key=lambda item: -item[1])  # stable: ties keep their order

    def source_of(self, passage: Passage) -> Source:
        """The document a passage comes from, at the passage's page when the document is paged."""
        source = self.index.sources[passage.doc]
        return replace(source, page=passage.page) if passage.page is not None else source

    def neighbours(self, passage_id: int, before: int = 1, after: int = 1) -> list[Passage]:
        """The passage with up to ``before`` and ``after`` passages around it in the same document (a document's
        passages lie side by side)."""
        passages = self.index.passages
        doc = passages[passage_id].doc
        first = last = passage_id
        while first > 0 and passage_id - first < before and passages[first - 1].doc == doc:
            first -= 1
        while last + 1 < len(passages) and last - passage_id < after and passages[last + 1].doc == doc:
            last += 1
        return [passages[n] for n in range(first, last + 1)]

    def _answers_for_questions(self, ranked: list[tuple[int, float]], replies: bool = True) -> list[tuple[int, float]]:
        """Each reporter's question replaced by the turn that answers it (which shows the question), in the
        question's place if that is better, and with ``replies`` (not for a "when" question: a question may
        state the date asked about) a question no answer turn shows by the turn replying to it (``_reply_to``);
        a passage appears once."""
        best: dict[int, float] = {}
        for passage_id, score in ranked:
            answer, share = self.answer_to(passage_id), QUESTION_SHARE
            if answer is None and replies:
                answer, share = self._reply_to(passage_id), REPLY_SHARE
            shown, score = (passage_id, score) if answer is None else (answer, score * share)
            best[shown] = max(score, best.get(shown, score))
        return sorted(best.items(), key=lambda item: -item[1])  # stable: ties keep their order

    def _reply_to(self, passage_id: int) -> int | None:
        """For a short turn that asks and shows no question of its own, the next turn when another speaker, not
        one who asks, gives it (``index.turns.reply_turn``, stored with the index): the reply to a question the
        transcript did not mark as a reporter's."""
        offset = int(self.index.turns[passage_id, 1])
        return passage_id + offset if offset else None

    def _with_question(self, passage_id: int) -> Passage:
        """A passage as shown: a turn that replies to a question the transcript did not mark (``_reply_to``) shows
        that question above it, as an answer turn shows its reporter's question."""
        passage = self.index.passages[passage_id]
        if passage.kind is not PassageKind.TURN or passage.context or passage_id == 0:
            return passage
        if self._reply_to(passage_id - 1) != passage_id:
            return passage
        return replace(passage, context=self.index.passages[passage_id - 1].text)

    def answer_to(self, passage_id: int) -> int | None:
        """The turn that answers a reporter's question, or that finishes an answer cut off by the question
        going on (``They are —``): the last answer turn within the next few whose question includes it
        (``index.turns.answer_turn``, stored with the index)."""
        offset = int(self.index.turns[passage_id, 0])
        return passage_id + offset if offset else None

    def _previous_text(self, passage_id: int) -> str:
        """The text of the passage before ``passage_id`` in its document, or "" for its first."""
        around = self.neighbours(passage_id, after=0)
        return around[0].text if len(around) == 2 else ""

    def _document_facts(self, passage_id: int) -> tuple[frozenset[str], date | None]:
        """The terms of a passage's document and the day that gives its year-less dates their year (for a
        document without a date), remembered for the searcher's life (an
        index never changes under it); two threads asking at once may both work them out, to the same end."""
        doc = self.index.passages[passage_id].doc
        known = self._facts_by_document.get(doc)
        if known is None:
            aliases = self.index.aliases
            terms: set[str] = set()
            texts = []
            for passage in self.neighbours(passage_id, DOCUMENT_REACH, DOCUMENT_REACH):
                tokens = list(iter_tokens(passage.shown_text))
                terms.update(token.term for token in tokens)
                terms.update(match.group.term for match in aliases.find(passage.shown_text, tokens))
                terms.update(initials for initials, _ in name_initials(passage.shown_text))
                texts.append(passage.text)
            known = (frozenset(terms), reference_day(texts))
            if len(self._facts_by_document) < DOCUMENT_FACTS_KEPT:
                self._facts_by_document[doc] = known
        return known

    def _written(self, passage_id: int) -> date | None:
        passage = self.index.passages[passage_id]
        return passage.date or self.source_of(passage).date

    def _missing(self, plan: QueryPlan, best: list[int]) -> tuple[str, ...]:
        """The question's words and names that no passage contains and that mattered: with a meaning model,
        a word is left out when one of the ``best`` passages (ids) holds a word near it in meaning (``nations`` when
        the passages say ``countries``), since the answer then does not lack it, it only says it otherwise. A name
        (``QueryWord.name``: ``Palmyra``) is never so left out: another place or group is not the one asked about,
        however near their vectors lie."""
        engine = self.index.engine
        unheld = [  # a word naming a speaker (``Captain`` for ``CAPT. DRUMMOND``) is held by that speaker's turns
            word for word in plan.words
            if not any(engine.document_frequency(t) or engine.document_frequency(SPEAKER_MARK + t) for t in word.terms)
        ]
        labels = self._labels_of(best) if unheld else frozenset()
        absent = [word for word in unheld if not labels.intersection(word.terms)]
        if not absent or self.embedder is None or not best:
            return tuple(word.text for word in absent)
        said = " ".join(self.index.passages[passage_id].text for passage_id in best)
        return tuple(word.text for word in absent if word.name or not self._meant(word.text, said))

    def _labels_of(self, best: list[int]) -> frozenset[str]:
        """The terms of the speakers and document titles of the ``best`` passages (ids): a word naming the one who
        speaks a passage found (``Halvorsen``), or in its title, is not one that no passage holds; nor is ``say``
        when one of them is a speaker's turn (what a speaker says), nor ``ask`` when one answers a question."""
        labels = []
        for passage_id in best:
            passage = self.index.passages[passage_id]
            spoken = f"{passage.speaker} {_SAYING}" if passage.speaker else ""
            asked = _ASKING if passage.context else ""
            labels.append(f"{spoken} {asked} {self.index.sources[passage.doc].title}")
        return frozenset(token.term for token in iter_tokens(" ".join(labels)))

    def _unnamed(self, question: str, best: list[int]) -> str | None:
        """For a question asking someone's name, that person when none of the ``best`` passages (ids) gives a
        name for them (``index.names_asked``), else None."""
        person = asked_for_name(question)
        if person is None or not best:
            return None
        texts = (self.index.passages[passage_id].text for passage_id in best)
        return None if gives_name(texts, person, question) else person

    def _meant(self, word: str, text: str) -> bool:
        """Whether ``text`` holds a word near ``word`` in meaning."""
        assert self.embedder is not None
        words = list(dict.fromkeys(meaning_text(text).casefold().split()))
        if not words:
            return False
        vectors = self.embedder.embed([word.casefold(), *words], remember=False)
        return bool((vectors[1:] @ vectors[0]).max() >= NEAR_WORD)

    def _hit(
        self,
        passage_id: int,
        scored: _Scored | None,
        fused: float,
        near: list[int],
        short: bool = False,
        by_speaker: bool = False,
        replying: bool = True,
    ) -> Hit:
        """A hit with every other place its words appear: exact repeats, then near repeats and theirs; with
        ``replying``, a turn replying to a question no answer turn shows shows it (``_with_question``); ``short``:
        it was ranked lower as a short passage; ``by_speaker``: its speaker holds a word of the question."""
        passage = self._with_question(passage_id) if replying else self.index.passages[passage_id]
        source = self.source_of(passage)
        duplicates = self.index.duplicates
        repeats = chain(duplicates.get(passage_id, []), *([other, *duplicates.get(other, [])] for other in near))
        others = (self.source_of(self.index.passages[other]) for other in repeats)
        elsewhere = tuple(dict.fromkeys(other for other in others if other.path != source.path))
        if scored is None:  # an answer turn that only its question placed
            scored = _Scored(0.0, None, 0.0, None, fused)
        ranking = None
        if self.embedder is not None:
            ranking = Ranking(scored.bm25_rank, scored.meaning_rank, scored.similarity, fused)
        return Hit(passage_id, passage, source, scored.bm25, elsewhere, ranking, short=short, by_speaker=by_speaker)

