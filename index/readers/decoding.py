"""From a file's bytes to its text: the one rule for text files and web pages.

A byte-order mark says the encoding (UTF-8 or UTF-16). Otherwise a web page's declared charset is honoured
when its bytes fit it; then UTF-8 is expected. Bytes that are not UTF-8 but read cleanly as Windows-1252
(no control characters) are decoded so, since that is what older Windows tools and pages write: this is a
guess, and a guess comes back with a warning. Anything else is binary content or an unknown encoding, and the
file is skipped with the reason.
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
    """Decode a file's bytes; returns the text and a warning when its encoding was guessed (else None).

    ``kind`` names the file in messages (``text file``, ``web page``); ``declared`` is the charset the file
    names for itself, if any. Raises SkipFile for an empty file, binary content, and bytes that no rule reads.
    """
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
    if declared and _is_wide(declared):
        # Browsers read a page that declares UTF-16 or UTF-32 but has no byte-order mark as UTF-8 (WHATWG).
        mismatch = f"charset {declared!r} declared without a byte-order mark"
        declared = None
    if declared:
        try:
            return _checked(data.decode(_page_codec(declared)), kind), None
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


def _page_codec(declared: str) -> str:
    """The Python codec for a charset a page declares; raises LookupError when a page cannot be written in it."""
    name = codecs.lookup(declared).name
    if name in _NOT_PAGE_ENCODINGS:
        raise LookupError(name)
    return "cp1252" if name in _READ_AS_WINDOWS_1252 else name


def _is_wide(declared: str) -> bool:
    """Whether a declared charset is UTF-16 or UTF-32, which a page without a byte-order mark is never in."""
    try:
        return codecs.lookup(declared).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


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
