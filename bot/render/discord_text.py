"""Text made safe for Discord: markdown escaped, mentions defused, lengths measured and cut on a word.

Discord measures its limits in characters; a character outside the Basic Multilingual Plane (most emoji)
may count twice, so lengths here are UTF-16 code units, which is never less than what Discord counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ELLIPSIS = "…"
ZERO_WIDTH_SPACE = "\u200b"

_URL = re.compile(r"https?://[^\s<>\"'`|\[\]]+[^\s<>\"'`|\[\].,:;!?)]")
_MARKDOWN = re.compile(r"[\\*_~`|\[\]<>]")
"""Characters that start Discord markdown, masked links, mentions, timestamps or custom emoji."""
_LINE_START = re.compile(r"^(\s*)(#|[-+]|\d+(?=[.)]\s))", re.MULTILINE)
"""Headings, list bullets and numbered items at the start of a line."""
_BROADCAST = re.compile(r"@(?=everyone|here)", re.IGNORECASE)
_MENTION_OPENING = re.compile(r"<(?=[@#/])")
"""Where a user, role, channel or command mention would start."""
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
"""Control characters (line breaks among them)."""


def discord_length(text: str) -> int:
    """The length Discord checks against its limits (UTF-16 code units, an upper bound)."""
    return len(text.encode("utf-16-le")) // 2


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    """``text`` shown literally in Discord: no formatting, links left working, no mention can render or ping.

    Every markdown character gets a backslash (Discord drops a backslash before punctuation), links are left
    as they are so they stay clickable, and ``@everyone``/``@here`` get a zero-width space after the ``@``.
    ``line_start`` says whether ``text`` begins a line (where a list or heading marker would count).
    """
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        out.append(_escape_plain(text[last : match.start()], at_line_start=_starts_line(text, last, line_start)))
        out.append(match.group())
        last = match.end()
    out.append(_escape_plain(text[last:], at_line_start=_starts_line(text, last, line_start)))
    return "".join(out)


PATH_STAND_IN = "(a folder on the server)"
_TOKEN = re.compile(r"\S+")
_TOKEN_OPENING = "`'\"(["
_TOKEN_CLOSING = "`'\")],;:.!?"


def hide_paths(text: str) -> str:
    """``text`` (an error message, say) with every path on disk (``.briefbot/index``, ``/srv/corpus/a.md``,
    ``corpus/``) replaced by a stand-in, web addresses and ``/commands`` kept: Discord never sees where the
    server keeps its files."""
    return _TOKEN.sub(_hidden_token, text)


def _hidden_token(match: re.Match[str]) -> str:
    token = match.group()
    core = token.lstrip(_TOKEN_OPENING).rstrip(_TOKEN_CLOSING)
    if ("/" not in core and "\\" not in core) or "://" in core:
        return token
    if core.startswith("/") and core.count("/") == 1 and "\\" not in core:
        return token  # a slash command
    return token.replace(core, PATH_STAND_IN, 1)


def one_line(text: str) -> str:
    """``text`` as a label on one line: control characters and line breaks become spaces, runs of them one."""
    return " ".join(CONTROL.sub(" ", text).split())


def defuse_mentions(text: str) -> str:
    """``text`` where no mention can render, for places that show text without markdown (an author line).

    A zero-width space goes after the ``@`` of ``@everyone``/``@here`` and after the ``<`` of ``<@…>``,
    ``<@&…>``, ``<#…>`` and ``</…>``.
    """
    return _MENTION_OPENING.sub("<" + ZERO_WIDTH_SPACE, _BROADCAST.sub("@" + ZERO_WIDTH_SPACE, text))


def url_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the web links in ``text`` (kept unescaped and unmarked so they stay clickable)."""
    return [match.span() for match in _URL.finditer(text)]


def _starts_line(text: str, position: int, line_start: bool) -> bool:
    return line_start if position == 0 else text[position - 1] == "\n"


def _escape_plain(text: str, *, at_line_start: bool) -> str:
    escaped = _MARKDOWN.sub(lambda m: "\\" + m.group(), text)
    escaped = _BROADCAST.sub("@" + ZERO_WIDTH_SPACE, escaped)
    if at_line_start:
        return _LINE_START.sub(lambda m: m.group(1) + _escape_list_marker(m.group(2)), escaped)
    first_line, newline, rest = escaped.partition("\n")
    return first_line + newline + _LINE_START.sub(lambda m: m.group(1) + _escape_list_marker(m.group(2)), rest)


def _escape_list_marker(marker: str) -> str:
    return marker + "\\" if marker.isdigit() else "\\" + marker


def cut_on_word(text: str, limit: int) -> str:
    """``text`` if it fits ``limit`` (UTF-16 units), else its longest start that ends on a word, plus ``…``.

    A word longer than most of the room (a long link, say) is cut inside instead.
    """
    if discord_length(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    budget = limit - len(ELLIPSIS)
    head = text[:budget]
    excess = discord_length(head) - budget
    end = len(head)
    while excess > 0:  # characters outside the Basic Multilingual Plane count twice
        end -= 1
        excess -= 2 if ord(head[end]) > 0xFFFF else 1
    head = head[:end]
    ends_on_word = text[len(head)].isspace()
    cut = max(head.rfind(" "), head.rfind("\n"))
    if not ends_on_word and cut > 0 and cut >= budget // 5:  # a word cut that keeps most of the room
        head = head[:cut]
    return head.rstrip(" \n\t,;:") + ELLIPSIS


def join_within(parts: Iterable[str], limit: int, separator: str = "\n", more: str = "and {n} more") -> str:
    """Join ``parts`` while they fit ``limit``; the parts left out are counted in a last ``more`` line."""
    items = list(parts)
    for keep in range(len(items), -1, -1):
        shown = items[:keep]
        if keep < len(items):
            shown.append(more.format(n=len(items) - keep))
        joined = separator.join(shown)
        if discord_length(joined) <= limit:
            return joined
    return cut_on_word(separator.join(items), limit)
