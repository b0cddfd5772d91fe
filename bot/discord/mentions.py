"""Finding the question in a message that mentions the bot."""

from __future__ import annotations

import discord


def addressed_question(message: discord.Message, me: discord.abc.User) -> str | None:
    """The question of a message meant for the bot, mentions of the bot removed; None when it is not for us.

    A message is for the bot when its text mentions the bot (or the bot's own role, which Discord offers in
    the same list), or when it is a direct message. A reply to one of the bot's messages that only pings it
    is not a question.
    """
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
