"""Hostile files for the tests, made on the spot: deeply nested pages, PDFs whose pages share one huge content
stream, corpora with links out, special files. The text in them is made up."""

from __future__ import annotations

import zlib

from tests.pdf_fixtures import assembled_pdf


def nested_page(depth: int, tag: str = "div") -> bytes:
    """A web page whose text sits inside ``depth`` nested ``tag`` elements."""
    opening = "".join(f"<{tag}>block {number} holds a few words " for number in range(depth))
    return f"<html><body><article>{opening}{f'</{tag}>' * depth}</article></body></html>".encode()


def shared_stream_pdf(pages: int, lines: int) -> bytes:
    """A small PDF whose ``pages`` pages all draw one compressed content stream of ``lines`` lines of text:
    tiny on disk, huge once every page is inflated and read."""
    content = b"BT /F1 10 Tf 72 760 Td 12 TL " + b"(the same line of words again) ' " * lines + b"ET"
    packed = zlib.compress(content, 9)
    first_page = 5
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents 4 0 R >>"
        for _ in range(pages)
    ]
    return assembled_pdf(objects)
