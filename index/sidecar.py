"""Sidecar metadata: a ``NAME.meta.toml`` file next to a corpus document gives its title, url, date or kind.

A web page or PDF has no front matter; the fields its sidecar gives win over what the reader found.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from index.errors import SkipFile
from index.models import Document, DocumentKind
from index.readers.frontmatter import parse_date, parse_kind, parse_url
from index.safe_files import read_regular

SIDECAR_SUFFIX = ".meta.toml"
FIELDS = ("title", "url", "date", "kind")


@dataclass(frozen=True, slots=True)
class Metadata:
    """Citation fields a person supplies for a document; None leaves the document's own value."""

    title: str | None = None
    url: str | None = None
    date: date | None = None
    kind: DocumentKind | None = None

    def is_empty(self) -> bool:
        """True when no field is given."""
        return all(getattr(self, name) is None for name in FIELDS)

    def over(self, base: Metadata) -> Metadata:
        """These fields, with ``base`` filling the ones not given."""
        return Metadata(*(getattr(self, name) or getattr(base, name) for name in FIELDS))


def is_sidecar(name: str) -> bool:
    """True for a sidecar file name (``report.pdf.meta.toml``)."""
    return name.lower().endswith(SIDECAR_SUFFIX) and len(name) > len(SIDECAR_SUFFIX)


def sidecar_name(document_name: str) -> str:
    """The sidecar file name for a document name."""
    return document_name + SIDECAR_SUFFIX


def document_name(sidecar: str) -> str:
    """The document a sidecar file name belongs to."""
    return sidecar[: -len(SIDECAR_SUFFIX)]


def read_sidecar(path: Path, data: bytes | None = None) -> Metadata:
    """Read and check a sidecar file (``data``: its bytes, when read already); raises SkipFile naming the file
    and the problem."""
    try:
        raw = tomllib.loads((read_regular(path) if data is None else data).decode("utf-8-sig"))
    except OSError as error:
        raise SkipFile(f"metadata file {path.name} cannot be read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise SkipFile(f"metadata file {path.name} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise SkipFile(f"metadata file {path.name} is not valid TOML: {error}") from None
    try:
        return metadata_from(raw)
    except SkipFile as error:
        raise SkipFile(f"metadata file {path.name}: {error}") from None


def metadata_from(raw: dict[str, object]) -> Metadata:
    """Check a mapping of sidecar fields; raises SkipFile for an unknown field or a bad value."""
    if unknown := sorted(set(raw) - set(FIELDS)):
        raise SkipFile(f"unknown field {unknown[0]!r} (fields: {', '.join(FIELDS)})")
    url = _text(raw, "url")
    return Metadata(
        _text(raw, "title"), parse_url(url, "url") if url else None, _date(raw.get("date")), _kind_of(raw.get("kind"))
    )


def apply_metadata(document: Document, meta: Metadata) -> Document:
    """The document with the given fields replacing its own."""
    given = {name: getattr(meta, name) for name in FIELDS if getattr(meta, name)}
    return replace(document, **given, date_source="sidecar" if meta.date else document.date_source)


def render_sidecar(meta: Metadata) -> str:
    """The text of a sidecar file holding ``meta``'s fields."""
    lines = [f"{name} = {_toml_value(getattr(meta, name))}" for name in FIELDS if getattr(meta, name)]
    return "\n".join(lines) + "\n"


def _text(raw: dict[str, object], name: str) -> str | None:
    value = raw.get(name)
    if value is not None and not isinstance(value, str):
        raise SkipFile(f"{name} must be a quoted string")
    cleaned = " ".join(value.split()) if value else ""
    return cleaned or None


def _date(value: object) -> date | None:
    if isinstance(value, str):
        return parse_date(value.strip(), "date") if value.strip() else None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is not None:
        raise SkipFile("date must be a date such as 2016-10-04")
    return None


def _kind_of(value: object) -> DocumentKind | None:
    return None if value is None else parse_kind(str(value), "kind")


def _toml_value(value: str | date | DocumentKind) -> str:
    """A field's value in TOML: a date as it is, text as a basic string (JSON's string escapes are all valid TOML
    escapes; DEL, which JSON leaves as it is and TOML does not allow, is escaped too)."""
    if isinstance(value, date):
        return value.isoformat()
    text = value.value if isinstance(value, DocumentKind) else value
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
