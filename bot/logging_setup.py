"""Logging for the long-running bot: one line per event on standard error, secrets replaced before output."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable

REDACTED = "[redacted]"
_LOG_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters a file name or message could carry into the log (line feeds of tracebacks kept)."""

_INTERACTION_TOKEN = re.compile(r"(/(?:webhooks|interactions)/\d+/)([^/\s?#'\"]+)")
"""An interaction's token in a webhook or callback address: it lets anyone answer as the bot for 15 minutes."""
_TOKEN_FIELD = re.compile(r"""(['"]token['"]\s*:\s*['"])([^'"]+)""")
"""A ``token`` field in a payload shown at debug level (an interaction's token, say)."""

_VOICE_WARNING = re.compile(r"\b(?:PyNaCl|davey) is not installed, voice will NOT be supported")
"""discord.py warns at start that voice support is missing; the bot never uses voice."""


def redact_interaction_tokens(text: str) -> str:
    """``text`` with the interaction tokens in Discord webhook and callback addresses and payloads replaced."""
    text = _INTERACTION_TOKEN.sub(lambda match: match.group(1) + REDACTED, text)
    return _TOKEN_FIELD.sub(lambda match: match.group(1) + REDACTED, text)


def redact_secrets(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each secret, and each long dot-separated part of one (a Discord token's signature, say,
    echoed on its own), replaced, and the interaction tokens in Discord addresses and payloads too."""
    for secret in filter(None, secrets):
        for part in (secret, *(part for part in secret.split(".") if len(part) >= 16)):
            text = text.replace(part, REDACTED)
    return redact_interaction_tokens(text)


class RedactingFormatter(logging.Formatter):
    """Formats records as usual, then replaces every secret (in the message and any traceback)."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self._secrets = tuple(secret for secret in secrets if secret)

    def format(self, record: logging.LogRecord) -> str:
        """The formatted record with the secrets and interaction tokens taken out."""
        text = redact_secrets(super().format(record), self._secrets)
        return _LOG_UNSAFE.sub(lambda found: f"\\x{ord(found.group()):02x}", text)


class VoiceNoticeFilter(logging.Filter):
    """Turns discord.py's "voice will NOT be supported" warnings into debug lines: the bot has no voice."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a voice notice unless debug output is on (then it is shown as DEBUG)."""
        if record.levelno != logging.WARNING or not _VOICE_WARNING.search(record.getMessage()):
            return True
        record.levelno, record.levelname = logging.DEBUG, logging.getLevelName(logging.DEBUG)
        return logging.getLogger().isEnabledFor(logging.DEBUG)


_VOICE_FILTER = VoiceNoticeFilter()


def configure_logging(level: str, secrets: Iterable[str] = ()) -> logging.Handler:
    """Send log records of ``level`` and above to standard error, never showing ``secrets``."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", secrets))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    if level != "DEBUG":
        logging.getLogger("discord").setLevel(max(logging.INFO, logging.getLevelName(level)))
        logging.getLogger("discord.http").setLevel(logging.WARNING)
    logging.getLogger("discord.client").addFilter(_VOICE_FILTER)  # once: its notices about missing voice libraries
    return handler
