"""Who an article's paragraph quotes or reports: its sayer, when the text says so plainly.

``"We will not pay," said Pavel Rusk, the port's director.``, ``Finance Minister Irena Vasko told parliament that
…``, ``according to Pavel Rusk``, and later ``Rusk said`` or ``she added``: each names one person as the one
speaking. A sayer is read from a paragraph's own words with the quotations in it blanked out (a name quoted inside
another's speech says nothing), and is a person: a body (``the ministry said``, ``the Harbour Authority said``) is
left to the words. A surname alone (``Rusk said``, ``Ms. Rusk said``) is the person named in full before with that
surname; a pronoun (``she said``, ``he added``) is the sayer of that paragraph or the one before, when no other
person is named in between. Two sayers in one paragraph, a pronoun with no clear antecedent, or a surname two
people share give none: no sayer is better than a wrong one. A sayer is never a transcript's speaker: it is kept
apart (``Passage.sayer``), shown as read from the text, and searched in the speaker field of a paragraph whose
words do not name them (``sayer_words``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from index.models import Passage, PassageKind

_CHEAP = re.compile(r"\b(?:said|says|told|added|according)\b")
"""Every attribution read holds one of these words: a paragraph holding none has no sayer (the quick test)."""
_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"]{0,2000}\"")
"""A quotation, blanked before a sayer is looked for: a sayer named inside it is someone else's words."""
_VERB = r"(?:said|says|told|added)"
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)?"
"""A capitalised word of a name (``Rusk``, ``Mbeki-Hart``, ``O’Neill``)."""
_PARTICLE = r"(?:de|van|von|der|da|di|du|al|bin|ibn|el|la|le)"
_RUN = rf"(?:{_CAP}|[A-Z]\.)(?:\s+(?:{_PARTICLE}\s+)?(?:{_CAP}|[A-Z]\.))*"
"""A run of capitalised words: a name, maybe led by a role (``Finance Minister Irena Vasko``)."""
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Capt|Lt|Sgt|Gov|Sen|Rep|Insp|Supt)\.?"
_WHO = rf"(?:{_TITLE}\s+)?{_RUN}"
_PRONOUN = r"(?:he|she|He|She)"
_ROLE_AFTER = (
    r"(?:,\s+(?P<role>(?!(?:who|which|whose|that|when|while|as|and|but|[a-z]+ing)\b)[a-z][^,.;:!?\"“”]{2,80}?))?"
    r"(?=\s*(?:[,.;:!?\"“”]|$))"
)
_SAID_NAME = re.compile(rf"[\"”],?\s+{_VERB}\s+(?P<who>{_WHO}|{_PRONOUN}){_ROLE_AFTER}")
"""``"…," said Pavel Rusk, the port's director.`` / ``"…," said he.``"""
_SAID_ROLE_NAME = re.compile(
    rf"[\"”],?\s+{_VERB}\s+(?P<role>(?:the|its|his|her|their)\s+[a-z][a-z'’\- ]{{2,60}}?),\s+(?P<who>{_WHO})"
    rf"(?=\s*(?:[,.;:!?]|$))"
)
"""``"…," said its regional director, Claire Montaut.``"""
_NAME_SAID = re.compile(
    rf"(?<![\w'’\-])(?P<who>{_WHO}|{_PRONOUN})"
    rf"(?:,\s+(?P<role>(?!(?:who|which|whose|that|when|while|as|and|but|[a-z]+ing)\b)[a-z][^,.;:!?\"“”]{{2,80}}?),"
    rf"|,\s+who\s[^,;:!?\"“”]{{2,100}}?,)?"
    rf",?\s+(?:{_VERB}|warned|insisted|admitted|vowed|conceded|argued|stressed|explained|added)\b"
)
"""``Pavel Rusk said …``, ``Rusk, the port's director, told reporters …``, ``"…," she added.``"""
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?P<who>{_WHO}){_ROLE_AFTER}")
"""``according to Pavel Rusk, the port's director``"""
_OTHER_SAID = re.compile(
    rf"\b(?P<word>[a-z][a-z'’\-]*),?\s+{_VERB}\b|\baccording\s+to\s+(?:the|a|an|its|their)\s"
    rf"|[\"”],?\s+{_VERB}\s+(?:the|its|a|an)\s(?![a-z'’\- ]{{2,60}},\s+[A-Z])"
)
"""Someone the words do not name saying it (``the ministry said``, ``a lorry driver, told …``, ``"…," said the
minister``): another sayer, read where no name or pronoun was."""
_SOFT = frozenset(
    {"he", "she", "who", "which", "that", "and", "but", "also", "later", "then", "previously", "earlier", "had"}
    | {"has", "have", "was", "were", "is", "are", "be", "been", "being", "once", "further", "publicly", "repeatedly"}
    | {"recently", "separately", "yesterday", "today", "tonight", "now", "again", "already", "first", "last", "not"}
    | {"never", "often", "always", "reportedly", "privately", "simply", "just", "initially", "subsequently"}
    | {"as", "what", "would", "will", "could", "should", "might", "may", "must", "can", "did", "does", "do", "so"}
)
"""Words that may stand before ``said`` without being who said it (``he also said``, ``who had said``)."""
_ROLE_WORDS = frozenset(
    {"minister", "prime", "finance", "foreign", "interior", "defence", "defense", "health", "transport", "justice"}
    | {"mayor", "president", "vice", "governor", "chief", "executive", "director", "general", "deputy", "secretary"}
    | {"spokesman", "spokeswoman", "spokesperson", "commissioner", "inspector", "superintendent", "senator", "judge"}
    | {"chairman", "chairwoman", "chair", "head", "leader", "ambassador", "envoy", "professor", "police", "officer"}
    | {"captain", "colonel", "major", "lieutenant", "sergeant", "admiral", "councillor", "councilor", "mr", "mrs"}
    | {"ms", "dr", "prof", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep", "insp", "supt", "opposition"}
    | {"economist", "analyst", "lawyer", "attorney", "founder", "manager", "coach", "editor", "researcher", "mp"}
    | {"premier", "chancellor", "speaker", "treasurer", "auditor", "mediator", "negotiator", "provost", "dean"}
    | {"education", "economy", "energy", "environment", "agriculture", "trade", "labour", "culture", "housing"}
    | {"home", "industry", "security", "affairs", "development", "communications", "press", "state", "assistant"}
    | {"cllr", "trustee", "rector", "dame", "sir", "lord", "lady", "bishop", "father", "rabbi", "imam", "digital"}
    | {"councilwoman", "councilman", "councilmember", "congressman", "congresswoman", "representative", "ceo"}
)
"""Words of a post that may lead a name (``Finance Minister Irena Vasko``): the post, not the person."""
_NOT_A_PERSON = frozenset(
    {"authority", "council", "ministry", "office", "agency", "bank", "group", "police", "service", "department"}
    | {"company", "corporation", "union", "party", "government", "commission", "committee", "court", "institute"}
    | {"university", "association", "board", "trust", "fund", "inc", "ltd", "plc", "news", "times", "post", "army"}
    | {"front", "federation", "league", "mission", "organization", "organisation", "centre", "center", "guard"}
    | {"republic", "kingdom", "states", "emirates", "city", "province", "region", "county", "valley", "island"}
    | {"islands", "airways", "airlines", "rail", "railways", "energy", "works", "mutual", "holdings", "group's"}
    | {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "united", "saudi"}
    | {"port", "saint", "st", "san", "santa", "los", "las", "hong", "sri", "costa", "great", "upper", "lower"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february"}
    | {"march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
    | {"the", "a", "an", "it", "they", "we", "i", "you", "this", "that", "there", "officials", "reuters"}
    | {"but", "and", "asked", "when", "while", "as", "in", "on", "at", "after", "before", "then", "also", "his"}
    | {"her", "their", "its", "our", "my", "some", "many", "residents", "critics", "others", "both", "one"}
    | {"water", "lines", "rescue", "cross", "crescent", "power", "foods", "health", "systems", "network", "media"}
    | {"radio", "tv", "television", "broadcaster", "airport", "hospital", "school", "motors", "mining", "copper"}
    | {"steel", "oil", "gas", "petroleum", "telecom", "logistics", "shipping", "insurance", "relief", "aid"}
    | {"watch", "monitor", "foundation", "alliance", "coalition", "initiative", "project", "society", "research"}
    | {"international", "global", "national", "federal", "regional", "royal", "central", "capital", "partners"}
    | {"estates", "lab", "labs", "laboratory", "consulting", "bureau", "directorate", "inspectorate", "tribunal"}
    | {"parliament", "air", "sky"}
)
"""Words no person's name holds: a body's, a place's or a day's, or a sentence's opening word."""
_FULL_NAME = re.compile(rf"(?:{_CAP}\s+)+{_CAP}")
"""A run of two capitalised words or more: a full name, maybe led by a post (``Judge Maria Ulvestad``)."""
_OTHER_PERSON = re.compile(rf"(?<![\w'’\-]){_CAP}\s+(?:{_PARTICLE}\s+)?{_CAP}(?:\s+{_CAP})?")
"""A name of two or three words: another person between a sayer and a pronoun, when it names no body."""


@dataclass(frozen=True, slots=True)
class _Person:
    """A person the document names in full, with the post it gives them (``the port's director``), if any."""

    name: str
    role: str | None = None


class _Reading:
    """The sayers read so far in one document, in order: the people named in full, and the last sayer."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.last: _Person | None = None
        self.last_at = -2
        """The paragraph the last sayer was read in."""
        self.before = ""
        """The words (quotations blanked) of the paragraph before."""
        self.texts: list[str] = []
        """The paragraphs read so far."""
        self._scanned = 0
        self._runs: dict[str, list[str]] = {}
        """The runs of capitalised words of the first ``_scanned`` paragraphs, by their last word."""

    def person(self, who: str, role: str | None, look_back: bool = True) -> _Person | None:
        """The person ``who`` names: a full name (remembered), or a surname (with or without a title) that one
        person named before in full holds; None for a body, a place or a surname nobody or two people hold."""
        bare = re.sub(rf"^{_TITLE}\s+", "", who)
        titled = bare != who
        words = bare.split()
        post = max((n + 1 for n, word in enumerate(words[:-1]) if _folded(word) in _ROLE_WORDS), default=0)
        lead, words = words[:post], words[post:]  # ``Health Minister``: the post before the name
        cut = max((n + 1 for n, word in enumerate(words[:-1]) if _folded(word) in _NOT_A_PERSON), default=0)
        if cut and _folded(words[cut - 1]) not in _OPENERS:
            return None  # ``the Harbour Authority``, ``Port Selka``: a body or a place
        words = words[cut:]
        first = next((n for n, word in enumerate(lead) if _folded(word) in _ROLE_WORDS), len(lead))
        role = role or " ".join(lead[first:]) or None  # ``On Tuesday Finance Minister``: the post alone
        if not words or any(_folded(word) in _NOT_A_PERSON for word in words):
            return None
        if len(words) == 1:
            named = {p.name for p in self.people if p.name.split()[-1] == words[0]} or (
                self._named_before(words[0]) if look_back else set()
            )
            if len(named) == 1:
                return next((p for p in reversed(self.people) if p.name in named), None)
            return _Person(who) if titled and not named else None
        if len(words) > 4:
            return None
        found = _Person(" ".join(words), role)
        known = next((p for p in self.people if p.name == found.name), None)
        if known is not None and (known.role or not found.role):
            return known
        self.people.append(found)
        return found

    def _named_before(self, surname: str) -> set[str]:
        """The full names holding ``surname`` that the paragraphs read so far give (``Judge Maria Ulvestad``),
        remembered as people; looked for only when a surname alone says it."""
        for text in self.texts[self._scanned :]:
            for match in _FULL_NAME.finditer(text):
                self._runs.setdefault(match.group().rsplit(None, 1)[-1], []).append(match.group())
        self._scanned = len(self.texts)
        named = set()
        for run in self._runs.get(surname, ()):
            person = self.person(run, None, look_back=False)
            if person in self.people and person is not None and person.name.split()[-1] == surname:
                named.add(person.name)
        return named

    def spoken(self, speaker: str, text: str, at: int) -> None:
        """A paragraph its reader gave a speaker (a quotation and its attribution): the last sayer, when a person."""
        self.before, self.last = _QUOTED.sub(_blank, text), self.person(speaker, None)
        self.texts.append(text)
        self.last_at = at

    def sayer(self, text: str, at: int) -> _Person | None:
        """The one person ``text`` (the paragraph at ``at``) says is speaking, if exactly one; remembered as the
        last sayer."""
        before, self.before = self.before, ""
        self.texts.append(text)
        if not _CHEAP.search(text):
            return None
        plain = _QUOTED.sub(_blank, text)
        self.before = plain
        matches = sorted(
            (match.start(), match.end(), match.group("who"), match.groupdict().get("role"))
            for pattern in (_SAID_ROLE_NAME, _SAID_NAME, _NAME_SAID, _ACCORDING)
            for match in pattern.finditer(plain)
        )
        rest = plain
        for start, end, _, _ in matches:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        if any(m.group("word") not in _SOFT for m in _OTHER_SAID.finditer(rest)):
            return None
        found: _Person | None = None
        seen_to = -1  # where this paragraph's sayer was last named
        for start, end, who, role in matches:
            if re.fullmatch(_PRONOUN, who):
                if found is not None:
                    said = found if _alone(found, plain[seen_to:start]) else None
                elif self.last is not None and self.last_at >= at - 1:
                    between = plain[:start] if self.last_at == at else f"{before} {plain[:start]}"
                    said = self.last if _alone(self.last, between) else None
                else:
                    said = None
            else:
                said = self.person(who, role)
            if said is None or (found is not None and said.name != found.name):
                return None  # a sayer not read, or two sayers
            found, seen_to = said, end
        if found is not None:
            self.last, self.last_at = found, at
        return found


def _blank(quote: re.Match[str]) -> str:
    """A quotation with its words left out: its marks stay, to be read as a quotation's end."""
    return quote.group()[0] + "…" + quote.group()[-1]


def _folded(word: str) -> str:
    return word.casefold().rstrip(".")


_OPENERS = frozenset({"but", "and", "as", "then", "also", "on", "in", "at", "after", "before", "when", "while"})
_OPENERS |= {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the"}
"""Words that may open a sentence before its sayer (``On Tuesday Rusk said``): the name is after them."""


def _alone(person: _Person, between: str) -> bool:
    """Whether ``between`` (the words from where ``person`` was named to a pronoun) names no other person."""
    own = set(person.name.split())
    for match in _OTHER_PERSON.finditer(between):
        words = [word for word in match.group().split() if _folded(word) not in _ROLE_WORDS]
        if len(words) > 1 and not own.intersection(words) and not _NOT_A_PERSON.intersection(map(_folded, words)):
            return False
    return True


def sayer_label(person: _Person) -> str:
    """How a sayer is kept with its passage: the name, and the post the document gives (``Pavel Rusk, the port's
    director``)."""
    return f"{person.name}, {person.role}" if person.role else person.name


def sayer_words(sayer: str, text: str) -> str:
    """What a sayer is searched by in the speaker field of a paragraph (``text``) that does not name them (``she
    said``): the name, and the words of office of the post the text gives (``Pavel Rusk director`` for ``Pavel Rusk,
    the port's director``; the post's other words are the paragraph's subject as often, ``the port's``); "" when the
    paragraph holds the surname, which its own words already match."""
    name, _, post = sayer.partition(",")
    if re.search(rf"(?<![\w'’\-]){re.escape(name.split()[-1])}(?![\w'’\-])", text):
        return ""
    office = [word for word in re.findall(r"[\w'’\-]+", post) if _folded(word) in _ROLE_WORDS]
    return " ".join([name, *office])


def with_sayers(passages: Sequence[Passage]) -> list[Passage]:
    """A document's passages with each paragraph's sayer (``Passage.sayer``) read from its words, when the text
    says plainly who speaks; a passage that has a speaker (a turn, a tweet) keeps it and gets none."""
    reading = _Reading()
    out = list(passages)
    for n, passage in enumerate(passages):
        if passage.kind is not PassageKind.PARAGRAPH:
            continue
        if passage.speaker:  # a quotation its reader already gave to its sayer (``index.speakers.quoted_sayer``)
            reading.spoken(passage.speaker, passage.text, passage.position)
            continue
        sayer = reading.sayer(passage.text, passage.position)
        if sayer is not None:
            out[n] = replace(passage, sayer=sayer_label(sayer))
    return out
