"""The Document button: a passage's document sent privately to the asker within Discord's size limit; one too
large or gone is answered with a word and the passage in context.
"""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path
from typing import Any

import discord

from bot.discord.failures import interaction_context
from bot.render.discord import CONTEXT_AROUND, DiscordReply, build_notice, build_passage_in_context
from bot.render.discord_text import escape_markdown, one_line
from index import Answer, DocumentUnavailable, Searcher, find_document

log = logging.getLogger("briefbot.discord")

TOO_LARGE = (
    "This document is {size}, more than the {limit} Discord lets me send here, so here is its passage in context."
)
GONE = "This document's file is no longer in the corpus, so here is its passage in context."


def upload_limit(interaction: discord.Interaction) -> int:
    """The largest file Discord accepts from the bot where ``interaction`` happened (10 MiB outside servers)."""
    guild = getattr(interaction, "guild", None)
    limit = getattr(guild, "filesize_limit", None)
    return limit if isinstance(limit, int) and limit > 0 else discord.utils.DEFAULT_FILE_SIZE_LIMIT_BYTES


async def send_document(
    interaction: discord.Interaction, answer: Answer, rank: int, searcher: Searcher, corpus_dir: Path | None
) -> None:
    """Send the asker the document of the passage ranked ``rank`` privately, or say why not; the press is
    acknowledged first, so a large upload never runs past Discord's three seconds."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    if not 1 <= rank <= len(answer.hits):
        await _send(interaction, build_notice("That passage is no longer part of this answer."))
        return
    hit = answer.hits[rank - 1]
    limit = upload_limit(interaction)
    try:
        if corpus_dir is None:
            raise DocumentUnavailable("no corpus folder to send files from")
        found = await asyncio.to_thread(find_document, corpus_dir, hit.source)
    except DocumentUnavailable as reason:
        log.warning("document %d not sent (%s): %s", rank, interaction_context(interaction), reason)
        await _send(interaction, _in_context(answer, rank, searcher, GONE))
        return
    data = b"" if found.size > limit else await asyncio.to_thread(found.path.read_bytes)
    size = max(found.size, len(data))  # the file may have grown since it was measured
    if size > limit:
        log.info("document %d too large to send: %d bytes (%s)", rank, size, interaction_context(interaction))
        note = TOO_LARGE.format(size=size_text(size), limit=size_text(limit))
        await _send(interaction, _in_context(answer, rank, searcher, note))
        return
    title = escape_markdown(one_line(hit.source.title)) or "(untitled)"
    reply = build_notice(f"**{title}**: the document of passage {rank}, as a file.")
    log.debug("document %d sent: %d bytes (%s)", rank, len(data), interaction_context(interaction))
    await _send(interaction, reply, file=discord.File(io.BytesIO(data), filename=found.name))


def _in_context(answer: Answer, rank: int, searcher: Searcher, note: str) -> DiscordReply:
    around = searcher.neighbours(answer.hits[rank - 1].passage_id, CONTEXT_AROUND, CONTEXT_AROUND)
    return build_passage_in_context(answer, rank, around, note)


async def _send(interaction: discord.Interaction, reply: DiscordReply, **extra: Any) -> None:
    await interaction.followup.send(**reply.send_kwargs(), ephemeral=True, **extra)


def size_text(size: int) -> str:
    """A file size for a reader: ``840 KB``, ``12.4 MB``."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB"
