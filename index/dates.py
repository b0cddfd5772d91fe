"""Dates in text: the ones a passage states (``3 Oct 2016``, ``Sep 29``, ``2014-2015``) or implies (``today``,
``Friday``, ``since March this year``), resolved against the date of the passage or its document.

Only what the words say is taken: a date is found when a pattern below matches, never guessed. Relative
dates and dates without a year need an anchor date; without one they are left out.

``date_mentions`` also says where each date stands and what it is to its sentence: the day something
happened, the start of a span (``since March``), a bound (``before May``), or the moment of speaking
(``nothing to announce today``), so that a date can be tied to the words around it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from index.models import MONTH_NAMES, DatePrecision, Passage, StatedDate
from index.sentences import sentence_spans as _sentence_spans

MONTHS = {form: number for number, name in enumerate(MONTH_NAMES, start=1) for form in (name[:3], name)} | {"sept": 9}
"""Month names and their usual abbreviations, lowercase, with the month's number."""
WEEKDAYS = {
    name: number
    for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}

MONTH_WORD = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
"""A month's name or its abbreviation, with a full stop if one follows (case-insensitive with ``(?i)``)."""
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\w)"
_NAMED_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RANGE_DASH = r"\s*[-‐‑–—/]\s*"

# Ordered: earlier patterns claim their words first, later ones only look at what is left.
_ISO = re.compile(  # 2016-10-03, 2016/10/3
    r"(?<![\d/-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/-])"
)
_DAY_MONTH_YEAR = re.compile(rf"(?i)\b{_DAY}(?:\s+of)?\s+{MONTH_WORD},?\s+{_YEAR}")  # 3 Oct 2016, 3rd of October, 2016
_MONTH_DAY_YEAR = re.compile(rf"(?i)\b{MONTH_WORD}\s+{_DAY},?\s+{_YEAR}")  # Oct. 3, 2016
_MONTH_YEAR = re.compile(rf"\b{_NAMED_MONTH},?\s+(?:of\s+)?{_YEAR}")  # March 2016
_DAY_MONTH = re.compile(rf"(?i)\b{_DAY}(?:\s+of)?\s+{MONTH_WORD}(?![a-z])")  # 16 Nov
_MONTH_DAY = re.compile(rf"(?i)\b{MONTH_WORD}\s+{_DAY}(?![\d:])")  # November 16, Sep 29
_YEAR_RANGE = re.compile(rf"(?<![\d-])(?P<first>(?:19|20)\d{{2}}){_RANGE_DASH}(?P<second>(?:19|20)?\d{{2}})(?![\d-])")
_MONTH_IN_CONTEXT = re.compile(
    r"\b(?P<lead>(?i:since|in|until|till|by|from|before|after|beyond|early|late|mid|during|through|last|this|next|"
    r"between|of))"
    rf"[\s-]+{_NAMED_MONTH}(?P<which>(?:\s+of)?\s+(?:this|last|next)\s+year)?(?![\w-])"
)
_YEAR_IN_CONTEXT = re.compile(
    r"(?i)\b(?:since|in|until|till|by|from|during|through|throughout|early|late|mid|of|before|after)[\s-]+"
    rf"{_YEAR}"
)
_DAY_WORDS = (
    "today", "tonight", "this morning", "this afternoon", "this evening", "yesterday", "tomorrow", "last night"
)
_DAY_SHIFTS = {
    "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2
}
_RELATIVE_DAY = re.compile(
    rf"(?i)\b(?P<word>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|{'|'.join(_DAY_WORDS)})\b"
)
_RANGE_WORD = r"\s*(?:[-‐‑–—]|\s(?i:to|and|until|till|through|into)\s)\s*"
_DAY_RANGE = re.compile(  # 10-19 July, between 10 and 19 July 2023
    rf"(?i)\b(?P<first>[0-3]?\d)(?:st|nd|rd|th)?{_RANGE_WORD}{_DAY}(?:\s+of)?\s+{MONTH_WORD}"
    rf"(?:,?\s+{_YEAR})?(?![a-z])"
)
_MONTH_DAY_RANGE = re.compile(  # July 10-19, July 10 to 19, 2023
    rf"(?i)\b{MONTH_WORD}\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?{_RANGE_WORD}{_DAY}(?![\d:])"
    rf"(?:,?\s+{_YEAR})?"
)
_MONTH_RANGE = re.compile(  # between March and May 2023, March–July 2023, from October to December
    rf"\b{_NAMED_MONTH.replace('<month>', '<first>')}{_RANGE_WORD}{_NAMED_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?(?![\w-])"
)
_LEADING_YEAR = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:\*\*|__)?(?P<year>(?:19|20)\d{2})(?:\*\*|__)?[ \t]*(?::|[—–]|-\s)"
)
"""A line that opens with a year alone, as a timeline entry does (``2014: peak deployment``)."""
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50,
}  # fmt: skip
_AGO = re.compile(
    rf"(?i)\b(?P<count>{'|'.join(_NUMBER_WORDS)}|\d{{1,3}})\s+(?P<unit>day|week|month|year)s?\s+ago\b"
    r"(?P<month>,?\s+this\s+month)?"
)
_SEQUEL = re.compile(
    r"(?i)\b(?:the\s+(?:next|following)\s+(?:day|morning|evening|night)|"
    r"(?P<same>(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b)|"
    r"(?P<before>the\s+day\s+before|the\s+(?:previous|preceding)\s+(?:day|morning|evening|night)|the\s+night\s+before)"
    r"(?!\s+(?:yesterday|the|a|an|his|her|its|their)\b)|"
    rf"(?:a|one|(?P<count>{'|'.join(_NUMBER_WORDS)}|\d{{1,2}}))\s+days?\s+(?P<way>later|earlier)"
    r"(?!\s+(?:the|a|an|his|her|its|their)\b)|"
    rf"(?:a|one|(?P<count2>{'|'.join(_NUMBER_WORDS)}|\d{{1,2}}))\s+days?\s+(?P<way2>after|before)"
    r"(?=\s*[^\w\s]|\s*$|\s+(?:and|but|on|in|at)\b))"
)
"""Days counted from the day named just before: ``the next day``, ``two days later``, ``the day before``, and the
same day again (``that evening``, ``the same day``); not a count before what it is counted from (``six days after
it ran aground``, ``two days before the vote``)."""
_APPOSITION = re.compile(r"\s*,\s*")
"""Between a day and a count of days that restates it (``on 24 September, nine days earlier``)."""
_SEQUEL_SIGN = re.compile(r"(?i)\b(?:next|following|later|earlier|before|after|previous|preceding|that|same)\b")
_ORDINAL_DAY = re.compile(
    r"(?:(?<=\bon )|(?<=day )|(?<=day, ))the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*-)"
    r"(?!\s+(?i:of|century|centuries|floor|battalion|brigade|division|regiment|corps|squadron|fleet|army|company|"
    r"anniversary|round|time|place|year|day|week|month|hour|minute|street|avenue|district|grade|birthday|amendment|"
    r"edition|session|congress|parliament|infantry|armou?red|mechani[sz]ed|largest|biggest|most|such|in\s+a\s+row)\b)"
    r"(?=\s*$|\s*[^\w\s]|\s+(?:[A-Z0-9]|(?:at|in|on|and|but|or|when|after|before|to|for|with|by|from|as|the|a|an|"
    r"that|which|this|he|she|they|we|it|i|until|till|through|while|there|his|her|their|its|our|was|were|is|are|"
    r"will|would|had|has|have|killed|left|saw|brought)\b|[a-z]+ed\b))"
)
"""``on the 6th``, ``Saturday the 12th``: a day of the month the text was written in (or the one before); not
``on the 19th wagon``, an ordinal before its noun, in whatever case it is written (``on the 4th Infantry
Division``)."""
_WEEKDAY_ORDINAL = re.compile(
    rf"\b{_WEEKDAY},?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*-)"
    r"(?!\s+(?i:of|century|centuries|floor|battalion|brigade|division|regiment|corps|squadron|fleet|army|company|"
    r"anniversary|round|time|place|year|day|week|month|hour|minute|street|avenue|district|grade|birthday|amendment|"
    r"edition|session|congress|parliament|infantry|armou?red|mechani[sz]ed)\b)"
)
"""``Tuesday 14th``, ``on Monday the 3rd``: a weekday with its day of the month, the month left unsaid."""
_WEEKDAY_MONTHS = 3
"""How many months before or after the day of writing a ``Tuesday 14th`` is looked for in."""
_MONTH_ALONE = re.compile(
    r"\b(?P<month>January|February|March|April|June|July|August|September|October|November|December|"
    r"(?<=\bin )May|(?<=\bof )May)\b"
)
"""A month named alone (``taken in October …, on the 12th``): the month a following ``the 12th`` is in."""
_PERIOD = re.compile(
    r"(?i)\b(?P<lead>last|this|next|earlier\s+this|later\s+this|this\s+past)\s+(?P<unit>week|month|year)\b"
    r"(?!\s+of\s+(?-i:" + "|".join(name.capitalize() for name in MONTH_NAMES) + r")\b)"  # "the last week of May"
)
_WEEKDAY_MENTION = re.compile(
    r"(?P<habit>\b(?i:a|an|any|every|each|one)\s+)?"
    rf"\b(?:(?P<lead>last|next|this|on)\s+)?{_WEEKDAY}\b"
    r"(?P<tail>,?\s+(?:\d|[A-Z][a-z]+\.?\s+\d|the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+[A-Z][a-z]+))?"  # followed by
    # its date: "Monday, 3 October", "Monday the 21st of September"
)


_MONTH_STARTS = tuple(name.capitalize() for name in MONTHS if len(name) == 3)
_FUTURE = re.compile(
    r"(?i)\b(?:will|would|shall|going to|(?:is|are|was|were) (?:due|set (?:to|for)|expected|scheduled|to)|plans? to|"
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?:planned|scheduled)|upcoming|expected to|expects?|"
    r"hopes? to|intends? to|aims? to|tomorrow|later this|must)\b|"
    r"['’]ll\b"
)
"""Words that put a sentence in the future: a weekday in it is the coming one (not ``planned`` as an adjective:
``switched off for a planned upgrade``)."""
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|went|came|said|took|began|left|met|held|fell|struck|broke|sent|told|gave|made|"
    r"saw|spoke|wrote|flew|ran|won|lost|brought|thought|found|led|got|chose|drove|knew|rose|stood|sold|paid|built|"
    r"kept|felt|heard|meant|sank|shot|fought|froze|seized|agreed|freed|ago)\b"
)
"""Words that put a sentence in the past (checked after ``_FUTURE``: ``scheduled`` is future)."""
_PAST_ED = re.compile(
    r"(?i)\b\w{2,}[^e\W]ed\b(?=\s*$|\s*[,.;:]|\s+(?:on|in|at|that|to|by|for|with|from|the|a|an|its|their|his|her|"
    r"this|these|it|them|him|us|last|yesterday|early|late|about|over|into|out|up|down|off)\b|\s+\d)"
    r"|(?<![\w'’])(?:i|we|they|he|she|who)\s+\w{2,}[^e\W]ed\b"
)
"""A word in -ed used as a verb (``announced on``, ``seized the``, ``reported 4,800``, ``they reported``), not as an
adjective (``an updated analysis``)."""
_PASSIVE = re.compile(r"(?i)\b(?:be|being|is|are|am)\s+(?:\w+ly\s+)?$")
"""``will be held``, ``if it is lodged on Monday``: a participle after ``be`` or ``is`` says nothing of the
past."""
_SAYING_VERBS = (
    "said says told tells stated warned claimed insisted believed thought announced confirmed reported explained "
    "suggested added noted agreed decided"
)
THAT_CLAUSE = (
    r"(?:that(?=\s+(?:the|a|an|it|its|they|their|he|his|she|her|we|i|you|there|this|these|those|no|all|some|any)\s)"
    r"|that(?=\s+[A-Z])"
    r"|that(?=\s+[a-z]+s\s+(?:say|said|claim|claimed|believe|believed|told|reported|had|have|were|are)\s)"
    "|(?:" + "|".join(f"(?<={verb} )" for verb in _SAYING_VERBS.split()) + ")that)"
)
"""``that`` opening a clause (``said that``, ``that the …``, ``complaints that residents say they made``), not
``that demand`` (a determiner)."""
_CLAUSE_START = re.compile(
    rf"[;:]\s|,\s+(?=(?:and|but|while|as)\s)|\s(?=(?:{THAT_CLAUSE}|which|who|whether|when|because)\s)"
)
"""Where a clause with a tense of its own may start inside a sentence."""
_NAMED_DAYS = tuple(name.capitalize() for name in WEEKDAYS)
_RELATIVE_WORDS = (*_DAY_WORDS, " ago", "week", "month", "year")
_MAY_HOLD_DATE = re.compile(rf"\d|{'|'.join(_MONTH_STARTS + _NAMED_DAYS)}|(?i:{'|'.join(_RELATIVE_WORDS)})")
"""What every pattern above needs: a digit, a month or weekday name (capitalised), or a relative day. Text
without any of them states no date, and most passages are such text."""
_ASCII_DATE_SIGNS = re.compile("|".join((*"0123456789", *_MONTH_STARTS, *_NAMED_DAYS)))
_ASCII_RELATIVE = re.compile("|".join(_RELATIVE_WORDS))
"""The same test for ASCII text, as plain words (which the regular expression engine finds much faster)."""


def _may_hold_date(text: str) -> bool:
    if text.isascii():
        return _ASCII_DATE_SIGNS.search(text) is not None or _ASCII_RELATIVE.search(text.lower()) is not None
    return _MAY_HOLD_DATE.search(text) is not None


class DateRole(StrEnum):
    """What a date is to the sentence it stands in."""

    EVENT = "event"
    """The day something happened or will happen (``struck on 3 Oct``)."""
    START = "start"
    """The first day of a span (``from 10 to 19 July``, ``between March and May``)."""
    END = "end"
    """The last day of a span."""
    SINCE = "since"
    """The start of a span still running (``no strike since March``): not the day of an event."""
    BOUND = "bound"
    """A limit (``before May``, ``until Friday``, ``through Friday``, ``by June``): the event lies on one side
    of it."""
    SUPERSEDED = "superseded"
    """A day planned and given up (``originally scheduled to begin on 15 May``): not the day of the event."""
    SPEAKING = "speaking"
    """The moment of speaking in a sentence that denies an event (``nothing to announce today``), or that
    names it as the day of something else (``today is the anniversary of …``)."""
    WRITTEN = "written"
    """The day a news dateline gives (``HALDEN, 12 September 2023 — …``): when the text was written."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date a text states, where it stands in the text, and what it is to its sentence."""

    date: StatedDate
    start: int
    end: int
    role: DateRole
    sentence: tuple[int, int]
    """Start and end of the sentence it stands in."""
    relative: bool = False
    """Whether it was resolved against the anchor (``Friday``, ``two days ago``) rather than written out."""


_BOUND_WORDS = ("before", "until", "till", "by", "after", "prior", "ahead", "within", "than", "through", "beyond")
_LEAD_ROLES = {"since": DateRole.SINCE, "from": DateRole.START, "between": DateRole.START}
_LEAD_ROLES |= dict.fromkeys(_BOUND_WORDS, DateRole.BOUND)
"""The role the word that leads a date gives it (``since March``, ``before May``, ``from 10 July``)."""
_LEAD_SKIP = re.compile(
    r"(?i)(?:\b(?:the\s+)?(?:end|start|beginning|middle|close|turn|first\s+half|second\s+half|spring|summer|autumn|"
    r"fall|winter)\s+of\s+|"
    r"\b(?:early|late|mid|on|in|the|at|of)[\s-]+|\s+)$"
)
_LEAD_WORD = re.compile(r"(?i)\b(?P<word>[a-z]+)\s*$")
_AS_OF = re.compile(r"(?i)\bas\s+of\s+(?:the\s+)?$")
_DATELINE_HEAD = re.compile(r"\W{0,3}[A-Z][\w.'’ -]{1,40},\s+$")
_DATELINE_TAIL = re.compile(r"\W{0,3}\s*(?:\([A-Z][\w .&/-]{0,30}\)\s*)?(?:[—–]|--?\s)")
"""After a dateline's date: a dash, after the agency's name or not (``(WAM) --``)."""
_SPAN_GAP = re.compile(r"(?i)\s*(?:[-‐‑–—]|\b(?:and|to|until|till|through)\b)\s*")
_SPAN_OPENING = re.compile(r"(?i)\b(?:between|from)\s+$")
_SUPERSEDED_PLAN = re.compile(
    r"(?i)\b(?:(?:originally|initially|previously|first)\s+(?:been\s+)?|(?:was|were|had\s+been)\s+)"
    r"(?:scheduled|planned|set(?=\s+(?:to|for)\b)|due|expected|slated)\b|\b(?:had\s+)?(?:hoped|planned|intended|aimed|meant)\s+to\b"
)
"""Before a date (within its clause): a plan given up, or one told of as past (``which was due to open on 3
February``, ``had hoped to restart it on 1 July``), or a promise (``promised the footbridge for 3 March``), whose day
is not known to be the event's."""
_PROMISED = re.compile(r"(?i)(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )\b(?:promised|pledged|vowed)\b")
"""A promise before a day (``promised the footbridge for 3 March``): told in the past, of a day that may lie ahead."""
_EXTENDED_TO = re.compile(
    r"(?i)\b(?:extend|extends|extended|extending|prolong|prolonged)\b[^.;:]{0,70}?\b(?:to|until|till|through)\s+"
    r"(?:the\s+)?(?:end\s+of\s+)?$"
)
"""Before a date: the new end of something made longer (``extended its campaign by two weeks, to 19 May``)."""
_CORRECTED = re.compile(
    r"(?i)\b(?:(?:earlier|previous|original|initial)\s+version|(?:incorrectly|wrongly|mistakenly|erroneously))\b[^.;]*?"
    r"\b(?:said|stated|reported|gave|misstated|listed)\b"
)
"""Before a date in its sentence: what a correction says was written wrongly (``An earlier version of this timeline
said the order was issued on Saturday, Sep 10``)."""
_IS_DAY_OF = re.compile(r"(?i)\s+(?:is|marks)\b")
"""After ``today``: the day of speaking named as the day of something else (an anniversary), no event."""
NEGATION = re.compile(r"(?i)\b(?:no|not|nothing|never|none|nor)\b|n['’]t\b")
"""A word that denies (``no decision has been made``, ``nothing to announce today``)."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of ``text`` starts and ends (``index.sentences``, every line break ending one), each
    taking the white space after the stop before it, as date reading has always measured them (``_names_another``
    reads a word at a sentence's very start as its opening word only after a line break)."""
    spans, end = [], 0
    for first, last in _sentence_spans(text):
        spans.append((first if "\n" in text[end:first] else end, last))
        end = last
    return spans


_Spans = list[tuple[int, int]]


def _sentence_of(text: str, position: int, spans: _Spans | None = None) -> tuple[int, int]:
    """The span of the sentence ``position`` stands in (of ``spans``, when they are already known)."""
    spans = sentence_spans(text) if spans is None else spans
    if not spans:
        return (0, len(text))
    at = bisect.bisect_right(spans, (position, len(text)))  # the spans starting at or before ``position``
    if at and position < spans[at - 1][1]:
        return spans[at - 1]
    return spans[min(at, len(spans) - 1)]  # in the white space between sentences: the one after it


def date_mentions(text: str, anchor: date | None) -> list[DateMention]:
    """Every date ``text`` states or implies, in text order, with its place, its sentence and its role."""
    mentions: list[DateMention] = []
    spans = sentence_spans(text)
    claimed = _claimed(text, anchor, _FINDERS)
    dateline = next(iter(claimed), None)  # "HALDEN, 12 September 2023 — … today opened": written that day
    day = dateline.dates[0] if dateline and len(dateline.dates) == 1 and _is_dateline(text, dateline) else None
    if day and day.precision is DatePrecision.DAY and day.value != anchor and not isinstance(anchor, YearAnchor):
        claimed = _claimed(text, day.value, _FINDERS)
    for found in claimed:
        sentence = _sentence_of(text, found.start, spans)
        roles = found.roles or (None,) * len(found.dates)
        for stated, role in zip(found.dates, roles, strict=False):
            chosen = role or _role(text, found, sentence)
            if role is DateRole.START and _role(text, found, sentence) is DateRole.SINCE:
                chosen = DateRole.SINCE
            if chosen in (DateRole.EVENT, DateRole.BOUND) and mentions and mentions[-1].role is DateRole.START:
                gap = text[mentions[-1].end : found.start]
                if _SPAN_GAP.fullmatch(gap):
                    chosen = DateRole.END  # "between 1 June and 28 September": the span's last day
            mentions.append(DateMention(stated, found.start, found.end, chosen, sentence, found.relative))
    return mentions


def _is_dateline(text: str, found: _Found) -> bool:
    """Whether ``found`` is the date of a dateline that opens ``text`` (``HALDEN, 12 September 2023 —``)."""
    head = _DATELINE_HEAD.fullmatch(text[: found.start])
    return head is not None and _DATELINE_TAIL.match(text, found.end) is not None


def _role(text: str, found: _Found, sentence: tuple[int, int]) -> DateRole:
    if _is_dateline(text, found):
        return DateRole.WRITTEN
    before = text[sentence[0] : found.start]
    while (trimmed := _LEAD_SKIP.sub("", before)) != before:
        before = trimmed
    lead = _LEAD_WORD.search(before)
    word = lead.group("word").lower() if lead else ""
    plan_from = max(sentence[0], found.start - 60, text.rfind(",", 0, found.start), text.rfind(";", 0, found.start))
    if _SUPERSEDED_PLAN.search(text, plan_from, found.start):
        return DateRole.SUPERSEDED
    promise = _PROMISED.search(text, plan_from, found.start)
    if promise and not any(_past_markers(text[promise.end() : found.start], past) for past in (_PAST, _PAST_ED)):
        return DateRole.SUPERSEDED  # "promised the footbridge for 3 March"; not "promised for March opened in June"
    if _EXTENDED_TO.search(text[max(sentence[0], found.start - 90) : found.start]):
        return DateRole.END  # "extended the campaign by two weeks, to 19 May": where it now ends
    if _CORRECTED.search(text, sentence[0], found.start):
        return DateRole.SUPERSEDED  # "An earlier version of this story said … on Saturday, Sep 10": set right since
    if word in _LEAD_ROLES:
        return _LEAD_ROLES[word]
    if _AS_OF.search(text, sentence[0], found.start):
        return DateRole.BOUND  # "as of this morning, 41 flights have landed": how far things stood by then
    # "nothing to announce today"; "Today is the 63rd anniversary of the treaty, signed on …"
    speaking = found.relative and found.speaking
    if speaking and (NEGATION.search(text[sentence[0] : sentence[1]]) or _IS_DAY_OF.match(text, found.end)):
        return DateRole.SPEAKING
    return DateRole.EVENT


_LEADING = re.compile(r"\s*(?P<date>[^:—–\n]{4,30}?)\s*(?::(?:\*\*|__)?|\s[—–-])\s")
"""A passage's first words up to a colon or a dash: where a timeline entry, a dateline or a dated note
(``**Editor's note, 10 October:**``) gives its day."""


class YearAnchor(date):
    """A date that only gives the year to dates written without one (``27 June``, ``in March``): the first day
    an undated text writes out in full. Words that count from the day of writing (``today``, ``Friday``,
    ``two days ago``) are not resolved against it."""


class SpanAnchor(YearAnchor):
    """A ``YearAnchor`` in the middle of a span a timeline heading gives (``December 2024 - January 2025``): a
    year-less date under it takes the year of the span's nearest such day, the span's first year or its last."""

    first: int
    last: int


def _span_anchor(low: date, high: date) -> SpanAnchor:
    middle = low + (high - low) / 2
    anchor = SpanAnchor(middle.year, middle.month, middle.day)
    anchor.first, anchor.last = low.year, high.year
    return anchor


def reference_day(texts: list[str]) -> YearAnchor | None:
    """The first day ``texts`` write out in full, as a ``YearAnchor``, or None."""
    return next((_year_anchor(days[0][2]) for days in map(written_days, texts) if days), None)


_SPAN_ROLES = (DateRole.START, DateRole.END)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    dates: tuple[StatedDate, ...]
    roles: tuple[DateRole, ...] = ()
    """For a span (``10-19 July``, ``2014-2015``): the role of each date, start then end."""
    relative: bool = False
    speaking: bool = False
    """A word for the moment of speaking (``today``, ``this morning``)."""


def stated_dates(text: str, anchor: date | None) -> tuple[StatedDate, ...]:
    """The dates ``text`` states or implies, in the order they appear, each once.

    ``anchor`` is the date the text was written (a tweet's timestamp, else its document's date); dates
    without a year and relative ones (``today``, ``Friday``, ``in March``) are resolved against it and left
    out when it is None.
    """
    return tuple(dict.fromkeys(stated for found in _claimed(text, anchor, _FINDERS) for stated in found.dates))


def written_days(text: str) -> list[tuple[int, int, date]]:
    """The days ``text`` writes out in full (``2016-10-03``, ``2016/10/3``, ``3 Oct 2016``, ``3rd of October,
    2016``, ``Oct. 3, 2016``), each with where it starts and ends, in order; a day that does not exist (30 Feb
    2016) is left out. These are the shapes ``stated_dates`` reads as days without needing an anchor."""
    return [(found.start, found.end, found.dates[0].value) for found in _claimed(text, None, _DAYS) if found.dates]


def day_written(text: str) -> date | None:
    """The day ``text`` is, when it is nothing but one day written out in full (see ``written_days``)."""
    days = written_days(text)
    return days[0][2] if len(days) == 1 and days[0][:2] == (0, len(text)) else None


def _claimed(text: str, anchor: date | None, finders: tuple[_Finder, ...]) -> list[_Found]:
    """What the finders find in ``text``, in text order; earlier finders claim their words first."""
    if not _may_hold_date(text):
        return []
    claimed: list[_Found] = []
    for finder in finders:
        for found in finder(text, anchor):
            if not any(found.start < other.end and other.start < found.end for other in claimed):
                claimed.append(found)
    claimed.sort(key=lambda found: found.start)
    if finders is _FINDERS and _SEQUEL_SIGN.search(text):
        claimed = _with_sequels(text, claimed)
    return claimed


def _with_sequels(text: str, claimed: list[_Found]) -> list[_Found]:
    """``the next day``, ``two days later``, ``the day before``: a day counted from the day the text named just
    before, in the same passage."""
    added = []
    for match in _SEQUEL.finditer(text):
        if any(match.start() < other.end and other.start < match.end() for other in claimed):
            continue
        before = [found for found in claimed if found.end <= match.start() and found.dates]
        last = before[-1].dates[-1] if before else None
        if last is None or last.precision is not DatePrecision.DAY:
            continue
        if _APPOSITION.fullmatch(text, before[-1].end, match.start()):
            continue  # "on 24 September, nine days earlier": how far that day lies from another, not a new day
        count = match["count"] or match["count2"]
        number = 1 if count is None else _NUMBER_WORDS.get(count.lower()) or int(count)
        way = (match["way"] or match["way2"] or "").lower()
        backwards = way in ("before", "earlier") or match["before"] is not None
        when = last.value if match["same"] else _shifted(last.value, -number if backwards else number)
        if when is not None:
            added.append(_Found(match.start(), match.end(), (StatedDate(when),), relative=True))
    return sorted(claimed + added, key=lambda found: found.start)


def leading_date(text: str, anchor: date | None) -> date | None:
    """The day a passage opens with, as a timeline entry or a dateline does (``3 Oct 2016: …``), else None."""
    head = _LEADING.match(text)
    if not head or not any(ch.isdigit() for ch in head.group("date")):
        return None
    dates = stated_dates(head.group("date"), anchor)
    if len(dates) != 1 or dates[0].precision is not DatePrecision.DAY:
        return None
    line = text[: text.find("\n")] if "\n" in text else text
    told = [m.date for m in date_mentions(line, anchor) if head.start("date") <= m.start < head.end("date")]
    same_day = len(told) == 1 and (told[0].value.month, told[0].value.day) == (dates[0].value.month, dates[0].value.day)
    if same_day and told[0].precision is DatePrecision.DAY:
        return told[0].value  # "- 3 March: tender launched", written in November: the March gone by, as its words tell
    return dates[0].value


_HEADING = re.compile(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]+\S.*|(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:19|20)\d{2}(?:\*\*|__)?[ \t]*:?)[ \t]*$"
)
"""A heading line (``## Outlook``), or a line that holds a year alone (``## 2020``, ``**2021**``)."""
_YEAR_ALONE = re.compile(r"[\s#*_]*(?P<year>(?:19|20)\d{2})[\s*_:]*")


def year_headings(body: str, document_date: date | None = None) -> list[tuple[int, YearAnchor | None]]:
    """Where each heading of ``body`` starts, with the year it gives to the year-less dates under it: for a line
    that holds a year alone (a timeline's ``## 2020``), an anchor in the middle of that year, so that a year-less
    ``Jan 17`` under it falls in it; for a heading that writes dates of an earlier year than the document's, the
    middle of their span; None for any other heading, and for a year after the document's own."""
    headings: list[tuple[int, YearAnchor | None]] = []
    for match in _HEADING.finditer(body):
        alone = _YEAR_ALONE.fullmatch(match.group(0))
        year = int(alone["year"]) if alone else None
        if year is not None and document_date is not None and year > document_date.year:
            year = None
        if not alone:
            headings.append((match.start(), _heading_span_anchor(match.group(0), document_date)))
            continue
        headings.append((match.start(), YearAnchor(year, 7, 2) if year is not None else None))
    return headings


_HEADING_SPAN_DAYS = 400
"""The longest span a timeline heading's dates may cover for it to give years to the dates under it."""


def _heading_span_anchor(line: str, document_date: date | None) -> YearAnchor | None:
    """For a timeline heading that writes its dates with their years, in a year before the document's
    (``### December 2024 - January 2025: first challenge``, ``### 2 October 2024: permit granted``), an anchor
    in the middle of what they span, so that a year-less ``9 December`` under it falls in 2024 and ``12 January``
    in 2025; None for any other heading, or one spanning more than ``_HEADING_SPAN_DAYS``."""
    days = [m.date.value for m in date_mentions(line, None)]
    if not days or (document_date is not None and max(days).year >= document_date.year):
        return None
    low, high = min(days), max(days)
    if (high - low).days > _HEADING_SPAN_DAYS:
        return None
    return _span_anchor(low, high)


_BOLD_LINE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+(?:\*\*|__)?|\*\*|__)(?P<text>[^\n*_#]{6,60}?)(?:\*\*|__)?[ \t]*$")
_BOLD_MARKS = ("#", "**", "__")
"""What a text holds if any line of it is ``_BOLD_LINE``'s (a text without them is not searched)."""
_DAY_WORDS_OF_HEADING = frozenset({*MONTHS, *WEEKDAYS, "morning", "afternoon", "evening", "night", "am", "pm"})
_LIVE_WORDS_OF_HEADING = frozenset({"key", "points", "latest", "live", "update", "updates", "updated", "summary"})
"""Beside its day, the words a live page's heading names its own reporting with (not an event: ``Next hearing``)."""
_FILLER_WORDS_OF_HEADING = frozenset({"as", "of", "at", "on", "the"})


def day_headings(body: str, document_date: date | None, title: str = "") -> list[tuple[int, date | None]]:
    """Where each heading of ``body`` starts, with the day the passages under it were written for one that holds
    nothing but a day and words naming a live page's reporting (``**Friday 6 October**``, ``**Key points (as of
    Friday evening, 6 October)**``; not ``**Next hearing 2 April**``), None for any other. The day is the document's,
    or one after it on a live page (a live word in its title or a heading): a programme's days lie ahead."""
    headings = list(_HEADING.finditer(body))
    bold = list(_BOLD_LINE.finditer(body)) if any(mark in body for mark in _BOLD_MARKS) else []
    found: list[tuple[int, date | None]] = [(match.start(), None) for match in headings]
    lines = [title, *(match[0] for match in (*bold, *headings))]
    live = any(set(re.findall(r"[^\W\d_]+", line.lower())) & _LIVE_WORDS_OF_HEADING for line in lines)
    for match in bold:
        if document_date is None:
            break
        text = match["text"]
        days = [m.date.value for m in date_mentions(text, document_date) if m.date.precision is DatePrecision.DAY
                and not m.relative]
        words = set(re.findall(r"[^\W\d_]+", text.lower())) - _DAY_WORDS_OF_HEADING - _FILLER_WORDS_OF_HEADING
        if len(days) == 1 and words <= _LIVE_WORDS_OF_HEADING and (days[0] == document_date
                                                                   or (live and days[0] > document_date)):
            found.append((match.start(), days[0]))
    return sorted(found, key=lambda heading: (heading[0], heading[1] is not None))  # a day heading wins


def with_dates(passages: list[Passage], document_date: date | None, body: str = "", title: str = "") -> list[Passage]:
    """The passages with the dates their words state or imply filled in.

    A passage that opens with a day (a timeline entry) is dated by it, as a tweet is by its timestamp.
    Under a heading that holds a year alone in the document's ``body`` (``## 2020``), up to the next heading,
    year-less dates are of that year. A document without a date gives the year of its passages' year-less dates
    by the last day it wrote out in full before them (a timeline's ``Sep 29`` after its 2016 entries is in 2016),
    or for those before any, by the first day it writes out in full (``reference_day``).
    """
    anchor = document_date or reference_day([passage.text for passage in passages])
    headings = year_headings(body, document_date) if body else []
    written = day_headings(body, document_date, title) if body else []
    dated = []
    for passage in passages:
        at = bisect.bisect_right(headings, passage.start, key=lambda heading: heading[0])
        headed = headings[at - 1][1] if at else None  # the year the last heading before the passage gives
        local = headed or anchor
        at = bisect.bisect_right(written, passage.start, key=lambda heading: heading[0])
        own = passage.date or leading_date(passage.text, local) or (written[at - 1][1] if at else None)
        dated.append(passage.dated(own, stated_dates(passage.text, own or local)))
        if document_date is None:
            days = written_days(passage.text)
            if days:
                anchor = _year_anchor(days[-1][2])
    return dated


def _iso(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _ISO.finditer(text):
        yield from _day(match, int(match["year"]), int(match["month"]), int(match["day"]))


def _day_month_year(text: str, anchor: date | None) -> Iterator[_Found]:
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            yield from _day(match, int(match["year"]), _month(match["month"]), int(match["day"]))


def _month_year(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _MONTH_YEAR.finditer(text):
        stated = _month_date(int(match["year"]), _month(match["month"]))
        if stated is not None:
            yield _Found(match.start(), match.end(), (stated,))


def _day_month(text: str, anchor: date | None) -> Iterator[_Found]:
    if anchor is None and not _ASCII_DATE_SIGNS.search(text):
        return
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(text):
            month, day = _month(match["month"]), int(match["day"])
            if month == 5 and "May" not in match.group(0):
                continue  # "may" in lower case is a verb more often than a month
            base = anchor or _year_anchor(_written_before(text, match.start()))
            if base is None:
                continue
            told = _YEAR_AFTER.match(text, match.end())
            ahead = _YEAR_BEFORE.search(text, max(0, match.start() - 24), match.start()) if told is None else None
            year_told = told or ahead
            if year_told is not None:  # "on Sept. 16 last year", "last year on 4 July"
                year = base.year + {"last": -1, "this": 0, "next": 1}[year_told["which"].lower()]
                closest = _safe_date(year, month, day) if _anchor_year(year, base) else None
            else:
                closest = _nearest_day(text, match.start(), base, month, day)
            if closest is not None:
                yield _Found(match.start(), told.end() if told else match.end(), (StatedDate(closest),))


_NAMED_WEEKDAY = re.compile(rf"(?i)\b{_WEEKDAY},?\s+(?:the\s+)?$")
"""A weekday right before a day without its year (``Thursday, 29 May``)."""
WEEKDAY_REACH = 183
"""A day without its year this near the day of writing (either side) that falls on the weekday written before it
is of that year, whatever the tense of its sentence (``agreed to hold a meeting on Thursday, 29 May``, written on 19
May: the coming one, not a Wednesday of the year before)."""


_YEAR_AFTER = re.compile(r"(?i),?\s+(?P<which>last|this|next)\s+year\b(?!['’])")
_YEAR_BEFORE = re.compile(r"(?i)\b(?P<which>last|this|next)\s+year,?\s+(?:on\s+)?(?:the\s+)?$")
"""Right before a day without its year, the year it falls in (``Last year on 4 July the dam broke``)."""
"""After a day without its year, the year it falls in, counted from the day of writing (``Sept. 16 last year``)."""


def _nearest_day(text: str, position: int, anchor: date, month: int, day: int) -> date | None:
    """A day written without its year: the one nearest the anchor, but not after it in a sentence about the
    past, nor before it in one about the future. After a month or day written out in full earlier in the same
    text (``March 2017: … On 17 March``), the first such day from it, when that is not after the anchor."""
    named = _NAMED_WEEKDAY.search(text, max(0, position - 16), position)
    if named is not None and not isinstance(anchor, YearAnchor):  # "on Thursday, 29 May", written ten days before
        nearest = _closest((_safe_date(anchor.year + n, month, day) for n in (-1, 0, 1)), anchor, "")
        if nearest and abs((nearest - anchor).days) <= WEEKDAY_REACH and nearest.weekday() == WEEKDAYS[
            named["weekday"].lower()
        ]:
            return nearest
    local = _written_before(text, position)
    if local is not None:
        after = next((c for c in (_safe_date(local.year + n, month, day) for n in (0, 1)) if c and c >= local), None)
        if after is not None and (isinstance(anchor, YearAnchor) or after <= anchor):
            return after  # "March 2017: … On 17 March": the first such day from the one written out before it
    candidates = (_safe_date(anchor.year + shift, month, day) for shift in (-1, 0, 1))
    if isinstance(anchor, YearAnchor) or _TARGET_LEAD.search(text, max(0, position - 12), position):
        tense = ""  # "extended the campaign to 19 May": a new end, whatever the tense of the extending
    else:
        tense = tense_at(text, position, of_date=True)
        before = _CLAUSE_START.split(text[_sentence_of(text, position)[0] : position])[-1]
        if tense == "past" and _present_after_past(before):
            tense = ""  # "told us the first crews arrive on June 1st": what was told still lies ahead
        elif tense == "future" and _PLAN_IN_PAST.search(before):
            tense = ""  # "was due back in service on 1 October": a plan told as past, on either side
        if _PROMISED.search(before):
            tense = ""  # "promised the footbridge for 3 March": the day promised lies on either side
        elif tense == "past" and _BY_LEAD.search(text, max(0, position - 12), position) and _TOLD_TO.search(before):
            tense = ""  # "has been asked to report by 1 December": a deadline set lies on either side
    closest = _closest(candidates, anchor, tense)
    return closest if closest and _anchor_year(closest.year, anchor) else None


_BY_LEAD = re.compile(r"(?i)\bby\s+(?:the\s+)?$")
_TOLD_TO = re.compile(
    r"(?i)\b(?:has|have)\s+(?:been\s+)?(?:asked|told|ordered|instructed|required|directed|urged|given\s+until)\s+"
    r"(?:\w+\s+){0,4}?to\s+\w+"
)
"""A deadline set in a perfect (``has been asked to report to me by 1 December``): what is to be done by it lies on
either side of the day of writing (``was told to finish by 3 March`` may be gone by)."""


_PLAN_IN_PAST = re.compile(r"(?i)\b(?:was|were)\s+(?:due|set|expected|scheduled)\b(?!.*\b(?:will|would)\b)")


def _present_after_past(before: str) -> bool:
    """Whether a verb of a plan in the present (``the crews arrive``, ``broke down and resume``) or its infinitive
    (``was remanded to appear``) follows the last past word of ``before``."""
    last = max((end for end, _, _ in _past_markers(before, _PAST) + _past_markers(before, _PAST_ED)), default=0)
    return _PRESENT_VERB.search(before, last) is not None or _PLAN_AFTER_PAST.search(before, last) is not None


def _closest(candidates: Iterable[date | None], anchor: date, tense: str, strict: bool = False) -> date | None:
    """The day nearest the anchor, not after it in a sentence about the past nor before it in one about the
    future; when no day is such, any day (none when ``strict``)."""
    days = [day for day in candidates if day is not None]
    kept = [day for day in days if not ((tense == "past" and day > anchor) or (tense == "future" and day < anchor))]
    return min(kept if kept or strict else days, key=lambda day: abs((day - anchor).days), default=None)


_TARGET_LEAD = re.compile(r"(?i)\b(?:to|until|till|through)\s+(?:the\s+)?$")
"""Before a day that a change aims at (``postponed to``, ``extended until``): the tense of the sentence is the
change's, not the day's."""


def _anchor_year(year: int, anchor: date) -> int | None:
    """``year``, or None when the anchor only gives a year and ``year`` is another: a date without a year in an
    undated text takes the year the text writes, never one before or after it."""
    if isinstance(anchor, SpanAnchor):
        return year if anchor.first <= year <= anchor.last else None
    return None if isinstance(anchor, YearAnchor) and year != anchor.year else year


def _year_anchor(found: date | None) -> YearAnchor | None:
    return YearAnchor(found.year, found.month, found.day) if found is not None else None


_SPAN_LEAD = re.compile(r"(?i)\b(?:from|until|till|through|by|starting|beginning)\s+(?:the\s+)?$")


_SPAN_END_LEAD = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-‐‑–—]\s*|\s+(?:to|until|till|through)\s+)$")
"""Before a date written out in full, what makes it the end of a span (``December 2024 - January 2025``)."""


def _written_before(text: str, position: int) -> date | None:
    """The last day or month written out in full (with its year) before ``position`` in ``text``, not one that a
    span or a limit leads (``from March 1, 2027``), nor the end of a span (``December 2024 - January 2025``: its
    start)."""
    head = text[:position]
    if not any(ch.isdigit() for ch in head):
        return None
    found = (m for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTH_YEAR) for m in pattern.finditer(head))
    for match in sorted(found, key=lambda m: -m.start()):
        if _SPAN_LEAD.search(head, max(0, match.start() - 14), match.start()):
            continue  # "will pay more from March 1, 2027, the agency said on Nov 26": a start, not a day of the story
        if _SPAN_END_LEAD.search(head, max(0, match.start() - 12), match.start()):
            continue  # "December 2024 - January 2025: … on 9 December": the days under a span count from its start
        month = int(match["month"]) if match["month"].isdigit() else _month(match["month"])
        value = _safe_date(int(match["year"]), month, int(match.groupdict().get("day") or 1))
        if value is not None:
            return value
    return None


def _day_range(text: str, anchor: date | None) -> Iterator[_Found]:
    for pattern in (_DAY_RANGE, _MONTH_DAY_RANGE):
        for match in pattern.finditer(text):
            month, first, last = _month(match["month"]), int(match["first"]), int(match["day"])
            if (month == 5 and "May" not in match.group(0)) or not first < last:
                continue
            if match["year"]:
                ends = (_safe_date(int(match["year"]), month, first), _safe_date(int(match["year"]), month, last))
            elif anchor is not None:
                end = _nearest_day(text, match.start(), anchor, month, last)
                ends = (_safe_date(end.year, month, first) if end else None, end)
            else:
                continue
            if ends[0] and ends[1]:
                days = (StatedDate(ends[0]), StatedDate(ends[1]))
                yield _Found(match.start(), match.end(), days, _SPAN_ROLES, not match["year"])


def _month_range(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _MONTH_RANGE.finditer(text):
        first, last = _month(match["first"]), _month(match["month"])
        last_year: int | None = None
        if match["year"]:
            last_year = int(match["year"])
        elif anchor is not None and _SPAN_OPENING.search(text[max(0, match.start() - 9) : match.start()]):
            last_year = _anchor_year(_month_year_near(text, match.start(), anchor, last), anchor)
        if last_year is None:
            continue
        first_year = last_year if first <= last else last_year - 1
        ends = (_month_date(first_year, first), _month_date(last_year, last))
        if ends[0] and ends[1]:
            yield _Found(match.start(), match.end(), (ends[0], ends[1]), _SPAN_ROLES, not match["year"])



def _from_writing_day(finder: Callable[[str, date], Iterator[_Found]]) -> _Finder:
    """A finder of dates counted from the day of writing (``two days ago``, ``Friday``): it finds none without
    that day (no anchor, or one that only gives a year)."""
    return lambda text, anchor: iter(()) if anchor is None or isinstance(anchor, YearAnchor) else finder(text, anchor)


@_from_writing_day
def _ago(text: str, anchor: date) -> Iterator[_Found]:
    for match in _AGO.finditer(text):
        count = match["count"].lower()
        number = _NUMBER_WORDS.get(count) or int(count)
        unit = match["unit"].lower()
        if unit in ("day", "week"):
            when = _shifted(anchor, -number * (7 if unit == "week" else 1))
            stated = StatedDate(when) if when else None
        elif unit == "year" and match["month"]:  # "twenty years ago this month"
            stated = _period_from(anchor, "month", -12 * number)
        else:
            stated = _period_from(anchor, unit, -number)
        if stated is not None:
            yield _Found(match.start(), match.end(), (stated,), relative=True)


_ORDINAL_OF_MONTH = re.compile(
    r"(?i)\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<which>last|this|next)\s+month\b"
)
"""``the 23rd of this month``, ``the 2nd of next month``: a day of the month of writing, or of the one before or
after it."""


@_from_writing_day
def _ordinal_of_month(text: str, anchor: date) -> Iterator[_Found]:
    for match in _ORDINAL_OF_MONTH.finditer(text):
        months = anchor.year * 12 + anchor.month - 1 + {"last": -1, "this": 0, "next": 1}[match["which"].lower()]
        when = _safe_date(months // 12, months % 12 + 1, int(match["day"]))
        if when is not None:
            yield _Found(match.start(), match.end(), (StatedDate(when),), relative=True)


@_from_writing_day
def _ordinal_day(text: str, anchor: date) -> Iterator[_Found]:
    for match in _ORDINAL_DAY.finditer(text):
        day = int(match["day"])
        paragraph = text.rfind("\n", 0, match.start()) + 1
        since = max(0, min(match.start() - 60, max(paragraph, match.start() - 300)))
        near = text[since : match.start()]
        named = [m for pattern in (_DAY_MONTH, _MONTH_DAY, _MONTH_ALONE) for m in pattern.finditer(near)]
        if named:  # "on 9 June and on the 22nd": the month named just before, in its paragraph
            last = max(named, key=lambda m: m.start())
            month = _month(last["month"])
            when = _nearest_day(text, since + last.start(), anchor, month, int(last.groupdict().get("day") or 1))
            when = _safe_date(when.year, month, day) if when is not None else None  # the same month of the same year
        else:
            months = anchor.year * 12 + anchor.month - 1
            around = (_safe_date(n // 12, n % 12 + 1, day) for n in (months - 1, months, months + 1))
            when = _closest(around, anchor, tense_at(text, match.start()), strict=True)
        if when is not None:
            yield _Found(match.start(), match.end(), (StatedDate(when),), relative=True)
            also = _AND_ORDINAL.match(text, match.end())
            other = _safe_date(when.year, when.month, int(also["day"])) if also else None
            if also and other is not None and other > when:  # "on the 5th and 6th": both days of that month
                yield _Found(also.start("day"), also.end(), (StatedDate(other),), relative=True)


_AND_ORDINAL = re.compile(
    r"\s+(?:and|&)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?!\s+(?!(?:at|in|on|and|or|to|from|for|with|by|after|before|when|but|as)\b)[a-z])"
)
"""A second day after an ordinal day (``on the 5th and 6th``, ``on the 13th and the 20th at four stations``), not an
ordinal before a noun (``and 6th place``)."""


@_from_writing_day
def _weekday_ordinal(text: str, anchor: date) -> Iterator[_Found]:
    """``Tuesday 14th``: the 14th that is a Tuesday, in a month near the day of writing (the one named just before in
    its paragraph, when there is one), the nearest such day not after it in a sentence about the past nor before it
    in one about the future; no day when no month near it has such a day."""
    spans: _Spans = []
    for match in _WEEKDAY_ORDINAL.finditer(text):
        spans = spans or sentence_spans(text)
        target, day = WEEKDAYS[match["weekday"].lower()], int(match["day"])
        months = anchor.year * 12 + anchor.month - 1
        around = (_safe_date(n // 12, n % 12 + 1, day) for n in range(months - _WEEKDAY_MONTHS,
                                                                       months + _WEEKDAY_MONTHS + 1))
        fitting = [when for when in around if when is not None and when.weekday() == target]
        when = _closest(fitting, anchor, tense_at(text, match.start(), spans=spans), strict=True)
        yield _Found(match.start(), match.end(), (StatedDate(when),) if when else (), relative=True)


@_from_writing_day
def _period(text: str, anchor: date) -> Iterator[_Found]:
    """``last week``, ``this month``, ``next year``: a week is given as its month (or year) when it lies
    inside one; a week across two years is left out."""
    for match in _PERIOD.finditer(text):
        lead = match["lead"].lower().split()[0]
        unit = match["unit"].lower()
        step = {"last": -1, "next": 1}.get(lead, 0)
        stated: StatedDate | None = None
        if unit in ("year", "month"):
            stated = _period_from(anchor, unit, step)
        else:
            monday = _shifted(anchor, -anchor.weekday() + 7 * step)
            sunday = _shifted(monday, 6) if monday else None
            if monday and sunday and monday.year == sunday.year:
                in_month = monday.month == sunday.month
                stated = _month_date(monday.year, monday.month) if in_month else year_date(monday.year)
        if stated is not None:
            yield _Found(match.start(), match.end(), (stated,), relative=True)


def _period_from(anchor: date, unit: str, count: int) -> StatedDate | None:
    """The month or year (``unit``) ``count`` of them after the anchor's (before it when negative); None when that
    leaves the calendar."""
    if unit == "year":
        return year_date(anchor.year + count) if 1 <= anchor.year + count <= 9999 else None
    months = anchor.year * 12 + anchor.month - 1 + count
    return _month_date(months // 12, months % 12 + 1)


def _year_range(text: str, anchor: date | None) -> Iterator[_Found]:
    for match in _YEAR_RANGE.finditer(text):
        first = int(match["first"])
        second_text = match["second"]
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        if first < second <= first + 50:
            yield _Found(match.start(), match.end(), (year_date(first), year_date(second)), _SPAN_ROLES)


def _month_in_context(text: str, anchor: date | None) -> Iterator[_Found]:
    if anchor is None:
        return
    spans: _Spans = []
    for match in _MONTH_IN_CONTEXT.finditer(text):
        month = _month(match["month"])
        which = [word for word in (match["which"] or "").split() if word != "of"]
        lead = match["lead"].lower()
        if lead == "of" and not which and not re.search(r"(?i)\b(?:end|start|beginning|middle|close|week)\s+of\s*$",
                                                       text[max(0, match.start() - 16) : match.start() + 2]):
            continue  # "of March" alone is too loose ("the Ides of March"); "the end of March" is a month
        direction = which[0] if which else lead  # "in March last year", "last March"
        if direction == "last":
            year = anchor.year - 1 if which or month >= anchor.month else anchor.year
        elif direction == "next":
            year = anchor.year + 1 if which or month <= anchor.month else anchor.year
        elif which:
            year = anchor.year
        else:
            spans = spans or sentence_spans(text)
            toward = _toward_tense(text, match.start("month"), spans)
            lead_in = text[max(0, match.start("month") - 90) : match.start("month")]
            aim = _AIMED.search(lead_in)
            of_year = _A_YEAR.search(text[slice(*_sentence_of(text, match.start(), spans))])
            if of_year:
                aim = None
            elif aim and tense_at(text, match.start("month"), spans=spans) == "past":
                lead = aim["lead"].lower()
                if month < anchor.month and lead in ("from", "by", "starting", "beginning"):
                    continue  # "had agreed to raise the pension from January", in October: this January, or the next?
                if lead == "in" or month < anchor.month:
                    aim = None  # "went to Rome to meet the minister in March": what was done then
            if aim or (month > anchor.month and _EXTENDED_TO.search(lead_in) and not of_year):
                toward = "future"  # "to provide shelter until the end of June", "was extended until the end of June"
            told = _modal_before(text, match.start("month"), spans) or _possible_after(text, match.end(), spans)
            if month < anchor.month and told:
                continue  # "could reopen in May", "said the levy would last beyond March", in June: which May?
            year = _month_year_near(text, match.start(), anchor, month, toward, spans)
        stated = _month_date(year, month) if _anchor_year(year, anchor) else None
        if stated is not None:  # a month before year 1 or after 9999 is no date
            yield _Found(match.start("month"), match.end(), (stated,), relative=True)


def _month_year_near(
    text: str, position: int, anchor: date, month: int, toward: str | None = None, spans: _Spans | None = None
) -> int:
    """The year of a month named without one: the last such month up to the anchor's, or the next one in a
    sentence about the future or a plan in the present (``the first staff arrive in April``), or in one of no
    tense that says a need (``need``, ``must``) when the last is more than half a year before. ``toward``: the
    tense of a month led by ``until``, ``from`` … (see ``_toward_tense``)."""
    tense = toward or tense_at(text, position, spans=spans)
    clause = _clause_words(text, position, position, spans)
    before = _CLAUSE_START.split(text[_sentence_of(text, position, spans)[0] : position])[-1]
    if tense == "past" and toward is None and _present_after_past(before):
        tense = ""  # "the agency said the first staff arrive in April": what was told still lies ahead
    sentence = text[slice(*_sentence_of(text, position, spans))]
    if month > anchor.month and (_possible_after(text, position, spans) or (
        _FORETOLD.search(clause) and not _A_YEAR.search(sentence))
    ):
        return anchor.year  # "a cut in March is off the table"; "said the outlook pointed to rain from April to June"
    if tense == "future" or (not tense and _PRESENT_VERB.search(clause)):
        return anchor.year if month >= anchor.month else anchor.year + 1  # "the first staff arrive in April"
    since = text[position : position + 5].lower() == "since"  # "since March": a time gone by
    if not tense and month > anchor.month and _modal_before(text, position, spans):  # "could come in June"
        return anchor.year
    need = _NEED_VERB.search(clause)
    if not tense and not since and month < anchor.month - 6 and need:  # "children need the second dose in January"
        return anchor.year + 1  # (a clause with no verb, a headline's "Floods in March", keeps the last March)
    return anchor.year if month <= anchor.month else anchor.year - 1


_FORETOLD = re.compile(
    r"(?i)\b(?:outlooks?|forecasts?|projections?|predictions?|predict(?:s|ed)?|foresees?|foresaw)\b"
    r"(?!\s+(?:in|on|at|last|this|since)\b)"
)
"""A forecast in a month's clause (``the outlook pointed to rain from April to June``, ``forecasters predicted
floods in May``), not one dated by it (``predicted in April that …``): a month not reached yet is the coming one,
whatever the tense of the telling."""


_MODAL = re.compile(r"\b(?i:can|could|might|should|would)\b|\bmay\b")


def _modal_before(text: str, position: int, spans: _Spans | None = None) -> bool:
    """Whether a modal stands before ``position`` in its clause, not one of the past (``should have been``), nor one
    a past verb, ``that`` or a form of ``be`` follows."""
    before = _CLAUSE_START.split(text[_sentence_of(text, position, spans)[0] : position])[-1]
    modal = next(reversed(list(_MODAL.finditer(before))), None)
    if modal is None or re.match(r"\s+(?:not\s+)?have\b", before[modal.end() :]):
        return False
    if re.search(r"(?i)\b(?:that|is|are|was|were)\b", before[modal.end() :]):
        return False  # "what I can tell you is that at the end of June, …": the modal is not the month's
    return not _past_markers(before[modal.end() :], _PAST) and not _past_markers(before[modal.end() :], _PAST_ED)
"""A modal: a month of its clause that the year has not reached yet is the coming one (``could come in June``), and
one it has passed is not told (``could reopen in May``, written in June: this May, or the next?)."""
_POSSIBLE = re.compile(
    r"(?i)^[^,;:]*?\b(?:is|are)\s+(?:(?:still|now|not|very|quite|more|less|also|firmly|clearly)\s+)*"
    r"(?:possible|likely|unlikely|probable|improbable|on\s+the\s+table|off\s+the\s+table|ruled\s+out|in\s+play)\b"
)
"""After a month, the present of a possibility (``a cut in March is off the table``, ``a deal in May is likely``):
what it weighs is still to come, as after a modal."""


def _possible_after(text: str, position: int, spans: _Spans | None = None) -> bool:
    """Whether a present of possibility follows ``position`` in its clause (``_POSSIBLE``)."""
    return _POSSIBLE.search(_CLAUSE_START.split(text[position : _sentence_of(text, position, spans)[1]])[0]) is not None


_AIMED = re.compile(
    r"(?i)(?<!\bused )\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|be)\b)[a-z]+\s+[^,;:.]{1,60}?"
    r"\b(?P<lead>until|till|beyond|from|by|starting|beginning|in)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$"
)
"""An end after an infinitive and its object (``to provide shelter until the end of June``): what is aimed at,
which lies ahead of the verb it serves (not after ``used to``, a habit of the past, nor in a sentence that names a
year, ``_A_YEAR``)."""
_A_YEAR = re.compile(r"(?i)\b(?:19|20)\d{2}\b|\blast\s+year\b")


def _year_alone(text: str, anchor: date | None) -> Iterator[_Found]:
    """A year that opens a line (``2014: peak deployment``), then one led by a word (``since 2014``)."""
    for match in (*_LEADING_YEAR.finditer(text), *_YEAR_IN_CONTEXT.finditer(text)):
        yield _Found(match.start("year"), match.end("year"), (year_date(int(match["year"])),))


_NIGHT_OF = re.compile(r"(?i)\s+of\b")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|its|their|his|her|our|that|this|every)\s+$")


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’&.-]*\s+$")
"""A capitalised word right before ``Today`` or ``Tonight``: a name's (an outlet, a programme: ``Rail Today``)."""


@_from_writing_day
def _relative_day(text: str, anchor: date) -> Iterator[_Found]:
    for match in _RELATIVE_DAY.finditer(text):
        named = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if match["word"] in ("Today", "Tonight") and named:
            continue  # "Priya Salgado, Rail Today": an outlet's name, no day
        word = " ".join(match["word"].lower().split())  # "the day before yesterday" counts two days back
        night_of = _NIGHT_OF.match(text, match.end()) or _DETERMINER_BEFORE.search(text, 0, match.start())
        if word == "last night" and night_of:
            continue  # "the last night of the festival": the last of several nights, no day before the writing
        when = _shifted(anchor, _DAY_SHIFTS.get(word, 0))
        if when is not None:
            speaking = word not in _DAY_SHIFTS
            yield _Found(match.start(), match.end(), (StatedDate(when),), relative=True, speaking=speaking)


@_from_writing_day
def _weekday(text: str, anchor: date) -> Iterator[_Found]:
    spans: _Spans = []
    for match in _WEEKDAY_MENTION.finditer(text):
        if match["tail"]:
            continue  # "Monday, 3 October 2016": the explicit date says it
        referred = not match["lead"] and _REFERRED.search(text, max(0, match.start() - 5), match.start())
        if match["habit"] or referred:  # "held on a Sunday", "every Monday": a habit, or a day the words do not
            # single out; "on the Saturday", "that Sunday": a day of a week told of before, not the last one
            yield _Found(match.start("weekday"), match.end("weekday"), (), relative=True)
            continue
        spans = spans or sentence_spans(text)  # once per text: sentences found again for each date are quadratic
        target = WEEKDAYS[match["weekday"].lower()]
        back = (anchor.weekday() - target) % 7
        toward = _toward_tense(text, match.start(), spans)
        tense = toward if toward is not None else tense_at(text, match.start(), spans=spans)
        if tense == "past" and _present_after_past(_CLAUSE_START.split(text[_sentence_of(text, match.start(), spans)[0]
                                                                              : match.start()])[-1]):
            tense = "future"  # "talks broke down on Thursday and resume on Monday": the coming Monday
        clause = _clause_words(text, match.start(), match.end(), spans)
        if _GUESS.search(text, max(0, match.start() - 14), match.start()):
            when = None  # "maybe Tuesday, maybe later": a guess names no day
        elif match["lead"] == "next":
            when = _shifted(anchor, (target - anchor.weekday()) % 7 or 7)
        elif match["lead"] != "last" and tense == "future":
            ahead = (target - anchor.weekday()) % 7
            if not ahead and (match["lead"] == "this" or _within_the_day(text, match)):
                when = anchor  # "by noon on Wednesday", "this Wednesday", written that Wednesday: that day
            elif not ahead and _NEXT_ONE.search(text, max(0, match.start() - 60), match.start("weekday")):
                when = _shifted(anchor, 7)  # "the next briefing is on Monday", said on a Monday: not today's
            else:  # "will reopen on Wednesday", written that Wednesday: today, or a week on? Not told
                when = _shifted(anchor, ahead) if ahead else None
        elif match["lead"] == "last":
            when = _shifted(anchor, -(back or 7))
        elif not tense and (toward is not None or _PRESENT_VERB.search(clause)):
            when = None  # "the port reopens on Thursday": a plan, or a headline's past; which one is not said
        else:
            when = _shifted(anchor, -back)
        yield _Found(match.start("weekday"), match.end("weekday"), (StatedDate(when),) if when else (), relative=True)


_GUESS = re.compile(r"(?i)\b(?:maybe|perhaps|possibly|probably)\s+(?:on\s+)?$")
_HOUR = (
    r"(?:noon|midday|midnight|close\s+of\s+business|the\s+end\s+of\s+the\s+day|"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|o['’]clock)|\d{1,2}[:.]\d{2})"
)
_HOUR_BEFORE = re.compile(
    rf"(?i)\b(?:(?:by|at|before|until|till|from|after)\s+{_HOUR}\s+(?:on\s+)?|later\s+(?:on\s+)?)$"
)
_HOUR_AFTER = re.compile(
    rf"(?i)\s*(?:morning|afternoon|evening|night|,?\s*(?:by|at|before|until|till|from|after)\s+{_HOUR})"
)


def _within_the_day(text: str, match: re.Match[str]) -> bool:
    """Whether a weekday is told with a time of its day or as later on it (``by noon on Wednesday``, ``Wednesday
    evening``, ``later on Wednesday``): written on that weekday, about the future, it is that same day."""
    start, end = match.start(), match.end("weekday")
    return bool(_HOUR_BEFORE.search(text, max(0, start - 40), start) or _HOUR_AFTER.match(text, end))
_REFERRED = re.compile(r"(?i)\b(?:the|that)\s+$")


_COMING_AND_GOING = (
    "return|travel|arrive|leave|depart|visit|open|reopen|close|resume|begin|start|end|meet|host|head|hold|sail|land|"
    "convene"
)
_ALSO_NOUNS = "march|protest|rally|strike|demonstrate|gather"
"""Verbs of a plan that are nouns too (``a march``): a plan only in their base form after a plural subject."""
_PRESENT_VERB = re.compile(
    rf"(?i)\b(?:(?:{_COMING_AND_GOING})s|flies)\b"
    r"|\b(?:takes\s+effect|comes\s+into\s+(?:force|effect)|kicks\s+in|goes\s+live|expires)\b"
    rf"|\b(?:they|we|people|police|staff|children|men|women|(?!(?:his|its|this|was|has|does|is|as|us|thus|plus)\b)"
    rf"[a-z]+[^\W\ds]s)\s+"
    rf"(?:{_COMING_AND_GOING}|{_ALSO_NOUNS}|fly)\b"
)
"""A verb of coming and going or opening and closing, or of a rule starting or ending (``takes effect``,
``expires``), in the present, in any case (``the port reopens``, ``Quill Returns To The Capital``), or its base
form after a plural subject (``the ministers arrive``, ``unions march``, ``the staff arrive``): what a plan says."""


_PLAN_AFTER_PAST = re.compile(
    rf"(?i)\band\s+(?:{_COMING_AND_GOING})\b|\bto\s+(?:resume|reopen|reconvene|appear|stand\s+trial)\b"
)
"""After a past: a verb of a plan in the present joined by ``and`` (``talks broke down and resume on Monday``) or
the infinitive of one (``was remanded to appear at Crown Court on 7 April``): what lies ahead of the past told."""


_NEED_VERB = re.compile(r"(?i)\b(?:needs?|requires?|must|due|expected)\b")
"""A present verb of need or expectation: a month of no tense in its clause, far behind the time of writing, is the
coming one (``a decision is not expected before the anniversary in February``)."""


_TOWARD = re.compile(
    r"(?i)(?P<source>\b(?:is|are|was|were|am)\s+(?:up\s+|down\s+)?(?=from))?"
    r"\b(?:(?P<end>until|till|beyond)|through|by|(?P<start>from|starting|beginning))\s+"
    r"(?:on\s+|at\s+(?:the\s+)?(?:least|earliest|latest)\s+|the\s+(?:end|start|beginning|middle)\s+of\s+)?$"
)
"""Before a date: a word that leads it as an end or a start (``until at least``, ``a strike from``), which the
tense of its clause points forward or back; not ``from`` right after ``is`` (``the figures are from Monday``,
``turnout is up from Sunday's``), which tells where something comes from."""
_PLAN_OR_NOTICE = re.compile(r"(?i)\b(?:announced|called|told|asked|ordered|urged|advised|warned|planned|extended)\b")
"""A perfect of plan or notice (``have been told to finish by Friday``): an end it leads lies ahead."""
_PRESENT = re.compile(
    r"(?i)\b(?:is|are|am|remains?|stays?|appl(?:y|ies)|(?:has|have)(?P<perfect>\s+(?:\w+ly\s+)?(?:been|\w+(?:ed|en|wn)|"
    r"done|gone|come|run|begun|put|set|cut|hit|let|spent|said|made|had|told|held|met|left|sent|kept|found|brought|"
    r"bought|caught|paid|built|led|got|heard|stood|sold|won|lost|felt|fought|struck))?)\b"
)
"""The present, or a perfect (``has been``, ``have seen``): which side a start or a span it leads lies on is not
told."""
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$")


def _toward_tense(text: str, position: int, spans: _Spans) -> str | None:
    """For a date at ``position`` led by ``until``, ``from``, ``by`` … (else None): ``future`` when the nearest
    tense before it in its clause is the present or the future (``is in effect until``, ``applies from``), or a
    perfect before ``until`` or after a future or a verb of plan or notice (``have been told to clear it by``),
    ``past`` when it is a past (``was closed until``, ``the strike ran from``), ``""`` for any other perfect
    (``has been closed from``, ``have worked through``: time gone by, or to come?); from the words after it when it
    opens its clause; else the tense of its sentence, ``""`` when that says none either (no day then). Not ``as
    of``: ``as of Monday, forty boats have docked`` tells how things stood; nor ``is from`` (see ``_TOWARD``)."""
    lead = _TOWARD.search(text, max(0, position - 30), position)
    if lead is None or lead["source"]:
        return None
    first, last = _sentence_of(text, position, spans)
    before = _CLAUSE_START.split(text[first:position])[-1]
    opens = _CLAUSE_LEAD.fullmatch(text, position - len(before), lead.start())  # "Starting Monday, the ferry …"
    after = _CLAUSE_START.split(text[position:last])[0] if opens else ""
    tense = _nearest_tense(before, True, present=True) or _nearest_tense(after, False, present=True)
    if tense == "perfect":  # "has been closed from Monday", "have worked through Sunday": time gone by, or to come?
        ahead = lead["end"] or (not lead["start"] and (_FUTURE.search(before) or _PLAN_OR_NOTICE.search(before)))
        return "future" if ahead else ""
    return tense or tense_at(text, position, spans=spans)


def _clause_words(text: str, start: int, end: int, spans: _Spans | None = None) -> str:
    """The words of the clause around ``text[start:end]`` (a date), without it."""
    first, last = _sentence_of(text, start, spans)
    return _CLAUSE_START.split(text[first:start])[-1] + _CLAUSE_START.split(text[end:last])[0]


_CLAUSE_LEAD = re.compile(
    r"(?i)\s*(?:[-*•–]\s)?(?:\s|,|\b(?:on|by|in|at|from|until|till|and|but|then|early|late|since|only)\b)*$"
)
"""What may stand before a date that opens its clause: a list's bullet (``- 3 March: tender launched``), then lead
words (``On``, ``and then``)."""


def tense_at(
    text: str, position: int, clause_only: bool = False, of_date: bool = False, spans: _Spans | None = None
) -> str:
    """``future``, ``past`` or ``""`` for the clause ``position`` stands in (then, when its clause says
    nothing, its sentence: ``Tomorrow he returns, and on Monday he hosts …``): the words before it decide
    first (a future word, then a past one), then the words after it. With ``clause_only``, from the clause's own
    words only (``I'll note that the group renamed itself in 2019`` is not about the future). With ``of_date``
    (a date at ``position``), the words after it count only when it opens its clause (``On 12 May the ferry will
    sail``), not when it follows a noun it belongs to (``the medal from August 27 will be given``)."""
    start, end = _sentence_of(text, position, spans)
    start = max(start, text.rfind(": ", start, position) + 1)  # "Vos said: the vote is on 1 December": not "said"
    lead = _DATE_LEAD.match(text, position)  # the date's own preposition ("on Monday"): before it is what comes next
    at = lead.end() if lead else position
    if _NEXT_ONE.search(text, max(start, at - 60), at):
        return "future"  # "the next meeting on 12 May", "the next briefing is on Monday": one still to come
    if _PARTICIPLE_OF_DATE.search(text, max(start, position - 40), position):
        return "past"  # "to beat a record set in 1997": the participle's, whatever the tense of the sentence
    before, after = text[start:position], text[position:end]
    near_before = _CLAUSE_START.split(before)[-1]  # "asked whether it would confirm | that the raid of Feb 26 hit"
    near_after = _CLAUSE_START.split(after)[0]
    parts: tuple[tuple[str, bool], ...] = ((near_before, True), (near_after, False), (before, True), (after, False))
    if of_date and not _CLAUSE_LEAD.fullmatch(near_before):
        parts = ((near_before, True), (before, True))
    found = (_nearest_tense(part, leading) for part, leading in (parts[:2] if clause_only else parts))
    return next((tense for tense in found if tense), "")  # its own clause first, then its sentence


_NEXT_ONE = re.compile(
    r"(?i)\b(?:next|upcoming|forthcoming|the\s+coming)\s+(?!to\b|(?:day|morning|afternoon|evening|night|week|weekend"
    r"|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?:(?!(?:was|were|had|did)\b|[a-z-]+ed\b)[a-z-]+\s+){1,3}(?:on|in|at|for)\s+(?:the\s+)?$"
)
"""Before a date: the next one of something (``the next meeting on 12 May``), which lies ahead."""
_DATE_LEAD = re.compile(r"(?i)(?:on|in|at|for)\s+(?:the\s+)?")
_PARTICIPLE_OF_DATE = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bto )(?<!\bwill )(?<!\bwould )"
    r"(?:(?<=[a-z] )|(?<=[a-z], ))"
    r"\b(?!(?:scheduled|planned|expected|slated|promised|pledged|needed)\b)"
    r"(?:set|built|held|made|laid|won|lost|begun|sunk|shot|found|founded|broken|signed|\w+[^e\W]ed)\s+"
    r"(?:\w+ly\s+)?(?:in|on|during)\s+(?:the\s+)?$"
)
"""A participle right before its date after a noun (``a record set in 1997``, ``the search, declared finished on 4
June``): the date of what the participle tells, which is past."""


def _past_markers(part: str, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    return [
        (m.end(), m.start(), "past")
        for m in pattern.finditer(part)
        if not _PASSIVE.search(part, 0, m.start()) and not _participle_phrase(part, m)
        and not _DETERMINER_BEFORE.search(part, 0, m.start())
    ]


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|our|your|my|this|these|those)\s+$")
"""Before a participle, a word that makes it an adjective (``return the seized tanker``, ``a lost wallet``): no verb
of its own, no past."""


def _participle_phrase(part: str, match: re.Match[str]) -> bool:
    """Whether an -ed word opens a phrase that adds to its clause (``…, followed by a visit on Sunday``,
    ``accompanied by``): a participle, which says nothing of the past."""
    opens = part[: match.start()].rstrip()[-1:] in ("", ",", "(", "—", "–")
    return opens and re.match(r"\s+by\b", part[match.end() :]) is not None


def _nearest_tense(part: str, leading: bool, present: bool = False) -> str:
    """The tense of the marker nearest the date in ``part`` (the words before the date when ``leading``, else
    after it): ``I'll add that the ministry announced on Tuesday`` is past. A future marker wins a tie
    (``scheduled``). With ``present``, the present counts as the future, and a perfect (``has announced``) is
    ``perfect``."""
    markers = [(m.end(), m.start(), "future") for m in _FUTURE.finditer(part)]
    markers += _past_markers(part, _PAST) + _past_markers(part, _PAST_ED)
    if present:
        markers = [marker for marker in markers if not _PERFECT.search(part, 0, marker[1])]
        markers += [(m.end(), m.start(), "perfect" if m["perfect"] else "future") for m in _PRESENT.finditer(part)]
    if not markers:
        return ""
    if leading:
        return max(markers, key=lambda item: (item[0], item[2] == "future"))[2]
    return min(markers, key=lambda item: (item[1], item[2] != "future"))[2]


def _day(match: re.Match[str], year: int, month: int, day: int) -> Iterator[_Found]:
    """A day; one that does not exist (30 Feb) still claims its words, so no part of it is read as a date."""
    value = _safe_date(year, month, day)
    yield _Found(match.start(), match.end(), (StatedDate(value),) if value else ())


def _month(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0)


def _month_date(year: int, month: int) -> StatedDate | None:
    """A month as a date (its first day); None when there is no such month (month 0, year 0 or 10000)."""
    first = _safe_date(year, month, 1)
    return StatedDate(first, DatePrecision.MONTH) if first else None


def year_date(year: int) -> StatedDate:
    """A year as a date (its first day)."""
    return StatedDate(date(year, 1, 1), DatePrecision.YEAR)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shifted(anchor: date, days: int) -> date | None:
    """``anchor`` moved by ``days``; None when that leaves the calendar (before year 1, after 9999)."""
    try:
        return anchor + timedelta(days=days)
    except OverflowError:
        return None


_Finder = Callable[[str, date | None], Iterator[_Found]]
_DAYS: tuple[_Finder, ...] = (_iso, _day_month_year)
"""The finders of days written out in full."""
_FINDERS: tuple[_Finder, ...] = (
    _iso,
    _day_range,
    _month_range,
    _day_month_year,
    _year_range,
    _month_year,
    _day_month,
    _ordinal_of_month,
    _month_in_context,
    _ago,
    _period,
    _weekday_ordinal,
    _ordinal_day,
    _weekday,
    _relative_day,
    _year_alone,
)
