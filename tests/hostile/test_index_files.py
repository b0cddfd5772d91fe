"""A damaged index on disk gives one readable error, never a crash, a hang or a silently different answer; the
bot keeps answering from the last good index, and so does ``ask`` when its update cannot be written."""

from __future__ import annotations

import errno
import json
import os
import random
import subprocess
import sys

import numpy as np
import pytest

import index.store
from bot.cli import main
from index.builder import build_index
from index.engine import Bm25Engine, native_engine
from index.errors import IndexCorruptError
from index.holder import SearcherHolder
from index.library import Library
from index.store import CURRENT_FILE, MANIFEST, current_generation, load_index, verify_index
from tests.cli_runner import run
from tests.conftest import write
from tests.hostile.conftest import no_hang
from tests.hostile.index_damage import (
    answers,
    damaged_answers,
    engine_array,
    first_posting,
    flip_byte,
    generation_files,
    rewrite_consistently,
)


@pytest.fixture
def built(corpus, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    return index_dir


@pytest.mark.parametrize("mapped", [False, True], ids=["read-whole", "memory-mapped"])
def test_a_flipped_byte_in_any_index_file_is_refused_or_harmless(built, monkeypatch, mapped):
    if mapped:  # every array takes the path of a large one: memory-mapped, checked by its CRC-32
        monkeypatch.setattr(index.store, "HASHED_ON_OPEN", 0)
    expected = answers(built)
    chooser = random.Random(16)
    outcomes = {}
    for path in generation_files(built):
        original = path.read_bytes()
        for _ in range(3):
            flip_byte(path, chooser)
            outcomes.setdefault(path.name, set()).add(damaged_answers(built, expected))
            path.write_bytes(original)
    data_files = {name for name in outcomes if name != MANIFEST}
    assert all(outcomes[name] == {"refused"} for name in data_files), outcomes
    assert answers(built) == expected


def test_out_of_range_row_ids_with_matching_checksums_give_one_line_not_a_crash(built, tmp_path):
    rows = engine_array(built, "postings_rows")
    rows[first_posting(built, "convoy")] |= np.uint32(1 << 31)  # one flipped high bit
    rewrite_consistently(built, "engine.postings_rows.npy", rows)
    question = "convoy raqqa civilians pentagon ferry"
    result = run("ask", question, "--index", str(built), "--corpus", str(tmp_path / "no"), cwd=tmp_path)
    assert result.returncode == 1, result
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"briefbot: error: index in {built} cannot be read")
    assert "postings name rows past the last row" in last
    assert "Traceback" not in result.stderr
    problems = verify_index(built)
    assert len(problems) == 1 and "postings name rows past the last row" in problems[0]


def inner(values: np.ndarray) -> np.ndarray:
    """Every place of an offsets array but the first and the last (which opening checks)."""
    places = np.arange(len(values))
    return (places > 0) & (places < len(values) - 1)


@pytest.mark.parametrize(
    ("name", "damage", "message"),
    [
        ("postings_rows", lambda a: a | np.uint32(1 << 31), "a row id past the last row"),
        ("postings_offsets", lambda a: np.where(inner(a), 1 << 40, a), "posting offsets out of range"),
        ("vocab_offsets", lambda a: np.where(inner(a), -(1 << 40), a), "vocabulary offsets out of range"),
        ("dense_slots", lambda a: np.full_like(a, 7), "dense slot out of range"),
    ],
)
def test_the_c_top_k_checks_its_bounds(name, damage, message):
    engine = Bm25Engine([["convoy", "raqqa"], ["ferry", "convoy"], ["pentagon"]] * 3)
    if not native_engine():
        pytest.skip("the C extension is not built")
    arrays = engine.arrays()
    arrays[name] = np.ascontiguousarray(damage(arrays[name]))
    damaged = Bm25Engine.from_arrays(arrays, engine.params)
    with pytest.raises(IndexCorruptError, match=message):
        damaged.search({"convoy": 1.0, "ferry": 1.0}, 5)
    assert damaged.problems() != []


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("postings_offsets", lambda a: np.where(np.arange(len(a)) == 1, 1 << 40, a)),
        ("vocab_offsets", lambda a: np.where(np.arange(len(a)) == len(a) // 2, -(1 << 40), a)),
        ("dense_slots", lambda a: np.full_like(a, 7)),
    ],
)
def test_other_consistent_damage_is_an_error_in_the_engine_too(built, tmp_path, name, damage):
    rewrite_consistently(built, f"engine.{name}.npy", damage(engine_array(built, name)))
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from index.errors import BriefbotError\n"
        "from index.search import Searcher\n"
        "from index.store import load_index\n"
        "try:\n"
        "    s = Searcher(load_index(Path(sys.argv[1])))\n"
        "    [s.ask(q, 5) for q in ('convoy raqqa', 'ferry', 'civilians pentagon', 'the and of')]\n"
        "except BriefbotError as e:\n"
        "    print('refused', e)\n"
        "else:\n"
        "    print('answered')\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(built)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr  # a crash would be a negative code (a signal)
    assert result.stdout.startswith("refused"), result.stdout
    assert verify_index(built) != []


@pytest.mark.parametrize("target", ["CURRENT", "manifest", "array", "lines"])
def test_special_files_in_the_index_are_errors_not_hangs(built, target):
    folder = current_generation(built)
    path = {
        "CURRENT": built / CURRENT_FILE,
        "manifest": folder / MANIFEST,
        "array": folder / "rows.npy",
        "lines": folder / "passages.jsonl",
    }[target]
    path.unlink()
    os.mkfifo(path)
    with no_hang(20), pytest.raises(IndexCorruptError):
        load_index(built)
    path.unlink()
    os.symlink("/dev/zero", path)
    with no_hang(20), pytest.raises(IndexCorruptError):
        load_index(built)
    with no_hang(20):
        assert verify_index(built) != [] if target not in ("CURRENT", "manifest") else True


def damage_manifest(index_dir) -> None:
    folder = current_generation(index_dir)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["corpus"]["skipped"] = [{"file": 3}]
    (folder / MANIFEST).write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (["index", "verify"], 1),
        (["ask", "convoy", "--corpus", "missing-folder"], 1),
        (["ask", "convoy", "--corpus", "CORPUS"], 1),  # a damaged index needs a person: `index build`
        (["index", "update", "--corpus", "CORPUS"], 0),
    ],
)
def test_a_damaged_manifest_entry_is_a_clear_error(built, tmp_path, corpus, command, code):
    damage_manifest(built)
    args = [str(corpus) if arg == "CORPUS" else arg for arg in command]
    result = run(*args, "--index", str(built), cwd=tmp_path)
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, result.stderr
    assert "damaged manifest (bad corpus record)" in result.stderr


def test_a_manifest_naming_files_outside_the_generation_is_refused(built):
    folder = current_generation(built)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["files"]["../../../etc/passwd"] = {"bytes": 1, "sha256": "0" * 64}
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match="bad file name"):
        load_index(built)


def test_the_bot_keeps_answering_from_the_last_good_index(built, corpus):
    holder = SearcherHolder(Library(corpus, built))
    holder.load()
    expected = answers(built)
    write(corpus, "news/extra.md", "---\ntitle: Extra\n---\nThe ferry crossing reopened on Friday.\n")
    build_index(corpus, built)
    flip_byte(current_generation(built) / "engine.postings_rows.npy", random.Random(3))
    assert holder.reload_if_changed() is False
    searcher = holder.current()
    assert [[h.passage.text for h in searcher.ask(q, 5).hits] for q in ("convoy near raqqa",)] == [
        [row[1] for row in expected[0]]
    ]


def test_ask_answers_from_the_last_good_index_when_the_disk_is_full(built, corpus, monkeypatch, capsys):
    write(corpus, "news/extra.md", "---\ntitle: Extra\n---\nThe ferry crossing reopened on Friday.\n")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index.store.GenerationWriter, "array", full)
    code = main(["ask", "convoy near raqqa", "--index", str(built), "--corpus", str(corpus)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "No space left on device" in err and "answering from the last good index" in err
    assert "destroyed six vehicles" in out or "convoy" in out.lower()


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not stop the superuser")
def test_ask_answers_from_the_last_good_index_in_a_read_only_folder(built, corpus, capsys):
    write(corpus, "news/extra.md", "---\ntitle: Extra\n---\nThe ferry crossing reopened on Friday.\n")
    built.chmod(0o555)
    try:
        code = main(["ask", "convoy near raqqa", "--index", str(built), "--corpus", str(corpus)])
    finally:
        built.chmod(0o755)
    _, err = capsys.readouterr()
    assert code == 0 and "answering from the last good index" in err


def test_verify_fails_whatever_ask_cannot_open(built, tmp_path):
    folder = current_generation(built)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["bm25"] = {"k1": "fast"}
    (folder / MANIFEST).write_text(json.dumps(manifest))
    ask = run("ask", "convoy", "--index", str(built), "--corpus", str(tmp_path / "none"), cwd=tmp_path)
    verify = run("index", "verify", "--index", str(built), cwd=tmp_path)
    assert ask.returncode == verify.returncode == 1
    assert "damaged manifest" in verify.stderr
