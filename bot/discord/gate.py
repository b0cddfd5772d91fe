"""Who may ask now, and how many searches run at once: a per-person cooldown and a bound on searches."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

from discord.app_commands import Cooldown

from index import BriefbotError, ErrorKind

_PRUNE_AT = 2048


class SearchesBusyError(BriefbotError):
    """Every search slot stayed taken for longer than a question may wait."""

    kind = ErrorKind.BUSY


class QuestionGate:
    """Shared by ``/ask`` and mentions: each person's cooldown, and a semaphore over running searches."""

    def __init__(self, questions: int, seconds: float, concurrent: int, wait: float = 30.0) -> None:
        self.questions = questions
        self.seconds = seconds
        self.wait = wait
        self._cooldowns: dict[int, Cooldown] = {}
        self._slots = asyncio.Semaphore(concurrent)
        self.running = 0
        """Searches running now."""

    def retry_after(self, user_id: int) -> float | None:
        """Count a question from ``user_id``; the seconds to wait when they are over their allowance, else None."""
        now = time.time()
        if len(self._cooldowns) > _PRUNE_AT:
            self._cooldowns = {
                user: cooldown for user, cooldown in self._cooldowns.items() if cooldown.get_tokens(now) < cooldown.rate
            }
        cooldown = self._cooldowns.setdefault(user_id, Cooldown(self.questions, self.seconds))
        return cooldown.update_rate_limit(now)

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the search slots; raises SearchesBusyError after waiting ``wait`` seconds for one."""
        try:
            await asyncio.wait_for(self._slots.acquire(), self.wait)
        except TimeoutError:
            raise SearchesBusyError("every search slot is busy") from None
        self.running += 1
        try:
            yield
        finally:
            self.running -= 1
            self._slots.release()
