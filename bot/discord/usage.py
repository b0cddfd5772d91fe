"""The operator's view of use: one INFO line per question, with where it came from, how long it took and
what it found; the question's text and the asker's id only when the settings ask for them."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from index import Answer

log = logging.getLogger("briefbot.discord")


@dataclass
class QuestionRecord:
    """One question as it is answered: started when made, logged once with ``done``."""

    via: str
    """``/ask`` or ``mention``."""
    guild_id: int | None
    channel_id: int | None
    user_id: int
    question: str
    started: float = field(default_factory=time.monotonic)

    def done(self, outcome: str, answer: Answer | None = None, *, with_question: bool, with_user: bool) -> None:
        """Log the line at INFO: ``question via=/ask guild=… channel=… outcome=answered passages=7 shown=5
        latency=0.21s``."""
        parts = [f"question via={self.via} guild={self.guild_id} channel={self.channel_id} outcome={outcome}"]
        if answer is not None:
            parts += [f"passages={answer.matched}", f"shown={len(answer.hits)}"]
        parts.append(f"latency={time.monotonic() - self.started:.2f}s")
        if with_user:
            parts.append(f"user={self.user_id}")
        if with_question:
            parts.append(f"text={self.question[:300]!r}")
        log.info("%s", " ".join(parts))
