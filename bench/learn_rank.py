"""Learn the weights of the ranking features (``index.rank_features``) from the blind gold sets' tune halves.

    python -m bench.learn_rank            # weights learned on every tune half, and each half's figure
                                          # measured with weights learned on the other halves only

Every tune question with an answer is asked once with the meaning layer and once without; the candidates of each
(passages after reporters' questions gave way to their answers) are described by their features and labelled by
whether they answer. The weights minimise a listwise softmax loss (the answers' share of the candidates'
exponentiated scores), held near ``MAIN_WEIGHTS`` by an L2 term, with the ``words`` weight fixed at 1. The
figure that counts is left-one-corpus-out: each half is ranked with weights learned on the other halves only.
A half's figure is how many of its questions have an answer among the first three passages.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.eval import BLIND_FOLDERS, CORPORA, _normal, blind_sets, built_indexes, load_gold, set_name
from index.dedup import collapse
from index.query import DateIntent, QueryPlan
from index.rank_features import FEATURES, MAIN_WEIGHTS, Found
from index.rerank import Candidate, order_candidates
from index.search import Searcher

SCALE = 10.0
"""How sharply the loss tells scores apart (a score is a share of the best candidate's)."""
STEPS = 3000


@dataclass
class Asked:
    """One question's candidates as a ranking sees them."""

    half: str
    features: np.ndarray
    answers: np.ndarray
    passages: list[int]
    texts: list[str]
    candidates: list[Candidate]
    intent: DateIntent


class _Recording(Searcher):
    """A searcher that keeps the features of the first candidates it scores (the question's own)."""

    seen: tuple[list[int], np.ndarray, DateIntent] | None = None

    def _features(self, question: str, plan: QueryPlan, found: list[Found]) -> np.ndarray:
        features = super()._features(question, plan, found)
        if self.seen is None:
            self.seen = ([pid for pid, *_ in found], features, plan.intent)
        return features


def gathered(meaning: bool, halves: list[str] | None = None) -> list[Asked]:
    """Every tune question with an answer, its candidates, features and labels."""
    asked = []
    with tempfile.TemporaryDirectory(prefix="briefbot-learn-") as scratch:
        folders = [f for f in BLIND_FOLDERS if "tune" in blind_sets(f)]
        indexes = built_indexes(CORPORA, {f.name for f in folders}, Path(scratch))
        for folder in folders:
            half = set_name(folder, "tune")
            if halves and half not in halves:
                continue
            index = indexes[folder.name]
            searcher = _Recording(index, meaning=meaning)
            for question in load_gold(blind_sets(folder)["tune"], half):
                if not question.answers:
                    continue
                searcher.seen = None
                searcher.ask(question.ask, 10)
                if searcher.seen is None:
                    asked.append(Asked(half, np.zeros((0, len(FEATURES))), np.zeros(0, bool), [], [], [], DateIntent()))
                    continue
                pids, features, intent = searcher.seen
                texts = [index.passages[pid].shown_text for pid in pids]
                wanted = [_normal(answer) for answer in question.answers]
                answers = np.array([any(w in _normal(text) for w in wanted) for text in texts])
                candidates = [Candidate(p, 0.0, index.passages[p].dates, searcher._written(p)) for p in pids]
                asked.append(Asked(half, features, answers, pids, texts, candidates, intent))
    return asked


def answered(item: Asked, weights: np.ndarray) -> bool:
    """Whether an answer is among the first three passages when the candidates are ranked with ``weights``."""
    if not len(item.passages):
        return False
    scores = item.features @ weights
    order = np.argsort(-scores, kind="stable").tolist()
    groups = collapse(order, lambda n: item.texts[n])
    chosen = [Candidate(item.passages[g[0]], float(scores[g[0]]), *_when(item.candidates[g[0]])) for g in groups]
    place = {c.passage_id: n for n, c in enumerate(item.candidates)}
    ranked = order_candidates(chosen, item.intent)
    return any(item.answers[place[c.passage_id]] for c in ranked[:3])


def _when(candidate: Candidate) -> tuple:
    return candidate.stated, candidate.written


def learned(items: list[Asked], strength: float, scale: float = SCALE, free: np.ndarray | None = None) -> np.ndarray:
    """Weights minimising the listwise loss over ``items`` plus ``strength`` times the squared distance from
    ``MAIN_WEIGHTS`` (the ``words`` weight stays 1)."""
    useful = [i for i in items if i.answers.any() and not i.answers.all()]
    features = np.concatenate([i.features for i in useful])
    good = np.concatenate([i.answers for i in useful]).astype(float)
    starts = np.cumsum([0] + [len(i.answers) for i in useful[:-1]])
    which = np.repeat(np.arange(len(useful)), [len(i.answers) for i in useful])
    weights = MAIN_WEIGHTS.copy()
    moment, second = np.zeros_like(weights), np.zeros_like(weights)
    for step in range(1, STEPS + 1):
        scores = scale * (features @ weights)
        every = np.exp(scores - np.maximum.reduceat(scores, starts)[which])
        every_share = every / np.add.reduceat(every, starts)[which]
        good_share = every * good / np.add.reduceat(every * good, starts)[which]
        gradient = scale * ((every_share - good_share) @ features) / len(useful)
        gradient += 2 * strength * (weights - MAIN_WEIGHTS)
        gradient[0] = 0.0
        if free is not None:
            gradient[~free] = 0.0
        moment = 0.9 * moment + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        weights -= 0.01 * (moment / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return weights


def main(argv: list[str] | None = None) -> int:
    """Print the weights learned on every tune half and the left-one-corpus-out figures beside today's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strength", type=float, default=0.1, help="how strongly the weights stay near today's")
    options = parser.parse_args(argv)
    with_meaning, without = gathered(True), gathered(False)
    halves = list(dict.fromkeys(item.half for item in with_meaning))
    print("| half | today | left out | today without meaning | left out without meaning |")
    print("| --- | ---: | ---: | ---: | ---: |")
    totals = np.zeros(4, dtype=int)
    for half in halves:
        weights = learned([i for i in with_meaning if i.half != half], options.strength)
        counts = [
            sum(answered(i, w) for i in items if i.half == half)
            for items in (with_meaning, without)
            for w in (MAIN_WEIGHTS, weights)
        ]
        totals += counts
        print(f"| {half} | " + " | ".join(map(str, counts)) + " |")
    print("| all | " + " | ".join(map(str, totals)) + " |\n")
    weights = learned(with_meaning, options.strength)
    print("RANK_WEIGHTS = np.array([" + ", ".join(f"{w:.3f}" for w in weights) + "])")
    print("  " + ", ".join(f"{name} {w:.3f}" for name, w in zip(FEATURES, weights, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
