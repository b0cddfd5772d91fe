"""Renames the corpus states, as alias candidates: ``X, formerly Y``, ``X, now called Y``, ``X became Y in 2019``.

A rename cue links the name before it to the name after it, and a name followed by its initials in brackets
links the two; names are runs of capitalised words. Linked names form groups, those an alias table already
holds left out, shown by ``briefbot aliases suggest`` for a person to accept into ``aliases.toml``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from index.aliases import AliasTable, name_words
from index.dates import MONTH_NAMES, WEEKDAYS
from index.sentences import sentences

_NAME = re.compile(
    r"(?:[A-Z][\w'’.\-]*|al-[A-Z][\w'’\-]*)"
    r"(?:\s+(?:(?:of|for|and|&|in|on|the|al|de|du|el)\s+)*(?!(?:the|and)\s)(?:No\.\s+\d+\b|[A-Z][\w'’.\-]*|al-[A-Z][\w'’\-]*))*"
)
"""A run of capitalised words, joined by small words or ``&`` (``Halden & Roe``), a number after ``No.`` kept
(``Works Branch No. 3``)."""
_INITIALS = re.compile(
    r"\s*\(([A-Z][A-Za-z0-9\-]{1,9})\)|,?\s+or\s+([A-Z][A-Za-z0-9\-]{1,9})\b(?!\s+[A-Z])"
    r"|\s*\|\s*([A-Z][A-Za-z0-9\-]{1,9})(?=\s*[;,|])"
)
"""Initials after a name: in brackets (``Office for Water Safety (OWS)``), after ``or`` (``…, or OWS``) or in the
next cell of a table's row (``| Joint Inspection Centre | JIC; formerly … |``)."""
_CUE = re.compile(
    r"\b(?:formerly(?:\s+(?:known\s+as|called))?"
    r"|(?:is\s+|was\s+)?now\s+(?:called|known\s+as|named)"
    r"|(?:was\s+)?(?:previously|originally)\s+(?:known\s+as|called|named)"
    r"|previously"
    r"|(?:(?<=\()|(?<=,\s))officially"
    r"|(?:still|locally)\s+known\s+(?:to\s+[\w\s]{1,30}?\s+)?as"
    r"|(?:also|better|commonly|widely|locally|popularly)\s+(?:known\s+as|called)"
    r"|(?:(?<=\()|(?<=,\s))the\s+former(?:\s+(?!(?:of|for|to|in|at|home|site|seat)\b)[a-z][\w\-]*){0,3}"
    r"|(?<=\()now"
    r"|(?:was\s+)?known\s+until\s+[^,;]{0,40}?\s+as"
    r"|(?:which|that|it|It)\s+(?:until\s+[^,;]{0,30}?\s+)?was\s+(?:called|known\s+as|named)"
    r"|(?:which|that|what)\s+until\s+[^,;]{0,30}?\s+was"
    r"|used\s+to\s+(?:be(?:\s+(?:called|known\s+as))?|call\s+itself)"
    r"|(?:goes|went|go)\s+by\s+the\s+name(?:\s+of)?"
    r"|remember(?:ed)?\s+as"
    r"|(?:once|then)\s+(?:called|known\s+as|named)"
    r"|(?:renamed|rebranded)\s+(?:itself\s+)?(?:(?:in|on|last|this)\s+[\w\s]{1,20}?\s+)?(?:as\s+|to\s+)?"
    r"|trad(?:es|ed|ing)\s+as"
    r"|changed\s+its\s+name\s+to"
    r"|began\s+calling\s+itself"
    r"|calls\s+itself"
    r"|still\s+(?:call|calls|refer\s+to|refers\s+to)\s+it(?:\s+as)?"
    r"|(?:under|by)\s+(?:its|their)\s+(?:former|old|previous|new)\s+name,?"
    r"|(?:back\s+)?when\s+it\s+was\s+(?:tracked|known)\s+as"
    r"|(?:became|becomes|(?:turned|turns)\s+into))\s*(?:the\s+)?"
)
_CUE_NEXT = re.compile(r"\s*(?:[,–—-]\s*(?:it\s+|which\s+|what\s+)?)?(?:" + _CUE.pattern + ")")
"""A rename cue right after a word (``Trackways used to be``, ``Agrovel – it used to be``)."""
_CALL_IT = re.compile(r"\s+as\s+(?:[\w'’]+\s+){0,5}?call(?:s|ed)?\s+(?:it|them)\b")
"""A name the body goes by that comes before its cue: ``the PHWU, or the Dockers' Guild as many still call it``."""
_MAY_LINK = re.compile(r"\(|\bor\s+[A-Z]|" + _CALL_IT.pattern + "|" + _CUE.pattern)
"""What a sentence that links two names holds somewhere (its names are looked for only then)."""
_CUE_WORDS: tuple[str, ...] = ("(", " or ", "formerly", "now", "previously", "originally", "known", "called")
_CUE_WORDS += ("named", "call ", "calls", "calling", "name", "remember", "renamed", "rebranded", "trad", "tracked")
_CUE_WORDS += ("used to", "until", "former", "officially", "still", "became", "becomes", "turned into", "turns into")
"""Every cue, and every statement of initials, holds one of these (casefolded)."""
_LEADING = re.compile(r"^(?:The|A|An|This|That|Its|Their|Your|Our|In|On|At|By|Since|When|After|Before|From)\s+")
_TITLE = re.compile(
    r"^.*?\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Gov|Sen|Rep|Prof|Rev|Hon|Brig|Cmdr|Cdr|Pvt|Cpl)\.\s+"
)
"""A person's title cut short, and the words before it (``Yesterday Gen. Tomas Orvik``): the name starts after it."""
_OPENING = re.compile(r"^[A-Z][a-z]+\s+(?:(?:of|for|in|on|and|the)\s+)+(?=[A-Z])")
"""A capitalised common word that opens a sentence and runs on into a name through small words."""
_SKIP = frozenset({"I", "We", "It", "They", "He", "She", "You", "But", "And", "So", "Mr", "Ms", "Mrs", "Dr"})
_CALENDAR_NAMES = "|".join(name.capitalize() for name in (*MONTH_NAMES, *WEEKDAYS))
_CALENDAR = re.compile(rf"\s+(?:in|on|of|and|the|since)\s+(?:{_CALENDAR_NAMES})\b.*$|^(?:{_CALENDAR_NAMES})$")
"""A date run on to a name (``the Southern Guard in May``), or a name that is only a month or a day."""
_CALENDAR_LEAD = re.compile(rf"^(?:{_CALENDAR_NAMES})\s+(?:the|of|in|on)\s+(?=[A-Z])")
"""A month or a day run on to the name after it (``On 1 May the Orrin Board``)."""
_GAP_WORDS = 8
"""The most words between a name and the rename cue that follows it."""
_GAP_MARKS = frozenset(",;:–—-(")
_GAP_OPENERS = frozenset({"which", "that", "what", "who", "was", "is", "has", "had", "now", "and", "it", "itself"})
_NOUN_BEFORE_CUE = re.compile(
    r"\b(?:the|a|an|its|their|this|our|your)(?:\s+(?!(?:and|or|now|was|is|has|had|which|that|who|it|then|still)\b)"
    r"[a-z][\w'’\-]*){1,3}[\s,–—-]*$"
)
"""A gap between a name and a rename cue that ends on a thing of its own (``has confirmed that the landfill,``)."""
_LONGEST = 8
"""Words a name may have (a longer run of capitals is a title)."""
_ROLES = frozenset(
    {"minister", "director", "secretary", "president", "chief", "head", "deputy", "governor", "mayor", "chair"}
    | {"chairman", "chairwoman", "ambassador", "commissioner", "adviser", "advisor", "spokesman", "spokeswoman"}
    | {"spokesperson", "general", "colonel", "captain", "professor", "judge", "editor", "manager", "member"}
)
"""Words that open a post rather than a body's name: ``Ms Varga used to be the Director of Ports`` names her
former post, not another name of hers; ``Commissioner Ana Roos of the Fire Service`` names the body after ``of``."""
_BECOMING = re.compile(r"became|becomes|turn")
"""A cue that tells a rename as a change (``X became Y``): the same words tell of a post, a state or a thing."""
_OFFICE = _ROLES | frozenset(
    {"prime", "chancellor", "premier", "leader", "speaker", "king", "queen", "senator", "envoy", "officer"}
    | {"executive", "commander", "inspector", "treasurer", "attorney", "coach", "champion", "chief", "ceo", "mp"}
    | {"spokesman", "spokeswoman", "councillor", "superintendent", "justice", "vice", "acting", "interim"}
)
"""Words of a post: after ``became`` they name what a person became (``Rusk became Port Director``), not a name."""
_AFTER_NEW_NAME = frozenset(
    {"in", "on", "at", "after", "before", "when", "from", "last", "this", "and", "with", "by", "following", "under"}
    | {"until", "as", "earlier", "later", "early", "late", "for", "but", "while", "which", "through", "amid", "since"}
    | {"then", "once", "officially", "itself", "overnight", "again", "formally", "only"}
)
"""Words that may follow the new name after ``became``; another lower-case word makes the name a noun's
modifier (``became the Harbour Authority chief``)."""
_NEXT_WORD = re.compile(r"\s*([a-z][\w'’\-]*)")
_GENERIC = frozenset(
    {"agency", "authority", "bank", "board", "bureau", "commission", "committee", "company", "council", "court"}
    | {"department", "directorate", "fund", "group", "league", "ministry", "office", "party", "service", "society"}
    | {"trust", "union", "association", "federation", "institute", "mission", "movement", "front", "army"}
)
"""Nouns that, alone, are how a text refers to a body it named in full (``the Trust``, ``Your Union``): they stand
for the latest name before them ending in that noun. Without one (the passage read alone), the noun is searched
for the body's full name but never taken for a name a question holds or suggested for ``aliases.toml``: every
trust of the corpus would be linked to one."""
_POST_OF = re.compile(r"^.*?\bof\s+(?:the\s+)?(?=[A-Z])")
"""A post and a person's name up to the body they serve (``Secretary-General of the``)."""
_DESCRIPTION = re.compile(r"The\s+([a-z]+|[A-Z][a-z]+)\b")
"""A sentence opening on a noun for a body named before (``The council, which renamed itself …``; ``The
Commission – some of you still call it …``)."""
_SUBJECT_PRONOUN = re.compile(r"It(?:\s+(?:was|is|has\s+been|had\s+been))?\s*$")
"""A sentence opening on ``It`` up to its rename cue (``It was formerly the Pensions Board``): the name renamed is
the one the sentence before opens with."""
_SINCE_WHEN = re.compile(r"(?:Until|Till|Before|Up\s+to)\s+[\w\s]{1,25}?,?\s*$")
"""A time that opens a sentence before its ``it was known as`` (``Until 2019 it was known as the Seed Centre``)."""



@dataclass(frozen=True, slots=True)
class Rename:
    """Two names the corpus gives one body, and where it says so."""

    first: str
    second: str
    evidence: str
    """The sentence that says it."""
    where: str
    """The document it is in (its path in the corpus)."""


@dataclass(slots=True)
class Suggestion:
    """A group of names to add to ``aliases.toml``, with the sentences that link them."""

    key: str
    names: list[str]
    evidence: list[Rename] = field(default_factory=list)
    extends: str | None = None
    """The key of the existing group that already holds one of the names, if any."""

    def toml(self) -> str:
        """The group as a line of ``aliases.toml``."""
        names = ", ".join(json.dumps(" ".join(name.split()), ensure_ascii=False) for name in self.names)
        return f"{self.key} = [{names}]"


def find_renames(text: str, where: str = "") -> list[Rename]:
    """The renames and initials one text states."""
    found: list[Rename] = []
    if not _may_link(text):
        return found
    every = sentences(text, lines=False)
    for number, sentence in enumerate(every):
        if not _may_link(sentence) or not _MAY_LINK.search(sentence):
            continue
        names = _names(sentence)
        before = _Before(every[:number])
        for first, second in _linked(sentence, names, before):
            first, second = _named(first, sentence, names, before), _named(second, sentence, names, before)
            if name_words(first) and name_words(second) and name_words(first) != name_words(second):
                said = sentence  # ``It`` or ``The council`` is said with the sentence before when that names it
                if number and first not in sentence and first in every[number - 1]:
                    said = f"{every[number - 1]} {sentence}"
                found.append(Rename(first, second, " ".join(said.split()), where))
    return found


def suggest(texts: Iterable[tuple[str, str]], aliases: AliasTable | None = None) -> list[Suggestion]:
    """Groups of names linked by the renames in ``texts`` (pairs of text and where it is), leaving out links an
    alias table already makes; a group that shares a name with an existing one says which."""
    aliases = aliases or AliasTable()
    owner = {words: group.key for group in aliases.groups for words in map(name_words, group.names)}
    renames = []
    for text, where in texts:
        for rename in find_renames(text, where):
            if _generic(rename.first) or _generic(rename.second):
                continue
            key = owner.get(name_words(rename.first))
            if key is None or key != owner.get(name_words(rename.second)):
                renames.append(rename)
    linked = _Linked(renames)
    groups: dict[tuple[str, ...], Suggestion] = {}
    for words, name in linked.spelling.items():
        suggestion = groups.setdefault(linked.group(words), Suggestion("", []))
        suggestion.names.append(name)
        suggestion.extends = suggestion.extends or owner.get(words)
    for rename in renames:
        evidence = groups[linked.group(name_words(rename.first))].evidence
        if all(rename.evidence != seen.evidence for seen in evidence):
            evidence.append(rename)
    for suggestion in groups.values():
        suggestion.key = suggestion.extends or _key(suggestion.names[0])
    return sorted(groups.values(), key=lambda s: s.key)


class _Linked:
    """The names renames link, grouped: each name's words with its first spelling, and the group it is in."""

    def __init__(self, renames: Iterable[Rename]) -> None:
        self.spelling: dict[tuple[str, ...], str] = {}
        self._parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        for rename in renames:
            first, second = name_words(rename.first), name_words(rename.second)
            self.spelling.setdefault(first, rename.first)
            self.spelling.setdefault(second, rename.second)
            self._parent[self.group(first)] = self.group(second)

    def group(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The words of the name that stands for the group ``words`` is in."""
        while self._parent.setdefault(words, words) != words:
            words = self._parent[words]
        return words


RENAMES_SETTING = "BRIEFBOT_STATED_RENAMES"
"""The setting that turns off answering for a body under the other names the corpus states (``off``); on by
default. Read by the faces' settings and passed in (``Library(stated_renames=...)``)."""


def other_names(question: str, texts: Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The names that ``texts`` state to be another name (an old or a new one, or its initials) of a name the
    question holds, linked through one another (``X, formerly Y``; ``Y (YZ)``), and not in the question; each
    with the words of the name the question holds for it (the longest, when it holds several).

    A name of one word counts as held only as written (case and all: ``EVA`` is not *eva*); a longer one by its
    words."""
    asked = name_words(question)
    linked = _Linked(rename for text in texts for rename in find_renames(text))

    def held(words: tuple[str, ...], name: str) -> bool:
        if _generic(name):
            return False
        if len(words) == 1:
            return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", question) is not None
        return any(asked[n : n + len(words)] == words for n in range(len(asked) - len(words) + 1))

    asked_for: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words, name in linked.spelling.items():
        if held(words, name) and len(words) > len(asked_for.get(linked.group(words), ())):
            asked_for[linked.group(words)] = words
    return [
        (name, asked_for[linked.group(words)])
        for words, name in linked.spelling.items()
        if linked.group(words) in asked_for and not held(words, name)
    ]


def _may_link(text: str) -> bool:
    """Whether ``text`` holds a word every statement of a rename or of initials holds (a quick test: most
    texts hold none, and the cues' pattern is slow to search)."""
    lowered = text.casefold()
    return any(word in lowered for word in _CUE_WORDS)


def _names(sentence: str) -> list[tuple[int, int, str]]:
    """Capitalised names in a sentence, as (start, end, name), a sentence's first word and pronouns left out."""
    names = []
    for match in _NAME.finditer(sentence):
        name = match.group().rstrip(".,'’-")
        start = match.start()
        opening = _OPENING.match(name) if start == 0 else None
        if opening and not _with_own_initials(sentence, match.start(), name):
            # ``Fighters of the Marsh Legion``: the name is after ``of``; ``Transport for Velm (TfV)`` is whole
            start, name = opening.end(), name[opening.end() :]
        stripped = _TITLE.sub("", _LEADING.sub("", name))
        start += len(name) - len(stripped)
        name = _CALENDAR.sub("", stripped)
        lead = _CALENDAR_LEAD.match(name)
        if lead:
            start, name = start + lead.end(), name[lead.end() :]
        if " and the " in name:  # two names joined (``Kelmar and the Eastern Council``): the one nearest the cue
            cut = name.rindex(" and the ") + len(" and the ")
            start, name = start + cut, name[cut:]
        post = _POST_OF.match(name)  # ``Commissioner Ana Roos of the Fire Service``: the body is after ``of``
        if post and _ROLES.intersection(re.split(r"[\s\-]+", post.group().casefold())):
            start, name = start + post.end(), name[post.end() :]
        if not name or name.split()[0] in _SKIP:
            continue
        if start == 0 and " " not in name and not name.isupper() and not _CUE_NEXT.match(sentence, len(name)):
            continue  # any sentence's first word has a capital; one its rename cue follows is a name
        if len(name.split()) > _LONGEST:  # a title
            continue
        names.append((start, start + len(name), name))
    return names


class _Before:
    """The sentences of a text before the one read, asked about only when a sentence opens on ``It`` or ``The
    council``: most renames name both bodies in one sentence."""

    def __init__(self, earlier: list[str]) -> None:
        self._earlier = earlier

    @cached_property
    def subject(self) -> str | None:
        """The name the sentence just before opens with (after ``The``), if any."""
        if not self._earlier:
            return None
        last = self._earlier[-1]
        opening = _LEADING.match(last)
        return next((name for start, _, name in _names(last) if start == (opening.end() if opening else 0)), None)

    @cached_property
    def names(self) -> list[str]:
        """Every name of the sentences before, in order."""
        return [name for sentence in self._earlier for _, _, name in _names(sentence)]


def _linked(
    sentence: str, names: list[tuple[int, int, str]], context: _Before | None = None
) -> list[tuple[str, str]]:
    """The pairs of names ``sentence`` links; ``context`` (the text before it) gives the name a sentence opening on
    ``It`` or ``The council`` refers to."""
    pairs: list[tuple[str, str]] = []
    for _, end, name in names:
        initials = _INITIALS.match(sentence, end)
        if initials is None:
            continue
        bracketed, after_or, in_cell = initials.groups()
        short = bracketed or after_or or in_cell
        spelled = _initials_of(name, short)  # after ``or`` or in a table's cell they must be the name's own
        if short != name and (spelled or (bracketed and short.isupper())):
            pairs.append((name, short))
    afters: list[str] = []
    for cue in _CUE.finditer(sentence):
        after = next((n for s, _, n in names if cue.end() <= s <= cue.end() + 1), None)
        if after is not None and _BECOMING.match(cue.group()) and not _new_name(sentence, cue.end(), after):
            continue
        earlier = [(e, n) for _, e, n in reversed(names) if e <= cue.start() and n not in afters]
        set_off = cue.group().startswith("still")  # ``X – many still call it Y``, not ``people in X still call it``
        before = next((n for e, n in earlier if _joins(sentence[e : cue.start()], set_off)), None)
        if context is not None and ((before is None and not afters) or _described(sentence, before)):
            before = _referent(sentence, cue.start(), context) or before
        if after is None or after.split()[0].casefold() in _ROLES:
            continue
        if before is not None:
            pairs.append((before, after))
        elif afters:
            pairs.append((afters[-1], after))
        afters.append(after)
    for called in _CALL_IT.finditer(sentence):
        alias = next(((s, n) for s, e, n in names if called.start() - 1 <= e <= called.start()), None)
        if alias is None:
            continue
        earlier = [(e, n) for _, e, n in reversed(names) if e <= alias[0] and n != alias[1]]
        body = next((n for e, n in earlier if _joins(sentence[e : alias[0]])), None)
        if body is not None:
            pairs.append((body, alias[1]))
    return pairs


def _new_name(sentence: str, at: int, name: str) -> bool:
    """Whether ``name``, right after ``became`` (at ``at``), is a body's new name: not a post (``Director of Ports``,
    ``Prime Minister``), nor a possessive or a modifier of a noun (``became Velm's first …``, ``became the Harbour
    Authority chief``)."""
    if _OFFICE.intersection(re.split(r"[\s\-]+", name.casefold())) or name.endswith(("'s", "’s")):
        return False
    end = sentence.find(name, at) + len(name)
    following = _NEXT_WORD.match(sentence, end)
    return following is None or following.group(1) in _AFTER_NEW_NAME


def _joins(gap: str, set_off: bool = False) -> bool:
    """Whether the words between a name and a rename cue leave the cue about that name: a few words that open
    with a comma, a dash or a word such as *which* (``X, the group formerly``; ``X was merged and now goes by``),
    not a name used as an adjective (``the Kestrian government has been pointing at the group that calls itself``);
    only with a comma or a dash when ``set_off``."""
    gap = gap.lstrip("*_")  # the emphasis marks closing a name (``**Lusoko Copper**, the former …``)
    words = gap.split()
    if set_off:
        return bool(words) and len(words) <= _GAP_WORDS and gap.lstrip()[0] in _GAP_MARKS
    if not words:
        return True
    if any(mark in gap.strip()[1:] for mark in ";:"):  # ``Ms Roos was with; some know it as …``: another clause
        return False
    if gap.lstrip()[0] not in _GAP_MARKS and _NOUN_BEFORE_CUE.search(gap):
        return False  # ``X said that the landfill, which was known as Y``: the cue is about the landfill
    if "whose" in (word.casefold() for word in words):  # ``X – whose company traded as Y``: Y is not X
        return False
    return len(words) <= _GAP_WORDS and (gap.lstrip()[0] in _GAP_MARKS or words[0].casefold() in _GAP_OPENERS)


def _referent(sentence: str, cue: int, before: _Before) -> str | None:
    """The name a sentence opening on ``It`` or on ``The <noun>`` refers to, when the rename cue at ``cue`` is
    about that opening: ``It`` is the name the sentence before opens with; ``The council`` the latest name
    before it whose last word is that noun (``the Velm Grain Council``)."""
    opening_it = sentence.startswith("It") if cue == 0 else sentence.startswith("it ", cue)
    if _SUBJECT_PRONOUN.match(sentence[:cue]) or (opening_it and (cue == 0 or _SINCE_WHEN.match(sentence[:cue]))):
        return before.subject
    described = _DESCRIPTION.match(sentence)
    if described is None or not _joins(sentence[described.end() : cue]):
        return None
    noun = described.group(1).casefold()
    return _latest_ending_in(noun, before.names)


def _named(name: str, sentence: str, names: list[tuple[int, int, str]], before: _Before) -> str:
    """``name``, or for a body's noun alone (``the Union``, ``Your Union``) the latest name before it ending in that
    noun (``the Dravian Football Union``), when the text has one (``names``: the sentence's)."""
    if not _generic(name):
        return name
    at = sentence.find(name)
    earlier = [*before.names, *(n for start, _, n in names if start < at)]
    return _latest_ending_in(name.casefold(), [n for n in earlier if " " in n]) or name


def _latest_ending_in(noun: str, names: list[str]) -> str | None:
    """The last of ``names`` whose last word is ``noun`` (``the Velm Grain Council`` for *council*)."""
    return next((name for name in reversed(names) if _noun_of(name.split()[-1]) == noun), None)


def _generic(name: str) -> bool:
    """Whether ``name`` is a body's noun alone (``Trust``)."""
    return name.casefold() in _GENERIC


def _described(sentence: str, name: str | None) -> bool:
    """Whether ``name`` is only the noun of the ``The Commission`` a sentence opens with (a body named before)."""
    return name is not None and " " not in name and re.match(rf"The\s+{re.escape(name)}\b", sentence) is not None


def _noun_of(word: str) -> str:
    """A name's word as a noun for it is written: lower case, without a possessive (``Exporters'``)."""
    return word.casefold().rstrip("'’").removesuffix("'s").removesuffix("’s")


def _with_own_initials(sentence: str, start: int, name: str) -> bool:
    """Whether ``name`` (at ``start``) is followed by its initials in brackets."""
    initials = _INITIALS.match(sentence, start + len(name))
    return bool(initials and initials.group(1) and _initials_of(name, initials.group(1)))


def _initials_of(name: str, short: str) -> bool:
    """Whether ``short`` is made of the first letters of ``name``'s words (small words such as *for* may be
    left out or kept: ``TfC`` for ``Transport for Calder``)."""
    words = [word for word in re.split(r"[\s\-]+", name) if word]
    capitals = "".join(word[0] for word in words if word[0].isupper())
    every = "".join(word[0] for word in words)
    letters = short.replace("-", "")
    return letters.upper() in (capitals.upper(), every.upper()) and letters[0].isupper()


def _key(name: str) -> str:
    key = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return key or "group"
