"""PDF transcripts and articles: read page by page, turns joined across page breaks, every passage's page."""

from datetime import date

import pytest

from index.builder import build_index
from index.errors import SkipFile
from index.models import PassageKind
from index.readers.pdf import read_pdf_document
from index.search import Searcher
from index.splitter import split_document
from index.store import load_index
from tests.conftest import write
from tests.pdf_fixtures import (
    ARTICLE_PARAGRAPHS,
    ARTICLE_TITLE,
    BRIEFING_TURNS,
    HEADER,
    LEFT_COLUMN,
    RIGHT_COLUMN,
    SPACED_PARAGRAPHS,
    article_pdf,
    briefing_pdf,
    columns_pdf,
    locked_pdf,
    scanned_pdf,
    spaced_pdf,
)


def test_a_briefing_pdf_gives_its_turns_with_their_pages_and_joins_the_turn_across_the_page_break():
    doc = read_pdf_document(briefing_pdf(), "briefings/briefing.pdf")
    passages = split_document(doc)
    assert [(p.speaker, p.text, p.page) for p in passages] == BRIEFING_TURNS
    assert all(p.kind is PassageKind.TURN for p in passages)
    assert passages[2].context == BRIEFING_TURNS[1][1], "the answer across the break still knows its question"
    assert (doc.title, doc.date, doc.url) == ("Daily Briefing", date(2017, 4, 6), None)


def test_page_numbers_and_running_headers_are_not_text():
    doc = read_pdf_document(briefing_pdf(), "briefing.pdf")
    assert HEADER not in doc.text
    assert "Page 1" not in doc.text and "of 2" not in doc.text


def test_an_article_pdf_is_cut_into_its_paragraphs_across_the_page_break_and_titled_by_its_properties():
    doc = read_pdf_document(article_pdf(), "news/2017-04-07-trucks.pdf")
    passages = split_document(doc)
    assert [(p.text, p.page) for p in passages] == ARTICLE_PARAGRAPHS
    assert all(p.kind is PassageKind.PARAGRAPH and p.speaker is None for p in passages)
    assert doc.title == ARTICLE_TITLE, "the title line is not repeated as a passage"
    assert doc.date == date(2017, 4, 7), "without a date line, the file name dates it"


def test_a_wider_gap_between_lines_ends_a_paragraph():
    passages = split_document(read_pdf_document(spaced_pdf(), "council.pdf"))
    assert [p.text for p in passages] == SPACED_PARAGRAPHS


def test_two_columns_are_read_one_after_the_other_and_an_opening_paragraph_stays_content():
    passages = split_document(read_pdf_document(columns_pdf(), "columns.pdf"))
    assert [p.text for p in passages] == [" ".join(LEFT_COLUMN), " ".join(RIGHT_COLUMN)]


def test_a_pdf_that_only_needs_an_owner_password_is_read_and_one_that_needs_a_password_to_open_is_skipped():
    restricted = read_pdf_document(locked_pdf(user_password=None), "restricted.pdf")
    assert [p.text for p in split_document(restricted)] == [turn[1] for turn in BRIEFING_TURNS]
    with pytest.raises(SkipFile, match="encrypted PDF: it needs a password to open"):
        read_pdf_document(locked_pdf(user_password="reader-secret"), "locked.pdf")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (scanned_pdf(), "no extractable text: the PDF looks like a scan"),
        (b"", "empty file"),
        (b"Just some words, saved with the wrong name.", "not a PDF file"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\ngarbage without an end", "damaged PDF"),
        (briefing_pdf()[:400], "damaged PDF"),
    ],
)
def test_unreadable_pdfs_are_skipped_with_the_reason(data, reason):
    with pytest.raises(SkipFile, match=reason):
        read_pdf_document(data, "bad.pdf")


def test_pages_survive_the_index_and_the_link_points_at_the_page(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "briefings/briefing.pdf", briefing_pdf())
    write(corpus, "briefings/briefing.pdf.meta.toml", 'url = "https://ministry.example/b/0406.pdf"\n')
    write(corpus, "scans/scan.pdf", scanned_pdf())
    report = build_index(corpus, tmp_path / "index")
    assert [(s.path, s.reason.split(":")[0]) for s in report.skipped] == [("scans/scan.pdf", "no extractable text")]
    searcher = Searcher(load_index(tmp_path / "index"))
    assert [p.page for p in searcher.index.passages] == [turn[2] for turn in BRIEFING_TURNS]
    hit = searcher.ask("is that clear", k=1).hits[0]
    assert hit.passage.page == 2
    assert hit.source.link == "https://ministry.example/b/0406.pdf#page=2"
    assert searcher.index.sources[0].url == "https://ministry.example/b/0406.pdf", "the document keeps its own url"
