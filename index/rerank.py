"""Ordering a question's candidates when it asks about time.

Among the relevant candidates (a BM25 score at least half the best), a question asking for the latest lifts
the one whose words give the latest date most, and the others less the further before it their dates lie
(halving every ``HALF_LIFE_DAYS``); the earliest likewise from the other end; a plain "when" lifts those that
state a date. A candidate stating none is placed by its own or its document's date, with a smaller lift.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from index.models import StatedDate
from index.query import DateIntent, DateOrder

RELEVANT_SHARE = 0.4
"""A candidate is relevant when its score is at least this share of the best score."""
ORDER_LIFT = 0.8
"""How far the latest (or earliest) date lifts a relevant candidate, in shares of the best score."""
HALF_LIFE_DAYS = 14.0
"""A date this many days before the latest (or after the earliest) gets half the lift."""
UNSTATED_SHARE = 0.25
"""The share of the lift a candidate gets when it is placed by its writing date, not a date it states."""
STATED_LIFT = 0.15
"""For a plain "when" question: the lift of a relevant candidate that states a date."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A passage in the running for an answer, with what ordering by date needs to know of it."""

    passage_id: int
    score: float
    stated: tuple[StatedDate, ...]
    """Dates its words give."""
    written: date | None
    """Its own date (a tweet's) or its document's."""


def is_relevant(score: float, best: float) -> bool:
    """Whether a score clears the relevance bar set by the best score."""
    return best > 0 and score >= RELEVANT_SHARE * best


def order_candidates(candidates: Sequence[Candidate], intent: DateIntent) -> list[Candidate]:
    """The candidates in answer order: by score, lifted by dates as the question's intent asks."""
    ranked = list(candidates)
    if not ranked or not (intent.asks_date or intent.order):
        return ranked
    best = max(c.score for c in ranked)
    if best <= 0:
        return ranked
    relevant = [c for c in ranked if is_relevant(c.score, best)]
    lift: dict[int, float] = {}
    if intent.order is not None:
        lift = _order_lift(relevant, intent.order)
    else:
        lift = {c.passage_id: STATED_LIFT for c in relevant if c.stated}
    position = {c.passage_id: n for n, c in enumerate(ranked)}
    return sorted(ranked, key=lambda c: (-(c.score / best + lift.get(c.passage_id, 0.0)), position[c.passage_id]))


def _order_lift(relevant: list[Candidate], order: DateOrder) -> dict[int, float]:
    placed: dict[int, tuple[date, float]] = {}
    for candidate in relevant:
        if candidate.stated:
            values = [stated.value for stated in candidate.stated]
            when = max(values) if order is DateOrder.LATEST else min(values)
            placed[candidate.passage_id] = (when, 1.0)
        elif candidate.written is not None:
            placed[candidate.passage_id] = (candidate.written, UNSTATED_SHARE)
    if not placed:
        return {}
    first = min(when for when, _ in placed.values())
    last = max(when for when, _ in placed.values())
    lift: dict[int, float] = {}
    for passage_id, (when, share) in placed.items():
        distance = (last - when).days if order is DateOrder.LATEST else (when - first).days
        lift[passage_id] = ORDER_LIFT * share * 0.5 ** (distance / HALF_LIFE_DAYS)
    return lift
