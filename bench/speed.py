"""Speed and memory of briefbot beside rank-bm25 (the reference) and bm25s and tantivy (the fast peers).

    python -m bench.speed                  # 10k, 100k and 1M passages (the 1M run takes a while)
    python -m bench.speed --sizes 10k,100k

For each size, on one deterministic synthetic corpus of briefing transcripts, and on the same terms for every
system (briefbot's analyzer splits the passages once; the peers index those terms), it measures build time,
peak memory, index size on disk, load time and query latency (p50 / p95 over 500 questions of 2-6 words).
Each build and each query run is a child process of its own, so each system's peak memory is its own.
A system is skipped at a size where the previous size predicts it would take over the time budget (10
minutes by default), and the report says so. At 100k and 1M passages it also times ``index update`` after one
new transcript against a full build. The table, ratios and targets go to standard output and to
``bench/results/<size>.md``. Needs the bench extras: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.synthetic import questions, write_corpus

ROOT = Path(__file__).resolve().parent
SIZES = {"10k": 10_000, "100k": 100_000, "200k": 200_000, "1m": 1_000_000}
QUESTIONS = 500
LABELS = {
    "briefbot-full": "briefbot: corpus files → index, `ask` end to end",
    "briefbot-engine": "briefbot engine (same terms)",
    "briefbot-text": "briefbot: passage texts, its analyzer on every core",
    "tantivy": "tantivy (same terms)",
    "tantivy-text": "tantivy: passage texts, its own tokenizer",
    "bm25s": "bm25s (same terms)",
    "rank-bm25": "rank-bm25 BM25Okapi (same terms)",
}


@dataclass
class Run:
    """What was measured at one size."""

    label: str
    passages: int
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated: 10k, 100k, 200k, 1m")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="where corpora and indexes go")
    parser.add_argument("--out", type=Path, default=ROOT / "results", help="where the markdown goes")
    parser.add_argument("--budget", type=float, default=600.0, help="seconds a system may take per phase")
    parser.add_argument("--only", default="", help="comma-separated systems to run (default: all)")
    parser.add_argument("--update-at", default="100k,1m", help="comma-separated sizes at which to time `index update`")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    previous: Run | None = None
    for label in args.sizes.split(","):
        update = label in args.update_at.split(",")
        run = measure_size(label, args.data / label, args.budget, only, previous, update)
        report = render(run, args.budget)
        print(report, flush=True)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{label}.md").write_text(report, encoding="utf-8")
        previous = run


def measure_size(label: str, data: Path, budget: float, only: set[str], previous: Run | None, update: bool) -> Run:
    size = SIZES[label]
    run = Run(label, size)
    prepare_corpus(data, size)
    systems = [s for s in LABELS if not only or s in only]
    for system in systems:
        skip = predicted_skip(system, previous, size, budget)
        if skip:
            run.notes.append(f"{LABELS[system]}: skipped, {skip}")
            continue
        log(f"{label}: {system}")
        run.results[system] = measure_system(system, data, budget)
    if update and "briefbot-full" in run.results:
        log(f"{label}: index update after one new transcript")
        run.results["briefbot-update"] = child("briefbot-update", "build", data, data / "update-work", budget)
        shutil.rmtree(data / "update-work", ignore_errors=True)
    return run


def prepare_corpus(data: Path, size: int) -> None:
    marker = data / "corpus.json"
    wanted = {"passages": size, "generator": 1}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return
    shutil.rmtree(data, ignore_errors=True)
    log(f"writing a synthetic corpus of about {size:,} passages to {data / 'corpus'}")
    write_corpus(data / "corpus", size)
    marker.write_text(json.dumps(wanted))


def prepare_terms(data: Path) -> None:
    """The indexed passages' terms (one row a line) and texts, from briefbot's index, and the questions."""
    from index.analyzer import analyze, query_terms
    from index.store import load_index

    index = load_index(data / "briefbot-full")
    with open(data / "tokens.txt", "w", encoding="utf-8") as tokens, open(data / "texts.jsonl", "w") as texts:
        for row in index.rows:
            text = index.passages[row].text
            tokens.write(" ".join(analyze(text)) + "\n")
            texts.write(json.dumps(text) + "\n")
    asked = [{"question": q, "terms": query_terms(q)} for q in questions(QUESTIONS)]
    (data / "questions.json").write_text(json.dumps(asked))


def measure_system(system: str, data: Path, budget: float) -> dict[str, Any]:
    work = data / system
    shutil.rmtree(work, ignore_errors=True)
    if system == "rank-bm25":
        both = child(system, "both", data, work, budget)
        return {**both, "build_peak_mb": both.get("peak_mb")}
    built = child(system, "build", data, work, budget)
    if system == "briefbot-full" and "error" not in built:
        prepare_terms(data)
    if "error" in built or system in ("tantivy-text", "briefbot-text"):
        return {**built, "build_peak_mb": built.get("peak_mb")}
    queried = child(system, "query", data, work, budget)
    if system != "briefbot-full":
        shutil.rmtree(work, ignore_errors=True)
    return {**built, "build_peak_mb": built.get("peak_mb"), **queried}


def child(system: str, phase: str, data: Path, work: Path, budget: float) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.measure", system, phase, str(data), str(work), str(budget)]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=budget * 2 + 120, cwd=ROOT.parent, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish within {(budget * 2 + 120) / 60:.0f} min"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return {"error": f"{phase} failed: {last}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def predicted_skip(system: str, previous: Run | None, size: int, budget: float) -> str | None:
    """Why ``system`` should be skipped at ``size``, judging by the previous (smaller) size, or None."""
    if previous is None or system not in previous.results:
        if previous is not None and any(note.startswith(LABELS[system]) for note in previous.notes):
            return "skipped at the smaller size too"
        return None
    before = previous.results[system]
    scale = size / previous.passages
    build = before.get("build_s", 0) * scale
    if build > budget:
        return f"its build would take about {build / 60:.0f} min (over {budget / 60:.0f} min)"
    return None


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def render(run: Run, budget: float) -> str:
    r = run.results
    lines = [
        f"# Speed at {run.label} passages ({run.passages:,} asked for)",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.2f} at the end; {QUESTIONS} questions of 2-6 words, top 10.",
        "",
        "| system | build s | build peak MB | index MB | load ms | query p50 ms | query p95 ms | query peak MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for system, label in LABELS.items():
        if system not in r:
            continue
        m = r[system]
        if "error" in m:
            lines.append(f"| {label} | {m['error']} | | | | | | |")
            continue
        p50, p95 = _num(m.get("p50_ms"), 3), _num(m.get("p95_ms"), 3)
        if "p50_ms_no_count" in m:
            p50 += f" ({_num(m['p50_ms_no_count'], 3)} without count)"
            p95 += f" ({_num(m['p95_ms_no_count'], 3)})"
        load = _num(m["load_s"] * 1000, 1) if "load_s" in m else "—"
        query_peak = _num(m.get("peak_mb"), 0) if "p50_ms" in m else "—"
        lines.append(
            f"| {label} | {_num(m.get('build_s'), 1)} | {_num(m.get('build_peak_mb'), 0)} | "
            f"{_num(m.get('size_mb'), 0)} | {load} | {p50} | {p95} | {query_peak} |"
        )
    lines += ["", "Build peaks of the same-terms rows include the input term lists held in memory.", ""]
    for system, m in r.items():
        if m.get("queries", QUESTIONS) < QUESTIONS:
            lines.append(
                f"- {LABELS.get(system, system)}: timed on the first {m['queries']} questions only "
                f"(the {budget / 60:.0f}-minute budget ran out)."
            )
    lines += [f"- {note}" for note in run.notes]
    if "briefbot-update" in r:
        u = r["briefbot-update"]
        if "error" in u:
            lines.append(f"- `index update` after one new transcript: {u['error']}")
        else:
            lines.append(
                f"- `index update` after one new transcript ({u['files']} files, {u['read']} read): "
                f"{u['update_s']:.2f} s against {u['full_s']:.1f} s for a full build of the same corpus in the same "
                f"process ({u['update_s'] / u['full_s']:.1%})."
            )
    lines += ["", "## Ratios (briefbot ÷ peer; below 1 is better for briefbot)", ""]
    lines += _ratios(r)
    lines += ["", f"## Targets (set for a million passages) at {run.label}", ""]
    lines += _targets(r)
    return "\n".join(lines) + "\n"


def _ratios(r: dict[str, dict[str, Any]]) -> list[str]:
    rows = [
        "| briefbot | peer | build | query p50 | query p95 | query peak memory | index size |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for mine in ("briefbot-engine", "briefbot-full"):
        if mine not in r or "error" in r[mine]:
            continue
        for peer in ("tantivy", "bm25s", "rank-bm25"):
            if peer not in r or "error" in r[peer]:
                continue
            a, b = r[mine], r[peer]
            rows.append(
                f"| {LABELS[mine]} | {LABELS[peer]} | {_ratio(a, b, 'build_s')} | {_ratio(a, b, 'p50_ms')} | "
                f"{_ratio(a, b, 'p95_ms')} | {_ratio(a, b, 'peak_mb')} | {_ratio(a, b, 'size_mb')} |"
            )
    for mine in ("briefbot-text", "briefbot-full"):
        if mine in r and "tantivy-text" in r and "error" not in r["tantivy-text"] and "error" not in r[mine]:
            rows.append(
                f"| {LABELS[mine]} | {LABELS['tantivy-text']} | "
                f"{_ratio(r[mine], r['tantivy-text'], 'build_s')} | | | | "
                f"{_ratio(r[mine], r['tantivy-text'], 'size_mb')} |"
            )
    return rows


def _targets(r: dict[str, dict[str, Any]]) -> list[str]:
    engine, full, tantivy = r.get("briefbot-engine", {}), r.get("briefbot-full", {}), r.get("tantivy", {})
    text, mine = r.get("tantivy-text", {}), r.get("briefbot-text", {})
    checks = []
    if "p50_ms" in engine and "p50_ms" in tantivy:
        checks.append(("query p50 within 2x tantivy's", engine["p50_ms"], 2 * tantivy["p50_ms"], "ms"))
        checks.append(("query p95 no worse than tantivy's", engine["p95_ms"], tantivy["p95_ms"], "ms"))
        if "p50_ms_no_count" in tantivy:
            checks.append(
                (
                    "query p50 within 2x tantivy's without its count",
                    engine["p50_ms"],
                    2 * tantivy["p50_ms_no_count"],
                    "ms",
                )
            )
            checks.append(
                (
                    "query p95 no worse than tantivy's without its count",
                    engine["p95_ms"],
                    tantivy["p95_ms_no_count"],
                    "ms",
                )
            )
    if "peak_mb" in full and "p50_ms" in full:
        checks.append(("peak memory of a query process (`ask`) under 1 GB", full["peak_mb"], 1000, "MB"))
    if "load_s" in full:
        checks.append(("opening the index under 1 s", full["load_s"] * 1000, 1000, "ms"))
    if "build_s" in mine and "build_s" in text:
        checks.append(("tokenise-and-index no slower than 1.5x tantivy's", mine["build_s"], 1.5 * text["build_s"], "s"))
    if "build_s" in full and "build_s" in text:
        checks.append(
            (
                "whole build (read files, split, analyse, index, store passages) within 1.5x tantivy's "
                "tokenise-and-index",
                full["build_s"],
                1.5 * text["build_s"],
                "s",
            )
        )
    if "build_s" in engine and "build_s" in tantivy:
        checks.append(
            ("same terms: index no slower than 1.5x tantivy's", engine["build_s"], 1.5 * tantivy["build_s"], "s")
        )
    return [
        f"- {'met' if value <= limit else 'MISSED'}: {name} ({value:,.3g} {unit}, limit {limit:,.3g} {unit})"
        for name, value, limit, unit in checks
    ]


def _num(value: float | None, digits: int) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def _ratio(a: dict[str, Any], b: dict[str, Any], key: str) -> str:
    if key not in a or key not in b or not b[key]:
        return "—"
    return f"{a[key] / b[key]:.2f}"


if __name__ == "__main__":
    main()
