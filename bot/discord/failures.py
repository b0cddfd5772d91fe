"""When answering fails: log what happened with its context, tell the person briefly, keep running."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable

import discord

from bot.discord.gate import SearchesBusyError
from bot.remedies import DISCORD, for_terminal
from bot.render.discord import build_notice
from bot.render.discord_text import cut_on_word, escape_markdown, hide_paths, one_line
from index import ErrorKind, IndexUnavailableError, RebuildRunningError

log = logging.getLogger("briefbot.discord")

APOLOGY = "Sorry, something went wrong while answering. It has been logged; please try again in a moment."
NO_INDEX = "Sorry, I cannot search right now: {reason}. I load the index by itself as soon as it is rebuilt; {remedy}."
"""The apology when no index is loaded; ``reason`` says why (missing, damaged, of another version)."""
REASON_SHOWN = 600
"""How much of the reason the apology shows (escaping may double it); what to do always follows it."""
BUSY = "Sorry, I am answering many questions at once. Please ask again in a minute."
EXPIRED_CODES = frozenset({10062, 10015, 40060})
"""Unknown interaction, unknown webhook, interaction already acknowledged: the reply can no longer be sent."""


def interaction_context(interaction: discord.Interaction) -> str:
    """Where an interaction came from, for a log line (ids only, no message text)."""
    command = interaction.command.qualified_name if interaction.command is not None else "component"
    return (
        f"command={command} user={interaction.user.id} guild={interaction.guild_id} "
        f"channel={interaction.channel_id} interaction={interaction.id}"
    )


def message_context(message: discord.Message) -> str:
    """Where a message came from, for a log line."""
    guild = message.guild.id if message.guild is not None else None
    return f"mention user={message.author.id} guild={guild} channel={message.channel.id} message={message.id}"


def apology_for(error: BaseException, where: str) -> str | None:
    """Log ``error`` (at a level that fits it) with ``where``; the text to show the person, or None when
    nothing can be shown (the interaction expired)."""
    if isinstance(error, IndexUnavailableError):
        log.warning("no index to answer from (%s): %s", where, for_terminal(error))  # the log is read at a terminal
        return no_index_text(str(error), error.kind)
    if isinstance(error, SearchesBusyError):
        log.warning("every search slot stayed busy (%s)", where)
        return BUSY
    if isinstance(error, RebuildRunningError):
        log.info("rebuild refused, one is already running (%s)", where)
        return "A rebuild of the index is already running; the new index swaps in when it is done."
    if isinstance(error, discord.NotFound) and error.code in EXPIRED_CODES:
        log.warning("the interaction expired before it could be answered (%s): %s", where, error)
        return None
    if isinstance(error, discord.Forbidden):
        log.error("Discord refused for lack of permissions (%s): %s", where, error)
        return "Sorry, I lack a permission to answer here (Send Messages, Embed Links or Read Message History)."
    if isinstance(error, discord.HTTPException):
        log.error("Discord returned an error (%s): %s", where, error)
        return APOLOGY
    log.error("answering failed (%s)", where, exc_info=error)
    return APOLOGY


def no_index_text(reason: str, kind: ErrorKind = ErrorKind.INDEX_MISSING) -> str:
    """The apology for a question asked while no index is loaded, saying why and what to do in Discord."""
    reason = cut_on_word(one_line(hide_paths(reason)).rstrip(". "), REASON_SHOWN) or "the index is not loaded"
    return NO_INDEX.format(reason=escape_markdown(reason), remedy=DISCORD.get(kind, DISCORD[ErrorKind.INDEX_MISSING]))


async def report_interaction_failure(interaction: discord.Interaction, error: BaseException) -> None:
    """Log ``error`` with the interaction's context and apologise to its user, privately if possible."""
    send = interaction.followup.send if interaction.response.is_done() else interaction.response.send_message
    await _apologise(error, interaction_context(interaction), functools.partial(send, ephemeral=True))


async def report_message_failure(message: discord.Message, error: BaseException) -> None:
    """Log ``error`` with the message's context and apologise in a reply."""
    await _apologise(error, message_context(message), functools.partial(message.reply, mention_author=False))


async def _apologise(error: BaseException, where: str, send: Callable[..., Awaitable[object]]) -> None:
    text = apology_for(error, where)
    if text is None:
        return
    try:
        await send(**build_notice(text).send_kwargs())
    except discord.HTTPException as failure:
        log.warning("could not send the apology (%s): %s", where, failure)
