"""JSON Lines files read lazily: one record a line, found by offset, checked by its CRC-32 when read.

A million passages open in no time this way: nothing is parsed until a record is asked for, and a damaged
record is noticed when it is read rather than by hashing the whole file on every start. The items read last
are kept decoded: answering a question looks at the same few passages many times.
"""

from __future__ import annotations

import bisect
import itertools
import json
import mmap
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, overload

import numpy as np

from index.errors import IndexCorruptError

T = TypeVar("T")

RECENT_ITEMS = 4096
"""How many decoded items a JsonLines keeps at hand (items are immutable, so threads share them)."""
_ABSENT = object()
_DECODER = json.JSONDecoder()


class _Records(Sequence[T]):
    """A read-only sequence whose items are found one at a time by ``_item``; a slice gives a list of them."""

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"record {index} out of range")
        return self._item(index)

    def _item(self, index: int) -> T:
        raise NotImplementedError


class JsonLines(_Records[T]):
    """A read-only sequence over a JSON Lines file; item i is ``decode(i, record i)``."""

    def __init__(
        self,
        path: Path,
        offsets: np.ndarray,
        crcs: np.ndarray,
        decode: Callable[[int, dict[str, Any]], T],
        index_dir: Path,
    ) -> None:
        self.path = path
        self._offsets = offsets
        self._crcs = crcs
        self._decode = decode
        self._index_dir = index_dir
        # Decoded items, least recently read first. A plain dict of the instance: no reference back to it,
        # so letting go of the sequence frees its items and unmaps its file at once.
        self._recent: OrderedDict[int, T] = OrderedDict()
        self._recent_lock = threading.Lock()
        self._count = len(offsets) - 1
        with open(path, "rb") as handle:
            size = handle.seek(0, 2)
            self._data: mmap.mmap | bytes = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        if len(offsets) < 1 or len(crcs) != len(offsets) - 1 or int(offsets[-1]) != size:
            if isinstance(self._data, mmap.mmap):
                self._data.close()
            raise IndexCorruptError(f"index file {path.name} in {index_dir} does not match its line index")

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if type(index) is int and 0 <= index < self._count:  # the common case, in as few steps as may be
            return self._item(index)
        return super().__getitem__(index)

    def _item(self, index: int) -> T:
        with self._recent_lock:
            item = self._recent.get(index, _ABSENT)
            if item is not _ABSENT:
                self._recent.move_to_end(index)
                return item  # type: ignore[return-value]  # only items are stored beside the marker
        item = self._load(index)
        with self._recent_lock:
            self._recent[index] = item
            if len(self._recent) > RECENT_ITEMS:
                self._recent.popitem(last=False)
        return item

    def __iter__(self) -> Iterator[T]:
        for i in range(len(self)):
            yield self._load(i)

    def _load(self, index: int) -> T:
        """Item ``index``, its record checked against its CRC-32 first."""
        line = self._data[int(self._offsets[index]) : int(self._offsets[index + 1])]
        if zlib.crc32(line) != int(self._crcs[index]):
            raise IndexCorruptError(
                f"index file {self.path.name} in {self._index_dir} is damaged (record {index} fails its checksum)"
            )
        try:  # written as UTF-8 (``index.store.json_line``): decoded as such, not sniffed for another encoding
            record = _DECODER.decode(line.decode("utf-8", "surrogatepass"))
        except ValueError as error:
            raise IndexCorruptError(
                f"index file {self.path.name} in {self._index_dir} is damaged (record {index}: {error})"
            ) from None
        return self._decode(index, record)


class IntSequence(Sequence[int]):
    """A read-only view of an integer array that hands out plain ints."""

    def __init__(self, values: np.ndarray) -> None:
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        return self.values[index].tolist()  # plain ints

    def __iter__(self) -> Iterator[int]:
        return iter(self.values.tolist())


class Chain(_Records[T]):
    """Sequences read end to end as one (the segments of a generation)."""

    def __init__(self, parts: Sequence[Sequence[T]]) -> None:
        self.parts = parts
        self.starts = [0, *itertools.accumulate(len(part) for part in parts)]  # plain ints: read once per item

    def __len__(self) -> int:
        return self.starts[-1]

    def _item(self, index: int) -> T:
        part = bisect.bisect_right(self.starts, index) - 1
        return self.parts[part][index - self.starts[part]]

    def __iter__(self) -> Iterator[T]:
        for part in self.parts:
            yield from part


class RowBlocks:
    """The rows of a matrix kept in consecutive blocks (one per segment), read as one matrix."""

    def __init__(self, parts: Sequence[np.ndarray]) -> None:
        self.parts = parts
        self.starts = np.cumsum([0, *(len(part) for part in parts)])
        self.shape = (int(self.starts[-1]), *parts[0].shape[1:])
        self.ndim = len(self.shape)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, rows: Any) -> np.ndarray:
        wanted = np.asarray(rows, dtype=np.int64)
        found = np.empty((*wanted.shape, *self.shape[1:]), dtype=self.parts[0].dtype)
        part = np.searchsorted(self.starts, wanted, side="right") - 1
        for number, block in enumerate(self.parts):
            chosen = part == number
            found[chosen] = block[wanted[chosen] - int(self.starts[number])]
        return found

    def products(self, vector: np.ndarray) -> np.ndarray:
        """Every row's dot product with ``vector`` (one thread: steadier than BLAS on a busy machine)."""
        return np.concatenate([np.einsum("ij,j->i", part, vector) for part in self.parts])
