"""Settings, read from ``BRIEFBOT_*`` environment variables or a ``.env`` file in the working folder."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.errors import BriefbotError


class Settings(BaseSettings):
    """Every setting briefbot reads; ``.env.example`` lists them with their defaults."""

    model_config = SettingsConfigDict(
        env_prefix="BRIEFBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    corpus_dir: Path = Field(default=Path("corpus"), description="Folder of transcripts and articles.")
    index_dir: Path = Field(default=Path(".briefbot/index"), description="Folder the index is written to.")
    top_k: int = Field(default=5, ge=1, le=50, description="Passages shown per answer.")
    max_file_mb: float = Field(default=50, gt=0, description="Corpus files larger than this (MB) are skipped.")

    @property
    def max_file_bytes(self) -> int:
        """The file size limit in bytes."""
        return int(self.max_file_mb * 1_000_000)


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
