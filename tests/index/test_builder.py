from index.builder import build_index
from index.dedup import dedup_key
from index.search import Searcher
from index.store import load_index
from tests.conftest import write


def test_build_reports_files_passages_and_skipped_with_reasons(corpus, tmp_path):
    write(corpus, "broken/bad-date.md", "---\ndate: yesterday\n---\nText.\n")
    write(corpus, "broken/binary.txt", b"\x00\x01\x02binary")
    write(corpus, "notes.docx", b"PK\x03\x04")
    write(corpus, ".hidden/secret.txt", "not indexed")
    write(corpus, "aliases.toml", "[groups]\n")
    report = build_index(corpus, tmp_path / "index")
    assert report.files == 2
    assert report.passages == len(load_index(tmp_path / "index").passages)
    reasons = {item.path: item.reason for item in report.skipped}
    assert set(reasons) == {"broken/bad-date.md", "broken/binary.txt", "notes.docx"}
    assert "YYYY-MM-DD" in reasons["broken/bad-date.md"]
    assert "binary" in reasons["broken/binary.txt"]
    assert "unsupported file type" in reasons["notes.docx"]


def test_a_repeated_excerpt_is_indexed_once_and_its_question_shown_once(corpus, tmp_path):
    build_index(corpus, tmp_path / "index")
    loaded = load_index(tmp_path / "index")
    texts = [loaded.passages[row].text for row in loaded.rows]
    question = "On the convoy near Raqqa: did the coalition hit it or not?"
    assert texts.count(question) == 1
    answer = Searcher(loaded).ask("did the coalition hit the convoy", k=10)
    showing = [hit for hit in answer.hits if question in (hit.passage.text, hit.passage.context)]
    assert len(showing) == 1


def test_a_repeated_paragraph_points_back_to_the_earlier_source(tmp_path):
    paragraph = "The ferry across the Euphrates at Raqqa stopped running after the bridge was hit."
    write(tmp_path / "corpus", "late.md", f"---\ntitle: Late digest\ndate: 2017-03-09\n---\n{paragraph}\n")
    write(tmp_path / "corpus", "early.md", f"---\ntitle: First report\ndate: 2017-03-02\n---\n{paragraph}\n")
    build_index(tmp_path / "corpus", tmp_path / "index")
    hits = Searcher(load_index(tmp_path / "index")).ask("ferry Euphrates", k=5).hits
    assert len(hits) == 1
    assert hits[0].source.path == "early.md"
    assert [s.path for s in hits[0].also_in] == ["late.md"]


def test_dedup_key_ignores_elisions_case_and_punctuation():
    assert dedup_key("Yeah. […]") == dedup_key("yeah …") == "yeah"
    assert dedup_key("Not that — we know") != dedup_key("Not that we know of")


def test_empty_corpus_builds_an_empty_index_that_answers_nothing(tmp_path):
    (tmp_path / "corpus").mkdir()
    report = build_index(tmp_path / "corpus", tmp_path / "index")
    assert (report.files, report.passages) == (0, 0)
    answer = Searcher(load_index(tmp_path / "index")).ask("anything at all")
    assert answer.hits == () and answer.matched == 0


def test_the_same_corpus_builds_the_same_content(corpus, tmp_path):
    build_index(corpus, tmp_path / "one")
    build_index(corpus, tmp_path / "two")
    first, second = load_index(tmp_path / "one"), load_index(tmp_path / "two")
    assert list(first.passages) == list(second.passages) and list(first.rows) == list(second.rows)
    assert first.manifest["files"] == second.manifest["files"]
