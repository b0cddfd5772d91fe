"""Planning and copying files into the corpus: checks first, duplicates by content, free names, all or nothing."""

from dataclasses import replace
from datetime import date

import pytest

from index.adding import AddRefused, content_key, plan_additions, with_front_matter, write_additions
from index.errors import BriefbotError
from index.models import DocumentKind
from index.readers.text import read_text_document
from index.sidecar import Metadata
from tests.conftest import write
from tests.pdf_fixtures import briefing_pdf

NOTE = "Crossing notes\nThe northern crossing reopened on Friday after three days.\n"


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    write(root, "notes/crossing.txt", NOTE)
    return root


def test_the_same_text_body_is_the_same_content_whatever_its_front_matter_and_line_ends():
    plain = content_key("a.txt", NOTE.encode())
    assert content_key("b.md", b"---\ntitle: Given later\n---\n" + NOTE.replace("\n", "\r\n").encode()) == plain
    assert content_key("c.txt", NOTE.replace("Friday", "Monday").encode()) != plain
    assert content_key("d.pdf", b"%PDF-1.4 same bytes") == content_key("e.pdf", b"%PDF-1.4 same bytes")


def test_front_matter_is_written_over_the_files_own_and_the_body_is_kept_byte_for_byte():
    original = "---\ntitle: Old title\nsource: wire\n---\nQUESTION: Any news?\nMS. VARGA: None.\n"
    meta = Metadata(title='The "new" title', date=date(2017, 4, 6), kind=DocumentKind.TRANSCRIPT)
    written = with_front_matter(original.encode(), meta).decode()
    assert written.endswith("---\nQUESTION: Any news?\nMS. VARGA: None.\n")
    doc = read_text_document(written.encode(), "x.txt")
    assert (doc.title, doc.date, doc.kind) == ('The "new" title', date(2017, 4, 6), DocumentKind.TRANSCRIPT)
    assert "source: " in written, "fields that were not given stay"
    assert with_front_matter(NOTE.encode(), Metadata()) == NOTE.encode()


def test_a_taken_name_gets_a_free_one_and_a_repeat_in_the_same_command_is_a_duplicate(corpus, tmp_path):
    other = write(tmp_path / "in", "crossing.txt", "Other notes\nThe southern crossing stayed shut.\n")
    again = write(tmp_path / "in2", "crossing.txt", "Other notes\nThe southern crossing stayed shut.\n")
    plan = plan_additions([other, again], corpus, Metadata(), "notes")
    assert [(a.name, a.displaced) for a in plan.additions] == [("notes/crossing-2.txt", "notes/crossing.txt")]
    assert [(d.source, d.existing) for d in plan.duplicates] == [(again, "notes/crossing-2.txt")]


def test_a_file_already_in_the_corpus_is_a_duplicate_wherever_it_comes_from(corpus, tmp_path):
    copy = write(tmp_path / "elsewhere", "renamed.md", NOTE)
    plan = plan_additions([copy], corpus, Metadata(title="Given"), "")
    assert plan.additions == [] and plan.duplicates[0].existing == "notes/crossing.txt"


def test_every_problem_is_reported_and_nothing_is_planned(corpus, tmp_path):
    good = write(tmp_path / "in", "good.txt", "Good\nA readable note.\n")
    empty = write(tmp_path / "in", "empty.txt", "")
    scan = write(tmp_path / "in", "unknown.docx", b"PK\x03\x04")
    with pytest.raises(AddRefused) as refused:
        plan_additions([good, empty, scan, tmp_path / "missing.txt", tmp_path / "in"], corpus, Metadata(), "")
    assert refused.value.problems == [
        f"{empty}: empty file",
        f"{scan}: unsupported file type '.docx' (briefbot reads .htm, .html, .md, .pdf, .txt)",
        f"{tmp_path / 'missing.txt'}: no such file",
        f"{tmp_path / 'in'}: is a folder; give the files in it (for example folder/*.pdf)",
    ]


def test_a_pdf_gets_a_sidecar_merged_over_the_one_beside_it(corpus, tmp_path):
    pdf = write(tmp_path / "in", "briefing.pdf", briefing_pdf())
    write(tmp_path / "in", "briefing.pdf.meta.toml", 'title = "From beside"\nurl = "https://m.example/b.pdf"\n')
    plan = plan_additions([pdf], corpus, Metadata(date=date(2017, 4, 7)), "")
    addition = plan.additions[0]
    assert addition.sidecar == 'title = "From beside"\nurl = "https://m.example/b.pdf"\ndate = 2017-04-07\n'
    assert (addition.document.title, addition.document.date) == ("From beside", date(2017, 4, 7))
    assert addition.passages == 4


def test_a_failed_copy_removes_everything_it_copied(corpus, tmp_path):
    first = write(tmp_path / "in", "first.txt", "First\nOne note.\n")
    second = write(tmp_path / "in", "second.txt", "Second\nAnother note.\n")
    write(corpus, "blocked", "a file where a folder should be")
    plan = plan_additions([first, second], corpus, Metadata(), "")
    additions = [plan.additions[0], replace(plan.additions[1], name="blocked/second.txt")]
    before = sorted(p.relative_to(corpus) for p in corpus.rglob("*"))
    with pytest.raises(BriefbotError, match="nothing was added"):
        write_additions(corpus, additions)
    assert sorted(p.relative_to(corpus) for p in corpus.rglob("*")) == before
