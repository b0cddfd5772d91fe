"""What checking every index file on open costs: opening a generation with and without the checks.

    python -m bench.open_checks --sizes 100k,1m

Opening checks every file of the generation (CRC-32 of the large ones, read through the memory map; SHA-256 of
the small ones) and the values of the engine's arrays (offsets in order, rows and slots in range). For each size,
on the synthetic corpus of ``bench.speed``, the index is built once, then opened ``--repeat`` times with the checks
and as many times with them switched off (as an index was opened before them), alternating, page cache warm.
Prints one markdown table: median open time of each, the difference and the ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

from bench.speed import SIZES, prepare_corpus

ROOT = Path(__file__).resolve().parent


@contextlib.contextmanager
def checks_off() -> Iterator[None]:
    """Open as before the checks: sizes and headers of large files only, no look at the engine's values."""
    import index.store
    from index.engine import Bm25Engine

    saved = index.store._check_crc, index.store._read_checked, Bm25Engine.problems
    index.store._check_crc = lambda *args, **kwargs: None
    Bm25Engine.problems = lambda self: []
    real_read = saved[1]

    def read_small_only(path, entry, index_dir):  # the small files were hashed on open before too
        return real_read(path, entry, index_dir) if path.suffix == ".npy" or path.name == "aliases.jsonl" else b""

    index.store._read_checked = read_small_only
    try:
        yield
    finally:
        index.store._check_crc, index.store._read_checked, Bm25Engine.problems = saved


def open_seconds(index_dir: Path) -> float:
    from index.store import load_index

    began = time.perf_counter()
    load_index(index_dir)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k", help="comma-separated: 10k, 100k, 1m")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="where corpora and indexes go")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from index.builder import build_index
    from index.store import current_generation

    rows = ["| passages | index MB | open, checks on (ms) | open, checks off (ms) | cost (ms) | ratio |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |"]  # fmt: skip
    for label in args.sizes.split(","):
        data = args.data / label
        prepare_corpus(data, SIZES[label])
        index_dir = data / "open-checks-index"
        if not (index_dir / "CURRENT").exists():
            build_index(data / "corpus", index_dir)
        size = sum(p.stat().st_size for p in current_generation(index_dir).iterdir()) / 1e6
        on, off = [], []
        open_seconds(index_dir)  # warm the page cache
        for _ in range(args.repeat):
            on.append(open_seconds(index_dir))
            with checks_off():
                off.append(open_seconds(index_dir))
        a, b = statistics.median(on) * 1000, statistics.median(off) * 1000
        rows.append(f"| {SIZES[label]:,} | {size:,.0f} | {a:,.1f} | {b:,.1f} | {a - b:,.1f} | {a / b:.1f} |")
        print("\n".join(rows), flush=True)


if __name__ == "__main__":
    main()
