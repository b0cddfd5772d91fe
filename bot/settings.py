"""Settings, read from ``BRIEFBOT_*`` environment variables or a ``.env`` file in the working folder."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.discord_endpoint import loopback_base
from index.errors import BriefbotError


class Settings(BaseSettings):
    """Every setting briefbot reads; ``.env.example`` lists them with their defaults."""

    model_config = SettingsConfigDict(
        env_prefix="BRIEFBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    corpus_dir: Path = Field(default=Path("corpus"), description="Folder of transcripts and articles.")
    index_dir: Path = Field(default=Path(".briefbot/index"), description="Folder the index is written to.")
    top_k: int = Field(default=5, ge=1, le=50, description="Passages shown per answer.")
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
        return Settings()
    except ValidationError as error:
        problems = []
        for item in error.errors():
            name = "BRIEFBOT_" + "_".join(str(part) for part in item["loc"]).upper()
            problems.append(f"{name}: {item['msg']}")
        raise BriefbotError("bad setting " + "; ".join(problems)) from None
