"""The benchmark's own parts: a deterministic corpus, and a small run that produces its report."""

import subprocess
import sys
from pathlib import Path

import pytest

from bench.synthetic import TURNS_PER_TRANSCRIPT, Vocabulary, questions, transcript, write_corpus
from index.builder import build_index
from index.store import load_index

ROOT = Path(__file__).resolve().parents[2]


def test_the_synthetic_corpus_is_the_same_every_time_and_reads_as_transcripts(tmp_path):
    vocabulary = Vocabulary()
    assert transcript(3, vocabulary) == transcript(3, Vocabulary())
    assert transcript(3, vocabulary) != transcript(4, vocabulary)
    assert questions(5) == questions(5) and len(questions(500)) == 500
    files = write_corpus(tmp_path / "corpus", 2 * TURNS_PER_TRANSCRIPT)
    report = build_index(tmp_path / "corpus", tmp_path / "index")
    assert files == report.files == 2 and report.skipped == ()
    index = load_index(tmp_path / "index")
    assert report.passages == 2 * TURNS_PER_TRANSCRIPT
    assert {index.passages[i].speaker for i in range(4)} >= {"QUESTION"}


@pytest.mark.slow  # a whole benchmark run, beside its reference: by hand with `pytest -m slow`
def test_a_small_run_writes_a_report_with_the_reference_beside_briefbot(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.speed",
            "--sizes",
            "10k",
            "--only",
            "briefbot-full,briefbot-engine,rank-bm25",
            "--update-at",
            "",
            "--data",
            str(tmp_path / "data"),
            "--out",
            str(tmp_path / "results"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = (tmp_path / "results" / "10k.md").read_text()
    for row in ("briefbot engine (same terms)", "rank-bm25 BM25Okapi (same terms)", "## Targets"):
        assert row in report
    assert "failed" not in report
