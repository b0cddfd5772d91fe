"""Damaging an index on disk as an attacker or a failing disk would: flipped bytes, files swapped for special
files, and damage hidden by checksums written again to match."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np

from index.analyzer import analyze
from index.errors import BriefbotError
from index.search import Searcher
from index.store import MANIFEST, _describe, current_generation, engine_file, load_index

QUESTIONS = (
    "convoy near raqqa",
    "ferry crossing on the euphrates",
    "were there civilians",
    "pentagon",
    "when was the convoy struck?",
)


def answers(index_dir: Path) -> list[list[tuple[Any, ...]]]:
    """The answers to ``QUESTIONS``: source, passage text and score of every hit (raises BriefbotError)."""
    searcher = Searcher(load_index(index_dir))
    return [
        [(hit.source.path, hit.passage.text, hit.score, hit.passage.speaker) for hit in searcher.ask(q, 5).hits]
        for q in QUESTIONS
    ]


def generation_files(index_dir: Path) -> list[Path]:
    """Every file of the current generation, the manifest included, in name order."""
    return sorted(current_generation(index_dir).iterdir())


def flip_byte(path: Path, chooser: random.Random) -> None:
    """Change one byte of ``path`` at a random place to another random value."""
    data = bytearray(path.read_bytes())
    if not data:
        path.write_bytes(bytes([chooser.randrange(256)]))
        return
    place = chooser.randrange(len(data))
    data[place] = (data[place] + chooser.randrange(1, 256)) % 256
    path.write_bytes(bytes(data))


def damaged_answers(index_dir: Path, expected: list[list[tuple[Any, ...]]], rewritten: bool = False) -> str:
    """What a damaged index does: "refused" when it cannot be opened or searched (a BriefbotError), "same" when
    it gives the expected answers; anything else is a silent change and fails, unless the damage was
    ``rewritten`` with matching checksums (then the index says what it says, and "answered" counts it)."""
    try:
        found = answers(index_dir)
    except BriefbotError:
        return "refused"
    if found == expected:
        return "same"
    assert rewritten, "a damaged index changed an answer silently"
    return "answered"


def rewrite_consistently(index_dir: Path, name: str, values: np.ndarray) -> None:
    """Replace an array of the generation and write its checksums into the manifest to match: damage that
    only the checks of the values themselves can catch."""
    folder = current_generation(index_dir)
    path = folder / name
    with open(path, "wb") as handle:
        np.save(handle, values, allow_pickle=False)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["files"][name].update(_describe(path), dtype=values.dtype.str, shape=list(values.shape))
    (folder / MANIFEST).write_text(json.dumps(manifest))


def engine_array(index_dir: Path, name: str) -> np.ndarray:
    """A copy of one of the engine's arrays."""
    return np.load(current_generation(index_dir) / engine_file(name), allow_pickle=False).copy()


def first_posting(index_dir: Path, word: str) -> int:
    """Where the postings of ``word``'s term start in the engine's arrays."""
    engine = load_index(index_dir).engine
    term = engine.term_id(analyze(word)[0])
    assert term >= 0, word
    return int(engine_array(index_dir, "postings_offsets")[term])
