"""Reader for PDF transcripts and articles (``.pdf``), read page by page with pypdf.

Each paragraph's lines are put back on one line (a hyphen at a line end joins without a space), paragraphs and
turns are joined across page breaks, and repeated page numbers, headers and footers are left out, so the splitter
sees what it sees in a text file. The Document records where each page begins. Title: the PDF's title field when
it is a real title, else the first line; date: a date line near the top, else the file name.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count, pairwise
from typing import Any

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError

from index.errors import SkipFile, describe
from index.limits import Budget, budget
from index.models import Document, DocumentKind
from index.readers.chrome import page_date_line, read_layout
from index.readers.datelines import first_dated
from index.readers.text import date_from_name, title_from_body
from index.speakers import starts_with_label

# pypdf reports every oddity of a damaged file as a logged warning; a file that cannot be read at all is
# reported as a skipped file instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_SENTENCE_END = tuple('.?!…:;"”’)]')
_BULLETS = tuple("•◦▪‣●■")
_EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page may be running headers, footers or page numbers."""
_SHORT_LINE = 0.65
"""A line shorter than this share of a full line ends its paragraph."""
_SHORT_SENTENCE_LINE = 0.85
"""A line shorter than this share of a full line ends its paragraph when it ends a sentence."""
_PARAGRAPH_GAP = 1.3
"""A gap between lines this many times the page's usual line spacing separates paragraphs."""
_BAD_TITLE = re.compile(r"^(?:untitled|microsoft word\b.*|.*\.(?:docx?|rtf|odt|pdf|txt|html?|indd|pages))$", re.I)


@dataclass
class _Line:
    """One line of a page as pypdf extracts it, with where it starts on the page when that is known."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float = 10.0


_Paragraph = list[tuple[int, str]]
"""A paragraph's lines: (page number, line text) in reading order."""


def read_pdf_document(data: bytes, path: str) -> Document:
    """A Document from a PDF's bytes; raises SkipFile for a damaged, locked or text-less (scanned) PDF."""
    reader = _open(data)
    pages = _read_pages(reader)
    if not any(line.text for page in pages for line in page):
        raise SkipFile(
            "no extractable text: the PDF looks like a scan (its pages are images); run it through OCR first"
        )
    _drop_page_furniture(pages)
    paragraphs = _paragraphs(pages)
    if not paragraphs:
        raise SkipFile("no text besides page numbers and running headers")
    text, page_starts = _join(paragraphs, len(pages))
    lines = text.split("\n")
    title, skip = _title(reader, text, path, one_line_opening=len(paragraphs[0]) == 1)
    skip_lines = set(skip)
    layout = read_layout(lines)
    if layout.transcript:
        skip_lines |= layout.skip
        if layout.title and _declared_title(reader) is None:
            title = layout.title
    dateline = page_date_line(lines)
    if dateline is not None and dateline.only_date:
        skip_lines.add(dateline.line)
    when, date_source = first_dated(
        (layout.date, "text header" if layout.date_from == "header" else "title"),
        (dateline.date if dateline is not None else None, "text header"),
        (date_from_name(path), "file name"),
    )
    return Document(
        path=path,
        title=title,
        url=None,
        date=when,
        kind=DocumentKind.TRANSCRIPT if layout.transcript else None,
        text=text,
        skip_lines=tuple(sorted(skip_lines)),
        page_starts=page_starts,
        date_source=date_source,
        sections=layout.sections,
        narrator=layout.narrator,
        roles=layout.roles,
        people=layout.people,
    )


def _open(data: bytes) -> PdfReader:
    if not data.strip():
        raise SkipFile("empty file")
    if b"%PDF-" not in data[:1024]:
        raise SkipFile("not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise SkipFile("encrypted PDF: it needs a password to open")
        if len(reader.pages) == 0:
            raise SkipFile("the PDF has no pages")
    except SkipFile:
        raise
    except DependencyError:  # the only dependency pypdf may miss here is the one that decrypts
        raise SkipFile("encrypted PDF: opening it needs the 'cryptography' package") from None
    except Exception as error:  # pypdf raises many kinds of error on a damaged file
        raise SkipFile(f"damaged PDF, cannot be read ({describe(error)})") from None
    return reader


def _read_pages(reader: PdfReader) -> list[list[_Line]]:
    """Every page's lines, within the document's budget of pages, inflated bytes and time."""
    spent = budget()
    spent.check_pages(len(reader.pages))
    pages: list[list[_Line]] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            contents = page.get_contents()
            spent.add_inflated(len(contents.get_data()) if contents is not None else 0)
            pages.append(_page_lines(page, spent))
        except SkipFile:
            raise
        except Exception as error:  # as above: one unreadable page makes the file unreliable
            raise SkipFile(f"damaged PDF: page {number} cannot be read ({describe(error)})") from None
    return pages


def _page_lines(page: PageObject, spent: Budget) -> list[_Line]:
    """The page's lines in pypdf's reading order, each with the position and size of its first words."""
    pieces: list[tuple[str, float, float, float]] = []
    operators = count(1)

    def tick(*_: Any) -> None:
        if next(operators) % 1024 == 0:
            spent.check_time()

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append((text, x, y, abs(size * tm[3] * cm[3]) or abs(size) or 10.0))

    extracted = page.extract_text(visitor_text=visit, visitor_operand_before=tick)
    if "".join(piece[0] for piece in pieces) != extracted:
        return [_Line(" ".join(text.split())) for text in extracted.split("\n") if text.strip()]
    lines: list[_Line] = []
    current = _Line("")
    for text, x, y, size in pieces:
        for number, segment in enumerate(text.split("\n")):
            if number:
                lines.append(current)
                current = _Line("")
            if segment.strip() and current.x is None:
                current.x, current.y, current.size = x, y, size
            current.text += segment
    lines.append(current)
    for line in lines:
        line.text = " ".join(line.text.split())
    return [line for line in lines if line.text]


def _drop_page_furniture(pages: list[list[_Line]]) -> None:
    """Remove page numbers, and headers or footers repeated at the top or bottom of most pages."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_furniture_key(line.text) for line in _edges(page)})
    repeated = {key for key, count in seen.items() if count >= max(2, math.ceil(len(pages) / 2))}
    for page in pages:
        edges = {id(line) for line in _edges(page)}
        page[:] = [line for line in page if id(line) not in edges or not _is_furniture(line.text, repeated)]


def _is_furniture(text: str, repeated: set[str]) -> bool:
    return bool(_PAGE_NUMBER.match(text)) or (_furniture_key(text) in repeated and not starts_with_label(text))


def _edges(page: list[_Line]) -> list[_Line]:
    if len(page) <= 2 * _EDGE_LINES:
        return list(page)
    return page[:_EDGE_LINES] + page[-_EDGE_LINES:]


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()) if len(text) <= 120 else f"\0{text}"


def _paragraphs(pages: list[list[_Line]]) -> list[_Paragraph]:
    document_full = _ninetieth([len(line.text) for page in pages for line in page])
    paragraphs: list[_Paragraph] = []
    last: tuple[str, int] = ("", 0)
    for number, page in enumerate(pages, start=1):
        full = _full_lengths(page, document_full)
        spacing = _usual_spacing(page)
        margin = _left_margin(page)
        previous: _Line | None = None
        for line in page:
            if not paragraphs or _opens_paragraph(line, previous, margin):
                new = True
            elif previous is None:
                new = _ends_paragraph(*last)
            else:
                new = _gap_between(previous, line, spacing) or _ends_paragraph(previous.text, full(previous))
            if new:
                paragraphs.append([])
            paragraphs[-1].append((number, line.text))
            previous = line
            last = (line.text, full(line))
    return paragraphs


def _full_lengths(page: list[_Line], document_full: int) -> Callable[[_Line], int]:
    """How long a full line is where a line stands: in its column (lines starting at the same place) when
    the column has a few lines, else on its page, else in the document."""
    columns: dict[int | None, list[int]] = {}
    for line in page:
        columns.setdefault(_column(line), []).append(len(line.text))
    known: dict[int | None, int] = {
        key: _ninetieth(lengths) for key, lengths in columns.items() if key is not None and len(lengths) >= 3
    }
    page_full = _ninetieth([len(line.text) for line in page]) if len(page) >= 3 else document_full
    return lambda line: known.get(_column(line), page_full)


def _column(line: _Line) -> int | None:
    return None if line.x is None else round(line.x / 6)


def _ninetieth(lengths: list[int]) -> int:
    ordered = sorted(lengths)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))] if ordered else 0


def _opens_paragraph(line: _Line, previous: _Line | None, margin: float | None) -> bool:
    """A speaker label, a list bullet, or a first line indented after a sentence ended (the indented lines
    under a list item's first line go on with it)."""
    if starts_with_label(line.text) or line.text.startswith(_BULLETS):
        return True
    if previous is not None and not previous.text.endswith(_SENTENCE_END):
        return False
    left = previous.x if previous is not None else margin
    return line.x is not None and left is not None and line.x - left > 0.8 * line.size


def _gap_between(previous: _Line, line: _Line, spacing: float | None) -> bool:
    if previous.y is None or line.y is None:
        return False
    if line.y > previous.y + 1:  # moved up the page: a new column or box
        return True
    return spacing is not None and previous.y - line.y > _PARAGRAPH_GAP * spacing


def _ends_paragraph(text: str, full: int) -> bool:
    return len(text) < _SHORT_LINE * full or (len(text) < _SHORT_SENTENCE_LINE * full and text.endswith(_SENTENCE_END))


def _usual_spacing(page: list[_Line]) -> float | None:
    """The distance between lines of one paragraph: a low percentile of the gaps between lines."""
    gaps = sorted(
        a.y - b.y for a, b in pairwise(page) if a.y is not None and b.y is not None and 0 < a.y - b.y < 4 * a.size
    )
    return gaps[len(gaps) // 5] if len(gaps) >= 2 else None


def _left_margin(page: list[_Line]) -> float | None:
    positions = Counter(round(line.x / 2) * 2 for line in page if line.x is not None)
    if not positions:
        return None
    return min(x for x, count in positions.items() if count == max(positions.values()))


def _join(paragraphs: list[_Paragraph], page_count: int) -> tuple[str, tuple[int, ...]]:
    """The paragraphs as text, a blank line between them, and the offset where each page begins."""
    out = io.StringIO()
    starts: dict[int, int] = {}
    for paragraph in paragraphs:
        if out.tell():
            out.write("\n\n")
        previous = ""
        for page, piece in paragraph:
            if previous:
                out.write("" if _hyphenated(previous, piece) else " ")
            starts.setdefault(page, out.tell())
            out.write(piece)
            previous = piece
    length = out.tell()
    text = out.getvalue() + "\n"
    offsets: list[int] = []
    for page in range(page_count, 0, -1):  # a page without text begins where the next one does
        offsets.append(starts.get(page, offsets[-1] if offsets else length))
    return text, tuple(reversed(offsets))


def _hyphenated(previous: str, following: str) -> bool:
    return len(previous) > 1 and previous[-1] == "-" and previous[-2].isalpha() and following[:1].isalpha()


def _title(reader: PdfReader, text: str, path: str, one_line_opening: bool) -> tuple[str, tuple[int, ...]]:
    """The title property when it is a real title, else the opening paragraph (a heading when it repeats the
    property or was one printed line)."""
    declared = _declared_title(reader)
    opening = text.split("\n", 1)[0].strip()
    if declared:
        return declared, ((0,) if opening.casefold() == declared.casefold() else ())
    title, skip = title_from_body(text, path)
    return title, (skip if one_line_opening else ())


def _declared_title(reader: PdfReader) -> str | None:
    try:
        declared = " ".join(str(reader.metadata.title or "").split()) if reader.metadata else ""
    except Exception:  # a damaged information dictionary: fall back to the text
        return None
    return declared if declared and not _BAD_TITLE.match(declared) else None
