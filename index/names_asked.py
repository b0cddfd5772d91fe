"""Questions that ask for a name (``what was the name of the pilot?``): who is asked about, and whether a
passage gives a name for them.

A question that asks for someone's name is answered only by a passage that names them; news often withholds
it (a crew member, a guard, an officer). A passage gives a name for the person asked about when one of its
sentences holds the noun asked (``pilot``, ``captain``: singular, plural or possessive, not another word of its stem,
``operations`` for ``operator``) and a name of two or more capitalised
words, or a title and a surname (``Captain Villadsen``), that is not made of the question's own words (the ship
it names, the country). The check is generous: any such name in that sentence counts, so the answer says no
name was found only when the passages plainly give none. Three runs of capitals are not names: a sentence's
opening word that is no name (``And I believe``), a possessive, which ends one name (``Marvonia's Kessel
prison``: a country's prison), and a form of address to an office (``Mr. Speaker``, ``Madam President``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.analyzer import fold
from index.sentences import sentences

_ASKED = re.compile(r"\bname\s+of\s+((?:(?:the|a|an)\s+)?[^?.!]+)", re.IGNORECASE)
"""``name of`` and the words after it, up to the end of the sentence."""
_ENDS = frozenset(
    {"who", "whom", "that", "which", "whose", "when", "where", "while", "during", "after", "before", "since"}
    | {"on", "in", "at", "of", "from", "aboard", "for", "with", "by", "near", "to", "and", "or", "as"}
    | {"shot", "hurt", "held", "taken", "seen", "found", "left", "hit", "caught", "struck", "lost", "said"}
    | {"please"}
)
"""Words that end the description of the person asked about (``the guard shot during ...``: ``the guard``); a comma
ends it too (``the pilot, please``)."""
_LEADING = frozenset({"the", "a", "an"})
_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*\.?(?:\s+[A-ZÀ-Þ][\w'’-]*)+")
"""Two or more capitalised words in a row: a full name, or a title and a surname."""
_WORD = re.compile(r"[\w'’-]+")
_NOT_NAMES = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "i", "if", "in", "it", "its"}
    | {"my", "of", "on", "or", "our", "she", "so", "that", "the", "their", "then", "there", "these", "they"}
    | {"this", "those", "to", "we", "what", "when", "where", "which", "while", "who", "why", "with", "you", "your"}
)
"""Words that open a sentence with a capital but are no part of a name (``And I believe``: no name)."""
_ADDRESS = re.compile(
    r"(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.?\s+(?:Speaker|President|Chair|Chairman|Chairwoman|Secretary|"
    r"Minister|Ambassador|Mayor|Prime\s+Minister|Vice\s+President|Deputy\s+Speaker)",
    re.IGNORECASE,
)
"""A form of address to an office (``Mr. Speaker``): it names the office, not the person."""


def asked_for_name(question: str) -> str | None:
    """The person whose name ``question`` asks for, as asked (``the P-8 pilot``), or None when it asks for none."""
    found = _ASKED.search(question)
    if found is None:
        return None
    words = found.group(1).split()
    kept: list[str] = []
    for word in words:
        bare = fold(word).strip("'’,;:")
        if kept and kept[-1].lower() not in _LEADING and (bare in _ENDS or bare.endswith("ed")):
            break
        kept.append(word.rstrip(",;:"))
        if word[-1] in ",;:":
            break
    if not kept or kept[-1].lower() in _LEADING:
        return None
    return " ".join(kept)


def how_asked(words: Iterable[str], question: str) -> tuple[str, ...]:
    """``words`` of ``question`` no passage contains, without ``name`` when the question asks for someone's name:
    it is how the question asks, not what it asks about."""
    if asked_for_name(question) is None:
        return tuple(words)
    return tuple(word for word in words if fold(word) != "name")


def gives_name(texts: Iterable[str], person: str, question: str) -> bool:
    """Whether a sentence of ``texts`` holds the noun ``person`` ends on (singular, plural or possessive:
    ``pilots``, ``pilot's``, not ``piloted``) and a name not made of the question's own words."""
    head = _singular(_bare(_WORD.findall(person)[-1]))
    asked = {_bare(word) for word in _WORD.findall(question)}
    for text in texts:
        for sentence in sentences(text, lines=False):
            if not any(_singular(_bare(part)) == head for word in _WORD.findall(sentence) for part in _parts(word)):
                continue
            for name in _names(sentence):
                if any(_bare(word) not in asked for word in _WORD.findall(name)):
                    return True
    return False


def _names(sentence: str) -> list[str]:
    """The names of ``sentence``: runs of two or more capitalised words, without the words that open a sentence
    and name nothing (``And``, ``I``), cut after a possessive (``Marvonia's``), and not a form of address to an
    office (``Mr. Speaker``)."""
    found = []
    for run in _NAME.findall(sentence):
        words = run.split()
        while words and fold(words[0]).strip(".") in _NOT_NAMES:
            words = words[1:]
        part: list[str] = []
        for word in words:
            part.append(word)
            if _bare(word) != fold(word):  # a possessive ends a name
                found.append(part)
                part = []
        found.append(part)
    return [" ".join(part) for part in found if len(part) > 1 and not _ADDRESS.fullmatch(" ".join(part))]


def _parts(word: str) -> tuple[str, ...]:
    """``word`` and, when it is joined by hyphens, each of its parts (``drone-operator``: ``operator`` too)."""
    parts = tuple(part for part in re.split(r"[-‐‑]", word) if part)
    return (word, *parts) if len(parts) > 1 else (word,)


_SINGULAR = ((r"ies$", "y"), (r"(ss|x|ch|sh|zz)es$", r"\1"), (r"men$", "man"), (r"(?<!s)s$", ""))
"""How an English noun's plural ends, and its singular (``deputies`` → ``deputy``, ``boxes`` → ``box``,
``spokesmen`` → ``spokesman``, ``pilots`` → ``pilot``; ``boss`` stays)."""


def _singular(word: str) -> str:
    """``word`` (folded) as a singular noun, so that ``pilots`` and ``pilot`` are one noun and ``operations`` and
    ``operator`` two."""
    for ending, singular in _SINGULAR:
        if len(word) > 3 and re.search(ending, word):
            return re.sub(ending, singular, word)
    return word


def _bare(word: str) -> str:
    """A word without case, accents or a possessive ``'s``."""
    folded = fold(word)
    for ending in ("'s", "’s", "'", "’"):
        if folded.endswith(ending):
            return folded[: -len(ending)]
    return folded
