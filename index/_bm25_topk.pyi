"""Types of the C extension built from ``_bm25_topk.c`` (buffers are contiguous numpy arrays or bytes)."""

from typing import TypeAlias

import numpy as np

Buffer: TypeAlias = np.ndarray | bytes | memoryview

def count_rows(
    ids: Buffer, lengths: Buffer, terms_out: Buffer, counts_out: Buffer, sizes_out: Buffer, n_terms: int
) -> int: ...
def order_by_term(terms: Buffer, out: Buffer, n_terms: int) -> None: ...
def top_k(
    rows: Buffer,
    tfs: Buffer,
    wide: bool,
    norms: Buffer,
    starts: Buffer,
    ends: Buffer,
    idfs: Buffer,
    weights: Buffer,
    bounds: Buffer,
    slots: Buffer,
    dense: Buffer,
    k: int,
    n_rows: int,
    k1: float,
    words: int,
) -> tuple[list[tuple[int, float]], int]: ...
def lookup(blob: Buffer, offsets: Buffer, term_utf8: Buffer) -> int: ...
