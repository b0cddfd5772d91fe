"""A cache for functions of one line of text that keeps only lines of ordinary length.

Reading a document asks the same questions of each line several times, so the answers are kept; a line of many
thousand characters (a page pasted with no line breaks) is answered afresh each time instead, so that a cache of
thousands of lines can never hold more than thousands of ordinary lines."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

LONGEST_KEPT = 2_000
"""The longest line (in characters) whose answer is kept."""

T = TypeVar("T")


def kept_lines(maxsize: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Decorate a function of one line so that its answers for the last ``maxsize`` lines of at most
    ``LONGEST_KEPT`` characters are kept; ``cache_clear`` and ``cache_info`` work as ``functools.lru_cache``'s."""

    def decorate(func: Callable[[str], T]) -> Callable[[str], T]:
        kept = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def answer(line: str) -> T:
            return kept(line) if len(line) <= LONGEST_KEPT else func(line)

        answer.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
        answer.cache_info = kept.cache_info  # type: ignore[attr-defined]
        return answer

    return decorate
