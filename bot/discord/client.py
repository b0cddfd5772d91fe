"""The Discord client: loads the commands, syncs them, and keeps the index current while it runs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.cog import AnswersCog
from bot.discord.corpus_cog import CorpusCog
from bot.discord.failures import report_interaction_failure
from bot.discord.http_warnings import http_warning_trace
from bot.discord.options import BotOptions
from index import Searcher, SearcherHolder

log = logging.getLogger("briefbot.discord")

PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)
"""What the bot needs in a channel: see it, answer (also in threads) with embeds, reply to a message."""
SCOPES = ("bot", "applications.commands")


def invite_url(application_id: int) -> str:
    """The link that adds the bot to a server with its scopes and permissions."""
    return discord.utils.oauth_url(application_id, permissions=PERMISSIONS, scopes=SCOPES)


def synced_text(synced: list[app_commands.AppCommand], guild_id: int | None) -> str:
    """``synced 5 slash commands to server N: /ask, …`` (global commands take up to an hour to appear)."""
    where = f"server {guild_id}" if guild_id else "all servers (global: up to an hour to appear)"
    return f"synced {len(synced)} slash commands to {where}: {', '.join(f'/{command.name}' for command in synced)}"


class BriefbotTree(app_commands.CommandTree):
    """A command tree whose unexpected errors are logged with context and answered with an apology."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Log and apologise instead of printing a bare traceback."""
        await report_interaction_failure(interaction, getattr(error, "original", error))


class BriefbotClient(commands.Bot):
    """briefbot on Discord: slash commands and mentions answered from the holder's searcher."""

    def __init__(
        self,
        holder: SearcherHolder,
        options: BotOptions,
        *,
        sync_only: bool = False,
        intents: discord.Intents | None = None,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            # Guilds and messages, without the privileged message-content intent (discord.py's default leaves it
            # off): the bot reads only what mentions it.
            intents=intents or discord.Intents.default(),
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=BriefbotTree,
            http_trace=http_warning_trace(),
        )
        self.holder = holder
        self.options = options
        self.sync_only = sync_only
        self.synced: list[app_commands.AppCommand] = []
        self._watcher: asyncio.Task[None] | None = None
        self._gateway_lost_at: float | None = None
        """When the gateway connection was lost (monotonic seconds), until it is back."""
        holder.on_swap(_log_swap)

    async def setup_hook(self) -> None:
        """Add the commands, sync them (to the configured server, else globally) and start watching the index."""
        await self.add_cog(AnswersCog(self, self.holder, self.options))
        await self.add_cog(CorpusCog(self, self.holder, self.options))
        if self.sync_only:
            self.synced = await self.sync_commands()
            return
        try:
            self.synced = await self.sync_commands()
        except discord.HTTPException as error:
            log.error("syncing the slash commands failed, the previous ones stay: %s", error)
        self._watcher = asyncio.create_task(self.holder.watch(self.options.reload_seconds))

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Send the commands to Discord: to one server (instant) when a guild id is set, else globally."""
        if self.options.guild_id is not None:
            guild = discord.Object(id=self.options.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        if not self.sync_only:  # `briefbot discord --sync` reports the result itself, once
            log.info("%s", synced_text(synced, self.options.guild_id))
        return synced

    async def on_message(self, message: discord.Message, /) -> None:
        """Mentions are answered by the Answers cog; there are no prefix commands to process."""

    async def on_ready(self) -> None:
        """Say who the bot is and how to invite it; after a lost connection, that it is back."""
        if self._gateway_lost_at is not None:
            self._gateway_back("with a new session; events sent while it was down are lost")
            return
        if self.user is None:
            return
        log.info("connected as %s (id %s) to %d servers", self.user, self.user.id, len(self.guilds))
        if self.application_id is not None:
            log.info("invite link: %s", invite_url(self.application_id))

    async def on_disconnect(self) -> None:
        """The gateway connection dropped: discord.py reconnects by itself; say so, once per outage."""
        if self.is_closed() or self._gateway_lost_at is not None:
            return
        self._gateway_lost_at = time.monotonic()
        log.warning("lost the connection to Discord's gateway; reconnecting")

    async def on_resumed(self) -> None:
        """The gateway session was resumed after a drop: nothing was missed."""
        self._gateway_back("and resumed the session; events sent while it was down are replayed")

    def _gateway_back(self, how: str) -> None:
        lost_at, self._gateway_lost_at = self._gateway_lost_at, None
        away = f" after {time.monotonic() - lost_at:.1f} s" if lost_at is not None else ""
        log.warning("reconnected to Discord's gateway%s %s", away, how)

    async def close(self) -> None:
        """Stop watching the index, then disconnect."""
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
        await super().close()


def _log_swap(searcher: Searcher) -> None:
    log.info("index loaded: %d passages from %s", len(searcher.index.passages), getattr(searcher.index, "folder", "?"))
