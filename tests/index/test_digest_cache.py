"""The digest cache: an update assembles the generation a full build would write from cached digests, reading
only changed files, and a cache that is damaged, missing or left behind by a crash costs reading, never an
index."""

import os

import pytest

from index.aliases import AliasTable
from index.builder import build_index, update_index
from index.corpus import scan_corpus
from index.digest import digest_all
from index.digest_cache import CACHE_FOLDER, SUFFIX, DigestCache, entry_key, settings_key
from index.search import Searcher
from index.store import current_generation, load_index, verify_index
from tests.conftest import write
from tests.index.test_update import assert_same_index, update_killed_before_commit

LATER = "---\ntitle: Later briefing (test)\ndate: 2017-03-09\n---\nMR. ODUYA: The ferry to the island runs again.\n"


def entries(index):
    return sorted((index / CACHE_FOLDER).glob(f"*{SUFFIX}"))


def equals_a_full_build(corpus, index, tmp_path):
    full = tmp_path / f"full-{len(list(tmp_path.iterdir()))}"
    build_index(corpus, full)
    assert_same_index(index, full)


@pytest.fixture(autouse=True)
def one_segment(monkeypatch):
    """Every update here assembles one segment from the cache, as one that edits or removes a file does; an
    update that only adds files adds a segment and reads no other digest (tests/index/test_segments.py)."""
    monkeypatch.setattr("index.builder.DELTA_SHARE", 0.0)


@pytest.fixture
def index(corpus, tmp_path):
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def test_a_build_keeps_one_entry_per_file_and_an_update_reads_only_what_changed(corpus, index, tmp_path):
    assert len(entries(index)) == 2
    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    report = update_index(corpus, index)
    assert (report.read, report.changes.added, report.changes.unchanged) == (1, 1, 2)
    assert len(entries(index)) == 3
    equals_a_full_build(corpus, index, tmp_path)


def test_a_renamed_file_is_read_under_its_new_name_and_the_index_equals_a_full_build(corpus, index, tmp_path):
    os.rename(corpus / "news" / "convoy.md", corpus / "news" / "convoy-renamed.md")
    report = update_index(corpus, index)
    assert (report.read, report.changes.added, report.changes.removed) == (1, 1, 1)
    equals_a_full_build(corpus, index, tmp_path)
    hits = Searcher(load_index(index)).ask("convoy near Raqqa", k=3).hits
    assert {hit.source.path for hit in hits} | {s.path for hit in hits for s in hit.also_in} >= {
        "news/convoy-renamed.md"
    }


def test_an_edit_undone_takes_the_earlier_digest_from_the_cache(corpus, index, tmp_path):
    path = corpus / "news" / "convoy.md"
    original = path.read_bytes()
    path.write_bytes(original + b"\nThe ferry reopened too.\n")
    assert update_index(corpus, index).read == 1
    path.write_bytes(original)
    report = update_index(corpus, index)
    assert report.read == 0 and report.changes.changed == 1
    equals_a_full_build(corpus, index, tmp_path)


def test_a_removed_file_takes_its_digest_with_it_an_edited_one_keeps_its_earlier_one(corpus, index, tmp_path):
    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    update_index(corpus, index)
    added = set(entries(index))
    (corpus / "briefings" / "2017-03-09-briefing.txt").unlink()
    path = corpus / "news" / "convoy.md"
    path.write_bytes(path.read_bytes() + b"\nThe ferry reopened too.\n")
    report = update_index(corpus, index)
    assert (report.changes.removed, report.changes.changed, report.read) == (1, 1, 1)
    assert len(entries(index)) == 3, "the two files' entries and the edited file's earlier one; not the removed one's"
    assert len(added & set(entries(index))) == 2
    equals_a_full_build(corpus, index, tmp_path)


def test_a_file_that_failed_to_read_is_read_again_at_the_next_update(corpus, index, tmp_path, monkeypatch):
    def fails(*args, **kwargs):
        raise MemoryError("for a moment")

    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    with monkeypatch.context() as patch:
        patch.setattr("index.digest.read_document", fails)
        failed = update_index(corpus, index)
    assert [item.path for item in failed.skipped] == ["briefings/2017-03-09-briefing.txt"]
    write(corpus, "briefings/2017-03-10-briefing.txt", LATER.replace("03-09", "03-10"))
    again = update_index(corpus, index)
    assert again.skipped == () and again.read == 2, "the failure was not kept in the cache"
    equals_a_full_build(corpus, index, tmp_path)


def test_a_damaged_entry_is_read_again_from_its_file(corpus, index, tmp_path):
    for entry in entries(index):
        data = bytearray(entry.read_bytes())
        data[len(data) // 2] ^= 0xFF
        entry.write_bytes(bytes(data))
    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    report = update_index(corpus, index)
    assert report.read == 3, "the new file and the two whose entries are damaged"
    equals_a_full_build(corpus, index, tmp_path)
    # the entries were written again, whole
    touch = corpus / "briefings" / "2017-03-09-briefing.txt"
    os.utime(touch, ns=(touch.stat().st_mtime_ns + 10**9,) * 2)
    assert update_index(corpus, index).read == 0


@pytest.mark.parametrize("damage", ["truncated", "emptied", "garbage", "removed", "other-lexicon"])
def test_a_missing_or_damaged_cache_costs_reading_never_the_index(corpus, index, tmp_path, damage):
    folder = index / CACHE_FOLDER
    first = entries(index)[0]
    if damage == "truncated":
        first.write_bytes(first.read_bytes()[:-7])
    elif damage == "emptied":
        first.write_bytes(b"")
    elif damage == "garbage":
        (folder / "lexicon").write_bytes(b"not a lexicon")
    elif damage == "removed":
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    else:  # entries of another lexicon (as after the lexicon file was lost) are not used
        (folder / "lexicon").unlink()
    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    report = update_index(corpus, index)
    assert report.read == (2 if damage in ("truncated", "emptied") else 3)
    equals_a_full_build(corpus, index, tmp_path)
    assert verify_index(index) == []


def test_a_torn_lexicon_record_is_cut_off_and_the_cache_still_serves(corpus, index, tmp_path):
    lexicon = index / CACHE_FOLDER / "lexicon"
    with open(lexicon, "ab") as handle:
        handle.write(b"\x40\x00\x00\x00\x01\x02")  # a record a killed build began to append
    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    assert update_index(corpus, index).read == 1
    equals_a_full_build(corpus, index, tmp_path)


def test_a_crash_between_writing_the_cache_and_the_index_leaves_the_last_index_usable(
    corpus, index, tmp_path, monkeypatch
):
    before = current_generation(index)
    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    update_killed_before_commit(corpus, index, monkeypatch)
    assert current_generation(index) == before and verify_index(index) == []
    assert len(entries(index)) == 3, "the new file's digest was cached before the crash"
    assert Searcher(load_index(index)).ask("convoy near Raqqa", k=1).hits
    report = update_index(corpus, index)
    assert report.read == 0 and report.changes.added == 1
    equals_a_full_build(corpus, index, tmp_path)


def test_changed_alias_groups_retally_every_file_and_drop_the_old_entries(corpus, index, tmp_path):
    old = set(entries(index))
    write(corpus, "aliases.toml", '[groups]\nraqqa = ["Raqqa", "the river city"]\n')
    report = update_index(corpus, index)
    assert report.read == 2 and report.changes.rebuilt == "the alias groups in aliases.toml changed"
    assert not old & set(entries(index)), "entries made with other alias groups are not kept"
    equals_a_full_build(corpus, index, tmp_path)
    assert Searcher(load_index(index)).ask("the river city", k=1).hits


def test_a_digest_comes_back_from_the_cache_as_it_went_in(corpus, tmp_path):
    items = scan_corpus(corpus).files
    (tmp_path / "index").mkdir()
    cache = DigestCache(tmp_path / "index")
    settings = settings_key(AliasTable(), None)
    for digest in digest_all(items):
        numbered = cache.numbered(digest)
        key = entry_key(settings, numbered.state)
        cache.save(key, numbered)
        cache.flush()
        back = cache.load(key, numbered.state)
        assert back is not None
        assert (back.source, back.records, back.warnings, back.skipped) == (
            numbered.source,
            numbered.records,
            numbered.warnings,
            numbered.skipped,
        )
        for name in ("offsets", "crcs", "keys"):
            assert (getattr(back, name) == getattr(numbered, name)).all()
        for name in ("terms", "counts", "sizes", "lengths"):
            assert (getattr(back.bags, name) == getattr(numbered.bags, name)).all()
        assert cache.load(key.replace(key[0], "0" if key[0] != "0" else "1", 1), numbered.state) is None


def test_links_in_the_cache_are_not_followed(corpus, index, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    first = entries(index)[0]
    (outside / first.name).write_bytes(first.read_bytes())
    first.unlink()
    first.symlink_to(outside / first.name)
    write(corpus, "briefings/2017-03-09-briefing.txt", LATER)
    assert update_index(corpus, index).read == 2, "the linked entry is not used"
    equals_a_full_build(corpus, index, tmp_path)
    # a lexicon that is a link is neither read nor written through
    lexicon = index / CACHE_FOLDER / "lexicon"
    planted = outside / "planted"
    planted.write_bytes(b"keep me")
    lexicon.unlink()
    lexicon.symlink_to(planted)
    write(corpus, "briefings/2017-03-11-briefing.txt", LATER.replace("03-09", "03-11"))
    update_index(corpus, index)
    assert planted.read_bytes() == b"keep me"
    equals_a_full_build(corpus, index, tmp_path)
    lexicon.unlink()
    # a cache folder that is a link is neither read nor written: every build reads every file
    folder = index / CACHE_FOLDER
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    folder.symlink_to(outside, target_is_directory=True)
    before = sorted(p.name for p in outside.iterdir())
    write(corpus, "briefings/2017-03-10-briefing.txt", LATER.replace("03-09", "03-10"))
    assert update_index(corpus, index).read == 5
    assert sorted(p.name for p in outside.iterdir()) == before
    equals_a_full_build(corpus, index, tmp_path)
