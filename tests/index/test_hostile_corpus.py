"""A messy corpus: every good file is indexed in full, every bad one is listed with a reason a person understands."""

import os
import socket

import pytest

from index.builder import build_index
from index.readers import READERS
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

GOOD = "Ferry report\nThe ferry across the Euphrates carried forty trucks on Tuesday.\n"


def reasons(report) -> dict[str, str]:
    return {item.path: item.reason for item in report.skipped}


@pytest.fixture
def messy(tmp_path):
    """A corpus holding one good file and one of each kind of bad file."""
    root = tmp_path / "corpus"
    write(root, "good/ferry.txt", GOOD)
    write(root, "bad/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(root, "bad/latin1.txt", "Bulletin\nLe pont de Manbij a rouvert \u2013 \u00e0 midi.\n".encode("cp1252"))
    write(root, "bad/mojibake.txt", b"Title\nBytes \x81\x8d\x90 that no encoding here reads.\n")
    write(root, "bad/empty.md", "")
    write(root, "bad/blank.txt", "\n\n   \n")
    write(root, "bad/bad-date.md", "---\ndate: 2016-02-31\n---\nText.\n")
    write(root, "bad/unclosed.md", "---\ntitle: Never closed\nText that follows.\n")
    write(root, "bad/slides.pptx", b"PK\x03\x04 not a document we read")
    write(root, "bad/huge.txt", "Big file\n" + "word " * 3000)
    (root / "folder.txt").mkdir()
    write(root, "folder.txt/inside.md", "Inside\nA note kept in a folder whose name ends in .txt.\n")
    os.symlink("loop-b.txt", root / "bad" / "loop-a.txt")
    os.symlink("loop-a.txt", root / "bad" / "loop-b.txt")
    os.symlink("missing-target.txt", root / "bad" / "dangling.txt")
    os.symlink("..", root / "good" / "up")
    os.mkfifo(root / "bad" / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(root / "bad" / "socket.md"))
    weird = os.fsencode(str(root / "bad")) + b"/caf\xe9-notes.txt"
    with open(weird, "wb") as handle:
        handle.write(b"Title\nA name that is not UTF-8.\n")
    yield root
    server.close()


def test_a_messy_corpus_builds_and_names_every_bad_file(messy, tmp_path):
    report = build_index(messy, tmp_path / "index", max_file_bytes=10_000)
    why = reasons(report)
    assert why["bad/binary.txt"].startswith("binary content")
    assert why["bad/mojibake.txt"].startswith("not valid UTF-8 text")
    assert why["bad/empty.md"] == "empty file"
    assert why["bad/blank.txt"] == "empty file"
    assert "not a real calendar date" in why["bad/bad-date.md"]
    assert "never closed" in why["bad/unclosed.md"]
    assert why["bad/slides.pptx"].startswith("unsupported file type")
    assert why["bad/huge.txt"] == "file is 15.0 kB, over the size limit of 10.0 kB"
    assert why["bad/loop-a.txt"] == why["bad/loop-b.txt"] == "symbolic link loop"
    assert why["bad/dangling.txt"] == "a link to a file that is gone"
    assert why["good/up/"] == "symbolic link loop: this folder is read already"
    assert why["bad/pipe.txt"] == "a named pipe (FIFO), not a regular file"
    assert why["bad/socket.md"] == "a socket, not a regular file"
    assert why["bad/caf\\xe9-notes.txt"] == "file name is not valid UTF-8; rename the file"
    assert len(why) == 15, why
    assert [(w.path, w.message.split(";")[1].strip()) for w in report.warnings] == [
        ("bad/latin1.txt", "read as Windows-1252")
    ]
    assert report.files == 3  # ferry.txt, latin1.txt and the note inside folder.txt/
    searcher = Searcher(load_index(tmp_path / "index"))
    assert searcher.ask("ferry Euphrates trucks").hits[0].passage.text == GOOD.splitlines()[1]
    assert searcher.ask("Manbij bridge").hits[0].passage.text == "Le pont de Manbij a rouvert \u2013 \u00e0 midi."
    assert searcher.ask("folder whose name ends").hits[0].source.path == "folder.txt/inside.md"


def test_the_size_limit_can_be_lifted(tmp_path):
    root = tmp_path / "corpus"
    write(root, "big.txt", "Big file\n" + "word " * 3000)
    assert reasons(build_index(root, tmp_path / "a", max_file_bytes=1000)) == {
        "big.txt": "file is 15.0 kB, over the size limit of 1.0 kB"
    }
    assert build_index(root, tmp_path / "b", max_file_bytes=None).skipped == ()


def test_a_file_that_disappears_during_the_build_is_skipped_and_the_rest_indexed(tmp_path):
    root = tmp_path / "corpus"
    for name in ("a.txt", "b.txt", "c.txt"):
        write(root, name, f"Note {name}\nWords about {name[0]} convoys.\n")

    def remove_next(done: int, total: int, name: str) -> None:
        if name == "a.txt":
            (root / "b.txt").unlink()

    report = build_index(root, tmp_path / "index", progress=remove_next)
    assert reasons(report) == {"b.txt": "file disappeared while the index was being built"}
    assert report.files == 2


def test_dates_at_the_ends_of_the_calendar_do_not_stop_a_build(tmp_path):
    root = tmp_path / "corpus"
    write(
        root,
        "far/future.md",
        "---\ntitle: Future\ndate: 9999-12-31\n---\nThe ferry sails tomorrow, then next Friday.\n",
    )
    write(root, "far/past.md", "---\ntitle: Past\ndate: 0001-01-01\n---\nThe ferry sailed last March, and yesterday.\n")
    write(root, "good/ferry.txt", GOOD)
    report = build_index(root, tmp_path / "index")
    assert (report.files, report.skipped) == (3, ())
    searcher = Searcher(load_index(tmp_path / "index"))
    answer = searcher.ask("when does the ferry sail", k=3)
    assert {hit.source.path for hit in answer.hits} == {"far/future.md", "far/past.md", "good/ferry.txt"}
    future = next(hit.passage for hit in answer.hits if hit.source.path == "far/future.md")
    assert future.dates == (), "tomorrow and next Friday would be after 9999-12-31"


def test_a_file_that_fails_in_an_unexpected_way_is_skipped_with_the_error_and_the_rest_indexed(tmp_path, monkeypatch):
    root = tmp_path / "corpus"
    write(root, "good/ferry.txt", GOOD)
    write(root, "odd/cursed.txt", "Cursed\nWords that make the reader fail.\n")
    read_text = READERS[".txt"]

    def failing_for_one_file(data: bytes, path: str):
        if path == "odd/cursed.txt":
            raise OverflowError("date value out of range")
        return read_text(data, path)

    monkeypatch.setitem(READERS, ".txt", failing_for_one_file)
    report = build_index(root, tmp_path / "index")
    assert reasons(report) == {"odd/cursed.txt": "cannot be read (OverflowError: date value out of range)"}
    assert report.files == 1
    searcher = Searcher(load_index(tmp_path / "index"))
    assert searcher.ask("ferry Euphrates trucks").hits[0].passage.text == GOOD.splitlines()[1]
