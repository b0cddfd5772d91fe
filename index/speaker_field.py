"""A passage's speaker as a field of its own: the words that name who speaks it, to be indexed and asked for.

A turn's words are what was said; who said it is its label (``CAPT. DRUMMOND``, ``Spokesperson Ana Ruiz``) and the
names its document gives that person (``Mark Toner, Deputy Spokesperson`` for ``MR. TONER``). Those words are
indexed apart, each term led by ``SPEAKER_MARK``, and a question's words search them at a low weight
(``index.query.SPEAKER_WEIGHT``). A rank or title is written both ways (``Capt.`` and ``Captain``), so either
asked finds the other. A label that names a part and no person (``QUESTION``, ``MODERATOR``, ``spk00``) has none,
but for the one it names in brackets after it (``Q (Tom Berg, Kessling Post)``: ``Tom Berg, Kessling Post``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from index.speakers import is_role, surname

SPEAKER_MARK = "!"
"""Starts the terms of a passage's speaker (a field of its own); no word term can contain it."""

RANKS = {
    "capt": "captain", "gen": "general", "lt": "lieutenant", "col": "colonel", "adm": "admiral",
    "amb": "ambassador", "sec": "secretary", "dr": "doctor", "prof": "professor", "mr": "mister",
    "maj": "major", "sgt": "sergeant", "gov": "governor", "sen": "senator", "rep": "representative",
    "insp": "inspector", "supt": "superintendent", "det": "detective", "brig": "brigadier",
    "cllr": "councillor", "cdr": "commander", "cmdr": "commander",
}  # fmt: skip
"""A rank's or title's abbreviation and its word in full, as labels and questions write them."""
_FULL = {full: short for short, full in RANKS.items()}

_GENERIC_WORDS = frozenset(
    {"spk", "spkr", "speaker", "speakers", "unidentified", "unknown", "male", "female", "man", "woman", "voice"}
    | {"voices", "multiple", "several", "other", "question", "q", "a", "answer", "moderator", "reporter", "narrator"}
    | {"participant", "audience", "member", "off", "camera", "crosstalk", "interpreter", "translator", "caller"}
)
"""Words of labels that name nobody (``SPEAKER 2``, ``UNIDENTIFIED MALE``, ``spk01``), numbers aside."""
_LABEL_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def is_generic(speaker: str) -> bool:
    """Whether a label names a part and no person: ``QUESTION``, ``MODERATOR``, ``SPOKESPERSON``, ``spk00``."""
    words = _LABEL_WORD.findall(speaker.casefold())
    return not words or is_role(speaker) or all(word in _GENERIC_WORDS for word in words)


def speaker_text(speaker: str | None, names: Sequence[str] = ()) -> str:
    """The words a passage's speaker is indexed with: its label, the ``names`` its document gives for people
    (``Mark Toner``, ``Deputy Spokesperson``: those whose last word is the label's surname join), and each rank or
    title in its other form (``Capt.``: ``captain``); "" for no speaker or a label that names nobody."""
    if not speaker:
        return ""
    if is_generic(speaker):
        return _asker(speaker)
    return _speaker_text(speaker, tuple(names))


_BRACKETED = re.compile(r"[(\[](?P<who>[^()\[\]]+)[)\]]\s*$")
_STAGE_WORDS = frozenset({"inaudible", "mic", "microphone", "cont", "continued", "continuing", "follow", "up"})
"""Words of a note in brackets after a part's label that name nobody (``Q (off mic)``, ``QUESTION (inaudible)``)."""


def _asker(label: str) -> str:
    """Who a part's label names in brackets after it (``Q (Tom Berg, Kessling Post)``, ``Question (Mr Kofi Osei,
    private shareholder)``, ``Reporter (Radio Stellin)``): those words, to be asked for; "" for none, or a note
    that names nobody (``Q (off mic)``)."""
    found = _BRACKETED.search(label)
    if found is None:
        return ""
    who = found["who"].strip()
    words = _LABEL_WORD.findall(who.casefold())
    return who if any(word not in _GENERIC_WORDS and word not in _STAGE_WORDS for word in words) else ""


@lru_cache(maxsize=4096)
def _speaker_text(speaker: str, names: tuple[str, ...]) -> str:
    key = surname(speaker)
    parts = [speaker, *(name for name in names if name.split() and surname(name) == key)]
    words = _LABEL_WORD.findall(" ".join(parts).casefold())
    other = [RANKS.get(word) or _FULL.get(word) for word in words]
    return " ".join([*parts, *(word for word in other if word)])


def document_names(roles: Sequence[tuple[str, str]], people: Sequence[str]) -> tuple[str, ...]:
    """The names a document's header gives for its speakers: each spokesperson's name with the role (``Mark Toner,
    Deputy Spokesperson``) and each person named with a title (``Governor Hana Lindqvist``)."""
    return tuple(dict.fromkeys([*(f"{name}, {role}" for role, name in roles), *people]))
