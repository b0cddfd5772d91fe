"""The bot's options, taken from the settings once at start."""

from __future__ import annotations

from dataclasses import dataclass

from bot.render.discord import EMBEDS_LIMIT
from bot.settings import Settings


@dataclass(frozen=True, slots=True)
class BotOptions:
    """How the bot pages, throttles and refreshes; the defaults match the settings' defaults."""

    per_page: int = 5
    """Passages per page of an answer (one embed each, at most 10)."""
    cooldown_questions: int = 3
    cooldown_seconds: float = 30.0
    """A person may ask ``cooldown_questions`` questions every ``cooldown_seconds``."""
    max_searches: int = 4
    """Searches running at the same time; more questions wait for a free slot."""
    search_wait: float = 30.0
    """How long a question waits for a free slot before the bot says it is busy."""
    buttons_timeout: float = 600.0
    reload_seconds: float = 5.0
    guild_id: int | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> BotOptions:
        """The options the settings ask for."""
        return cls(
            per_page=min(settings.top_k, EMBEDS_LIMIT),
            cooldown_questions=settings.cooldown_questions,
            cooldown_seconds=settings.cooldown_seconds,
            max_searches=settings.max_searches,
            buttons_timeout=settings.buttons_timeout,
            reload_seconds=settings.reload_seconds,
            guild_id=settings.guild_id,
        )
