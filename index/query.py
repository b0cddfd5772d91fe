"""From a question to a weighted query: its terms, its names' alias groups, and what it asks about dates.

Words weigh 1 each (repeats add up, as in BM25Okapi); a name of an alias group also searches for the group's
term, keeping a small weight of its own, and related groups weigh less. Request words are left out, and words
asking for an order in time (``last``, ``first``) count little: they steer the ranking by date instead.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from index.aliases import AliasTable
from index.analyzer import (
    CONTEXT_MARK,
    FILLER_TERMS,
    IRREGULAR,
    KINDRED_EVENTS,
    STOPWORDS,
    Token,
    fold,
    iter_tokens,
    stem,
    stem_once,
)
from index.dates import MONTH_NAMES, MONTH_WORD, MONTHS, WEEKDAYS, stated_dates, year_date
from index.models import DatePrecision, StatedDate
from index.speaker_field import SPEAKER_MARK

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
SPEAKER_WEIGHT = 0.55
"""A term found in a passage's speaker (``index.speaker_field``) counts this share of one found in its words: a
name asked finds that speaker's turns, and a turn naming the person in its words is not passed by every one."""

_LATEST = frozenset({"last", "latest", "newest", "recent", "recently", "lately"})
_EARLIEST = frozenset({"first", "earliest"})
_TIME_UNITS = frozenset(
    {"week", "weekend", "month", "year", "night", "spring", "summer", "autumn", "fall", "winter"}
    | {*MONTH_NAMES, *WEEKDAYS}
)
"""After ``last`` or ``next``, a word that makes a relative date (``last week``), not an order in time."""
_DATE_QUESTIONS = (
    "what date", "which date", "what day", "which day", "what year", "which year", "what month", "which month",
    "how long ago", "since when", "date of",
)  # fmt: skip
"""Words in a row that ask for a date (``when`` alone asks for one only after some words: ``_when_asks``)."""
_ASKING_WORDS = frozenset({"date", "day", "year", "month", "time", "ago", "since"})
"""Words that only ask for a date in a date question (``what date``, ``the last time``)."""
_WHEN_ASKS_AFTER = frozenset(
    {"and", "so", "but", "then", "me", "us", "know", "tell", "say", "remember", "recall", "confirm", "wonder"}
    | {"idea", "clear", "sure", "exactly", "precisely", "just", "ok", "okay", "again", "out", "asked", "ask"}
    | {"explain", "remind", "since", "until", "till", "from", "about", "check", "said", "learn", "notice"}
)
"""A word after which ``when`` asks for a date (``tell me when``, ``since when``); after any other word it
joins two clauses (``was the mayor there when the shelling began?``) and asks none."""
_WHEN = re.compile(r"\bwhen\b")
_WHEN_AUXILIARY = re.compile(r"\s+(?:did|does|do|was|were|is|are|will|has|have|had)\b")
"""After ``when``: the auxiliary of a question (``in 2021 when did the trial resume``), never of a clause that
``when`` joins (``was she there when the shelling began``)."""
_WHICH_WAS_ORDER = re.compile(
    r"\s*(?:what|which)\s+(?:was|were)\s+(?:the\s+)?(?:very\s+)?(?:first|last|latest|earliest|most\s+recent)\b"
)
"""``What was the last strike …?``: a question about the event at one end of time asks for its date too."""
_WHEN_OPENS = re.compile(r"(?:^|[,:;(\-—–\"“'‘])\s*$")
_BEGIN_WORDS = frozenset({"begin", "began", "begun", "beginning", "start", "started", "starts", "starting"})
_BEGIN_WORDS |= frozenset({"open", "opened", "launch", "launched", "commence", "commenced", "begins", "opens"})
_END_WORDS = frozenset({"end", "ended", "ends", "finish", "finished", "conclude", "concluded", "close", "closed"})
_END_WORDS |= frozenset({"complete", "completed", "stop", "stopped", "expire", "expired", "lift", "lifted"})
EDGE_WORDS = {"start": _BEGIN_WORDS, "end": _END_WORDS}
"""Words that ask when something began (its start) or ended (its end), the start first."""
_BOUND = re.compile(
    r"(?i)\b(?P<relation>before|after|since|in|during|prior\s+to|until|till|by|earlier\s+than|later\s+than)\s+"
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<rest>[^?!;]{1,40})"
)
_BARE_YEAR = re.compile(r"(?<![\w/-])(?P<year>(?:19|20)\d{2})(?![\w/-])")
"""A year that names which event the question means (``the 2023 outbreak``): its dates lie in that year."""
_BARE_MONTH = re.compile(rf"(?i){MONTH_WORD}(?!\w)")
_PLAIN_WORD = re.compile(r"\w+")


class DateOrder(StrEnum):
    """Which end of time a question asks for."""

    LATEST = "latest"
    EARLIEST = "earliest"


Day = date
"""A calendar day (``datetime.date``), named so inside classes that have a field called ``date``."""


@dataclass(frozen=True, slots=True)
class DateBound:
    """A limit a question puts on the dates it asks about: ``before October``, ``in 2016``, ``since March``.

    ``date`` is the limit at its precision; a month named without a year (``in March``) has ``month`` set and
    ``date`` None, and is compared within each date's own year."""

    relation: str
    """``before``, ``after``, ``since`` or ``in``."""
    date: StatedDate | None
    month: int = 0
    span: tuple[int, int] = (0, 0)
    """Where the limit's words are in the question."""
    years_back: int | None = None
    """For ``this year`` (0), ``last year`` (1), ``next year`` (-1): the year counted from the day a passage was
    written, the limit's ``date`` being None."""
    now: bool = False
    """For ``before this one``, ``before now``: the day a passage was written is the limit (date-intent rule)."""
    current: bool = False
    """For ``before this one``: the occurrence the passages tell of most is the limit (date-intent rule)."""

    def admits(self, found: StatedDate, written: Day | None = None) -> bool:
        """Whether ``found`` lies where the limit allows; a date too coarse to tell is not admitted, nor any date
        for a limit counted from a day of writing that is not known."""
        if self.now:
            return written is not None and DateBound(self.relation, StatedDate(written)).admits(found)
        if self.years_back is not None:
            year = year_date(written.year - self.years_back) if written else None
            return year is not None and DateBound(self.relation, year).admits(found)
        if self.date is None and found.precision is DatePrecision.YEAR:
            return False
        limit = self.date or StatedDate(found.value.replace(month=self.month, day=1), DatePrecision.MONTH)
        first, last = limit.value, period_end(limit)
        start, end = found.value, period_end(found)
        allowed = {"before": end < first, "after": start > last, "since": start >= first}
        return allowed.get(self.relation, first <= start and end <= last)


@dataclass(frozen=True, slots=True)
class DateIntent:
    """What a question asks about dates: whether it asks when, whether for the latest or earliest, whether
    for the start or end of something (``began``, ``ended``), and the limits it puts on the dates."""

    asks_date: bool = False
    order: DateOrder | None = None
    edge: str | None = None
    """``start`` when it asks when something began, ``end`` when it ended, ``since`` for ``since when``."""
    bounds: tuple[DateBound, ...] = ()
    event: tuple[str, ...] = ()
    """The words of the question's verb phrase (``cancel``; ``come into force``), as written, lowercase."""
    after_events: tuple[EventBound, ...] = ()
    """Limits set by another event (``before the ceasefire was restored``), to be dated first."""
    past: bool = False
    """Whether it asks about something that has happened (``when did …``, ``when was … signed``) and nothing
    planned (``would``, ``will``, ``due``): then a date its source wrote as still to come does not answer it."""
    ahead: bool = False
    """Whether it asks about something still to come (``when will …``, ``when is … due``) and has no word of the
    past (``did``, ``was``): then a date already gone by when its source was written does not answer it."""
    inside: bool = False
    """Whether it asks which day inside the period it limits itself to (``When in February was …``)."""
    kinds: tuple[tuple[str, str], ...] = ()
    """Each name the question gives with the plain word right after it, the kind of thing it names (``Penn``,
    ``footbridge`` in ``the Penn footbridge``): another name before that word names another one of the kind."""
    due: bool = False
    """Whether it asks when something is due (``when is the full report due``): ``is due by 30 November`` answers it."""
    deadline: bool = False
    """Whether it asks for a deadline (``By when must …``, ``what is the deadline for …``): a limit written with
    ``by`` (``must report by 1 December``) answers it."""
    until: bool = False
    """Whether it asks until when something lasts (``until when is the phase expected to run``): a limit written
    with ``until`` (``to run until 11 December``) answers it."""
    again: bool = False
    """Whether it asks about a repeat (``when was the depot struck again``): a date told as one answers it."""
    day: bool = False
    """Whether it asks for a day (``on what date``, ``which day``): a month or year told only by its distance from
    the day of writing (``last week``, ``this month``) does not answer it."""


@dataclass(frozen=True, slots=True)
class EventBound:
    """A limit a question sets by an event rather than a date: ``before the ceasefire was restored``."""

    relation: str
    """``before``, ``after`` or ``since``."""
    phrase: str
    """The event's words as asked (``the ceasefire was restored``)."""
    names: tuple[str, ...] = ()
    """The names the rest of the question gives (``Dallen Valley``), which place the event."""
    start: int = 0
    """Where the limit starts in the question."""
    end: int | None = None
    """Where it ends (None: at the question's end); a limit put first (``before the crash, when …``) ends at its
    comma."""

    def rest_of(self, question: str) -> str:
        """``question`` without the limit's words: the question the limit applies to."""
        end = len(question) if self.end is None else self.end
        return (question[: self.start] + " " + question[end:].lstrip(" ,")).strip()

    def question(self) -> str:
        """The event as a "when" question of its own."""
        return f"When was {self.phrase} {' '.join(self.names)}".strip() + "?"


@dataclass(frozen=True, slots=True)
class QueryWord:
    """A searched word or name of the question, as asked, and the terms any of which find it."""

    text: str
    terms: tuple[str, ...]
    name: bool = False
    """Written as a name in the question (``written_as_name``): no other word stands in for it."""


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
    also_asked: tuple[str, ...] = ()
    """The question as asked under other names the corpus states for the bodies it names (for the meaning
    layer: a passage is as near as it is to the nearest of them)."""


def date_intent(question: str) -> DateIntent:
    """Whether ``question`` asks when, and whether it asks for the latest or the earliest time."""
    folded = fold(question)
    words = _PLAIN_WORD.findall(folded)
    asks = any(_has_phrase(words, phrase) for phrase in _DATE_QUESTIONS)
    asks = asks or any(
        _when_asks(folded[: match.start()]) or _WHEN_AUXILIARY.match(folded, match.end())
        for match in _WHEN.finditer(folded)
    )
    allowed_until = bool(_LAST_DAY_CAN.search(folded) or _DEADLINE.search(folded))
    deadline = allowed_until or bool(_ASKS_DEADLINE.search(folded))
    asks = asks or deadline or bool(_WHICH_WAS_ORDER.match(folded)) or _asks_as_search(words)
    order = None
    for word, following in itertools.pairwise([] if deadline or _DEADLINE.search(folded) else [*words, ""]):
        if word in _LATEST and not (word == "last" and following in _TIME_UNITS):
            order = DateOrder.LATEST
            break
        if word == "earliest" or (word == "first" and (asks or following == "time")):
            order = DateOrder.EARLIEST
            break
    edge = next((edge for edge, signs in EDGE_WORDS.items() if not signs.isdisjoint(words)), None) if asks else None
    if asks and _has_phrase(words, "since when"):
        edge = "since"
    bounds = date_bounds(question) if asks or order else ()
    after_events = event_bounds(question, bounds) if asks else ()
    main = after_events[0].rest_of(question) if after_events else question
    event = event_words(main) if asks else ()
    past = asks and asks_about_past(words)
    ahead = asks and asks_about_future(words)
    kinds = tuple(
        (_POSSESSIVE.sub("", m["name"]), m["kind"]) for m in _NAMED_KIND.finditer(question) if m["name"].lower()
        not in _QUESTION_OPENERS
    ) if asks else ()
    inside = asks and _WHEN_INSIDE.match(question) is not None
    due = ahead and "due" in words
    until = asks and (allowed_until or _has_phrase(words, "until when") or _has_phrase(words, "till when"))
    again = asks and ("again" in words or _has_phrase(words, "once more"))
    day = asks and _ASKS_DAY.match(folded) is not None
    return DateIntent(
        asks, order, edge, bounds, event, after_events, past, ahead, inside, kinds, due, deadline, until, again, day
    )


_ASKS_DAY = re.compile(r"\W*(?:on\s+|in\s+)?(?:what|which)\s+(?:date|day)\b")
"""A question that opens on ``on what date``, ``which day``: it asks for a day."""


_WHEN_INSIDE = re.compile(r"(?i)\W*(?:when|(?:on\s+)?(?:what|which)\s+(?:day|date))\s+in\s")
"""A question that opens on ``when in``, ``on what day in``: it asks for a day inside the period named."""


_NAMED_KIND = re.compile(r"(?<=[\w,] )(?P<name>[A-Z][\w-]*(?:['’]s)?) (?P<kind>[a-z][a-z-]{2,})\b")
"""A capitalised word not first in the question and the plain word right after it (``the Penn footbridge``)."""


_DEADLINE = re.compile(r"(?i)\b(?:last|final)\s+(?:day|date)\s+(?:to|for|(?:\w+\s+){0,3}(?:had|has|have)\s+to)\b")
"""``the last day Kestel had to pay``: a deadline, one date, not the latest of several (date intent)."""
_ASKS_DEADLINE = re.compile(
    r"^\W*by\s+(?:when|what\s+(?:date|day|time))\b|"
    r"\bwhat\s+(?:is|was|were|are)\s+(?:the|its|their|his|her)\s+(?:\w+\s+){0,2}deadlines?\b"
)
"""``By when must the board report``, ``what is the final deadline for brands to pay``: a question that asks for a
deadline (date intent), one date, however ``final`` it says it is."""
_LAST_DAY_CAN = re.compile(
    r"(?i)\b(?:last|final|latest)\s+(?:day|date)\s+(?:on\s+which\s+|that\s+)?(?:[\w'’-]+\s+){1,6}?"
    r"(?:can|could|may|might)\s+(?!not\b|never\b)"
)
"""``what is the last day passengers can claim``: the end of what is allowed, a deadline however ``last`` it says it is;
a limit written with ``until`` (``claims are open until 31 December``) answers it as one with ``by`` does."""
_PAST_AUXILIARIES = frozenset({"did", "was", "were", "had"})
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "does", "do"})
"""Before a participle they tell no past (``when is launch targeted``)."""
_PLANNED = frozenset(
    {"will", "would", "shall", "due", "scheduled", "planned", "expected", "next", "upcoming", "going"}
)


def asks_about_past(words: Sequence[str]) -> bool:
    """Whether a question's (lowercase) words ask about the past: a past auxiliary (``did``, ``was``) or a verb in
    -ed without a present one (not ``when is launch targeted``), and no word of a plan (``will``, ``due``, ``next``)."""
    participle = any(len(word) > 4 and word.endswith("ed") for word in words) and _PRESENT_AUXILIARIES.isdisjoint(words)
    return (participle or not _PAST_AUXILIARIES.isdisjoint(words)) and _PLANNED.isdisjoint(words)


def asks_about_future(words: Sequence[str]) -> bool:
    """Whether a question's (lowercase) words ask about what is still to come: a word of a plan (``will``, ``due``,
    ``next``), or ``do``/``does`` right after the words asking the date (``when do the bulldozers start``, ``on what
    date does the festival open``: a timetable), and no past auxiliary (not ``when was the vote scheduled``)."""
    timetable = any(
        word in ("when", "date", "day") and following in ("do", "does") for word, following in itertools.pairwise(words)
    )
    return (timetable or not _PLANNED.isdisjoint(words)) and _PAST_AUXILIARIES.isdisjoint(words)


_REPORTED = re.compile(r"(?i)\b(?:would|will|could|to\s+be)\s")
"""After these words a question tells what was said or planned; limits there belong to it."""
_IN_FRONT = re.compile(r"(?i)\b(?:due|appear\w*|testif\w*|brought|summoned|stand|stood)\s+before\s+$")
_BODY = re.compile(
    r"(?i)\b(?:committee|court|judges?|parliament|panel|tribunal|congress|senate|jury|magistrates)"
    r"(?=[\s.]*$|\s+(?:of|on|in|at|for|to|and|about|over|with|this|last|next|again|when|while|as|\d|"
    r"(?:to|yester|mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|later|earlier)\b)"
)
"""``due before the select committee``, ``appear before a judge``: in front of a body, no limit in time; only
with the body as the head of the phrase, followed by no word or a word of place or time (``before the committee
yesterday``); ``before the senate vote`` is a limit."""
_POSSESSIVE = re.compile(r"['’]s?$")
_EVENT_LIMIT = re.compile(
    r"(?i)\b(?P<relation>before|after|since|prior\s+to)\s+(?P<phrase>(?:the|a|an|its|their)\s[^?!;,]{3,80}|"
    r"(?!(?:that|this|these|those|it|then|being|having|when|which|now|today|yesterday|tomorrow)\b)[a-z][^?!;,]{3,80})"
)


def event_bounds(question: str, bounds: tuple[DateBound, ...]) -> tuple[EventBound, ...]:
    """The limits ``question`` sets by an event (``before the ceasefire was restored``, ``after the second
    round``): a relation word followed by words that are not a date (those are ``date_bounds``)."""
    for match in _EVENT_LIMIT.finditer(question):
        if _REPORTED.search(question, 0, match.start()):
            continue
        if _IN_FRONT.search(question, 0, match.start("phrase")) and _BODY.search(match["phrase"]):
            continue  # "due before the select committee": in front of it
        if any(bound.span[0] <= match.start("phrase") < bound.span[1] for bound in bounds):
            continue
        relation = _relation(match)
        phrase = match["phrase"].strip().rstrip(".")
        end = match.end("phrase") if question[match.end("phrase") :].strip(" ?.!") else None
        rest = question[: match.start()] + " " + (question[end:] if end is not None else "")
        words = _QUESTION_WORD.findall(rest)
        names = tuple(
            _POSSESSIVE.sub("", w) for number, w in enumerate(words) if w[:1].isupper() and number and
            w.lower() not in _QUESTION_OPENERS
        )
        return (EventBound(relation, phrase, names, match.start(), end),)
    return ()


_QUESTION_OPENERS = frozenset({"when", "what", "which", "how", "did", "was", "were", "is", "are", "does", "do"})
_AUXILIARY = frozenset({"did", "does", "do", "will", "would", "could", "can", "should", "might", "shall", "must"})
_BE = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})
_PLAN_WORDS = frozenset({"due", "set", "scheduled", "expected", "supposed", "meant", "planned", "slated"})
"""After ``was``/``is``, before ``to`` and a verb (``was the minister due to fly``): that verb is the event asked."""
_HAPPENING = (("happen",), ("occur",), ("take", "place"), ("go", "ahead"))
"""Verbs that say only that something happens: the event is what happens, named before them."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
_PARTICLES = frozenset(
    {"to", "into", "in", "on", "at", "from", "for", "with", "through", "back", "out", "off", "down", "up", "over"}
    | {"away", "by", "under", "onto", "across", "around", "after", "before", "since", "during", "about", "against"}
)
_HAPPEN = frozenset({"happen", "happened", "occur", "occurred", "place"})
"""Verbs that only say something happened (``take place``): they name no event of their own."""
_LIGHT = frozenset({"make", "get", "have", "do", "go", "be", "been", "being", "was", "were", "try"})
_LIGHT |= frozenset({"should", "would", "could", "might", "must", "may", "can", "will", "shall"})
"""Verbs too general to tell one event from another (``make a landing``, ``try to stop``)."""
_MOTION = frozenset({"come", "came", "enter", "entered", "put", "set", "bring", "brought"})
"""Verbs whose event the next word names (``come into force``, ``put on alert``)."""
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "oneself"})
_PRONOUN_OBJECTS = _REFLEXIVES | {"it", "them", "him", "us"}
"""A pronoun after a verb is its object (``did Dunmoor announce it was raising …``: ``announce``)."""
_PREPOSITIONS = frozenset({"to", "into", "in", "on", "at", "from", "for", "with", "by", "of", "about", "under"})
_ORDER_WORDS = frozenset({"first", "last", "latest", "earliest", "final", "most", "recent", "next"})
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "un", "ought", "aught", "ung", "ept", "elt", "ilt", "eft")
_LIMITS = frozenset({"before", "after", "since", "during", "until", "till", "when", "while"})
_OTHER_PREPOSITIONS = frozenset(
    {"between", "among", "amid", "within", "without", "near", "beyond", "along", "toward", "towards", "behind"}
    | {"inside", "outside", "via", "per", "than", "like", "despite", "upon", "across", "beside", "besides"}
    | {"and", "or", "but", "nor", "if", "whether", "as"}
)
_NOT_VERBS = _PARTICLES | _PREPOSITIONS | _OTHER_PREPOSITIONS | _ORDER_WORDS | _REFLEXIVES
"""Words never taken for the question's verb (``of`` in ``the bank of the south lose …``)."""
_QUESTION_WORD = re.compile(r"[\w'’-]+")


def _only_happens(words: Sequence[str]) -> bool:
    """Whether ``words`` open with a verb that says only that something happens (``take place``, ``happen``)."""
    return any(tuple(words[: len(verb)]) == verb for verb in _HAPPENING)


def event_words(question: str) -> tuple[str, ...]:
    """The verb phrase of a date question, as far as a few rules of word order find it: after ``did``,
    ``will`` …, a word that a determiner, a particle, a name or the end follows, a known verb first (``did
    the government cancel the parade``: ``cancel``), with the words after it up to a determiner or a name
    (``come into force``); after ``was``/``were``, the last participle (``was the outbreak declared``).
    Empty when none is found or the verb only says that something happened (``take place``, ``occur``)."""
    words = _QUESTION_WORD.findall(question)
    lowered = [word.lower() for word in words]
    found: list[str] = []
    for number, word in enumerate(lowered):
        if word in _AUXILIARY:
            found = _verb_after(words, lowered, number + 1)
            break
        if word in _BE:
            planned = next((n + 2 for n in range(number + 1, len(lowered) - 2) if lowered[n] in _PLAN_WORDS
                            and lowered[n + 1] == "to" and lowered[n + 2].isalpha()
                            and lowered[n + 2] not in _DETERMINERS), None)
            if planned is not None and _only_happens(lowered[planned : planned + 2]):
                planned = None  # "was the concert due to take place": the concert is the event, as without "due to"
            if planned is not None:  # "was the minister due to fly to Lissow": the verb planned is the event
                found = [lowered[planned], *_particle_after(lowered, planned)]
                if found[0] in _LIGHT and planned + 1 < len(lowered) and len(found) == 1:
                    found.append(lowered[planned + 1])  # "meant to go live": the word after a light verb
                break
            tail = lowered[number + 2 :]
            before = lowered[number + 1 : -1]  # the word before each of the tail's
            participles = [w for w, written, prior in zip(tail, words[number + 2 :], before, strict=True) if
                           written[:1].islower() and _is_participle(w) and prior not in _DETERMINERS]
            # "of the flooded metro tunnel": a participle after a determiner is an adjective, not the verb
            if not participles and tail and tail[-1] in _KNOWN_VERBS:
                participles = tail[-1:]  # "was the water supply cut"
            progressive = [w for w, prior in zip(tail, before, strict=True) if prior == "been" and _is_gerund(w)]
            participles = progressive or participles  # "has the erosion been destroying shelters": "destroying"
            found = participles[-1:] or _ordered_event(lowered[number + 1 :])
            if found:  # "were the two men picked up": the particle stays with its participle
                at = len(lowered) - 1 - lowered[::-1].index(found[0])
                found += _particle_after(lowered, at) or (
                    ["in"] if lowered[at + 1 : at + 3] in (["in"], ["in", "by"]) else []
                )  # "was the ambassador called in by the ministry": summoned
            break
    if any(word in _HAPPEN for word in found):
        return ()
    if found[:1] == ["get"] and len(found) > 1 and found[1] in _PARTICLES:
        return ("reach",)  # "get into", "get through": arrive
    found = _carried_by(lowered, found)
    if len(found) == 2 and found[0] in _LIGHT and found[1] in _ADVERB_PARTICLES:
        return tuple(found)  # "did the toll go up": a light verb with its particle names an event
    return tuple(word for word in found if word not in _LIGHT)


def _ordered_event(tail: Sequence[str]) -> list[str]:
    """The event a subject with an order word names, when no verb follows it (``was the first strike on the
    convoys``, ``the last visit``): the noun after ``the first`` that is a verb too."""
    for number in range(len(tail) - 2):
        if tail[number] not in _DETERMINERS or tail[number + 1] not in _ORDER_WORDS:
            continue
        after = number + 1
        while after < len(tail) and tail[after] in _ORDER_WORDS:  # "the most recent attack"
            after += 1
        if after < len(tail) and tail[after] in _KNOWN_VERBS and tail[after] not in _NOT_VERBS:
            return [tail[after]]
    return []


_ADVERB_PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "over"})
"""Particles that stay with the verb before them when the question ends on them or a determiner follows
(``picked up``, ``go up``); not ``in`` or ``on``, which more often open a place (``landed in``)."""


def _particle_after(lowered: list[str], number: int) -> list[str]:
    """The particle right after the verb at ``number``, when the question ends on it or an object follows."""
    after = lowered[number + 1 : number + 3]
    if after[:1] and after[0] in _ADVERB_PARTICLES and (len(after) == 1 or after[1] in _DETERMINERS | {"of"}):
        return after[:1]
    return []


def _past_adverbs(lowered: list[str], number: int) -> int:
    """Where the word after the adverbs from ``number`` on stands: past an adverb in ``-ly`` always, past one of
    ``_VERB_ADVERBS`` only when a word follows it (``did the ferry sail again`` ends on its verb's adverb)."""
    while number < len(lowered) and (
        _ly_adverb(lowered[number]) or (number + 1 < len(lowered) and _is_adverb(lowered[number]))
    ):
        number += 1
    return number


def _is_adverb(word: str) -> bool:
    """A word in ``-ly`` that is no verb (``partly``, ``fully``; not ``apply``, ``rally``), or one of
    ``_VERB_ADVERBS``: never the question's verb."""
    return word in _VERB_ADVERBS or _ly_adverb(word)


def _ly_adverb(word: str) -> bool:
    """A word in ``-ly`` that is no verb (``partly``; not ``apply``)."""
    return len(word) > 4 and word.endswith("ly") and word not in _KNOWN_VERBS and word not in _LY_VERBS


_LY_VERBS = frozenset({"apply", "reply", "rely", "supply", "rally", "tally", "comply", "multiply", "bully", "ally"})


_CATENATIVE = frozenset({"agree", "decide", "vote", "refuse", "promise", "pledge", "threaten", "offer", "vow"})
"""Verbs whose event is the deciding itself, the verb after their ``to`` what was decided (``agree to take``)."""


def _carried_by(lowered: list[str], found: list[str]) -> list[str]:
    """The event of a verb phrase that a verb of deciding carries: ``agree to take the survivors`` is an
    agreement (``agree``), what was agreed being its content (date intent)."""
    for number, word in enumerate(lowered[:-2]):
        if word in _CATENATIVE and lowered[number + 1] == "to" and lowered[number + 2] in found:
            return [word]
    return found


_VERB_ADVERBS = frozenset(
    {"first", "last", "finally", "ever", "again", "still", "also", "just", "eventually", "originally", "initially"}
    | {"officially", "formally", "actually", "really", "once", "never", "even"}
)
"""Adverbs that stand before a verb (``did the two sides first meet``) when no determiner stands before them."""


def _after_adverb(words: list[str], lowered: list[str], start: int) -> int | None:
    """Where the verb stands after an adverb (``did the union and the operator first meet``), if one does."""
    for number in range(start + 1, len(words) - 1):
        word, following = lowered[number], lowered[number + 1]
        after_adverb = word in _VERB_ADVERBS and lowered[number - 1] not in _DETERMINERS
        if after_adverb and words[number + 1][:1].islower() and following.isalpha() and following not in (
            _NOT_VERBS | _DETERMINERS | _VERB_ADVERBS
        ) and not _is_adverb(following):
            return number + 1
    return None


def _verb_after(words: list[str], lowered: list[str], start: int) -> list[str]:
    adverbed = _after_adverb(words, lowered, start)
    candidates = []
    for number in range(start + 1, len(words)):
        word, previous = lowered[number], lowered[number - 1]
        if not words[number][:1].islower() or word in _DETERMINERS or previous in _DETERMINERS:
            continue
        if previous.endswith(("'s", "’s")) or word in _NOT_VERBS or not word.isalpha() or _ly_adverb(word):
            continue
        if previous in _ORDER_WORDS and number - 1 > start and lowered[number - 2] in _DETERMINERS:
            continue  # "the last armed contingent": an adjective
        after = _past_adverbs(lowered, number + 1)  # "start loading again, partly, at": after its adverbs
        following = lowered[after] if after < len(words) else ""
        # what follows a verb: the end, an object (a name, or a number: "did the bank lose 1.2bn"), a particle
        object_next = following in _DETERMINERS | _PARTICLES | _PRONOUN_OBJECTS or following[:1].isdigit()
        if not following or object_next or words[min(after, len(words) - 1)][:1].isupper():
            candidates.append(number)
    if adverbed is not None:
        candidates = [adverbed]
    if not candidates:
        return []
    with_object = [
        n
        for n in candidates
        if n + 1 < len(words) and (lowered[n + 1] in _DETERMINERS | _PRONOUN_OBJECTS or words[n + 1][:1].isupper())
    ]
    known = [n for n in candidates if lowered[n] in _KNOWN_VERBS]
    number = (with_object or known or candidates)[0]  # "decide the mission should withdraw": "decide"
    phrase = [lowered[number]]
    before = lowered[number - 1]
    ends = number + 1 >= len(words) and before.isalpha() and words[number - 1][:1].islower() and number - 1 > start
    noun_before = phrase[0] in _KNOWN_VERBS and before not in _KNOWN_VERBS  # "did the coup attempt begin"
    if ends and before not in _DETERMINERS | _PARTICLES | _ORDER_WORDS and not noun_before:
        phrase.insert(0, before)  # "did the dam give way"
    object_last = words[-1].isalpha() and words[-1][:1].islower() and lowered[-1] not in _NOT_VERBS | _DETERMINERS
    if number == adverbed and number + 2 == len(words) and object_last:
        return [*phrase, lowered[-1]]  # "did the dockers first stop work": the verb and its object
    light = phrase[-1] in _LIGHT | _MOTION
    made = lowered[number + 2] if phrase == ["make"] and number + 2 < len(words) else ""
    if lowered[number + 1 : number + 2] in (["a"], ["an"], ["the"]) and made.isalpha() and made not in _NOT_VERBS:
        return [made]  # "make the call", "make a landing": the noun names the event
    for later, written in zip(lowered[number + 1 :], words[number + 1 :], strict=True):
        if phrase == ["get"] and later in _PARTICLES:
            phrase.append(later)  # date intent: "get into", "get through" (an arrival), whatever follows
            break
        if later in _DETERMINERS or later in _LIMITS or not later.isalpha() or written[:1].isupper():
            break
        if later == "in" and len(phrase) == 1 and lowered[number + 2 : number + 3] in (["the"], ["a"], ["its"]):
            return [*phrase, later]  # "call in the ambassador": a particle between the verb and its object
        if later in _PARTICLES and later not in _PREPOSITIONS:
            phrase.append(later)  # "break down", "go back"
            light = False
        elif later not in _PREPOSITIONS:
            if light:
                phrase.append(later)  # "come into force": the word after a light verb names the event
            break
    return [word for word in phrase if word not in _PREPOSITIONS or phrase[0] == "get"]


def _is_gerund(word: str) -> bool:
    return word.isalpha() and len(word) > 5 and word.endswith("ing")


def _is_participle(word: str) -> bool:
    return word.isalpha() and len(word) > 3 and (word.endswith(_PARTICIPLE_ENDINGS) or word in _IRREGULAR_PAST)


_IRREGULAR_PAST = frozenset(IRREGULAR) | {
    "found", "sold", "paid", "laid", "heard", "made", "shut", "cut", "hit", "set", "put", "sunk", "dug", "bound",
}
"""Past participles that no ending tells (``was the virus first found``)."""
_KNOWN_VERBS = _IRREGULAR_PAST | frozenset(IRREGULAR.values()) | frozenset(
    word for line in KINDRED_EVENTS for word in line.split()
) | frozenset({"escape", "flee", "erupt", "explode", "capsize", "surrender", "resign", "defect", "vanish"})
"""Words known as verbs: a question ending on one has the noun of its subject before it (``did the sun bear
escape``), not a verb and its object (``did the dam give way``)."""


def _asks_as_search(words: list[str]) -> bool:
    """Whether words typed as a search ask for a date: one that ends on ``when`` or ``date`` (``treaty signed
    when``, ``second round start date``), opens on ``date`` (``date the dam failed``) or on ``first time`` /
    ``last time``, ``first day``, ``latest date`` (``first time the flag went up``)."""
    if words and words[-1] in ("when", "date"):
        return True
    if len(words) > 3 and words[0] in ("date", "day") and words[1] in ("the", "of", "when", "that"):
        return True  # date intent: "date the dam failed", "date of the first case"
    opening = words[1:3] if words[:1] == ["the"] else words[:2]
    unit = opening[1:] in (["time"], ["day"], ["date"])  # "first time the flag went up", "first day customers could"
    return len(words) > 2 and unit and opening[0] in ("first", "last", "earliest", "latest")


def _when_asks(before: str) -> bool:
    """Whether a ``when`` preceded by ``before`` asks for a date rather than joining two clauses."""
    if _WHEN_OPENS.search(before):
        return True
    previous = _PLAIN_WORD.findall(before)
    return bool(previous) and previous[-1] in _WHEN_ASKS_AFTER


_VERB_MONTHS = frozenset({"may", "march"})
"""Months that are words of another kind too (``in march``, a protest): after ``in``, a limit only capitalised; any
other month is one in lower case too (``consulted on the redesign in august``)."""


def date_bounds(question: str) -> tuple[DateBound, ...]:
    """The limits ``question`` puts on dates: ``before October``, ``after 3 March 2016``, ``in 2016``,
    ``since March 2015``, ``during May``. Words after ``before`` that are not a date (``before the vote``)
    put none."""
    bounds = []
    for match in _BOUND.finditer(question):
        if _REPORTED.search(question, 0, match.start()):
            continue  # "promise the road would reopen before October": what was promised, not a limit
        relation = _relation(match)
        rest = match["rest"]
        written = _DATE_HEAD.match(rest)
        found = _question_date(written.group()) if written else None
        head = _BARE_MONTH.match(rest)
        if written and found:
            span = (match.start("relation"), match.start("rest") + written.end())
            bounds.append(DateBound(relation, found, span=span))
        elif head and (head["month"][0].isupper() or relation != "in" or head["month"].lower() not in _VERB_MONTHS):
            month = MONTHS.get(head["month"].lower().rstrip("."), 0)
            span = (match.start("relation"), match.start("rest") + head.end())
            if month and not (month == 5 and head["month"] == "may"):
                bounds.append(DateBound(relation, None, month, span))
    for match in _RELATIVE_YEAR.finditer(question):
        back = {"this": 0, "last": 1, "next": -1}[match["which"].lower()]
        bounds.append(DateBound(_relation(match), None, span=match.span(), years_back=back))
    for match in _NOW.finditer(question):
        bounds.append(DateBound(_relation(match), None, span=match.span(), now=True, current=bool(match["current"])))
    for match in _BARE_YEAR.finditer(question):
        if not any(bound.span[0] <= match.start() < bound.span[1] for bound in bounds):
            bounds.append(DateBound("in", year_date(int(match["year"])), span=match.span()))
    return tuple(bounds)


_RELATIONS = {"prior to": "before", "until": "before", "till": "before", "by": "before", "earlier than": "before"}
_RELATIONS |= {"later than": "after", "during": "in"}


def _relation(match: re.Match[str]) -> str:
    """A limit's relation word as ``before``, ``after``, ``since`` or ``in``."""
    relation = " ".join(match["relation"].lower().split())
    return _RELATIONS.get(relation, relation)


_RELATIVE_YEAR = re.compile(
    r"(?i)\b(?P<relation>before|after|since|until|prior\s+to|in|during)\s+(?P<which>this|last|next)\s+year\b"
)
"""A limit counted from the day of writing: ``before this year``, ``since last year``."""
_NOW = re.compile(
    r"(?i)\b(?P<relation>before|prior\s+to|until)\s+(?:(?P<current>this\s+(?:one|time)|the\s+(?:current|present)\s+one)|"
    r"now|today)\b"
)
"""A limit at the day of writing: ``her last visit before this one``, ``before now``."""
_DATE_HEAD = re.compile(
    r"(?i)(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?[a-z]+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?"
    r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2})?"
)


def _question_date(text: str) -> StatedDate | None:
    """The date a question's limit names (``2016``, ``March 2016``, ``3 Oct 2016``), or None."""
    if text.isdigit():
        return year_date(int(text))
    return next(iter(stated_dates(text, None)), None)


def period_end(stated: StatedDate) -> date:
    """The last day a date at its precision covers (``March 2016``: 31 March 2016)."""
    value = stated.value
    if stated.precision is DatePrecision.YEAR:
        return value.replace(month=12, day=31)
    if stated.precision is DatePrecision.MONTH:
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


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
    order_terms = _ORDER_TERMS[intent.order] if intent.order else frozenset()
    dropped = FILLER_TERMS | (_ASKING_TERMS if intent.asks_date or intent.order else frozenset())
    bound_spans = [bound.span for bound in intent.bounds]
    tokens = [t for t in iter_tokens(question) if not any(first <= t.start < last for first, last in bound_spans)]
    weights: dict[str, float] = {}
    marks: set[str] = set()
    words: list[QueryWord] = []
    named: set[int] = set()
    for match in aliases.find(question, tokens):
        named.update(n for n in range(match.first, match.last + 1) if not tokens[n].joined)
        weights[match.name_term] = weights.get(match.name_term, 0.0) + NAME_WEIGHT
        weights[match.group.term] = max(weights.get(match.group.term, 0.0), GROUP_WEIGHT)
        for nested in aliases.nested_groups(match):  # "the fire put out" still asks about a fire
            weights[nested.term] = max(weights.get(nested.term, 0.0), GROUP_WEIGHT)
        marks.add(match.name_term)
        marks.update(aliases.name_terms(match.group))
        for key in match.group.related:
            related = aliases.group(key)
            if related is not None:
                weights[related.term] = max(weights.get(related.term, 0.0), RELATED_WEIGHT)
                marks.update(aliases.name_terms(related))
        start = tokens[match.first].start
        text = question[start : tokens[match.last].end]
        words.append(QueryWord(text, (match.group.term,), written_as_name(question, start)))
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
            words.append(QueryWord(text, (token.term, *parts), written_as_name(question, token.start)))
    if known:
        for joined in _joined_pairs(question, tokens, named, known):
            weights[joined] = max(weights.get(joined, 0.0), COMPOUND_WEIGHT)
            marks.add(joined)
    if not words:
        weights = {}  # only words that order or frame a search ("when last?"): nothing to search for
    unique = {word.text.casefold(): word for word in words}
    return QueryPlan(with_fields(weights), frozenset(marks), tuple(unique.values()), intent)


def with_fields(weights: dict[str, float]) -> dict[str, float]:
    """``weights`` (a question's terms) searching the fields beside a passage's words too: the question an answer
    turn answers (``CONTEXT_WEIGHT``) and the passage's speaker (``SPEAKER_WEIGHT``)."""
    fields = {CONTEXT_MARK + term: weight * CONTEXT_WEIGHT for term, weight in weights.items()}
    fields |= {SPEAKER_MARK + term: weight * SPEAKER_WEIGHT for term, weight in weights.items()}
    return weights | fields


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]\s|[\"“‘(\[])\W*$")
"""What stands before a word that opens a sentence (the question's start, a full stop and a space, a quote)."""


def written_as_name(question: str, start: int) -> bool:
    """Whether the word at ``start`` in ``question`` is written as a name: opening with a capital, not as the
    question's or a sentence's first word, in a question that is not all in capitals (``when was Palmyra
    retaken?``: ``Palmyra``; ``Palmyra, when?`` and ``WHEN WAS PALMYRA RETAKEN`` tell nothing)."""
    return (
        question[start : start + 1].isupper()
        and any(ch.islower() for ch in question)
        and _OPENS_SENTENCE.search(question[:start]) is None
    )


def _split_compound(word: str, term: str, known: Callable[[str], bool]) -> tuple[str, ...]:
    """The terms of the two words a compound no passage holds is made of, when passages hold both (the
    split with the longest shorter part); none otherwise, nor for a word too long to be two (each cut costs its
    length, so a very long one would cost its square)."""
    plain = fold(word)
    if known(term) or not 2 * _PART_MIN <= len(plain) <= 60 or not plain.isalpha():
        return ()
    cuts = sorted(range(_PART_MIN, len(plain) - _PART_MIN + 1), key=lambda cut: -min(cut, len(plain) - cut))
    for cut in cuts:  # the longest shorter part first
        head, tail = plain[:cut], plain[cut:]
        parts = (stem_once(head), stem_once(tail))
        if head not in STOPWORDS and tail not in STOPWORDS and all(map(known, parts)):
            return parts
    return ()


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


def _has_phrase(words: list[str], phrase: str) -> bool:
    """Whether ``words`` hold the words of ``phrase`` (one space between each) in a row."""
    return f" {phrase} " in f" {' '.join(words)} "


_ASKING_TERMS = frozenset(stem(word) for word in _ASKING_WORDS)
_ORDER_TERMS = {DateOrder.LATEST: frozenset(map(stem, _LATEST)), DateOrder.EARLIEST: frozenset(map(stem, _EARLIEST))}
