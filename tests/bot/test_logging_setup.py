"""The bot's log output: secrets are replaced wherever they appear, tracebacks included."""

import io
import logging

from bot.logging_setup import REDACTED, RedactingFormatter, configure_logging

TOKEN = "MTIz.secret-token-value.Xyz_789"


def test_secrets_are_redacted_from_messages_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter("%(levelname)s %(message)s", [TOKEN]))
    logger = logging.getLogger("briefbot.test.redaction")
    logger.addHandler(handler)
    try:
        logger.warning("connecting with %s", TOKEN)
        try:
            raise RuntimeError(f"bad header Authorization: Bot {TOKEN}")
        except RuntimeError:
            logger.exception("request failed")
    finally:
        logger.removeHandler(handler)
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
