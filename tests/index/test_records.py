import gc
import weakref
import zlib
from pathlib import Path

import numpy as np
import pytest

from index.builder import build_index
from index.errors import IndexCorruptError
from index.records import RECENT_ITEMS, JsonLines
from index.search import Searcher
from index.store import current_generation, load_index


def mapped_files() -> set[str]:
    """The files this process has memory-mapped."""
    lines = Path("/proc/self/maps").read_text().splitlines()
    return {line.split(None, 5)[5] for line in lines if len(line.split(None, 5)) == 6}


def lines_file(tmp_path, records: list[bytes]) -> tuple[Path, np.ndarray, np.ndarray]:
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"".join(records))
    offsets = np.cumsum([0, *map(len, records)])
    return path, offsets, np.array([zlib.crc32(r) for r in records], dtype=np.uint32)


@pytest.fixture
def gc_off():
    """Only reference counting frees objects: what a cycle holds stays until the collector runs."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def test_an_index_let_go_of_is_unmapped_at_once(corpus, tmp_path, gc_off, monkeypatch):
    monkeypatch.setattr("index.store.HASHED_ON_OPEN", 0)  # every array memory-mapped, as in a large index
    build_index(corpus, tmp_path / "index")
    folder = str(current_generation(tmp_path / "index"))
    index = load_index(tmp_path / "index")
    searcher = Searcher(index)
    assert searcher.ask("convoy Raqqa").hits, "passages were read, and kept at hand"
    mapped = {Path(name).name for name in mapped_files() if name.startswith(folder)}
    assert {"passages.jsonl", "sources.jsonl", "engine.postings_rows.npy"} <= mapped, mapped
    passages = weakref.ref(index.passages)
    del searcher, index
    assert passages() is None, "the passages are freed without waiting for the garbage collector"
    assert not [name for name in mapped_files() if name.startswith(folder)]


def test_a_file_that_does_not_match_its_line_index_is_refused_and_not_left_mapped(tmp_path, gc_off):
    path, offsets, crcs = lines_file(tmp_path, [b'{"a": 1}\n', b'{"a": 2}\n'])
    with pytest.raises(IndexCorruptError, match="does not match its line index"):
        JsonLines(path, offsets[:-1], crcs[:-1], lambda _, record: record, tmp_path)
    assert str(path) not in mapped_files()


def test_the_items_read_last_are_kept_decoded(tmp_path):
    count = RECENT_ITEMS + 10
    path, offsets, crcs = lines_file(tmp_path, [f'{{"n": {n}}}\n'.encode() for n in range(count)])
    decoded = []

    def decode(number, record):
        decoded.append(number)
        return record

    items = JsonLines(path, offsets, crcs, decode, tmp_path)
    assert [items[n]["n"] for n in range(count)] == list(range(count))
    assert items[-1] is items[count - 1] and items[10] is items[10]
    assert decoded == list(range(count)), "the last RECENT_ITEMS read are at hand"
    for number in range(5):
        items[number]  # five read again: the five read longest ago make way (10 was read just now)
    items[10]
    items[11]
    assert decoded[count:] == [0, 1, 2, 3, 4, 11]
    with pytest.raises(IndexError):
        items[count]
