"""Ordering a question's candidates when it asks about time.

Among the relevant candidates (a score at least ``RELEVANT_SHARE`` of the best), a question asking for the latest lifts
the one whose words give the latest date most, and the others less the further before it their dates lie
(halving every ``HALF_LIFE_DAYS``); the earliest likewise from the other end; a plain "when" lifts those that
state a date. A candidate stating none is placed by its own or its document's date, with a smaller lift. A "why"
question lifts the relevant candidates with a sentence that states a cause (``because``, ``due to``, ``so that``)
and holds a good share of the question's words (``states_cause``): the shortest passage naming the event (a
timeline line, a post) tells what happened, not why, and a cause about something else does not answer. A
yes-or-no question likewise lifts those with a sentence that says what was asked did not happen (``states_denial``),
a question asking what someone said those with a sentence reporting it (``states_saying``), and a question asking how
many those with a sentence giving a number of what it counts (``states_count``): a story's other passages tell what
happened, the answer what was said or how many. Sentences are read with a hand-wrapped paragraph's lines joined. A
question that asks no date ranks a short passage (a headline, a bullet, a byline, a moderator's line: ``is_short``)
lower: BM25 favours short passages, and one that holds the question's names rarely states what was asked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from index.models import StatedDate
from index.query import DateIntent, DateOrder
from index.sentences import sentences
from index.wrapping import joined_lines

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
REASON_LIFT = 0.2
"""For a "why" question: the lift of a relevant candidate with a sentence that states a cause of what was asked."""
DENIAL_LIFT = 0.2
"""For a yes-or-no question: the lift of a relevant candidate with a sentence that says what was asked did not
happen (a denial answers the question; a passage that only tells the story does not)."""
SAYING_LIFT = 0.4
"""For a question asking what someone said: the lift of a relevant candidate with a sentence that reports what was
said (``said``, ``told``, a quotation) and holds a good share of the question's words."""
SHORT_WORDS = 16
"""A passage of at most this many words is short (``is_short``)."""
SHORT_CUT = 0.35
"""How far a short passage is ranked lower, in shares of the best score."""
REASON_SHARE = 0.3
"""The share of the question's words, each weighed by its rarity, that a sentence stating a cause must hold to
state the cause of what was asked."""
_ASKS_WHY = re.compile(r"(?i)^\W*(?:why|how\s+come|for\s+what\s+reason|what\s+(?:was|is)\s+the\s+reason)\b")
_STATES_CAUSE = re.compile(
    r"(?i)\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by|so\s+that|in\s+order\s+to|the\s+reasons?)\b"
    r"|\bblam(?:e|es|ed|ing)\b(?:\s+[^\s,;:.!?]+){1,12}?\s+(?:for|on)\b"
)
"""A cause stated: ``because``, ``due to`` …, and a party blamed for it (``…, blaming Russian and Syrian bombing for
the collapse of the truce``; ``blamed the delay on the storm``), with what is blamed named in the same clause."""
_ASKS_YES_NO = re.compile(
    r"(?i)^\W*(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|any)\b(?!\s+(?:you|we)\b)"
)
_ASKS_SAID = re.compile(
    r"(?i)^\W*(?:what|how)\s+did\b.*\b(?:say|tell|admit|claim|announce|promise|warn|explain|respond|reply)\b"
    r"|\b(?:statement|response|comment|reaction|explanation)\b"
)
_STATES_SAYING = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|stated|statement|added|wrote|admitted|warned|promised|explained)\b|[\"“”]"
)
_WORD = re.compile(r"\w+")
COUNT_LIFT = 0.2
"""For a question asking how many: the lift of a relevant candidate with a sentence that gives a number of the things
counted and holds a good share of the question's words (``states_count``)."""
COUNT_SHARE = 0.45
"""The share of the question's words, by rarity, that a sentence giving a number must hold to give the number
asked for."""
COUNT_GAP = 3
"""At most this many words between a number and the thing counted (``40 civilians``, ``38,000 displaced people``)."""
_ASKS_HOW_MANY = re.compile(r"(?i)\bhow\s+many\s+(\w[\w'’-]*)(?P<rest>[^?.!]*)")
_PLACE_WORDS = frozenset(
    {"in", "at", "on", "of", "from", "during", "after", "before", "since", "by", "near", "across", "over", "for"}
    | {"to", "into", "inside", "under", "between", "with", "aboard", "within", "around"}
)
"""Words that end what a how-many question says happened to the things counted (``were killed`` of ``how many
civilians were killed in Marea``): where, when and with what comes after them."""
_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions dozen dozens score scores"
)
_NUMBER = re.compile(
    rf"(?i)(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{'|'.join(_NUMBER_WORDS.split())}))(?![\w])"
)
"""A number in digits or in words; a year stands alone and is read as any other number (what it counts decides)."""
_STATES_DENIAL = re.compile(
    r"(?i)\b(?:not|no|never|nobody|nothing|none|nor|den(?:y|ies|ied|ying)|untrue|false|unfounded)\b|\w['’]t\b"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A passage in the running for an answer, with what ordering by date needs to know of it."""

    passage_id: int
    score: float
    stated: tuple[StatedDate, ...]
    """Dates its words give."""
    written: date | None
    """Its own date (a tweet's) or its document's."""
    reason: bool = False
    """Whether a sentence of it states a cause of what was asked (``states_cause``)."""
    denial: bool = False
    """Whether a sentence of it says that what a yes-or-no question asks did not happen (``states_denial``)."""
    saying: bool = False
    """Whether a sentence of it reports what was said about what the question asks (``states_saying``)."""
    short: bool = False
    """Whether it was ranked lower as a short passage (``cut_short``)."""
    count: bool = False
    """Whether a sentence of it gives a number of what a how-many question counts (``states_count``)."""


def asks_why(question: str) -> bool:
    """Whether ``question`` asks for a reason (``why …``, ``how come …``, ``what was the reason …``)."""
    return bool(_ASKS_WHY.match(question))


def asks_yes_no(question: str) -> bool:
    """Whether ``question`` asks whether something is so (``did …``, ``was …``, ``is there any …``)."""
    return bool(_ASKS_YES_NO.match(question))


def asks_what_said(question: str) -> bool:
    """Whether ``question`` asks what someone said (``what did the minister say …``, ``how did she explain …``,
    ``the union's statement on …``)."""
    return bool(_ASKS_SAID.search(question))


def asks_how_many(question: str) -> tuple[str, tuple[str, ...]] | None:
    """For a question asking ``how many``: the word it counts and the words saying what happened to them, up to a
    word of place or time (``civilians`` and ``were killed`` of ``how many civilians were killed in Marea``);
    else None."""
    found = _ASKS_HOW_MANY.search(question)
    if found is None:
        return None
    happened: list[str] = []
    for word in _WORD.findall(found.group("rest")):
        if word.lower() in _PLACE_WORDS:
            break
        happened.append(word)
    return found.group(1), tuple(happened)


def states_count(
    text: str,
    counted: Collection[str],
    words: Sequence[tuple[Collection[str], float]],
    terms_of: Callable[[str], Collection[str]],
    happened: Sequence[Collection[str]] = (),
) -> bool:
    """Whether a sentence of ``text`` gives a number of the things counted (a number, then within ``COUNT_GAP`` words
    a word with one of the ``counted`` terms: ``40 civilians``), holds one of the words saying what happened to
    them (``happened``, each word's terms: ``killed``; none asked, none needed) and at least ``COUNT_SHARE`` of
    ``words``, by weight, as ``states_cause``: ``a camp built for 6,000 people`` counts no people who lost their
    homes."""
    total = sum(weight for _, weight in words)
    if total <= 0 or not counted:
        return False
    for sentence in sentences(joined_lines(text), semicolons=True):
        numbers = list(_NUMBER.finditer(sentence))
        if not numbers:
            continue
        after = (sentence[number.end() :].split()[: COUNT_GAP + 1] for number in numbers)
        if not any(set(terms_of(" ".join(following))) & set(counted) for following in after):
            continue
        held = terms_of(sentence)
        if happened and not any(term in held for terms in happened for term in terms):
            continue
        if sum(weight for terms, weight in words if any(term in held for term in terms)) >= COUNT_SHARE * total:
            return True
    return False


def states_saying(
    text: str, words: Sequence[tuple[Collection[str], float]], terms_of: Callable[[str], Collection[str]]
) -> bool:
    """Whether a sentence of ``text`` reports what was said (``said``, ``told``, ``statement``, a quotation mark)
    and holds at least ``REASON_SHARE`` of ``words``, as ``states_cause``."""
    return _states(_STATES_SAYING, text, words, terms_of)


def states_cause(
    text: str, words: Sequence[tuple[Collection[str], float]], terms_of: Callable[[str], Collection[str]]
) -> bool:
    """Whether a sentence of ``text`` states a cause (``because``, ``due to``, ``so that``, ``the reason``) and holds
    at least ``REASON_SHARE`` of ``words`` (each word's terms, any of which finds it, and its weight), by weight;
    ``terms_of`` gives a sentence's terms."""
    return _states(_STATES_CAUSE, text, words, terms_of)


def states_denial(
    text: str, words: Sequence[tuple[Collection[str], float]], terms_of: Callable[[str], Collection[str]]
) -> bool:
    """Whether a sentence of ``text`` says something did not happen or is not so (``not``, ``no``, ``never``,
    ``denied``, ``untrue``) and holds at least ``REASON_SHARE`` of ``words``, as ``states_cause``."""
    return _states(_STATES_DENIAL, text, words, terms_of)


def _states(
    pattern: re.Pattern[str],
    text: str,
    words: Sequence[tuple[Collection[str], float]],
    terms_of: Callable[[str], Collection[str]],
) -> bool:
    total = sum(weight for _, weight in words)
    if total <= 0:
        return False
    for sentence in sentences(joined_lines(text), semicolons=True):
        if not pattern.search(sentence):
            continue
        held = terms_of(sentence)
        if sum(weight for terms, weight in words if any(term in held for term in terms)) >= REASON_SHARE * total:
            return True
    return False


def is_short(text: str) -> bool:
    """Whether a passage of ``text`` is short: at most ``SHORT_WORDS`` words (a headline, a bullet, a byline,
    ``Thank you, Minister.``)."""
    return next(islice(_WORD.finditer(text), SHORT_WORDS, None), None) is None


CUT_OFF_WORDS = 8
"""A passage cut off mid-sentence (``Well —``, ``I'd put it differently —``) of at most this many words says nothing
(``is_cut_off``)."""
_CUT_OFF_END = re.compile(r"(?:[\s,]|^)(?:—|–|--|-|…|\.\.\.)\s*[\"”’']?\s*$")


def is_cut_off(text: str) -> bool:
    """Whether a passage of ``text`` is a speaker cut off before saying anything: at most ``CUT_OFF_WORDS`` words,
    no number, and ending on a dash or an ellipsis (``MS. HALVORSEN: Well —``); not a short answer that ends
    (``No.``, ``We did.``), nor a cut-off sentence that names a figure or a day."""
    return (
        _CUT_OFF_END.search(text) is not None
        and not any(ch.isdigit() for ch in text)
        and next(islice(_WORD.finditer(text), CUT_OFF_WORDS, None), None) is None
    )


def cut_short(found: Sequence[tuple[int, float]], short: Collection[int]) -> list[tuple[int, float]]:
    """The candidates (passage, score; best first) with each ``short`` one's score lowered by ``SHORT_CUT`` times the
    best score, best first again (ties keep their order)."""
    if not found or not short:
        return list(found)
    cut = SHORT_CUT * max(found[0][1], 0.0)
    lowered = [(pid, score - cut if pid in short else score) for pid, score in found]
    return sorted(lowered, key=lambda item: -item[1])


def sink(found: Sequence[tuple[int, float]], sunk: Collection[int]) -> list[tuple[int, float]]:
    """The candidates (passage, score; best first) with each ``sunk`` one's score lowered by twice the best score,
    so that no lift can bring it back above one that is not, best first again (ties keep their order)."""
    if not found or not sunk:
        return list(found)
    cut = 2 * max(found[0][1], 0.0)
    return sorted(((pid, score - cut if pid in sunk else score) for pid, score in found), key=lambda item: -item[1])


def rarity(frequency: int, count: int) -> float:
    """A word's weight by its rarity: BM25's inverse document frequency of a term ``frequency`` of ``count``
    passages hold."""
    return math.log(1.0 + (count - frequency + 0.5) / (frequency + 0.5))


def order_candidates(
    candidates: Sequence[Candidate],
    intent: DateIntent,
    why: bool = False,
    yes_no: bool = False,
    said: bool = False,
    count: bool = False,
) -> list[Candidate]:
    """The candidates in answer order: by score, lifted by dates as the question's intent asks, or by the cause
    (``why``), the denial (``yes_no``), the words reported (``said``) or the number of what is counted (``count``) a
    sentence of theirs states."""
    ranked = list(candidates)
    best = max((c.score for c in ranked), default=0.0)
    if best <= 0 or not (intent.asks_date or intent.order or why or yes_no or said or count):
        return ranked
    relevant = [c for c in ranked if c.score >= RELEVANT_SHARE * best]
    if not (intent.asks_date or intent.order):
        lift = {c.passage_id: REASON_LIFT for c in relevant if c.reason}
        lift.update({c.passage_id: DENIAL_LIFT for c in relevant if c.denial})
        lift.update({c.passage_id: SAYING_LIFT for c in relevant if c.saying})
        lift.update({c.passage_id: COUNT_LIFT for c in relevant if c.count})
    elif intent.order is not None:
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
