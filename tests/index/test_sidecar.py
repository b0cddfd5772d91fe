"""Sidecar metadata files: read and checked, applied over what a document says, not documents themselves."""

import os
from datetime import date

import pytest

from index.builder import build_index
from index.corpus import read_document, scan_corpus
from index.errors import SkipFile
from index.library import staleness
from index.models import DocumentKind
from index.sidecar import Metadata, metadata_from, read_sidecar, render_sidecar
from tests.conftest import write

PAGE = (
    "<html><head><title>Saved page title</title>"
    '<meta name="date" content="2017-01-01"></head>'
    "<body><p>QUESTION: Any news on the crossing?</p><p>MS. VARGA: None today.</p></body></html>"
)


def test_a_sidecar_overrides_the_title_url_date_and_kind_a_page_gives(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "pages/briefing.html", PAGE)
    write(
        corpus,
        "pages/briefing.html.meta.toml",
        'title = "Daily Briefing, 6 April 2017"\nurl = "https://ministry.example/b/0406"\n'
        'date = 2017-04-06\nkind = "transcript"\n',
    )
    scan = scan_corpus(corpus)
    assert [item.name for item in scan.files] == ["pages/briefing.html"], "the sidecar is not a document"
    doc = read_document(scan.files[0])
    assert (doc.title, doc.url, doc.date, doc.kind) == (
        "Daily Briefing, 6 April 2017",
        "https://ministry.example/b/0406",
        date(2017, 4, 6),
        DocumentKind.TRANSCRIPT,
    )


def test_fields_the_sidecar_leaves_out_keep_the_documents_own_values(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "briefing.html", PAGE)
    write(corpus, "briefing.html.meta.toml", 'url = "https://ministry.example/b/0406"\n')
    doc = read_document(scan_corpus(corpus).files[0])
    assert (doc.title, doc.date) == ("Saved page title", date(2017, 1, 1))


def test_a_changed_sidecar_makes_the_index_stale_and_the_rebuild_uses_it(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "briefing.html", PAGE)
    sidecar = write(corpus, "briefing.html.meta.toml", 'title = "First title"\n')
    build_index(corpus, index)
    assert staleness(corpus, index) is None
    sidecar.write_text('title = "Second title"\n')
    os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + 1_000_000))
    assert staleness(corpus, index) == "the corpus changed since the index was built"
    report = build_index(corpus, index)
    assert report.files == 1
    assert staleness(corpus, index) is None


def test_a_sidecar_without_its_document_is_listed_as_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "gone.pdf.meta.toml", 'title = "Lost"\n')
    scan = scan_corpus(corpus)
    assert scan.files == ()
    assert [(s.path, s.reason) for s in scan.skipped] == [
        ("gone.pdf.meta.toml", "metadata for gone.pdf, which is not a document here")
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('title = "unclosed\n', "not valid TOML"),
        ('tittle = "typo"\n', "unknown field 'tittle'"),
        ("date = 2017-02-30\n", "not valid TOML"),
        ('date = "6 April 2017"\n', "not a date in YYYY-MM-DD form"),
        ("date = 42\n", "date must be a date"),
        ('kind = "memo"\n', "kind 'memo' is not one of"),
        ("title = 3\n", "title must be a quoted string"),
    ],
)
def test_a_bad_sidecar_skips_its_document_with_the_reason(tmp_path, text, reason):
    corpus = tmp_path / "corpus"
    write(corpus, "briefing.html", PAGE)
    write(corpus, "briefing.html.meta.toml", text)
    with pytest.raises(SkipFile, match=reason) as raised:
        read_document(scan_corpus(corpus).files[0])
    assert "briefing.html.meta.toml" in str(raised.value)


def test_rendered_sidecars_read_back_the_same_even_with_quotes_and_backslashes(tmp_path):
    meta = Metadata('The "pause" \\ a briefing', "https://x.example/a?b=1&c=2", date(2017, 4, 6), DocumentKind.ARTICLE)
    path = write(tmp_path, "x.pdf.meta.toml", render_sidecar(meta))
    assert read_sidecar(path) == meta


def test_metadata_fields_given_win_over_a_base():
    base = Metadata(title="Base", url="https://base.example", date=date(2016, 1, 1))
    given = metadata_from({"date": "2017-04-06"})
    assert given.over(base) == Metadata("Base", "https://base.example", date(2017, 4, 6), None)
    assert Metadata().is_empty() and not given.is_empty()
