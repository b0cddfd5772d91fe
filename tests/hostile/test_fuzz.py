"""Random damage to every index file: a quick round in the suite; the long rounds and the timings of hostile
files are marked ``slow`` and run by hand (``pytest -m slow``)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from index.builder import build_index
from index.errors import SkipFile
from index.limits import FileLimits, document_budget, set_limits
from index.readers.html import read_html_document
from index.readers.pdf import read_pdf_document
from tests.conftest import ARTICLE, TRANSCRIPT, write
from tests.hostile.files import nested_page, shared_stream_pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fuzzed_index(tmp_path) -> Path:
    root = tmp_path / "corpus"
    write(root, "briefings/2017-03-02-briefing.txt", TRANSCRIPT)
    write(root, "news/convoy.md", ARTICLE)
    for number in range(6):
        text = f"Note {number}\n\nThe ferry crossing {number} reopened; convoy {number}.\n"
        write(root, f"news/extra-{number}.md", text)
    build_index(root, tmp_path / "index")
    return tmp_path / "index"


def fuzz(index_dir: Path, trials: int, seed: int, *flags: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tests.hostile.fuzz", str(index_dir), str(trials), str(seed), *flags],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60 + trials,
    )
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr[-2000:])
    outcome = json.loads(result.stdout.splitlines()[-1])
    assert sum(outcome["outcomes"].values()) == trials
    return outcome


def test_a_quick_round_of_random_damage(fuzzed_index):
    fuzz(fuzzed_index, 40, 1)
    fuzz(fuzzed_index, 30, 2, "--consistent")


@pytest.mark.slow
def test_hundreds_of_random_byte_damages_to_every_index_file(fuzzed_index):
    outcome = fuzz(fuzzed_index, 600, 16)
    assert outcome["outcomes"].get("refused", 0) >= 550  # the rest touched the manifest where nothing reads


@pytest.mark.slow
def test_hundreds_of_random_values_with_matching_checksums(fuzzed_index):
    fuzz(fuzzed_index, 400, 61, "--consistent")


@pytest.mark.slow
@pytest.mark.parametrize("tag", ["div", "header", "b", "section"])
def test_a_hundred_thousand_nested_elements_are_skipped_at_once(tag):
    page = nested_page(100_000, tag)
    began = time.perf_counter()
    with pytest.raises(SkipFile, match="nesting budget"), document_budget():
        read_html_document(page, "deep.html")
    assert time.perf_counter() - began < 2


@pytest.mark.slow
def test_reading_a_deep_page_costs_little_beyond_parsing_it():
    set_limits(FileLimits(max_depth=None))
    page = nested_page(20_000)
    began = time.perf_counter()
    LexborHTMLParser(page.decode())
    parsing = time.perf_counter() - began
    began = time.perf_counter()
    read_html_document(page, "deep.html")
    reading = time.perf_counter() - began
    assert reading < 2 * parsing + 0.5, (reading, parsing)


@pytest.mark.slow
@pytest.mark.parametrize(("pages", "lines"), [(10, 140_000), (1000, 2000)])
def test_pdfs_sharing_one_huge_stream_stop_at_the_time_budget(pages, lines):
    set_limits(FileLimits(max_seconds=2))
    data = shared_stream_pdf(pages, lines)
    began = time.perf_counter()
    with pytest.raises(SkipFile, match="budget"), document_budget():
        read_pdf_document(data, "shared.pdf")
    assert time.perf_counter() - began < 8
