"""The bot's log output: secrets and interaction tokens are replaced wherever they appear, tracebacks included;
discord.py's notices about voice support (which the bot does not use) are not shown."""

import contextlib
import io
import logging
from collections.abc import Iterator

import discord
import pytest
from discord.voice_client import VoiceClient

from bot.logging_setup import REDACTED, RedactingFormatter, configure_logging, redact_interaction_tokens

TOKEN = "MTIz.secret-token-value.Xyz_789"


@pytest.fixture(autouse=True)
def restore_log_levels():
    """configure_logging sets the levels of the root and discord loggers: put them back after each test."""
    loggers = [logging.getLogger(name) for name in ("", "discord", "discord.http")]
    levels = [logger.level for logger in loggers]
    yield
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


@contextlib.contextmanager
def redacting_logger(fmt: str) -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A logger whose records are formatted, with the token redacted, into the returned stream."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter(fmt, [TOKEN]))
    logger = logging.getLogger("briefbot.test.redaction")
    logger.addHandler(handler)
    try:
        yield logger, stream
    finally:
        logger.removeHandler(handler)


def test_secrets_are_redacted_from_messages_and_tracebacks():
    with redacting_logger("%(levelname)s %(message)s") as (logger, stream):
        logger.warning("connecting with %s", TOKEN)
        try:
            raise RuntimeError(f"bad header Authorization: Bot {TOKEN}")
        except RuntimeError:
            logger.exception("request failed")
    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count(REDACTED) == 2
    assert "RuntimeError: bad header Authorization: Bot [redacted]" in output


def test_configure_logging_installs_a_redacting_handler_on_the_root_logger():
    handler = configure_logging("INFO", secrets=[TOKEN])
    try:
        assert handler in logging.getLogger().handlers
        assert isinstance(handler.formatter, RedactingFormatter)
        assert logging.getLogger("discord.http").level == logging.WARNING
    finally:
        logging.getLogger().removeHandler(handler)


@pytest.mark.parametrize("level", ["INFO", "WARNING"])
def test_discords_notices_about_voice_are_not_shown(level, monkeypatch, capsys):
    monkeypatch.setattr(VoiceClient, "warn_nacl", True)
    monkeypatch.setattr(VoiceClient, "warn_dave", True)
    handler = configure_logging(level, secrets=[TOKEN])
    try:
        discord.Client(intents=discord.Intents.none())
        logging.getLogger("discord.client").warning("a real warning stays")
    finally:
        logging.getLogger().removeHandler(handler)
    shown = capsys.readouterr().err
    assert "voice" not in shown and "PyNaCl" not in shown and "davey" not in shown
    assert "a real warning stays" in shown


def test_at_debug_level_the_voice_notices_are_debug_lines(monkeypatch, capsys):
    monkeypatch.setattr(VoiceClient, "warn_nacl", True)
    handler = configure_logging("DEBUG")
    try:
        discord.Client(intents=discord.Intents.none())
    finally:
        logging.getLogger().removeHandler(handler)
    (line,) = [line for line in capsys.readouterr().err.splitlines() if "PyNaCl" in line]
    assert " DEBUG " in line and "WARNING" not in line


def test_interaction_tokens_are_taken_out_of_addresses_and_payloads():
    interaction_token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZg_-x.y"
    lines = [
        f"POST https://discord.com/api/v10/webhooks/123456/{interaction_token}?wait=true has returned 429",
        f"POST /interactions/987/{interaction_token}/callback failed",
        f"PATCH /webhooks/1/{interaction_token}/messages/@original",
        f"For Shard ID None: WebSocket Event: {{'token': '{interaction_token}', 'id': '5'}}",
        f'{{"type": 2, "token": "{interaction_token}"}}',
    ]
    for line in lines:
        redacted = redact_interaction_tokens(line)
        assert interaction_token not in redacted and REDACTED in redacted
    assert redact_interaction_tokens("POST /channels/1/messages") == "POST /channels/1/messages"
    with redacting_logger("%(message)s") as (logger, stream):
        logger.warning("%s", lines[0])
    assert (
        stream.getvalue() == "POST https://discord.com/api/v10/webhooks/123456/[redacted]?wait=true has returned 429\n"
    )
