"""A minimal discord.py bot to drive the fake Discord with: ``/ask question:...`` and ``@bot question`` replies.

It reports what happened to each request as an outcome: in the test process through ``bot.outcomes``
(an asyncio queue), and as JSON lines on standard output when run as a script::

    BRIEFBOT_DISCORD_API_BASE=http://127.0.0.1:PORT MINIMAL_BOT_TOKEN=... python -m tests.bot.minimal_bot GUILD_ID
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_endpoint import point_discord_at
from bot.settings import load_settings

log = logging.getLogger("minimal_bot")


@dataclass(frozen=True)
class Outcome:
    """What the bot did with one request: ``answered``/``replied``, or ``failed`` with the error discord.py raised."""

    kind: str
    text: str = ""
    error: str | None = None
    status: int | None = None
    code: int | None = None

    @classmethod
    def failure(cls, kind: str, error: discord.HTTPException) -> Outcome:
        return cls(kind, error=type(error).__name__, status=error.status, code=error.code)


class MinimalBot(commands.Bot):
    """One slash command synced to one guild, and replies to messages that mention the bot."""

    def __init__(self, *, sync_guild_id: int, members: bool = False, echo: bool = False, **options: Any) -> None:
        intents = discord.Intents.default()
        intents.members = members
        super().__init__(command_prefix=commands.when_mentioned, intents=intents, **options)
        self.sync_guild = discord.Object(id=sync_guild_id)
        self.outcomes: asyncio.Queue[Outcome] = asyncio.Queue()
        self.ready = asyncio.Event()
        self.echo = echo
        self.tree.add_command(ask)

    def record(self, outcome: Outcome) -> None:
        self.outcomes.put_nowait(outcome)
        if self.echo:
            print(json.dumps(outcome.__dict__), flush=True)

    async def setup_hook(self) -> None:
        self.tree.copy_global_to(guild=self.sync_guild)
        await self.tree.sync(guild=self.sync_guild)

    async def on_ready(self) -> None:
        self.ready.set()
        self.record(Outcome("ready"))

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None or self.user not in message.mentions:
            return
        question = message.content.replace(self.user.mention, "").strip()
        try:
            await message.reply(
                f"you asked: {question}", mention_author=False, allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.HTTPException as error:
            log.warning("could not reply in channel %s: %s", message.channel.id, type(error).__name__)
            self.record(Outcome.failure("reply-failed", error))
            return
        self.record(Outcome("replied", question))


@app_commands.command(name="ask", description="Ask a question")
@app_commands.describe(question="What to ask")
async def ask(interaction: discord.Interaction[MinimalBot], question: str) -> None:
    """Defer, then answer with a followup that pings nobody."""
    try:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(f"you asked: {question}", allowed_mentions=discord.AllowedMentions.none())
    except discord.HTTPException as error:
        log.warning("could not answer interaction %s: %s", interaction.id, type(error).__name__)
        interaction.client.record(Outcome.failure("ask-failed", error))
        return
    interaction.client.record(Outcome("answered", question))


def main() -> None:
    """Run the bot against whatever BRIEFBOT_DISCORD_API_BASE names, as ``briefbot discord`` will."""
    settings = load_settings()
    if settings.discord_api_base:
        point_discord_at(settings.discord_api_base)
    bot = MinimalBot(sync_guild_id=int(sys.argv[1]), echo=True, guild_ready_timeout=0.1)
    bot.run(os.environ["MINIMAL_BOT_TOKEN"], log_level=logging.INFO)


if __name__ == "__main__":
    main()
