"""Shortcuts a build takes (answers kept for the last texts, words and lines; terms numbered once per distinct
term; checks skipped where they cannot change anything) give what the long way gives."""

import gc
import threading
from pathlib import Path

import numpy as np
import pytest

from index import digest, speakers
from index.aliases import AliasTable, parse_aliases, with_word_forms
from index.analyzer import analyze, analyze_marked
from index.corpus import scan_corpus
from index.digest import GC_YOUNG_THRESHOLD, digest_file
from index.digest_cache import DigestCache
from index.engine import TermIds, count_term_lists
from index.line_cache import LONGEST_KEPT
from index.readers.chrome import is_chrome
from index.readers.datelines import plain
from index.readers.text import read_text_document
from index.speakers import find_labels, label_at_start
from index.splitter import split_document
from tests.conftest import write

ALIASES = parse_aliases('[groups]\nferries = ["Larrow Ferries", "the ferry line"]\nport = ["Quayhaven"]\n')


def test_a_text_asked_again_gives_its_terms_again_and_a_fresh_list_each_time() -> None:
    table = with_word_forms(ALIASES)
    text = "Quayhaven said the Larrow Ferries sailings resume on Monday."
    first = table.terms_of(text)
    first.append("changed by the caller")
    again = table.terms_of(text)
    assert again == with_word_forms(ALIASES).terms_of(text)
    assert "changed by the caller" not in again
    assert "@port" in again and "@ferries" in again and "larrow ferri" in again


def test_a_marked_text_is_the_unmarked_text_with_each_term_marked() -> None:
    table = with_word_forms(ALIASES)
    question = "Will Quayhaven reopen the harbour?"
    plain = table.terms_of(question)
    assert table.terms_of(question, "?") == ["?" + term for term in plain]
    assert table.terms_of(question) == plain  # the marked answer left the remembered one alone


def test_texts_alike_but_not_the_same_keep_their_own_terms() -> None:
    table = with_word_forms(ALIASES)
    texts = ["Quayhaven closed.", "Quayhaven closed", "quayhaven closed.", "Larrow closed.", "Larrow Ferries closed."]
    for _ in range(2):  # once each, then each again while the others are remembered
        for text in texts:
            assert table.terms_of(text) == with_word_forms(ALIASES).terms_of(text)
    assert "@port" in table.terms_of("quayhaven closed.")
    assert "@ferries" not in table.terms_of("Larrow closed.")


def test_many_texts_past_what_a_table_keeps_still_give_their_own_terms() -> None:
    table = with_word_forms(AliasTable())
    texts = [f"Sailing {number} left berth {number % 7} for Quayhaven." for number in range(40)]
    answers = [table.terms_of(text) for text in texts]
    assert answers == [with_word_forms(AliasTable()).terms_of(text) for text in reversed(texts)][::-1]


def test_words_of_every_shape_keep_their_terms() -> None:
    assert analyze("Ceasefire ceasefire") == ["ceasefir", "ceasefir"]
    assert analyze("NATO Nato nato") == ["nato", "nato", "nato"]
    assert analyze("McCain") == ["mc", "cain", "mccain"]
    assert analyze("iPhone MenB PhD") == ["phone", "iphon", "menb", "phd"]  # ``i`` a stopword
    assert analyze("A I a X x The") == ["x", "x"]  # stopwords alone, a letter that is none kept
    assert analyze("al-Nusra U.S. Putin's café Zürich") == ["nusra", "alnusra", "us", "putin", "cafe", "zurich"]
    assert analyze_marked("Struck struck") == [("strike", False), ("strike", False)]


def test_new_terms_are_numbered_in_the_order_they_first_occur() -> None:
    ids = TermIds()
    terms, counts, sizes, lengths = count_term_lists([["b", "a", "b"], ["c", "a"]], ids)
    assert list(ids) == ["b", "a", "c"]
    assert terms.tolist() == [0, 1, 2, 1] and counts.tolist() == [2, 1, 1, 1] and sizes.tolist() == [2, 2]
    terms, counts, sizes, lengths = count_term_lists([["d", "a", "e", "d"]], ids)  # a table that knows some
    assert list(ids) == ["b", "a", "c", "d", "e"]
    assert terms.tolist() == [3, 1, 4] and counts.tolist() == [2, 1, 1] and lengths.tolist() == [4]


def test_the_lexicon_numbers_new_terms_in_the_vocabulary_order(tmp_path: Path) -> None:
    lexicon = DigestCache(tmp_path, fresh=True).lexicon
    assert lexicon.ids_of(["port", "ferry", "strike"]).tolist() == [0, 1, 2]
    numbers = lexicon.ids_of(["quay", "ferry", "berth", "port", "dock"])
    assert numbers.tolist() == [3, 1, 4, 0, 5] and numbers.dtype == np.int32
    assert lexicon.terms == ["port", "ferry", "strike", "quay", "berth", "dock"]
    assert lexicon.ids_of([]).tolist() == []


def test_a_label_run_into_a_sentence_is_found_only_before_its_colon() -> None:
    line = "MS. RIVAL: The ferries run late. MR. TOLLAND: They do."
    assert [label.speaker for label in find_labels(line)] == ["MS. RIVAL", "MR. TOLLAND"]
    assert [label.speaker for label in find_labels("MS. RIVAL: The ferries run late. MR. TOLLAND said so.")] == [
        "MS. RIVAL"
    ]
    assert [label.speaker for label in find_labels("The ferries run late. MR. TOLLAND: They do.")] == ["MR. TOLLAND"]
    assert find_labels("The ferries run late, MR. TOLLAND said.") == []


def _turns(lines: list[str]) -> str:
    header = "---\ntitle: Harbour briefing\ndate: 2026-03-02\nkind: transcript\n---\n"
    return header + "\n".join(lines) + "\n"


def test_a_heading_in_capitals_opens_a_section_only_in_a_text_in_lower_case() -> None:
    heading = "STATEMENT OF THE HARBOUR BOARD ON FERRY DELAYS"
    lower = [
        "MS. RIVAL: Good morning, we start with the port and the ferries that ran late.",
        "MR. TOLLAND: The crews waited at the quay for most of the morning.",
        heading,
        "MS. RIVAL: The board has asked the ferry line to report by Friday on the delays.",
    ]
    doc = read_text_document(_turns(lower).encode(), "briefing.txt")
    sections = [passage.section for passage in split_document(doc, 0)]
    assert sections[-1] == heading and sections[0] is None
    shouting = [line.upper() for line in lower]
    doc = read_text_document(_turns(shouting).encode(), "briefing.txt")
    assert all(passage.section is None for passage in split_document(doc, 0))


def test_reading_a_file_leaves_the_garbage_collector_as_it_was(tmp_path: Path) -> None:
    before = gc.get_threshold()
    path = write(tmp_path, "briefing.txt", _turns(["MS. RIVAL: The ferries run late.", "QUESTION: Why?"]))
    item = scan_corpus(tmp_path, None).files[0]
    assert item.path == path
    digest = digest_file(item)
    assert digest.source is not None and gc.get_threshold() == before
    assert before[0] < GC_YOUNG_THRESHOLD
    write(tmp_path, "empty.txt", "")
    empty = next(found for found in scan_corpus(tmp_path, None).files if found.name == "empty.txt")
    assert digest_file(empty).skipped and gc.get_threshold() == before


def test_reading_a_file_leaves_collection_off_when_it_was_turned_off(tmp_path: Path) -> None:
    write(tmp_path, "briefing.txt", _turns(["MS. RIVAL: The ferries run late.", "QUESTION: Why?"]))
    before = gc.get_threshold()
    gc.set_threshold(0, *before[1:])
    try:
        digest_file(scan_corpus(tmp_path, None).files[0])
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_the_collector_looks_less_often_while_a_file_is_read_and_is_put_back_after_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "briefing.txt", _turns(["MS. RIVAL: The ferries run late.", "QUESTION: Why?"]))
    item = scan_corpus(tmp_path, None).files[0]
    before = gc.get_threshold()
    seen: list[int] = []

    def failing(*_args: object) -> None:
        seen.append(gc.get_threshold()[0])
        raise RuntimeError("the reader broke")

    monkeypatch.setattr(digest, "_digest_file", failing)
    with pytest.raises(RuntimeError):
        digest_file(item)
    assert seen == [GC_YOUNG_THRESHOLD] and gc.get_threshold() == before


def test_files_read_at_once_in_two_threads_put_the_collector_back_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "briefing.txt", _turns(["MS. RIVAL: The ferries run late.", "QUESTION: Why?"]))
    item = scan_corpus(tmp_path, None).files[0]
    before = gc.get_threshold()
    first_in, second_in = threading.Event(), threading.Event()
    seen: list[int] = []

    def reader(*_args: object) -> None:  # the first reader ends while the second is still reading
        if not first_in.is_set():
            first_in.set()
            assert second_in.wait(10)
        else:
            second_in.set()
            first.join(10)
        seen.append(gc.get_threshold()[0])

    monkeypatch.setattr(digest, "_digest_file", reader)
    first = threading.Thread(target=digest_file, args=(item,))
    first.start()
    assert first_in.wait(10)
    digest_file(item)
    assert seen == [GC_YOUNG_THRESHOLD, GC_YOUNG_THRESHOLD] and gc.get_threshold() == before


def test_a_line_far_longer_than_usual_is_answered_but_not_kept() -> None:
    short_line = "MS. RIVAL:   The ferries  ran late on the Harrow crossing."
    long_line = "MS. RIVAL: " + "The ferries ran late again. " * (LONGEST_KEPT // 20)
    assert len(long_line) > LONGEST_KEPT
    for func in (is_chrome, plain, label_at_start):
        func.cache_clear()
        assert func(long_line) == func.__wrapped__(long_line)
        assert func.cache_info().currsize == 0
        assert func(short_line) == func.__wrapped__(short_line) and func.cache_info().currsize == 1
    assert plain(long_line).startswith("MS. RIVAL: The ferries") and label_at_start(long_line) is not None


def test_whole_documents_are_kept_for_a_few_documents_only() -> None:
    for finder in (speakers._labels_alone, speakers._dashed_roles, speakers._caption_turns):
        maxsize = finder.cache_parameters()["maxsize"]
        assert maxsize is not None and maxsize <= 8
