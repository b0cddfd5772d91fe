import multiprocessing
import threading

import pytest

from index.builder import build_index
from index.corpus import scan_corpus
from index.digest import FileState, digest_all
from index.digest_cache import CACHE_FOLDER, SUFFIX, DigestCache
from index.splitter import split_document
from index.store import load_index
from tests.conftest import write
from tests.index.test_update import assert_same_index


def many_files(root, count):
    for number in range(count):
        write(
            root,
            f"day-{number:03}.txt",
            f"Briefing {number}\nMR. ODUYA: Item {number} concerns the ferry at mile {number * 7}.\n"
            f"QUESTION: And the convoy number {number % 5}?\nMR. ODUYA: Thank you.\n",
        )
    write(root, "broken.txt", b"\x00\x01binary")


@pytest.fixture
def workers(monkeypatch):
    """Worker processes however small the corpus, as on a machine with two cores."""

    def use_workers():
        monkeypatch.setattr("index.digest.PARALLEL_MIN_FILES", 2)
        monkeypatch.setattr("index.digest.PARALLEL_MIN_BYTES", 0)
        monkeypatch.setattr("index.digest._cores", lambda: 2)

    return use_workers


def test_worker_processes_build_the_same_index_as_one_process(tmp_path, workers):
    corpus = tmp_path / "corpus"
    many_files(corpus, 40)
    build_index(corpus, tmp_path / "single")
    workers()
    seen = []
    report = build_index(corpus, tmp_path / "parallel", progress=lambda done, total, name: seen.append((done, total)))
    assert report.files == 40 and [s.path for s in report.skipped] == ["broken.txt"]
    assert seen[-1] == (41, 41) and len(seen) == 41
    assert_same_index(tmp_path / "parallel", tmp_path / "single")


def test_digests_come_back_in_corpus_order(tmp_path, workers):
    corpus = tmp_path / "corpus"
    many_files(corpus, 30)
    workers()
    items = scan_corpus(corpus).files
    assert [d.state.path for d in digest_all(items)] == [item.name for item in items]


def test_a_process_running_other_threads_starts_its_workers_safely(tmp_path, workers):
    # Forking a process that runs other threads can deadlock the copy: a fork server starts the workers then.
    corpus = tmp_path / "corpus"
    many_files(corpus, 30)
    workers()
    items = scan_corpus(corpus).files
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        digests = list(digest_all(items))
    finally:
        release.set()
        other.join()
    assert [d.state.path for d in digests] == [item.name for item in items]
    assert sum(len(d.keys) for d in digests if d.keys is not None) > 30


def test_worker_processes_index_alias_terms_and_dates_as_one_process_does(tmp_path, workers):
    corpus = tmp_path / "corpus"
    many_files(corpus, 30)
    write(corpus, "aliases.toml", '[groups]\nferry = ["ferry", "the boat across"]\n')
    write(corpus, "day-000.txt.meta.toml", 'title = "Opening day"\ndate = 2017-03-01\n')
    build_index(corpus, tmp_path / "single")
    workers()
    build_index(corpus, tmp_path / "parallel")
    assert_same_index(tmp_path / "parallel", tmp_path / "single")
    loaded = load_index(tmp_path / "parallel")
    assert loaded.engine.document_frequency("@ferry") == 30
    assert loaded.sources[0].title == "Opening day"


def cached_digests(index):
    """Each digest cache entry's terms (as text) and passages, by entry name."""
    cache = DigestCache(index)
    terms = cache.lexicon.terms
    found = {}
    for entry in sorted((index / CACHE_FOLDER).glob(f"*{SUFFIX}")):
        digest = cache.load(entry.name.removesuffix(SUFFIX), FileState(entry.name, 0, 0, None))
        assert digest is not None
        bags = digest.bags
        found[entry.name] = None if bags is None else ([terms[t] for t in bags.terms.tolist()], digest.records)
    return found


def test_worker_processes_number_the_digest_cache_lexicon_as_one_process_does(tmp_path, workers):
    # each worker sends a term's text once; the builder still numbers terms in corpus order, file by file
    corpus = tmp_path / "corpus"
    many_files(corpus, 40)
    write(corpus, "day-031.txt", "MR. ODUYA: A quay, a tide and a dock are new here.\nQUESTION: Which dock?\n")
    build_index(corpus, tmp_path / "single")
    workers()
    build_index(corpus, tmp_path / "parallel")
    assert DigestCache(tmp_path / "parallel").lexicon.terms == DigestCache(tmp_path / "single").lexicon.terms
    assert cached_digests(tmp_path / "parallel") == cached_digests(tmp_path / "single")


def test_each_build_gives_its_workers_its_own_alias_groups(tmp_path, workers, monkeypatch):
    # a worker keeps the build's alias table for every batch: the next build's workers get the next build's
    corpus = tmp_path / "corpus"
    many_files(corpus, 30)
    for number, groups in enumerate(('ferry = ["ferry"]', 'convoy = ["convoy"]')):
        write(corpus, "aliases.toml", f"[groups]\n{groups}\n")
        monkeypatch.undo()
        build_index(corpus, tmp_path / f"single-{number}")
        workers()
        build_index(corpus, tmp_path / f"parallel-{number}")
        assert_same_index(tmp_path / f"parallel-{number}", tmp_path / f"single-{number}")
        engine = load_index(tmp_path / f"parallel-{number}").engine
        found = engine.document_frequency("@ferry"), engine.document_frequency("@convoy")
        assert found == ((30, 0) if number == 0 else (0, 5))  # five questions, each asked six times


def test_a_file_whose_reading_fails_in_a_worker_is_skipped_and_the_others_keep_their_terms(
    tmp_path, workers, monkeypatch
):
    # a flaw in reading one file costs that file only: the worker's later files still send their terms in order
    corpus = tmp_path / "corpus"
    many_files(corpus, 30)
    write(corpus, "day-012.txt", "MR. ODUYA: This file trips the reader over the harbour crane.\n")
    real_split = split_document

    def failing_split(document, doc):
        if "crane" in document.text:
            raise RuntimeError("the reader tripped")
        return real_split(document, doc)

    monkeypatch.setattr("index.digest.split_document", failing_split)
    # the patched reader reaches the workers only in a fork (a fork server, used while other threads run, starts
    # them from the module as written)
    monkeypatch.setattr("index.digest._start_method", lambda: multiprocessing.get_context("fork"))
    single = build_index(corpus, tmp_path / "single")
    workers()
    parallel = build_index(corpus, tmp_path / "parallel")
    assert [s.path for s in parallel.skipped] == [s.path for s in single.skipped] == ["broken.txt", "day-012.txt"]
    assert "the reader tripped" in next(s.reason for s in parallel.skipped if s.path == "day-012.txt")
    assert_same_index(tmp_path / "parallel", tmp_path / "single")
    assert DigestCache(tmp_path / "parallel").lexicon.terms == DigestCache(tmp_path / "single").lexicon.terms
