"""Speaker labels in transcripts: ``QUESTION:``, ``MR TONER:``, ``MS. NAUERT:``, ``SECRETARY KERRY:``.

A label starts a line, or follows the end of a sentence with no line break when a transcript has been
pasted with its turns run together (``...that you support.MR TONER: Yeah.``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from index.line_cache import kept_lines

_TITLES = (
    "MR", "MS", "MRS", "MISS", "DR", "SECRETARY", "AMBASSADOR", "GENERAL", "GEN", "ADMIRAL", "ADM", "COLONEL", "COL",
    "CAPTAIN", "CAPT", "MAJOR", "LIEUTENANT", "SENATOR", "PRESIDENT", "MINISTER", "SPOKESPERSON", "SPOKESMAN",
    "SPOKESWOMAN", "DEPUTY", "UNDER SECRETARY", "ASSISTANT SECRETARY", "PRIME MINISTER", "FOREIGN MINISTER",
    "SENIOR STATE DEPARTMENT OFFICIAL", "SENIOR ADMINISTRATION OFFICIAL", "SENIOR DEFENSE OFFICIAL", "SENIOR OFFICIAL",
    "COUNCILMEMBER", "COUNCIL MEMBER", "COUNCILLOR", "COUNCILOR", "HON", "MME", "CLLR", "SEN", "REP", "REPRESENTATIVE",
    "CONGRESSMAN", "CONGRESSWOMAN", "GOV", "GOVERNOR", "DETECTIVE", "INSP", "INSPECTOR", "SUPT", "SUPERINTENDENT",
    "SGT", "SERGEANT", "COMMISSIONER", "CONSTABLE", "CHIEF CONSTABLE",
)
_TITLE_PREFIXES = (
    "DET", "DETECTIVE", "CH", "CHIEF", "LT", "LIEUTENANT", "MAJ", "BRIG", "REAR", "VICE", "DEPUTY", "ASST",
)
"""Words before a title that make one title of two or three (``Det. Insp.``, ``Ch Supt``, ``Lt. Gen.``, ``DET CH
SUPT``), each with its full stop or without."""
_QUESTIONERS = ("QUESTION", "Q", "REPORTER", "AUDIENCE MEMBER", "PARTICIPANT", "CORRESPONDENT", "CALLER")
_LABELS_KEPT = 4096
"""How many labels ``is_questioner``, ``is_host``, ``is_role`` and ``surname`` remember their answer for (a text
asks them of the same few labels on every line)."""
_ROLES = (
    *_QUESTIONERS, "ANSWER", "MODERATOR", "OPERATOR", "STAFF", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN",
    "DEPUTY SPOKESPERSON", "DEPUTY SPOKESMAN", "ASSOCIATE SPOKESPERSON", "ASSOCIATE SPOKESMAN", "INTERPRETER",
    "THE PRESIDENT", "THE VICE PRESIDENT", "THE FIRST LADY", "THE SPEAKER", "SOME HON. MEMBERS", "AN HON. MEMBER",
)
"""Labels that name a part in the conversation rather than a person; written in capitals or not."""
_LINES_KEPT = 4
"""How many documents' lines ``labels_alone``, ``unspoken_names`` and the finders of labels alone on their lines
(``caption_turns``, ``dashed_roles``, ``asked_and_answered``) keep their answers for."""

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
"""Capital letters, those of names such as ``ÇAVUŞOĞLU`` too (Latin Extended-A mixes both cases)."""
_NAME = rf"[{_UPPER}][{_UPPER}'’\-]+"
_INITIAL = rf"[{_UPPER}]\."
_TITLE = (
    rf"(?:(?:{'|'.join(sorted(_TITLE_PREFIXES, key=len, reverse=True))})\.?\s+){{0,2}}"
    rf"(?:{'|'.join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))})"
)
_ROLE = "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True))
_CAPS_WORD = rf"(?:{_NAME}\.?|{_INITIAL}|OF|AND|&)"
"""A word of a label in capitals: a name or title (``KIRBY``, ``GEN.``), an initial (``F.``), or ``OF``."""
_LABEL = (
    rf"(?:(?:{_TITLE})\.?(?:\s+(?:{_NAME}|{_INITIAL})){{0,3}}|{_ROLE}"
    rf"|(?:{_NAME}\.?|{_INITIAL}{_INITIAL})(?:\s+{_CAPS_WORD}){{0,7}}\s+{_NAME}|{_NAME})"
)
_MIXED_WORD = rf"[{_UPPER}][a-zß-ÿ'’\-]*[a-zß-ÿ{_UPPER}'’\-]*\.?"
_WHOSE = r"(?:\s*[(\[](?!(?i:via|through|as|by)\s+interpret|(?i:spoke)\s)[^()\[\]\n:]{1,60}[)\]])?"
"""Who a role or a person is, in brackets after the label: the outlet of a reporter (``Reporter (Radio Stellin)``,
``Question [Reuters]``), the name of a spokesperson (``Spokesperson (Lucia Bergamo)``), a delegate's country (``Mr.
Duval (France)``), a member's party (``SEN. MARIA ORTEGA (D-AZ)``)."""
_MIXED_LABEL = (
    rf"(?i:{_ROLE}){_WHOSE}|(?!(?i:rep|sen|gov)\s)(?i:{_TITLE})\.?(?:\s+(?:{_MIXED_WORD}|{_INITIAL})){{1,3}}{_WHOSE}"
)
"""A label in mixed case: a role (``Question``, ``Spokesman``, ``Reporter (Radio Stellin)``) or a title and a
name (``Ms. Ortagus``, ``Cllr Lee``; ``Rep.``, ``Sen.`` and ``Gov.`` with their full stop: ``Rep Theatre`` is none)."""
_INTERPRETED = r"(?:\s*\((?i:(?:via|through|as|by)\s+interpret(?:er|ed|ation)\.?|spoke\s+in\s+\w+)\))?"
"""``(Via interpreter)``, ``(spoke in French)`` between a label and its colon: not part of the speaker's name."""
_NUMBERED = r"(?:\s*\((?:ONE|TWO|THREE|FOUR|FIVE|[1-9])\)|\s+(?:ONE|TWO|THREE|FOUR|FIVE|[1-9]))?"
"""Which of several anonymous officials speaks: ``SENIOR STATE DEPARTMENT OFFICIAL (TWO)``."""
_SPACES = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u3000"
"""The spaces that may stand before a label and between its parts, no-break and typographic ones too."""
_SPACE = f"[{_SPACES}]"
# After a label: a colon, then white space or the end of the line.
_AFTER = r":(?=\s|$)"
# A label at the start of a line (leading spaces, non-breaking ones too, allowed).
_ROLE_AFTER = rf",{_SPACE}+[{_UPPER}][{_UPPER}.'’&\-]*(?:{_SPACE}+(?:[{_UPPER}][{_UPPER}.'’&\-]*|\d{{1,3}})){{0,5}}"
"""A role after a name in capitals and a comma, as television transcripts write it: ``, U.S. LABOR SECRETARY``,
``, CHANNEL 9 ANCHOR``."""
_CAPITALISED = rf"[{_UPPER}][\w'’\-]*\.?"
_PARTICLES = "of|for|the|and|de|del|da|di|du|van|von|der|den|la|le|ap|ab|bin|al"
_CAPITALISED_WORDS = rf"{_CAPITALISED}(?:{_SPACE}+(?:(?:{_PARTICLES}){_SPACE}+){{0,2}}{_CAPITALISED}){{0,5}}"
_MIXED_ROLE_AFTER = rf"{_NAME}(?:{_SPACE}+{_CAPS_WORD}){{0,4}}{_SPACE}+{_NAME},{_SPACE}+{_CAPITALISED_WORDS}"
"""A name of two words or more in capitals and a role in mixed case: ``DALE HUTCHINS, Resident of Port Arden``."""
_OUTLET = rf"/{_SPACE}?[{_UPPER}\d][\w.&'’\-]*(?:{_SPACE}[{_UPPER}\d][\w.&'’\-]*){{0,2}}"
"""A reporter's outlet after a slash: ``KRISTINE BAUTISTA/PTV4``."""
_CAPS_RUN = rf"[{_UPPER}][{_UPPER}.'’&\-]*(?:{_SPACE}+[{_UPPER}][{_UPPER}.'’&\-]*){{0,5}}"
_PARTY = (
    rf",?{_SPACE}*\((?:[DRI]|[DRI]-[{_UPPER}][{_UPPER}a-z.]{{0,14}})\)(?:,?{_SPACE}+{_CAPS_RUN}){{1,2}}"
    rf"|,{_SPACE}+\([DRI]\){_SPACE}+{_CAPS_RUN}"
)
"""A member's party after the name, then a state or a role, as television transcripts write it: ``(R), OHIO``,
``(D-NY), CHAIRMAN, ARMED SERVICES``, ``, (D) OHIO`` (``(D-NY)`` alone is ``_WHOSE``)."""
_TV_STAMP = rf"(?P<stamp>\[\d{{1,2}}:\d{{2}}:\d{{2}}\]{_SPACE}*)?"
"""A television transcript's time before a label: ``[20:00:00] DANA MORROW, HOST:``."""
_AT_LINE_START = re.compile(
    rf"^{_SPACE}*{_TV_STAMP}(?P<label>(?:{_LABEL}){_NUMBERED}(?:{_PARTY}|(?:{_ROLE_AFTER}|{_OUTLET})?{_WHOSE})|{_MIXED_ROLE_AFTER})"
    rf"{_INTERPRETED}{_AFTER}"
)
_TIME_CODE = rf"{_SPACE}*[(\[]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[)\]]"
# A name and a time code, as transcription services write a turn: ``Jen Psaki: (00:22)``, ``Jen Psaki [00:22]:``,
# ``[00:00:04] Maria Lenz:``.
_TIME_CODED = re.compile(
    rf"^(?P<stamp>{_TIME_CODE}{_SPACE})?{_SPACE}*(?P<label>[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){{0,4}})"
    rf"(?::{_TIME_CODE}|{_TIME_CODE}:(?=\s|$)|(?(stamp):(?=\s)|(?!)))"
)
_STAMP_WORDS = frozenset({"UPDATE", "UPDATED", "BREAKING", "ALERT", "LIVE", "LATEST", "NEWS", "FLASH"})
"""Words of a live page's time stamp (``Breaking News Alert (10:32):``), which a time-coded name does not hold."""
# A transcription service's label for a voice it does not name, time code or not: ``Speaker 2 (00:31):``,
# ``Reporter 1 (02:03):``.
_UNNAMED_VOICE = re.compile(
    rf"^{_SPACE}*(?P<label>(?i:speaker|reporter|journalist|questioner){_SPACE}+\d{{1,2}})(?:{_TIME_CODE})?:"
    rf"(?:{_TIME_CODE})?(?=\s|$)"
)
# A label in mixed case at the start of a line: its words must not go on in lower case (that is prose).
_MIXED_AT_LINE_START = re.compile(
    rf"^{_SPACE}*{_TV_STAMP}(?P<label>{_MIXED_LABEL}){_INTERPRETED}:(?:{_SPACE}*$|{_SPACE}+(?![a-z]))"
)
# A name or a title in mixed case before a colon and a capital: ``Lin Qiaoming: At``, ``NATO Secretary General:
# The``, ``President of Varnia Ilya Sorokin:``, a role after a comma (``Kiran Mehta, Official Spokesperson:``) or in
# brackets (``Grant Ellery (Moderator):``), and a sentence to the end of the line. Capitalised words only, but for
# one ``of``, ``for``, ``the`` or ``and`` between two: another word in lower case makes it prose (``The minister
# said:``); no full stop a heading (``Clean Ports: Questions and answers``). A question's number may open the
# sentence (``Rhys Davies: 1. What …``) and its reference close it (``OQ61902``).
_REFERENCE = r"(?:\[[^\]\n]{1,20}\]|[A-Z]{1,4}\d{3,})"
"""A parliamentary question's reference after its sentence (``[6123/26]``, ``OQ61902``)."""
_STAGE_NOTE = r"[(\[](?i:laughter|laughs|applause|crosstalk|inaudible|chuckles|in [a-z]+|as interpreted)[.]?[)\]]\.?"
"""A note of the room or the language opening a turn's words (``(Laughter.)``, ``[Inaudible]``, ``(In Sarvenian.)``)."""
_NAME_AT_LINE_START = re.compile(
    rf"^{_SPACE}*{_TV_STAMP}(?P<label>{_CAPITALISED_WORDS}(?:,{_SPACE}+{_CAPITALISED_WORDS})?{_WHOSE}){_INTERPRETED}:{_SPACE}+"
    rf"(?=(?:\d{{1,3}}\.{_SPACE}+)?(?:{_STAGE_NOTE}{_SPACE}+)?[{_UPPER}\"“'‘][^\n]*[.?!…\"”’]{_SPACE}*(?:{_REFERENCE}{_SPACE}*)?$)"
)
# A label alone on its line, the words on the lines under it: a name and a time code as a transcription service
# writes it (``Deborah Okafor  00:13``, ``Speaker 3  03:20``, surname first: ``Okafor, Deborah  0:41``), or a
# parliament's record of a member and a constituency or a minister (``Ann Lee (Westford) (Lab)``, ``The Minister for
# Ports (Ann Lee)``).
_LABEL_LINE = re.compile(
    rf"^{_SPACE}*(?:(?P<label>(?i:speaker){_SPACE}+\d{{1,2}}|{_CAPITALISED},?(?:{_SPACE}+{_CAPITALISED}){{0,4}})"
    rf"{_SPACE}+(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}"
    rf"|(?:\d{{1,3}}\.{_SPACE}+)?(?P<member>{_CAPITALISED}(?:{_SPACE}+(?:{_CAPITALISED}|of|for|the|and)){{0,7}})"
    rf"(?P<who>{_SPACE}*\([^()\n]{{1,60}}\)){{1,2}}){_SPACE}*$"
)
# A label closed by a full stop, as a hearing's record writes a title and a surname in capitals (``The CHAIRMAN.``,
# ``Senator VASQUEZ.``, ``CHAIR HOLLINS.``) and names in capitals beside them (``RACHEL OKAFOR.``; not a dateline,
# ``NEW YORK.``, where no title so stands: ``unspoken_names``; nor a heading all in capitals), or by a full stop and
# a dash, as a parliament's verbatim report writes a name and a role (``President. –``, ``Klaus Neubauer, on behalf
# of the PPE Group. –``): plain names, speakers where the text shows them to be.
_STOP_TITLE = rf"(?:The|(?i:{_TITLE}|VICE CHAIR|CHAIR(?:MAN|WOMAN)?))\.?"
"""A title before a name closed by a full stop: ``Chair`` too (``CHAIR HOLLINS.``; elsewhere ``Chair …:`` may head a
minute's item)."""
_STOPPED = re.compile(
    rf"^{_SPACE}*+(?P<label>{_STOP_TITLE}(?:{_SPACE}+{_NAME}){{1,2}}(?:{_SPACE}+of(?:{_SPACE}+[{_UPPER}][a-z]+){{1,2}}"
    rf"|{_SPACE}+pro{_SPACE}+tempore)?|(?>{_NAME})(?=[^\n]*[a-z])(?:{_SPACE}+{_NAME}){{1,2}})\.{_SPACE}+(?=[{_UPPER}\"“])"
)
"""(A title's label may end with its member's state, ``Mr. SMITH of Texas.``, or ``pro tempore``, as the United
States' congressional record writes them. The leading spaces and the first name are each taken whole, never given back
a letter at a time: a long run of spaces or a long word in capitals is matched in linear time.)"""
_ON_BEHALF = rf"on{_SPACE}+behalf{_SPACE}+of{_SPACE}"
_DASHED = re.compile(
    rf"^{_SPACE}*+(?P<label>(?P<titled>(?i:{_TITLE}))|{_CAPITALISED}{_SPACE}+{_CAPITALISED_WORDS}"
    rf"(?P<role>,{_SPACE}+(?!{_ON_BEHALF})[^.\n–—:()]{{1,80}}?)?)"
    rf"(?P<group>{_SPACE}*\([^()\n]{{1,30}}\)(?:,{_SPACE}+[^.\n–—:()]{{1,80}}?)?|,{_SPACE}+{_ON_BEHALF}[^.\n–—:]{{1,80}}?)?"
    rf"(?(titled)|(?(role)|(?(group)|(?!))))\.{_SPACE}+[–—]{_SPACE}+(?=\S)"
)
"""(A member's group, in brackets or ``on behalf of`` it, is no part of the name: ``Lena Varga (PPE). –``, ``Tomas
Reyes, on behalf of the S&D Group. –`` and ``Ilse Brandt (Verts/ALE), rapporteur. –`` give the name; a role after a
comma stays, ``Jan Holm, Member of the Commission``. A name needs one or the other.)"""
_STOPPED_OR_DASHED = re.compile(f"(?:{_STOPPED.pattern})|(?:{_DASHED.pattern})".replace("?P<label>", ""))
# The ``Q`` of a White House transcript: without a colon or with a full stop, before a question, or alone on its line.
_BARE_Q = re.compile(rf"^{_SPACE}*(?P<label>Q)(?:\.|{_SPACE}:)?(?:{_SPACE}*$|{_SPACE}+(?=[A-Z0-9(\"“'‘—–\-.…\[]))")
_ANSWER_MARK = re.compile(rf"^{_SPACE}*(?P<label>A){_SPACE}?:{_SPACE}+(?=\S)")
"""An interview's ``A:`` (``A :`` too): the answer's turn, naming nobody."""
# A label run into the previous sentence: sentence-final punctuation or a dash right before it.
_RUN_TOGETHER = re.compile(
    rf"(?<=[.?!…—–\"”’)\]])[ \t]?(?P<label>(?:(?:{_TITLE})\.?(?:\s+{_NAME}){{1,2}}|{_ROLE})){_AFTER}"
)

# A label inside a line, after white space: how turns stand in a transcript squashed onto one line. Not the
# last word of a label in capitals (``TONER`` of ``MR TONER``), nor a time zone (``2:07 p.m. EST``).
_INSIDE_LINE = re.compile(
    rf"(?<=\s)(?<![{_UPPER}]\s)(?<![{_UPPER}]\.\s)(?![ECMP][SD]T\b|GMT\b|UTC\b)(?P<label>(?:(?:{_TITLE})\.?(?:\s+(?:{_NAME}|{_INITIAL})){{1,3}}|{_ROLE}"
    rf"|{_NAME}\.?(?:\s+{_CAPS_WORD}){{0,6}}\s+{_NAME}|{_NAME}|(?i:{_ROLE})){_NUMBERED}){_INTERPRETED}"
    rf":{_SPACE}+(?=[{_UPPER}(\"“'‘—–\-])"
)

# Words in capitals at a line start that are headings or notes, not people.
_NOT_SPEAKERS = frozenset(
    {
        "NOTE", "UPDATE", "EDITOR'S NOTE", "EDITOR’S NOTE", "SOURCE", "URL", "TITLE", "DATE", "PS", "END", "TRANSCRIPT",
        "INDEX", "SUBJECT", "WHAT", "WHERE", "WHEN", "WHO", "BACKGROUND", "PRESENTER", "PRESENTERS", "BRIEFER",
        "BRIEFERS", "LOCATION", "RELATED", "WATCH", "READ MORE", "PHOTOS", "VIDEO", "AUDIO", "BREAKING", "CORRECTION",
        "CLARIFICATION", "FOR IMMEDIATE RELEASE", "MEDIA CONTACT", "CONTACT", "TAGS", "TOPICS", "SHARE", "PRINT",
        "EMAIL", "RELEASE", "EMBARGOED", "Q&A", "APPEARANCES", "PROCEEDINGS", "PRESENT", "AGENDA", "MEMBERS",
        "AIR DATE", "AIRDATE", "AIRED", "BROADCAST DATE", "SHOW", "PROGRAM", "PROGRAMME",
        # the record of a meeting's business in minutes: what was moved and how it was voted, not who spoke
        "MOTION", "VOTE", "MOVED", "SECONDED", "RESOLVED", "CARRIED", "ABSENT", "APOLOGIES", "ALSO PRESENT",
        # a hearing's header: who gives evidence and who sits (``Witnesses: Name and Name.``)
        "WITNESSES", "MEMBERS PRESENT", "IN ATTENDANCE",
    }
)


DASHES = ("—", "–", "-")
"""A turn that opens with a dash takes up a sentence cut off earlier; one that ends with a dash was cut off."""


_ANSWER = "A"
"""An interview's mark for the answer to a ``Q``: a turn with no speaker named."""


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker label found in a line: the name as written and where the turn's words begin."""

    speaker: str
    """The name as written; empty for an answer's mark (``A:``), which names nobody."""
    start: int
    """Offset of the label in the line."""
    text_start: int
    """Offset of the first character after the colon."""
    plain_name: bool = False
    """A name in mixed case with no title or role (``Lin Qiaoming:``): a speaker only where the text shows such
    names to be speakers (``unspoken_names``)."""


def find_labels(line: str) -> list[Label]:
    """All speaker labels in one line, in order: one at its start and any run into earlier sentences."""
    head = label_at_start(line)
    labels = [head] if head is not None else []
    start = head.text_start if head is not None else 0
    if line.find(":", start) < 0:  # each label run into a sentence ends with a colon
        return labels
    for match in _RUN_TOGETHER.finditer(line, start):
        labels.append(Label(_clean(match.group("label")), match.start("label"), match.end()))
    return labels


def labels_inside(line: str) -> list[int]:
    """Where labels stand inside a line after white space: the turns of a transcript squashed onto one line (only
    worth asking of such a line)."""
    return [m.start("label") for m in _INSIDE_LINE.finditer(line) if _is_speaker(m.group("label"))]


def starts_with_label(line: str) -> bool:
    """True when the line begins with a speaker label."""
    return label_at_start(line) is not None


def mostly_labelled(openings: Iterable[str]) -> bool:
    """Whether at least half of the lines or paragraphs (by their first lines) open with a speaker label: the
    rule by which a text is a transcript. A plain name the text does not show to be a speaker's is none."""
    lines = list(openings)
    unspoken = unspoken_names(lines)
    labels = [n not in unspoken and starts_with_label(line) for n, line in enumerate(lines)]
    return bool(labels) and sum(labels) * 2 >= len(labels)


@lru_cache(maxsize=_LABELS_KEPT)
def is_questioner(speaker: str | None) -> bool:
    """True for labels that introduce a reporter's question rather than an answer, and for a voice a transcription
    service leaves unnamed (``Speaker 2``): mostly the press's."""
    if speaker is None:
        return False
    label = _BRACKETED_TAIL.sub("", speaker).upper().rstrip(".")
    return label in _QUESTIONERS or _UNNAMED_VOICE.match(label + ":") is not None


_HOSTS = frozenset({"HOST", "CO-HOST", "ANCHOR", "CO-ANCHOR", "PRESENTER", "CO-PRESENTER", "INTERVIEWER"})
"""The last word of a broadcast's label for the one who puts the questions (``NAME, HOST``, ``NAME, CNN ANCHOR``)."""


@lru_cache(maxsize=_LABELS_KEPT)
def is_host(speaker: str | None) -> bool:
    """True for a label whose role, after its last comma or alone, is a programme's host or interviewer
    (``JAMES HOLLOWAY, HOST``, ``INTERVIEWER``): a questioner when the turn asks something."""
    if speaker is None:
        return False
    role = _BRACKETED_TAILS.sub("", speaker).rsplit(",", 1)[-1].upper().split()
    return bool(role) and role[-1].rstrip(".") in _HOSTS


def asks(speaker: str | None, text: str) -> bool:
    """Whether a turn puts a question: a questioner's (``QUESTION``), or a host's that holds a question mark."""
    return is_questioner(speaker) or (is_host(speaker) and "?" in text)


def questioners(turns: list[tuple[str, str]]) -> frozenset[str]:
    """Of a transcript's (speaker, text) turns, the speakers who put its questions: questioners (``QUESTION``);
    the unnamed voices (``Speaker 2``) too when someone named answers, else only those who mostly ask (a service
    that names nobody leaves the official a ``Speaker 1`` as well); and reporters named with their outlet who ask
    in half their turns or more: ``NAME/OUTLET`` (``KRISTINE BAUTISTA/PTV4``), or ``Name, Outlet`` in two turns or
    more, its part after the comma holding no title (``Tobias Wren, Kestria Radio``; not ``Ann Lee, Minister for
    Ports``, nor a surname first: ``Okafor, Deborah``)."""
    asked = Counter(speaker for speaker, text in turns if "?" in text)
    count = Counter(speaker for speaker, _ in turns)
    asking = {speaker for speaker in count if is_questioner(speaker)} | {
        speaker for speaker, turns_of in count.items() if asked[speaker] * 2 >= turns_of
        and (_REPORTER.search(speaker) or (turns_of > 1 and "," in speaker and " " in speaker.split(",")[0]
                                           and not _titled_tail(speaker)))
    }
    if any(speaker not in asking for speaker, _ in turns):
        return frozenset(asking)
    return frozenset(speaker for speaker, turns_of in count.items()
                     if asked[speaker] * 2 > turns_of or _UNNAMED_VOICE.match(speaker + ":") is None)


def _titled_tail(speaker: str) -> bool:
    """Whether the part of a label after its last comma holds a title or a role (``Official Spokesperson``)."""
    words = {word.strip(".()").upper() for word in speaker.rsplit(",", 1)[-1].split()}
    return bool(words & (_TITLE_PARTS - _LINK_WORDS) or words & _ROLES_SET)


_REPORTER = re.compile(rf"[{_UPPER}]{_OUTLET}$")
"""A name and an outlet after a slash (``KRISTINE BAUTISTA/PTV4``), or a role (``MARY LEE/CEO``)."""
_BRACKETED_TAIL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")
_BRACKETED_TAILS = re.compile(r"(?:\s*[(\[][^()\[\]]*[)\]])+$")
"""Who a role is, after it in brackets (``Reporter (Radio Stellin)``)."""


@lru_cache(maxsize=_LABELS_KEPT)
def titled_person(label: str, people: Sequence[str]) -> str | None:
    """The name of the one person of ``people`` (as a header names them, ``Senior Deputy Governor Marcus Obi``)
    whom a label by a title and a surname means (``DEPUTY GOVERNOR OBI``, ``Governor Obi``): the words after the
    title, the surname last (``Marcus Obi``); None when no one or several fit."""
    words = [word.strip(".,'’").upper() for word in label.split()]
    if len(words) < 2:
        return None
    title, last = words[:-1], words[-1]
    names = set()
    for person in people:
        given = person.split()
        upper = [word.strip(".,").upper() for word in given]
        if upper[-1] != last:
            continue
        for start in range(len(upper) - len(title) + 1):
            if upper[start : start + len(title)] == title and 2 <= len(upper) - start - len(title) <= 4:
                name = " ".join(given[start + len(title) :])
                names.add(name.title() if name.isupper() else name)  # ``IRINA VOSSBERG`` in a header in capitals
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=_LABELS_KEPT)
def is_role(speaker: str | None) -> bool:
    """True for a label that names a part (``QUESTION``, ``MODERATOR``, ``Spokesman``) or an official left
    unnamed (``SENIOR STATE DEPARTMENT OFFICIAL (ONE)``), not a person."""
    if speaker is None:
        return False
    upper = " ".join(speaker.upper().rstrip(".").split())
    return upper in _ROLES_SET or bool(_UNNAMED.search(upper)) or is_questioner(speaker)


_UNNAMED = re.compile(r"\bOFFICIALS?\b")


def has_title(speaker: str) -> bool:
    """True for a label naming a part, or a person by a title (``MODERATOR``, ``COL. MARSH``); not for other words
    in capitals, which may be a place (``NEW DELHI``, ``WASHINGTON, D.C.``)."""
    return is_role(speaker) or bool(_TITLED.match(speaker))


_TITLED = re.compile(rf"(?i:{_TITLE})\.?\s")


def role_key(speaker: str) -> str:
    """A spokesperson's role as one key, whatever the word for it: ``Spokesman``, ``SPOKESPERSON`` and
    ``Spokeswoman`` give ``SPOKESPERSON``; ``Deputy Spokesman`` gives ``DEPUTY SPOKESPERSON``."""
    words = " ".join(speaker.upper().split())
    return re.sub(r"\bSPOKES(?:MAN|WOMAN|PERSON)\b", "SPOKESPERSON", words)


@lru_cache(maxsize=_LABELS_KEPT)
def surname(speaker: str) -> str:
    """The word that names the person in a label: its last before any comma or brackets (``PENTAGON PRESS SECRETARY
    JOHN F. KIRBY``, ``MR. KIRBY``, ``Kirby``, ``Jo Kirby, Press Secretary`` and ``Mr. Kirby (Ghana)`` give ``KIRBY``;
    a role's or ``The …``'s brackets name the person: ``The Minister for Ports (Ann Lee)`` gives ``LEE``; other
    brackets do not, a comma in them too: ``Hon. Ann Lee (Minister of Ports, Lib.)`` gives ``LEE``, nor a party's:
    ``REP. TOM LI (R), OHIO`` gives ``LI``). Before ``OF``, a title and a name or ``THE`` and a role are the person,
    known with what follows (``MR. SMITH OF OHIO`` gives ``SMITH OF OHIO``, not ``MR. SMITH OF TEXAS``'s; ``THE
    CHAIRMAN OF THE COMMITTEE`` ``CHAIRMAN OF THE COMMITTEE``); a title alone is not: ``SECRETARY OF STATE BLINKEN``
    gives ``BLINKEN``."""
    bare = _BRACKETED_TAILS.sub("", speaker)  # ``Mr. Duval (France)``; not ``Spokesperson (Lucia Bergamo)``
    role = speaker.startswith("The ") or is_role(bare)
    named = (speaker if role else _BRACKETED.sub("", bare)).split(",")[0]
    words = [word.strip(".,'’()[]").upper() for word in named.split()]
    words = [word for word in words if word]
    if "OF" in words[1:] and "(" not in named:
        at = words.index("OF")
        if words[0] == "THE" or (words[0] in _TITLE_PARTS and not set(words[1:at]) <= _TITLE_PARTS):
            return " ".join(words[at - 1 :])
    return words[-1] if words else speaker.upper()


_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


_SEXED = re.compile(rf"^{_SPACE}*(?i:(?P<man>mr|sir|messrs)|mrs|ms|miss|mme|madam|dame)\.?{_SPACE}")
"""An honorific that tells a man (``man``) from a woman, opening a label."""


def honorific_sex(speaker: str) -> str:
    """``M`` or ``F`` for a label opening with an honorific that tells a man from a woman (``MR. SMITH``, ``Ms.
    Smith``, ``Mrs Smith``), else ``""``: two labels of one surname and of two sexes name two people."""
    found = _SEXED.match(speaker)
    return "" if found is None else "M" if found["man"] else "F"


_EMPHASISED = re.compile(
    rf"^{_SPACE}*(?P<mark>\*\*|__)(?P<inner>[^*_\n:]{{1,80}}(?:\([^()\n]*\))?)(?::(?P=mark)|(?P=mark):)(?=\s|$)"
)
"""A label in bold, as Markdown writes it: ``**MINISTER PRUSS:**``, ``**Reporter (Radio Stellin)**:``."""
_ROLES_SET = frozenset(_ROLES)
_LABEL_REACH = 160
"""A label's colon stands within this many characters of the start of its line."""
_LINE_LABELS_KEPT = 8192
"""Lines (or labels) whose answer ``label_at_start`` and ``_is_speaker`` keep: a long document's, so that asking
again about a line costs nothing."""


@kept_lines(_LINE_LABELS_KEPT)
def label_at_start(line: str) -> Label | None:
    """The speaker label the line begins with, or None. (Kept for the last lines asked about: the readers and the
    splitter ask about each line of a document several times.)"""
    if (marked := line.lstrip(_SPACES))[:1] == "*" and marked[1:2].isupper():  # ``*SHRI A (SEAT):``, translated
        found = label_at_start(line.replace("*", " ", 1))
        return replace(found, start=line.index("*")) if found else None
    if ":" not in line[:_LABEL_REACH] and line.lstrip(_SPACES)[:1] != "Q" and not _STOPPED_OR_DASHED.match(line):
        return _label_line(line)  # no colon near the start, Q or full stop: a label alone on its line or none
    emphasis = _EMPHASISED.match(line)
    if emphasis:  # ``**MINISTER PRUSS:** Good morning``: the label is what stands between the marks
        inner = emphasis.group("inner") + ":"
        found = label_at_start(inner)
        if found is not None and found.text_start == len(inner):
            return Label(found.speaker, emphasis.start("mark"), emphasis.end())
        return None
    for pattern in (_TIME_CODED, _UNNAMED_VOICE, _AT_LINE_START, _MIXED_AT_LINE_START, _BARE_Q, _ANSWER_MARK,
                    _NAME_AT_LINE_START, _STOPPED, _DASHED):
        head = pattern.match(line)
        if head and _is_speaker(head.group("label")) and (pattern is not _TIME_CODED or _is_name(head.group("label"))):
            plain = pattern in (_NAME_AT_LINE_START, _TIME_CODED, _STOPPED, _DASHED)
            start = head.start("stamp" if "stamp" in pattern.groupindex and head["stamp"] else "label")
            speaker = _QUESTION_NUMBER.sub("", _clean(head.group("label")))  # ``Q4 Chair:``: the Chair
            return Label("" if speaker == _ANSWER else speaker, start, head.end(), plain)
    return _label_line(line)


_QUESTION_NUMBER = re.compile(r"^Q\d{1,4} (?=\S)")
"""A committee's number for the question a member opens (``Q4 Chair:``, ``Q12 Ann Lee:``): no part of the name."""


_BY = re.compile(rf"(?:^|(?<=\w ))by{_SPACE}+(?P<who>{_CAPITALISED_WORDS})")
"""``… by Name`` in a header, not a byline (``By Name``)."""


_WRITTEN_BY = re.compile(
    rf"^{_SPACE}*(?i:made|asked|answered|tabled){_SPACE}+by{_SPACE}*:{_SPACE}*"
    rf"(?P<who>{_CAPITALISED_WORDS}){_SPACE}*\([^()\n]{{2,80}}\){_SPACE}*$"
)


def written_by(line: str) -> str | None:
    """The member a parliament's record names in a field over the words they wrote (``Made by: Owen Pask (Minister
    of State for Maritime)`` over a written statement, ``Asked by:``, ``Answered by:``), without the role; else
    None (``Made by hand: …``, or a maker: ``Made by: Kell Kitchens Ltd`` on a product page, with no role or with its
    town in brackets, ``Made by: Kell Kitchens Ltd (Dunmore)``)."""
    found = _WRITTEN_BY.match(line)
    if found is None or any(word.strip(".,").upper() in _BODY_WORDS for word in found["who"].split()):
        return None
    return _clean(found["who"])


_FIELD_VERB = re.compile(rf"^{_SPACE}*(?P<verb>(?i:made|asked|answered|tabled)){_SPACE}+by\b")
_COLUMNIST = re.compile(rf"^{_SPACE}*(?i:by){_SPACE}+(?P<who>{_CAPITALISED_WORDS}){_SPACE}*$")


def field_verb(line: str) -> str:
    """The verb of a field naming who wrote the words under it (``asked`` for ``Asked by: …``), lower case; ``""``
    for any other line."""
    found = _FIELD_VERB.match(line)
    return found["verb"].lower() if found else ""


def columnist(lines: Sequence[str]) -> str | None:
    """The writer a page's byline names (``By Ruth Dale`` alone on its line) among its first lines, who answers
    the readers' letters on a letters page; None when no such line."""
    found = next((match for line in lines[:12] if (match := _COLUMNIST.match(line))), None)
    return _clean(found["who"]) if found else None


def opening_speaker(header: Sequence[str], body: Sequence[str]) -> str | None:
    """Who speaks a transcript's words before its first label: the one person a header line says they are by
    (``Remarks by Executive Vice-President Anna Vos at …``), as the one label of the body naming that person gives
    it (``Executive Vice-President Vos:``); none when the header names two people or none, or when that label is
    the body's first."""
    people = {match["who"] for line in header for match in _BY.finditer(line)}
    people |= {match["who"] for line in header for match in _BRIEFERS.finditer(line)}
    if len(people) != 1 or " and " in (who := people.pop()):
        return None
    unspoken = unspoken_names(body)
    labels = [label for n, line in enumerate(body) if n not in unspoken and (label := label_at_start(line))]
    found = {label.speaker for label in labels if label.speaker and not is_role(label.speaker)
             and _in_order(_unlettered(label.speaker, who), who.split())}
    if not found and labels and all(not label.speaker or is_questioner(label.speaker) for label in labels):
        return _briefer(header, who)  # only questions and answers' marks (``Q:``, ``A:``): the briefer answers
    # When the person's own label comes first, the words above it are someone else's (a host's welcome).
    return found.pop() if len(found) == 1 and labels[0].speaker not in found else None


_BRIEFERS = re.compile(
    rf"(?P<who>{_CAPITALISED_WORDS})['’]s{_SPACE}+(?:(?:Regular|Daily|Weekly|Monthly){_SPACE}+)?"
    rf"(?i:press{_SPACE}+conference|press{_SPACE}+briefing|news{_SPACE}+conference|briefing)\b"
)
"""A header naming the one who briefs in the possessive: ``Foreign Ministry Spokesperson Lin Qiaoming's Regular Press
Conference on …``."""
_BRIEFED_BY = re.compile(
    rf"(?i:briefing|press{_SPACE}+conference|news{_SPACE}+conference|press{_SPACE}+point|doorstep|remarks|statement"
    rf"|gaggle|availability|stakeout){_SPACE}+by{_SPACE}+$"
)
"""The kind of event before ``by`` and the briefer's name (``Regular Briefing by``, ``Doorstep statement`` over
``by …``): not an interview's ``by`` the interviewer."""


def _briefer(header: Sequence[str], who: str) -> str | None:
    """The one a header says briefs (``Regular Briefing by Spokesperson Tomas Ferrant``, ``… Lin Qiaoming's Regular
    Press Conference``), a title and a name of two words or more and no body, when a page labels only its questions
    and its answers' marks; None for an interview's ``by`` the interviewer, or a body."""
    name = _one_sayer(who)
    if name is None or len(name.split()) < 2 or name.split()[-1].upper() in _BODY_NAMES:
        return None
    for number, line in enumerate(header):
        if _BRIEFERS.search(line) and who in line:
            return name
        for match in _BY.finditer(line):
            if match["who"] == who:
                before = line[: match.start()] or (header[number - 1] + " " if number else "")
                if _BRIEFED_BY.search(before + "by "):
                    return name
    return None


_ACRONYM = re.compile(rf"[{_UPPER}]{{2,6}}")


def _unlettered(label: str, who: str) -> list[str]:
    """A label's words without an organisation's letters the header's name does not hold (``NATO Secretary
    General`` for ``Secretary General Ingrid Halvorsen``), when two words or more are left."""
    words = label.split()
    kept = [word for word in words if word in who.split() or not _ACRONYM.fullmatch(word)]
    return kept if len(kept) >= 2 else words


def _in_order(words: list[str], within: list[str]) -> bool:
    rest = iter(within)
    return all(word in rest for word in words)


_NAME_ALONE = re.compile(rf"^{_SPACE}*(?P<label>{_CAPITALISED}(?:{_SPACE}+{_CAPITALISED}){{1,3}}){_SPACE}*$")


def labels_alone(lines: Sequence[str]) -> dict[int, Label]:
    """``_labels_alone``: reading a document asks it of the same lines more than once, so the last few answers
    are kept (a fresh copy each time)."""
    return dict(_labels_alone(tuple(lines)))


@lru_cache(maxsize=_LINES_KEPT)
def _labels_alone(lines: tuple[str, ...]) -> dict[int, Label]:
    """Lines (by number) that are only a name, in a text whose turns open with a label alone on its line (a
    parliament's record: ``Ann Lee``, ``Mr Speaker`` on the line above the words): a title and a name, or a name
    a label gave before (``The Minister for Ports (Ann Lee)``). Elsewhere such a line is a heading or a byline.
    In any text, a broadcaster's captions (``caption_turns``), turns by a key's initials (``keyed_turns``) and a
    heading ``Statement by …`` (``Remarks``, ``Address``, ``Speech``) naming a person whom a label with a title
    gives (``PRIME MINISTER LEE:``)."""
    found = caption_turns(lines) | dashed_roles(lines) | asked_and_answered(lines) | keyed_turns(lines)
    known: set[str] = set()
    roles: dict[str, str] = {}  # ``The First Minister`` alone: the role of ``The First Minister (Callum Reid)``
    heads = [label_at_start(line) for line in lines]
    titled = {surname(head.speaker) for head in heads if head and not (head.plain_name or is_role(head.speaker))}
    for number, (line, label) in enumerate(zip(lines, heads, strict=True)):
        if label is not None:
            if label.text_start >= len(line.rstrip()) and not label.plain_name:
                known.add(surname(label.speaker))
                roles[_BRACKETED_TAILS.sub("", label.speaker)] = label.speaker
        elif (by := _SPOKEN_BY.match(line)) and surname(by["label"]) in titled:
            found[number] = Label(_clean(by["label"]), 0, len(line))
        elif known and (alone := _NAME_ALONE.match(line)):
            name = _clean(alone["label"])
            if name in roles or surname(name) in known or _HONORIFIC.match(name):
                found[number] = Label(roles.get(name, name), alone.start("label"), len(line))
    return found


_LINK = r"(?:of|for|the|and|&)"
_DASHED_ROLE = re.compile(
    rf"^{_SPACE}*(?P<name>{_CAPITALISED}(?:{_SPACE}+{_CAPITALISED}){{1,3}})(?P<roles>(?:{_SPACE}+(?:--|—|–){_SPACE}+"
    rf"{_CAPITALISED}(?:{_SPACE}+(?:{_CAPITALISED}|{_LINK})){{0,8}}){{1,2}}){_SPACE}*$"
)
"""A label alone on its line as an earnings call's transcript writes it: ``Ann Lee -- Chief Executive Officer``,
``Tom Ray -- Harbour Bank -- Analyst``."""
_ROLE_ALONE = re.compile(rf"^{_SPACE}*(?P<label>(?i:{_ROLE})){_SPACE}*$")


def dashed_roles(lines: Sequence[str]) -> dict[int, Label]:
    """``_dashed_roles``, its last few answers kept as ``labels_alone``'s are."""
    return dict(_dashed_roles(tuple(lines)))


@lru_cache(maxsize=_LINES_KEPT)
def _dashed_roles(lines: tuple[str, ...]) -> dict[int, Label]:
    """Lines (by number) that are a name and a role after dashes, where a name so written stands twice, and a role
    alone (``Operator``) among them: shown as ``Ann Lee, Chief Executive Officer``."""
    dashed = {n: found for n, line in enumerate(lines) if (found := _DASHED_ROLE.match(line))}
    if max(Counter(found["name"] for found in dashed.values()).values(), default=0) < 2:
        return {}
    roles = {n: Label(found["label"], found.start("label"), len(lines[n]))
             for n, line in enumerate(lines) if (found := _ROLE_ALONE.match(line))}
    filled = [n for n, line in enumerate(lines) if line.strip()]
    listed = {n for n, after in pairwise(filled) if n in dashed and after in dashed}
    listed |= {after for n, after in pairwise(filled) if n in listed}  # the participants' list: its names speak
    return roles | {n: Label("" if n in listed else _clean(  # nothing, and the turn above ends there
        found["name"] + re.sub(rf"{_SPACE}+(?:--|—|–)", ",", found["roles"])), found.start("name"), len(lines[n]))
        for n, found in dashed.items()}


_ASKED_OR_ANSWERED = re.compile(
    rf"^{_SPACE}*(?P<kind>(?i:question|response|answer|reply)){_SPACE}+(?:from|by){_SPACE}+"
    rf"(?P<who>{_CAPITALISED_WORDS}(?:,{_SPACE}+[^:\n]{{1,80}}?)?){_SPACE}*:{_SPACE}*$"
)
"""A label alone on its line as a meeting's record of questions and answers writes it: ``Question from Mr Kofi Osei,
private shareholder:``, ``Response from Linda Farrant, Chair:``."""


def asked_and_answered(lines: Sequence[str]) -> dict[int, Label]:
    """``_asked_and_answered``, its last few answers kept as ``labels_alone``'s are."""
    return dict(_asked_and_answered(tuple(lines)))


@lru_cache(maxsize=_LINES_KEPT)
def _asked_and_answered(lines: tuple[str, ...]) -> dict[int, Label]:
    """Lines (by number) that say who asks (``Question from Name, role:``) or who answers (``Response from Name,
    role:``, ``Answer by``, ``Reply from``) the words under them, where both kinds stand: the asker shown as a
    questioner with the name in brackets (``Question (Mr Kofi Osei, private shareholder)``), the one answering as
    the name and role (``Linda Farrant, Chair``)."""
    found = {n: match for n, line in enumerate(lines) if (match := _ASKED_OR_ANSWERED.match(line))}
    asked = {n for n, match in found.items() if match["kind"].lower() == "question"}
    if not asked or len(asked) == len(found):
        return {}
    return {n: Label(f"Question ({_clean(match['who'])})" if n in asked else _clean(match["who"]),
                     match.start("kind"), len(lines[n])) for n, match in found.items()}


def caption_turns(lines: Sequence[str]) -> dict[int, Label]:
    """``_caption_turns``, its last few answers kept as ``labels_alone``'s are."""
    return dict(_caption_turns(tuple(lines)))


@lru_cache(maxsize=_LINES_KEPT)
def _caption_turns(lines: tuple[str, ...]) -> dict[int, Label]:
    """Lines (by number) that are a name over a line that is only a time, as a broadcaster's captions write each turn
    (``Ann Lee`` / ``10:03:02`` / the words): labels where the times run forward and a name stands twice."""
    names = {n: (alone, _seconds(time)) for n, (line, below) in enumerate(pairwise(lines))
             if (alone := _NAME_ALONE.match(line)) and TIME_ALONE.match(below) and (time := _CLOCK.search(below))}
    times = [seconds for _, seconds in names.values()]
    if max(Counter(alone["label"] for alone, _ in names.values()).values(), default=0) < 2 or times != sorted(times):
        return {}
    return {n: Label(_clean(alone["label"]), alone.start("label"), len(lines[n])) for n, (alone, _) in names.items()}


_KEY_HEADING = re.compile(
    rf"^{_SPACE}*(?i:speakers?['’]?{_SPACE}+key|key{_SPACE}+to{_SPACE}+speakers){_SPACE}*:?{_SPACE}*$"
)
"""The heading of a transcript's key of speakers: ``Speaker key:``, ``Key to speakers``."""
_KEY_ENTRY = re.compile(
    rf"^{_SPACE}*(?P<key>[A-Z]{{2,4}})(?:\t[{_SPACES}]*|{_SPACE}{{2,}}|{_SPACE}*[:=–—-]{_SPACE}+)"
    rf"(?P<name>{_CAPITALISED_WORDS}(?:,{_SPACE}+[^\t\n]{{1,80}}?)?){_SPACE}*$"
)
"""An entry of the key: initials, a tab or a gap, the name (``DA    Dr Desta Amanuel``, ``MH: Margit Hollander``)."""
_KEYED_TURN = re.compile(rf"^{_SPACE}*(?P<key>[A-Z]{{2,4}})(?:\t[{_SPACES}]*|{_SPACE}{{2,}}|{_SPACE}*:{_SPACE}*)(?=\S)")
"""A turn opening with its speaker's initials and a tab, a gap or a colon (``DA    Thank you, Margit.``)."""
_KEY_LEAST = 2


def keyed_turns(lines: Sequence[str]) -> dict[int, Label]:
    """``_keyed_turns``, its last few answers kept as ``labels_alone``'s are."""
    return dict(_keyed_turns(tuple(lines)))


@lru_cache(maxsize=_LINES_KEPT)
def _keyed_turns(lines: tuple[str, ...]) -> dict[int, Label]:
    """Lines (by number) that open with the initials a key of speakers gives (``Speaker key:`` over ``DA    Dr Desta
    Amanuel`` lines, as a health agency's transcripts write it), shown by the name the key gives. Only initials the
    key lists, and only below it; the key itself is the header's."""
    heading = next((n for n, line in enumerate(lines) if _KEY_HEADING.match(line)), None)
    if heading is None:
        return {}
    names: dict[str, str] = {}
    end = heading + 1
    for end in range(heading + 1, len(lines)):
        if not lines[end].strip():
            if names:
                break
            continue
        entry = _KEY_ENTRY.match(lines[end])
        if entry is None:
            break
        names[entry["key"]] = _clean(entry["name"])
    if len(names) < _KEY_LEAST:
        return {}
    return {n: Label(names[turn["key"]], turn.start("key"), turn.end())
            for n in range(end, len(lines)) if (turn := _KEYED_TURN.match(lines[n])) and turn["key"] in names}


TIME_ALONE = re.compile(rf"^{_SPACE}*\d{{1,2}}:\d{{2}}(?::\d{{2}})?{_SPACE}*$")
"""A line that is only a time (``0:03``, ``10:03:02``): a caption's or a video cue's."""
_SPOKEN_BY = re.compile(
    rf"^{_SPACE}*(?:{_CAPITALISED}{_SPACE}+)?(?i:statement|remarks|address|speech){_SPACE}+by{_SPACE}+"
    rf"(?P<label>{_CAPITALISED_WORDS}){_SPACE}*$"
)
"""A heading that gives the words under it to a speaker (``Opening Statement by Prime Minister Ann Lee``)."""


def unspoken_names(lines: Sequence[str]) -> set[int]:
    """``_unspoken_names``, its last few answers kept as ``labels_alone``'s are."""
    return set(_unspoken_names(tuple(lines)))


@lru_cache(maxsize=_LINES_KEPT)
def _unspoken_names(lines: tuple[str, ...]) -> set[int]:
    """Lines (by number) opening with a plain name (``Lin Qiaoming:``, ``Jen Psaki  00:13``) the text does not show
    to be a speaker's. A name before a colon is one when it opens two lines (``_named_twice``),
    it answers a questioner's turn, the label line before names it in full (``MODERATOR: … Lena Dahl will open.`` /
    ``Lena Dahl:``) or a label of two words or more gives its surname (``COMMISSIONER DAHL:``); else it heads a
    list (``Safety: …``). A name with a time is one when the times run forward and such a name opens two lines or
    a ``Speaker 2`` stands beside it; else it is a stamp (``Posted 10:32``, ``Kyiv (10:32):``, newest first)."""
    heads = {number: label for number, line in enumerate(lines) if (label := label_at_start(line)) is not None}
    clock = {n: _seconds(time) for n in heads if (time := _CLOCK.search(lines[n], 0, heads[n].text_start))}
    plain = [n for n in heads if heads[n].plain_name]
    timed = Counter(heads[n].speaker for n in plain if n in clock)
    unnamed = timed.total() < len(clock)  # a ``Speaker 2``
    forward = (unnamed or max(timed.values(), default=0) > 1) and all(a <= b for a, b in pairwise(clock.values()))
    # A recording's times start near its beginning (``(00:12)``); a live page's are the day's (``Kyiv (09:05):``).
    forward = forward and (unnamed or min(clock.values(), default=0) < _RECORDING_START)
    # A stamp before a name (``[09:05] Kell Bridge:``) is a live page's too: a service's only with seconds or a
    # ``Speaker 2``.
    stamped = unnamed or all(stamp.count(":") > 1 for n in plain if n in clock and (stamp := _stamp(lines[n])))
    titled = {surname(h.speaker) for h in heads.values()
              if " " in h.speaker and not (h.plain_name or is_role(h.speaker))}
    # A name with the surname of the titled label whose turn it stands in heads a list there (``MS. HALL:`` / ``Town
    # Hall: …`` / ``Kell Library: …``): no speaker, and no sign that the names around it are speakers'.
    owner, inside = "", set()
    for n, head in heads.items():
        owner = owner if head.plain_name else head.speaker
        name = surname(head.speaker)
        if n in plain and n not in clock and name in titled and surname(owner) == name:
            inside.add(n)
    # Names in capitals closed by a full stop (``RACHEL OKAFOR.``) are speakers only beside a title so closed (``CHAIR
    # HOLLINS.``): else they are datelines (``NEW YORK.``).
    stopped = {n: bool(re.match(_STOP_TITLE + _SPACE, heads[n].speaker)) for n in plain if _STOPPED.match(lines[n])}
    inside |= set() if any(stopped.values()) else {n for n, titled in stopped.items() if not titled}
    named = _named_twice([heads[n].speaker for n in plain if n not in clock and n not in inside])
    answers = {n for before, n in pairwise(heads) if is_questioner(heads[before].speaker)}
    answers |= {n for before, n in pairwise(heads) if " " in heads[n].speaker and heads[n].speaker in lines[before]}
    answers |= {n for n in plain if surname(heads[n].speaker) in titled}  # ``COMMISSIONER DAHL:``, ``Lena Dahl:``
    # A verbatim record's members, each named once (``Lena Varga (PPE). –``, ``Jan Holm, Member of the Commission. –``),
    # are speakers where three lines or more are so written, a title's among them (``President. –``).
    recorded = {n: found for n in plain if (found := _DASHED.match(lines[n]))}
    answers |= set(recorded) if len(recorded) >= 3 and any(found["titled"] for found in recorded.values()) else set()
    return {n for n in plain if n in inside or not (forward and stamped if n in clock else named or n in answers)}


_CLOCK = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}")
_RECORDING_START = 300
"""Seconds: a transcription service's first time code stands under this; a live page's first stamp beyond it."""


def _named_twice(speakers: list[str]) -> bool:
    """Whether a plain name (before any comma) of two words or more, or a title, stands twice (another word may be a
    list's topic: ``Shipping:``), or once in full and once as the tail of a title and the
    name (``President of Varnia Ilya Sorokin`` or ``Minister Ilya Sorokin``, then ``Ilya Sorokin``). Two names
    sharing their last words are two (``Kent County Council``, ``Essex County Council``)."""
    names = Counter(" ".join(speaker.split(",")[0].split()) for speaker in speakers)
    return max((n for name, n in names.items() if " " in name or name.upper() in _TITLES), default=0) > 1 or any(
        any(" ".join(words[-k:]) in names and _TITLE_PARTS.intersection(w.rstrip(".").upper() for w in words[:-k])
            for k in range(2, len(words)))
        for words in map(str.split, names)
    )


_LINK_WORDS = frozenset({"OF", "FOR", "THE", "AND"})
_TITLE_PARTS = frozenset({*_LINK_WORDS, *_TITLE_PREFIXES, *(word for title in _TITLES for word in title.split())})


def _stamp(line: str) -> str:
    """The time stamp a line opens with before a name (``[00:00:04] Maria Lenz:``), or ``""``."""
    head = _TIME_CODED.match(line)
    return head["stamp"] or "" if head else ""


def _seconds(time: re.Match[str]) -> int:
    seconds = 0
    for part in time[0].split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


_HONORIFIC = re.compile(rf"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Madam)\.?{_SPACE}")


def _label_line(line: str) -> Label | None:
    """A label alone on its line (``_LABEL_LINE``); a member is named without the brackets (constituency, party),
    a minister with them (the name)."""
    head = _LABEL_LINE.match(line) if line.rstrip()[-1:] in ")0123456789" else None
    if (photo := _PHOTO.match(line)) is not None:  # ``Photo of Ann LeeAnn Lee (Westford, Labour)``
        return Label(_clean(photo["name"]), 0, len(line))
    if (portrait := _portrait(line)) is not None:  # ``Ann Lee Portrait Ann Lee (Westford) (Lab)``
        return Label(portrait, 0, len(line))
    if head is None:
        return None
    if head["label"]:
        label = head["label"]
        voice = _UNNAMED_VOICE.match(label + ":") is not None
        return Label(_clean(label), head.start("label"), len(line), not voice) if voice or _is_name(label) else None
    member = _clean(head["member"])
    role = member.startswith("The ") or any(word.islower() for word in member.split())
    brackets = _BRACKETS.findall(line)  # a member's constituency and party, or the name of a minister
    if len(brackets) == 2 or (role and _NAMED.fullmatch(brackets[0].strip())):
        return Label(_clean(line[head.start("member"):]) if role else member, head.start(), len(line))
    return None


_BRACKETS = re.compile(r"\(([^()\n]*)\)")
_PHOTO = re.compile(
    rf"^{_SPACE}*Photo of (?P<name>{_CAPITALISED_WORDS}){_SPACE}*(?P=name){_SPACE}*\([^()\n]{{1,80}}\){_SPACE}*$"
)
"""A member's line in a parliament's record on the web: the photo's caption, the name again and the seat."""
_PORTRAIT = re.compile(
    rf"^{_SPACE}*(?P<name>{_CAPITALISED}(?:{_SPACE}+{_CAPITALISED}){{1,3}}){_SPACE}+Portrait{_SPACE}+"
    rf"(?P<shown>[^\n]{{2,200}}?){_SPACE}*$"
)


def _portrait(line: str) -> str | None:
    """The member a parliament's record on the web names over their words with the portrait's alternative text, the
    name then ``Portrait``, then the member as the record shows them: the name (``Ann Lee Portrait Ann Lee (Westford)
    (Lab)``, ``Tom Reeve Portrait Mr Reeve``) or a role naming them in brackets (``Tom Reeve Portrait The Minister for
    Ports (Tom Reeve)``). The portrait's name is the speaker's, so that one person keeps one name; None for a line
    that shows no such member, or holds a sentence."""
    found = _PORTRAIT.match(line)
    if found is None or found["shown"].rstrip()[-1:] in ".!?:;,":
        return None
    name, shown = _clean(found["name"]), found["shown"]
    brackets = _BRACKETS.findall(shown)
    bare = [word.strip(".") for word in _BRACKETS.sub(" ", shown).split()]
    if name.split()[-1] in bare and all(word in name.split() or word.upper() in _MEMBER_TITLES for word in bare):
        return name  # the name, or part of it, behind a member's titles (``Mr Reeve``, ``Sir Tom Reeve``)
    return name if brackets and _clean(brackets[-1]) == name else None


_MEMBER_TITLES = frozenset({
    "MR", "MRS", "MS", "MISS", "MX", "DR", "SIR", "DAME", "LORD", "LADY", "BARONESS", "BARON", "VISCOUNT", "EARL",
    "RT", "HON", "PROF", "PROFESSOR", "REV", "REVD", "CAPT", "COL", "GEN", "KC", "QC", "MP", "MSP", "AM", "MLA",
})
"""The words a record shows beside a member's name (``Sir Tom Reeve``, ``Rt Hon Ann Lee MP``): no headline's."""
_NAMED = re.compile(rf"{_CAPITALISED}(?:{_SPACE}+{_CAPITALISED})+")


@lru_cache(maxsize=_LINE_LABELS_KEPT)
def _is_speaker(label: str) -> bool:
    """Not a heading's or a note's word, unless brackets name the person (``Presenter (Leona Quek)``)."""
    bare = _BRACKETED_TAIL.sub("", label)
    words = _clean(bare).upper()
    named = _NAMED.search(label[len(bare):]) is not None
    numeral = _NUMERAL.fullmatch(words) is not None  # a panel of witnesses (``I: Name, Role; and Name, Role``)
    return (words not in _NOT_SPEAKERS or named) and words.rsplit(" ", 1)[-1] not in _NOTE_WORDS and not numeral and (
        not _titled_body(bare))


_BODY_WORDS = frozenset(
    {
        "THEATRE", "THEATER", "COMPANY", "PLAYERS", "ORCHESTRA", "ENSEMBLE", "CHOIR", "BAND", "CLUB", "TRUST", "BANK",
        "GROUP", "RECORDS", "STUDIO", "STUDIOS", "CINEMA", "GALLERY", "MUSEUM", "HOTEL", "FOUNDATION", "SOCIETY",
        "ASSOCIATION", "LTD", "INC", "PLC", "LLC",
    }
)
"""Words of a company's or a venue's name, never of a person's."""


def _titled_body(label: str) -> bool:
    """Whether a label or a sayer is an abbreviation that reads as a title before words of a company's name only
    (``Rep. Theatre``, ``Rep. Theatre Company``): a company, no person (``Rep. Ann Cole`` is one)."""
    words = [word.strip(".,'’").upper() for word in label.split()]
    return len(words) > 1 and words[0] in _TITLES and all(word in _BODY_WORDS for word in words[1:])


_NUMERAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
"""A panel's or a part's number in Roman numerals: never a person."""


_NOTE_WORDS = frozenset({"NOTE", "UPDATE", "CORRECTION", "CLARIFICATION", "DISCLAIMER", "NOTICE", "WARNING"})
"""The last word of a note's label (``Please Note:``, ``Programming Update:``): never a person's."""


def _is_name(label: str) -> bool:
    words = label.split()
    return all(word[0].isupper() for word in words) and not _STAMP_WORDS.intersection(map(str.upper, words))


def _clean(label: str) -> str:
    return " ".join(label.split())


_QUOTED = re.compile(
    r"[\"“«][^\"“”«»\n]*[\"”»]|‘(?:[^‘’\n]|’(?=\w))*’(?!\w)|(?<![\w’'])'(?:[^'\n]|'(?=\w))*?[,.?!…]'(?!\w)"
)
"""A quotation in double marks, curly single ones, or straight single ones (an apostrophe inside is none)."""
_SAYER_WORD = rf"[{_UPPER}][\w'’\-]*[a-zß-ÿ](?<!['’]s)"
_SAYER = (
    rf"(?=[{_UPPER}])(?!(?:His|Her|Their|Its|Our|My|Your){_SPACE})"
    rf"(?:(?:[{_UPPER}][a-z]{{0,3}}\.|{_SAYER_WORD}|{_PARTICLES}){_SPACE}+){{0,5}}{_SAYER_WORD}"
)
"""A sayer named: capitalised words, an abbreviated title or an initial before them (``Dr. Ana M. Lee``); not a
possessive (``Brendek's mayor``, ``His Highness``)."""
_SAYS = r"(?:said|says|added|told|wrote|asked|explained|insisted|warned)"
_ROLE_NOUN = (
    r"(?:spokes(?:man|woman|person)|constable|superintendent|inspector|officer|chief|minister|mayor|governor|secretary"
    r"|director|commissioner|president|chair(?:man|woman)?|councillor|leader|commander|sergeant|detective|senator"
    r"|ambassador|manager|coroner|prosecutor|captain|master|official|analyst|economist|lawyer|attorney|adviser"
    r"|advisor|envoy|negotiator|organi[sz]er|representative)"
)
_ROLE_BEFORE = (
    rf"(?:(?:[Tt]he|[Aa]n?){_SPACE}+(?:[a-z][\w\-]*{_SPACE}+){{0,3}}[a-z][\w\-]*,{_SPACE}+"
    rf"|(?:(?:[Tt]he{_SPACE}+)?(?:[{_UPPER}][\w\-&]*{_SPACE}+){{1,3}}|[a-z][\w\-]*{_SPACE}+)?"
    rf"(?:[a-z][\w\-]*{_SPACE}+){{0,2}}{_ROLE_NOUN}{_SPACE}+)"
)
"""A role before the sayer's name, set off by commas (``the chief constable, Ann Bell``) or not (``Police spokesman
Tom Li``), perhaps behind an organisation's name of up to three words (``Harbour Bank economist Tom Li``, ``the Kell
Port Authority's``: no); no possessive (``Kell Bay's mayor, Jon Hale``), whose owner might be taken for the sayer."""
_APPOSITION = rf"(?:,{_SPACE}+[^,Q\n]{{1,80}},|,)?"
"""Who the sayer is, between commas before the verb (``Ann Bell, the chief constable, said``), or the comma closing
a role before the name (``the chief constable, Ann Bell, said``)."""
_ATTRIBUTED = re.compile(
    rf"^Q[,?!…—–\-]?{_SPACE}+(?:{_ROLE_BEFORE})?(?:(?P<who>{_SAYER}){_APPOSITION}{_SPACE}+{_SAYS}\b"
    rf"|{_SAYS}{_SPACE}+(?:{_ROLE_BEFORE})?(?P<by>{_SAYER})(?=[,.]|\s+[a-z]))"
    rf"(?P<rest>[^Q]*?)[.,:]?{_SPACE}*(?:Q{_SPACE}*)?$"
)
"""What is left of a paragraph that opens with a quotation when its quotations are ``Q``: the quotation closed by
its one sayer, named (``Q, Minister Halvorsen said.``, ``Q, said Ana Lee, the port's chief. Q``, ``Q, said the
mayor, Tom Li.``)."""
_NOT_SAYERS = (
    "The|A|An|This|That|These|Those|Some|Many|Most|Other|Both|All|Then|Later|Now|Earlier|Meanwhile|But|And|Yet|So"
    "|Still|Also|Today|Yesterday|Tonight|However|Finally|Here|There|On|In|At|By|For|From|After|Before|During|When"
    "|While|As|Asked|Speaking|Outside|Inside|Last|Next"
)
"""Words opening a sentence, capitalised there, that open no sayer's name (``Then Ann Bell said:``, ``On Friday Ann
Bell said:``)."""
_INTRODUCED = re.compile(
    rf"^(?:(?:{_ROLE_BEFORE})?(?!(?:{_NOT_SAYERS}){_SPACE})"
    rf"(?P<who>{_SAYER}){_APPOSITION}{_SPACE}+{_SAYS}\b|Said{_SPACE}+(?:{_ROLE_BEFORE})?(?P<by>{_SAYER}))"
    rf"[^.:,Q\n]{{0,40}}[:,]{_SPACE}*Q{_SPACE}*$"
)
"""The same when the sayer is named before the quotation, which ends the paragraph: ``Det Supt Jane Roe said: Q``,
``Said the mayor, Tom Li: Q``, ``Police spokesman Tom Li told reporters: Q``."""
_LEFT_OPEN = re.compile(r"[\"“«][^\"“”«»\n]*$|‘(?:[^‘’\n]|’(?=\w))*$")
"""A quotation left open at the paragraph's end: it goes on in the next paragraph."""


_QUOTE_REACH = 2000
"""Characters: a longer paragraph is no one quotation and its attribution (and costs nothing to pass over)."""


def quoted_sayer(paragraph: str) -> str | None:
    """The one person named as saying a paragraph that is a quotation and its attribution (``"…," Minister
    Halvorsen said.``, ``"…," said Ana Lee, a nurse. "…"``, ``Said the mayor, Tom Li: "…"``), the quotation left
    open or not; None when the attribution names nobody (``the minister said``), the paragraph holds words of the
    writer's beside it, or another sayer. A sayer named before the quotation has two words or more and no ``of``
    (``Ann Bell said:``; ``Officials said:``, ``Supporters of Ann Bell said:`` name nobody)."""
    if len(paragraph) > _QUOTE_REACH or not paragraph[:1].strip():
        return None
    quoted = _LEFT_OPEN.sub("Q", _QUOTED.sub("Q", paragraph.strip()))
    if paragraph[:1] not in "\"“«‘'":
        found = _INTRODUCED.match(quoted)
        who = _one_sayer(found["who"] or found["by"]) if found else None
        return who if who and " " in who and not re.search(r"\s(?:of|for|the)\s", who) else None
    found = _ATTRIBUTED.match(quoted)
    if found is None or re.search(r"[.!?]\s", found["rest"]):  # a sentence of the writer's after the attribution
        return None
    return _one_sayer(found["who"] or found["by"])


_INTRODUCES = re.compile(
    rf"^(?!(?:{_NOT_SAYERS}){_SPACE})(?P<who>{_SAYER})(?:,{_SPACE}+[^\n:\"“”«»‘]{{1,200}}?,)?{_SPACE}+{_SAYS}{_SPACE}*:$"
)
"""A paragraph that only names who says the paragraphs under it, perhaps with who they are between commas: ``Prof
Ann Bell, Professor of Chemistry, University of Kell, said:``."""


def introduced_sayer(paragraph: str) -> str | None:
    """The one person a paragraph names as saying the quotations under it, when it is only that (``Dr Ann Bell,
    Senior Lecturer, Kell University, said:``): a name of two words or more, with no ``of`` in it; else None."""
    found = _INTRODUCES.match(" ".join(paragraph.split())) if len(paragraph) <= _QUOTE_REACH else None
    who = _one_sayer(found["who"]) if found else None
    return who if who and " " in who and not re.search(r"\s(?:of|for|the)\s", who) else None


def _one_sayer(who: str | None) -> str | None:
    """The sayer named, or None for two (``Jane Roe and Tom Li``) or a company (``Rep. Theatre``, ``Kell Theatre``,
    ``Harbour Club``: a name ending in a company's word)."""
    if who is None or re.search(r"\s(?:and|&)\s", who) or _titled_body(who) or _named_body(who):
        return None
    return _unrolled(_clean(who))


def _named_body(sayer: str) -> bool:
    """Whether a sayer is an organisation named by a company's word at its end, no title before it (``Kell
    Theatre``, ``Harbour Club``; ``Ann Kell`` is a person)."""
    words = [word.strip(".,'’").upper() for word in sayer.split()]
    return len(words) > 1 and words[-1] in _BODY_WORDS and words[0] not in _TITLES


def left_open(paragraph: str) -> bool:
    """Whether a paragraph ends inside a quotation it opened: the quotation goes on in the next paragraph, which
    opens with a quotation mark again (``"It will take a year.`` / ``"The money is there."``)."""
    return len(paragraph) <= _QUOTE_REACH and _LEFT_OPEN.search(_QUOTED.sub("Q", paragraph.strip())) is not None


def goes_on_quoting(paragraph: str) -> bool:
    """Whether a paragraph is only quotation, as the later paragraphs of a quotation running over several are:
    opened by a quotation mark, closed or left open, with at most its attribution (``"…," she said.``)."""
    if paragraph[:1] not in "\"“«‘" or len(paragraph) > _QUOTE_REACH:
        return False
    quoted = _LEFT_OPEN.sub("Q", _QUOTED.sub("Q", paragraph.strip()))
    return quoted == "Q" or _THEY_SAID.match(quoted) is not None or quoted_sayer(paragraph) is not None


_THEY_SAID = re.compile(
    rf"^Q[,?!…—–\-]?{_SPACE}+(?:he|she|they){_SPACE}+{_SAYS}\b[^Q.!?]*[.,]?{_SPACE}*(?:Q{_SPACE}*)?$"
)
"""A quotation's attribution to the sayer named before: ``Q, she said. Q``."""


_JOB_WORDS = frozenset(
    {
        "CHIEF", "EXECUTIVE", "OFFICER", "FINANCIAL", "OPERATING", "MANAGING", "DIRECTOR", "HEAD", "CHAIR", "CHAIRMAN",
        "CHAIRWOMAN", "CHAIRPERSON", "VICE", "DEPUTY", "GENERAL", "SECRETARY", "PRESIDENT", "MANAGER", "FOUNDER",
        "SENIOR", "PRINCIPAL", "PROGRAMME", "PROGRAM", "COMMUNICATIONS", "MEDICAL", "TECHNICAL", "CEO", "CFO", "COO",
    }
)
"""Words of a job written before a name (``Chief Executive Officer Ingrid Solheim``)."""


def _unrolled(sayer: str) -> str:
    """A sayer without the job of two words or more written before the name, up to its last job word (``Chief
    Executive Officer Ingrid Solheim`` and ``Group Manager Priya Nandakumar`` give the name); a title before a name
    alone stays (``Minister Halvorsen``, ``President Ana Lee``)."""
    words = sayer.split()
    job = max((n for n, word in enumerate(words[:-2], 1) if word.upper() in _JOB_WORDS), default=0)
    return " ".join(words[job:]) if job >= 2 else sayer


_HEADED = re.compile(
    rf"^{_SPACE}*(?:(?:Opening|Closing|Keynote|Joint|Press|Written|Oral|Video|Welcome|Introductory){_SPACE}+)?"
    rf"(?:Remarks|Statement|Speech|Address|Message|Keynote){_SPACE}+(?:delivered{_SPACE}+)?by{_SPACE}+"
    rf"(?P<who>{_SAYER})(?=$|{_SPACE}*[,:(–—|]|{_SPACE}+-{_SPACE}|{_SPACE}+(?:at|on|to|for|following|after|before"
    rf"|during|in|upon|as|ahead|marking|regarding|concerning){_SPACE})"
)
"""A title giving the page's words to the one person it names: ``Remarks by Minister Ann Lee at the opening …``,
``Statement by Spokesperson Tom Reeve on …``; not ``Remarks by Minister Ann Lee draw criticism`` (a headline)."""


def headed_speaker(title: str) -> str | None:
    """The one person a page's title says its words are by (``Remarks by Minister Ann Lee at …``, ``Statement by
    …``, ``Speech by …``): a name of two words or more, no company nor two people; None for any other title."""
    found = _HEADED.match(title)
    who = _one_sayer(found["who"]) if found else None
    body = who is not None and who.split()[-1].upper() in _BODY_NAMES
    return who if who and " " in who and not body and not re.search(r"\s(?:of|for|the)\s", who) else None


_BODY_NAMES = frozenset(
    {
        "BOARD", "COUNCIL", "OFFICE", "MINISTRY", "DEPARTMENT", "AUTHORITY", "COMMISSION", "AGENCY", "COMMITTEE",
        "GOVERNMENT", "EMBASSY", "MISSION", "SERVICE", "POLICE", "UNION", "PARTY", "COURT", "CENTRE", "CENTER",
        "INSTITUTE", "UNIVERSITY", "SCHOOL", "COLLEGE", "HOSPITAL", "FORCE", "ARMY", "NAVY", "DELEGATION",
        "SECRETARIAT", "PARLIAMENT", "ASSEMBLY", "CHAMBER", "FEDERATION", "ALLIANCE", "COALITION", "NETWORK",
        "PORT", "HARBOUR", "HARBOR", "CITY", "COUNTY", "STATE", "NATIONS", "ORGANISATION", "ORGANIZATION",
        *_BODY_WORDS,
    }
)
"""Last words of a body's name (``Kell Harbour Board``): a statement by a body names no person."""
