"""Reader for plain text and Markdown files (``.txt``, ``.md``), with optional front matter."""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePosixPath

from index.errors import SkipFile
from index.models import Document, DocumentKind
from index.readers.decoding import decode_bytes
from index.readers.frontmatter import parse_date, split_front_matter
from index.speakers import starts_with_label

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_TITLE_MAX = 150


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode a text file's bytes (see ``index.readers.decoding``), with normalised line ends; returns the text
    and a warning when its encoding was guessed. Raises SkipFile for empty and binary files and for bytes that
    are neither UTF-8 nor clean Windows-1252."""
    text, warning = decode_bytes(data, "text file")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warning


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
