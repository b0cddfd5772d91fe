"""Settings, read from ``BRIEFBOT_*`` environment variables or a ``.env`` file in the working folder."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Literal, get_args, get_origin

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.discord_endpoint import loopback_base
from index import (
    DEFAULT_MODEL,
    SMALL_FILE_BYTES,
    BriefbotError,
    ErrorKind,
    FileLimits,
    Library,
    built_from,
    check_regular,
    index_folder_for,
)

DEFAULT_CORPUS = Path("corpus")

_Finite = Annotated[float, Field(allow_inf_nan=False)]
"""A number of seconds or megabytes: never infinite or NaN."""


class Settings(BaseSettings):
    """Every setting briefbot reads; ``.env.example`` lists them with their defaults."""

    model_config = SettingsConfigDict(
        env_prefix="BRIEFBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    corpus_dir: Path = Field(default=DEFAULT_CORPUS, description="Folder of transcripts and articles.")
    index_dir: Path = Field(default=Path(".briefbot/index"), description="Folder the index is written to.")
    top_k: int = Field(default=5, ge=1, le=50, description="Passages shown per answer.")
    max_file_mb: _Finite = Field(default=50, gt=0, description="Corpus files larger than this (MB) are skipped.")

    max_read_seconds: _Finite = Field(
        default=30, gt=0, description="A corpus file that takes longer to read is skipped."
    )
    max_nesting: int = Field(default=512, ge=16, description="A web page nested deeper than this is skipped.")
    max_pages: int = Field(default=2000, ge=1, description="A PDF with more pages than this is skipped.")
    max_inflated_mb: _Finite = Field(
        default=32, gt=0, description="A PDF whose page contents decompress to more than this (MB) is skipped."
    )
    linked_folders: str = Field(
        default="",
        description="Folders outside the corpus that links in it may lead to, separated by ':' (others are skipped).",
    )
    embedding_model: str = Field(
        default=DEFAULT_MODEL,
        min_length=1,
        description="The meaning model: wordllama (shipped), none, or the path of a local model folder.",
    )
    stated_renames: bool = Field(
        default=True,
        description="Also find a body under the other names the corpus states for it (formerly X, now called Y).",
    )

    @property
    def max_file_bytes(self) -> int:
        """The file size limit in bytes."""
        return int(self.max_file_mb * 1_000_000)

    def file_limits(self) -> FileLimits:
        """What one corpus file may cost, as the index reads it."""
        return FileLimits(
            max_file_bytes=self.max_file_bytes,
            max_seconds=self.max_read_seconds,
            max_depth=self.max_nesting,
            max_pages=self.max_pages,
            max_inflated_bytes=int(self.max_inflated_mb * 1_000_000),
            linked_folders=tuple(Path(part) for part in self.linked_folders.split(os.pathsep) if part.strip()),
        )

    discord_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("DISCORD_TOKEN", "BRIEFBOT_DISCORD_TOKEN"),
        description="The Discord bot's token (secret: never logged or shown).",
    )
    guild_id: int | None = Field(default=None, gt=0, description="Server whose slash commands are synced at start.")
    cooldown_questions: int = Field(default=3, ge=1, le=100, description="Questions a person may ask per cooldown.")
    cooldown_seconds: _Finite = Field(default=30.0, gt=0, le=3600, description="The cooldown window in seconds.")
    max_searches: int = Field(default=4, ge=1, le=64, description="Searches the bot runs at the same time.")
    buttons_timeout: _Finite = Field(
        default=600.0, ge=10, le=840, description="Seconds the buttons under an answer keep working."
    )
    reload_seconds: _Finite = Field(
        default=5.0, ge=0.5, le=3600, description="How often the bot checks whether the index changed on disk."
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="Bot log detail.")
    log_questions: bool = Field(default=False, description="Put the question's text in the bot's log line for it.")
    log_users: bool = Field(default=False, description="Put the asker's user id in the bot's log line for a question.")
    public_base_url: str | None = Field(
        default=None,
        description="Public address the corpus folder is published at: documents without a url link under it.",
    )
    add_role: str | None = Field(
        default=None, description="Name of a Discord role whose members may use /add (besides Manage Server)."
    )

    @field_validator("public_base_url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if not value.lower().startswith(("http://", "https://")) or len(value.split()) != 1 or "#" in value:
            raise ValueError("must be an http(s):// address without spaces or #, such as https://files.example.org/corpus/")
        return value

    @field_validator("add_role")
    @classmethod
    def _role_name(cls, value: str | None) -> str | None:
        return " ".join(value.split()) if value is not None else None

    @field_validator("public_base_url", "add_role", "discord_token", "guild_id", "discord_api_base", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """``DISCORD_TOKEN=`` (as .env.example has it) means no token, not an empty one."""
        return None if isinstance(value, str) and not value.strip() else value

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
        return None if value is None else loopback_base(value)


ENV_FILE = Path(".env")


OTHER_NAMES = ("BRIEFBOT_DEBUG", "BRIEFBOT_DISCORD_TOKEN", "DISCORD_TOKEN")
"""Names briefbot reads besides the fields of Settings."""


def unknown_settings(environ: Mapping[str, str], env_file: Path = ENV_FILE) -> list[str]:
    """One line per ``BRIEFBOT_*`` name in ``environ`` or key of ``env_file`` that briefbot does not read, with
    the nearest known name (a misspelt setting is otherwise silently ignored)."""
    source = {name: "environment variable" for name in environ if name.upper().startswith("BRIEFBOT_")}
    try:
        check_regular(env_file, SMALL_FILE_BYTES)
        lines = env_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    keys = [line.strip().removeprefix("export ").partition("=")[0].strip() for line in lines if "=" in line]
    keys = [key for key in keys if key and not key.startswith("#")]
    source.update({key: ".env key" for key in keys if key not in source})
    known = sorted({"BRIEFBOT_" + name.upper() for name in Settings.model_fields} | set(OTHER_NAMES))
    found = []
    for name, where in source.items():
        if name.upper() in known:
            continue
        near = difflib.get_close_matches(name.upper(), known, n=1, cutoff=0.6)
        hint = f" (did you mean {near[0]}?)" if near else ""
        found.append(f"unknown {where} {name} is ignored{hint}")
    return found


def load_settings() -> Settings:
    """Read the settings; a bad value raises BriefbotError naming the variable, in one line, and so does a ``.env``
    in the working folder that is not a regular file of sane size (a named pipe would make reading it wait for ever)."""
    try:
        check_regular(ENV_FILE, SMALL_FILE_BYTES)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise BriefbotError(
            f"the .env file cannot be read: {error.strerror or error}", kind=ErrorKind.BAD_SETTING
        ) from None
    try:
        return Settings()
    except ValidationError as error:
        problems = []
        for item in error.errors():
            field = "_".join(str(part) for part in item["loc"])
            name = "BRIEFBOT_" + field.upper()
            where = "the environment" if name.casefold() in {key.casefold() for key in os.environ} else ".env"
            allowed = _allowed(field) or item["msg"].removeprefix("Value error, ")
            problems.append(f"{name}: {allowed} (set in {where})")
        raise BriefbotError("bad setting " + "; ".join(problems), kind=ErrorKind.BAD_SETTING) from None
    except UnicodeDecodeError as error:
        raise BriefbotError(
            f"the .env file is not UTF-8 text (byte {error.start}: {error.reason}); save it as UTF-8",
            kind=ErrorKind.BAD_SETTING,
        ) from None


def _allowed(field: str) -> str:
    """What a setting with a bound or a choice accepts (``must be a whole number from 1 to 50``), or ``""``."""
    info = Settings.model_fields.get(field)
    if info is None:
        return ""
    if get_origin(info.annotation) is Literal:
        return "must be one of " + ", ".join(map(str, get_args(info.annotation)))
    if info.annotation is bool:
        return "must be true or false (on/off, yes/no, 1/0)"
    bound = {key: f"{value:g}" for item in info.metadata for key in ("ge", "gt", "le")
             if (value := getattr(item, key, None)) is not None}
    low = f"from {bound['ge']}" if "ge" in bound else f"above {bound['gt']}" if "gt" in bound else ""
    if not low:
        return ""
    kind = "a whole number" if info.annotation in (int, int | None) else "a number"
    high = ("to " if "ge" in bound else "and at most ") + bound["le"] if "le" in bound else ""
    if not high and "ge" in bound:
        return f"must be {kind} of {bound['ge']} or more"
    return f"must be {kind} {low} {high}".rstrip()


def open_library(settings: Settings, corpus_dir: Path | None = None, index_dir: Path | None = None) -> Library:
    """The library of ``corpus_dir`` (None: the settings' corpus) with the settings in force, its index folder
    ``index_dir`` when given, else chosen by ``index_folder_of``."""
    corpus = corpus_dir or settings.corpus_dir
    return Library(
        corpus,
        index_dir if index_dir is not None else index_folder_of(settings, corpus),
        limits=settings.file_limits(),
        model=settings.embedding_model,
        stated_renames=settings.stated_renames,
    )


def index_folder_of(settings: Settings, corpus: Path) -> Path:
    """The one rule every face follows for a corpus's index, so that one corpus never overwrites another's:
    ``BRIEFBOT_INDEX_DIR`` for ``BRIEFBOT_CORPUS_DIR`` when both are set; else the settings' index folder
    (``.briefbot/index``) when it holds this corpus's index, or no readable index (or one built from a folder that
    no longer exists: the project was moved or renamed) while this corpus is the settings' or ``corpus/`` and has no
    index of its own yet; else the corpus's own (``index_folder_for``)."""
    shared = settings.index_dir
    explicit = "index_dir" in settings.model_fields_set
    if explicit and _same_folder(corpus, settings.corpus_dir):
        return shared
    owner = built_from(shared)
    if owner is not None and _same_folder(owner, corpus):
        return shared
    if owner is not None and not owner.exists():
        owner = None  # its corpus folder was moved or renamed: the home corpus takes the folder back
    own = index_folder_for(corpus)
    home = _same_folder(corpus, settings.corpus_dir) or (not explicit and _same_folder(corpus, DEFAULT_CORPUS))
    return shared if home and owner is None and built_from(own) is None else own


def _same_folder(one: Path, other: Path) -> bool:
    return one.expanduser().resolve() == other.expanduser().resolve()
