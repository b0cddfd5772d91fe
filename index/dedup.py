"""Repeated passages: the same words quoted twice (exact repeats) or with small differences (near repeats).

Exact repeats are grouped at build time by a 128-bit hash of their folded words: the copy from the earliest
document is scored, the rest listed under it. Near repeats are found among a question's candidates by their
shared three-word shingles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

import numpy as np

from index.analyzer import fold

SHINGLE_WORDS = 3
MIN_SHINGLES = 6
"""Passages shorter than this many shingles (about eight words) are never near repeats: too little to tell."""
MIN_SHARED = 0.7
"""Share of the shorter passage's shingles that the longer one must hold."""
MIN_LENGTH_RATIO = 0.5
"""The shorter passage has at least this share of the longer one's shingles: a short excerpt of a long
passage is a quotation of part of it, not a repeat."""

_WORDS = re.compile(r"\w+")
_ASCII_GAPS = bytes(byte if byte > 127 or _WORDS.fullmatch(chr(byte)) else 32 for byte in range(256))
"""Every ASCII character that is not part of a word (as ``_WORDS`` reads one) made a space."""
T = TypeVar("T")
UNDATED = np.iinfo(np.int32).max
"""The date order of a document without a date: after every dated one."""


def dedup_key(text: str) -> str:
    """The words of a passage, folded: two passages with the same key say the same thing."""
    return " ".join(_words(fold(text)))


def key_hash(text: str) -> tuple[int, int]:
    """A passage's dedup key as two 64-bit halves of its BLAKE2b hash."""
    digest = hashlib.blake2b(dedup_key(text).encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little")


@dataclass(frozen=True, slots=True)
class Grouping:
    """The passages to index (sorted), and for each that has copies, the copies (sorted), as flat arrays."""

    rows: np.ndarray
    holders: np.ndarray
    offsets: np.ndarray
    members: np.ndarray


def group(keys: np.ndarray, date_order: np.ndarray) -> Grouping:
    """Group passages by key; ``date_order`` ranks each passage's document date (``UNDATED`` last)."""
    count = len(keys)
    if count == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Grouping(empty, empty, np.zeros(1, dtype=np.int64), empty)
    numbers = np.arange(count, dtype=np.int64)
    order = np.lexsort((numbers, date_order, keys[:, 1], keys[:, 0]))
    ordered = keys[order]
    starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)])
    sizes = np.diff(np.r_[starts, count])
    rows = np.sort(order[starts])
    repeated = sizes > 1
    holders = order[starts[repeated]]
    by_holder = np.argsort(holders, kind="stable")
    holders = holders[by_holder]
    groups = [np.sort(order[s + 1 : s + n]) for s, n in zip(starts[repeated], sizes[repeated], strict=True)]
    groups = [groups[i] for i in by_holder.tolist()]
    offsets = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum([len(g) for g in groups], out=offsets[1:])
    members = np.concatenate(groups) if groups else np.zeros(0, dtype=np.int64)
    return Grouping(rows.astype(np.int64), holders.astype(np.int64), offsets, members.astype(np.int64))


class Duplicates(Mapping[int, list[int]]):
    """For an indexed passage, the passages elsewhere with the same words (a lazy view of flat arrays)."""

    def __init__(self, holders: np.ndarray, offsets: np.ndarray, members: np.ndarray) -> None:
        self._holders = holders
        self._offsets = offsets
        self._members = members

    def __getitem__(self, passage_id: int) -> list[int]:
        place = int(np.searchsorted(self._holders, passage_id))
        if place >= len(self._holders) or int(self._holders[place]) != passage_id:
            raise KeyError(passage_id)
        return [int(m) for m in self._members[int(self._offsets[place]) : int(self._offsets[place + 1])]]

    def __iter__(self) -> Iterator[int]:
        return iter(self._holders.tolist())

    def __len__(self) -> int:
        return len(self._holders)


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The passage's runs of three consecutive folded words."""
    words = _words(fold(text))
    if len(words) < SHINGLE_WORDS:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(zip(words, words[1:], words[2:], strict=False))


def _words(folded: str) -> list[str]:
    """The words of a folded text (``_WORDS``); an ASCII text's by a byte table and a split, several times faster."""
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_GAPS).decode("ascii").split()
    return _WORDS.findall(folded)


def near_repeats(first: frozenset[tuple[str, ...]], second: frozenset[tuple[str, ...]]) -> bool:
    """Whether two passages (as shingles) are the same excerpt with small differences."""
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    if len(small) < MIN_SHINGLES or len(small) < MIN_LENGTH_RATIO * len(large):
        return False
    return len(small & large) >= MIN_SHARED * len(small)


def collapse(items: Sequence[T], text_of: Callable[[T], str]) -> list[list[T]]:
    """Ranked items grouped by near repeats, each group in rank order, groups in the order of their best item; an
    item joins the first group whose best item it near repeats.

    An item too short to be anyone's near repeat (``MIN_SHINGLES``) starts a group that nothing joins; the
    others are compared with each group's best item in turn, by length first (``MIN_LENGTH_RATIO``), then by
    a few shingles of the shorter (``_probe``: if the longer holds none, no repeat), then by all the shingles
    they share: a few dozen candidates cost fewer steps so than a table of every shingle."""
    leads: list[tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], int, list[T]]] = []
    groups: list[list[T]] = []
    for item in items:
        own = shingles(text_of(item))
        size = len(own)
        group = None
        if size >= MIN_SHINGLES:
            probe = _probe(own)
            for lead, lead_probe, length, members in leads:
                if size <= length:
                    if size < MIN_LENGTH_RATIO * length or probe.isdisjoint(lead):
                        continue
                elif length < MIN_LENGTH_RATIO * size or lead_probe.isdisjoint(own):
                    continue
                if len(own & lead) >= MIN_SHARED * min(size, length):
                    group = members
                    break
        if group is not None:
            group.append(item)
            continue
        group = [item]
        groups.append(group)
        if size >= MIN_SHINGLES:
            leads.append((own, probe, size, group))
    return groups


def _probe(own: frozenset[T]) -> frozenset[T]:
    """A few of a passage's shingles, more than it can miss of a near repeat's (``MIN_SHARED``): a longer passage
    holding none of them holds too few of the rest, so it need not be compared shingle by shingle."""
    return frozenset(islice(own, int((1 - MIN_SHARED) * len(own)) + 2))
