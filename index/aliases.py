"""Alias groups: the names one group, person or body goes by, read from the corpus folder's ``aliases.toml``.

``[groups]`` gives each group's names, ``[related]`` the groups a question naming it also finds, with a lower
weight (docs/aliases.md). Names are analysed like any text; at build time every place a passage names a group
adds the group's term (``@nusra``) and, for a name of several words, its phrase term.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from index.analyzer import (
    PARTICLE,
    STOPWORDS,
    Token,
    analyze_marked,
    find_phrases,
    fold,
    iter_tokens,
    phrase,
    phrase_starts,
    text_words,
)
from index.errors import BriefbotError
from index.safe_files import SMALL_FILE_BYTES, read_regular

ALIASES_FILE = "aliases.toml"
GROUP_PREFIX = "@"
"""Group terms start with a character no word term can contain."""

_SECTIONS = ("groups", "related")
_WORDS_KEPT = 1 << 18
"""How many distinct words a table remembers what they give (``AliasTable.terms_of``)."""
_TEXTS_KEPT = 8
"""How many of the last texts a table remembers the terms of (``AliasTable.terms_of``)."""
_KEY = re.compile(r"[A-Za-z0-9_-]+")
_AT_LINE = re.compile(r"\(at line (?P<line>\d+), column (?P<column>\d+)\)")


class AliasFileError(BriefbotError):
    """The aliases file cannot be used; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class AliasGroup:
    """One group: its key, its names as written in the file, and the keys of related groups."""

    key: str
    names: tuple[str, ...]
    related: tuple[str, ...] = ()

    @property
    def term(self) -> str:
        """The index term that stands for any mention of the group."""
        return GROUP_PREFIX + self.key.lower()


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A place a text names a group: the token positions of the name and the name's terms."""

    group: AliasGroup
    words: tuple[str, ...]
    first: int
    last: int

    @property
    def name_term(self) -> str:
        """The name's own term: the word's term, or the phrase term of a name of several words."""
        return phrase(self.words)


@dataclass(frozen=True)
class AliasTable:
    """The alias groups in use, with every name analysed into the words it matches."""

    groups: tuple[AliasGroup, ...] = ()
    _by_words: dict[tuple[str, ...], AliasGroup] = field(init=False, repr=False, compare=False)
    _starts: dict[str, list[tuple[str, ...]]] = field(init=False, repr=False, compare=False)
    _single: dict[str, AliasGroup] = field(init=False, repr=False, compare=False)
    _phrase_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    _phrase_words: dict[str, list[frozenset[str]]] = field(init=False, repr=False, compare=False)
    _words: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _starters: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _extras: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _noted: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    """The words of ``_starters`` and of ``_extras``: a text holding none of them needs neither looked at."""
    _texts: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_words: dict[tuple[str, ...], AliasGroup] = {}
        for group in self.groups:
            for words in filter(None, map(name_words, group.names)):
                by_words.setdefault(words, group)
        object.__setattr__(self, "_by_words", by_words)
        object.__setattr__(self, "_starts", phrase_starts(by_words))
        object.__setattr__(self, "_single", {words[0]: group for words, group in by_words.items() if len(words) == 1})
        object.__setattr__(self, "_phrase_firsts", frozenset(words[0] for words in by_words if len(words) > 1))
        needed: dict[str, list[frozenset[str]]] = {}
        for words in by_words:
            if len(words) > 1:
                needed.setdefault(words[0], []).append(frozenset(w for w in words if not w.startswith(PARTICLE)))
        object.__setattr__(self, "_phrase_words", needed)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def group(self, key: str) -> AliasGroup | None:
        """The group with this key, if any."""
        return next((g for g in self.groups if g.key == key), None)

    def find(self, text: str, tokens: Sequence[Token]) -> list[NameMatch]:
        """Every place ``tokens`` (the analysed ``text``) names a group, longest name first, in order."""
        if not self._by_words:
            return []
        matches = []
        for first, last, words in find_phrases(text, tokens, self._starts):
            matches.append(NameMatch(self._by_words[words], words, first, last))
        return matches

    def index_terms(self, text: str, tokens: Sequence[Token]) -> list[str]:
        """The extra terms a passage is indexed with: its groups' terms and its multi-word names' phrases. A word
        of a longer name that is a name itself still names its own group (``wage`` of ``wage increase``)."""
        extra: list[str] = []
        for match in self.find(text, tokens):
            extra.append(match.group.term)
            if len(match.words) > 1:
                extra.append(match.name_term)
                extra += [group.term for group in self.nested_groups(match)]
        return extra

    def nested_groups(self, match: NameMatch) -> list[AliasGroup]:
        """The other groups the words of a matched name of several words name on their own (``wage`` of
        ``wage increase``)."""
        nested = (self._single.get(word) for word in match.words)
        return [group for group in nested if group is not None and group is not match.group]

    def terms_of(self, text: str, mark: str = "", words: list[str] | None = None) -> list[str]:
        """A text's terms followed by ``index_terms``, each led by ``mark``: what a passage (or, marked, the
        question it answers) is indexed with. A text in which no name of several words can start (most) is
        matched word by word, from what each distinct word gives (remembered), without the words' spans. The
        last few texts keep their terms: an answer turn's question was the passage before it. ``words``: the
        text's ``text_words``, when they are at hand."""
        found = self._texts.get(text)
        if found is None:
            found = self._text_terms(text, text_words(text) if words is None else words)
            if len(self._texts) >= _TEXTS_KEPT:
                self._texts.clear()
            self._texts[text] = found
        return [mark + term for term in found] if mark else list(found)

    def _text_terms(self, text: str, words: list[str]) -> list[str]:
        if len(self._words) > _WORDS_KEPT:
            self._words.clear()
            self._starters.clear()
            self._extras.clear()
            self._noted.clear()
        try:
            each = list(map(self._words.__getitem__, words))
        except KeyError:  # words not seen before
            known, learn = self._words.get, self._learn
            each = [terms if (terms := known(word)) is not None else learn(word) for word in words]
        found = list(chain.from_iterable(each))
        if self._noted.isdisjoint(words):
            return found
        if not self._starters.isdisjoint(words) and self._may_hold_phrase(found):
            tokens = list(iter_tokens(text))
            return [token.term for token in tokens] + self.index_terms(text, tokens)
        extras = self._extras
        if not extras.keys().isdisjoint(words):
            found += [group for word in words if word in extras for group in extras[word]]
        return found

    def _may_hold_phrase(self, terms: list[str]) -> bool:
        """Whether a name of several words may stand in a text of these terms: the text holds every word of one
        (its particles aside). When none can, matching its tokens finds the names of one word alone, which the
        words' own group terms (``_extras``) give in the same order."""
        present = set(terms)
        firsts = self._phrase_firsts.intersection(present)
        return any(needed <= present for first in firsts for needed in self._phrase_words[first])

    def _learn(self, word: str) -> tuple[str, ...]:
        """The terms of a word not seen before, remembered (numbers are not), noting the group terms of the names
        it is alone and whether a name of several words can start with it."""
        marked = analyze_marked(word)
        plain = [term for term, joined in marked if not joined]
        groups = tuple(self._single[term].term for term in plain if term in self._single)
        if groups:
            self._extras[word] = groups
            self._noted.add(word)
        if not self._phrase_firsts.isdisjoint(plain):
            self._starters.add(word)
            self._noted.add(word)
        terms = tuple(term for term, _ in marked)
        if not word.isdigit():
            self._words[word] = terms
        return terms

    def name_terms(self, group: AliasGroup) -> set[str]:
        """The terms of every name of ``group`` (phrase terms for names of several words)."""
        return {phrase(words) for words in map(name_words, group.names) if words}

    def to_records(self) -> list[dict[str, Any]]:
        """The groups as JSON-ready records, for the index."""
        return [{"key": g.key, "names": list(g.names), "related": list(g.related)} for g in self.groups]

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]]) -> AliasTable:
        """Read back ``to_records``."""
        return cls(
            tuple(
                AliasGroup(str(r["key"]), tuple(str(n) for n in r["names"]), tuple(str(k) for k in r["related"]))
                for r in records
            )
        )


WORD_FORMS_FILE = Path(__file__).with_name("wordforms.toml")
"""The word forms and synonyms briefbot ships, as alias groups (peoples and countries, compounds, synonyms)."""


@lru_cache(maxsize=1)
def shipped_word_forms() -> AliasTable:
    """The shipped word-form groups (``wordforms.toml`` beside this module)."""
    return parse_aliases(WORD_FORMS_FILE.read_text(encoding="utf-8"))


def with_word_forms(own: AliasTable) -> AliasTable:
    """A corpus's own groups followed by the shipped word forms: a shipped group with the key of one of the
    corpus's is left out, and so is a shipped name that one of the corpus's groups gives."""
    keys = {group.key for group in own.groups}
    taken = {words for group in own.groups for words in map(name_words, group.names)}
    kept: list[AliasGroup] = []
    for group in shipped_word_forms().groups:
        if group.key in keys:
            continue
        names = tuple(name for name in group.names if name_words(name) not in taken)
        if names:
            kept.append(AliasGroup(group.key, names, group.related))
    present = keys | {group.key for group in kept}
    kept = [AliasGroup(g.key, g.names, tuple(k for k in g.related if k in present)) for g in kept]
    return AliasTable((*own.groups, *kept))


def name_words(name: str) -> tuple[str, ...]:
    """The word terms a name matches, in order (joined compound terms left out); the small words that end a name
    of several words are kept as particles (``put out``: ``put``, ``~out``), which must follow it in the text."""
    words: list[str] = []
    particles: list[str] = []
    for word in text_words(name):
        terms = [term for term, joined in analyze_marked(word) if not joined]
        if terms:
            words += terms
            particles = []
        elif words and fold(word) in STOPWORDS:
            particles.append(PARTICLE + fold(word))
    return (*words, *particles)


def load_aliases(corpus_dir: Path) -> AliasTable:
    """The alias groups of a corpus folder: empty when it has no ``aliases.toml``.

    Raises AliasFileError naming the file and line when the file cannot be read or makes no sense.
    """
    path = corpus_dir / ALIASES_FILE
    try:
        data = read_regular(path, SMALL_FILE_BYTES, within=corpus_dir)
    except FileNotFoundError:
        return AliasTable()
    except OSError as error:
        raise AliasFileError(f"{ALIASES_FILE}: cannot be read: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AliasFileError(f"{ALIASES_FILE}: not valid UTF-8 text (bad byte at offset {error.start})") from None
    return parse_aliases(text)


def parse_aliases(text: str) -> AliasTable:
    """Parse the text of an aliases file; raises AliasFileError naming the line of the first problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise AliasFileError(_syntax_message(text, str(error))) from None
    lines = text.splitlines()
    for section in document:
        if section not in _SECTIONS:
            raise _error(lines, section, None, f"unknown section [{section}]; the sections are [groups] and [related]")
    tables = {section: document.get(section, {}) for section in _SECTIONS}
    for section, table in tables.items():
        if not isinstance(table, dict):
            raise _error(lines, section, None, f"{section} must be a table: [{section}] followed by key = [...] lines")
    owner: dict[tuple[str, ...], str] = {}
    groups: dict[str, list[str]] = {}
    for key, names in tables["groups"].items():
        names = _string_list(lines, "groups", key, names, "names")
        if not names:
            raise _error(lines, "groups", key, f"group {key!r} has no names")
        for name in names:
            words = name_words(name)
            if not words:
                raise _error(lines, "groups", key, f"name {name!r} of group {key!r} has no words to search for")
            if owner.get(words, key) != key:
                raise _error(lines, "groups", key, f"name {name!r} is in two groups: {owner[words]!r} and {key!r}")
            owner[words] = key
        groups[key] = names
    related: dict[str, list[str]] = {}
    for key, others in tables["related"].items():
        if key not in groups:
            raise _error(lines, "related", key, f"[related] names group {key!r}, which [groups] does not define")
        others = _string_list(lines, "related", key, others, "group keys")
        for other in others:
            if other not in groups or other == key:
                message = f"group {key!r} is related to {other!r}, which is not another group"
                raise _error(lines, "related", key, message)
        related[key] = others
    return AliasTable(
        tuple(AliasGroup(key, tuple(names), tuple(related.get(key, ()))) for key, names in groups.items())
    )


def _syntax_message(text: str, problem: str) -> str:
    """The TOML parser's complaint, led by the line it is about."""
    at = _AT_LINE.search(problem)
    if at:
        return f"{ALIASES_FILE} line {at['line']}: {problem[: at.start()].rstrip()} (column {at['column']})"
    opened = _unclosed_line(text)
    if opened:
        detail = problem.replace("(at end of document)", "").strip()
        return f"{ALIASES_FILE} line {opened}: {detail}: it is still open at the end of the file"
    return f"{ALIASES_FILE}: {problem}"


_TOML_TOKEN = re.compile(r"""#[^\n]*|"(?:\\.|[^"\\\n])*"|'[^'\n]*'|(?P<quote>["'])|(?P<open>[\[{])|(?P<close>[\]}])""")
"""What tells whether a bracket or a quote of a TOML text is left open: comments and strings closed on their line,
passed over; a quote still open at the end of its line; an opening bracket; a closing one."""


def _unclosed_line(text: str) -> int | None:
    """The line where a bracket or quote that is never closed was opened, if any."""
    depth, line, seen = 0, 1, 0
    opened: int | None = None
    for token in _TOML_TOKEN.finditer(text):
        if token.lastgroup is None:
            continue  # a comment, or a string closed on its line
        line += text.count("\n", seen, token.start())
        seen = token.start()
        if token.lastgroup == "quote":
            return line if depth == 0 else opened
        if token.lastgroup == "open":
            opened = line if depth == 0 else opened
            depth += 1
        else:
            depth = max(0, depth - 1)
    return opened if depth > 0 else None


def _string_list(lines: list[str], section: str, key: str, value: object, what: str) -> list[str]:
    if not _KEY.fullmatch(key):
        raise _error(lines, section, key, f"key {key!r} may only hold letters, digits, '-' and '_'")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _error(lines, section, key, f'{key} must be a list of {what} in quotes, like {key} = ["…", "…"]')
    return [item.strip() for item in value if item.strip()]


def _error(lines: list[str], section: str, key: str | None, message: str) -> AliasFileError:
    """An error naming the line where ``key`` is set in ``[section]`` (or the section's header)."""
    number = _line_of(lines, section, key)
    where = f" line {number}" if number else ""
    return AliasFileError(f"{ALIASES_FILE}{where}: {message}")


def _line_of(lines: list[str], section: str, key: str | None) -> int | None:
    header = re.compile(rf"^\s*\[\s*{re.escape(section)}\s*\]")
    assignment = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=") if key else None
    inside = False
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith("["):
            inside = bool(header.match(line))
            if inside and assignment is None:
                return number
            continue
        if inside and assignment is not None and assignment.match(line):
            return number
    return None
