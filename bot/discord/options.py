"""The bot's options, taken from the settings once at start."""

from __future__ import annotations

from dataclasses import dataclass, fields

from bot.render.discord import EMBEDS_LIMIT
from bot.settings import Settings
from index import DEFAULT_MAX_FILE_BYTES

DISCORD_FILE_ORIGINS = ("https://cdn.discordapp.com", "https://media.discordapp.net")
"""Where Discord serves attachments: the only places /add downloads from."""


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
    public_base_url: str | None = None
    """Documents without a url are linked under this address (the corpus published as is)."""
    add_role: str | None = None
    """Members with this role may use /add, besides those with Manage Server."""
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    """The largest attachment /add accepts (as for corpus files)."""
    file_origins: tuple[str, ...] = DISCORD_FILE_ORIGINS
    log_questions: bool = False
    log_users: bool = False
    """Whether the log line of a question holds its text and the asker's id."""

    @classmethod
    def from_settings(cls, settings: Settings) -> BotOptions:
        """The options the settings ask for (those named as a setting is, from that setting)."""
        same = {f.name: getattr(settings, f.name) for f in fields(cls) if hasattr(settings, f.name)}
        origins = DISCORD_FILE_ORIGINS + ((settings.discord_api_base,) if settings.discord_api_base else ())
        return cls(**same, per_page=min(settings.top_k, EMBEDS_LIMIT), file_origins=origins)
