"""The update benchmark's own run, on a tiny corpus: every step times what it says, and the report shows it."""

from pathlib import Path

import pytest

from bench.synthetic import TURNS_PER_TRANSCRIPT, write_corpus
from bench.update_speed import STEPS, measure, render

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # a whole benchmark run, beside its reference: by hand with `pytest -m slow`
def test_a_tiny_run_reads_only_what_each_step_changed_and_reports_the_cache(tmp_path):
    write_corpus(tmp_path / "data" / "corpus", 3 * TURNS_PER_TRANSCRIPT)
    result = measure(ROOT, tmp_path / "data", tmp_path / "work")
    reads = {step: result["steps"][step]["read"] for step in STEPS}
    assert reads == {
        "full build": 3,
        "one file added": 1,
        "nothing changed": 0,
        "one file edited": 1,
        "edit undone": 0,
    }
    assert result["files"] == 6 and result["cache_mb"] > 0 and result["generation_mb"] > 0
    report = render("10k", {"this": result, "reference": result}, {"this": ROOT, "reference": ROOT})
    assert "| this | one file added |" in report and "- edit undone: 1.00" in report
