"""Ordering a question's candidates when it asks about time.

Among the relevant candidates (a score at least ``RELEVANT_SHARE`` of the best), a question asking for the latest lifts
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


def order_candidates(candidates: Sequence[Candidate], intent: DateIntent) -> list[Candidate]:
    """The candidates in answer order: by score, lifted by dates as the question's intent asks."""
    ranked = list(candidates)
    best = max((c.score for c in ranked), default=0.0)
    if best <= 0 or not (intent.asks_date or intent.order):
        return ranked
    relevant = [c for c in ranked if c.score >= RELEVANT_SHARE * best]
    if intent.order is not None:
        lift = _order_lift(relevant, intent.order)
    else:
        lift = {c.passage_id: STATED_LIFT for c in relevant if c.stated}
    return sorted(ranked, key=lambda c: -(c.score / best + lift.get(c.passage_id, 0.0)))


def _order_lift(relevant: list[Candidate], order: DateOrder) -> dict[int, float]:
    """Each relevant candidate's lift: less the further its date lies from the latest (or earliest) one."""
    pick = max if order is DateOrder.LATEST else min
    placed: dict[int, tuple[date, float]] = {}
    for candidate in relevant:
        if candidate.stated:
            placed[candidate.passage_id] = (pick(stated.value for stated in candidate.stated), 1.0)
        elif candidate.written is not None:
            placed[candidate.passage_id] = (candidate.written, UNSTATED_SHARE)
    if not placed:
        return {}
    end = pick(when for when, _ in placed.values())
    return {
        passage_id: ORDER_LIFT * share * 0.5 ** (abs((end - when).days) / HALF_LIFE_DAYS)
        for passage_id, (when, share) in placed.items()
    }
