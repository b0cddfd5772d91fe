"""PDFs made for the tests with fpdf2: a briefing whose answer runs over a page break, an article, a scan."""

from __future__ import annotations

import io
import zlib

from fpdf import FPDF
from PIL import Image, ImageDraw

LINE = 6.0
"""Line height in millimetres."""

HEADER = "Ministry of Examples - Daily Briefing"

BRIEFING_PAGES = [
    [
        ("big", "Daily Briefing"),
        ("text", "Brussels, 6 April 2017"),
        ("gap", ""),
        ("text", "MS. VARGA: Good morning. Two items before we take your questions today, both of them"),
        ("text", "about the crossing points in the north."),
        ("gap", ""),
        ("text", "QUESTION: Has the convoy that was held at the border moved at all since the weekend, or"),
        ("text", "is it still waiting for the inspectors?"),
        ("gap", ""),
        ("text", "MS. VARGA: It moved overnight, and the first trucks reached the crossing early this"),
        ("text", "morning. The rest of the convoy should follow in the course of the day, and I think"),
    ],
    [
        ("text", "we will have more to say about the inspections tomorrow."),
        ("gap", ""),
        ("text", "QUESTION: Thank you, that is clear."),
    ],
]
"""Each page's lines: a title in a bigger font, lines of text, and gaps between paragraphs."""

BRIEFING_TURNS = [
    (
        "MS. VARGA",
        "Good morning. Two items before we take your questions today, both of them about the crossing points in "
        "the north.",
        1,
    ),
    (
        "QUESTION",
        "Has the convoy that was held at the border moved at all since the weekend, or is it still waiting for "
        "the inspectors?",
        1,
    ),
    (
        "MS. VARGA",
        "It moved overnight, and the first trucks reached the crossing early this morning. The rest of the convoy "
        "should follow in the course of the day, and I think we will have more to say about the inspections "
        "tomorrow.",
        1,
    ),
    ("QUESTION", "Thank you, that is clear.", 2),
]
"""(speaker, text, page) of every turn in the briefing: what the reader must give back."""

ARTICLE_TITLE = "Trucks cross after a week at the border"
ARTICLE_PAGES = [
    [
        ("big", ARTICLE_TITLE),
        ("gap", ""),
        ("indent", "The first trucks of the aid convoy crossed into the north on Thursday morning after"),
        ("text", "a week of waiting at the border post, officials on both sides of the line said."),
        ("indent", "Drivers described long nights in the cabs and inspections that were repeated for"),
        ("text", "every vehicle. The convoy carried flour, blankets and medicine for the camps, and a"),
        ("text", "long-awaited shipment of water pumps promised by the regional council after the cross-"),
    ],
    [
        ("text", "border talks in March."),
        ("indent", "A second convoy is planned for next week."),
    ],
]
ARTICLE_PARAGRAPHS = [
    (
        "The first trucks of the aid convoy crossed into the north on Thursday morning after a week of waiting at "
        "the border post, officials on both sides of the line said.",
        1,
    ),
    (
        "Drivers described long nights in the cabs and inspections that were repeated for every vehicle. The "
        "convoy carried flour, blankets and medicine for the camps, and a long-awaited shipment of water pumps "
        "promised by the regional council after the cross-border talks in March.",
        1,
    ),
    ("A second convoy is planned for next week.", 2),
]


SPACED_PAGES = [
    [
        ("text", "The council met on Monday to agree the order in which the convoys would leave the depot."),
        ("text", "Members said the first trucks should carry water pumps, with flour to follow next week."),
        ("gap", ""),
        ("text", "The second session, in the afternoon, turned to the inspections at the northern border."),
        ("text", "Several members asked why each truck had been checked twice on the way through there."),
    ]
]
"""Paragraphs marked only by the space between them: no indent, and their last lines are full."""
SPACED_PARAGRAPHS = [
    "The council met on Monday to agree the order in which the convoys would leave the depot. Members said the "
    "first trucks should carry water pumps, with flour to follow next week.",
    "The second session, in the afternoon, turned to the inspections at the northern border. Several members "
    "asked why each truck had been checked twice on the way through there.",
]
LEFT_COLUMN = [
    "The river crossing reopened on",
    "Tuesday after repairs to the",
    "ferry landing on the east bank.",
]
RIGHT_COLUMN = [
    "Prices at the market fell for a",
    "third week as flour arrived from",
    "the depot in the south.",
]


def briefing_pdf(running_header: bool = True) -> bytes:
    """A two-page briefing with page numbers and a running header; the last answer runs onto page 2."""
    return _pages_pdf(BRIEFING_PAGES, running_header=running_header)


def article_pdf() -> bytes:
    """A two-page article with indented paragraphs, a hyphen at a line end and a title in its properties."""
    return _pages_pdf(ARTICLE_PAGES, running_header=False, title=ARTICLE_TITLE)


def spaced_pdf() -> bytes:
    """One page of paragraphs told apart only by the gap between them."""
    return _pages_pdf(SPACED_PAGES, running_header=False)


def columns_pdf() -> bytes:
    """One page set in two columns of short lines, side by side."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for left, lines in ((20, LEFT_COLUMN), (110, RIGHT_COLUMN)):
        pdf.set_xy(left, 30)
        for text in lines:
            pdf.set_x(left)
            pdf.cell(80, LINE, text, new_x="LEFT", new_y="NEXT")
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF whose only page is a picture of a page: no text to extract."""
    picture = Image.new("L", (600, 800), color=255)
    draw = ImageDraw.Draw(picture)
    for row in range(60, 740, 24):
        draw.rectangle((50, row, 550, row + 10), fill=40)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=180)
    pdf.add_page()
    return bytes(pdf.output())


def locked_pdf(user_password: str | None) -> bytes:
    """The briefing, encrypted: with a password needed to open it, or only with an owner's restrictions."""
    pdf = _document(BRIEFING_PAGES, running_header=False)
    pdf.set_encryption(owner_password="owner-secret", user_password=user_password or "")
    return bytes(pdf.output())


def _pages_pdf(pages: list[list[tuple[str, str]]], running_header: bool, title: str | None = None) -> bytes:
    return bytes(_document(pages, running_header, title).output())


def _document(pages: list[list[tuple[str, str]]], running_header: bool, title: str | None = None) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if title:
        pdf.set_title(title)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if running_header:
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, HEADER)
        pdf.set_xy(20, 25)
        for style, text in lines:
            if style == "gap":
                pdf.set_y(pdf.get_y() + LINE / 2)
                continue
            pdf.set_font("Helvetica", size=16 if style == "big" else 11)
            pdf.set_x(30 if style == "indent" else 20)
            pdf.cell(0, LINE + (4 if style == "big" else 0), text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(20, 285)
        pdf.cell(0, 5, f"Page {number} of {len(pages)}", align="C")
    return pdf


def pdf_bomb(inflated: int = 80_000_000) -> bytes:
    """A small PDF (under 100 KB) whose one page's content stream inflates to ``inflated`` bytes."""
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (convoy) Tj ET\n" + b" " * inflated, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return assembled_pdf(objects)


def assembled_pdf(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the first the catalogue), with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
