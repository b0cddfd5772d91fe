"""A weather office's forecast discussion saved as text: its product's name as title, its ``.SECTION...`` heads as
sections, the forecasters' sign-offs under ``$$`` (``SYNOPSIS...KLM``) out."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WMO_HEADING = re.compile(r"^[A-Z]{4}\d{2} [A-Z]{4} \d{6}(?: [A-Z]{3})?$")
"""The bulletin's heading: ``FXUS61 KHLF 011642``."""
_PRODUCT_ID = re.compile(r"^[A-Z]{3}[A-Z0-9]{2,3}$")
"""The product's identifier under it: ``AFDHLF``."""
_SECTION = re.compile(r"^\.(?P<name>[A-Z][A-Z0-9 /,&'()-]{1,60}?)\.{3}$")
"""A section's head: ``.NEAR TERM /THROUGH TONIGHT/...``."""
_SIGN_OFF = re.compile(r"^(?P<name>[A-Z][A-Z0-9 /&-]{1,40}?)\.{3}[A-Z]{2,4}$")
"""A forecaster's sign-off for a section: ``LONG TERM...RDV``."""
_SEPARATOR = re.compile(r"^(?:&&|\$\$)$")


@dataclass(frozen=True)
class Discussion:
    """What the form of a forecast discussion says of its lines."""

    title: str | None
    sections: tuple[tuple[int, str], ...]
    skip: frozenset[int]
    said: frozenset[int]
    """The lines under the section heads, to ``$$``: the forecast's words, however short."""


def read_discussion(lines: list[str]) -> Discussion | None:
    """A forecast discussion's title (the line under its bulletin heading and product identifier), its sections' heads,
    the sign-offs under its ``$$`` and the lines the forecasters wrote; None for a text with no bulletin heading or
    no two section heads."""
    text = [line.strip() for line in lines]
    heading = next((n for n, line in enumerate(text) if _WMO_HEADING.match(line)), None)
    sections = tuple((n, match["name"].strip()) for n, line in enumerate(text) if (match := _SECTION.match(line)))
    if heading is None or len(sections) < 2 or not any(_SEPARATOR.match(line) for line in text):
        return None
    under = [n for n in range(heading + 1, len(text)) if text[n]][:2]
    named = under[1:] if under and _PRODUCT_ID.match(text[under[0]]) else under
    title = text[named[0]] if named and not _SECTION.match(text[named[0]]) else None
    heads = {re.sub(r"\s*/.*", "", name).strip() for _, name in sections}
    end = next((n for n in range(len(text)) if text[n] == "$$"), len(text))
    signed = {
        n for n in range(end, len(text)) if (match := _SIGN_OFF.match(text[n])) and match["name"].strip() in heads
    }
    heads_at = {n for n, _ in sections}
    said = {n for n in range(sections[0][0], end) if text[n] and n not in heads_at and not _SEPARATOR.match(text[n])}
    return Discussion(title, sections, frozenset(signed), frozenset(said))
