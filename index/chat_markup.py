"""Chat markup in a question that is no word of it: mentions of people, roles and channels (``<@123>``,
``<@!123>``, ``<@&123>``, ``<#123>``), ``@everyone`` and ``@here``, and custom emoji (``<:flag:123>``). The
library leaves it out of every question it searches, whichever face asked."""

from __future__ import annotations

import re

_MARKUP = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|(?<![\w@])@(?:everyone|here)\b")
"""A mention of a person, a role or a channel, a custom emoji, ``@everyone`` or ``@here`` (not inside an address
such as ``desk@here.example``)."""


def without_markup(question: str) -> str:
    """``question`` without chat markup, its other words as written (spaces where markup stood are closed up:
    ``@everyone when was it?`` → ``when was it?``); unchanged when it holds none."""
    if "@" not in question and "#" not in question and ":" not in question:
        return question
    bare = _MARKUP.sub(" ", question)
    return question if bare == question else " ".join(bare.split())
