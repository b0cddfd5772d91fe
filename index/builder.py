"""Building an index: digest every corpus file, group repeated passages, lay out the engine, write a generation.

``build_index`` reads every file. ``update_index`` reads only the files added or changed since the current
generation (by content hash, the file's and its sidecar's; a file whose size and modification time are
unchanged is not even read), copies everything else from it, and writes exactly the generation a full build
would: both go through the same assembly below, and the engine is laid out again from the rows' term counts.
Passages are indexed with the corpus's alias groups, so when those change every file is read again.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from index.aliases import ALIASES_FILE, AliasFileError, AliasTable, load_aliases, with_word_forms
from index.corpus import DEFAULT_MAX_FILE_BYTES, CorpusFile, CorpusScan, FileWarning, Skipped, scan_corpus
from index.dedup import UNDATED, group
from index.digest import Bags, FileDigest, FileState, digest_all, meaning_source, passage_terms
from index.engine import ARRAY_NAMES, Bm25Params, TermCounts, TermIds, build_arrays
from index.errors import BriefbotError, IndexVersionError
from index.limits import current_limits
from index.meaning import DEFAULT_MODEL, load_model
from index.models import Passage, Source
from index.records import JsonLines
from index.safe_files import read_regular
from index.store import (
    ALIASES,
    FILES,
    MEANING_VECTORS,
    PASSAGES,
    SOURCES,
    GenerationWriter,
    LoadedIndex,
    aliases_lines,
    build_lock,
    engine_file,
    load_index,
    meaning_setting,
    source_line,
    verify_index,
)

Progress = Callable[[int, int, str], None]
"""Called after each file read with (files done, files to read, file name)."""


@dataclass(frozen=True, slots=True)
class Changes:
    """What an update found against the previous index: files added, changed, removed and left as they were."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    rebuilt: str | None = None
    """Why every file was read again (no usable previous index, other alias groups), or None."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did: files indexed, passages, files skipped with reasons, time taken, and what a person
    should know about how some files were read."""

    files: int
    passages: int
    skipped: tuple[Skipped, ...]
    folder: Path
    seconds: float
    warnings: tuple[FileWarning, ...] = ()
    changes: Changes | None = None
    """Set by ``update_index``: how the corpus differed from the previous index."""
    read: int = 0
    """How many files were read (the others were copied from the previous index)."""
    documents: tuple[DatedDocument, ...] = ()
    """Each document indexed, in index order, with its date and where the date came from."""


@dataclass(frozen=True, slots=True)
class DatedDocument:
    """A document of the index, its date and where that date came from (``front matter``, ``sidecar``,
    ``html meta``, ``html header``, ``text header``, ``title``, ``file name``; ``none`` without a date)."""

    path: str
    date: str | None
    date_source: str

    @classmethod
    def of(cls, source: Source) -> DatedDocument:
        when = source.date.isoformat() if source.date else None
        return cls(source.path, when, (source.date_source or "none") if when else "none")


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    progress: Progress | None = None,
    on_wait: Callable[[], None] | None = None,
    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
    model: str | None = None,
) -> BuildReport:
    """Rebuild the index in ``index_dir`` from ``corpus_dir``; the previous index stays usable until the end.

    Files larger than ``max_file_bytes`` are skipped (None: no limit). Passages are embedded with the meaning
    model ``model`` names (None: the shipped one, see ``index.meaning``).
    """
    began = time.monotonic()
    with build_lock(index_dir, on_wait=on_wait):
        corpus = _read_corpus(corpus_dir, max_file_bytes, model)
        report = _assemble(corpus, index_dir, list(corpus.scan.files), None, progress)
    return replace(report, seconds=time.monotonic() - began)


def update_index(
    corpus_dir: Path,
    index_dir: Path,
    progress: Progress | None = None,
    on_wait: Callable[[], None] | None = None,
    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
    model: str | None = None,
) -> BuildReport:
    """Bring the index up to date with the corpus, reading only the files added or changed since it was built.

    The result is the index ``build_index`` would write. Without a usable previous index (none yet, another
    version, another corpus folder, damaged) or when the alias groups or the meaning model changed, every file
    is read, and ``changes.rebuilt`` says why.
    """
    began = time.monotonic()
    with build_lock(index_dir, on_wait=on_wait):
        corpus = _read_corpus(corpus_dir, max_file_bytes, model)
        previous, reason = _previous(corpus, index_dir)
        if previous is None:
            report = _assemble(corpus, index_dir, list(corpus.scan.files), None, progress)
            changes = Changes(added=len(corpus.scan.files), rebuilt=reason)
        else:
            plan, changes = _plan(corpus.scan, previous)
            if _untouched(plan, changes, corpus, previous):
                report = _unchanged_report(previous)
            else:
                report = _assemble(corpus, index_dir, plan, previous, progress)
    return replace(report, seconds=time.monotonic() - began, changes=changes)


@dataclass(frozen=True, slots=True)
class _Corpus:
    """The corpus folder as a build finds it: its files, its alias groups, and what it passes over."""

    folder: Path
    scan: CorpusScan
    fingerprint: str
    aliases: AliasTable
    skipped: tuple[Skipped, ...]
    """The files the scan passed over, and the aliases file when it cannot be used."""
    model: str = ""
    """The meaning model's setting (``index.meaning``)."""


def _read_corpus(corpus_dir: Path, max_file_bytes: int | None, model: str | None = None) -> _Corpus:
    """Scan the corpus folder and read its alias groups (a file that cannot be used is skipped, with why)."""
    scan = scan_corpus(corpus_dir, max_file_bytes)
    fingerprint = scan.fingerprint()  # before anything is read: a file changed from here on makes it stale
    skipped = list(scan.skipped)
    try:
        refused = any(item.path == ALIASES_FILE for item in skipped)  # not a regular file: listed already
        aliases = with_word_forms(AliasTable() if refused else load_aliases(corpus_dir))
    except AliasFileError as error:
        aliases = with_word_forms(AliasTable())
        reason = str(error).removeprefix(f"{ALIASES_FILE}: ").removeprefix(f"{ALIASES_FILE} ")
        skipped.append(Skipped(ALIASES_FILE, f"{reason}; the index was built without alias groups"))
    return _Corpus(corpus_dir, scan, fingerprint, aliases, tuple(skipped), model or DEFAULT_MODEL)


def _untouched(plan: list[CorpusFile | _Kept], changes: Changes, corpus: _Corpus, previous: LoadedIndex) -> bool:
    """Whether the current generation already is what a build would write: every file (and sidecar) as it
    recorded it, the same settings files and the same files passed over."""
    if changes.added or changes.changed or changes.removed:
        return False
    if previous.manifest["corpus"]["fingerprint"] != corpus.fingerprint:
        return False
    kept = [step for step in plan if isinstance(step, _Kept)]
    if len(kept) != len(plan) or any(step.state != _recorded_state(step.entry) for step in kept):
        return False
    skipped = [
        *corpus.skipped,
        *(Skipped(step.state.path, step.entry["skipped"]) for step in kept if step.entry["skipped"]),
    ]
    listed = [{"path": s.path, "reason": s.reason} for s in sorted(skipped, key=lambda s: s.path)]
    return listed == previous.manifest["corpus"]["skipped"]


def _unchanged_report(previous: LoadedIndex) -> BuildReport:
    corpus = previous.manifest["corpus"]
    skipped = tuple(Skipped(s["path"], s["reason"]) for s in corpus["skipped"])
    warnings = tuple(FileWarning(w["path"], w["message"]) for w in corpus["warnings"])
    passages = previous.manifest["counts"]["passages"]
    documents = tuple(DatedDocument.of(source) for source in previous.sources)
    return BuildReport(corpus["files"], passages, skipped, previous.folder, 0.0, warnings, documents=documents)


@dataclass(frozen=True, slots=True)
class _Kept:
    """A file unchanged since the previous generation: its state now, and its entry there."""

    state: FileState
    entry: dict[str, Any]


def _previous(corpus: _Corpus, index_dir: Path) -> tuple[LoadedIndex | None, str]:
    """The current generation, if an update may copy from it; else None and why not."""
    try:
        previous = load_index(index_dir)
        if previous.manifest.get("corpus", {}).get("folder") != str(corpus.folder.resolve()):
            return None, "the index was built from another corpus folder"
        if previous.aliases != corpus.aliases:
            # every passage's terms may differ: group and name terms come from the alias groups
            return None, f"the alias groups in {ALIASES_FILE} changed"
        if meaning_setting(previous.manifest) != corpus.model:
            return None, "the meaning model changed"
        # Everything copied must be intact, or the update would not equal a full build: check every byte.
        problems = verify_index(index_dir)
        if problems:
            return None, f"the index is damaged ({problems[0]})"
        previous.corpus_files()
    except IndexVersionError as error:
        if error.newer:
            raise  # rebuilding would undo a newer briefbot's work: only an explicit `index build` may
        return None, str(error).split(";")[0]
    except BriefbotError as error:
        return None, str(error).split(";")[0]
    return previous, ""


def _plan(scan: CorpusScan, previous: LoadedIndex) -> tuple[list[CorpusFile | _Kept], Changes]:
    """Which files to read again and which to keep: same size and time, or same content hash, is kept."""
    old = {entry["path"]: entry for entry in previous.corpus_files()}
    plan: list[CorpusFile | _Kept] = []
    added = changed = unchanged = 0
    for item in scan.files:
        entry = old.pop(item.name, None)
        if entry is None:
            added += 1
            plan.append(item)
            continue
        state = _unchanged_state(item.path, item.name, entry)
        recorded_sidecar = entry["sidecar"]
        if item.sidecar is None or recorded_sidecar is None:
            sidecar_same = item.sidecar is None and recorded_sidecar is None
            sidecar = None
        else:
            sidecar = _unchanged_state(item.sidecar, item.sidecar.name, recorded_sidecar)
            sidecar_same = sidecar is not None
        if state is not None and sidecar_same:
            unchanged += 1
            plan.append(_Kept(replace(state, sidecar=sidecar), entry))
        else:
            changed += 1
            plan.append(item)
    return plan, Changes(added=added, changed=changed, removed=len(old), unchanged=unchanged)


def _unchanged_state(path: Path, name: str, recorded: dict[str, Any]) -> FileState | None:
    """The file's state now if its content is what ``recorded`` says (same size and time, or the same size
    and content hash); None when it changed or cannot be read."""
    if recorded["path"] != name:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    same = recorded["size"] == info.st_size and recorded["mtime_ns"] == info.st_mtime_ns
    if not same and recorded["sha256"] and recorded["size"] == info.st_size:
        same = _sha256_of(path) == recorded["sha256"]
    return FileState(name, info.st_size, info.st_mtime_ns, recorded["sha256"]) if same else None


def _recorded_state(entry: dict[str, Any]) -> FileState:
    """The state a files-list entry records (with its sidecar's)."""
    sidecar = entry["sidecar"]
    return FileState(
        entry["path"],
        entry["size"],
        entry["mtime_ns"],
        entry["sha256"],
        None if sidecar is None else _recorded_state({**sidecar, "sidecar": None}),
    )


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(read_regular(path, current_limits().max_file_bytes)).hexdigest()
    except OSError:
        return None


@dataclass(slots=True)
class _Block:
    """Consecutive passages of one document: where they start, their counted terms, and for passages copied
    from the previous generation whose terms it does not hold, where to read their text."""

    first: int
    bags: Bags
    previous_first: int | None = None


@dataclass(slots=True)
class _Assembly:
    keys: list[np.ndarray] = field(default_factory=list)
    docs: list[np.ndarray] = field(default_factory=list)
    dates: list[int] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)
    vectors: list[np.ndarray | None] = field(default_factory=list)
    """Each block's passages' meaning vectors (None where the previous generation has none for it)."""
    files: list[bytes] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)
    passages: int = 0
    documents: list[DatedDocument] = field(default_factory=list)


def _assemble(
    corpus: _Corpus,
    index_dir: Path,
    plan: list[CorpusFile | _Kept],
    previous: LoadedIndex | None,
    progress: Progress | None,
) -> BuildReport:
    to_read = [step for step in plan if isinstance(step, CorpusFile)]
    done = 0

    def on_file(item: CorpusFile) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(to_read), item.name)

    meaning = load_model(corpus.model)
    digests = digest_all(to_read, on_file, corpus.aliases, corpus.model if meaning.embedder else None)
    kept = _KeptSource(previous) if previous is not None and len(to_read) < len(plan) else None
    result = _Assembly(skipped=list(corpus.skipped))
    params = Bm25Params()
    with GenerationWriter(index_dir) as generation:
        with generation.lines(SOURCES) as sources_out, generation.lines(PASSAGES) as passages_out:
            for step in plan:
                if isinstance(step, _Kept):
                    assert kept is not None
                    _add_kept(result, step, kept, sources_out, passages_out)
                else:
                    _add_digest(result, next(digests), sources_out, passages_out)
        keys = np.concatenate(result.keys) if result.keys else np.zeros((0, 2), dtype=np.uint64)
        docs = np.concatenate(result.docs) if result.docs else np.zeros(0, dtype=np.int32)
        dates = np.array(result.dates, dtype=np.int64)
        grouping = group(keys, dates[docs] if len(docs) else np.zeros(0, dtype=np.int64))
        counts = _row_counts(grouping.rows, result.blocks, kept, corpus.aliases)
        if meaning.embedder is not None:
            vectors = _row_vectors(grouping.rows, result, kept, meaning.embedder)
            generation.array(MEANING_VECTORS, vectors)
        generation.array(f"{PASSAGES}.docs.npy", docs)
        generation.array(f"{PASSAGES}.keys.npy", keys)
        generation.array("rows.npy", grouping.rows)
        generation.array("duplicates.holders.npy", grouping.holders)
        generation.array("duplicates.offsets.npy", grouping.offsets)
        generation.array("duplicates.members.npy", grouping.members)
        arrays = build_arrays(counts, params)
        for name in ARRAY_NAMES:
            generation.array(engine_file(name), arrays.pop(name))
        generation.text(FILES, b"".join(result.files))
        generation.text(ALIASES, aliases_lines(corpus.aliases))
        skipped = sorted(result.skipped, key=lambda s: s.path)
        sources = len(result.dates)
        manifest = {
            "corpus": {
                "folder": str(corpus.folder.resolve()),
                "fingerprint": corpus.fingerprint,
                "files": sources,
                "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
                "warnings": [{"path": w.path, "message": w.message} for w in result.warnings],
            },
            "counts": {"sources": sources, "passages": result.passages, "rows": len(grouping.rows)},
            "bm25": params.to_dict(),
            "meaning": {
                "model": corpus.model,
                "name": meaning.embedder.name if meaning.embedder else None,
                "dimensions": meaning.embedder.dimensions if meaning.embedder else None,
                "problem": meaning.problem,
            },
        }
        folder = generation.commit(manifest)
    warnings = tuple(result.warnings)
    return BuildReport(
        sources,
        result.passages,
        tuple(skipped),
        folder,
        0.0,
        warnings,
        read=len(to_read),
        documents=tuple(result.documents),
    )


def _file_line(state: FileState, source: int | None, skipped: str | None, warnings: tuple[str, ...]) -> bytes:
    record = {
        **_state_record(state),
        "sidecar": None if state.sidecar is None else _state_record(state.sidecar),
        "source": source,
        "skipped": skipped,
        "warnings": list(warnings),
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _state_record(state: FileState) -> dict[str, Any]:
    return {"path": state.path, "size": state.size, "mtime_ns": state.mtime_ns, "sha256": state.sha256}


def _add_digest(result: _Assembly, digest: FileDigest, sources_out: Any, passages_out: Any) -> None:
    result.warnings.extend(FileWarning(digest.state.path, message) for message in digest.warnings)
    if (
        digest.skipped is not None
        or digest.source is None
        or digest.bags is None
        or digest.offsets is None
        or digest.keys is None
    ):
        reason = digest.skipped or "no passages"
        result.skipped.append(Skipped(digest.state.path, reason))
        result.files.append(_file_line(digest.state, None, reason, digest.warnings))
        return
    doc = len(result.dates)
    result.files.append(_file_line(digest.state, doc, None, digest.warnings))
    sources_out.add(source_line(digest.source))
    passages_out.copy(digest.records, digest.offsets, digest.crcs)
    result.vectors.append(digest.vectors)
    _add_block(result, doc, digest.source, digest.keys, _Block(result.passages, digest.bags))


def _add_kept(result: _Assembly, step: _Kept, kept: _KeptSource, sources_out: Any, passages_out: Any) -> None:
    entry = step.entry
    warnings = tuple(str(message) for message in entry["warnings"])
    result.warnings.extend(FileWarning(step.state.path, message) for message in warnings)
    if entry["source"] is None:
        result.skipped.append(Skipped(step.state.path, entry["skipped"]))
        result.files.append(_file_line(step.state, None, entry["skipped"], warnings))
        return
    old_doc = int(entry["source"])
    first, end = kept.passage_range(old_doc)
    doc = len(result.dates)
    result.files.append(_file_line(step.state, doc, None, warnings))
    sources_out.copy(*kept.source_records(old_doc))
    passages_out.copy(*kept.passage_records(first, end))
    block = _Block(result.passages, kept.bags(first, end), previous_first=first)
    result.vectors.append(kept.vectors(first, end))
    _add_block(result, doc, kept.index.sources[old_doc], kept.keys[first:end], block)


def _add_block(result: _Assembly, doc: int, source: Source, keys: np.ndarray, block: _Block) -> None:
    count = len(keys)
    result.documents.append(DatedDocument.of(source))
    result.dates.append(source.date.toordinal() if source.date else int(UNDATED))
    result.keys.append(np.asarray(keys, dtype=np.uint64))
    result.docs.append(np.full(count, doc, dtype=np.int32))
    result.blocks.append(block)
    result.passages += count


class _KeptSource:
    """The previous generation, as a source of records, keys and term counts for the files kept from it."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self.keys = index.arrays[f"{PASSAGES}.keys.npy"]
        self.docs = index.arrays[f"{PASSAGES}.docs.npy"]
        self.rows = np.asarray(index.arrays["rows.npy"])
        counts = index.engine.counts()
        self.vocabulary = counts.vocabulary
        self.terms = counts.terms
        self.counts = counts.counts
        self.lengths = counts.lengths
        self.row_starts = np.searchsorted(counts.rows, np.arange(len(self.rows) + 1))
        self.lines = index.passage_lines()
        self.source_lines = index.sources
        self.passage_offsets = index.arrays[f"{PASSAGES}.offsets.npy"]
        self.source_offsets = index.arrays[f"{SOURCES}.offsets.npy"]
        self.row_vectors = index.arrays.get(MEANING_VECTORS)

    def passage_range(self, doc: int) -> tuple[int, int]:
        return int(np.searchsorted(self.docs, doc, "left")), int(np.searchsorted(self.docs, doc, "right"))

    def source_records(self, doc: int) -> tuple[bytes, np.ndarray, np.ndarray]:
        lines = self.source_lines
        assert isinstance(lines, JsonLines)
        offsets = np.asarray(self.source_offsets[doc : doc + 2], dtype=np.int64)
        return lines.raw(doc, doc + 1), offsets - offsets[0], lines.crcs(doc, doc + 1)

    def passage_records(self, first: int, end: int) -> tuple[bytes, np.ndarray, np.ndarray]:
        offsets = np.asarray(self.passage_offsets[first : end + 1], dtype=np.int64)
        return self.lines.raw(first, end), offsets - offsets[0], self.lines.crcs(first, end)

    def bags(self, first: int, end: int) -> Bags:
        """The counted terms of passages ``first`` to ``end`` that were indexed; the others are unknown (-1)."""
        low, high = np.searchsorted(self.rows, [first, end])
        positions = self.rows[low:high] - first
        sizes = np.full(end - first, -1, dtype=np.int64)
        lengths = np.full(end - first, -1, dtype=np.int64)
        sizes[positions] = np.diff(self.row_starts[low : high + 1])
        lengths[positions] = self.lengths[low:high]
        start, stop = self.row_starts[low], self.row_starts[high]
        return Bags(self.vocabulary, self.terms[start:stop], self.counts[start:stop], sizes, lengths)

    def passage(self, number: int) -> Passage:
        return self.lines[number]

    def vectors(self, first: int, end: int) -> np.ndarray | None:
        """The meaning vectors of passages ``first`` to ``end`` that were indexed; NaN rows for the others."""
        if self.row_vectors is None:
            return None
        low, high = np.searchsorted(self.rows, [first, end])
        out = np.full((end - first, self.row_vectors.shape[1]), np.nan, dtype=self.row_vectors.dtype)
        out[self.rows[low:high] - first] = self.row_vectors[low:high]
        return out


def _row_vectors(rows: np.ndarray, result: _Assembly, kept: _KeptSource | None, embedder: Any) -> np.ndarray:
    """The meaning vectors of the indexed passages, in row order: as digested or copied from the previous
    generation, embedding the passages it has none for (copies that became the indexed one)."""
    width = embedder.dimensions
    vectors = np.empty((len(rows), width), dtype=np.float32)
    missing: list[int] = []
    for block, block_vectors in zip(result.blocks, result.vectors, strict=True):
        count = len(block.bags.sizes)
        low, high = np.searchsorted(rows, [block.first, block.first + count])
        if low == high:
            continue
        positions = rows[low:high] - block.first
        if block_vectors is None or block_vectors.shape[1:] != (width,):
            missing.extend(range(low, high))
            continue
        vectors[low:high] = block_vectors[positions]
        unknown = np.isnan(vectors[low:high, 0])
        missing.extend(int(n) for n in np.flatnonzero(unknown) + low)
    if missing:
        texts = [meaning_source(_passage_at(int(rows[n]), result, kept)) for n in missing]
        vectors[missing] = embedder.embed(texts)
    return vectors


def _passage_at(number: int, result: _Assembly, kept: _KeptSource | None) -> Passage:
    """Passage ``number`` of the generation being written, read from the previous one (only kept passages
    can lack a vector)."""
    for block in result.blocks:
        if block.first <= number < block.first + len(block.bags.sizes) and block.previous_first is not None:
            assert kept is not None
            return kept.passage(block.previous_first + number - block.first)
    raise LookupError(f"passage {number} has no vector and was not copied")


def _row_counts(rows: np.ndarray, blocks: list[_Block], kept: _KeptSource | None, aliases: AliasTable) -> TermCounts:
    """The term counts of the indexed passages, in row order, from the blocks' bags (analysing the few
    passages copied from the previous generation that were not indexed there)."""
    ids = TermIds()
    mappings: dict[int, np.ndarray] = {}

    def mapping(words: Any) -> np.ndarray:
        found = mappings.get(id(words))
        if found is None or len(found) != len(words):
            found = np.fromiter(map(ids.__getitem__, words), dtype=np.int64, count=len(words))
            mappings[id(words)] = found
        return found

    terms: list[np.ndarray] = []
    counts: list[np.ndarray] = []
    sizes: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    for block in blocks:
        bags = block.bags
        count = len(bags.sizes)
        low, high = np.searchsorted(rows, [block.first, block.first + count])
        if low == high:
            continue
        positions = rows[low:high] - block.first
        entry_sizes = np.maximum(np.asarray(bags.sizes, dtype=np.int64), 0)
        starts = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(entry_sizes, out=starts[1:])
        for run in _known_runs(positions, np.asarray(bags.sizes)[positions] >= 0):
            if isinstance(run, np.ndarray):
                chosen = np.zeros(count, dtype=bool)
                chosen[run] = True
                mask = np.repeat(chosen, entry_sizes)
                terms.append(mapping(bags.vocabulary)[np.asarray(bags.terms)[mask]])
                counts.append(np.asarray(bags.counts, dtype=np.int64)[mask])
                sizes.append(np.asarray(bags.sizes, dtype=np.int64)[run])
                lengths.append(np.asarray(bags.lengths, dtype=np.int64)[run])
            else:
                assert kept is not None and block.previous_first is not None
                tokens = passage_terms(kept.passage(block.previous_first + run), aliases)
                bag = Counter(tokens)
                terms.append(np.fromiter(map(ids.__getitem__, bag), dtype=np.int64, count=len(bag)))
                counts.append(np.array(list(bag.values()), dtype=np.int64))
                sizes.append(np.array([len(bag)], dtype=np.int64))
                lengths.append(np.array([len(tokens)], dtype=np.int64))
    row_sizes = np.concatenate(sizes) if sizes else np.zeros(0, dtype=np.int64)
    return TermCounts(
        vocabulary=list(ids),
        rows=np.repeat(np.arange(len(row_sizes), dtype=np.int64), row_sizes),
        terms=np.concatenate(terms) if terms else np.zeros(0, dtype=np.int64),
        counts=np.concatenate(counts) if counts else np.zeros(0, dtype=np.int64),
        lengths=np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64),
    )


def _known_runs(positions: np.ndarray, known: np.ndarray) -> Iterator[np.ndarray | int]:
    """Split positions into runs whose terms are known (as arrays) and single unknown positions (as ints)."""
    if known.all():
        yield positions
        return
    start = 0
    for i, is_known in enumerate(known.tolist()):
        if not is_known:
            if start < i:
                yield positions[start:i]
            yield int(positions[i])
            start = i + 1
    if start < len(positions):
        yield positions[start:]
