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
_UNSHOWN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters other than tab and line feed, and text direction overrides (which would show the words
after them in another order): shown as U+FFFD, as on the terminal."""


def discord_length(text: str) -> int:
    """The length Discord checks against its limits (UTF-16 code units, an upper bound)."""
    return len(text.encode("utf-16-le")) // 2


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    """``text`` shown literally in Discord: every markdown character escaped, links kept clickable, ``@everyone``
    and ``@here`` defused, control characters and direction overrides shown as U+FFFD; ``line_start`` when
    ``text`` begins a line (where list or heading markers count)."""
    text = _UNSHOWN.sub("\ufffd", text)
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
    """``text`` with every path on disk replaced by a stand-in (web addresses and ``/commands`` kept): Discord
    never sees where the server keeps its files."""
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
    """``text`` as a label on one line: control characters and line breaks become spaces, runs of them one, and
    direction overrides U+FFFD."""
    return " ".join(_UNSHOWN.sub("\ufffd", CONTROL.sub(" ", text)).split())


def defuse_mentions(text: str) -> str:
    """``text`` where no mention can render, for text shown without markdown: a zero-width space after the ``@``
    of ``@everyone``/``@here`` and after the ``<`` of ``<@…>``, ``<@&…>``, ``<#…>`` and ``</…>``."""
    return _MENTION_OPENING.sub("<" + ZERO_WIDTH_SPACE, _BROADCAST.sub("@" + ZERO_WIDTH_SPACE, text))


def url_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the web links in ``text`` (kept unescaped and unmarked so they stay clickable)."""
    return [match.span() for match in _URL.finditer(text)]


def _starts_line(text: str, position: int, line_start: bool) -> bool:
    return line_start if position == 0 else text[position - 1] == "\n"


def _escape_plain(text: str, *, at_line_start: bool) -> str:
    escaped = _BROADCAST.sub("@" + ZERO_WIDTH_SPACE, _MARKDOWN.sub(r"\\\g<0>", text))
    first_line, newline, rest = ("", "", escaped) if at_line_start else escaped.partition("\n")
    return first_line + newline + _LINE_START.sub(_escaped_marker, rest)


def _escaped_marker(found: re.Match[str]) -> str:
    """A list or heading marker escaped where it starts a line (``\\#``, ``\\-``, ``1\\.``)."""
    marker = found.group(2)
    return found.group(1) + (marker + "\\" if marker.isdigit() else "\\" + marker)


def cut_on_word(text: str, limit: int) -> str:
    """``text`` if it fits ``limit`` (UTF-16 units), else its longest start ending on a word, plus ``…`` (a word
    longer than most of the room is cut inside)."""
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


def join_within(parts: Iterable[str], limit: int, separator: str = "\n") -> str:
    """Join ``parts`` while they fit ``limit``; the parts left out are counted in a last ``and N more``."""
    items = list(parts)
    for keep in range(len(items), -1, -1):
        shown = items[:keep]
        if keep < len(items):
            shown.append(f"and {len(items) - keep} more")
        joined = separator.join(shown)
        if discord_length(joined) <= limit:
            return joined
    return cut_on_word(separator.join(items), limit)
