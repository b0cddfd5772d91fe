"""A cache for functions of one line of text that keeps only lines of ordinary length.

Reading a document asks the same questions of each line several times, so the answers are kept; a line of many
thousand characters (a page pasted with no line breaks) is answered afresh each time instead, so that a cache of
thousands of lines can never hold more than thousands of ordinary lines."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, Generic, TypeVar

LONGEST_KEPT = 2_000
"""The longest line (in characters) whose answer is kept."""

T = TypeVar("T")


class LineCache(Generic[T]):
    """``func`` with its answers for the last ``maxsize`` lines of at most ``LONGEST_KEPT`` characters kept."""

    def __init__(self, func: Callable[[str], T], maxsize: int) -> None:
        self._func = func
        self._kept = lru_cache(maxsize=maxsize)(func)
        update_wrapper(self, func)

    def __call__(self, line: str) -> T:
        return self._kept(line) if len(line) <= LONGEST_KEPT else self._func(line)

    def cache_clear(self) -> None:
        """Forget every kept answer."""
        self._kept.cache_clear()

    def cache_info(self) -> Any:
        """Hits, misses and size of the kept answers (as ``functools.lru_cache`` gives them)."""
        return self._kept.cache_info()


def kept_lines(maxsize: int) -> Callable[[Callable[[str], T]], LineCache[T]]:
    """Decorate a function of one line so that its answers for ordinary lines are kept (``LineCache``)."""

    def decorate(func: Callable[[str], T]) -> LineCache[T]:
        return LineCache(func, maxsize)

    return decorate
