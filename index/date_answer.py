"""The line that leads the answer to a "when" question: the date its quoted passages give, and where.

The date comes only from the words of the passages shown (a stated date, a tweet's timestamp, a weekday or
``today`` resolved against the document's date), never from anywhere else; when none of the relevant
passages gives one, there is no line.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.models import DateAnswer, Hit, StatedDate
from index.query import DateIntent, DateOrder
from index.rerank import is_relevant

LATEST = "Latest date found"
EARLIEST = "Earliest date found"
FOUND = "Date found"


def derive_date_answer(hits: Sequence[Hit], intent: DateIntent, best: float) -> DateAnswer | None:
    """The date a "when" question's hits give: the latest or earliest one if it asks for that, else the
    first date of the best hit that states one; None when it asks no date or no relevant hit gives one.

    ``best`` is the best score among all candidates (the relevance bar is a share of it).
    """
    if not intent.asks_date:
        return None
    found: list[tuple[StatedDate, int, Hit]] = []
    for rank, hit in enumerate(hits):
        if is_relevant(hit.score, best):
            found.extend((stated, rank, hit) for stated in hit.passage.dates)
    if not found:
        return None
    if intent.order is DateOrder.LATEST:
        stated, _, hit = min(found, key=lambda item: (-item[0].value.toordinal(), _precision(item[0]), item[1]))
        label = LATEST
    elif intent.order is DateOrder.EARLIEST:
        stated, _, hit = min(found, key=lambda item: (item[0].value.toordinal(), _precision(item[0]), item[1]))
        label = EARLIEST
    else:
        stated, _, hit = found[0]
        label = FOUND
    return DateAnswer(label, stated, hit.passage_id, hit.source)


def _precision(stated: StatedDate) -> int:
    """Day before month before year, when two dates start on the same day."""
    return ("day", "month", "year").index(stated.precision.value)
