"""What the meaning layer costs: build time, `ask` latency and query memory beside today's briefbot.

    python -m bench.meaning_cost --baseline /path/to/briefbot-of-today            # 200k passages
    python -m bench.meaning_cost --baseline ../main --size 20000 --questions 200   # a quick look
    python -m bench.meaning_cost --baseline ../before-meaning --reference ../main  # this tree beside another

On one deterministic synthetic corpus of briefing transcripts (``bench.synthetic``), three systems each build an
index from the corpus files and then answer the same questions end to end (``Searcher.ask``, five passages, every
passage read as it is shown): *today* is the briefbot source tree given as ``--baseline`` (run with its own
``.venv`` when it has one); *briefbot* is this tree with its meaning layer (the shipped model), *briefbot, meaning
off* this tree with ``BRIEFBOT_EMBEDDING_MODEL=none``. Each build and each query run is a process of its own, so
its peak memory (``VmHWM``) is its own; `ask` is timed by the clock and by the processor time the process spent
(which the load of other work on the machine moves much less). The budget: a build at most 1.5 times today's, `ask`
p50 at most 15 ms, a query process under 1 GB. With ``--reference`` another checkout of briefbot (with its meaning
layer) is measured in the same run, and the table gives this tree's figures as a ratio of its figures, so that a
change's speed-up is read from one run on a shared, noisy machine. The table goes to standard output and to
``bench/results/meaning-<size>.md``.

With ``--builds N`` (3 unless told) each system builds N times from nothing, the systems taking turns (so that a
busy spell of the machine falls on each alike); the table gives the median build of each system, the spread of its
N builds, the ratio of the medians and the processor time of the build (user and system time of the building
process and of its worker processes, which the load of other work moves less than the clock). At 200k passages a
run with ``--reference`` (twelve builds, eight query runs) takes about five minutes on a quiet machine. With
``--rounds N`` each system asks N times, the systems taking turns, and its fastest run is kept; ``--reuse-builds``
keeps the indexes and build figures of an earlier run in the same ``--data`` folder (to time `ask` again after a
change that leaves the build alone). It is run by hand, never by the tests.
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
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.synthetic import questions, write_corpus

ROOT = Path(__file__).resolve().parent.parent
BUILD_RATIO = 1.5
ASK_P50_MS = 15.0
QUERY_MB = 1000.0

_CHILD = r"""
import json, sys, time
import numpy as np
phase, corpus, index, asked = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

def peak_mb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0

from pathlib import Path
if phase == "build":
    import resource
    from index.builder import build_index

    def processor_s():  # this process and its workers (counted once they have ended and been waited for)
        own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime

    began, began_cpu = time.perf_counter(), processor_s()
    report = build_index(Path(corpus), Path(index))
    took, took_cpu = time.perf_counter() - began, processor_s() - began_cpu
    size = sum(p.stat().st_size for p in Path(index).rglob("*") if p.is_file()) / 1e6
    print(json.dumps({"build_s": took, "build_cpu_s": took_cpu, "passages": report.passages, "peak_mb": peak_mb(),
                      "index_mb": size}))
else:
    import index as package
    from index.search import Searcher
    from index.store import load_index
    questions = json.loads(Path(asked).read_text())
    began = time.perf_counter()
    searcher = Searcher(load_index(Path(index)))
    loaded = time.perf_counter() - began

    def ask(question):
        answer = searcher.ask(question, 5)
        for hit in answer.hits:
            hit.passage.text
        return answer

    ask(questions[0])
    latencies, processor = [], []
    for question in questions:
        start, start_cpu = time.perf_counter(), time.process_time()
        ask(question)
        latencies.append((time.perf_counter() - start) * 1000)
        processor.append((time.process_time() - start_cpu) * 1000)
    values, cpu = np.array(latencies), np.array(processor)
    print(json.dumps({"load_ms": loaded * 1000, "p50_ms": float(np.percentile(values, 50)),
                      "p95_ms": float(np.percentile(values, 95)), "cpu_p50_ms": float(np.percentile(cpu, 50)),
                      "cpu_p95_ms": float(np.percentile(cpu, 95)), "peak_mb": peak_mb(),
                      "questions": len(latencies), "code": package.__file__}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="source tree of today's briefbot")
    parser.add_argument("--reference", type=Path, help="another briefbot checkout to measure beside this tree")
    parser.add_argument("--rounds", type=int, default=1, help="query runs per system, taking turns; the fastest kept")
    parser.add_argument("--builds", type=int, default=3, help="builds per system, taking turns; the median kept")
    parser.add_argument(
        "--reuse-builds", action="store_true", help="keep the indexes (and build figures) of an earlier run"
    )
    parser.add_argument("--size", type=int, default=200_000, help="passages in the synthetic corpus")
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "meaning", help="scratch folder")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    if args.builds < 1 or args.rounds < 1:
        parser.error("--builds and --rounds take 1 or more")
    data = args.data / str(args.size)
    corpus = data / "corpus"
    marker = data / "corpus.json"
    if not marker.exists() or json.loads(marker.read_text()) != {"passages": args.size}:
        shutil.rmtree(data, ignore_errors=True)
        log(f"writing a synthetic corpus of about {args.size:,} passages")
        write_corpus(corpus, args.size)
        marker.write_text(json.dumps({"passages": args.size}))
    asked = data / "questions.json"
    asked.write_text(json.dumps(questions(args.questions)))
    baseline = args.baseline.resolve()
    systems = {
        "today": (baseline, own_python(baseline), {}),
        "briefbot": (ROOT, Path(sys.executable), {"BRIEFBOT_EMBEDDING_MODEL": "wordllama"}),
        "briefbot, meaning off": (ROOT, Path(sys.executable), {"BRIEFBOT_EMBEDDING_MODEL": "none"}),
    }
    if args.reference:
        reference = args.reference.resolve()
        systems["reference"] = (reference, own_python(reference), {"BRIEFBOT_EMBEDDING_MODEL": "wordllama"})
    results: dict[str, dict[str, Any]] = {}
    folders = {name: data / f"index-{name.replace(' ', '').replace(',', '-')}" for name in systems}
    for name in systems:
        index, figures = folders[name], folders[name].with_suffix(".build.json")
        if args.reuse_builds and figures.exists() and index.exists():
            results[name] = json.loads(figures.read_text())
            log(f"{name}: the builds of an earlier run, median {results[name]['build_s']:.1f} s")
    builds: dict[str, list[dict[str, Any]]] = {name: [] for name in systems if name not in results}
    for build_number in range(args.builds):  # the systems take turns, so a busy spell falls on each alike
        for name in builds:
            tree, python, env = systems[name]
            shutil.rmtree(folders[name], ignore_errors=True)  # from nothing: no digest cache of the last build
            log(f"{name}: build {build_number + 1} of {args.builds}")
            builds[name].append(child(python, tree, env, "build", corpus, folders[name], asked))
            log(f"{name}: {builds[name][-1]['build_s']:.1f} s, processor {builds[name][-1]['build_cpu_s']:.1f} s")
    for name, runs in builds.items():
        results[name] = build_figures(runs)
        folders[name].with_suffix(".build.json").write_text(json.dumps(results[name]))
    results = {name: results[name] for name in systems}
    for round_number in range(args.rounds):  # the systems take turns, so a busy spell falls on each alike
        for name, (tree, python, env) in systems.items():
            log(f"{name}: asking {args.questions} questions (round {round_number + 1} of {args.rounds})")
            asked_run = {f"q_{key}": value for key, value in child(python, tree, env, "query", corpus, folders[name],
                                                                     asked).items()}
            kept = results[name]
            if "q_p50_ms" not in kept or asked_run["q_p50_ms"] < kept["q_p50_ms"]:
                kept.update(asked_run, q_peak_mb=max(asked_run["q_peak_mb"], kept.get("q_peak_mb", 0.0)))
    report = table(results, args.size, args.rounds, args.reuse_builds)
    print(report)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"meaning-{args.size // 1000}k.md").write_text(report + "\n")


def own_python(tree: Path) -> Path:
    """The checkout's own ``.venv`` Python when it has one, else this one."""
    python = tree / ".venv" / "bin" / "python"
    return python if python.exists() else Path(sys.executable)


def child(python: Path, tree: Path, env: dict[str, str], phase: str, corpus: Path, index: Path, asked: Path) -> dict:
    variables = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFBOT_")}
    variables.update(env)
    variables["PYTHONPATH"] = str(tree)
    done = subprocess.run(
        [str(python), "-c", _CHILD, phase, str(corpus), str(index), str(asked)],
        cwd=tree,
        env=variables,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{phase} failed in {tree}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def build_figures(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One system's figures from its builds: the median build time (by the clock and by the processor), each
    build's times, and the figures that do not move from build to build (passages, index size) from the last;
    the peak memory is the highest of the builds."""
    last = dict(runs[-1])
    times = [run["build_s"] for run in runs]
    processor = [run["build_cpu_s"] for run in runs if "build_cpu_s" in run]
    last.update(
        build_s=statistics.median(times),
        builds_s=times,
        peak_mb=max(run["peak_mb"] for run in runs),
    )
    if processor:
        last.update(build_cpu_s=statistics.median(processor), builds_cpu_s=processor)
    return last


def spread(row: dict[str, Any], key: str = "builds_s") -> str:
    """The lowest and highest of a system's builds, as ``13.1–15.0`` (one build: its time alone)."""
    times = row.get(key) or [row[key.replace("builds", "build")]]
    low, high = min(times), max(times)
    return f"{low:.1f}" if len(times) == 1 else f"{low:.1f}–{high:.1f}"


def ratio(row: dict[str, Any], base: dict[str, Any], key: str) -> float:
    """``row``'s figure ``key`` over ``base``'s (nan when either lacks it)."""
    if key not in row or key not in base or not base[key]:
        return float("nan")
    return float(row[key]) / float(base[key])


def table(results: dict[str, dict[str, Any]], size: int, rounds: int = 1, reused: bool = False) -> str:
    today = results["today"]
    made = "/".join(str(count) for count in sorted({len(row.get("builds_s", [0])) for row in results.values()}))
    lines = [
        f"# The meaning layer's cost at {size:,} passages ({datetime.now(UTC):%Y-%m-%d}, {platform.machine()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})",
        "",
        f"Builds: the median of {made} build(s) per system from nothing, the systems taking turns; the spread is the "
        "fastest and the slowest of them; processor time is the user and system time of the building process and "
        "its workers; × today is the ratio of the medians"
        + (" (figures of the run that built the indexes)" if reused else "")
        + f". `ask`: the fastest of {rounds} query run(s) per system, the systems taking turns.",
        "",
        "| system | passages | build s | spread s | × today | build processor s | × today | build peak MB "
        "| index MB | load ms | ask p50 ms | ask p95 ms | ask processor p50 ms | p95 ms | query peak MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in results.items():
        lines.append(
            f"| {name} | {row['passages']:,} | {row['build_s']:.1f} | {spread(row)} "
            f"| {ratio(row, today, 'build_s'):.2f} | {row.get('build_cpu_s', float('nan')):.1f} "
            f"| {ratio(row, today, 'build_cpu_s'):.2f} | {row['peak_mb']:,.0f} | {row['index_mb']:,.0f} "
            f"| {row['q_load_ms']:.0f} | {row['q_p50_ms']:.2f} | {row['q_p95_ms']:.2f} "
            f"| {row.get('q_cpu_p50_ms', float('nan')):.2f} "
            f"| {row.get('q_cpu_p95_ms', float('nan')):.2f} | {row['q_peak_mb']:,.0f} |"
        )
    ours = results["briefbot"]
    checks = [
        (f"build at most {BUILD_RATIO}× today's", ours["build_s"] <= BUILD_RATIO * today["build_s"]),
        (f"`ask` p50 at most {ASK_P50_MS:.0f} ms", ours["q_p50_ms"] <= ASK_P50_MS),
        (f"query process under {QUERY_MB:,.0f} MB", ours["q_peak_mb"] < QUERY_MB),
    ]
    lines += ["", *(f"- {label}: {'met' if ok else 'MISSED'}" for label, ok in checks)]
    if "reference" in results:
        ref = results["reference"]
        lines += ["", "This tree's briefbot ÷ the reference's (below 1 is faster or smaller):", ""]
        for label, key in (("build", "build_s"), ("build processor time", "build_cpu_s"),
                           ("build peak memory", "peak_mb"), ("index size", "index_mb"),
                           ("load", "q_load_ms"), ("ask p50", "q_p50_ms"), ("ask p95", "q_p95_ms"),
                           ("ask processor time p50", "q_cpu_p50_ms"), ("ask processor time p95", "q_cpu_p95_ms"),
                           ("query peak memory", "q_peak_mb")):
            if key in ours and key in ref:
                lines.append(f"- {label}: {ours[key] / ref[key]:.2f}")
    return "\n".join(lines)


def log(message: str) -> None:
    print(f"[meaning_cost] {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
