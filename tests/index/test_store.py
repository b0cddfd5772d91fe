import json
import threading
import time

import numpy as np
import pytest

from index.builder import build_index
from index.errors import ErrorKind, IndexCorruptError, IndexMissingError, IndexVersionError
from index.search import Searcher
from index.store import CURRENT_FILE, MANIFEST, build_lock, current_generation, load_index, verify_index


@pytest.fixture
def built(corpus, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    return index_dir


def test_round_trip_keeps_passages_sources_and_scores(corpus, built):
    loaded = load_index(built)
    assert [s.path for s in loaded.sources] == ["briefings/2017-03-02-briefing.txt", "news/convoy.md"]
    first = loaded.passages[0]
    assert (first.speaker, first.text) == ("MR. ODUYA", "Afternoon. Two quick items, then questions.")
    again = load_index(built)
    question = {"convoy": 1.0, "raqqa": 1.0}
    assert (loaded.engine.scores(question) == again.engine.scores(question)).all()
    manifest = loaded.manifest
    assert manifest["counts"]["passages"] == len(loaded.passages)
    assert manifest["bm25"] == {"k1": 1.5, "b": 0.75, "epsilon": 0.25}


def test_files_hold_plain_arrays_and_json_lines_not_pickle(built):
    kinds = set()
    for path in current_generation(built).iterdir():
        data = path.read_bytes()
        assert not data.startswith(b"\x80"), f"{path.name} looks like a pickle"
        kinds.add(path.suffix)
        if path.suffix == ".npy":
            assert np.load(path, allow_pickle=False).dtype != object
        elif path.suffix == ".jsonl":
            for line in data.decode().splitlines():
                assert isinstance(json.loads(line), dict)
        else:
            assert path.name == MANIFEST
            json.loads(data)
    assert kinds == {".npy", ".jsonl", ".json"}


def test_large_arrays_are_memory_mapped_and_passages_read_on_demand(built, monkeypatch):
    monkeypatch.setattr("index.store.HASHED_ON_OPEN", 0)
    loaded = load_index(built)
    assert isinstance(loaded.arrays["engine.postings_rows.npy"], np.memmap)
    assert loaded.passages[3] == list(loaded.passages)[3] == loaded.passages[-len(loaded.passages) + 3]
    assert isinstance(loaded.rows[0], int)
    assert all(isinstance(row, int) for row in loaded.rows)


def test_a_rebuild_swaps_generations_and_keeps_one_previous(corpus, built):
    first = current_generation(built)
    build_index(corpus, built)
    second = current_generation(built)
    build_index(corpus, built)
    third = current_generation(built)
    assert len({first, second, third}) == 3
    generations = sorted(p.name for p in built.iterdir() if p.name.startswith("gen-"))
    assert generations == sorted([second.name, third.name])


def test_a_missing_index_is_an_error_of_its_kind_without_a_shell_command(tmp_path):
    with pytest.raises(IndexMissingError, match="no index in") as missing:
        load_index(tmp_path / "nothing-here")
    assert missing.value.kind is ErrorKind.INDEX_MISSING and "briefbot" not in str(missing.value)


def test_a_damaged_passage_is_detected_on_open_when_read_and_by_verify(built):
    passages = current_generation(built) / "passages.jsonl"
    loaded = load_index(built)
    passages.write_text(passages.read_text().replace("convoy", "cONVOY"))  # damaged after it was opened
    with pytest.raises(IndexCorruptError, match="damaged"):
        list(loaded.passages)
    with pytest.raises(IndexCorruptError, match=r"passages\.jsonl .* is damaged"):
        load_index(built)
    assert verify_index(built) == ["passages.jsonl: checksum mismatch"]


def test_a_damaged_small_array_is_detected_on_open(built):
    rows = current_generation(built) / "rows.npy"
    data = bytearray(rows.read_bytes())
    data[-1] ^= 0xFF
    rows.write_bytes(bytes(data))
    with pytest.raises(IndexCorruptError, match="damaged"):
        load_index(built)


def test_truncated_file_is_detected(built):
    postings = current_generation(built) / "engine.postings_rows.npy"
    postings.write_bytes(postings.read_bytes()[:-4])
    with pytest.raises(IndexCorruptError) as damaged:
        load_index(built)
    assert damaged.value.kind is ErrorKind.INDEX_DAMAGED


def test_an_intact_index_verifies(built):
    assert verify_index(built) == []


def test_pointer_to_a_missing_generation(built):
    (built / CURRENT_FILE).write_text("gen-does-not-exist")
    with pytest.raises(IndexCorruptError, match="missing generation"):
        load_index(built)


def test_foreign_manifest_and_old_version(built):
    manifest_path = current_generation(built) / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps({**manifest, "version": "0.0"}))
    with pytest.raises(IndexVersionError, match=r"format version 0\.0") as old:
        load_index(built)
    assert old.value.kind is ErrorKind.INDEX_STALE
    manifest_path.write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(IndexCorruptError, match="does not hold a briefbot index"):
        load_index(built)


def test_refuses_to_write_into_a_folder_holding_other_files(corpus, tmp_path):
    with pytest.raises(IndexCorruptError, match="holds other files"):
        build_index(corpus, corpus)
    assert not (corpus / CURRENT_FILE).exists()


def test_a_failed_build_leaves_the_previous_index_usable(corpus, built, monkeypatch):
    before = current_generation(built)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("index.store.GenerationWriter.array", explode)
    with pytest.raises(RuntimeError):
        build_index(corpus, built)
    assert current_generation(built) == before
    assert Searcher(load_index(built)).ask("convoy near Raqqa").hits
    assert not [p for p in built.iterdir() if p.name.startswith(".tmp-gen")]


def test_stale_temporary_folders_are_removed_by_the_next_build(corpus, built):
    stale = built / ".tmp-gen-20000101T000000000000-abcdef"
    stale.mkdir()
    (stale / "passages.jsonl").write_text("half written")
    build_index(corpus, built)
    assert not stale.exists()


def test_a_second_builder_waits_for_the_lock(built):
    release = threading.Event()
    holding = threading.Event()

    def hold():
        with build_lock(built):
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait(5)
    waited = []
    timer = threading.Timer(0.2, release.set)
    timer.start()
    began = time.monotonic()
    with build_lock(built, on_wait=lambda: waited.append(True)):
        assert time.monotonic() - began >= 0.15
    thread.join()
    assert waited == [True]


def test_passage_dates_and_alias_groups_round_trip(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "aliases.toml").write_text('[groups]\nisis = ["ISIS", "Daesh"]\n')
    (root / "2016-10-03-news.md").write_text("News\n\nStrikes since March this year and on Friday; ISIS fled.\n")
    build_index(root, tmp_path / "index")
    loaded = load_index(tmp_path / "index")
    assert [d.iso for d in loaded.passages[0].dates] == ["2016-03", "2016-09-30"]
    assert [g.key for g in loaded.aliases.groups][:1] == ["isis"], "the corpus's groups, then the shipped word forms"
    assert loaded.aliases.group("syria") is not None
    assert Searcher(loaded).ask("Daesh").hits[0].passage.text.endswith("ISIS fled.")


def test_an_open_index_keeps_answering_after_newer_generations_replace_it(corpus, built, monkeypatch):
    monkeypatch.setattr("index.store.HASHED_ON_OPEN", 0)  # map every array, as a large index does
    old = Searcher(load_index(built))
    build_index(corpus, built)
    build_index(corpus, built)
    assert not old.index.folder.exists()
    answer = old.ask("convoy near Raqqa", k=3)
    assert answer.hits and "Raqqa" in answer.hits[0].passage.shown_text
