"""Digesting corpus files: read, split and analyse each one, the expensive part of a build.

Files are independent, so a large build hands them out in batches to worker processes, one per core, and
takes the results back in corpus order. Each file comes back as plain data the builder can write straight
into a generation: its passages serialised, their dedup keys, and their terms counted.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import zlib
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from index.analyzer import analyze
from index.corpus import CorpusFile, read_bytes, read_document
from index.dedup import key_hash
from index.engine import TermIds, count_term_lists
from index.errors import SkipFile
from index.models import Passage, Source
from index.splitter import split_document
from index.store import passage_line

PARALLEL_MIN_FILES = 24
"""Below this many files a build digests them in its own process: starting workers would cost more."""
PARALLEL_MIN_BYTES = 2 << 20
"""...and below this many bytes."""


@dataclass(frozen=True, slots=True)
class FileState:
    """A corpus file as it was read: its path, size, modification time and content hash."""

    path: str
    size: int
    mtime_ns: int
    sha256: str | None


@dataclass(frozen=True, slots=True)
class Bags:
    """The terms of consecutive passages, counted: passage i holds ``sizes[i]`` distinct terms (entries in
    order of first occurrence), ``lengths[i]`` terms in all. ``terms`` index ``vocabulary`` (terms in id order,
    shared by the files of a batch)."""

    vocabulary: Collection[str]
    terms: np.ndarray
    counts: np.ndarray
    sizes: np.ndarray
    lengths: np.ndarray


@dataclass(frozen=True, slots=True)
class FileDigest:
    """One corpus file digested: its state, and either why it was skipped or its document and passages."""

    state: FileState
    skipped: str | None = None
    source: Source | None = None
    records: bytes = b""
    """The passages' lines for the passages file, one after another."""
    offsets: np.ndarray | None = None
    """Where each line starts in ``records`` (one more than lines)."""
    crcs: np.ndarray | None = None
    """Each line's CRC-32."""
    keys: np.ndarray | None = None
    bags: Bags | None = None


def passage_terms(passage: Passage) -> list[str]:
    """The terms a passage is indexed with, in order, repeats kept: the one place that decides them."""
    return analyze(passage.text)


def digest_file(item: CorpusFile, ids: TermIds) -> FileDigest:
    """Read, split and analyse one file; a file that cannot be used comes back skipped with the reason."""
    try:
        info = item.path.stat()
    except OSError:
        gone = FileState(item.name, -1, -1, None)
        return FileDigest(gone, skipped="file disappeared while the index was being built")
    state = FileState(item.name, info.st_size, info.st_mtime_ns, None)
    try:
        data = read_bytes(item)
        state = FileState(item.name, info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())
        document = read_document(item, data)
        passages = split_document(document, 0)
    except SkipFile as reason:
        return FileDigest(state, skipped=str(reason))
    if not passages:
        return FileDigest(state, skipped="no passages: the file holds no words to index")
    terms, counts, sizes, lengths = count_term_lists(map(passage_terms, passages), ids)
    lines = [passage_line(p) for p in passages]
    offsets = np.zeros(len(lines) + 1, dtype=np.int64)
    np.cumsum([len(line) for line in lines], out=offsets[1:])
    return FileDigest(
        state,
        source=Source(document.title, document.url, document.date, document.path),
        records=b"".join(lines),
        offsets=offsets,
        crcs=np.array([zlib.crc32(line) for line in lines], dtype=np.uint32),
        keys=np.array([key_hash(p.text) for p in passages], dtype=np.uint64).reshape(-1, 2),
        bags=Bags(
            ids,
            terms.astype(np.int32),
            counts.astype(np.int32),
            sizes.astype(np.int32),
            lengths.astype(np.int32),
        ),
    )


def digest_batch(items: Sequence[CorpusFile]) -> list[FileDigest]:
    """Digest several files sharing one term table (sent back once for the batch)."""
    ids = TermIds()
    return [digest_file(item, ids) for item in items]


def digest_all(
    items: Sequence[CorpusFile], on_file: Callable[[CorpusFile], None] | None = None
) -> Iterator[FileDigest]:
    """Digest files in order, in worker processes when there are enough of them to pay for it."""
    workers = _cores()
    if workers < 2 or len(items) < PARALLEL_MIN_FILES or _total_bytes(items) < PARALLEL_MIN_BYTES:
        ids = TermIds()
        for item in items:
            digest = digest_file(item, ids)
            if on_file:
                on_file(item)
            yield digest
        return
    size = max(1, min(32, len(items) // (workers * 8)))
    batches = [items[i : i + size] for i in range(0, len(items), size)]
    with _start_method().Pool(workers) as pool:
        for batch, digests in zip(batches, pool.imap(digest_batch, batches), strict=True):
            for item, digest in zip(batch, digests, strict=True):
                if on_file:
                    on_file(item)
                yield digest


def _start_method() -> multiprocessing.context.BaseContext:
    """Fork while this process runs a single thread (cheap, and safe then); otherwise a fork server, since
    forking a process that runs other threads can deadlock the copy."""
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _total_bytes(items: Sequence[CorpusFile]) -> int:
    total = 0
    for item in items:
        try:
            total += item.path.stat().st_size
        except OSError:
            continue
        if total >= PARALLEL_MIN_BYTES:
            break
    return total
