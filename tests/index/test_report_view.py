"""The one report view: what a build or an update says, for every face to style."""

from index.builder import build_index, update_index
from index.report_view import EMPTY_CORPUS, report_record, report_view
from tests.conftest import write


def test_a_build_reports_its_counts_and_each_file_it_skipped(corpus, tmp_path):
    for n in range(3):
        write(corpus, f"empty-{n}.txt", "")
    report = build_index(corpus, tmp_path / "index")
    view = report_view(report)
    assert view.summary.startswith(f"indexed 2 files, {report.passages} passages, skipped 3 in ")
    assert view.rebuilt is None and view.empty_corpus is None
    assert [problem.path for problem in view.skipped] == ["empty-0.txt", "empty-1.txt", "empty-2.txt"]
    assert view.problem_lines()[0].startswith("skipped empty-0.txt: ")
    assert view.problem_lines(limit=2)[-1] == "… and 1 more: `briefbot index build` lists them all"
    assert report_record(report, tmp_path / "index")["skipped"][0]["path"] == "empty-0.txt"


def test_an_update_reports_what_changed_and_why_it_read_every_file(corpus, tmp_path):
    first = report_view(update_index(corpus, tmp_path / "index"))
    assert first.rebuilt is not None and first.rebuilt.startswith("read every file: ")
    write(corpus, "news/more.md", "---\ntitle: More\ndate: 2017-03-03\n---\nThe ferry crossing reopened.\n")
    again = report_view(update_index(corpus, tmp_path / "index"))
    assert again.rebuilt is None
    assert "(of the 3 files briefbot reads: 1 added, 0 changed, 2 unchanged; 0 removed)" in again.summary


def test_an_empty_corpus_says_what_to_add(tmp_path):
    (tmp_path / "corpus").mkdir()
    view = report_view(build_index(tmp_path / "corpus", tmp_path / "index"))
    assert view.summary.startswith("indexed 0 files, 0 passages in ") and view.empty_corpus == EMPTY_CORPUS


def test_an_update_counts_add_up_with_files_it_cannot_read_and_files_it_does_not_read(corpus, tmp_path):
    """Files dropped in at once, some readable, some broken, one of a kind not read: the files indexed and skipped
    are the files it reads (added, changed, unchanged) and those it passes over unread, each counted once."""
    update_index(corpus, tmp_path / "index")
    write(corpus, "drop/pier.md", "---\ntitle: Pier\ndate: 2017-03-04\n---\nThe pier was repainted in blue.\n")
    write(corpus, "drop/empty.md", "")
    write(corpus, "drop/scan.txt", b"\x00\x01binary")
    write(corpus, "drop/memo.docx", b"PK\x03\x04")
    report = update_index(corpus, tmp_path / "index")
    summary = report_view(report).summary
    assert summary.startswith(f"indexed 3 files, {report.passages} passages, skipped 3 (of the 5 files briefbot "
                              "reads: 3 added, 0 changed, 2 unchanged; 0 removed; 1 more passed over) in ")
    assert report_record(report, tmp_path / "index")["changes"]["unread"] == 1
    for name in ("pier.md", "empty.md", "scan.txt", "memo.docx"):
        (corpus / "drop" / name).unlink()
    gone = report_view(update_index(corpus, tmp_path / "index")).summary
    assert "(of the 2 files briefbot reads: 0 added, 0 changed, 2 unchanged; 3 removed) in " in gone
