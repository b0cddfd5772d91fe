"""The line that leads the answer to a "when" question: the date of the event asked about, and where.

The date comes only from the words of a quoted passage (a stated date, a tweet's timestamp, a weekday or
``yesterday`` resolved against the document's date), never from anywhere else. Each date is tied to the
sentence it stands in: a date counts for the question as far as the question's words stand near it (in its
sentence most, in the sentence before it less, elsewhere in the passage or its title least), so the date of
the event asked about wins over any other date of the same passage. Dates that are not the day of an event
(``since March``, ``before May``, ``nothing to announce today``) are passed over, and the question's limits
(``before October``, ``in 2016``) are kept. ``first``, ``began`` ask for the earliest of the dates that
answer about as well as the best; ``last``, ``latest`` for the latest. When no date stands close enough to
the question's words, there is no line: an answer without a date is better than a wrong one.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from index.aliases import AliasTable
from index.analyzer import IRREGULAR, KINDRED_EVENTS, fold, iter_tokens, stem, stem_once
from index.dates import (
    MONTHS,
    NEGATION,
    THAT_CLAUSE,
    WEEKDAYS,
    DateMention,
    DateRole,
    date_mentions,
    leading_date,
    sentence_spans,
    tense_at,
)
from index.models import DateAnswer, DatePrecision, Hit, PassageKind, StatedDate
from index.query import EDGE_WORDS, DateBound, DateIntent, DateOrder, QueryPlan, period_end

_Span = tuple[int, int]
"""Where a part of a text starts and ends (a sentence, a clause)."""
_LABELS: dict[DateOrder | None, str] = {
    DateOrder.LATEST: "Latest date found", DateOrder.EARLIEST: "Earliest date found", None: "Date found"
}

IN_CLAUSE = 1.0
"""How much a question word counts when it stands in the date's own clause (less with distance)."""
IN_SENTENCE = 0.75
"""... in another clause of the date's sentence."""
NEXT_SENTENCE = 0.55
"""... in the sentence just before or after it, or in the question an answer turn answers."""
IN_PASSAGE = 0.35
"""... elsewhere in the passage or in the document's title."""
IN_DOCUMENT = 0.25
"""... elsewhere in the document (a timeline's introduction names who its entries are about)."""
NEAR_CHARS = 60.0
"""Within its sentence, a word this many characters from the date counts about four fifths."""
RELEVANCE_SHARE = 0.15
"""How much the passage's own search score (as a share of the best) adds to a date's score."""
MIN_MATCH = 0.4
"""A date is not named when less than this share of the question's words stand around it."""
MIN_SENTENCE = 0.25
"""... or when less than this share stand in its sentence or the ones next to it."""
MIN_CONTENT = 0.2
"""... or, when the question has two plain words or more (not its names, verb or order word: the things it is
about, ``sanctions regime``), when less than this share of them stand in its passage."""
MIN_SUBJECT = 0.1
"""... or when less than this share of the question's subject (its words besides its verb and order word: who
and what it is about) stands in the date's sentence, or in the sentence next to it when that one has no date of
its own, or in the question an answer turn answers."""
ORDER_MARGIN = 0.15
"""For first/last: the dates within this much of the best score compete on their date."""
EDGE_MARGIN = 0.06
"""For began/started without ``first``: the same, within this much."""
EDGE_BONUS = 0.08
"""For began/ended: the start (or end) of a span stated as such scores this much more."""
SAID_PENALTY = 0.25
"""A date in a clause that reports speech (``the council said on Thursday that …``) dates the saying, not
what was said: it scores this much less, unless the question asks about a saying."""
COARSE_PENALTY = {DatePrecision.DAY: 0.0, DatePrecision.MONTH: 0.03, DatePrecision.YEAR: 0.1}
"""A month or a year alone answers "when" less well than a day, when both answer about as well."""
ORDER_WORD_SHARE = 0.5
"""An order word of the question (``first``, ``last``) weighs this share of the mean weight of its other words:
a passage that says "the last convoy" or "the first stage" is about the end of time asked for."""
ELSEWHERE_PENALTY = 0.2
"""A date whose sentence has a dateless clause holding more of the question scores this much less."""
UNNAMED_PENALTY = 0.3
"""A date in a document that never gives one of the question's names (``Dallen``) scores this much less."""
EVENT_PENALTY = 0.45
"""A date whose clause lacks the question's verb (``cancel``, ``take effect``) or a kindred one: it scores
and matches this much less (``the anniversary falls on 17 February; the parade was cancelled``)."""
CONTEST_MARGIN = 0.1
"""A question that asks for one date (not the first or last of several) gets no line when another date
scores within this much of the best: the evidence does not single one out."""
_OWN_DATE_LEAD = re.compile(r"(?i)[a-z]+ed\s+(?:in|on)\s+(?:the\s+)?")
"""A participle right before its date (``imposed in August 2021``): the date is that verb's own."""
CLEAR_MARGIN = 1.25
"""How far the best passage's search score must lead every other candidate's for a day it gives with most of the
subject to be named without the question's verb."""
PLAIN_RIVAL = 0.4
"""The share of the subject another date of that passage may have, at most, for the day to be named."""
PLAIN_SUBJECT = 0.75
"""The share of the subject a day must have in its sentence to be named so."""
PLAIN_MATCH = 0.2
"""The match (``MIN_MATCH``, after the penalty for the verb's absence) a day must have to be named so."""
REPEAT_MARGIN = 0.2
"""A question that asks for one date gets no line when the best date is told as a repeat (``struck again``) and an
earlier date of the event scores within this much of it."""
TOLD_AGAIN_MARGIN = 0.15
"""A date told again in another document counts as told there when it scores within this much of its best."""
REFINE_MARGIN = 0.3
"""How much less a day inside a month may score and still stand for it."""
ORDINAL_PENALTY = 0.3
"""A date whose clause names another one of a series (``the second round``) than the question asks about."""
CURRENT_DAYS = timedelta(days=7)
"""For ``before this one``: dates this near before the day of writing are of the occurrence the question stands in."""
CANDIDATE_PASSAGES = 30
_PRONOUN_OPENING = re.compile(
    r"\W{0,3}(?:It|Its|They|Their|He|His|She|Her|This|These|That|Those|The\s+(?:group|force|two))\b"
)
"""A passage that opens on a word pointing back (``It broke on …``) goes on from the passage before it."""
_POINTS_BACK = re.compile(
    r"\W{0,3}(?:It|They|He|She|The\s+(?:first|second|third|fourth|last|final|next|latter|former)"
    r"(?:\s+(?:one|ones)\b|(?=\s+(?:left|was|were|had|came|went|took|flew|sailed|\w+ed)\b)))(?!\w)"
)
"""A sentence that opens on a word pointing back to what the sentence before it names (``It broke on …``,
``The second left on …``)."""
LOWER = "·"
"""Prefix of a term's key in ``_places`` for where it is written in lower case."""
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "final", "last", "initial", "latest", "interim",
    "preliminary",
)
_ORDINAL_KIN = {"first": ("initial",), "initial": ("first",), "last": ("final", "latest"), "final": ("last",)}
_FIRST_TIME = re.compile(r"(?i)\bfor\s+the\s+first\s+time\b")
_REPEATED = re.compile(r"(?i)\bagain\b|\bonce\s+more\b|\bfirst\b(?:\s+[\w-]+){0,3}?\s+since\b")
"""What says a clause's event happened before (``struck again``, ``the first strike since March``): its date is not
the earliest."""
_FIRST_KIN = frozenset({"first", "initial", "interim", "preliminary"})
"""What says a thing is not the last of its series (``the interim report`` is not ``the final report``)."""
_LAST_KIN = frozenset({"last", "final", "latest"})
_ORDINAL_WORD = re.compile(rf"(?i)\b(?:{'|'.join(_ORDINALS)})\b")
DATE_KINDRED_EVENTS = (
    "collapse cave crumble burst breach fail",
    "kidnap abduct snatch seize take",
    "arrest detain",
    "release free",
    "resume reopen restart",
    "halt stop suspend",
    "wrap end conclude finish",
    "ban prohibit bar",
    "file lodge submit",
    "resign quit",
    "visit see",
    "erupt flare",
    "shut close closure",
    "find found discover detect",
    "miss fail default",
    "enter reach",
    "free rescue",
    "expel oust",
    "speak tell address phone talk",
    "climb rise increase",
    "hear heard",
    "sink sank sunk",
    "build built rebuild rebuilt",
    "sell sold",
    "pay paid",
    "lay laid",
    "run ran",
    "blow blew blown",
    "swear swore sworn",
    "hang hung",
    "burn burnt",
    "spend spent",
    "stand stood",
    "feel felt",
    "keep kept",
    "extinguish douse quench",
    "escape flee",
    "indict charge",
    "acquit exonerate",
    "sentence jail imprison",
    "appoint nominate",
    "sack dismiss oust topple overthrow depose",
    "approve ratify endorse adopt pass",
    "end close",
    "finish complete",
    "restore back return",
    "peak crest",
    "publish issue",
    "launch liftoff",
    "reject veto rebuff",
    "evacuate relocate",
    "explode detonate blast",
    "increase hike raise",
    "cut reduce slash",
    "postpone defer reschedule",
    "cancel scrap axe",
    "announce unveil reveal",
    "inaugurate open",
    "capsize sink overturn",
    "protest demonstrate rally",
    "deport expel repatriate",
    "sign ink",
    "acquire buy purchase",
    "seize capture overrun",
    "surrender capitulate",
    "destroy raze flatten demolish",
    "strike destroy",
    "repair fix mend",
    "vaccinate inoculate immunise immunize",
    "murder kill slay",
    "rob steal",
    "hospitalise hospitalize admit",
    "throw threw thrown",
    "grow grew grown",
    "draw drew drawn",
    "shake shook shaken",
    "tear tore torn",
    "overthrow overthrew overthrown",
    "sweep swept",
    "slay slew slain",
    "lend lent",
    "arise arose arisen",
    "forbid forbade forbidden",
    "teach taught",
    "shrink shrank shrunk",
    "ride rode ridden",
    "override overrule",
    "release publish",
    "pull withdraw",
    "serve issue",
)
"""More words that name the same kind of event, for dating only (the index's own kin are ``KINDRED_EVENTS``):
a question that says ``cave in`` finds a sentence that says ``collapsed``; and the irregular forms of event verbs
the index does not map to their base (``heard`` for ``hear``, ``sank`` for ``sink``)."""
_KIN: dict[str, frozenset[str]] = {}
for _line in (*KINDRED_EVENTS, *DATE_KINDRED_EVENTS):
    _group = frozenset(stem(word) for word in _line.split())
    for _term in _group:
        _KIN[_term] = _KIN.get(_term, frozenset()) | _group
_PHRASAL_KIN: dict[tuple[str, ...], str] = {
    ("come", "down"): "collapse fall",
    ("run", "out"): "expire lapse",
    ("put", "out"): "release publish issue extinguish",
    ("call", "off"): "cancel halt suspend end",
    ("break", "out"): "erupt start begin",
    ("sign", "off"): "approve",
    ("step", "aside"): "resign quit",
    ("step", "down"): "resign quit",
    ("sit", "down"): "meet talk",
    ("find", "out"): "learn discover",
    ("show", "up"): "appear",
    ("go", "up"): "rise increase climb",
    ("call", "in"): "summon",
}
"""Verbs with a particle (``come down``, ``run out``) and the single verbs that name the same event (``collapsed``,
``expired``): the particle alone names no event, so the pair is looked up whole."""
_ORDER_TERMS = {"latest": frozenset(_KIN[stem("last")]), "earliest": frozenset(_KIN[stem("first")])}
_SAID = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|stated|added|noted|wrote|spoke|commented|explained|reiterated|stressed|"
    r"briefed|remarked|recalled|according)\b"
)
_OWN_VERB = re.compile(
    r"(?<!\w)(?<!\bas )"  # "as expected" says how it went, not what happened
    r"(?!(?:expected|scheduled|planned)\s+(?:for|to)\b)"  # a plan, not an event
    r"(?!\w*(?<!agr)(?<!\bfr)(?<!ecr)(?<!ant)eed(?!\w)|(?:hundred|kindred|naked|wicked|sacred)(?!\w))"  # speed, need
    r"(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR)) + r")(?!\w)"
)
"""A verb in the past (``failed``, ``broke``, ``agreed``; not ``speed``, ``hundred``, ``as expected`` or ``scheduled
for``): a clause that has one tells of its own event."""
_AIMED_AT = re.compile(r"(?i)\bto\s+(?:the\s+)?$")
_SAID_TERMS = frozenset({"said", "say", "tell", "told", "state", "statement", "speak", "spoke", "comment", "brief"})
_WEEKDAY_END = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
_DATE_GLUE = "on and of the to until till from between through since day month year"
_DATE_WORDS = frozenset(map(stem, [*_DATE_GLUE.split(), *MONTHS, *WEEKDAYS]))


@dataclass(frozen=True, slots=True)
class _Unit:
    """A word or name of the question: the terms any of which find it, and its weight (rarer weighs more)."""

    terms: frozenset[str]
    weight: float
    missing: bool
    name: bool = False
    """A name the question gives (``Dallen``): a document that never names it is about something else."""
    order: bool = False
    """The question's order word (``last``), standing for its kin (``final``, ``latest``)."""
    own: frozenset[str] = frozenset()
    """The terms of the question's own word; the others are its kin, found only in words written in lower case."""


@dataclass(frozen=True, slots=True)
class _Scored:
    mention: DateMention
    hit: Hit
    rank: int
    score: float
    match: float
    near: float
    subject: float = 1.0
    """The share of the question's subject (its words besides the verb and order word) in the date's sentence."""
    event: bool = True
    """Whether the question's verb (or a kindred one) stands with the date, or the question has none."""
    unsure: bool = False
    """Whether the date cannot be named for the event even if it is the one (a plan, one of two alternatives)."""
    says_order: bool = False
    """Whether the date's sentence holds the question's order word (``the first positive results arrived``)."""
    said: bool = False
    """Whether a verb of saying stands nearer the date than the event (``on Tuesday said it expects …``)."""
    verb_told: bool = False
    """Whether the question's verb (or a kindred one) stands anywhere in the date's passage."""

    @property
    def supported(self) -> bool:
        """Whether enough of the question stands around the date (``MIN_MATCH`` …) for it to be named."""
        return self.match >= MIN_MATCH and self.near >= MIN_SENTENCE and self.subject >= MIN_SUBJECT and not self.unsure


def derive_date_answer(
    hits: Sequence[Hit],
    plan: QueryPlan,
    best: float,
    frequency: Callable[[str], int],
    rows: int,
    aliases: AliasTable,
    document_terms: Callable[[int], frozenset[str]],
    reference: Callable[[int], date | None],
    previous: Callable[[int], str],
) -> DateAnswer | None:
    """The date a "when" question's candidates give, or None when it asks none or none gives it well.

    ``hits`` are the candidate passages, best first; ``best`` the best search score among them;
    ``frequency`` gives a term's document frequency over ``rows`` passages (rarer words weigh more);
    ``document_terms`` the terms of the whole document a passage (by its number) is in; ``reference`` the day
    that gives the year to year-less dates of an undated document (``index.dates.reference_day``); ``previous``
    the text of the passage before a passage in its document ("" for none).
    """
    intent = plan.intent
    if not intent.asks_date or not hits or best <= 0:
        return None
    units = _units(plan, frequency, rows, question_names(plan))
    if intent.order is not None and units:
        mean = sum(unit.weight for unit in units.values()) / len(units)
        terms = _ORDER_TERMS[intent.order.value]
        units[intent.order.value] = _Unit(terms, ORDER_WORD_SHARE * mean, False, order=True, own=terms)
    if not units or any(unit.missing and _is_name(text) and not text.isupper() for text, unit in units.items()):
        return None
    every: list[_Scored] = []
    for rank, hit in enumerate(hits[:CANDIDATE_PASSAGES]):
        anchor = hit.passage.date or hit.source.date or reference(hit.passage_id)
        before = previous(hit.passage_id) if _PRONOUN_OPENING.match(hit.passage.text) else ""
        in_document = document_terms(hit.passage_id)
        every += _score_passage(hit, rank, units, intent, best, aliases, in_document, anchor, before)
    scored = [s for s in every if s.supported]
    if any(bound.current for bound in intent.bounds) and scored:  # "her last visit before this one": this one is
        # what the passages that date it well were written about, within a week before their day; when they were
        # written more than a week apart, they may speak of other occurrences: which one is this one is not said
        days = [s.hit.passage.date or s.hit.source.date or date.max for s in scored]
        if max(days) - min(days) > CURRENT_DAYS:
            return None
        current = min(days) - CURRENT_DAYS
        every = [s for s in every if period_end(s.mention.date) < current]
        scored = [s for s in scored if period_end(s.mention.date) < current]
    top = max(every, key=lambda s: (s.score, -s.rank), default=None)
    if top is None:
        return None
    if not top.supported:  # the date the words support best is not supported well enough: none is, unless
        # it is a plan (or a bound) that another date, supported on its own, says was kept ("is expected to launch
        # the appeal on Thursday"; "the appeal, launched on 13 October")
        kept = [s for s in scored if top.unsure and _within(s, top)]
        plain = None if kept or scored else _plainly_told(every, hits, intent)
        if not kept and plain is None:
            return None
        top = plain or max(kept, key=lambda s: s.score)
    if intent.order is None and (_contested(top, scored) or (not intent.again and _one_of_several(top, scored))):
        return None
    order = intent.order or (DateOrder.EARLIEST if intent.edge == "start" else None)
    if order is not None:
        margin = ORDER_MARGIN if intent.order is not None else EDGE_MARGIN
        pool = [s for s in scored if s.score >= top.score - margin]
        if order is DateOrder.EARLIEST:  # a first stays the first; "the most recent" was the latest only then
            pool = [s for s in pool if s.says_order] or pool  # "the first positive results arrived on Wednesday"
        else:  # "Nusra is struck again, for the first time since March": the best date was not the last one
            pool += [s for s in scored if s not in pool and _again_later(s, top)]
        later = 1 if order is DateOrder.LATEST else -1  # the latest date, or the earliest; the finest, the best
        top = max(pool, key=lambda s: (later * s.mention.date.value.toordinal(), -_coarse(s), s.score))
    top = _finest(top, every)
    return DateAnswer(_LABELS[intent.order], top.mention.date, top.hit.passage_id, top.hit.source)


_SPAN = {DateRole.START, DateRole.END}
_CLOSED_FOR = re.compile(
    r"(?i)\b(?:clos(?:e|es|ed|ing|ure|ures)|shut(?:s|ting|down)?|suspend(?:s|ed|ing)?|suspension|halt(?:s|ed|ing)?)"
    r"\b[^.;:!?,]{0,60}?(?:\bfrom|\bbetween)\s[^.;!?]*$"
)
"""A state that ends something, held over a span (``closing the tunnel from 5 January to 26 March``, ``the
closure runs from 5 January to 26 March``): the span's start is when it ends, not its end."""
_COORDINATED = re.compile(r"(?i)[\s,]*(?:and|or)?\s*(?:again|also|then|later)?\s*(?:on|in|at|by)?\s*(?:the\s+)?")
"""Between two dates that share one verb (``measured in August 2015 and again in September 2019``)."""


_OR_BETWEEN = re.compile(r"(?i)[\s,]*(?:or|and/or)\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?")


_BASELINE = re.compile(
    r"(?i)\W*(?:(?:down|up|rising|falling|rose|fell|dropping|climbing)\s+from|compared\s+(?:with|to)|"
    r"against|than|versus|as\s+against)\b"
)
"""A clause that gives what something is measured against (``…, down from the 50.4 per cent it had announced on
February 24``): its date is of an earlier one of a series, not of the event asked about, unless the clause names
more of the question than one word (``down from 23 per cent at the start of rationing on 3 May``)."""


_FIGURE_BEFORE = re.compile(
    r"(?i)\b(?:up|down|rising|falling|rose|fell)\s+from\s+(?:a\s+|the\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)?"
    r"\s*(?:on\s+|in\s+|at\s+)?(?:the\s+)?$"
)
"""Right before a date, the figure a change is measured from (``up from 15 last night``): the date is that
figure's."""


_BY_LEAD = re.compile(r"(?i)\b(?:by|no\s+later\s+than)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?$")
"""Right before a date, the words of a deadline (``must report by 1 December``, ``no later than the end of May``)."""
_DUE_BY = re.compile(r"(?i)\bdue\s+by\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?$")
"""``is due by 30 November``: when something asked as due is due."""
_UNTIL_LEAD = re.compile(r"(?i)\b(?:until|till|through)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?$")
"""``to run until 11 December``: how long something asked ``until when`` lasts."""
_DEADLINE_WORDS = re.compile(r"(?i)\b(?:deadlines?|due|must|no\s+later\s+than)\b")


_PLANNED_NOUN = re.compile(
    r"(?i)\b(?:a|an|the|its|their|his|her)\s+(?:scheduled|planned|expected|intended|original)\s+[a-z]+\s+"
    r"(?:on|for|in|of)\s+(?:the\s+)?$"
)
"""Before a date, a plan told as a noun (``with a scheduled arrival on Feb. 23``): what was planned, not what
happened."""
_WAITED_UNTIL = re.compile(r"(?i)\bwait(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){0,3}?until\s+(?:the\s+)?$")
_TO_VERB = re.compile(r"\s+to\s+[a-z]+")


def _waited_for(text: str, mention: DateMention) -> bool:
    """Whether a date led by ``until`` after ``wait`` is followed by what was then done (``waited until Feb. 8 to
    email the campus``): the day it was done, not a limit."""
    return bool(_WAITED_UNTIL.search(text, 0, mention.start) and _TO_VERB.match(text, mention.end))


def _as_deadline(text: str, mention: DateMention, clause: _Span) -> bool:
    """Whether a date is written as a deadline: led by ``by`` (``must report by 1 December``), or after a word of one
    in its clause (``the deadline is 1 December``, ``payments are due on 1 December``)."""
    return bool(_BY_LEAD.search(text, 0, mention.start) or _DEADLINE_WORDS.search(text, clause[0], mention.start))


_FRAMING = (DateRole.SPEAKING, DateRole.WRITTEN, DateRole.SUPERSEDED)
"""Dates that frame what is said (the moment of speaking, a dateline) or a plan given up: never the day of an
event asked about."""


def _positions(terms: Iterable[str], places: dict[str, list[int]], prefix: str = "") -> list[int]:
    """Where any of ``terms`` stands (with ``prefix`` ``LOWER``: where it stands written in lower case)."""
    return [p for term in terms for p in places.get(prefix + term, ())]


def _inside(span: _Span, positions: Iterable[int]) -> bool:
    return any(span[0] <= p < span[1] for p in positions)


def _alternatives(text: str, mentions: Sequence[DateMention]) -> set[DateMention]:
    """Dates offered as alternatives (``on Tuesday or Wednesday``): the text does not say which one it is."""
    pairs = itertools.pairwise(sorted(mentions, key=lambda m: m.start))
    return {m for one, other in pairs if _OR_BETWEEN.fullmatch(text[one.end : other.start]) for m in (one, other)}


def _still_to_come(text: str, mention: DateMention, written: date | None) -> bool:
    """Whether a date is, as its source writes it, still to come: in a clause about the future (``will be in
    Washington next week``), or after the day of writing (``extended the campaign to 19 May``). A date written
    out in full after the day of writing in a clause of no tense (``Last update: 6 June 2023``) may be a later
    addition to the page: it is not taken for a plan."""
    tense = tense_at(text, mention.start, clause_only=True)
    after_writing = written is not None and mention.date.value > written
    return tense == "future" or (after_writing and (mention.relative or tense != ""))


def _restates(bound: DateBound, found: StatedDate) -> bool:
    """Whether a date is no more than the period a question's ``in`` limit names (``in February`` for ``When in
    February was the notice closed?``): the question asks which day inside it, which the period does not say."""
    if bound.relation != "in" or found.precision is DatePrecision.DAY:
        return False
    if bound.date is not None:
        return bound.date.precision is found.precision and bound.date.value == found.value
    return bound.month == found.value.month and found.precision is DatePrecision.MONTH


def _gone_by(text: str, mention: DateMention, written: date | None) -> bool:
    """Whether a date had gone by when its source was written (``appeared before magistrates on Monday``), or, in
    an undated source, is told in the past: it answers no question about what is still to come."""
    if written is not None:
        return period_end(mention.date) < written
    return tense_at(text, mention.start, clause_only=True) == "past"


_LANDMARK = re.compile(
    r"(?i)\b(?:after|before|since|following|until|till|prior\s+to|ahead\s+of|eve\s+of)\s+"
    r"(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$"
)
"""The words before an event named as a landmark for another time (``the day after the crash``, ``two days
after the strike began``)."""


def _landmark(text: str, position: int) -> bool:
    """Whether the word at ``position`` names a landmark another time is counted from (``after the blaze``)."""
    return _LANDMARK.search(text, max(0, position - 60), position) is not None


def _landmark_after(text: str, mention: DateMention, position: int) -> bool:
    """Whether the word at ``position`` names, after the date in its sentence, the landmark another time is counted
    from (``opened on Monday, six days after the blaze``)."""
    return mention.end <= position < mention.sentence[1] and _landmark(text, position)


_DISTANCE_ONLY = re.compile(
    r"(?i)\b(?:(?:earlier|later)\s+)?(?:last|this|next|the\s+past|the\s+previous)\s+month\b(?!\s+ago)"
)


def _vague(text: str, mention: DateMention) -> bool:
    """Whether a month is told only by its distance from the day of writing (``last month``, ``earlier this
    month``), not named: the writer knew no closer date or chose not to give it here (``twenty years ago this
    month`` names one; ``last week`` stands for its month; ``last year`` is a year as precise as ``2020``)."""
    if not mention.relative or mention.date.precision is DatePrecision.DAY:
        return False
    told = text[mention.start : mention.end]
    return bool(_DISTANCE_ONLY.search(told)) and "ago" not in told.lower()


def _contested(top: _Scored, scored: list[_Scored]) -> bool:
    """Whether another date answers the question about as well as the best, by its score and by how much of
    the question's subject stands in its sentence (``scheduled to begin on 15 May, pushed back to 22 May``):
    then the words do not tell which of the two dates the event asked about, and naming either may be wrong.
    A day inside the month named, and the other end of the same span, do not contest it."""
    told = _told_in(top, scored)
    for other in scored:
        if other.score < top.score - CONTEST_MARGIN or other.subject < top.subject - CONTEST_MARGIN:
            continue  # weaker, or about less of what the question is about
        if told > _told_in(other, scored):
            continue  # the best date is told again in more documents (with about as much support) than this one
        if _within(other, top) or _within(top, other):
            continue  # the same date, or a day inside the month named
        if other.hit.passage_id == top.hit.passage_id and {other.mention.role, top.mention.role} == _SPAN:
            continue  # the two ends of one span ("from 13 to 17 January")
        return True
    return False


def _one_of_several(top: _Scored, scored: list[_Scored]) -> bool:
    """Whether the best date's clause tells its event as a repeat (``Nusra is struck again``, ``the first strike
    since March``) and another date before it, with the event and as much of the subject, answers nearly as well
    (``March 2016: the last strike on Nusra``): the question asks for one date and the event had several."""
    text = top.hit.passage.text
    clause = _clause(text, top.mention)
    if not _REPEATED.search(text, clause[0], clause[1]):
        return False
    return any(
        other.event and other.mention.date.value < top.mention.date.value and not _within(other, top)
        and not _within(top, other) and other.score >= top.score - REPEAT_MARGIN
        and other.subject >= top.subject - CONTEST_MARGIN
        for other in scored
    )


def _plainly_told(every: list[_Scored], hits: Sequence[Hit], intent: DateIntent) -> _Scored | None:
    """The one day the best passage gives with most of the question's subject in its sentence, when no date is
    supported, the passage names the question's verb nowhere and leads the others by ``CLEAR_MARGIN``: the passage
    tells the event in other words (``the level fell below the mark on Friday`` for ``drop``). Only for a verb of
    one word; never for a first or last, a start or end, a deadline or a limit, nor when another date of that passage
    is about the same things."""
    if intent.order is not None or intent.edge or intent.bounds or intent.deadline or intent.ahead:
        return None
    if len(intent.event) != 1:
        return None  # a verb with its particle (``put off``) may name another event than the verb does (``put out``)
    if len(hits) > 1 and hits[0].score < CLEAR_MARGIN * max(hit.score for hit in hits[1:]):
        return None
    first = [s for s in every if s.rank == 0]
    if any(s.verb_told for s in first):
        return None  # "the anniversary falls on 17 February; … has cancelled the parade": the verb is told undated
    told = [
        s for s in first
        if s.mention.date.precision is DatePrecision.DAY and not s.unsure and not s.said and s.subject >= PLAIN_SUBJECT
        and s.near >= MIN_SENTENCE and s.match >= PLAIN_MATCH
    ]
    if len({s.mention.date for s in told}) != 1:
        return None
    if any(s.mention.date != told[0].mention.date and s.subject >= PLAIN_RIVAL for s in first):
        return None
    return max(told, key=lambda s: s.score)


def _again_later(other: _Scored, top: _Scored) -> bool:
    """Whether ``other`` is a later date of the best date's event, told as a repeat (``Nusra is struck again``), with
    as much of the subject: asked for the last one, the best date, however well told, was followed by this one."""
    text = other.hit.passage.text
    clause = _clause(text, other.mention)
    return (
        other.event and other.mention.date.value > period_end(top.mention.date)
        and other.subject >= top.subject - CONTEST_MARGIN and _REPEATED.search(text, clause[0], clause[1]) is not None
    )


def _told_in(one: _Scored, scored: list[_Scored]) -> int:
    """In how many documents a date stands (itself, or a day inside the month or year it names) with support
    within ``TOLD_AGAIN_MARGIN`` of its own: an event two sources date alike is better attested than one."""
    return len({s.hit.source.path for s in scored if _within(s, one) and s.score >= one.score - TOLD_AGAIN_MARGIN})


def _within(inner: _Scored, outer: _Scored) -> bool:
    """Whether the date of ``inner`` lies inside the day, month or year ``outer`` names (or is it)."""
    first, last = outer.mention.date.value, period_end(outer.mention.date)
    return first <= inner.mention.date.value and period_end(inner.mention.date) <= last


def _finest(top: _Scored, every: list[_Scored]) -> _Scored:
    """A month or year named with a day inside it in the same passage (``June 2024: … leaves on 27 June``)
    gives way to that day, the best scoring one if there are several; else to the one day inside it that another
    passage gives with the question's verb (``last October`` here, ``taken in October …, on the 12th`` there)."""
    if top.mention.date.precision is DatePrecision.DAY:
        return top
    finer = [
        s
        for s in every
        if s.hit.passage_id == top.hit.passage_id and not s.unsure and not s.said and _coarse(s) < _coarse(top)
        and _within(s, top) and s.score >= top.score - REFINE_MARGIN
    ]
    if finer:
        return max(finer, key=lambda s: (-_coarse(s), s.score))
    days = [
        s
        for s in every
        if s.mention.date.precision is DatePrecision.DAY and _within(s, top)
        and s.event and not s.unsure and not s.said and s.score > 0
    ]
    told = top.hit.passage.text[top.mention.start : top.mention.end].lower()
    if "week" not in told and len({s.mention.date for s in days}) == 1:
        return max(days, key=lambda s: s.score)  # "last October" here, "in October …, on the 12th" there
    return top


_NUMBER_PLURAL = re.compile(r"\w*\d+s")
"""The plural of a designation with a number (``C-130s``, ``737s``): the designation is found as written alone."""


def _units(plan: QueryPlan, frequency: Callable[[str], int], rows: int, names: frozenset[str]) -> dict[str, _Unit]:
    units: dict[str, _Unit] = {}
    for word in plan.words:
        found = max(map(frequency, word.terms), default=0)
        weight = math.log((rows - found + 0.5) / (found + 0.5) + 1.0)
        own = frozenset(word.terms) | {term[:-1] for term in word.terms if _NUMBER_PLURAL.fullmatch(term)}
        terms = _with_kin(own) | (_nouns_of(own) if word.text.lower() in plan.intent.event else frozenset())
        missing = not any(frequency(term) for term in terms)
        units[word.text] = _Unit(terms, weight, missing, word.text in names, own=own)
    return units


def question_names(plan: QueryPlan) -> frozenset[str]:
    """The question's searched words written with a capital (``Dallen``), save words that open a question."""
    return frozenset(word.text for word in plan.words if _is_name(word.text) and word.text.lower() not in _OPENERS)


def _is_name(text: str) -> bool:
    """A name (``Hezbollah``): a capitalised word. A name no passage has means the corpus does not tell of
    the event asked about; a plain word no passage has (a synonym) does not, nor do initials (``IRA``), which
    may stand for a name written out in full."""
    return text[:1].isupper()


def _gap(mention: DateMention, position: int) -> int:
    """How many characters lie between the date and ``position``."""
    return mention.start - position if position < mention.start else max(0, position - mention.end)


@dataclass(frozen=True)
class _Reading:
    """A candidate passage as dating reads it: its text, sentences and dates, where each of its terms stands
    (``_places``), and the question's words and verb (with its kin)."""

    text: str
    places: dict[str, list[int]]
    sentences: list[_Span]
    mentions: list[DateMention]
    units: dict[str, _Unit]
    event: frozenset[str]

    def weight_in(self, span: _Span) -> float:
        """The weight of the question's words that stand in ``span``."""
        return sum(unit.weight for unit in self.units.values() if _inside(span, _positions(unit.terms, self.places)))

    def words_in(self, span: _Span) -> int:
        """How many of the question's words (not its order word) stand in ``span``."""
        units = self.units.values()
        return sum(1 for unit in units if not unit.order and _inside(span, _positions(unit.terms, self.places)))

    def verb_at(self) -> list[int]:
        """Where the question's verb (or a kindred one) stands, written in lower case."""
        return _positions(self.event, self.places, LOWER)

    @cached_property
    def landmarks(self) -> frozenset[int]:
        """Where the question's verb (or a kindred word) names a landmark for another time: outside the date's
        own clause, that event is not what the date dates (``on September 19, the day after the crash, and the
        data recorder two days later``)."""
        return frozenset(p for p in self.verb_at() if _landmark(self.text, p))

    def next_sentences(self, mention: DateMention) -> list[_Span]:
        """The sentences just before and after the date's."""
        number = self.sentences.index(mention.sentence)
        return [self.sentences[n] for n in (number - 1, number + 1) if 0 <= n < len(self.sentences)]

    def tells_of(self, mention: DateMention, positions: list[int], dated: set[_Span]) -> bool:
        """Whether a word of the question's subject (at ``positions``) stands in the date's sentence, or in the
        sentence just before or after it when that one states no date of its own (``Cars were allowed back on
        March 2. Buses followed on 15 March.``: buses are not in the March 2 sentence, and the next one is dated
        apart)."""
        spans = [mention.sentence, *(span for span in self.next_sentences(mention) if span not in dated)]
        return any(_inside(span, positions) for span in spans + self.pointed_back(mention))

    def pointed_back(self, mention: DateMention) -> list[_Span]:
        """The sentences a date's sentence goes on from when it opens on a word pointing back (``It broke on
        …``, ``The last one departed on …``), through a run of such sentences up to the one that names what
        they are about (``three charter flights … The first left on … The second left on …``)."""
        sentences = self.sentences
        number = sentences.index(mention.sentence)
        found: list[_Span] = []
        while number and _POINTS_BACK.match(self.text, sentences[number][0]):
            number -= 1
            found.append(sentences[number])
        return found

    def unit_share(self, mention: DateMention, clause: _Span, positions: list[int]) -> tuple[float, bool]:
        """How much one question word (at ``positions``) counts for a date, and whether it stands in or next to
        the date's sentence."""
        if not positions:
            return 0.0, False
        inside = [p for p in positions if clause[0] <= p < clause[1]]
        if inside:
            return IN_CLAUSE * (0.6 + 0.4 / (1.0 + min(_gap(mention, p) for p in inside) / NEAR_CHARS)), True
        if _inside(mention.sentence, positions):
            return IN_SENTENCE, True
        if any(_inside(span, positions) for span in self.next_sentences(mention) + self.pointed_back(mention)):
            return NEXT_SENTENCE, True
        return IN_PASSAGE, False

    def said_nearer(self, mention: DateMention, clause: _Span) -> bool:
        """Whether the date's clause reports speech and the speech verb stands nearer the date than the
        question's verb does (``said on Thursday that the road will open``, not ``said the group dropped it on
        Thursday``)."""
        said = [m.start() for m in _SAID.finditer(self.text, clause[0], clause[1])]
        if not said:
            return False
        done = [p for p in self.verb_at() if clause[0] <= p < clause[1]]
        return not done or min(_gap(mention, p) for p in said) < min(_gap(mention, p) for p in done)

    def holds_subject(self, clause: _Span) -> bool:
        """Whether the date's clause holds every word of the question besides its verb and order word."""
        units = [unit for unit in self.units.values() if not unit.order and not unit.terms & self.event]
        return bool(units) and all(_inside(clause, _positions(unit.terms, self.places)) for unit in units)

    def holds_more_than_verb(self, clause: _Span) -> bool:
        """Whether the date's clause holds a word of the question besides its verb (so that the question an
        answer turn answers may stand in for the verb: ``the ferry crews stopped work …`` answering ``when did the
        ferry strike begin?``)."""
        units = [unit for unit in self.units.values() if not unit.terms & self.event]
        return any(_inside(clause, _positions(unit.terms, self.places)) for unit in units)

    def event_near(self, mention: DateMention, clause: _Span, asked: set[str], dated: list[_Span]) -> bool:
        """Whether the question's verb (or a kindred one) stands with the date: in its clause, or in its
        sentence with only commas between them (not ``after``, ``that``, ``;``) when the date's clause has no verb
        in the past of its own (``According to the findings, a valve failed on 14 December``: the failure's day),
        and not in the clause of another date (``dated``: ``today designated …, the ban that took effect on 3
        March``: the ban took effect on 3 March), or in the question an answer turn answers when the date is in
        its opening sentences."""
        if any(LOWER + term in asked for term in self.event):
            return True
        first, last = mention.sentence
        # a day a change aims at ("pushed back to 22 May") is the new day of what the change moves
        own_verb = _OWN_VERB.search(self.text, clause[0], clause[1]) is not None and not _AIMED_AT.search(
            self.text, clause[0], mention.start
        )
        for position in self.verb_at():
            if clause[0] <= position < clause[1]:
                if position > mention.end and position in self.landmarks:
                    continue  # "banned racing on Thursday following the deaths of three horses": the ban's day
                if self.dated_apart(position, mention):
                    continue  # "the ban imposed in August 2021 was lifted on 14 October": the lifting's day
                if not self.topic_of_another(mention, clause, position):
                    return True
                continue
            if position in self.landmarks:
                continue  # "the day after the crash": the crash is what another time is counted from
            if own_verb:  # its own verb, unless the date's clause is a "when" that times the verb's clause
                when = first <= position < clause[0] and _WHEN_CLAUSE.match(self.text, clause[0])
                separator = _SUBORDINATE.search(self.text, position) if when else None
                if separator and separator.start() >= clause[0] and not any(a <= position < b for a, b in dated):
                    return True
                continue
            if first <= position < last and not any(start <= position < end for start, end in dated):
                low, high = min(position, mention.end), max(position, mention.start)
                separator = _SUBORDINATE.search(self.text, low)  # searched on: "that Sunday's" reads as a clause
                if separator is None or separator.start() >= high or self.listed_after(position, mention):
                    return True
        return False

    def dated_apart(self, position: int, mention: DateMention) -> bool:
        """Whether the verb at ``position`` has another date of its own right after it, and, when it stands before
        this date, another verb stands between the two dates (``the ban imposed in August 2021 was lifted on 14
        October``): the verb is dated by its own date, this date by the other verb."""
        return any(
            position < other.start and other.date != mention.date and other.sentence == mention.sentence
            and _OWN_DATE_LEAD.fullmatch(self.text, position, other.start) is not None
            and (position > mention.end or (
                other.start < mention.start and _OWN_VERB.search(self.text, other.end, mention.start) is not None
            ))
            for other in self.mentions
        )

    def listed_after(self, position: int, mention: DateMention) -> bool:
        """Whether the date stands in a list after a colon that follows the verb at ``position`` in its clause, with
        no verb of its own before it (``Three horses have died here since August: Copper Lantern on 8 August, Silent
        Ardour on …``): each item's date is the verb's."""
        colon = self.text.rfind(": ", position, mention.start)
        if colon < 0 or re.search(r"[;—–]|\s--\s", self.text[position:colon]):
            return False
        between = self.text[colon + 1 : mention.start]
        return _SUBORDINATE.search(between) is None and _OWN_VERB.search(between) is None

    def topic_of_another(self, mention: DateMention, clause: _Span, position: int) -> bool:
        """Whether the question's event, after the date in its clause, is only the topic of another verb told before
        the date (``gave an update on Wednesday on the escape``, ``arrested a man on Friday over the killing``):
        the date is the other verb's."""
        if position < mention.end or not _TOPIC_LEAD.search(self.text, max(clause[0], position - 40), position):
            return False
        verbs = set(self.verb_at())
        return any(
            verb.start() not in verbs and self.text[verb.start()].islower()
            for verb in _OWN_VERB.finditer(self.text, clause[0], mention.start)
        )

    def state_since(self, mention: DateMention) -> bool:
        """Whether a ``since`` date is the day a state the question's verb names began (``The lido has been closed
        since 3 August``: it closed on 3 August; ``has been issued since February 16``): the verb's participle right
        before ``since``, after ``has been``."""
        lead = _STATE_SINCE.search(self.text, max(0, mention.start - 80), mention.start)
        return lead is not None and lead.start("verb") in self.verb_at()

    def topic_of_noun(self, position: int) -> bool:
        """Whether the word at ``position`` is only what a noun the question does not name is about (``the inquiry
        into the fire``, ``a row over the crash``): that noun, not the word, is what its clause tells of. Not when the
        noun is the question's own word or its event (``the raid into the valley`` for ``when was the valley hit``)."""
        lead = _NOUN_TOPIC.search(self.text, max(0, position - 60), position)
        if lead is None:
            return False
        asked = (self.event, *(unit.terms for unit in self.units.values()))
        return not any(lead.start("head") in _positions(terms, self.places) for terms in asked)

    def owned_elsewhere(self, mention: DateMention, clause: _Span) -> bool:
        """Whether another clause of the date's sentence, one that gives no date of its own, holds more of the
        question than the date's clause (``the anniversary falls on 17 February; the parade was cancelled``):
        then the date dates something else, and the event asked about is not dated there. A ``since`` gives a
        clause no date of its own (``has recorded four cases since July``)."""
        own = self.weight_in(clause)
        return any(
            (end <= clause[0] or start >= clause[1])
            and not any(start <= m.start < end and m.role is not DateRole.SINCE for m in self.mentions)
            and self.weight_in((start, end)) > own
            for start, end in itertools.pairwise(_breaks(self.text, mention.sentence))
        )


def _score_passage(
    hit: Hit,
    rank: int,
    units: dict[str, _Unit],
    intent: DateIntent,
    best: float,
    aliases: AliasTable,
    in_document: frozenset[str],
    anchor: date | None,
    before: str = "",
) -> list[_Scored]:
    text = hit.passage.text
    mentions = _with_stored_years(date_mentions(text, anchor), hit.passage.dates)
    spoken = _spoken_now(hit, intent)
    if spoken is not None:  # "I can confirm that on Monday, October 3, …": the confirming is the turn's day
        mentions = sorted(
            [m for m in mentions if m.sentence != spoken.sentence or m.start < spoken.start] + [spoken],
            key=lambda m: m.start,
        )
    if not mentions:
        return []
    own = frozenset(stem(word) for word in intent.event if word not in _LIGHT_VERBS)
    event = _with_kin(own | _phrasal_kin(intent.event))
    event |= _nouns_of(event)
    places = _places(text, aliases)
    if hit.passage.kind is PassageKind.TURN and hit.passage.speaker:
        _speaker_at_first_person(places, text, hit.passage.speaker)
    reading = _Reading(text, places, sentence_spans(text), mentions, units, event)
    asked = set(_places(hit.passage.context or before, aliases))  # what the opening sentences answer or go on from
    title = set(_places(hit.source.title, aliases))
    title = _title_for_passage(title, _groups(hit.source.title, aliases), frozenset(places))
    total = sum(unit.weight for unit in units.values())
    asks_saying = any(unit.terms & _SAID_TERMS for unit in units.values())
    ordinals = _ordinals_of(units, intent)
    named = in_document | set(places) | asked | title
    unnamed = any(unit.name and not unit.terms & named for unit in units.values())
    opening = reading.sentences[1][1] if len(reading.sentences) > 1 else len(text)
    dated = {m.sentence for m in mentions if m.role not in _FRAMING}
    written = max((d for d in (hit.passage.date, hit.source.date) if d is not None), default=None)
    # the later of the passage's own date (a timeline entry's day, a live entry's time) and its document's
    undecided = _alternatives(text, mentions)
    entry = hit.passage.date is not None and leading_date(text, hit.passage.date) == hit.passage.date
    # a timeline entry (``**Jun 23** — The court adjourns``) tells of what its document's title names
    edge_words = EDGE_WORDS.get(intent.edge or "", frozenset())
    told_apart = _event_told_apart(reading, intent.event, hit.source.title)
    rivals = _named_kinds(units, intent, event)
    asked_at = {p for unit in units.values() for p in _positions(unit.terms, places)}
    found: list[_Scored] = []
    for mention in mentions:
        role = _edge_role(text, mention, intent.edge)
        # "ran from 2 to 9 February" tells when something started, with no word for starting
        spans_edge = role.value == intent.edge and {word.lower() for word in intent.event} <= edge_words
        if mention.role in _FRAMING:
            continue
        if mention.role is DateRole.SINCE and intent.edge != "since" and not reading.state_since(mention):
            continue  # "has recorded four cases since July": not the day of a case; "has been closed since 3 August" is
        if not all(bound.admits(mention.date, written) for bound in intent.bounds):
            continue
        if intent.ahead and _gone_by(text, mention, written):
            continue  # "when will he appear in court": not "appeared before magistrates on Monday"
        if intent.edge is not None and {role, DateRole(intent.edge)} == _SPAN:
            continue  # the end of something asked about its start, or its start asked about its end
        # Dates that may stand for the event asked about but cannot be named for it: dates offered as
        # alternatives ("on Tuesday or Wednesday"); a month told only as "last month"; a plan, for a question about
        # what has happened ("the inauguration is scheduled for April 2"). Scored, they keep a weaker date from
        # being named in their place.
        clause = _clause(text, mention)
        deadline = intent.deadline and (
            _as_deadline(text, mention, clause)
            or (intent.until and _UNTIL_LEAD.search(text, clause[0], mention.start) is not None
                and _OWN_VERB.search(text, clause[0], clause[1]) is None)
        )  # "the last day passengers can claim": "claims are open until 31 December"; not "until 2020 operated as"
        if intent.deadline and not deadline:
            continue  # a deadline asked: not "published on Wednesday a list of brands that must pay"
        unsure = (
            # a limit ("expects full strength by 15 May") is never named, but it answers a deadline asked
            (mention.role is DateRole.BOUND and not deadline and not _waited_for(text, mention)
             and not (intent.due and _DUE_BY.search(text, clause[0], mention.start))
             and not (intent.until and _UNTIL_LEAD.search(text, clause[0], mention.start)))
            or mention in undecided
            or bool(intent.past and _PLANNED_NOUN.search(text, max(0, mention.start - 60), mention.start))
            or _vague(text, mention)
            or (intent.day and mention.relative and mention.date.precision is not DatePrecision.DAY)
            or (intent.past and _still_to_come(text, mention, written))
            or (intent.inside and any(_restates(bound, mention.date) for bound in intent.bounds))
        )
        if _BASELINE.match(text, clause[0]) and reading.words_in(clause) < 2:
            unsure = True  # "…, down from the 50.4 per cent it had announced on February 24"
        if _FIGURE_BEFORE.search(text, max(0, mention.start - 60), mention.start):
            unsure = True  # "has risen to 17, up from 15 last night": the day of the earlier figure
        if rivals and _names_another(
            text, mention.sentence, rivals, places, asked_at, {m.sentence for m in mentions}, reading.sentences
        ):
            unsure = True  # "the Lorr footbridge opened on 2 February", asked about the Penn footbridge
        # "sentenced yesterday … for a scheme that patients never needed"; not "the summit in June that … never
        # took place", whose clause has no verb before the date
        verb_before = _OWN_VERB.search(text, clause[0], mention.start)
        relative = _RELATIVE.search(text, mention.end, clause[1]) if verb_before else None
        if NEGATION.search(text, clause[0], relative.start() if relative else clause[1]):
            continue  # "none would be introduced this year": the clause says the event did not happen then
        if intent.order is DateOrder.EARLIEST and _REPEATED.search(text, clause[0], clause[1]):
            continue  # "Nusra is struck again, for the first time since March": an earlier one came before
        match = near = content = content_near = subject = subject_in = 0.0
        says_order = False
        plain = 0
        for unit in units.values():
            positions = [p for term in unit.terms for p in places.get(term if term in unit.own else LOWER + term, ())]
            if unit.order:  # "last Thursday" is a day, not the end of a series
                positions = [p for p in positions if not any(m.start <= p < m.end for m in mentions)]
                says_order = _inside(mention.sentence, positions)
            elif not unit.terms & event:  # "opened on Monday, six days after the blaze": the blaze is not what opened
                positions = [p for p in positions if not _landmark_after(text, mention, p)]
                # "The inquiry into the fire opened on Monday": the fire is what the inquiry is about, not what opened
                positions = [p for p in positions if not reading.topic_of_noun(p)]
            share, close = reading.unit_share(mention, clause, positions)
            if not close and unit.terms & asked and mention.start < opening:
                share, close = NEXT_SENTENCE, True  # the question this answer's first sentences answer
            if share < IN_PASSAGE and unit.terms & (asked | title):
                share = IN_PASSAGE
            if not share and unit.terms & in_document:
                share = IN_DOCUMENT
            match += unit.weight * share
            near += unit.weight if close else 0.0
            if unit.terms & event or unit.order:
                continue
            # named in what the opening goes on from, or in the title of the timeline the entry is in; a name the
            # title gives ("Pellandria blackout") is what every sentence of the document is about
            in_title = (entry or unit.name) and bool(unit.terms & title)
            carried = (mention.start < opening and bool(unit.terms & asked)) or in_title
            subject += unit.weight
            subject_in += unit.weight if carried or reading.tells_of(mention, positions, dated) else 0.0
            if not unit.name:
                content += unit.weight
                plain += 1
                content_near += unit.weight if positions or carried else 0.0
        match /= total
        near /= total
        if plain > 1 and content_near < MIN_CONTENT * content:
            continue  # "decide on a sanctions regime": the things the question is about are not in this passage
        edge_bonus = EDGE_BONUS if role == intent.edge else 0.0  # the start, end or since asked for
        score = match + RELEVANCE_SHARE * min(hit.score / best, 1.0) + edge_bonus
        score -= COARSE_PENALTY[mention.date.precision]
        penalty = UNNAMED_PENALTY if unnamed else 0.0  # what both the score and the match lose
        context = asked if mention.start < opening and reading.holds_more_than_verb(clause) else set()
        dated_clauses = [
            _clause(text, other)
            for other in mentions
            if other.date != mention.date and other.role not in _FRAMING
            and not _COORDINATED.fullmatch(text[min(other.end, mention.end) : max(other.start, mention.start)])
        ]
        near_event = reading.event_near(mention, clause, context, dated_clauses)
        if near_event and _RELATIVE_OPENING.match(text, clause[0]):  # "until spring break, which begins March 11":
            subject_at = [p for u in units.values() if not u.order and not u.terms & event for t in u.terms
                          for p in places.get(t, ())]
            near_event = _inside((max(0, clause[0] - 40), clause[0]), subject_at)  # the break's beginning
        with_event = not event or near_event or spans_edge
        if with_event and event and _finding_of_another(text, clause, mention, intent.event):
            with_event = near_event = False  # "the court found Reszke overruled the committee on 4 June 2019"
        if not with_event and any(
            reading.topic_of_another(mention, clause, p) for p in reading.verb_at() if clause[0] <= p < clause[1]
        ):
            unsure = True  # "gave an update on Wednesday on the escape": the day of the update, not of the escape
        if not with_event and told_apart and mention.date.precision is DatePrecision.DAY and (
            _OWN_VERB.search(text, clause[0], clause[1]) and not _said_in(text, clause)
            and reading.holds_subject(clause)
        ):
            with_event = True  # "Tarn bridge reopens" over "traffic returned to the bridge on 3 May"
        if not with_event:
            penalty += EVENT_PENALTY
        if reading.owned_elsewhere(mention, clause):
            score -= ELSEWHERE_PENALTY
            near *= 0.5
        said = not asks_saying and reading.said_nearer(mention, clause)
        if said:
            if event and not _inside(clause, reading.verb_at()):
                continue  # "said on Tuesday that it had been cancelled": the day of saying, the event told elsewhere
            score -= SAID_PENALTY
        if ordinals and _other_ordinal(text, clause, ordinals):
            penalty += ORDINAL_PENALTY
            unsure = True  # "the interim report" for "the final report": another one of the series
        subject_share = subject_in / subject if subject else 1.0
        scored = _Scored(
            mention, hit, rank, score - penalty, match - penalty, near, subject_share, with_event, unsure, says_order,
            said, bool(event and reading.verb_at()),
        )
        found.append(scored)
    return found


SPEECH_ACTS = frozenset(map(stem, ("confirm", "announce", "say", "deny", "admit", "acknowledge", "declare")))
"""Verbs whose event is the saying itself: asked when someone confirmed something, the answer is the day the words
were spoken, not the day of what they confirm."""
_SPOKEN_NOW = re.compile(
    r"\b(?:I|[Ww]e)(?:'m|'d|’m|’d|\s+(?:can|could|am|are|will|would|must|now|also|hereby|want\s+to|wish\s+to|"
    r"like\s+to|have\s+to|to))*\s+(?:like\s+to\s+|want\s+to\s+)?(?P<verb>[a-z]+)\b"
)
"""A speaker doing in the present what the verb says (``I can confirm``, ``we announce``, ``I'd like to announce``):
the turn's words are the act itself."""


def _spoken_now(hit: Hit, intent: DateIntent) -> DateMention | None:
    """In a speaker's turn, for a question whose verb is a speech act (``when did the Pentagon confirm the strike``)
    that the speaker performs in the present (``I can confirm that on Monday, October 3, …``): the turn's own day,
    placed at the verb, which the dates of what is confirmed give way to."""
    asked = {stem(word) for word in intent.event} & SPEECH_ACTS
    when = hit.passage.date or hit.source.date
    if hit.passage.kind is not PassageKind.TURN or not asked or when is None:
        return None
    text = hit.passage.text
    for match in _SPOKEN_NOW.finditer(text):
        if stem(match["verb"]) in asked and not match["verb"].endswith("ed"):  # not "we confirmed on Monday"
            start, end = match.span("verb")
            sentence = next((span for span in sentence_spans(text) if span[0] <= start < span[1]), (0, len(text)))
            return DateMention(StatedDate(when, DatePrecision.DAY), start, end, DateRole.EVENT, sentence)
    return None


def _edge_role(text: str, mention: DateMention, edge: str | None) -> DateRole:
    """The mention's role as an edge of what is asked: for an ending asked (``when does the tunnel close``), the
    start of a span a closing is held over is the day it ends, and that span's end is its reopening."""
    if edge != "end" or mention.role not in _SPAN:
        return mention.role
    start = mention.sentence[0]
    if not _CLOSED_FOR.search(text, max(start, mention.start - 120), mention.start):
        return mention.role
    return DateRole.END if mention.role is DateRole.START else DateRole.START


_FINDING_VERBS = frozenset({"find", "found", "finds", "rule", "ruled", "conclude", "concluded", "judge", "judged"})
_FOUND_CLAUSE = re.compile(r"(?i)\b(?:found|finds|ruled|concluded|judged)\s+(?:that\s+)?[\w'’-]+\s+")
"""A finding and the first word of what was found (``found Reszke``, ``ruled that the``)."""


def _with_stored_years(mentions: list[DateMention], stored: Sequence[StatedDate]) -> list[DateMention]:
    """The mentions, each in the year the index read it in when the index read the same days in other years only:
    a timeline heading (``### December 2024 - January 2025``) gives its years to the year-less days under it,
    which the passage's own text cannot tell."""
    if len(stored) != len(mentions) or all(m.date == s for m, s in zip(mentions, stored, strict=True)):
        return mentions
    if any(
        m.date.precision is not s.precision or (m.date.value.month, m.date.value.day) != (s.value.month, s.value.day)
        for m, s in zip(mentions, stored, strict=True)
    ):
        return mentions
    return [replace(m, date=s) for m, s in zip(mentions, stored, strict=True)]


def _finding_of_another(text: str, clause: _Span, mention: DateMention, event: Sequence[str]) -> bool:
    """Whether the question asks when something was found (``found guilty``, ``ruled``) and the date's clause
    tells what was found, with a past verb of its own between the finding and the date (``The court found Reszke
    overruled the committee on 4 June 2019``): the date is that verb's, not the finding's."""
    if not event or event[0].lower() not in _FINDING_VERBS:
        return False
    for found in _FOUND_CLAUSE.finditer(text, clause[0], mention.start):
        if _OWN_VERB.search(text[found.end() : mention.start]):
            return True
    return False


def _named_kinds(units: dict[str, _Unit], intent: DateIntent, event: frozenset[str]) -> list[tuple[_Unit, _Unit]]:
    """The question's names each with the plain word it names (``Penn`` and ``footbridge`` in ``the Penn
    footbridge``): the name tells which one of its kind the question is about."""
    found = []
    for name, kind in intent.kinds:
        one, other = units.get(name), units.get(kind)
        if one is not None and other is not None and one.name and not other.name and not other.terms & event:
            found.append((one, other))
    return found


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*) $")


def _names_another(
    text: str,
    sentence: _Span,
    rivals: list[tuple[_Unit, _Unit]],
    places: dict[str, list[int]],
    asked: set[int],
    dated: Iterable[_Span],
    spans: list[_Span],
) -> bool:
    """Whether a passage that names the one the question asks about (``the Penn footbridge``) tells of another one
    of its kind in a date's sentence (``The Lorr footbridge opened on 2 February``) and not of it there: the word of
    the kind written after a capitalised word that is no word of the question (at ``asked``), while the question's
    name stands not in the sentence but in another that gives a date (``dated``: ``promised the Penn footbridge for
    3 March``): the passage dates each one apart; unless the two names are told together in a sentence of the
    passage (``spans``), as a body's two names are."""
    for name, kind in rivals:
        named = _positions(name.terms, places)
        if _inside(sentence, named) or not any(_inside(other, named) for other in dated if other != sentence):
            continue
        for position in _positions(kind.own, places, LOWER):
            before = _WORD_BEFORE.search(text, sentence[0], position) if _inside(sentence, [position]) else None
            if before is None or before.start() == sentence[0] or before.start() in asked:
                continue
            word = before.group(1)
            if not word[:1].isupper() or stem(word.lower()) in _DATE_WORDS or text[position].isupper():
                continue
            said_with = re.compile(rf"\b{re.escape(word)}")
            if not any(_inside(span, named) and said_with.search(text, span[0], span[1]) for span in spans):
                return True
    return False


def _said_in(text: str, clause: _Span) -> bool:
    """Whether the date's clause holds a verb of saying (``said on Monday``)."""
    return _SAID.search(text, clause[0], clause[1]) is not None


def _groups(text: str, aliases: AliasTable) -> frozenset[str]:
    """The alias groups (bodies and their other names) ``text`` names, by their terms."""
    return frozenset(match.group.term for match in aliases.find(text, list(iter_tokens(text))))


def _title_for_passage(title: set[str], in_title: frozenset[str], in_passage: frozenset[str]) -> set[str]:
    """The title's terms that speak for a passage of its document: a title that names two bodies (``strikes on
    ISIS and the Nusra Front``, their groups ``in_title``) speaks for a passage only with the bodies it names itself
    (``in_passage``: the passage's terms, its groups' among them); one that names one of them (``Nusra is struck
    again``) is not about the other."""
    if len(in_title) < 2 or not in_title & in_passage:
        return title
    return title - (in_title - in_passage)


def _event_told_apart(reading: _Reading, asked: Sequence[str], title: str) -> bool:
    """Whether the question's own verb (``reopen``; not a particle, ``go back``) is a word of the document's title,
    while the passage gives exactly one day and names the event nowhere: then that day, told with another verb
    (``traffic returned to the bridge on 3 May``), is the event's, so far as its clause has an event of its own and
    every other word of the question."""
    days = {m.date for m in reading.mentions if m.role not in _FRAMING and m.date.precision is DatePrecision.DAY}
    if len(days) != 1 or reading.verb_at():
        return False
    verbs = {stem(word.lower()) for word in asked if word.lower() not in _PARTICLES | _LIGHT_VERBS}
    return bool(verbs) and bool(verbs & {stem(word) for word in _TITLE_WORD.findall(title.lower())})


_PARTICLES = frozenset({"back", "up", "down", "off", "out", "over", "in", "on", "away", "through"})
_TITLE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""A word of a title, a word joined by a hyphen whole (``state-backed`` is not ``backed``)."""


def _ordinals_of(units: dict[str, _Unit], intent: DateIntent) -> frozenset[str]:
    """The ordinals the question gives (``first``, ``second`` … ``last``), with their kin."""
    found = {word.lower() for word in units if word.lower() in _ORDINALS}
    if intent.order is not None:
        found.add("first" if intent.order is DateOrder.EARLIEST else "last")
    return frozenset(found).union(*(_ORDINAL_KIN.get(word, ()) for word in found))


def _other_ordinal(text: str, clause: _Span, ordinals: frozenset[str]) -> bool:
    """Whether the date's clause names another one of a series than the question (``the second round`` for
    ``the first round``) and not the one asked."""
    words = _FIRST_TIME.sub(" ", text[clause[0] : clause[1]])  # "for the first time since March" is no series
    named = {word.lower() for word in _ORDINAL_WORD.findall(words)}
    if not named or named & ordinals:
        return False
    # the last of a series may be its third: only "first" says otherwise
    return not ordinals <= _LAST_KIN or bool(named & _FIRST_KIN)


_EVENT_NOUNS = frozenset(
    map(stem, ("failure", "departure", "closure", "disclosure", "seizure", "exposure", "forfeiture"))
)
"""The nouns in ``-ure`` that name their verb's event. A list: most such nouns name another thing (``pressure``,
``fixture``, ``creature``, ``legislature``), and a question's verb comes as written (``pressed``, ``closed``)."""


def _nouns_of(terms: frozenset[str]) -> frozenset[str]:
    """The nouns in ``-ure`` that name the event of verbs (``failure``, ``departure``, ``seizure``, ``closure``)."""
    return frozenset(term.removesuffix("e") + "ur" for term in terms) & _EVENT_NOUNS


_LIGHT_VERBS = frozenset({"go", "get", "make", "have", "do"})
"""Verbs that name no event alone: with a particle (``go up``) they only find its single verb (``rise``)."""


def _phrasal_kin(words: Sequence[str]) -> frozenset[str]:
    """The terms of the single verbs that name the event of the question's verb and particle (``_PHRASAL_KIN``)."""
    kin = _PHRASAL_KIN.get((stem(words[0]), words[1]), "") if len(words) == 2 else ""
    return frozenset(map(stem, kin.split()))


def _with_kin(terms: frozenset[str]) -> frozenset[str]:
    """The terms with the words that name the same kind of event (``_KIN``)."""
    return terms.union(*(_KIN.get(term, ()) for term in terms))


_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][a-z]+)+")
"""A run of capitalised words (``International Committee for Humanitarian Dialogue``): a name whose initials
(``ichd``) may stand for it."""
_OPENERS = frozenset(
    {"when", "what", "which", "who", "how", "did", "does", "do", "was", "were", "is", "are", "has", "have", "had"}
    | {"will", "would", "could", "can", "should", "on", "in", "at", "since", "and", "so", "tell", "please"}
)
_CLOCK = r"(?!\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d{1,2}:\d{2}|midnight|noon|dawn|daybreak|dusk|nightfall)\b)"
"""After ``before``, ``after``, ``until``: not a time of day (``began shortly before 11:30 p.m. on Friday``), which
opens no clause."""
_SINCE_DATE = (
    r"(?!\s+(?:(?:early|mid|late)[\s-]+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|yesterday\b|last\s+(?:week|month|year)\b))"
)
"""After ``since``: not a date (``have been striking since 9 November``), before which ``since`` is a preposition that
opens no clause."""
_SUBORDINATE = re.compile(
    rf";|:(?!\d)|\s(?:[—–]|--)\s|\b(?:{THAT_CLAUSE}|which|who|whose|when|after{_CLOCK}|before{_CLOCK}|because|while|whereas|"
    rf"although|though|until{_CLOCK}|since{_SINCE_DATE}|where|but)\b"
)
"""What separates a verb from a date it does not go with, when it stands between them."""
_CLAUSE_BREAK = re.compile(
    rf"[,;:()]\s|\s(?:[—–-]|--)\s|\s(?=(?:{THAT_CLAUSE}|which|who|whose|when|after{_CLOCK}|before{_CLOCK}|because|while|"
    rf"whereas|although|though|until{_CLOCK}|since{_SINCE_DATE}|where|but|and\s+(?:then|later|again))\s)"
    r"|(?<![,;:])(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bhad)(?<!\bhas)(?<!\bhave)"
    r"(?<!\bgot)\s(?=[a-z]+[^e\W]ed\s+by\s)"  # "the damage caused by the fire on 17 September": of the noun before
)


def _breaks(text: str, sentence: _Span) -> list[int]:
    """Where the clauses of a sentence start and end: at a comma, a dash, ``that``, ``after`` …"""
    first, last = sentence
    cuts = (
        m
        for m in _CLAUSE_BREAK.finditer(text, first, last)
        if not (m.group().startswith(",") and _WEEKDAY_END.search(text, 0, m.start()))
    )
    return [first, *(m.end() for m in cuts), last]


_WHEN_CLAUSE = re.compile(r"(?i)\s*when\b")
"""A clause of ``when`` after its main clause: it sets the main event's time (``was killed when the patrol came
under fire on 25 November``)."""


_RELATIVE_OPENING = re.compile(r"(?i)(?<!and )(?<!and, )(?:which|who)\b")
"""A relative clause that opens a date's clause (not one joined to an earlier one by ``and``): it tells of the noun
right before it, so its verb is the question's event only when a word of the question's subject stands there
(``the ceasefire, which took effect on 5 April``; not ``until spring break, which begins March 11``)."""


_RELATIVE = re.compile(r"(?i)\b(?:that|which|who|whom|whose)\b")
"""After a date whose clause has its verb before it, a relative clause: what it denies (``sentenced yesterday for a
scheme that patients never needed``) is not the date's event."""


def _clause(text: str, mention: DateMention) -> _Span:
    """The part of the date's sentence between the breaks (a comma, a dash, ``that``, ``after`` …) around
    it; a date that stands alone between breaks (``On 29 May, …``) takes the clause that follows it at the
    start of a sentence, else the one before it (``…, which renamed itself in 2017,``)."""
    first, last = mention.sentence
    breaks = _breaks(text, mention.sentence)
    start = max(b for b in breaks if b <= mention.start)
    end = min((b for b in breaks if b >= mention.end), default=last)
    if re.match(r"[\s,]*\bwhen\b", text[mention.end : end + 6]) and not text[mention.end : end].strip(" ,"):
        end = min((b for b in breaks if b > end + 5), default=last)  # "on May 27th, when Hollis was freed"
    if start == first and re.match(r"\W{0,3}\s*[:—–]", text[mention.end :]):
        return start, last  # "June 2020: Kordavia's president, …, first asks …": the entry's whole sentence
    if not _has_words(text[start : mention.start] + " " + text[mention.end : end]):
        if start == first:
            end = min((b for b in breaks if b > end), default=last)  # "On 29 May, 164 prisoners are freed"
        else:
            start = max((b for b in breaks if b < start), default=first)  # "…, which renamed itself in 2017,"
    return start, end


def _has_words(text: str) -> bool:
    """Whether ``text`` has a word that is not part of a date (a month, a number, ``and``, ``on``)."""
    return any(not token.term.isdigit() and token.term not in _DATE_WORDS for token in iter_tokens(text))


_PLURAL_GERUND = re.compile(r"(?i)\w*[aeiouy]\w*ings")
"""A noun made of a verb (``findings``, ``hearings``): it tells no event of that verb (not ``brings``)."""


_TOPIC_LEAD = re.compile(
    r"(?i)\b(?:on|about|over|into|regarding|concerning)\s+(?:the|a|an|its|their|his|her|this|that)\s+"
    r"(?:(?!(?:and|or|but|then|while)\b)[\w-]+\s+){0,2}$"
)
"""The words that make what follows them the topic of a verb (``an update on the escape``, ``an inquiry into the
crash``)."""


_STATE_SINCE = re.compile(
    r"(?i)\b(?:has|have|had|'s|’s|'ve|’ve)\s+been\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+(?:ever\s+)?since\s+(?:the\s+)?$"
)
"""A state told from its start (``has been closed since``): the participle names the change that began it."""


_NOUN_TOPIC = re.compile(
    r"(?i)\b(?:the|a|an|its|their|his|her|this|that)\s+(?P<head>[a-z][\w-]*)\s+"
    r"(?:about|over|into|regarding|concerning)\s+(?:the|a|an|its|their|his|her|this|that)\s+"
    r"(?:(?!(?:and|or|but|then|while)\b)[\w-]+\s+){0,2}$"
)
"""A noun right after its determiner (``head``) and what it is about (``the inquiry into the fire``, ``a row over
the``); ``on``, which also places and dates, is left out."""


_PLACE_END = re.compile(
    r"(?i)\b(?:north|south|east|west)(?:ern)?\s+end$|\b(?:far|other|opposite|upper|lower|near|deep)\s+end$"
)
"""``the northern end of the bay``, ``the far end``: a part of a place, not the end of anything that happens."""


_PARTICLE_NEXT = re.compile(r"\s+(out|off|down|up|aside)\b(?!\s+of\b)")
"""A particle right after a verb (``broke out``; not ``broke out of``, a place left)."""


def _places(text: str, aliases: AliasTable) -> dict[str, list[int]]:
    """Where each term of ``text`` stands (character offsets), alias groups' terms and two words written as one
    (``dock workers`` for ``dockworkers``) included; under ``LOWER`` +
    term, where it stands written in lower case (so that a kindred word is not found in a name: ``depart``
    for ``leave``, but not in ``State Department``)."""
    tokens = list(iter_tokens(text))
    places: dict[str, list[int]] = {}
    for token in tokens:
        places.setdefault(token.term, []).append(token.start)
        opens = text[max(0, token.start - 8) : token.start].rstrip()[-1:] in ("", ".", "!", "?", ":", '"', "“")
        plural_noun = _PLURAL_GERUND.fullmatch(text, token.start, token.end) is not None  # "findings": not "found"
        place = _PLACE_END.search(text, max(0, token.start - 12), token.end) is not None  # "the northern end"
        # a sentence's first word may be any word
        if (text[token.start].islower() or opens) and not plural_noun and not place:
            places.setdefault(LOWER + token.term, []).append(token.start)
    for token in tokens:  # "a fire broke out": where the verb stands, so do the single verbs of its event
        particle = _PARTICLE_NEXT.match(text, token.end)
        kin = _PHRASAL_KIN.get((token.term, particle.group(1).lower()), "") if particle else ""
        if kin and text[token.start].islower():
            for term in map(stem, kin.split()):
                places.setdefault(term, []).append(token.start)
                places.setdefault(LOWER + term, []).append(token.start)
    for first, second in itertools.pairwise(token for token in tokens if not token.joined):
        if text[first.end : second.start] == " " and first.end - first.start > 2 and second.end - second.start > 2:
            joined = fold(text[first.start : first.end] + text[second.start : second.end])
            if joined.isalpha():  # "dock workers" stands for "dockworkers"
                key = stem_once(joined)
                places.setdefault(key, []).append(first.start)
                if text[first.start].islower():
                    places.setdefault(LOWER + key, []).append(first.start)
    for match in aliases.find(text, tokens):
        places.setdefault(match.group.term, []).append(tokens[match.first].start)
    for initials, position in name_initials(text):
        places.setdefault(initials, []).append(position)
    return places


_FIRST_PERSON = re.compile(r"\bI\b")


def _speaker_at_first_person(places: dict[str, list[int]], text: str, speaker: str) -> None:
    """In a speaker's turn, ``I`` stands for the speaker: the words of the speaker's label (``SECRETARY AMES``)
    are placed where ``I`` stands (``I spoke with the Foreign Minister last Friday``)."""
    spots = [match.start() for match in _FIRST_PERSON.finditer(text)]
    for token in iter_tokens(speaker):
        places.setdefault(token.term, []).extend(spots)


def name_initials(text: str) -> list[tuple[str, int]]:
    """The initials of every run of capitalised words in ``text`` (``(The) World Food Programme``: ``wfp``,
    ``twfp``), lowercase, each with where its run starts: what an abbreviation of the name would be."""
    found = []
    for match in _NAME_RUN.finditer(text):
        words = [word for word in match.group().split() if word[:1].isupper()][:6]
        runs = (run for run in itertools.combinations(range(len(words) + 1), 2) if run[1] - run[0] > 1)
        found += [("".join(word[0] for word in words[first:last]).lower(), match.start()) for first, last in runs]
    return found


def _coarse(scored: _Scored) -> int:
    """Day before month before year."""
    return (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR).index(scored.mention.date.precision)
