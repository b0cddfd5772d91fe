"""``/add``: a transcript or article attached in the channel, added to the corpus and answered from at once."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.attachments import download_capped
from bot.discord.failures import interaction_context, report_interaction_failure
from bot.discord.options import BotOptions
from bot.render.discord import DiscordReply
from bot.render.discord_added import build_add_problem, build_added_reply, build_refusal
from index import (
    BriefbotError,
    Metadata,
    SearcherHolder,
    SkipFile,
    UploadRefused,
    add_file,
    check_size,
    checked_file_name,
    checked_url,
    parse_date,
)

log = logging.getLogger("briefbot.discord")

TITLE_CHARS = 300
"""The longest title /add takes."""


def may_add(interaction: discord.Interaction, role_name: str | None) -> bool:
    """Members with Manage Server (or Administrator) may add files, and members of the role named ``role_name``."""
    permissions = interaction.permissions
    if permissions.manage_guild or permissions.administrator:
        return True
    roles = getattr(interaction.user, "roles", ())
    return role_name is not None and any(role.name == role_name for role in roles)


def refused_text(role_name: str | None) -> str:
    """Why a member may not add files, naming who may."""
    role = f" or the role {role_name}" if role_name else ""
    return f"Only members with the Manage Server permission{role} can add documents to the corpus."


def metadata_of(title: str | None, url: str | None, when: str | None) -> Metadata:
    """The options of /add as the document's metadata; raises UploadRefused for a bad url or date."""
    try:
        link = checked_url(url) if url else None
        day = parse_date(when.strip(), "the date") if when else None
    except ValueError as error:  # the url's
        raise UploadRefused(f"the url {error}") from None
    except SkipFile as error:  # the date's
        raise UploadRefused(str(error)) from None
    name = " ".join((title or "").split())[:TITLE_CHARS] or None
    return Metadata(title=name, url=link, date=day)


class CorpusCog(commands.Cog, name="Corpus"):
    """Adds attached files to the corpus; one at a time, never during a rebuild."""

    def __init__(self, bot: commands.Bot, holder: SearcherHolder, options: BotOptions) -> None:
        self.bot = bot
        self.holder = holder
        self.options = options
        self._adding = asyncio.Lock()
        # Discord shows the command only to members with Manage Server, unless a role may use it too (then the
        # check below decides, and server admins can still narrow it under Server Settings → Integrations).
        self.add.default_permissions = None if options.add_role else discord.Permissions(manage_guild=True)

    @app_commands.command(name="add", description="Add a transcript or article (.txt .md .html .pdf) to the corpus.")
    @app_commands.describe(
        file="The transcript or article to add.",
        title="Its title (else read from the file).",
        url="Where it is published, http(s)://…",
        date="Its date, YYYY-MM-DD (else read from the file).",
    )
    @app_commands.guild_only()
    async def add(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment,
        title: str | None = None,
        url: str | None = None,
        date: str | None = None,
    ) -> None:
        """Check the attachment as ``briefbot add`` does, add it, update the index and say what it brought."""
        if not may_add(interaction, self.options.add_role):
            log.info("add refused: not allowed (%s)", interaction_context(interaction))
            await interaction.response.send_message(
                **build_refusal(refused_text(self.options.add_role)).send_kwargs(), ephemeral=True
            )
            return
        try:
            await interaction.response.defer(thinking=True, ephemeral=True)
            try:
                reply = await self._add(interaction, file, metadata_of(title, url, date))
            except UploadRefused as refused:
                log.info("add refused (%s): %s", interaction_context(interaction), refused)
                reply = build_refusal(str(refused))
            except BriefbotError as error:
                log.error("add failed (%s): %s", interaction_context(interaction), error)
                reply = build_add_problem(str(error))
            await interaction.followup.send(**reply.send_kwargs(), ephemeral=True)
        except Exception as error:
            await report_interaction_failure(interaction, error)

    async def _add(self, interaction: discord.Interaction, file: discord.Attachment, meta: Metadata) -> DiscordReply:
        name = checked_file_name(file.filename)
        limit = self.options.max_file_bytes
        check_size(file.size, limit)  # what Discord says the file holds: refuse before downloading anything
        if self._adding.locked() or self.holder.rebuilding:
            raise UploadRefused("another file is being added or the index rebuilt; try again in a moment")
        async with self._adding:
            data = await download_capped(file.url, limit, self.options.file_origins)
            brought = await asyncio.to_thread(add_file, self.holder, name, data, meta)
        where = interaction_context(interaction)
        log.info("added a document: %d passages, %d bytes (%s)", brought.passages, len(data), where)
        return build_added_reply(brought)
