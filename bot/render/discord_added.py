"""The reply to /add: what the new document brought to the corpus, or why it was refused."""

from __future__ import annotations

import discord

from bot.render.answer_view import UNDATED, counted
from bot.render.discord import COLOUR, FIELD_VALUE_LIMIT, TITLE_LIMIT, DiscordReply, build_notice
from bot.render.discord_text import cut_on_word, defuse_mentions, escape_markdown, hide_paths, join_within, one_line
from index import Brought


def build_added_reply(brought: Brought) -> DiscordReply:
    """The document's title, date, speakers found and passages, and that questions are answered from it now."""
    title = cut_on_word("Added: " + escape_markdown(one_line(brought.title)), TITLE_LIMIT)
    embed = discord.Embed(title=title, colour=COLOUR)
    embed.description = (
        f"{counted(brought.passages, 'passage')} indexed; questions are answered from it now. "
        f"The corpus holds {counted(brought.files, 'document')} ({counted(brought.index_passages, 'passage')})."
    )
    embed.add_field(name="Date", value=brought.date.isoformat() if brought.date else UNDATED, inline=True)
    speakers = (defuse_mentions(escape_markdown(one_line(name), line_start=False)) for name in brought.speakers)
    shown = join_within(speakers, FIELD_VALUE_LIMIT, separator=", ") or "none found"
    embed.add_field(name="Speakers", value=shown, inline=False)
    return DiscordReply(None, (embed,))


def build_refusal(reason: str) -> DiscordReply:
    """Why the file was not added, and that nothing changed (paths on the server's disk left out)."""
    text = escape_markdown(one_line(hide_paths(reason)).rstrip(". "))
    return build_notice(f"Not added: {text}. Nothing was changed.")


def build_add_problem(reason: str) -> DiscordReply:
    """A file added whose index update failed: what happened (paths on the server's disk left out)."""
    text = escape_markdown(one_line(hide_paths(reason)).rstrip(". "))
    return build_notice(f"{text[:1].upper()}{text[1:]}. It is answered from after the next update or `/reindex`.")
