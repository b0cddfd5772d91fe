"""How long ``index update`` takes against a full build, beside a reference checkout of briefbot, in one run.

    python -m bench.update_speed --size 100k --reference /path/to/other/checkout
    python -m bench.update_speed --size 1m                # this checkout only

At one size of the synthetic corpus (``bench.synthetic``), each checkout in a process of its own builds an
index of a copy of the corpus, then times four updates: one new transcript added, nothing changed, one
transcript edited, and that edit undone (each three times, the median reported). It reports the seconds, each
update's share of the full build, the files read, the generation's size and the digest cache's size on disk
(``docs/index-on-disk.md``). It also times ``ask`` (the median and 95th percentile of ``QUESTIONS`` questions)
on the generation of the full build and on the one the first addition wrote (where an update adds a segment,
a generation of two segments). The table goes to standard output and to ``bench/results/update-<size>.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
SIZES = {"10k": 10_000, "50k": 50_000, "100k": 100_000, "200k": 200_000, "1m": 1_000_000}
ROUNDS = 3
"""Each update is timed this many times (files added one after another, edits of their own); the median counts."""
STEPS = ("full build", "one file added", "nothing changed", "one file edited", "edit undone")
QUESTIONS = 300
"""How many synthetic questions ``ask`` answers on each generation timed."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="100k", choices=sorted(SIZES))
    parser.add_argument("--reference", type=Path, help="another briefbot checkout to time beside this one")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="where corpora and indexes go")
    parser.add_argument("--out", type=Path, default=ROOT / "results", help="where the markdown goes")
    parser.add_argument("--child", nargs=2, metavar=("CODE", "WORK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = args.data / args.size
    if args.child:
        print(json.dumps(measure(Path(args.child[0]), data, Path(args.child[1]))))
        return
    sys.path.insert(0, str(ROOT.parent))
    from bench.speed import prepare_corpus

    prepare_corpus(data, SIZES[args.size])
    checkouts = {"this": ROOT.parent, **({"reference": args.reference.resolve()} if args.reference else {})}
    results = {name: child(code, data / f"update-{name}") for name, code in checkouts.items()}
    report = render(args.size, results, checkouts)
    print(report)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"update-{args.size}.md").write_text(report, encoding="utf-8")


def child(code: Path, work: Path) -> dict[str, Any]:
    """Time one checkout in a process of its own (its modules, not this one's)."""
    shutil.rmtree(work, ignore_errors=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(code), str(work)]
    command += ["--size", work.parent.name, "--data", str(work.parent.parent)]
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(command, capture_output=True, text=True, cwd=code, env=env, check=False)
    shutil.rmtree(work, ignore_errors=True)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no message"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(code: Path, data: Path, work: Path) -> dict[str, Any]:
    """Build, then update four times; seconds and files read for each step, sizes on disk at the end."""
    sys.path.insert(0, str(code))
    from bench.synthetic import Vocabulary, questions, transcript
    from index.builder import build_index, update_index
    from index.search import Searcher
    from index.store import load_index

    asked = questions(QUESTIONS)

    def time_asking() -> dict[str, Any]:
        loaded = load_index(index)
        searcher = Searcher(loaded)
        searcher.ask(asked[0], 10)  # lazy set-up is load time, not query time
        latencies = []
        for question in asked:
            began = time.perf_counter()
            searcher.ask(question, 10)
            latencies.append((time.perf_counter() - began) * 1000)
        latencies.sort()
        segments = len(loaded.manifest.get("segments", [None]))
        slowest = latencies[int(0.95 * len(latencies))]
        return {"p50_ms": statistics.median(latencies), "p95_ms": slowest, "segments": segments}

    corpus, index = work / "corpus", work / "index"
    shutil.copytree(data / "corpus", corpus)
    files = sorted(corpus.rglob("*.txt"))
    vocabulary = Vocabulary()
    edited = files[len(files) // 2]
    original = edited.read_text(encoding="utf-8")

    def add(round: int) -> None:
        name, text = transcript(len(files) + round, vocabulary)
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")

    def edit(round: int) -> None:
        edited.write_text(original + f"MR. HALLORAN: One more thing about ferry number {round}.\n", encoding="utf-8")

    def undo(round: int) -> None:
        edited.write_text(original, encoding="utf-8")

    changes = {"one file added": add, "nothing changed": lambda round: None, "one file edited": edit}
    changes["edit undone"] = undo
    steps: dict[str, dict[str, Any]] = {}
    began = time.perf_counter()
    report = build_index(corpus, index)
    steps["full build"] = {"s": time.perf_counter() - began, "read": report.files}
    asking = {"after the full build": time_asking()}
    for step, change in changes.items():
        seconds = []
        for round in range(ROUNDS):
            change(round)
            began = time.perf_counter()
            report = update_index(corpus, index)
            seconds.append(time.perf_counter() - began)
            if step == "one file added" and round == 0:
                asking["after one file added"] = time_asking()
            if step == "edit undone":
                edit(ROUNDS + round)
                update_index(corpus, index)
        steps[step] = {"s": statistics.median(seconds), "read": report.read}
    generation = (index / "CURRENT").read_text().strip()
    cache = [p for p in index.iterdir() if p.is_dir() and not p.name.startswith(("gen-", ".tmp-"))]
    return {
        "steps": steps,
        "asking": asking,
        "files": report.files,
        "passages": report.passages,
        "generation_mb": folder_bytes(index / generation) / 1e6,
        "cache_mb": sum(folder_bytes(folder) for folder in cache) / 1e6,
    }


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def render(size: str, results: dict[str, dict[str, Any]], checkouts: dict[str, Path]) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"# index update at {size} passages",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load:.2f} at the end. Checkouts: "
        + ", ".join(f"{name} = `{path}`" for name, path in checkouts.items())
        + ".",
        "",
        "| checkout | step | seconds | share of the full build | files read |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for name, result in results.items():
        if "error" in result:
            lines.append(f"| {name} | failed: {result['error']} | | | |")
            continue
        full = result["steps"]["full build"]["s"]
        for step in STEPS:
            entry = result["steps"][step]
            lines.append(f"| {name} | {step} | {entry['s']:.2f} | {entry['s'] / full:.1%} | {entry['read']:,} |")
    lines.append("")
    for name, result in results.items():
        if "error" not in result:
            lines.append(
                f"- {name}: {result['files']:,} files, {result['passages']:,} passages; generation "
                f"{result['generation_mb']:,.0f} MB, digest cache {result['cache_mb']:,.0f} MB on disk."
            )
    lines += ["", f"## `ask` on the generation ({QUESTIONS} questions, k = 10)", ""]
    lines += ["| checkout | generation | segments | p50 ms | p95 ms |", "| --- | --- | ---: | ---: | ---: |"]
    for name, result in results.items():
        for when, timing in result.get("asking", {}).items():
            lines.append(
                f"| {name} | {when} | {timing['segments']} | {timing['p50_ms']:.2f} | {timing['p95_ms']:.2f} |"
            )
    if len(results) == 2 and not any("error" in r for r in results.values()):
        this, reference = results["this"]["steps"], results["reference"]["steps"]
        lines += ["", "## Ratios (this ÷ reference; below 1 is faster)", ""]
        lines += [f"- {step}: {this[step]['s'] / reference[step]['s']:.2f}" for step in STEPS]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
