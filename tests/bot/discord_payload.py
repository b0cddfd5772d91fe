"""Checks on Discord payloads, written from Discord's documented limits (independent of the renderer)."""

from __future__ import annotations

import re
from typing import Any

LIMITS = {"content": 2000, "title": 256, "description": 4096, "field_name": 256, "field_value": 1024}
LIMITS.update({"footer": 2048, "author": 256, "fields": 25, "embeds": 10, "total": 6000})


def units(text: str | None) -> int:
    """Length as Discord may count it (UTF-16 code units)."""
    return len((text or "").encode("utf-16-le")) // 2


def embed_texts(embed: dict[str, Any]) -> list[str]:
    """Every text of an embed that counts towards the 6,000 total."""
    texts = [embed.get("title"), embed.get("description")]
    texts += [embed.get("footer", {}).get("text"), embed.get("author", {}).get("name")]
    for field in embed.get("fields", []):
        texts += [field["name"], field["value"]]
    return [t for t in texts if t]


def limit_problems(payload: dict[str, Any]) -> list[str]:
    """What in ``payload`` (content, embeds as dicts, allowed mentions) Discord would reject or ping with."""
    problems = []
    if units(payload.get("content")) > LIMITS["content"]:
        problems.append("content too long")
    embeds = payload.get("embeds", [])
    if len(embeds) > LIMITS["embeds"]:
        problems.append("too many embeds")
    for number, embed in enumerate(embeds):
        checks = {
            "title": embed.get("title"),
            "description": embed.get("description"),
            "footer": embed.get("footer", {}).get("text"),
            "author": embed.get("author", {}).get("name"),
        }
        problems += [f"embed {number}: {name} too long" for name, text in checks.items() if units(text) > LIMITS[name]]
        fields = embed.get("fields", [])
        if len(fields) > LIMITS["fields"]:
            problems.append(f"embed {number}: too many fields")
        for field in fields:
            if units(field["name"]) > LIMITS["field_name"] or units(field["value"]) > LIMITS["field_value"]:
                problems.append(f"embed {number}: field too long")
            if not field["value"].strip():
                problems.append(f"embed {number}: empty field")
    total = sum(units(text) for embed in embeds for text in embed_texts(embed))
    if total > LIMITS["total"]:
        problems.append(f"embeds total {total} > 6000")
    if payload.get("allowed_mentions", {}).get("parse") != []:
        problems.append("allowed mentions are not none")
    return problems


def plain(markdown: str) -> str:
    """Discord markdown as a reader sees it: quote markers, bold markers and escapes removed."""
    lines = [line[2:] if line.startswith("> ") else line for line in markdown.split("\n")]
    text = "\n".join(lines).replace("**", "")
    text = re.sub(r"\\(.)", r"\1", text)
    return text.replace("@\u200b", "@")


def unescaped_markdown(markdown: str) -> list[str]:
    """Markdown characters Discord would act on: not preceded by a backslash, outside our bold markers and links."""
    text = re.sub(r"https?://\S+", "", markdown.replace("**", ""))
    text = re.sub(r"^> ", "", text, flags=re.MULTILINE)
    return re.findall(r"(?<!\\)[*_~`|\[\]<>]", text)


def quoted(description: str) -> str:
    """The words of an embed's block quote (its ``> `` lines) as a reader sees them, on one line."""
    lines = [line for line in description.split("\n") if line.startswith("> ")]
    return " ".join(plain("\n".join(lines)).split())


_LINK = re.compile(r"https?://\S+")
_BROADCAST = re.compile(r"@(everyone|here)", re.IGNORECASE)
_RAW_MENTION = re.compile(r"(?<!\\)(?:\\\\)*<[@#/]")
"""``<@user>``, ``<@!user>``, ``<@&role>``, ``<#channel>`` or ``</command:id>`` without a backslash before it."""


def payload_texts(payload: dict[str, Any]) -> list[str]:
    """Every text a person may see in a payload: the content and each embed's texts."""
    texts = [payload.get("content") or ""]
    for embed in payload.get("embeds", []):
        texts += embed_texts(embed)
    return texts


def ping_problems(payload: dict[str, Any]) -> list[str]:
    """Mentions that could render or ping: allowed mentions not none, or a raw mention left in a text.

    Links are left out: Discord shows a link as a link, and a link may rightly hold ``@here`` in its path.
    """
    problems = []
    mentions = payload.get("allowed_mentions") or {}
    if mentions.get("parse") != [] or mentions.get("users") or mentions.get("roles") or mentions.get("replied_user"):
        problems.append(f"allowed mentions {mentions}")
    for text in payload_texts(payload):
        outside_links = _LINK.sub(" ", text)
        if _BROADCAST.search(outside_links):
            problems.append(f"raw @everyone or @here in {text[:120]!r}")
        if _RAW_MENTION.search(outside_links):
            problems.append(f"raw mention in {text[:120]!r}")
    return problems


def document_buttons_named(payload: dict[str, Any]) -> list[str]:
    """The Document buttons the embeds of ``payload`` point to (``No public link: **Document N** …``), in order."""
    found = (re.findall(r"\*\*Document (\d+)\*\*", embed.get("description", "")) for embed in payload.get("embeds", []))
    ranks = {int(number) for numbers in found for number in numbers}
    return [f"Document {rank}" for rank in sorted(ranks)]
