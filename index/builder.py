"""Building an index: digest every corpus file, group repeated passages, lay out the engine, write a generation.

Every generation, a full build's and an update's alike, is assembled the same way from the digests of the
corpus files (``index.digest``), in corpus order. ``build_index`` reads every file; ``update_index`` takes the
digests of files whose content it has digested before from the digest cache (``index.digest_cache``, keyed by
content hash and the settings a digest depends on) and reads only the others. A file whose size and
modification time are as the current generation recorded them is not even hashed. An update that only adds
files keeps the current generation's segments (their files linked, not rewritten) and adds one segment of the
added files; past ``MAX_SEGMENTS`` or ``DELTA_SHARE``, and after any other change, it assembles one segment.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from index.aliases import ALIASES_FILE, AliasFileError, AliasTable, load_aliases, with_word_forms
from index.corpus import DEFAULT_MAX_FILE_BYTES, CorpusFile, CorpusScan, FileWarning, Skipped, scan_corpus
from index.dedup import UNDATED, group
from index.digest import Bags, FileDigest, FileState, digest_all, digest_file
from index.digest_cache import DigestCache, entry_key, reading_key, settings_key
from index.engine import (
    ARRAY_NAMES,
    Bm25Engine,
    Bm25Params,
    SegmentedEngine,
    TermCounts,
    build_arrays,
    shared_statistics,
)
from index.errors import BriefbotError, ErrorKind, IndexVersionError, not_this_corpus
from index.limits import current_limits
from index.meaning import DEFAULT_MODEL, load_model
from index.models import Source
from index.safe_files import read_regular
from index.store import (
    ALIASES,
    FILES,
    MEANING_VECTORS,
    PASSAGES,
    SOURCE_RANKS,
    SOURCES,
    GenerationWriter,
    LoadedIndex,
    aliases_lines,
    build_lock,
    engine_file,
    framed,
    json_line,
    load_index,
    meaning_setting,
    recorded_files,
    source_record,
)
from index.turns import LINKS_DTYPE

READING_CHANGED = "briefbot's reading code or its reading limits changed"
"""Why every file is read again when the index was read under other reading code or limits."""
MAX_SEGMENTS = 8
"""An update adds a segment to a generation of fewer segments than this; else it assembles one segment."""
DELTA_SHARE = 0.1
"""... and while the segments added hold at most this share of the first segment's rows."""
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
    unread: int = 0
    """Files of the corpus folder passed over unread (a kind briefbot does not read, a link that leads nowhere):
    skipped, and in none of the counts above, which count the files it reads."""


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
    """How many files were read (the digests of the others came from the digest cache)."""
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
    """Rebuild the index in ``index_dir`` from ``corpus_dir``, reading every file; the previous index stays
    usable until the end.

    Files larger than ``max_file_bytes`` are skipped (None: no limit). Passages are embedded with the meaning
    model ``model`` names (None: the shipped one, see ``index.meaning``).
    """
    began = time.monotonic()
    with build_lock(index_dir, on_wait=on_wait):
        corpus = _read_corpus(corpus_dir, max_file_bytes, model)
        report = _assemble(corpus, index_dir, [_Step(item) for item in corpus.scan.files], progress)
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

    The result answers exactly as the index ``build_index`` would write: both assemble it from the files'
    digests, an update taking those of unchanged files from the digest cache; when files were only added, it
    keeps the current segments and adds one, else it writes byte for byte a full build's one segment. Without a
    usable previous index (none yet, another version, a corpus folder moved or renamed, damaged) or when the alias
    groups or the meaning model changed, every file is read, and ``changes.rebuilt`` says why. The index of another
    corpus folder that still exists raises BriefbotError (``INDEX_OF_ANOTHER_CORPUS``): only ``build_index``
    replaces it.
    """
    began = time.monotonic()
    with build_lock(index_dir, on_wait=on_wait):
        corpus = _read_corpus(corpus_dir, max_file_bytes, model)
        recorded, reason = _previous(corpus, index_dir)
        unchanged = None if recorded is None else _unchanged_report(corpus, index_dir, *recorded)
        if isinstance(unchanged, str):
            recorded, reason, unchanged = None, unchanged, None
        if unchanged is not None:
            report, changes = unchanged, Changes(unchanged=len(corpus.scan.files))
        elif recorded is None:
            report = _assemble(corpus, index_dir, [_Step(item) for item in corpus.scan.files], progress)
            changes = Changes(added=len(corpus.scan.files), rebuilt=reason)
        else:
            plan, changes = _plan(corpus, recorded[1])
            added_only = changes.added and not changes.changed and not changes.removed
            added = _added_segment(corpus, index_dir, plan, progress, recorded[1]) if added_only else 0
            if isinstance(added, BuildReport):
                report = added
            else:  # the files read so far are in the digest cache now
                report = _assemble(corpus, index_dir, plan, progress, recorded[1], read=added)
    changes = replace(changes, unread=len(corpus.skipped))
    return replace(report, seconds=time.monotonic() - began, changes=changes)


class _Declined(Exception):
    """The added segment is declined (past the limits, a repeat, damaged or unlinkable kept files): one segment
    is assembled instead, after the current generation and the declined attempt are let go."""

    def __init__(self, read: int) -> None:
        super().__init__(read)
        self.read = read


def _added_segment(
    corpus: _Corpus, index_dir: Path, plan: list[_Step], progress: Progress | None, previous: list[dict[str, Any]]
) -> BuildReport | int:
    """The generation of the current segments plus one of the added files; when it is declined, the number of
    files read so far."""
    keep = _kept(corpus, index_dir)
    if keep is None:
        return 0
    try:
        return _assemble(corpus, index_dir, plan, progress, previous, keep)
    except _Declined as declined:
        return declined.read


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


def _previous(corpus: _Corpus, index_dir: Path) -> tuple[tuple[dict[str, Any], list[dict[str, Any]]] | None, str]:
    """The current generation's manifest and files list, if an update may go by them; else None and why not."""
    try:
        manifest, entries = recorded_files(index_dir)
    except BriefbotError as error:
        if isinstance(error, IndexVersionError) and error.newer:
            raise  # rebuilding would undo a newer briefbot's work: only an explicit `index build` may
        return None, str(error).split(";")[0]
    if problem := not_this_corpus(index_dir, manifest["corpus"]["folder"], corpus.folder):
        if problem.kind is ErrorKind.INDEX_OF_ANOTHER_CORPUS:
            raise problem  # an update never replaces another corpus's index: only an explicit `index build` may
        return None, str(problem)
    if manifest["files"].get(ALIASES, {}).get("sha256") != hashlib.sha256(aliases_lines(corpus.aliases)).hexdigest():
        # every passage's terms may differ: group and name terms come from the alias groups
        return None, f"the alias groups in {ALIASES_FILE} changed"
    if meaning_setting(manifest) != corpus.model:
        return None, "the meaning model changed"
    if manifest.get("reading") != reading_key():
        return None, READING_CHANGED
    return (manifest, entries), ""


def _unchanged_report(
    corpus: _Corpus, index_dir: Path, manifest: dict[str, Any], entries: list[dict[str, Any]]
) -> BuildReport | str | None:
    """The report of the current generation when it already is what a build would write (every file and
    setting as it recorded them, the same files passed over, and the generation whole); why not, when it is
    damaged; None when the corpus changed."""
    if manifest["corpus"]["fingerprint"] != corpus.fingerprint:
        return None
    skipped, warnings = _passed_over(corpus, entries)
    if [asdict(s) for s in skipped] != manifest["corpus"]["skipped"]:
        return None
    try:
        previous = load_index(index_dir)  # checks every file against its CRC-32
    except BriefbotError as error:
        return str(error).split(";")[0]
    sources = previous.sources  # in corpus order, as the files list gives them
    documents = tuple(DatedDocument.of(sources[entry["source"]]) for entry in entries if entry["source"] is not None)
    files, passages = previous.manifest["corpus"]["files"], previous.manifest["counts"]["passages"]
    return BuildReport(files, passages, tuple(skipped), previous.folder, 0.0, tuple(warnings), documents=documents)


def _passed_over(corpus: _Corpus, entries: list[dict[str, Any]]) -> tuple[list[Skipped], list[FileWarning]]:
    """The files a generation passes over, in path order (the scan's, and those its files list says were
    skipped), and the warnings its files list records."""
    skipped = [*corpus.skipped, *(Skipped(entry["path"], entry["skipped"]) for entry in entries if entry["skipped"])]
    warnings = [FileWarning(entry["path"], message) for entry in entries for message in entry["warnings"]]
    return sorted(skipped, key=lambda s: s.path), warnings


@dataclass(frozen=True, slots=True)
class _Step:
    """A corpus file to index: read it, or, when its content hash is known (``state``), take its digest from
    the cache if it is there."""

    item: CorpusFile
    state: FileState | None = None


def _plan(corpus: _Corpus, entries: list[dict[str, Any]]) -> tuple[list[_Step], Changes]:
    """Each file's state with its content hash (taken from the previous generation's files list when size and
    time are unchanged, else hashed), and how the corpus differs from that list."""
    old = {entry["path"]: entry for entry in entries}
    plan: list[_Step] = []
    kinds: list[str] = []
    for item in corpus.scan.files:
        entry = old.pop(item.name, None)
        state = _state_now(item.path, item.name, entry)
        sidecar = None
        if item.sidecar is not None:
            sidecar = _state_now(item.sidecar, item.sidecar.name, None if entry is None else entry["sidecar"])
        whole = None if state is None else replace(state, sidecar=sidecar)
        plan.append(_Step(item, None if item.sidecar is not None and sidecar is None else whole))
        same = entry is not None and whole is not None and entry_key("", whole) == entry_key("", _recorded_state(entry))
        kinds.append("added" if entry is None else "unchanged" if same else "changed")
    count = Counter(kinds)
    return plan, Changes(count["added"], count["changed"], len(old), count["unchanged"])


def _state_now(path: Path, name: str, recorded: dict[str, Any] | None) -> FileState | None:
    """A file's state now with its content hash: the recorded hash when size and time are as recorded, else
    hashed; None when it cannot be read (reading it for the index will say why)."""
    try:
        info = path.stat()
        if recorded is not None and recorded["size"] == info.st_size and recorded["mtime_ns"] == info.st_mtime_ns:
            sha256 = recorded["sha256"]
        else:
            sha256 = hashlib.sha256(read_regular(path, current_limits().max_file_bytes)).hexdigest()
    except OSError:
        return None
    return FileState(name, info.st_size, info.st_mtime_ns, sha256) if sha256 else None


def _recorded_state(entry: dict[str, Any]) -> FileState:
    """The state a files-list entry records (with its sidecar's)."""
    sidecar = None if entry["sidecar"] is None else _recorded_state({**entry["sidecar"], "sidecar": None})
    return FileState(entry["path"], entry["size"], entry["mtime_ns"], entry["sha256"], sidecar)


class _Digests:
    """The digest of every file of a plan, in order: from the cache where it holds a usable one, else read
    (and then stored in the cache); ``read`` counts the files read, from ``read`` on."""

    def __init__(self, corpus: _Corpus, index_dir: Path, embedder: Any, fresh: bool, read: int) -> None:
        self.corpus = corpus
        self.cache = DigestCache(index_dir, fresh)
        self.model = corpus.model if embedder is not None else None
        self.width = None if embedder is None else embedder.dimensions
        self.settings = settings_key(corpus.aliases, self.model)
        self.keys: list[str] = []
        self.read = read

    def key(self, state: FileState) -> str | None:
        return entry_key(self.settings, state)

    def __call__(self, plan: list[_Step], progress: Progress | None) -> Iterator[FileDigest]:
        hits = [step.state is not None and self.cache.has(str(self.key(step.state))) for step in plan]
        to_read = [step.item for step, hit in zip(plan, hits, strict=True) if not hit]
        done = 0

        def on_file(item: CorpusFile) -> None:
            nonlocal done
            done += 1
            self.read += 1
            if progress:
                progress(done, len(to_read), item.name)

        fresh = digest_all(to_read, on_file, self.corpus.aliases, self.model)
        for step, hit in zip(plan, hits, strict=True):
            state = step.state if hit else None
            digest = None if state is None else self.cache.load(str(self.key(state)), state, self.width)
            if digest is not None:
                self.keys.append(str(self.key(digest.state)))
                yield digest
                continue
            if hit:  # a damaged entry: read the file after all
                self.read += 1
                digest = digest_file(step.item, self.corpus.aliases, self.model)
            else:
                digest = next(fresh)
            digest = self.cache.numbered(digest)
            key = self.key(digest.state)
            if key is not None and digest.lasting:
                self.cache.save(key, digest)
                self.keys.append(key)
            yield digest
        self.cache.flush()


@dataclass(slots=True)
class _Block:
    """Consecutive passages of one document: where they start, their counted terms and meaning vectors."""

    first: int
    bags: Bags
    vectors: np.ndarray | None


@dataclass(slots=True)
class _Assembly:
    keys: list[np.ndarray] = field(default_factory=list)
    docs: list[np.ndarray] = field(default_factory=list)
    turns: list[np.ndarray] = field(default_factory=list)
    dates: list[int] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)
    files: list[bytes] = field(default_factory=list)
    passages: int = 0
    documents: list[DatedDocument] = field(default_factory=list)
    first_doc: int = 0
    """The number of the first document (after those of the segments before it)."""


def _assemble(
    corpus: _Corpus,
    index_dir: Path,
    plan: list[_Step],
    progress: Progress | None,
    previous: list[dict[str, Any]] | None = None,
    keep: LoadedIndex | None = None,
    read: int = 0,
) -> BuildReport:
    """Write a generation: the one place a generation is made. It holds the segments of ``keep`` (the current
    generation, when files were only added), their files linked as they are, and one new segment of the digests
    of the plan's files ``keep`` does not hold: every file when it is None. With segments kept, only the norms
    and IDFs of each are written anew (``shared_statistics``), so that each scores as one engine over every row
    would; when the generation would grow past ``MAX_SEGMENTS`` or ``DELTA_SHARE`` of its first segment's rows,
    or an added passage would become the copy scored of a repeat indexed already, it raises ``_Declined`` with
    the files read so far, and the caller assembles one segment (``read``: those files). The digest cache keeps
    the entries of this generation and of the ``previous`` one's files still in the corpus (an edit undone is not
    read; a removed file's entry goes)."""
    meaning = load_model(corpus.model)
    digests = _Digests(corpus, index_dir, meaning.embedder, previous is None, read)
    recorded = {  # a file whose reading failed for a moment is read again (its digest was not kept)
        entry["path"]: entry
        for entry in (previous or []) if keep is not None and (
            not entry["skipped"] or digests.cache.has(str(digests.key(_recorded_state(entry))))
        )
    }
    segments = [dict(segment) for segment in keep.manifest["segments"]] if keep is not None else []
    parts = [] if keep is None else keep.engine.parts if isinstance(keep.engine, SegmentedEngine) else [keep.engine]
    prefix = f"d{len(segments)}-{secrets.token_hex(3)}." if keep is not None else ""
    first_doc, first_row = (len(keep.sources), len(keep.rows)) if keep is not None else (0, 0)
    result = _Assembly(first_doc=first_doc)
    params = Bm25Params()
    with GenerationWriter(index_dir) as generation:
        with generation.lines(prefix + SOURCES) as sources_out, generation.lines(prefix + PASSAGES) as passages_out:
            for digest in digests([step for step in plan if step.item.name not in recorded], progress):
                _add_digest(result, digest, sources_out, passages_out)
        keys = np.concatenate(result.keys) if result.keys else np.zeros((0, 2), dtype=np.uint64)
        docs = np.concatenate(result.docs) if result.docs else np.zeros(0, dtype=np.int32)
        lines, fresh = [], iter(result.files)
        for step in plan:
            entry = recorded.get(step.item.name)
            if entry is None:
                lines.append(next(fresh))
            else:
                assert step.state is not None  # a file that cannot be read now is a changed one
                lines.append(_file_line(step.state, entry["source"], entry["skipped"], tuple(entry["warnings"])))
        records = [json.loads(line) for line in lines]
        ranks = np.zeros(first_doc + len(result.dates), dtype=np.int64)
        ranks[[r["source"] for r in records if r["source"] is not None]] = np.arange(len(ranks))
        dates = np.array(result.dates, dtype=np.int64)
        grouping = group(keys, dates[docs] if len(docs) else np.zeros(0, dtype=np.int64))
        rows, repeats = grouping.rows, (grouping.holders, grouping.offsets, grouping.members)
        if keep is not None:
            all_docs = [*_passage_documents(keep), docs + first_doc]
            try:
                joined = _joined_repeats(keep, keys, dates, ranks, grouping, np.concatenate(all_docs))
            except (IndexError, ValueError, BriefbotError):  # values of the kept files that do not fit: damaged
                joined = None
            if joined is None or first_row - parts[0].size + len(joined[0]) > DELTA_SHARE * parts[0].size:
                raise _Declined(digests.read)
            rows, repeats = joined
        if meaning.embedder is not None:
            generation.array(prefix + MEANING_VECTORS, _row_vectors(rows, result.blocks, meaning.embedder.dimensions))
        generation.array(f"{prefix}{PASSAGES}.docs.npy", docs)
        generation.array(f"{prefix}{PASSAGES}.keys.npy", keys)
        turns = np.concatenate(result.turns) if result.turns else np.zeros((0, 2), dtype=LINKS_DTYPE)
        generation.array(f"{prefix}{PASSAGES}.turns.npy", turns)
        generation.array(f"{prefix}rows.npy", rows)
        for name, values in zip(("holders", "offsets", "members"), repeats, strict=True):
            generation.array(f"duplicates.{name}.npy", values)
        arrays = build_arrays(_row_counts(rows, result.blocks, digests.cache.lexicon.terms), params)
        segments.append({"prefix": prefix, "bound_average": _average(arrays["row_lengths"])})
        if keep is not None:
            parts = [*parts, Bm25Engine.from_arrays(arrays, params)]
            old_rows = [keep.arrays[f"{segment['prefix']}rows.npy"] for segment in segments[:-1]]
            try:
                places = [ranks[own[r]] for own, r in zip(all_docs, [*old_rows, rows], strict=True)]
                _share_statistics(generation, keep, segments, parts, places, params)
            except (IndexError, ValueError, OSError):  # kept values that do not fit (damaged), or no hard links here
                raise _Declined(digests.read) from None
            generation.array(SOURCE_RANKS, ranks)
        for name in ARRAY_NAMES:
            if engine_file(name, prefix) not in generation.files:
                generation.array(engine_file(name, prefix), arrays[name])
        generation.text(FILES, b"".join(lines))
        generation.text(ALIASES, aliases_lines(corpus.aliases))
        skipped, warnings = _passed_over(corpus, records)
        passages = (keep.manifest["counts"]["passages"] if keep is not None else 0) + result.passages
        manifest = {
            "corpus": {
                "folder": str(corpus.folder.resolve()),
                "fingerprint": corpus.fingerprint,
                "files": len(ranks),
                "skipped": [asdict(s) for s in skipped],
                "warnings": [asdict(w) for w in warnings],
            },
            "counts": {"sources": len(ranks), "passages": passages, "rows": first_row + len(rows)},
            "bm25": asdict(params),
            "meaning": _meaning_record(corpus, meaning),
            "reading": reading_key(),
            "segments": segments,
        }
        folder = generation.commit(manifest)
    present = {step.item.name for step in plan}  # a removed file's digest is dropped with it
    earlier = [entry for entry in previous or () if entry["path"] in present]
    digests.cache.keep_only([*digests.keys, *(digests.key(_recorded_state(entry)) or "" for entry in earlier)])
    documents = [*(DatedDocument.of(source) for source in (keep.sources if keep else ())), *result.documents]
    in_order = tuple(documents[r["source"]] for r in records if r["source"] is not None)
    return BuildReport(
        len(ranks), passages, tuple(skipped), folder, 0.0, tuple(warnings), read=digests.read, documents=in_order
    )


def _meaning_record(corpus: _Corpus, meaning: Any) -> dict[str, Any]:
    embedder = meaning.embedder
    dimensions = embedder.dimensions if embedder else None
    return {"model": corpus.model, "name": embedder.name if embedder else None, "dimensions": dimensions,
            "problem": meaning.problem}


def _average(lengths: np.ndarray) -> float:
    """The average row length, as ``build_arrays`` computes it."""
    return int(np.asarray(lengths, dtype=np.int64).sum()) / len(lengths) if len(lengths) else 0.0


def _kept(corpus: _Corpus, index_dir: Path) -> LoadedIndex | None:
    """The current generation, when an update that only adds files may keep its segments and add one (not when
    it is damaged: then the update assembles one segment from the digest cache)."""
    try:  # files linked as they are are checked when the new generation opens; those read to be rewritten, now
        current = load_index(index_dir, lambda name: not name.startswith(_REWRITTEN) and not name.endswith(_BOUNDS))
    except BriefbotError:
        return None
    base = current.engine.parts[0].size if isinstance(current.engine, SegmentedEngine) else len(current.rows)
    full = len(current.manifest["segments"]) >= MAX_SEGMENTS or len(current.rows) - base >= DELTA_SHARE * base
    same_model = current.manifest["meaning"] == _meaning_record(corpus, load_model(corpus.model))
    return current if same_model and not full else None


_REWRITTEN, _BOUNDS = ("duplicates.", FILES), engine_file("term_max_ratio")
"""Files a generation that keeps segments writes anew from the current generation's (checked when read)."""


def _share_statistics(
    generation: GenerationWriter,
    keep: LoadedIndex,
    segments: list[dict[str, Any]],
    parts: list[Bm25Engine],
    places: list[np.ndarray],
    params: Bm25Params,
) -> None:
    """Write every segment's norms, IDFs and bounds for the generation's rows, and link the kept segments' other
    files as they are."""
    average, norms, idfs = shared_statistics([part.arrays() for part in parts], _term_ids(parts), places, params)
    for segment, part, norm, idf in zip(segments, parts, norms, idfs, strict=True):
        bound, reach = part.arrays()["term_max_ratio"], segment["bound_average"]
        if average > reach:  # rows' ratios grow with the average length, by at most its growth
            bound = bound * (average / reach) * (1 + 1e-9) if reach else bound
            segment["bound_average"] = average
        for name, values in (("row_norms", norm), ("term_idf", idf), ("term_max_ratio", bound)):
            generation.array(engine_file(name, segment["prefix"]), values)
    for name, entry in keep.manifest["files"].items():
        if name not in generation.files and name not in (FILES, ALIASES, SOURCE_RANKS):
            generation.link(keep.folder, name, entry)


def _passage_documents(index: LoadedIndex) -> list[np.ndarray]:
    """For each segment of a generation, the document of each of its passages."""
    found, doc_offset = [], 0
    for segment in index.manifest["segments"]:
        found.append(np.asarray(index.arrays[f"{segment['prefix']}{PASSAGES}.docs.npy"]) + doc_offset)
        doc_offset += len(index.arrays[f"{segment['prefix']}{SOURCES}.offsets.npy"]) - 1
    return found


def _joined_repeats(
    previous: LoadedIndex, keys: np.ndarray, dates: np.ndarray, ranks: np.ndarray, grouping: Any, docs: np.ndarray
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]] | None:
    """The rows of a new segment (its passages ``keys``, grouped as ``grouping``, its documents dated ``dates``)
    and the repeats of the generation it joins (``docs``: every passage's document, ``ranks``: every document's
    place in corpus order): an added passage that repeats one indexed already is listed under the copy scored,
    as ``group`` would list it; None when an added copy would be the one scored (the earliest), as a copy
    indexed already would then stop being scored."""
    first_passage, first_doc = len(previous.passages), len(previous.sources)
    added: dict[tuple[int, int], list[int]] = {}
    for number, (high, low) in enumerate(keys.tolist()):
        added.setdefault((high, low), []).append(number)
    groups: dict[tuple[int, int], list[int]] = {}
    start = 0
    for segment in previous.manifest["segments"]:
        known = previous.arrays[f"{segment['prefix']}{PASSAGES}.keys.npy"]
        for number in np.flatnonzero(np.isin(known[:, 0], keys[:, 0])).tolist():
            key = (int(known[number, 0]), int(known[number, 1]))
            if key in added:
                groups.setdefault(key, []).append(start + number)
        start += len(known)

    def order(passage: int) -> tuple[int, int, int]:  # as ``group`` orders copies: date, then corpus order
        if passage >= first_passage:
            doc = int(docs[passage])
            return int(dates[doc - first_doc]), int(ranks[doc]), passage
        doc = previous.passages[passage].doc
        when = previous.sources[doc].date
        return (when.toordinal() if when else int(UNDATED)), int(ranks[doc]), passage

    repeats = {holder: list(members) for holder, members in previous.duplicates.items()}
    joining: set[int] = set()
    for key, copies in groups.items():
        holder = next((copy for copy in copies if copy in repeats), copies[0])  # the copy scored
        news = [first_passage + number for number in added[key]]
        if min(order(copy) for copy in news) < order(holder):
            return None
        together = np.array([*repeats.get(holder, ()), *news], dtype=np.int64)
        repeats[holder] = together[np.lexsort((together, ranks[docs[together]]))].tolist()
        joining.update(added[key])
    bounds = itertools.pairwise(grouping.offsets.tolist())
    for holder, (low, high) in zip(grouping.holders.tolist(), bounds, strict=True):
        if holder not in joining:
            repeats[first_passage + holder] = (grouping.members[low:high] + first_passage).tolist()
    rows = np.array([row for row in grouping.rows.tolist() if row not in joining], dtype=np.int64)
    holders = sorted(repeats)
    offsets = np.cumsum([0, *(len(repeats[h]) for h in holders)], dtype=np.int64)
    members = np.array([m for h in holders for m in repeats[h]], dtype=np.int64)
    return rows, (np.array(holders, dtype=np.int64), offsets, members)


def _term_ids(parts: list[Bm25Engine]) -> list[np.ndarray]:
    """The segments' terms numbered in one vocabulary: the first segment's ids, then the others' new terms."""
    ids = [np.arange(parts[0].vocabulary_size, dtype=np.int64)]
    more: dict[str, int] = {}
    for part in parts[1:]:
        found = []
        for number in range(part.vocabulary_size):
            term = part.term(number)
            known = parts[0].term_id(term)
            found.append(known if known >= 0 else more.setdefault(term, len(ids[0]) + len(more)))
        ids.append(np.array(found, dtype=np.int64))
    return ids


def _file_line(state: FileState, source: int | None, skipped: str | None, warnings: tuple[str, ...]) -> bytes:
    sidecar = None if state.sidecar is None else _state_record(state.sidecar)
    record = {**_state_record(state), "sidecar": sidecar, "source": source, "skipped": skipped}
    return json_line({**record, "warnings": list(warnings)})


def _state_record(state: FileState) -> dict[str, Any]:
    return {"path": state.path, "size": state.size, "mtime_ns": state.mtime_ns, "sha256": state.sha256}


def _add_digest(result: _Assembly, digest: FileDigest, sources_out: Any, passages_out: Any) -> None:
    if digest.source is None:  # a digest has a document (with passages) or says why the file was skipped
        result.files.append(_file_line(digest.state, None, digest.skipped or "no passages", digest.warnings))
        return
    assert digest.bags is not None and digest.offsets is not None and digest.keys is not None
    assert digest.turns is not None
    doc = len(result.dates)
    result.files.append(_file_line(digest.state, result.first_doc + doc, None, digest.warnings))
    sources_out.copy(*framed([json_line(source_record(digest.source))]))
    passages_out.copy(digest.records, digest.offsets, digest.crcs)
    count = len(digest.offsets) - 1
    result.documents.append(DatedDocument.of(digest.source))
    result.dates.append(digest.source.date.toordinal() if digest.source.date else int(UNDATED))
    result.keys.append(np.asarray(digest.keys, dtype=np.uint64))
    result.docs.append(np.full(count, doc, dtype=np.int32))
    result.turns.append(np.asarray(digest.turns, dtype=LINKS_DTYPE))
    result.blocks.append(_Block(result.passages, digest.bags, digest.vectors))
    result.passages += count


def _row_vectors(rows: np.ndarray, blocks: list[_Block], width: int) -> np.ndarray:
    """The meaning vectors of the indexed passages, in row order."""
    vectors = np.empty((len(rows), width), dtype=np.float32)
    for block, (low, high) in zip(blocks, _row_ranges(rows, blocks), strict=True):
        if low < high:
            assert block.vectors is not None
            vectors[low:high] = block.vectors[rows[low:high] - block.first]
    return vectors


def _row_ranges(rows: np.ndarray, blocks: list[_Block]) -> list[tuple[int, int]]:
    """For each block, the range of rows that index its passages."""
    edges = [block.first for block in blocks] + [blocks[-1].first + len(blocks[-1].bags.sizes)] if blocks else [0]
    bounds = np.searchsorted(rows, edges).tolist()
    return list(itertools.pairwise(bounds))


def _row_counts(rows: np.ndarray, blocks: list[_Block], vocabulary: list[str]) -> TermCounts:
    """The term counts of the indexed passages, in row order, from the blocks' bags (terms numbered in
    ``vocabulary``, the digest cache's lexicon: the engine lays its terms out in their own order)."""
    none = np.zeros(0, dtype=np.int64)
    parts = [(none, none, none, none)]  # terms, counts, sizes, lengths
    for block, (low, high) in zip(blocks, _row_ranges(rows, blocks), strict=True):
        if low == high:
            continue
        bags = block.bags
        assert bags.vocabulary is vocabulary
        if high - low == len(bags.sizes):  # every passage of the block (rows are distinct): all its bags
            parts.append((bags.terms, bags.counts, bags.sizes, bags.lengths))
            continue
        positions = rows[low:high] - block.first
        chosen = np.zeros(len(bags.sizes), dtype=bool)
        chosen[positions] = True
        mask = np.repeat(chosen, bags.sizes)
        parts.append((bags.terms[mask], bags.counts[mask], bags.sizes[positions], bags.lengths[positions]))
    terms, counts, sizes, lengths = (np.concatenate(column).astype(np.int64) for column in zip(*parts, strict=True))
    return TermCounts(vocabulary, np.repeat(np.arange(len(sizes), dtype=np.int64), sizes), terms, counts, lengths)
