"""Finding the question in a message that mentions the bot."""

from __future__ import annotations

import discord


def addressed_question(message: discord.Message, me: discord.abc.User) -> str | None:
    """The question of a message meant for the bot (it mentions the bot or its role, or is a direct message),
    mentions removed; None otherwise, also for a reply that only pings it."""
    content = message.content or ""
    tokens = [f"<@{me.id}>", f"<@!{me.id}>"]
    role = message.guild.self_role if message.guild is not None else None
    if role is not None:
        tokens.append(f"<@&{role.id}>")
    if not any(token in content for token in tokens):
        return content.strip() if message.guild is None else None
    for token in tokens:
        content = content.replace(token, " ")
    return " ".join(content.split())
