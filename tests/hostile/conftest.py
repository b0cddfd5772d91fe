"""Fixtures of the hostile-input suite: a built corpus to attack, a guard that turns a hang into a failure."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

import pytest

from index.limits import FileLimits, current_limits, set_limits


@contextlib.contextmanager
def no_hang(seconds: int = 20) -> Iterator[None]:
    """Fail, instead of waiting for ever, when the block takes longer than ``seconds``."""

    def expired(*_: object) -> None:
        raise AssertionError(f"still running after {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(autouse=True)
def default_limits() -> Iterator[FileLimits]:
    """Each test starts from the default limits and leaves them as it found them."""
    before = current_limits()
    set_limits(FileLimits())
    yield current_limits()
    set_limits(before)
