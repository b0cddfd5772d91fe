"""The meaning-cost benchmark's arithmetic: several builds of a system become its median and spread, and the
table gives the ratio of the medians (no build is timed here)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from bench.meaning_cost import build_figures, ratio, spread, table


def _build(seconds: float, processor: float, peak: float = 500.0) -> dict[str, Any]:
    return {"build_s": seconds, "build_cpu_s": processor, "passages": 1_000, "peak_mb": peak, "index_mb": 12.0}


def _asked(row: dict[str, Any]) -> dict[str, Any]:
    return row | {"q_load_ms": 20.0, "q_p50_ms": 5.0, "q_p95_ms": 8.0, "q_cpu_p50_ms": 5.0, "q_cpu_p95_ms": 7.9,
                  "q_peak_mb": 140.0}


def test_three_builds_give_their_median_their_spread_and_the_highest_peak() -> None:
    figures = build_figures([_build(30.0, 50.0, 590), _build(18.0, 44.0, 600), _build(24.0, 47.0, 580)])
    assert figures["build_s"] == 24.0 and figures["builds_s"] == [30.0, 18.0, 24.0]
    assert figures["build_cpu_s"] == 47.0 and figures["builds_cpu_s"] == [50.0, 44.0, 47.0]
    assert figures["peak_mb"] == 600 and figures["passages"] == 1_000
    assert spread(figures) == "18.0–30.0" and spread(figures, "builds_cpu_s") == "44.0–50.0"


def test_an_even_number_of_builds_gives_the_mean_of_the_middle_two() -> None:
    assert build_figures([_build(10.0, 20.0), _build(14.0, 21.0), _build(11.0, 30.0), _build(40.0, 22.0)])[
        "build_s"
    ] == pytest.approx(12.5)


def test_one_build_is_its_own_median_and_its_spread_is_its_time() -> None:
    figures = build_figures([_build(13.8, 20.1)])
    assert figures["build_s"] == 13.8 and figures["build_cpu_s"] == 20.1 and spread(figures) == "13.8"


def test_figures_of_an_earlier_run_without_processor_time_still_make_a_row() -> None:
    old = {"build_s": 21.5, "passages": 1_000, "peak_mb": 592.0, "index_mb": 343.0}
    figures = build_figures([old])
    assert "build_cpu_s" not in figures and spread(old) == "21.5"
    assert math.isnan(ratio(figures, build_figures([_build(13.8, 20.0)]), "build_cpu_s"))


def test_the_ratio_is_of_the_medians_not_of_any_one_build() -> None:
    today = build_figures([_build(14.0, 20.0), _build(12.0, 18.0), _build(20.0, 19.0)])
    ours = build_figures([_build(19.5, 40.0), _build(30.0, 36.0), _build(21.0, 38.0)])
    assert ratio(ours, today, "build_s") == pytest.approx(21.0 / 14.0)
    assert ratio(ours, today, "build_cpu_s") == pytest.approx(38.0 / 19.0)


def test_the_table_shows_medians_spreads_ratios_and_the_budget_on_the_medians() -> None:
    today = _asked(build_figures([_build(14.0, 20.0), _build(12.0, 18.0), _build(20.0, 19.0)]))
    ours = _asked(build_figures([_build(19.5, 40.0), _build(30.0, 36.0), _build(21.0, 38.0)]))
    off = _asked(build_figures([_build(19.0, 35.0), _build(18.0, 34.0), _build(40.0, 33.0)]))
    text = table({"today": today, "briefbot": ours, "briefbot, meaning off": off}, 200_000, rounds=2)
    rows = {line.split(" | ")[0][2:]: line.split(" | ") for line in text.splitlines() if line.startswith("| ")}
    assert rows["briefbot"][1:7] == ["1,000", "21.0", "19.5–30.0", "1.50", "38.0", "2.00"]
    assert rows["today"][2:5] == ["14.0", "12.0–20.0", "1.00"]
    assert rows["briefbot, meaning off"][2:5] == ["19.0", "18.0–40.0", "1.36"]
    assert "the median of 3 build(s) per system" in text
    assert "- build at most 1.5× today's: met" in text  # 21.0 against 1.5 × 14.0, though one build took 30.0


def test_the_budget_is_missed_when_the_median_is_over_it() -> None:
    today = _asked(build_figures([_build(14.0, 20.0), _build(14.0, 20.0), _build(14.0, 20.0)]))
    ours = _asked(build_figures([_build(19.0, 40.0), _build(21.5, 40.0), _build(22.0, 40.0)]))
    reference = _asked(build_figures([_build(43.0, 80.0), _build(43.0, 80.0), _build(43.0, 80.0)]))
    text = table({"today": today, "briefbot": ours, "reference": reference}, 200_000)
    assert "- build at most 1.5× today's: MISSED" in text
    assert "- build: 0.50" in text and "- build processor time: 0.50" in text
