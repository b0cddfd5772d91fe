"""A Discord payload as plain text, to read in a terminal what the bot would post (markdown left as is)."""

from __future__ import annotations

import discord

from bot.render.discord import DiscordReply
from bot.render.terminal import printable

_BAR = "┃ "


def render_preview(reply: DiscordReply) -> str:
    """The message's content, each embed as a bar-marked block, then the buttons (disabled ones in brackets);
    control characters are shown as U+FFFD, as in the terminal's answers."""
    blocks = [reply.content] if reply.content else []
    blocks.extend(_embed_lines(embed) for embed in reply.embeds)
    if reply.buttons:
        blocks.append("  ".join(f"[ {b.label} ]" if b.enabled else f"( {b.label} )" for b in reply.buttons))
    return printable("\n\n".join(blocks))


def _embed_lines(embed: discord.Embed) -> str:
    lines: list[str] = []
    if embed.author.name:
        lines.append(embed.author.name)
    if embed.title:
        lines.append(f"{embed.title} <{embed.url}>" if embed.url else embed.title)
    if embed.description:
        lines.extend(embed.description.split("\n"))
    for field in embed.fields:
        lines.append(f"{field.name}:")
        lines.extend(f"  {line}" for line in (field.value or "").split("\n"))
    if embed.footer.text:
        lines.append(f"— {embed.footer.text}")
    return "\n".join(_BAR + line for line in lines)
