"""A cache for functions of one line of text that keeps only lines of ordinary length.

Reading a document asks the same questions of each line several times, so the answers are kept; a line of many
thousand characters (a page pasted with no line breaks) is answered afresh each time instead, so that a cache of
thousands of lines can never hold more than thousands of ordinary lines.

A kept answer is found by the dictionary's own lookup, with no Python call in between (reading a document asks
some twenty such questions of each line); only a line not kept runs the function."""

from __future__ import annotations

from collections.abc import Callable
from functools import _CacheInfo, update_wrapper
from itertools import islice
from typing import Any, Generic, TypeVar, cast

LONGEST_KEPT = 2_000
"""The longest line (in characters) whose answer is kept."""

T = TypeVar("T")


class _KeptLines(dict[str, Any], Generic[T]):
    """A function of one line and its answers for the lines asked last: calling it looks the line up, and a line
    not kept (``__missing__``) is answered by the function and kept when it is short enough. When ``maxsize`` are
    kept, the half kept longest ago are let go (the answers are the function's either way)."""

    __call__ = dict.__getitem__

    def __init__(self, func: Callable[[str], T], maxsize: int) -> None:
        super().__init__()
        self._func = func
        self._maxsize = max(1, maxsize)
        self._misses = 0
        # (the instance's own, not the class's: what looks for functions to clear finds the class too)
        self.cache_clear: Callable[[], None] = self._clear
        self.cache_info: Callable[[], _CacheInfo] = self._info

    def __missing__(self, line: str) -> T:
        self._misses += 1
        answer = self._func(line)
        if len(line) <= LONGEST_KEPT:
            if len(self) >= self._maxsize:
                for kept in list(islice(self, max(1, self._maxsize // 2))):
                    self.pop(kept, None)  # (another thread may have let it go first)
            self[line] = answer
        return answer

    def _clear(self) -> None:
        """Forget every answer kept (and the count of lines answered)."""
        self.clear()
        self._misses = 0

    def _info(self) -> _CacheInfo:
        """As ``functools.lru_cache``'s, but for the hits, which are not counted (0)."""
        return _CacheInfo(0, self._misses, self._maxsize, len(self))

    # a function, not a mapping: hashed, and equal to itself only, as functions are
    __hash__ = object.__hash__  # type: ignore[assignment]
    __eq__ = object.__eq__
    __ne__ = object.__ne__

    def __repr__(self) -> str:
        return f"<kept lines of {self._func!r}>"


def kept_lines(maxsize: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorate a function of one line so that its answers for the last lines (at most ``maxsize``) of at most
    ``LONGEST_KEPT`` characters are kept; ``cache_clear`` and ``cache_info`` work as ``functools.lru_cache``'s."""

    def decorate(func: Callable[[str], T]) -> Callable[[str], T]:
        kept: _KeptLines[T] = _KeptLines(func, maxsize)
        update_wrapper(kept, func)
        return cast("Callable[[str], T]", kept)

    return decorate
