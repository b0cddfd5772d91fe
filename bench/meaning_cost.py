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
``bench/results/meaning-<size>.md``. With ``--rounds N`` each system asks N times, the systems taking turns, and
its fastest run is kept; ``--reuse-builds`` keeps the indexes and build figures of an earlier run in the same
``--data`` folder (to time `ask` again after a change that leaves the build alone). It is run by hand, never by the
tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
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
    from index.builder import build_index
    began = time.perf_counter()
    report = build_index(Path(corpus), Path(index))
    size = sum(p.stat().st_size for p in Path(index).rglob("*") if p.is_file()) / 1e6
    print(json.dumps({"build_s": time.perf_counter() - began, "passages": report.passages, "peak_mb": peak_mb(),
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
    parser.add_argument(
        "--reuse-builds", action="store_true", help="keep the indexes (and build figures) of an earlier run"
    )
    parser.add_argument("--size", type=int, default=200_000, help="passages in the synthetic corpus")
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "meaning", help="scratch folder")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
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
    for name, (tree, python, env) in systems.items():
        index, figures = folders[name], folders[name].with_suffix(".build.json")
        if args.reuse_builds and figures.exists() and index.exists():
            results[name] = json.loads(figures.read_text())
            log(f"{name}: the build of an earlier run, {results[name]['build_s']:.1f} s")
            continue
        shutil.rmtree(index, ignore_errors=True)
        log(f"{name}: build")
        results[name] = child(python, tree, env, "build", corpus, index, asked)
        figures.write_text(json.dumps(results[name]))
        log(f"{name}: {results[name]['build_s']:.1f} s")
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


def table(results: dict[str, dict[str, Any]], size: int, rounds: int = 1, reused: bool = False) -> str:
    today = results["today"]
    lines = [
        f"# The meaning layer's cost at {size:,} passages ({datetime.now(UTC):%Y-%m-%d}, {platform.machine()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})",
        "",
        f"`ask`: the fastest of {rounds} query run(s) per system, the systems taking turns"
        + ("; builds: figures of the run that built the indexes." if reused else "."),
        "",
        "| system | passages | build s | × today | build peak MB | index MB | load ms | ask p50 ms | ask p95 ms "
        "| ask processor p50 ms | p95 ms | query peak MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in results.items():
        lines.append(
            f"| {name} | {row['passages']:,} | {row['build_s']:.1f} | {row['build_s'] / today['build_s']:.2f} "
            f"| {row['peak_mb']:,.0f} | {row['index_mb']:,.0f} | {row['q_load_ms']:.0f} | {row['q_p50_ms']:.2f} "
            f"| {row['q_p95_ms']:.2f} | {row.get('q_cpu_p50_ms', float('nan')):.2f} "
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
        for label, key in (("build", "build_s"), ("build peak memory", "peak_mb"), ("index size", "index_mb"),
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
