"""An update that only adds files adds a segment: the segments already written are linked, not rewritten, and
the generation answers exactly as a full build's (the same passages, repeats and meaning vectors, the same rows
in the same order with the same scores to the last bit); past a share or a count of segments, or when the files
change otherwise, an update assembles one segment again, byte for byte a full build's."""

import os

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.builder import build_index, update_index
from index.errors import IndexCorruptError
from index.library import staleness
from index.limits import FileLimits, current_limits, set_limits
from index.search import Searcher
from index.speaker_field import SPEAKER_MARK
from index.store import current_generation, load_index, verify_index
from tests.conftest import write
from tests.index.test_update import (
    assert_same_answers,
    assert_same_index,
    generation_files,
    update_killed_before_commit,
)

BRIEFING = """---
title: Harbour briefing {day} (test)
date: 2017-04-{day:02d}
kind: transcript
---
MR. ODUYA: Good afternoon.

QUESTION: Is the harbour at {place} open to {cargo} ships this week?
MR. ODUYA: The harbour at {place} took {count} ships of {cargo} on day {day}; the pier is being repaired.

QUESTION: And the {cargo} convoy?
MR. ODUYA: It reached {place} safely, with {count} trucks.

MR. ODUYA: Thank you.
"""
PLACES = ["Tartus", "Latakia", "Aqaba", "Mersin", "Haifa", "Jounieh"]
CARGO = ["grain", "fuel", "medicine", "cement"]


def briefing(day):
    return BRIEFING.format(day=day, place=PLACES[day % len(PLACES)], cargo=CARGO[day % len(CARGO)], count=day * 3)


@pytest.fixture(autouse=True)
def small_segments(monkeypatch):
    monkeypatch.setattr("index.builder.DELTA_SHARE", 1.0)  # a small corpus: any addition makes a segment


@pytest.fixture
def indexed(corpus, tmp_path):
    for day in range(1, 9, 2):
        write(corpus, f"briefings/2017-04-{day:02d}.txt", briefing(day))
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def full_build(corpus, tmp_path):
    full = tmp_path / f"full-{len(list(tmp_path.iterdir()))}"
    build_index(corpus, full)
    return full


def segments(index):
    return [segment["prefix"] for segment in load_index(index).manifest["segments"]]


QUESTIONS = ["harbour at Aqaba open", "fuel convoy trucks", "when did the convoy reach Raqqa", "Thank you", "pier"]


def answers(index):
    searcher = Searcher(load_index(index))
    found = []
    for question in QUESTIONS:
        answer = searcher.ask(question, k=5)
        hits = [(h.source.path, h.passage.text, h.score, [s.path for s in h.also_in]) for h in answer.hits]
        found.append((hits, answer.matched, answer.date_answer))
    return found


def test_added_files_make_segments_that_answer_as_a_full_build(corpus, indexed, tmp_path):
    before = current_generation(indexed)
    base = {name: (before / name).stat().st_ino for name in generation_files(indexed)[0]}
    write(corpus, "briefings/2017-04-04.txt", briefing(4))  # between files indexed already
    write(corpus, "briefings/2017-04-20.txt", briefing(20))
    report = update_index(corpus, indexed)
    assert report.read == 2 and report.changes.added == 2 and len(segments(indexed)) == 2
    after = current_generation(indexed)
    linked = [name for name, inode in base.items() if (after / name).exists() and (after / name).stat().st_ino == inode]
    assert "passages.jsonl" in linked and "engine.postings_rows.npy" in linked
    assert "engine.term_idf.npy" not in linked and "engine.row_norms.npy" not in linked
    write(corpus, "briefings/2017-04-02.txt", briefing(2))
    update_index(corpus, indexed)
    assert len(segments(indexed)) == 3 and verify_index(indexed) == []
    full = full_build(corpus, tmp_path)
    assert_same_answers(indexed, full)
    assert answers(indexed) == answers(full)
    assert [d.path for d in update_index(corpus, indexed).documents] == [d.path for d in load_index(full).sources]


def row_terms(loaded):
    """Each row's terms as the engine holds them (each term as often as the row holds it, in first-seen order)."""
    held = {row: [] for row in range(len(loaded.rows))}
    for start, part in zip(loaded.engine.starts.tolist(), loaded.engine.parts, strict=False):
        arrays = part.arrays()
        offsets = arrays["postings_offsets"]
        for term_id in range(part.vocabulary_size):
            for i in range(int(offsets[term_id]), int(offsets[term_id + 1])):
                row, rank = int(arrays["postings_rows"][i]), int(arrays["postings_rank"][i])
                held[start + row].append((rank, part.term(term_id), int(arrays["postings_tf"][i])))
    return {row: [term for _, term, tf in sorted(items) for _ in range(tf)] for row, items in held.items()}


def test_a_segmented_index_scores_as_rank_bm25(corpus, indexed):
    write(corpus, "briefings/2017-04-10.txt", briefing(10))
    update_index(corpus, indexed)
    write(corpus, "briefings/2017-04-04.txt", briefing(4))
    update_index(corpus, indexed)
    loaded = load_index(indexed)
    assert len(loaded.manifest["segments"]) == 3
    passages = [loaded.passages[p] for p in loaded.rows]
    place = {row: (loaded.sources[p.doc].path, p.position) for row, p in enumerate(passages)}
    order = sorted(place, key=place.__getitem__)
    terms = row_terms(loaded)
    reference = BM25Okapi([terms[row] for row in order])
    # a turn's speaker terms (``index.speaker_field``) are held but not counted in its length
    reference.doc_len = [sum(not term.startswith(SPEAKER_MARK) for term in terms[row]) for row in order]
    reference.avgdl = sum(reference.doc_len) / len(order)
    assert any(term.startswith(SPEAKER_MARK) for held in terms.values() for term in held)
    vocabulary = sorted({term for held in terms.values() for term in held})
    for query in ([t] for t in vocabulary):
        assert (loaded.engine.scores(dict.fromkeys(query, 1.0))[order] == reference.get_scores(query)).all(), query
    query = ["harbour", "convoy", "fuel", "thank"]
    expected = reference.get_scores(query)
    ranked = sorted(range(len(order)), key=lambda i: -expected[i])  # stable: equal scores in corpus order
    found, matched = loaded.engine.search(dict.fromkeys(query, 1.0), 7)
    assert [order[i] for i in ranked[:7]] == [row for row, _ in found]
    assert [expected[i] for i in ranked[:7]] == [score for _, score in found]
    assert matched == int((np.array([any(t in terms[row] for t in query) for row in order])).sum())
    assert all(loaded.engine.idf(term) == pytest.approx(reference.idf[term]) for term in vocabulary)
    assert loaded.engine.idf("unheardof") == 0.0


def test_an_added_repeat_joins_the_copy_scored_and_an_earlier_one_assembles_one_segment(corpus, indexed, tmp_path):
    quoted = "QUESTION: On the convoy near Raqqa: did the coalition hit it or not?MR. ODUYA: We did.\n"
    later = briefing(30).replace("MR. ODUYA: Good afternoon.\n", quoted)
    write(corpus, "briefings/2017-04-30.txt", later)
    update_index(corpus, indexed)
    assert len(segments(indexed)) == 2
    full = full_build(corpus, tmp_path)
    assert_same_answers(indexed, full)
    assert answers(indexed) == answers(full)
    hit = Searcher(load_index(indexed)).ask("did the coalition hit the convoy near Raqqa", k=1).hits[0]
    assert "briefings/2017-04-30.txt" in [s.path for s in hit.also_in]
    earlier = briefing(1).replace("2017-04-01", "2017-01-05").replace("Harbour briefing 1", "Winter briefing")
    write(corpus, "briefings/2017-01-05.txt", earlier)  # now the earliest copy of every passage of 04-01
    update_index(corpus, indexed)
    assert segments(indexed) == [""]
    assert_same_index(indexed, full_build(corpus, tmp_path))


def test_past_the_segment_count_or_after_an_edit_one_segment_is_assembled(corpus, indexed, tmp_path, monkeypatch):
    monkeypatch.setattr("index.builder.MAX_SEGMENTS", 3)
    for day in (11, 13, 15):
        write(corpus, f"briefings/2017-04-{day}.txt", briefing(day))
        update_index(corpus, indexed)
    assert segments(indexed) == [""], "the third addition compacted"
    assert_same_index(indexed, full_build(corpus, tmp_path))
    write(corpus, "briefings/2017-04-17.txt", briefing(17))
    update_index(corpus, indexed)
    assert len(segments(indexed)) == 2
    write(corpus, "briefings/2017-04-03.txt", briefing(3) + "\nMR. ODUYA: One more word on the pier.\n")
    report = update_index(corpus, indexed)
    assert report.changes.changed == 1 and segments(indexed) == [""]
    assert_same_index(indexed, full_build(corpus, tmp_path))
    os.remove(corpus / "briefings" / "2017-04-17.txt")
    update_index(corpus, indexed)
    assert_same_index(indexed, full_build(corpus, tmp_path))


def test_a_share_of_rows_past_the_limit_assembles_one_segment(corpus, indexed, tmp_path, monkeypatch):
    monkeypatch.setattr("index.builder.DELTA_SHARE", 0.05)
    write(corpus, "briefings/2017-04-21.txt", briefing(21))
    report = update_index(corpus, indexed)
    assert report.read == 1 and segments(indexed) == [""]
    assert_same_index(indexed, full_build(corpus, tmp_path))


def test_a_crash_before_the_switch_leaves_the_index_usable_and_the_next_update_adds_the_segment(
    corpus, indexed, tmp_path, monkeypatch
):
    before = current_generation(indexed)
    write(corpus, "briefings/2017-04-22.txt", briefing(22))
    update_killed_before_commit(corpus, indexed, monkeypatch)
    monkeypatch.setattr("index.builder.DELTA_SHARE", 1.0)
    assert current_generation(indexed) == before and verify_index(indexed) == []
    assert update_index(corpus, indexed).read == 0 and len(segments(indexed)) == 2
    assert_same_answers(indexed, full_build(corpus, tmp_path))


def test_a_damaged_file_of_an_added_segment_is_found_on_opening_and_by_verify(corpus, indexed, tmp_path):
    write(corpus, "briefings/2017-04-23.txt", briefing(23))
    update_index(corpus, indexed)
    prefix = segments(indexed)[1]
    path = current_generation(indexed) / f"{prefix}passages.jsonl"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    assert any(problem.startswith(f"{prefix}passages.jsonl") for problem in verify_index(indexed))
    with pytest.raises(IndexCorruptError):
        load_index(indexed)
    write(corpus, "briefings/2017-04-24.txt", briefing(24))
    update_index(corpus, indexed)  # a damaged index is assembled afresh, from the digest cache
    assert segments(indexed) == [""] and verify_index(indexed) == []
    assert_same_index(indexed, full_build(corpus, tmp_path))


def test_an_addition_links_the_kept_files_unread_and_a_damaged_one_is_found_when_the_index_opens(
    corpus, indexed, tmp_path, monkeypatch
):
    monkeypatch.setattr("index.store.HASHED_ON_OPEN", 0)  # every file counts as large (checked by its CRC-32)
    passages = current_generation(indexed) / "passages.jsonl"
    data = bytearray(passages.read_bytes())
    data[len(data) // 3] ^= 0x20
    passages.write_bytes(bytes(data))
    write(corpus, "briefings/2017-04-25.txt", briefing(25))
    update_index(corpus, indexed)  # links the damaged file as it is: nothing of it is read
    assert len(load_index(indexed, lambda name: True).manifest["segments"]) == 2
    assert any(problem.startswith("passages.jsonl") for problem in verify_index(indexed))
    with pytest.raises(IndexCorruptError):
        load_index(indexed)
    report = update_index(corpus, indexed)  # nothing changed: the damaged index is assembled afresh
    assert report.changes.rebuilt and verify_index(indexed) == []
    assert_same_index(indexed, full_build(corpus, tmp_path))


def test_an_addition_reads_the_files_it_rewrites_checked(corpus, indexed, tmp_path, monkeypatch):
    monkeypatch.setattr("index.store.HASHED_ON_OPEN", 0)  # every file counts as large (checked by its CRC-32)
    write(corpus, "briefings/2017-04-26.txt", briefing(26))
    update_index(corpus, indexed)
    bounds = current_generation(indexed) / "engine.term_max_ratio.npy"
    data = bytearray(bounds.read_bytes())
    data[-3] ^= 0x40
    bounds.write_bytes(bytes(data))
    write(corpus, "briefings/2017-04-27.txt", briefing(27))
    update_index(corpus, indexed)  # the damaged bounds are not carried over: one segment is assembled
    assert segments(indexed) == [""] and verify_index(indexed) == []
    assert_same_index(indexed, full_build(corpus, tmp_path))


def test_other_reading_limits_or_code_make_an_addition_read_every_file_again(corpus, indexed, tmp_path, monkeypatch):
    before = current_limits()
    set_limits(FileLimits(max_depth=20))
    try:
        write(corpus, "briefings/2017-04-20.txt", briefing(20))
        report = update_index(corpus, indexed)
    finally:
        set_limits(before)
    assert report.changes.rebuilt and "reading" in report.changes.rebuilt
    assert report.read == report.files and len(segments(indexed)) == 1
    monkeypatch.setattr("index.builder.reading_key", lambda: "briefbot of another version")
    write(corpus, "briefings/2017-04-22.txt", briefing(22))
    report = update_index(corpus, indexed)
    assert report.read == report.files and len(segments(indexed)) == 1


def test_where_hard_links_are_refused_an_addition_assembles_one_segment(corpus, indexed, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("index.store.os.link", refuse)
    write(corpus, "briefings/2017-04-20.txt", briefing(20))
    update_index(corpus, indexed)
    assert len(segments(indexed)) == 1
    assert_same_index(indexed, full_build(corpus, tmp_path))


def test_passages_alike_in_meaning_come_in_the_same_order_from_segments_as_from_a_full_build(tmp_path):
    corpus = tmp_path / "notes"

    def note(name, day, count):
        text = f"---\ntitle: Note {name}\ndate: 2019-03-{day:02d}\n---\n"
        text += f"MS. LUND: The walrus colony counted {count} pups.\n\nMS. LUND: Other matters entirely here {count}.\n"
        write(corpus, name, text)

    for n, name in enumerate(["m1.txt", "m2.txt", "m3.txt", "m4.txt"]):
        note(name, 10 + n, 100 + n)
    build_index(corpus, tmp_path / "index")
    for step, names in enumerate([["a1.txt", "z1.txt"], ["b1.txt"]]):
        for n, name in enumerate(names):
            note(name, 10 + step, 200 + n + 10 * step)
        update_index(corpus, tmp_path / "index")
    assert len(segments(tmp_path / "index")) == 3
    full = tmp_path / "full"
    build_index(corpus, full)
    answers = [Searcher(load_index(index)).ask("walrus colony pups", k=8) for index in (tmp_path / "index", full)]
    assert [[(hit.source.path, hit.ranking) for hit in answer.hits] for answer in answers] == [
        [(hit.source.path, hit.ranking) for hit in answers[1].hits]
    ] * 2


def test_an_index_read_under_other_reading_limits_or_code_is_stale_for_ask(corpus, indexed, monkeypatch):
    assert staleness(corpus, indexed) is None
    before = current_limits()
    set_limits(FileLimits(max_depth=20))
    try:
        assert staleness(corpus, indexed) == "briefbot's reading code or its reading limits changed"
    finally:
        set_limits(before)
    monkeypatch.setattr("index.library.reading_key", lambda: "briefbot of another version")
    assert staleness(corpus, indexed) == "briefbot's reading code or its reading limits changed"
