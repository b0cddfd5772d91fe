"""Settings, read from ``BRIEFBOT_*`` environment variables or a ``.env`` file in the working folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.discord_endpoint import loopback_base
from index.errors import BriefbotError
from index.meaning import DEFAULT_MODEL, MODEL_SETTING


class Settings(BaseSettings):
    """Every setting briefbot reads; ``.env.example`` lists them with their defaults."""

    model_config = SettingsConfigDict(
        env_prefix="BRIEFBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    corpus_dir: Path = Field(default=Path("corpus"), description="Folder of transcripts and articles.")
    index_dir: Path = Field(default=Path(".briefbot/index"), description="Folder the index is written to.")
    top_k: int = Field(default=5, ge=1, le=50, description="Passages shown per answer.")
    max_file_mb: float = Field(
        default=50, gt=0, allow_inf_nan=False, description="Corpus files larger than this (MB) are skipped."
    )

    embedding_model: str = Field(
        default=DEFAULT_MODEL,
        min_length=1,
        description="The meaning model: wordllama (shipped), none, or the path of a local model folder.",
    )

    @property
    def max_file_bytes(self) -> int:
        """The file size limit in bytes."""
        return int(self.max_file_mb * 1_000_000)

    discord_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("DISCORD_TOKEN", "BRIEFBOT_DISCORD_TOKEN"),
        description="The Discord bot's token (secret: never logged or shown).",
    )
    guild_id: int | None = Field(default=None, gt=0, description="Server whose slash commands are synced at start.")
    cooldown_questions: int = Field(default=3, ge=1, le=100, description="Questions a person may ask per cooldown.")
    cooldown_seconds: float = Field(
        default=30.0, gt=0, le=3600, allow_inf_nan=False, description="The cooldown window in seconds."
    )
    max_searches: int = Field(default=4, ge=1, le=64, description="Searches the bot runs at the same time.")
    buttons_timeout: float = Field(
        default=600.0,
        ge=10,
        le=840,
        allow_inf_nan=False,
        description="Seconds the buttons under an answer keep working.",
    )
    reload_seconds: float = Field(
        default=5.0,
        ge=0.5,
        le=3600,
        allow_inf_nan=False,
        description="How often the bot checks whether the index changed on disk.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="Bot log detail.")

    @field_validator("discord_token", "guild_id", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """``DISCORD_TOKEN=`` (as .env.example has it) means no token, not an empty one."""
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_case_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    discord_api_base: str | None = Field(
        default=None,
        description="For tests only: a loopback origin standing in for Discord (HTTP API and gateway).",
    )

    @field_validator("discord_api_base")
    @classmethod
    def _loopback_only(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return loopback_base(value)


def load_settings() -> Settings:
    """Read the settings; a bad value raises BriefbotError naming the variable, in one line."""
    try:
        settings = Settings()
    except ValidationError as error:
        problems = []
        for item in error.errors():
            name = "BRIEFBOT_" + "_".join(str(part) for part in item["loc"]).upper()
            problems.append(f"{name}: {item['msg'].removeprefix('Value error, ')}")
        raise BriefbotError("bad setting " + "; ".join(problems)) from None
    except UnicodeDecodeError as error:
        raise BriefbotError(
            f"the .env file is not UTF-8 text (byte {error.start}: {error.reason}); save it as UTF-8"
        ) from None
    # the index reads the meaning model's setting from the environment (index.meaning), .env included
    os.environ[MODEL_SETTING] = settings.embedding_model.strip()
    return settings
