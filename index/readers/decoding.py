"""From a file's bytes to its text: the one rule for text files and web pages.

A byte-order mark decides; else a web page's declared charset when its bytes fit it; else UTF-8; else
Windows-1252 when it reads cleanly (a guess, reported as a warning); anything else is skipped with the reason.
"""

from __future__ import annotations

import codecs
import re

from index.errors import SkipFile

_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_READ_AS_WINDOWS_1252 = frozenset({"ascii", "iso8859-1", "cp1252"})
"""Charsets that browsers read as Windows-1252 (the WHATWG encoding standard), and so do we."""
_NOT_PAGE_ENCODINGS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7", "undefined"})
"""Python codecs that no page is written in (some are slow on large input): a page naming one is not believed."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters that do not occur in text (tab, line feed, form feed and carriage return do)."""


def decode_bytes(data: bytes, kind: str, declared: str | None = None) -> tuple[str, str | None]:
    """A file's text, and a warning when its encoding was guessed; ``kind`` names the file in messages, ``declared``
    is its own charset. Raises SkipFile for an empty file, binary content or bytes no rule reads."""
    if not data.strip():
        raise SkipFile("empty file")
    for mark, codec, name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return _checked(data.decode(codec), kind), None
            except UnicodeError:
                raise SkipFile(f"not valid {name} text despite its byte-order mark") from None
    if b"\x00" in data:
        raise SkipFile(f"binary content (NUL bytes) in a {kind}")
    mismatch = None
    if declared:
        try:
            if (page_codec := _page_codec(declared)) is not None:
                return _checked(data.decode(page_codec), kind), None
            # Browsers read a page that declares UTF-16 or UTF-32 but has no byte-order mark as UTF-8 (WHATWG).
            mismatch = f"charset {declared!r} declared without a byte-order mark"
        except LookupError:  # no such codec, or not a text encoding (base64, rot13)
            mismatch = f"unknown charset {declared!r} declared"
        except UnicodeError as error:
            where = f" (bad byte at offset {error.start})" if isinstance(error, UnicodeDecodeError) else ""
            mismatch = f"not valid {declared} as declared{where}"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        windows = _windows_1252(data)
        if windows is None:
            raise SkipFile(f"not valid UTF-8 text (bad byte at offset {error.start}), nor Windows-1252") from None
        reason = mismatch or f"not valid UTF-8 (bad byte at offset {error.start})"
        return _checked(windows, kind), f"{reason}; read as Windows-1252"
    return _checked(text, kind), f"{mismatch}; read as UTF-8" if mismatch else None


def _page_codec(declared: str) -> str | None:
    """The Python codec for a charset a page declares, None for UTF-16 or UTF-32 (which a page without a
    byte-order mark is never in); raises LookupError when a page cannot be written in it."""
    name = codecs.lookup(declared).name
    if name in _NOT_PAGE_ENCODINGS:
        raise LookupError(name)
    if name.startswith(("utf-16", "utf-32")):
        return None
    return "cp1252" if name in _READ_AS_WINDOWS_1252 else name


def _windows_1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def _checked(text: str, kind: str) -> str:
    """The text, unless control characters show it is binary content (a stray one is tolerated)."""
    if len(_CONTROL.findall(text)) * 100 > len(text):
        raise SkipFile(f"binary content (control characters) in a {kind}")
    return text
