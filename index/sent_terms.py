"""A file's terms as a worker process sends them: numbers in the worker's own table, each term's text sent once.

Each digest numbers its file's terms in a table of its own (``Bags.vocabulary``). Were a worker to send each
file's terms as text, the builder would unpickle and hash thousands of strings a file, most of them seen in
every file before. Instead a worker numbers them in one table that lives as long as it does (``WorkerTerms``)
and sends, with each file, the numbers and only the terms its table learnt from that file (``SentTerms``). The
builder keeps a copy of each worker's table (``ReceivedTerms``), in which a file's vocabulary reads as before
(``TermsView``); the digest cache's lexicon maps a table's numbers to its own once per term
(``index.digest_cache.Lexicon.ids_of``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np


@dataclass(frozen=True, slots=True)
class SentTerms:
    """A file's vocabulary as a worker sends it: each term's number in the worker's table, in the file's order,
    and the terms the table learnt with this file (numbered from ``first`` on, in order)."""

    worker: int
    numbers: np.ndarray
    first: int
    new: tuple[str, ...]


class WorkerTerms:
    """A worker's table of the terms it has sent, numbered in the order it first sent them."""

    def __init__(self, worker: int) -> None:
        self.worker = worker
        self._numbers: dict[str, int] = {}

    def send(self, vocabulary: Collection[str]) -> SentTerms:
        """The vocabulary numbered in this table, learning its new terms."""
        numbers = self._numbers
        first = len(numbers)
        terms = list(vocabulary)
        found = list(map(numbers.get, terms))
        new: list[str] = []
        if None in found:
            for at, number in enumerate(found):
                if number is None:
                    term = terms[at]
                    number = numbers.get(term)
                    if number is None:
                        number = numbers[term] = len(numbers)
                        new.append(term)
                    found[at] = number
        return SentTerms(self.worker, np.array(found, dtype=np.int64), first, tuple(new))


class ReceivedTerms:
    """The builder's copy of each worker's table, grown as the worker's files arrive (in the order it sent them)."""

    def __init__(self) -> None:
        self._tables: dict[int, list[str]] = {}

    def receive(self, sent: SentTerms) -> TermsView:
        """The vocabulary a worker sent, read in the copy of its table; raises ValueError when the worker's files
        do not arrive in the order it sent them."""
        table = self._tables.setdefault(sent.worker, [])
        if sent.first != len(table):
            raise ValueError(f"terms of worker {sent.worker} out of order: {sent.first} sent, {len(table)} received")
        table.extend(sent.new)
        if len(sent.numbers) and int(sent.numbers.max()) >= len(table):
            raise ValueError(f"worker {sent.worker} sent a term number it never sent the term of")
        return TermsView(table, sent.numbers)


class TermsView(Sequence[str]):
    """A file's vocabulary, read in a copy of a worker's table: ``table[numbers[i]]`` is its term i."""

    __slots__ = ("numbers", "table")

    def __init__(self, table: list[str], numbers: np.ndarray) -> None:
        self.table = table
        self.numbers = numbers

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self.table[n] for n in self.numbers[index].tolist()]
        return self.table[int(self.numbers[index])]

    def __iter__(self) -> Iterator[str]:
        table = self.table
        return (table[n] for n in self.numbers.tolist())
