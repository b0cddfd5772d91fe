"""From a question to a weighted query: its terms, its names' alias groups, and what it asks about dates.

A question's words weigh 1 each (repeats add up, as in BM25Okapi). A word or run of words that names an alias
group also searches for the group's term, so a passage naming any member matches; the name itself keeps its
own small weight on top, so that between passages otherwise as good the one with the exact name comes first,
and a passage naming the group by another name is not buried. Groups related to it are searched with a lower
weight. Words that only phrase the request are left out, and the words that ask
for an order in time (``last``, ``latest``, ``first``) count little: they steer the ranking by date instead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from index.aliases import AliasTable
from index.analyzer import CONTEXT_MARK, FILLER_TERMS, STOPWORDS, Token, fold, iter_tokens, stem, stem_once

WORD_WEIGHT = 1.0
NAME_WEIGHT = 0.05
"""The exact name asked, on top of its group's term: it only decides between passages otherwise as good."""
JOINED_WEIGHT = 0.5
"""The joined form of a compound (``alnusra``): a small extra for the exact spelling."""
GROUP_WEIGHT = 1.0
RELATED_WEIGHT = 0.35
ORDER_WORD_WEIGHT = 0.25
COMPOUND_WEIGHT = 0.7
"""Each part of a compound asked as one word (``airstrike``: ``air``, ``strike``), and the one word two
words asked in a row make (``air strike``: ``airstrike``)."""
_PART_MIN = 3
"""The shortest part a compound is split into."""
CONTEXT_WEIGHT = 0.4
"""A term found in the question an answer turn answers counts this share of one found in the turn's own words."""

_LATEST = frozenset({"last", "latest", "newest", "recent", "recently", "lately"})
_EARLIEST = frozenset({"first", "earliest"})
_TIME_UNITS = frozenset(
    {"week", "weekend", "month", "year", "night", "monday", "tuesday", "wednesday", "thursday", "friday"}
    | {"saturday", "sunday", "spring", "summer", "autumn", "fall", "winter"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)
"""After ``last`` or ``next``, a word that makes a relative date (``last week``), not an order in time."""
_DATE_QUESTIONS = (
    ("when",),
    ("what", "date"),
    ("which", "date"),
    ("what", "day"),
    ("which", "day"),
    ("what", "year"),
    ("which", "year"),
    ("what", "month"),
    ("which", "month"),
    ("how", "long", "ago"),
    ("since", "when"),
    ("date", "of"),
)
_ASKING_WORDS = frozenset({"date", "day", "year", "month", "time", "ago"})
"""Words that only ask for a date in a date question (``what date``, ``the last time``)."""
_PLAIN_WORD = re.compile(r"\w+")


class DateOrder(StrEnum):
    """Which end of time a question asks for."""

    LATEST = "latest"
    EARLIEST = "earliest"


@dataclass(frozen=True, slots=True)
class DateIntent:
    """What a question asks about dates: whether it asks when, and whether for the latest or earliest."""

    asks_date: bool = False
    order: DateOrder | None = None


@dataclass(frozen=True, slots=True)
class QueryWord:
    """A searched word or name of the question, as asked, and the terms any of which find it."""

    text: str
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QueryPlan:
    """A question ready for the engine."""

    weights: dict[str, float]
    """Term -> weight, for ``Bm25Engine.search``."""
    marks: frozenset[str]
    """Terms whose words are marked in quotes (phrase terms included)."""
    words: tuple[QueryWord, ...]
    """The question's searched words and names (not its order words), to tell which no passage has."""
    intent: DateIntent = field(default_factory=DateIntent)


def date_intent(question: str) -> DateIntent:
    """Whether ``question`` asks when, and whether it asks for the latest or the earliest time."""
    words = _PLAIN_WORD.findall(fold(question))
    asks = any(_has_sequence(words, sequence) for sequence in _DATE_QUESTIONS)
    order = None
    for number, word in enumerate(words):
        following = words[number + 1] if number + 1 < len(words) else ""
        if word in _LATEST and not (word == "last" and following in _TIME_UNITS):
            order = DateOrder.LATEST
        elif word == "earliest" or (word == "first" and (asks or following == "time")):
            order = DateOrder.EARLIEST
        if order:
            break
    return DateIntent(asks_date=asks, order=order)


def plan_query(
    question: str, aliases: AliasTable | None = None, known: Callable[[str], bool] | None = None
) -> QueryPlan:
    """The weighted query, the words to mark and the date intent of ``question``.

    With ``known`` (whether any passage holds a term), compounds are met however they are written: a word no
    passage holds that splits into two words passages hold (``airstrike`` -> ``air strike``) searches for
    them, and two words in a row also search for the word they make together (``air strike`` ->
    ``airstrike``)."""
    aliases = aliases or AliasTable()
    intent = date_intent(question)
    order_terms = _order_terms(intent)
    dropped = FILLER_TERMS | (_ASKING_TERMS if intent.asks_date or intent.order else frozenset())
    tokens = list(iter_tokens(question))
    weights: dict[str, float] = {}
    marks: set[str] = set()
    words: list[QueryWord] = []
    named: set[int] = set()
    for match in aliases.find(question, tokens):
        named.update(n for n in range(match.first, match.last + 1) if not tokens[n].joined)
        weights[match.name_term] = weights.get(match.name_term, 0.0) + NAME_WEIGHT
        weights[match.group.term] = max(weights.get(match.group.term, 0.0), GROUP_WEIGHT)
        marks.add(match.name_term)
        marks.update(aliases.name_terms(match.group))
        for key in match.group.related:
            related = aliases.group(key)
            if related is not None:
                weights[related.term] = max(weights.get(related.term, 0.0), RELATED_WEIGHT)
                marks.update(aliases.name_terms(related))
        text = question[tokens[match.first].start : tokens[match.last].end]
        words.append(QueryWord(text, (match.group.term,)))
    for number, token in enumerate(tokens):
        if number in named:
            continue
        if token.joined:
            weights[token.term] = weights.get(token.term, 0.0) + JOINED_WEIGHT
            marks.add(token.term)
        elif token.term in order_terms:
            weights[token.term] = max(weights.get(token.term, 0.0), ORDER_WORD_WEIGHT)
        elif token.term not in dropped:
            weights[token.term] = weights.get(token.term, 0.0) + WORD_WEIGHT
            marks.add(token.term)
            text = question[token.start : token.end]
            parts = _split_compound(text, token.term, known) if known else ()
            for part in parts:
                weights[part] = weights.get(part, 0.0) + COMPOUND_WEIGHT
                marks.add(part)
            words.append(QueryWord(text, (token.term, *parts)))
    if known:
        for joined in _joined_pairs(question, tokens, named, known):
            weights[joined] = max(weights.get(joined, 0.0), COMPOUND_WEIGHT)
            marks.add(joined)
    if not words:
        weights = {}  # only words that order or frame a search ("when last?"): nothing to search for
    weights.update({CONTEXT_MARK + term: weight * CONTEXT_WEIGHT for term, weight in weights.items()})
    unique = {word.text.casefold(): word for word in words}
    return QueryPlan(weights, frozenset(marks), tuple(unique.values()), intent)


def _split_compound(word: str, term: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """The terms of the two words a compound no passage holds is made of, when passages hold both (the
    split with the longest shorter part); none otherwise."""
    plain = fold(word)
    if known(term) or len(plain) < 2 * _PART_MIN or not plain.isalpha():
        return ()
    best: tuple[str, ...] = ()
    best_size = 0
    for cut in range(_PART_MIN, len(plain) - _PART_MIN + 1):
        head, tail = plain[:cut], plain[cut:]
        if head in STOPWORDS or tail in STOPWORDS:
            continue
        parts = (stem_once(head), stem_once(tail))
        if min(len(head), len(tail)) > best_size and all(map(known, parts)):
            best, best_size = parts, min(len(head), len(tail))
    return best


def _joined_pairs(
    question: str, tokens: list[Token], named: set[int], known: Callable[[str], bool]
) -> list[str]:
    """The terms of the words two words in a row make together, when passages hold them (``air strike`` ->
    ``airstrike``)."""
    plain = [n for n, token in enumerate(tokens) if not token.joined and n not in named]
    found = []
    for first, second in itertools.pairwise(plain):
        left, right = tokens[first], tokens[second]
        if not question[left.end : right.start].isspace():
            continue
        term = stem_once(fold(question[left.start : left.end] + question[right.start : right.end]))
        if known(term):
            found.append(term)
    return found


def _order_terms(intent: DateIntent) -> frozenset[str]:
    if intent.order is DateOrder.LATEST:
        return _LATEST_TERMS
    if intent.order is DateOrder.EARLIEST:
        return _EARLIEST_TERMS
    return frozenset()


def _has_sequence(words: list[str], sequence: tuple[str, ...]) -> bool:
    size = len(sequence)
    return any(tuple(words[n : n + size]) == sequence for n in range(len(words) - size + 1))


_ASKING_TERMS = frozenset(stem(word) for word in _ASKING_WORDS)
_LATEST_TERMS = frozenset(stem(word) for word in _LATEST)
_EARLIEST_TERMS = frozenset(stem(word) for word in _EARLIEST)
