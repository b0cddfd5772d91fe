"""One measurement in its own process, so that each system's peak memory is its own.

    python -m bench.measure SYSTEM PHASE DATA_DIR WORK_DIR [BUDGET_SECONDS]

SYSTEM is one of ``SYSTEMS``; PHASE is ``build`` (build from the data, save to WORK_DIR where the system can
save) or ``query`` (open what ``build`` saved and answer the questions). Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

Query = dict[str, float]


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB.

    Read from the kernel's high-water mark of this process's own memory (``VmHWM``): ``ru_maxrss`` would
    also count the parent's memory at the moment it started this process.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(folder: Path) -> float:
    """The size of the files under ``folder``, in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def read_tokens(data: Path) -> list[list[str]]:
    """The rows' terms, one row a line, shared strings interned so the lists cost little beyond pointers."""
    terms: dict[str, str] = {}
    rows = []
    with open(data / "tokens.txt", encoding="utf-8") as handle:
        for line in handle:
            rows.append([terms.setdefault(t, t) for t in line.split()])
    return rows


def read_questions(data: Path) -> tuple[list[str], list[Query]]:
    asked = json.loads((data / "questions.json").read_text())
    return [q["question"] for q in asked], [q["terms"] for q in asked]


def repeated(query: Query) -> list[str]:
    """A weighted query as a list of terms, each repeated as often as its weight."""
    return [term for term, weight in query.items() for _ in range(round(weight))]


def time_queries(run: Callable[[Any], Any], queries: list[Any], budget: float) -> dict[str, Any]:
    """Latency of each query in ms (p50, p95), stopping early when the time budget is spent."""
    run(queries[0])  # first call outside the timing: lazy set-up is load time, not query time
    latencies = []
    began = time.monotonic()
    for query in queries:
        start = time.perf_counter()
        run(query)
        latencies.append((time.perf_counter() - start) * 1000)
        if time.monotonic() - began > budget:
            break
    values = np.array(latencies)
    return {
        "p50_ms": float(np.percentile(values, 50)),
        "p95_ms": float(np.percentile(values, 95)),
        "queries": len(latencies),
    }


def save_engine(arrays: dict[str, Any], work: Path) -> None:
    """Save a briefbot engine's arrays as .npy files (the engine's part of an index, without passages)."""
    work.mkdir(parents=True, exist_ok=True)
    for name, values in arrays.items():
        np.save(work / f"{name}.npy", values, allow_pickle=False)


# --- briefbot --------------------------------------------------------------------------------------------


def briefbot_engine_build(data: Path, work: Path) -> dict[str, Any]:
    from index.engine import Bm25Engine

    rows = read_tokens(data)
    began = time.perf_counter()
    save_engine(Bm25Engine(rows).arrays(), work)
    return {"build_s": time.perf_counter() - began, "size_mb": folder_mb(work)}


def briefbot_engine_query(data: Path, work: Path, budget: float) -> dict[str, Any]:
    from index.engine import ARRAY_NAMES, Bm25Engine, Bm25Params, native_engine

    _, queries = read_questions(data)
    began = time.perf_counter()
    arrays = {name: np.load(work / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAY_NAMES}
    engine = Bm25Engine.from_arrays(arrays, Bm25Params())
    loaded = time.perf_counter() - began
    timings = time_queries(lambda q: engine.search(q, 10), queries, budget)
    return {"load_s": loaded, "native": native_engine(), **timings}


def briefbot_full_build(data: Path, work: Path) -> dict[str, Any]:
    from index.builder import build_index

    began = time.perf_counter()
    report = build_index(data / "corpus", work)
    return {"build_s": time.perf_counter() - began, "size_mb": folder_mb(report.folder), "passages": report.passages}


def _count_chunk(texts: list[str]) -> tuple[list[str], Any, Any, Any, Any]:
    from index.analyzer import analyze
    from index.engine import TermIds, count_term_lists

    ids = TermIds()
    counted = count_term_lists(map(analyze, texts), ids)
    return (list(ids), *counted)


def briefbot_text_build(data: Path, work: Path) -> dict[str, Any]:
    """Tokenise and index the passage texts on every core, as tantivy does with its own tokenizer."""
    import multiprocessing

    from index.engine import Bm25Params, TermCounts, build_arrays

    with open(data / "texts.jsonl", encoding="utf-8") as handle:
        texts = [json.loads(line) for line in handle]
    began = time.perf_counter()
    chunks = [texts[i : i + 2000] for i in range(0, len(texts), 2000)]
    vocabulary: dict[str, int] = {}
    terms, counts, sizes, lengths = [], [], [], []
    with multiprocessing.get_context("forkserver").Pool(os.cpu_count()) as pool:
        for names, chunk_terms, chunk_counts, chunk_sizes, chunk_lengths in pool.imap(_count_chunk, chunks):
            mapping = np.array([vocabulary.setdefault(n, len(vocabulary)) for n in names], dtype=np.int64)
            terms.append(mapping[chunk_terms])
            counts.append(chunk_counts)
            sizes.append(chunk_sizes)
            lengths.append(chunk_lengths)
    row_sizes = np.concatenate(sizes)
    bags = TermCounts(
        vocabulary=list(vocabulary),
        rows=np.repeat(np.arange(len(row_sizes)), row_sizes),
        terms=np.concatenate(terms),
        counts=np.concatenate(counts),
        lengths=np.concatenate(lengths),
    )
    save_engine(build_arrays(bags, Bm25Params()), work)
    return {"build_s": time.perf_counter() - began, "size_mb": folder_mb(work)}


def briefbot_full_query(data: Path, work: Path, budget: float) -> dict[str, Any]:
    from index.search import Searcher
    from index.store import load_index

    questions, _ = read_questions(data)
    began = time.perf_counter()
    searcher = Searcher(load_index(work))
    loaded = time.perf_counter() - began
    return {"load_s": loaded, **time_queries(lambda q: searcher.ask(q, 10), questions, budget)}


def briefbot_update(data: Path, work: Path) -> dict[str, Any]:
    """Build an index of a copy of the corpus, add one transcript, and time ``update_index`` against the build."""
    import shutil

    from bench.synthetic import Vocabulary, transcript
    from index.builder import build_index, update_index

    corpus = work / "corpus"
    index = work / "index"
    shutil.copytree(data / "corpus", corpus)
    began = time.perf_counter()
    build_index(corpus, index)
    full = time.perf_counter() - began
    files = sum(1 for p in corpus.rglob("*.txt"))
    name, text = transcript(files, Vocabulary())
    (corpus / name).parent.mkdir(parents=True, exist_ok=True)
    (corpus / name).write_text(text, encoding="utf-8")
    began = time.perf_counter()
    report = update_index(corpus, index)
    seconds = time.perf_counter() - began
    assert report.changes is not None and report.changes.added == 1 and report.changes.rebuilt is None
    return {"update_s": seconds, "full_s": full, "read": report.read, "files": report.files}


# --- rank-bm25 -------------------------------------------------------------------------------------------


def rank_bm25_both(data: Path, work: Path, budget: float) -> dict[str, Any]:
    from rank_bm25 import BM25Okapi

    rows = read_tokens(data)
    _, queries = read_questions(data)
    began = time.perf_counter()
    bm25 = BM25Okapi(rows)
    built = time.perf_counter() - began
    del rows

    def run(query: Query) -> Any:
        scores = bm25.get_scores(repeated(query))
        return np.argpartition(-scores, 10)[:10]

    return {"build_s": built, **time_queries(run, queries, budget)}


# --- bm25s -----------------------------------------------------------------------------------------------


def bm25s_build(data: Path, work: Path) -> dict[str, Any]:
    import bm25s

    rows = read_tokens(data)
    began = time.perf_counter()
    retriever = bm25s.BM25(method="robertson")
    retriever.index(rows, show_progress=False)
    retriever.save(str(work), show_progress=False)
    return {"build_s": time.perf_counter() - began, "size_mb": folder_mb(work)}


def bm25s_query(data: Path, work: Path, budget: float) -> dict[str, Any]:
    import bm25s

    _, queries = read_questions(data)
    began = time.perf_counter()
    retriever = bm25s.BM25.load(str(work), mmap=True, show_progress=False)
    loaded = time.perf_counter() - began
    vocabulary = retriever.vocab_dict

    def run(query: Query) -> Any:
        terms = [t for t in repeated(query) if t in vocabulary] or [next(iter(vocabulary))]
        return retriever.retrieve([terms], k=10, show_progress=False, n_threads=1)

    return {"load_s": loaded, **time_queries(run, queries, budget)}


# --- tantivy ---------------------------------------------------------------------------------------------


def _tantivy_schema(tokenizer: str) -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", tokenizer_name=tokenizer, index_option="freq")
    return builder.build()


def _tantivy_build(texts: list[str], work: Path, tokenizer: str) -> dict[str, Any]:
    import tantivy

    work.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    index = tantivy.Index(_tantivy_schema(tokenizer), path=str(work))
    writer = index.writer()
    for text in texts:
        writer.add_document(tantivy.Document(body=text))
    writer.commit()
    writer.wait_merging_threads()
    return {"build_s": time.perf_counter() - began, "size_mb": folder_mb(work)}


def tantivy_build(data: Path, work: Path) -> dict[str, Any]:
    with open(data / "tokens.txt", encoding="utf-8") as handle:
        texts = [line.rstrip("\n") for line in handle]
    return _tantivy_build(texts, work, "whitespace")


def tantivy_text_build(data: Path, work: Path) -> dict[str, Any]:
    with open(data / "texts.jsonl", encoding="utf-8") as handle:
        texts = [json.loads(line) for line in handle]
    return _tantivy_build(texts, work, "default")


def tantivy_query(data: Path, work: Path, budget: float) -> dict[str, Any]:
    import tantivy

    _, queries = read_questions(data)
    began = time.perf_counter()
    index = tantivy.Index.open(str(work))
    searcher = index.searcher()
    schema = index.schema
    loaded = time.perf_counter() - began

    def query_of(query: Query) -> Any:
        clauses = []
        for term, weight in query.items():
            clause = tantivy.Query.term_query(schema, "body", term)
            if weight != 1:
                clause = tantivy.Query.boost_query(clause, weight)
            clauses.append((tantivy.Occur.Should, clause))
        return tantivy.Query.boolean_query(clauses)

    prepared = [query_of(q) for q in queries]
    counted = time_queries(lambda q: searcher.search(q, 10, count=True), prepared, budget / 2)
    top_only = time_queries(lambda q: searcher.search(q, 10, count=False), prepared, budget / 2)
    return {
        "load_s": loaded,
        **counted,
        "p50_ms_no_count": top_only["p50_ms"],
        "p95_ms_no_count": top_only["p95_ms"],
    }


SYSTEMS: dict[str, dict[str, Callable[..., dict[str, Any]]]] = {
    "briefbot-full": {"build": briefbot_full_build, "query": briefbot_full_query},
    "briefbot-engine": {"build": briefbot_engine_build, "query": briefbot_engine_query},
    "briefbot-text": {"build": briefbot_text_build},
    "briefbot-update": {"build": briefbot_update},
    "rank-bm25": {"both": rank_bm25_both},
    "bm25s": {"build": bm25s_build, "query": bm25s_query},
    "tantivy": {"build": tantivy_build, "query": tantivy_query},
    "tantivy-text": {"build": tantivy_text_build},
}


def main(argv: list[str]) -> None:
    system, phase, data, work = argv[0], argv[1], Path(argv[2]), Path(argv[3])
    budget = float(argv[4]) if len(argv) > 4 else 600.0
    run = SYSTEMS[system][phase]
    result = run(data, work, budget) if phase in ("query", "both") else run(data, work)
    result["peak_mb"] = peak_mb()
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip tearing down large structures: their cost is no system's to bear


if __name__ == "__main__":
    main(sys.argv[1:])
