"""Reader for plain text and Markdown files (``.txt``, ``.md``), with optional front matter."""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePosixPath

from index.errors import SkipFile
from index.models import Document, DocumentKind
from index.readers.frontmatter import parse_date, split_front_matter
from index.speakers import starts_with_label

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_TITLE_MAX = 150
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
"""Control characters that do not occur in text (tab, line feed, form feed and carriage return do)."""


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode a text file's bytes, with normalised line ends; returns the text and a warning, if any.

    UTF-8 is expected (a byte-order mark is dropped). Bytes that are not UTF-8 but read cleanly as
    Windows-1252 (no control characters) are decoded so, with a warning. Raises SkipFile for empty files,
    binary files and bytes that are neither.
    """
    if not data.strip():
        raise SkipFile("empty file")
    if b"\x00" in data:
        raise SkipFile("binary content (NUL bytes) in a text file")
    warning = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = _windows_1252(data)
        if text is None:
            raise SkipFile(f"not valid UTF-8 text (bad byte at offset {error.start}), nor Windows-1252") from None
        warning = f"not valid UTF-8 (bad byte at offset {error.start}); read as Windows-1252"
    if len(_CONTROL.findall(text)) * 100 > len(text):
        raise SkipFile("binary content (control characters) in a text file")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warning


def _windows_1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def read_text_document(data: bytes, path: str) -> Document:
    """Build a Document from a text or Markdown file's bytes; ``path`` is its place in the corpus."""
    text, warning = decode_text(data)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise SkipFile("no text after the front matter")
    kind = _kind(meta.get("kind"))
    when = parse_date(meta["date"], "front matter date") if meta.get("date") else date_from_name(path)
    title, skip = (meta["title"], ()) if meta.get("title") else title_from_body(body, path)
    return Document(
        path=path,
        title=title,
        url=meta.get("url") or None,
        date=when,
        kind=kind,
        text=body,
        skip_lines=skip,
        warnings=(warning,) if warning else (),
    )


def date_from_name(path: str) -> date | None:
    """A YYYY-MM-DD date in the file name, if there is a valid one."""
    match = _DATE_IN_NAME.search(PurePosixPath(path).name)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _kind(value: str | None) -> DocumentKind | None:
    if not value:
        return None
    try:
        return DocumentKind(value.strip().lower())
    except ValueError:
        allowed = ", ".join(k.value for k in DocumentKind)
        raise SkipFile(f"front matter kind {value!r} is not one of: {allowed}") from None


def title_from_body(body: str, path: str) -> tuple[str, tuple[int, ...]]:
    """The first non-empty line as the title; it is not content when it reads as a heading."""
    for number, line in enumerate(body.split("\n")):
        stripped = line.strip().lstrip("#").strip()
        if not stripped:
            continue
        if starts_with_label(line) or len(stripped) > _TITLE_MAX:
            return _shorten(stripped), ()
        return stripped, (number,)
    return PurePosixPath(path).stem, ()


def _shorten(line: str) -> str:
    if len(line) <= _TITLE_MAX:
        return line
    cut = line[:_TITLE_MAX].rsplit(" ", 1)[0]
    return cut + "…"
