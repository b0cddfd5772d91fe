"""What went over the wire, in order, with a way to wait for the next thing a test expects."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request the client made, and the status the fake answered with.

    ``path`` is the part after ``/api/v10`` (``/channels/1/messages``); ``json`` is the JSON body, or the
    ``payload_json`` part of a multipart body, or None. ``at`` is ``time.monotonic()`` when it arrived.
    ``files`` holds the files of a multipart body: (file name, bytes).
    """

    method: str
    path: str
    query: dict[str, str]
    json: Any
    status: int
    authorization: str | None = field(repr=False)
    failure: str | None = None
    at: float = 0.0
    files: tuple[tuple[str, bytes], ...] = ()

    def matches(self, method: str, path_pattern: str) -> bool:
        return self.method == method.upper() and re.fullmatch(path_pattern, self.path) is not None


@dataclass(frozen=True)
class GatewayFrame:
    """One gateway message: ``sent`` by the fake or ``received`` from the client, on connection ``connection``."""

    direction: str
    op: int
    event: str | None
    data: Any
    connection: int
    path: str


class Journal(Generic[Item]):
    """An append-only list whose readers can wait for an item that matches."""

    def __init__(self) -> None:
        self._items: list[Item] = []
        self._changed = asyncio.Event()

    def append(self, item: Item) -> None:
        self._items.append(item)
        self._changed.set()

    def mark(self) -> int:
        """The position the next item will take: pass it as ``since`` to look only at what comes after."""
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Item:
        return self._items[index]

    def matching(self, predicate: Callable[[Item], bool], since: int = 0) -> list[Item]:
        return [item for item in self._items[since:] if predicate(item)]

    async def wait_for(self, predicate: Callable[[Item], bool], *, since: int = 0, timeout: float, what: str) -> Item:
        """The first item at or after ``since`` that matches, waiting up to ``timeout`` seconds for it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            found = self.matching(predicate, since)
            if found:
                return found[0]
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"no {what} within {timeout} s; saw: {self._summary()}")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                continue

    def _summary(self) -> str:
        return ", ".join(_short(item) for item in self._items[-12:]) or "nothing"


def _short(item: Any) -> str:
    if isinstance(item, RecordedRequest):
        return f"{item.method} {item.path} -> {item.status}"
    if isinstance(item, GatewayFrame):
        return f"{item.direction} op {item.op}{' ' + item.event if item.event else ''}"
    return repr(item)
