"""Front matter: an optional block of ``key: value`` lines between ``---`` lines at the top of a file."""

from __future__ import annotations

import re
from datetime import date

from index.errors import SkipFile
from index.models import DocumentKind

FENCE = "---"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f<>\"]+", re.IGNORECASE)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return the front matter as a dict and the body after it; a text without a block has ``{}``.

    A key's value may go on in the lines below it, indented or as a list (``speakers:`` then ``  - Name``):
    its items are joined with ``; ``. Raises SkipFile when a block is opened but never closed, or a line is
    neither ``key: value`` nor such an item.
    """
    lines = text.split("\n")
    if lines[0].strip() != FENCE:
        return {}, text
    closing = next((n for n, line in enumerate(lines[1:], start=1) if line.strip() == FENCE), None)
    if closing is None:
        raise SkipFile("front matter block opened with '---' is never closed")
    meta: dict[str, str] = {}
    key = ""
    for number, line in enumerate(lines[1:closing], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if key and (line[:1].isspace() or line.startswith("- ")):  # a list item or an indented line of the key
            item = _unquote(line.strip().removeprefix("- ").strip())
            meta[key] = f"{meta[key]}; {item}" if meta[key] else item
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key or " " in key:
            raise SkipFile(f"front matter line {number} is not 'key: value': {line.strip()[:60]!r}")
        meta[key] = _unquote(value.strip())
    return meta, "\n".join(lines[closing + 1 :])


def parse_date(value: str, where: str) -> date:
    """Parse a strict YYYY-MM-DD date; ``where`` names the field in the error message."""
    if not _ISO_DATE.fullmatch(value):
        raise SkipFile(f"{where} {value!r} is not a date in YYYY-MM-DD form")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SkipFile(f"{where} {value!r} is not a real calendar date") from None


def parse_url(value: str, where: str) -> str:
    """Check a document's link: one http(s):// address (a ``javascript:`` or ``file:`` link is refused);
    ``where`` names the field in the error message."""
    url = value.strip()
    if not _WEB_URL.fullmatch(url):
        raise SkipFile(f"{where} {value[:80]!r} is not an http(s):// address")
    return url


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_kind(value: str, where: str) -> DocumentKind:
    """Parse a document kind (``transcript`` or ``article``, any case); ``where`` names the field in the error."""
    try:
        return DocumentKind(value.strip().lower())
    except ValueError:
        allowed = ", ".join(kind.value for kind in DocumentKind)
        raise SkipFile(f"{where} {value!r} is not one of: {allowed}") from None
