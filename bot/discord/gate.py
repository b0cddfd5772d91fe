"""Who may ask now, and how many searches run at once: a per-person cooldown and a bound on searches."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

from discord.ext.commands import Cooldown, CooldownMapping

from index import BriefbotError, ErrorKind


class SearchesBusyError(BriefbotError):
    """Every search slot stayed taken for longer than a question may wait."""

    kind = ErrorKind.BUSY


class QuestionGate:
    """Shared by ``/ask`` and mentions: each person's cooldown, and a semaphore over running searches."""

    def __init__(self, questions: int, seconds: float, concurrent: int, wait: float = 30.0) -> None:
        self.questions = questions
        self.seconds = seconds
        self.wait = wait
        self._cooldowns = CooldownMapping(Cooldown(questions, seconds), lambda user_id: user_id)
        """One cooldown per person; those unused for a whole window are dropped."""
        self._slots = asyncio.Semaphore(concurrent)

    def retry_after(self, user_id: int) -> float | None:
        """Count a question from ``user_id``; the seconds to wait when they are over their allowance, else None."""
        return self._cooldowns.update_rate_limit(user_id, time.time())

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the search slots; raises SearchesBusyError after waiting ``wait`` seconds for one."""
        try:
            await asyncio.wait_for(self._slots.acquire(), self.wait)
        except TimeoutError:
            raise SearchesBusyError("every search slot is busy") from None
        try:
            yield
        finally:
            self._slots.release()
