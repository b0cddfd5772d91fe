import json
import os
import time

import numpy as np
import pytest

from index.builder import build_index, update_index
from index.errors import BriefbotError, ErrorKind
from index.search import Searcher
from index.store import MANIFEST, GenerationWriter, current_generation, load_index
from tests.conftest import write

EARLIER = """---
title: Earlier briefing (test)
date: 2017-02-20
kind: transcript
---
MR. ODUYA: Good morning.

QUESTION: On the convoy near Raqqa: did the coalition hit it or not?MR. ODUYA: We are looking into it.
"""


def generation_files(index_dir):
    """Every file of the current generation by name; the manifest without its creation time."""
    folder = current_generation(index_dir)
    files = {path.name: path.read_bytes() for path in folder.iterdir()}
    manifest = json.loads(files.pop(MANIFEST))
    del manifest["created"]
    return files, manifest


def passage_key(index, passage_id):
    passage = index.passages[passage_id]
    return index.sources[passage.doc].path, passage.position


def update_killed_before_commit(corpus, index, monkeypatch):
    """Run an update that is killed after writing its generation, before switching to it (every patch undone)."""

    def crash(self, manifest):
        raise KeyboardInterrupt("killed before the generation was committed")

    monkeypatch.setattr(GenerationWriter, "commit", crash)
    with pytest.raises(KeyboardInterrupt):
        update_index(corpus, index)
    monkeypatch.undo()


def assert_same_answers(updated, rebuilt):
    """The same documents, passages, repeats, meaning vectors and counts, and for every term alone and for
    weighted queries of several terms the same rows in the same order with the same scores to the last bit."""
    new, full = load_index(updated), load_index(rebuilt)
    for key in ("corpus", "counts", "bm25", "meaning"):
        assert new.manifest[key] == full.manifest[key]
    assert sorted(s.path for s in new.sources) == [s.path for s in full.sources]
    by_path = {s.path: s for s in new.sources}
    assert all(by_path[s.path] == s for s in full.sources)
    shown = {passage_key(new, n): (p.text, p.date, p.speaker, p.context) for n, p in enumerate(new.passages)}
    assert shown == {passage_key(full, n): (p.text, p.date, p.speaker, p.context) for n, p in enumerate(full.passages)}
    rows = [passage_key(new, p) for p in new.rows]
    assert sorted(rows) == sorted(passage_key(full, p) for p in full.rows)
    repeats = {passage_key(new, h): [passage_key(new, m) for m in ms] for h, ms in new.duplicates.items()}
    assert repeats == {passage_key(full, h): [passage_key(full, m) for m in ms] for h, ms in full.duplicates.items()}
    if full.vectors is not None:
        mine = dict(zip(rows, new.vectors[np.arange(len(rows))].tolist(), strict=True))
        vectors = np.asarray(full.vectors).tolist()
        assert mine == {passage_key(full, p): v for p, v in zip(full.rows, vectors, strict=True)}
    terms = [full.engine.term(i) for i in range(full.engine.vocabulary_size)]
    triples = zip(terms, terms[3:], terms[7:], strict=False)
    queries = [{t: 1.0} for t in terms] + [{a: 1.5, b: 0.5, c: 2.0} for a, b, c in triples]
    for query in queries:
        for k in (1, 3, len(rows)):
            got, matched = new.engine.search(query, k)
            want, expected = full.engine.search(query, k)
            assert matched == expected
            assert [(rows[r], s) for r, s in got] == [(passage_key(full, full.rows[r]), s) for r, s in want], query
        scores = dict(zip(rows, new.engine.scores(query).tolist(), strict=True))
        expected = full.engine.scores(query).tolist()
        assert scores == dict(zip((passage_key(full, p) for p in full.rows), expected, strict=True))


def assert_same_index(updated, rebuilt):
    """Byte for byte the generation of a full build, or, while updates have added segments to it, the same
    answers (``assert_same_answers``)."""
    if len(load_index(updated).manifest["segments"]) > 1:
        return assert_same_answers(updated, rebuilt)
    files, manifest = generation_files(updated)
    expected_files, expected_manifest = generation_files(rebuilt)
    assert manifest == expected_manifest
    assert sorted(files) == sorted(expected_files)
    for name, data in files.items():
        assert data == expected_files[name], f"{name} differs from a full build"


def touch_later(path):
    stamp = path.stat().st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(stamp, stamp))


@pytest.fixture
def indexed(corpus, tmp_path):
    write(corpus, "briefings/2017-03-03-briefing.txt", "MR. ODUYA: Nothing new on the ferry today.\n")
    write(corpus, "notes/empty.txt", "")
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def test_an_update_equals_a_full_build_after_files_are_added_changed_and_removed(corpus, indexed, tmp_path):
    write(corpus, "briefings/2017-02-20-briefing.txt", EARLIER)  # holds an earlier copy of a quoted turn
    write(corpus, "briefings/2017-03-03-briefing.txt", "MR. ODUYA: The ferry crossing reopened this morning.\n")
    os.remove(corpus / "news" / "convoy.md")
    touch_later(corpus / "briefings" / "2017-03-02-briefing.txt")  # touched, same content
    report = update_index(corpus, indexed)
    changes = report.changes
    assert (changes.added, changes.changed, changes.removed, changes.unchanged) == (1, 1, 1, 2)
    assert report.read == 2
    build_index(corpus, tmp_path / "full")
    assert_same_index(indexed, tmp_path / "full")
    hit = Searcher(load_index(indexed)).ask("convoy near Raqqa coalition hit", k=1).hits[0]
    assert hit.source.title == "Earlier briefing (test)"
    assert [s.path for s in hit.also_in] == ["briefings/2017-03-02-briefing.txt"]


def test_removing_the_copy_that_stood_for_a_repeat_indexes_the_other_copy(corpus, indexed, tmp_path):
    # The article's copy of the quoted question stood for both; without it, the briefing's copy is indexed,
    # whose terms the previous generation never held.
    os.remove(corpus / "news" / "convoy.md")
    update_index(corpus, indexed)
    build_index(corpus, tmp_path / "full")
    assert_same_index(indexed, tmp_path / "full")
    hit = Searcher(load_index(indexed)).ask("did the coalition hit the convoy", k=1).hits[0]
    assert hit.source.path == "briefings/2017-03-02-briefing.txt" and hit.also_in == ()


def test_an_update_with_nothing_changed_reads_nothing_and_writes_nothing(corpus, indexed):
    before = current_generation(indexed)
    report = update_index(corpus, indexed)
    assert report.read == 0 and report.changes.unchanged == 4
    assert current_generation(indexed) == report.folder == before
    assert [s.path for s in report.skipped] == ["notes/empty.txt"] and report.passages > 10


def test_a_touched_file_or_a_new_unreadable_type_makes_a_new_generation_equal_to_a_full_build(
    corpus, indexed, tmp_path
):
    before = current_generation(indexed)
    touch_later(corpus / "news" / "convoy.md")
    assert update_index(corpus, indexed).read == 0
    assert current_generation(indexed) != before
    write(corpus, "notes/minutes.docx", b"PK\x03\x04")
    update_index(corpus, indexed)
    build_index(corpus, tmp_path / "full")
    assert_same_index(indexed, tmp_path / "full")


def test_a_skipped_file_stays_skipped_with_its_reason_until_it_changes(corpus, indexed, tmp_path):
    report = update_index(corpus, indexed)
    assert [(s.path, s.reason) for s in report.skipped] == [("notes/empty.txt", "empty file")]
    write(corpus, "notes/empty.txt", "Ferry notes\nNow it has words about the ferry.\n")
    report = update_index(corpus, indexed)
    assert report.read == 1 and report.skipped == ()
    build_index(corpus, tmp_path / "full")
    assert_same_index(indexed, tmp_path / "full")


def test_update_without_an_index_builds_one(corpus, tmp_path):
    report = update_index(corpus, tmp_path / "index")
    assert report.changes.rebuilt and "no index" in report.changes.rebuilt
    build_index(corpus, tmp_path / "full")
    assert_same_index(tmp_path / "index", tmp_path / "full")


def test_update_never_replaces_the_index_of_another_corpus_folder(corpus, indexed, tmp_path):
    other = tmp_path / "other"
    write(other, "a.txt", "A title\nOnly this passage.\n")
    before = (indexed / "CURRENT").read_text()
    with pytest.raises(BriefbotError, match="built from another corpus folder") as refused:
        update_index(other, indexed)
    assert refused.value.kind is ErrorKind.INDEX_OF_ANOTHER_CORPUS and (indexed / "CURRENT").read_text() == before
    assert build_index(other, indexed).files == 1, "an explicit build replaces it"


def test_update_after_the_corpus_folder_moved_reads_everything(corpus, indexed, tmp_path):
    moved = corpus.rename(tmp_path / "moved")
    report = update_index(moved, indexed)
    assert report.changes.rebuilt and "which no longer exists (moved or renamed?)" in report.changes.rebuilt
    assert report.files == 3


def test_a_change_of_the_same_size_is_found_by_its_content_hash(corpus, indexed, tmp_path):
    path = corpus / "briefings" / "2017-03-03-briefing.txt"
    text = path.read_text()
    info = path.stat()
    path.write_text(text.replace("ferry", "barge"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1))
    time.sleep(0.01)
    report = update_index(corpus, indexed)
    assert report.changes.changed == 1
    assert Searcher(load_index(indexed)).ask("barge").hits


def test_a_damaged_index_is_rebuilt_rather_than_copied(corpus, indexed, tmp_path):
    passages = current_generation(indexed) / "passages.jsonl"
    passages.write_text(passages.read_text().replace("ferry", "FERRY"))
    report = update_index(corpus, indexed)
    # found when the index is opened now, before the full check an update makes
    assert report.changes.rebuilt == f"index file passages.jsonl in {indexed} is damaged (checksum mismatch)"
    build_index(corpus, tmp_path / "full")
    assert_same_index(indexed, tmp_path / "full")


ALIASES = '[groups]\nraqqa = ["Raqqa", "Ar-Raqqah", "the river city"]\n'


def test_an_update_with_alias_groups_equals_a_full_build(corpus, tmp_path):
    write(corpus, "aliases.toml", ALIASES)
    build_index(corpus, tmp_path / "index")
    write(corpus, "news/ferry.md", "---\ntitle: Ferry\ndate: 2017-03-04\n---\nThe ferry to Ar-Raqqah runs again.\n")
    report = update_index(corpus, tmp_path / "index")
    assert report.read == 1 and report.changes.rebuilt is None
    build_index(corpus, tmp_path / "full")
    assert_same_index(tmp_path / "index", tmp_path / "full")
    loaded = load_index(tmp_path / "index")
    assert [g.key for g in loaded.aliases.groups][:1] == ["raqqa"], "the corpus's groups, then the shipped word forms"
    texts = [hit.passage.text for hit in Searcher(loaded).ask("river city", k=10).hits]
    assert "The ferry to Ar-Raqqah runs again." in texts and any("near Raqqa" in t for t in texts)


def test_removing_the_copy_that_stood_for_a_repeat_indexes_the_other_copy_with_its_alias_terms(corpus, tmp_path):
    # The briefing's copy of the quoted question was never indexed: its terms, alias terms included, are
    # made again from its text.
    write(corpus, "aliases.toml", ALIASES)
    build_index(corpus, tmp_path / "index")
    os.remove(corpus / "news" / "convoy.md")
    assert update_index(corpus, tmp_path / "index").read == 0
    build_index(corpus, tmp_path / "full")
    assert_same_index(tmp_path / "index", tmp_path / "full")
    hits = Searcher(load_index(tmp_path / "index")).ask("convoy near the river city", k=3).hits
    assert any("convoy near Raqqa" in hit.passage.shown_text for hit in hits)


def test_changed_alias_groups_read_every_file_again(corpus, tmp_path):
    index = tmp_path / "index"
    build_index(corpus, index)
    write(corpus, "aliases.toml", ALIASES)
    report = update_index(corpus, index)
    assert report.changes.rebuilt == "the alias groups in aliases.toml changed" and report.read == 2
    build_index(corpus, tmp_path / "full")
    assert_same_index(index, tmp_path / "full")
    assert Searcher(load_index(index)).ask("Ar-Raqqah").hits
    # Touched, same groups: nothing is read again, but the generation records the file's new state.
    touch_later(corpus / "aliases.toml")
    before = current_generation(index)
    report = update_index(corpus, index)
    assert report.read == 0 and report.changes.rebuilt is None and current_generation(index) != before
    build_index(corpus, tmp_path / "full")
    assert_same_index(index, tmp_path / "full")


def test_a_malformed_aliases_file_is_skipped_by_an_update_as_by_a_build(corpus, tmp_path):
    index = tmp_path / "index"
    write(corpus, "aliases.toml", ALIASES)
    build_index(corpus, index)
    write(corpus, "aliases.toml", '[groups]\nraqqa = ["Raqqa"\n')
    report = update_index(corpus, index)
    assert report.changes.rebuilt == "the alias groups in aliases.toml changed"
    reasons = {s.path: s.reason for s in report.skipped}
    assert reasons["aliases.toml"].startswith("line 2: Unclosed array")
    assert reasons["aliases.toml"].endswith("the index was built without alias groups")
    build_index(corpus, tmp_path / "full")
    assert_same_index(index, tmp_path / "full")
    assert update_index(corpus, index).folder == current_generation(index)  # nothing changed since


def test_a_changed_sidecar_makes_its_document_read_again(corpus, tmp_path):
    index = tmp_path / "index"
    write(corpus, "news/convoy.md.meta.toml", 'title = "Convoy report"\n')
    build_index(corpus, index)
    write(corpus, "news/convoy.md.meta.toml", 'title = "Convoy report, corrected"\ndate = 2017-02-27\n')
    report = update_index(corpus, index)
    assert (report.changes.changed, report.changes.unchanged, report.read) == (1, 1, 1)
    build_index(corpus, tmp_path / "full")
    assert_same_index(index, tmp_path / "full")
    hit = Searcher(load_index(index)).ask("column of smoke", k=1).hits[0]
    assert (hit.source.title, hit.source.date.isoformat()) == ("Convoy report, corrected", "2017-02-27")
    # Touched only: recognised by its content hash.
    touch_later(corpus / "news" / "convoy.md.meta.toml")
    assert update_index(corpus, index).read == 0
    # Removed: the document is read again without it.
    os.remove(corpus / "news" / "convoy.md.meta.toml")
    report = update_index(corpus, index)
    assert report.changes.changed == 1 and report.read == 1
    build_index(corpus, tmp_path / "full")
    assert_same_index(index, tmp_path / "full")
    hit = Searcher(load_index(index)).ask("column of smoke", k=1).hits[0]
    assert hit.source.title == "Convoy destroyed near Raqqa"


def test_dated_passages_and_warnings_are_kept_as_a_full_build_writes_them(corpus, indexed, tmp_path):
    write(corpus, "notes/latin.txt", "Caf\u00e9 notes\nThe caf\u00e9 by the ferry opened on Friday.\n".encode("cp1252"))
    first = update_index(corpus, indexed)
    assert [w.path for w in first.warnings] == ["notes/latin.txt"]
    write(corpus, "news/ferry.md", "---\ntitle: Ferry\ndate: 2017-03-04\n---\nThe ferry ran again yesterday.\n")
    report = update_index(corpus, indexed)
    assert report.read == 1 and report.warnings == first.warnings
    build_index(corpus, tmp_path / "full")
    assert_same_index(indexed, tmp_path / "full")
    passages = list(load_index(indexed).passages)
    dated = {p.text: [d.iso for d in p.dates] for p in passages if p.dates}
    assert dated["The ferry ran again yesterday."] == ["2017-03-03"]
    tweet = next(text for text in dated if text.startswith("Raqqa Watch"))
    assert "2017-02-28" in dated[tweet]


def test_an_update_with_a_smaller_size_limit_equals_a_full_build_with_it(corpus, indexed, tmp_path):
    report = update_index(corpus, indexed, max_file_bytes=200)
    assert (report.changes.removed, report.changes.unchanged, report.read) == (2, 2, 0)
    reasons = {s.path: s.reason for s in report.skipped}
    assert "over the size limit" in reasons["news/convoy.md"]
    build_index(corpus, tmp_path / "full", max_file_bytes=200)
    assert_same_index(indexed, tmp_path / "full")
    assert update_index(corpus, indexed).changes.added == 2  # the default limit takes them in again
