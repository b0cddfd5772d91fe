from datetime import date

import pytest

from index.errors import SkipFile
from index.models import DocumentKind
from index.readers.frontmatter import split_front_matter
from index.readers.text import read_text_document


def read(text: str, path: str = "doc.txt"):
    return read_text_document(text.encode(), path)


def test_front_matter_supplies_metadata_and_is_removed_from_the_body():
    doc = read('---\ntitle: "A title"\nurl: https://x.test/a\ndate: 2016-10-03\nkind: transcript\n---\nBody line.\n')
    assert (doc.title, doc.url, doc.date, doc.kind) == (
        "A title",
        "https://x.test/a",
        date(2016, 10, 3),
        DocumentKind.TRANSCRIPT,
    )
    assert doc.text == "Body line.\n"
    assert doc.skip_lines == ()


def test_missing_metadata_falls_back_to_first_line_and_date_in_file_name():
    doc = read("\n\n# Strike in Idlib\nFirst paragraph.\n", "news/2016-10-03-idlib.md")
    assert doc.title == "Strike in Idlib"
    assert doc.date == date(2016, 10, 3)
    assert doc.url is None
    assert doc.kind is None
    assert doc.skip_lines == (2,), "the title line is not content"


def test_no_date_anywhere_gives_none_and_an_impossible_date_in_a_name_is_ignored():
    assert read("Title\nText.", "notes.txt").date is None
    assert read("Title\nText.", "2016-13-40-notes.txt").date is None


def test_a_first_line_that_is_a_speaker_turn_titles_the_document_but_stays_content():
    doc = read("QUESTION: Is the ceasefire holding?\nMR TONER: Mostly.\n")
    assert doc.title == "QUESTION: Is the ceasefire holding?"
    assert doc.skip_lines == ()


def test_windows_line_endings_and_byte_order_mark_are_normalised():
    doc = read_text_document(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nOne.\r\nTwo.\r\n", "a.txt")
    assert doc.title == "T"
    assert doc.text == "One.\nTwo.\n"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: T\nBody with no closing fence\n", "never closed"),
        ("---\ndate: 3 Oct 2016\n---\nBody\n", "not a date in YYYY-MM-DD form"),
        ("---\ndate: 2016-02-30\n---\nBody\n", "not a real calendar date"),
        ("---\nkind: memo\n---\nBody\n", "kind 'memo' is not one of"),
        ("---\njust words here\n---\nBody\n", "line 2 is not 'key: value'"),
        ("---\ntitle: T\n---\n\n  \n", "no text after the front matter"),
    ],
)
def test_malformed_front_matter_is_refused_with_the_reason(text, reason):
    with pytest.raises(SkipFile, match=reason):
        read(text)


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b"  \n\n", "empty file"), (b"abc\x00def", "binary"), (b"caf\xe9 \x81\x8d", "UTF-8")],
)
def test_unreadable_bytes_are_refused_with_the_reason(data, reason):
    with pytest.raises(SkipFile, match=reason):
        read_text_document(data, "bad.txt")


def test_windows_1252_that_reads_cleanly_is_decoded_with_a_warning():
    doc = read_text_document("Titre\nLe caf\u00e9 \u2013 \u201cOui\u201d.\n".encode("cp1252"), "note.txt")
    assert doc.text == "Titre\nLe caf\u00e9 \u2013 \u201cOui\u201d.\n"
    assert doc.warnings == ("not valid UTF-8 (bad byte at offset 12); read as Windows-1252",)
    assert read("Plain UTF-8 caf\u00e9\n").warnings == ()


def test_text_with_many_control_characters_is_binary_but_a_stray_one_is_not():
    with pytest.raises(SkipFile, match="control characters"):
        read_text_document(b"\x01\x02\x03\x04 header \x05\x06", "blob.txt")
    assert read("Title\nA stray \x1b escape. " + "Then a long line of ordinary text. " * 4).title == "Title"


def test_text_without_front_matter_is_returned_whole():
    meta, body = split_front_matter("No fence here.\n---\nnot front matter\n")
    assert meta == {}
    assert body.startswith("No fence here.")


def test_utf_16_with_a_byte_order_mark_is_read_as_windows_tools_save_it():
    doc = read_text_document("Notes\r\nLe caf\u00e9 \u2013 \u201cOui\u201d.\r\n".encode("utf-16"), "notes.txt")
    assert (doc.text, doc.warnings) == ("Notes\nLe caf\u00e9 \u2013 \u201cOui\u201d.\n", ())
    with pytest.raises(SkipFile, match="not valid UTF-16 text despite its byte-order mark"):
        read_text_document(b"\xff\xfeN\x00o\x00\x00\xd8", "broken.txt")
