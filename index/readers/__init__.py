"""Readers turn a corpus file's bytes into a Document; one reader per format, chosen by file extension."""

from __future__ import annotations

from collections.abc import Callable

from index.models import Document
from index.readers.html import read_html_document
from index.readers.text import read_text_document

Reader = Callable[[bytes, str], Document]


def read_pdf_document(data: bytes, path: str) -> Document:
    """The PDF reader, imported on first use: pypdf takes a while to load and most commands read no PDF."""
    from index.readers.pdf import read_pdf_document as read

    return read(data, path)


READERS: dict[str, Reader] = {
    ".txt": read_text_document,
    ".md": read_text_document,
    ".html": read_html_document,
    ".htm": read_html_document,
    ".pdf": read_pdf_document,
}


def reader_for(suffix: str) -> Reader | None:
    """The reader for a file extension (case-insensitive), or None when the format is not supported."""
    return READERS.get(suffix.lower())
