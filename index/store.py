"""The index on disk: versioned, checksummed plain arrays and JSON Lines, written atomically, never unpickled.

An index folder holds generations. Each build writes a new generation into a temporary folder, renames it
into place, then points ``CURRENT`` at it with an atomic file replace; a reader follows ``CURRENT`` and so
only ever sees a whole generation, and the previous generation is kept for readers still using it. A lock
file keeps two builds from writing at once. Beside the generations, ``digests/`` holds the digest cache the
builder assembles generations from (``index.digest_cache``); nothing in it is read when an index is opened.
A generation is one segment or a few (``segments`` in its manifest, each naming the prefix of its files); an
update that adds files links the files of the segments it keeps (``GenerationWriter.link``), and opening it
reads the segments as one index (``records.Chain``, ``records.RowBlocks``, ``engine.SegmentedEngine``).

A generation is a ``manifest.json`` (format, version, counts, and each file's size and SHA-256), ``.npy``
arrays (the engine's postings, the rows, the repeated passages) loaded with ``allow_pickle=False`` and
memory-mapped, JSON Lines files (documents, passages) read one record at a time by offset, each record
checked against its CRC-32, and small files read whole (the corpus files the generation was built from, the
alias groups its terms were made with). Nothing read from disk is trusted: every file must be a regular
file inside the index folder, of the size its manifest gives, and opening a generation checks every file's
CRC-32 (the small files' SHA-256), which is fast enough for a million passages; ``verify_index`` also hashes
everything with SHA-256 and checks that the arrays fit together, so it fails on whatever opening refuses.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import io
import json
import math
import os
import secrets
import shutil
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from index.aliases import AliasTable
from index.analyzer import ANALYZER_VERSION
from index.dedup import Duplicates
from index.engine import ARRAY_NAMES, Bm25Engine, Bm25Params, SegmentedEngine
from index.errors import BriefbotError, ErrorKind, IndexCorruptError, IndexMissingError, IndexVersionError
from index.models import Passage, PassageKind, Source, StatedDate
from index.records import Chain, IntSequence, JsonLines, RowBlocks
from index.safe_files import SMALL_FILE_BYTES, check_regular, read_regular
from index.turns import ANSWER_REACH, LINKS_DTYPE

FORMAT_NAME = "briefbot-index"
STORE_VERSION = 6
INDEX_VERSION = f"{STORE_VERSION}.{ANALYZER_VERSION}"
"""Changes when the file layout or the analyzer changes; an index of another version is not read."""

CURRENT_FILE = "CURRENT"
LOCK_FILE = ".lock"
MANIFEST = "manifest.json"
SOURCES = "sources"
PASSAGES = "passages"
FILES = "files.jsonl"
"""The corpus files a generation was built from, with their content hashes, for ``index update``."""
ALIASES = "aliases.jsonl"
"""The alias groups the terms were built with; questions are expanded with the same groups."""
DIGESTS = "digests"
"""The digest cache's folder beside the generations (``index.digest_cache``)."""
MEANING_VECTORS = "meaning.vectors.npy"
"""One meaning vector per BM25 row (``index.meaning``), when the index has a meaning model."""
SOURCE_RANKS = "sources.ranks.npy"
"""In a generation of several segments: each document's place in corpus order (equal scores keep that order)."""
HASHED_ON_OPEN = 1 << 20
"""Files up to this size are checked against their SHA-256 every time an index is opened."""
GENERATION_PREFIX = "gen-"
_TMP_PREFIX = ".tmp-"


def engine_file(name: str, prefix: str = "") -> str:
    """The file an engine array (of the segment whose files begin with ``prefix``) is saved in."""
    return f"{prefix}engine.{name}.npy"


@dataclass(frozen=True, slots=True)
class LoadedIndex:
    """A generation opened from disk: passages and documents read on demand, the engine memory-mapped."""

    manifest: dict[str, Any]
    sources: Sequence[Source]
    passages: Sequence[Passage]
    rows: Sequence[int]
    """For each BM25 row, the passage it scores: passages repeated in a document are indexed once."""
    duplicates: Mapping[int, list[int]]
    """For an indexed passage, the passages elsewhere with the same words."""
    engine: Bm25Engine | SegmentedEngine
    folder: Path
    arrays: Mapping[str, np.ndarray]
    """Every array of the generation by file name (memory-mapped where large)."""
    aliases: AliasTable = field(default_factory=AliasTable)
    """The alias groups the terms were built with."""
    turns: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=LINKS_DTYPE))
    """For each passage, how many passages later its answer turn and its reply turn come, 0 for none
    (``index.turns``; the generation's ``passages.turns.npy``)."""

    @property
    def vectors(self) -> np.ndarray | None:
        """The rows' meaning vectors (memory-mapped), or None when the index has none."""
        return self.arrays.get(MEANING_VECTORS)


def recorded_files(index_dir: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The current generation's manifest and the corpus files it was built from (path, size, mtime_ns, sha256,
    sidecar, source, skipped, warnings), both checked, without opening the rest of it."""
    folder, manifest = _current_manifest(index_dir)
    data = _read_checked(folder / FILES, manifest["files"][FILES], index_dir)
    try:
        entries = [json.loads(line) for line in data.splitlines()]
    except ValueError:
        entries = [None]
    if not all(_file_entry_ok(entry) for entry in entries):
        raise IndexCorruptError(f"index file {FILES} in {index_dir} holds a damaged entry")
    return manifest, entries


def _file_entry_ok(entry: Any, sidecar: bool = False) -> bool:
    """Whether a files-list entry has the fields an update reads, of the right types."""
    if not isinstance(entry, dict):
        return False
    fields_ok = (
        isinstance(entry.get("path"), str)
        and type(entry.get("size")) is int
        and type(entry.get("mtime_ns")) is int
        and isinstance(entry.get("sha256"), str | None)
    )
    if sidecar or not fields_ok:
        return fields_ok
    return (
        (entry.get("sidecar") is None or _file_entry_ok(entry["sidecar"], sidecar=True))
        and (entry.get("source") is None or type(entry.get("source")) is int)
        and isinstance(entry.get("skipped"), str | None)
        and isinstance(entry.get("warnings"), list)
        and "sidecar" in entry
        and "source" in entry
    )


def framed(lines: Sequence[bytes]) -> tuple[bytes, np.ndarray, np.ndarray]:
    """Records for a JSON Lines file: the lines joined, where each starts (one more than lines) and their CRC-32s."""
    offsets = np.cumsum([0, *map(len, lines)], dtype=np.int64)
    return b"".join(lines), offsets, np.array([zlib.crc32(line) for line in lines], dtype=np.uint32)


class LineWriter:
    """Appends JSON Lines to a generation file, keeping each line's offset and CRC-32."""

    def __init__(self, handle: io.BufferedWriter) -> None:
        self._handle = handle
        self._offsets: list[np.ndarray] = [np.zeros(1, dtype=np.int64)]
        self._crcs: list[np.ndarray] = [np.zeros(0, dtype=np.uint32)]
        self._size = 0

    def copy(self, data: bytes, offsets: np.ndarray, crcs: np.ndarray) -> None:
        """Append records as ``framed`` gives them: their bytes, offsets (from 0) and CRCs."""
        self._handle.write(data)
        self._offsets.append(np.asarray(offsets[1:], dtype=np.int64) + self._size)
        self._crcs.append(np.asarray(crcs, dtype=np.uint32))
        self._size += len(data)

    def finish(self) -> tuple[np.ndarray, np.ndarray]:
        """The offsets (one more than lines) and CRCs of everything written."""
        return np.concatenate(self._offsets), np.concatenate(self._crcs)


class GenerationWriter:
    """Writes one generation into a temporary folder; ``commit`` makes it current, leaving early discards it.

    Use as a context manager while holding the build lock (``build_lock`` checks and makes the index folder).
    """

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self.stamp = datetime.now(UTC)
        self.name = f"{GENERATION_PREFIX}{self.stamp:%Y%m%dT%H%M%S%f}-{secrets.token_hex(3)}"
        self.tmp = index_dir / f"{_TMP_PREFIX}{self.name}"
        self.tmp.mkdir()
        self.files: dict[str, dict[str, Any]] = {}

    def __enter__(self) -> GenerationWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def array(self, filename: str, values: np.ndarray) -> None:
        """Save an array as ``filename`` (``.npy``)."""
        values = np.ascontiguousarray(values)
        path = self.tmp / filename
        with open(path, "wb") as handle:
            np.save(handle, values, allow_pickle=False)
            handle.flush()
            os.fsync(handle.fileno())
        self.files[filename] = {**_describe(path), "dtype": values.dtype.str, "shape": list(values.shape)}

    @contextlib.contextmanager
    def lines(self, stem: str) -> Iterator[LineWriter]:
        """Write ``stem.jsonl`` with its line offsets and CRCs beside it."""
        path = self.tmp / f"{stem}.jsonl"
        with open(path, "wb") as handle:
            writer = LineWriter(handle)
            yield writer
            handle.flush()
            os.fsync(handle.fileno())
        self.files[path.name] = _describe(path)
        offsets, crcs = writer.finish()
        self.array(f"{stem}.offsets.npy", offsets)
        self.array(f"{stem}.crc.npy", crcs)

    def link(self, folder: Path, filename: str, entry: dict[str, Any]) -> None:
        """Take ``filename`` from the generation in ``folder`` as it is (a hard link, nothing read or written)."""
        check_regular(folder / filename, None, within=self.index_dir)
        os.link(folder / filename, self.tmp / filename, follow_symlinks=False)
        self.files[filename] = dict(entry)

    def text(self, filename: str, data: bytes) -> None:
        """Write a small file read whole (checked by its SHA-256)."""
        write_file(self.tmp / filename, data)
        self.files[filename] = _describe(self.tmp / filename)

    def commit(self, manifest: dict[str, Any]) -> Path:
        """Write the manifest, move the generation into place, point ``CURRENT`` at it; returns its folder."""
        manifest = {
            "format": FORMAT_NAME,
            "version": INDEX_VERSION,
            "created": self.stamp.isoformat(),
            **manifest,
            "files": self.files,
        }
        write_file(self.tmp / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        _fsync_dir(self.tmp)
        final = self.index_dir / self.name
        os.rename(self.tmp, final)
        write_file(
            self.index_dir / f"{_TMP_PREFIX}{CURRENT_FILE}",
            self.name.encode(),
            replace_to=self.index_dir / CURRENT_FILE,
        )
        _fsync_dir(self.index_dir)
        _prune(self.index_dir, keep={self.name})
        return final


def aliases_lines(aliases: AliasTable) -> bytes:
    """The alias groups as the generation's aliases file."""
    return b"".join(json_line(record) for record in aliases.to_records())


def load_index(index_dir: Path, unchecked: Callable[[str], bool] | None = None) -> LoadedIndex:
    """Open the current generation; raises IndexMissingError, IndexCorruptError or IndexVersionError.

    Large files whose names ``unchecked`` accepts are checked for their size, not their checksums, and no
    engine's values are checked: for an update that links them as they are into a new generation, whose
    opening checks them."""
    values_checked, unchecked = unchecked is None, unchecked or (lambda name: False)
    folder, manifest = _current_manifest(index_dir)
    try:
        files = manifest["files"]
        npy = {name: entry for name, entry in files.items() if name.endswith(".npy")}
        arrays = {n: _open_array(folder / n, e, index_dir, not unchecked(n)) for n, e in npy.items()}
        texts = {n: _checked_file(folder / n, e, index_dir, not unchecked(n)) for n, e in files.items() if n not in npy}
        alias_lines = texts[ALIASES] or _read_checked(folder / ALIASES, files[ALIASES], index_dir)  # large: unread
        aliases = AliasTable.from_records(json.loads(line) for line in alias_lines.splitlines())
        parts: list[_Segment] = []
        for segment in manifest["segments"]:
            params = Bm25Params(**manifest["bm25"])
            parts.append(_Segment(folder, index_dir, arrays, segment["prefix"], params, values_checked, parts))
        duplicates = Duplicates(*(arrays[f"duplicates.{name}.npy"] for name in ("holders", "offsets", "members")))
        sources: Sequence[Source] = parts[0].sources
        passages: Sequence[Passage] = parts[0].passages
        engine: Bm25Engine | SegmentedEngine = parts[0].engine
        rows, turns = parts[0].rows, parts[0].turns
        if len(parts) > 1:
            turns = np.concatenate([part.turns for part in parts])
            ranks = arrays[SOURCE_RANKS]
            rows = np.concatenate([part.rows + part.passage_offset for part in parts])
            if len(ranks) != sum(len(part.sources) for part in parts):
                raise ValueError("the documents' corpus order does not match the documents")
            row_docs = np.concatenate([part.docs[part.rows] + part.doc_offset for part in parts])
            vectors = [part.vectors for part in parts if part.vectors is not None]
            if len(vectors) == len(parts):
                arrays = {**arrays, MEANING_VECTORS: RowBlocks(vectors)}  # type: ignore[dict-item]
            engine = SegmentedEngine([part.engine for part in parts], lambda found: ranks[row_docs[found]])
            sources, passages = Chain([part.sources for part in parts]), Chain([part.passages for part in parts])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError) as error:
        raise IndexCorruptError(f"index in {index_dir} cannot be read ({type(error).__name__}: {error})") from None
    return LoadedIndex(
        manifest, sources, passages, IntSequence(rows), duplicates, engine, folder, arrays, aliases, turns
    )


class _Segment:
    """One segment of a generation as read from disk: its documents, passages, rows and engine, each
    checked to fit the others; its documents and passages are numbered after those of the segments ``before``."""

    def __init__(
        self,
        folder: Path,
        index_dir: Path,
        arrays: dict[str, Any],
        prefix: str,
        params: Bm25Params,
        checked: bool,
        before: list[_Segment],
    ) -> None:
        self.doc_offset = doc_offset = sum(len(part.sources) for part in before)
        self.passage_offset = sum(len(part.passages) for part in before)
        self.docs = docs = arrays[f"{prefix}{PASSAGES}.docs.npy"]

        def lines(stem: str, decode: Callable[[int, dict[str, Any]], Any]) -> JsonLines[Any]:
            name = f"{prefix}{stem}"
            offsets, crcs = arrays[f"{name}.offsets.npy"], arrays[f"{name}.crc.npy"]
            return JsonLines(folder / f"{name}.jsonl", offsets, crcs, decode, index_dir)

        self.sources: JsonLines[Source] = lines(SOURCES, lambda _, record: source_from(record))
        self.passages: JsonLines[Passage] = lines(
            PASSAGES, lambda number, record: _passage_from(record, int(docs[number]) + doc_offset)
        )
        self.rows = rows = arrays[f"{prefix}rows.npy"]
        self.engine = engine = Bm25Engine.from_arrays(
            {name: arrays[engine_file(name, prefix)] for name in ARRAY_NAMES}, params
        )
        damage = engine.problems() if checked else []
        if damage:
            raise ValueError(f"the engine's arrays do not fit together: {damage[0]}")
        if len(docs) != len(self.passages) or engine.size != len(rows) or (len(rows) and int(rows.max()) >= len(docs)):
            raise ValueError("counts of passages, rows and documents disagree")
        documents_fit = not len(docs) or 0 <= int(docs.min()) <= int(docs.max()) < len(self.sources)
        if (len(rows) and int(rows.min()) < 0) or not documents_fit:
            raise ValueError("passage or document numbers out of range")
        self.turns = turns = arrays[f"{prefix}{PASSAGES}.turns.npy"]
        if turns.shape != (len(docs), 2) or turns.dtype != LINKS_DTYPE:
            raise ValueError("the answer turns do not match the passages")
        if checked and len(turns):  # a turn stands in only for a passage of its own document
            number, column = np.nonzero(turns)
            target = number + turns[number, column]
            if int(turns.max()) > ANSWER_REACH or int(target.max(initial=0)) >= len(docs):
                raise ValueError("an answer turn out of range")
            if np.any(docs[target] != docs[number]):
                raise ValueError("an answer turn in another document")
        self.vectors = vectors = arrays.get(f"{prefix}{MEANING_VECTORS}")
        if vectors is not None and (vectors.ndim != 2 or len(vectors) != len(rows)):
            raise ValueError("the meaning vectors do not match the rows")


def meaning_setting(manifest: Mapping[str, Any]) -> str | None:
    """The meaning model setting an index was built with (None for an index that records none)."""
    meaning = manifest.get("meaning")
    return meaning.get("model") if isinstance(meaning, dict) else None


def verify_index(index_dir: Path) -> list[str]:
    """Hash every file of the current generation against its manifest, then open it as ``ask`` does and check
    that its arrays fit together; returns the problems found (none: [])."""
    folder, manifest = _current_manifest(index_dir)
    problems = []
    for name, entry in manifest["files"].items():
        path = folder / name
        try:
            check_regular(path, None, within=index_dir)
            if _describe(path)["sha256"] != entry.get("sha256"):
                problems.append(f"{name}: checksum mismatch")
        except OSError as error:
            problems.append(f"{name}: {error.strerror or error}")
    if problems:
        return problems
    try:
        index = load_index(index_dir)
        first = index.engine.parts[0] if isinstance(index.engine, SegmentedEngine) else index.engine
        if first.vocabulary_size:  # one search, as ``ask`` runs it
            index.engine.search({first.term(0): 1.0}, 1)
    except BriefbotError as error:
        problems.append(str(error))
    return problems


def _describe(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    crc = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            crc = zlib.crc32(block, crc)
    return {"bytes": path.stat().st_size, "sha256": digest.hexdigest(), "crc32": crc}


def _checked_file(path: Path, entry: Mapping[str, Any], index_dir: Path, checked: bool = True) -> bytes | None:
    """Check a generation file's size, then a small one's SHA-256 (returning its bytes) or a large one's
    CRC-32 (read through a memory map; returning None)."""
    size = check_regular(path, None, within=index_dir).st_size
    if size != entry["bytes"]:
        raise IndexCorruptError(
            f"index file {path.name} in {index_dir} is damaged (size {size}, expected {entry['bytes']})"
        )
    if entry["bytes"] <= HASHED_ON_OPEN:
        return _read_checked(path, entry, index_dir)
    if checked and zlib.crc32(np.memmap(path, dtype=np.uint8, mode="r").data) != entry["crc32"]:
        raise IndexCorruptError(f"index file {path.name} in {index_dir} is damaged (checksum mismatch)")
    return None


def _read_checked(path: Path, entry: Mapping[str, Any], index_dir: Path) -> bytes:
    data = read_regular(path, entry["bytes"], within=index_dir)
    if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise IndexCorruptError(f"index file {path.name} in {index_dir} is damaged (checksum mismatch)")
    return data


def _open_array(path: Path, entry: Mapping[str, Any], index_dir: Path, checked: bool = True) -> np.ndarray:
    """Load a small array whole after checking its SHA-256, map a large one after checking its CRC-32."""
    data = _checked_file(path, entry, index_dir, checked)
    if data is not None:
        values = np.load(io.BytesIO(data), allow_pickle=False)
    else:
        values = np.load(path, mmap_mode="r", allow_pickle=False)
    if values.dtype.str != entry["dtype"] or list(values.shape) != entry["shape"]:
        raise IndexCorruptError(f"index file {path.name} in {index_dir} does not hold the array its manifest describes")
    return values


def read_manifest(index_dir: Path) -> dict[str, Any]:
    """The current generation's manifest, checked for format and version."""
    return _current_manifest(index_dir)[1]


def _current_manifest(index_dir: Path) -> tuple[Path, dict[str, Any]]:
    """The current generation's folder and its manifest, checked."""
    folder = current_generation(index_dir)
    try:
        manifest = json.loads(read_regular(folder / MANIFEST, SMALL_FILE_BYTES, within=index_dir).decode("utf-8"))
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise IndexCorruptError(f"index in {index_dir} has no readable manifest ({reason})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise IndexCorruptError(f"{index_dir} does not hold a briefbot index")
    version = manifest.get("version")
    if version != INDEX_VERSION:
        newer = _version_key(version) > _version_key(INDEX_VERSION)
        written = f"was written by a newer briefbot (format version {version}, this one reads {INDEX_VERSION})"
        other = f"has format version {version}, this briefbot reads {INDEX_VERSION}"
        raise IndexVersionError(f"index in {index_dir} {written if newer else other}", newer=newer)
    problem = _manifest_problem(manifest)
    if problem is not None:
        raise IndexCorruptError(f"index in {index_dir} has a damaged manifest ({problem})")
    return folder, manifest


def _manifest_problem(manifest: dict[str, Any]) -> str | None:
    """What is wrong with the shape of a manifest of the right format and version, or None."""
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        return "no list of files"
    for name, entry in files.items():
        if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith(".") or name == MANIFEST:
            return f"bad file name {name!r}"
        if not isinstance(entry, dict):
            return f"bad entry for {name}"
        size, sha = entry.get("bytes"), entry.get("sha256")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0 or not isinstance(sha, str):
            return f"bad size or checksum for {name}"
        if type(entry.get("crc32")) is not int:
            return f"bad CRC-32 for {name}"
        described = isinstance(entry.get("dtype"), str) and isinstance(entry.get("shape"), list)
        if name.endswith(".npy") and not described:
            return f"bad array description for {name}"
    segments = manifest.get("segments")
    if not isinstance(segments, list) or not segments or not all(_segment_ok(s) for s in segments):
        return "bad list of segments"
    for key in ("created", "corpus", "counts", "bm25"):
        if key not in manifest:
            return f"no {key!r}"
    try:
        datetime.fromisoformat(manifest["created"])
        Bm25Params(**manifest["bm25"])
        if not all(map(_finite, manifest["bm25"].values())):
            return "BM25 parameters that are not numbers"
        corpus, counts = manifest["corpus"], manifest["counts"]
        if not isinstance(corpus, dict) or not isinstance(counts, dict):
            return "bad corpus record"
        listed = [(item, ("path", "reason")) for item in corpus.get("skipped", [])]
        listed += [(item, ("path", "message")) for item in corpus.get("warnings", [])]
        shapes = [
            all(isinstance(item, dict) and all(isinstance(item.get(k), str) for k in keys) for item, keys in listed),
            all(type(counts.get(key)) is int for key in ("sources", "passages", "rows")),
            type(corpus.get("files")) is int and isinstance(corpus.get("folder"), str),
        ]
        if not all(shapes):
            return "bad corpus record"
    except (TypeError, ValueError):
        return "bad creation time, BM25 parameters or corpus record"
    return None


def _segment_ok(segment: Any) -> bool:
    prefix = segment.get("prefix") if isinstance(segment, dict) else None
    bound = segment.get("bound_average") if isinstance(segment, dict) else None
    named = isinstance(prefix, str) and (prefix == "" or prefix.replace("-", "").replace(".", "").isalnum())
    return named and _finite(bound)


def _finite(value: Any) -> bool:
    """Whether a JSON value is a finite number (not a boolean)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _version_key(version: object) -> tuple[int, ...]:
    """A format version as numbers, for ordering; an unreadable one sorts first (treated as old)."""
    try:
        return tuple(int(part) for part in str(version).split("."))
    except ValueError:
        return ()


def current_generation(index_dir: Path) -> Path:
    """The folder ``CURRENT`` points at."""
    pointer = index_dir / CURRENT_FILE
    try:
        name = read_regular(pointer, 4096, within=index_dir).decode("utf-8").strip()
    except FileNotFoundError:
        raise IndexMissingError(f"no index in {index_dir}") from None
    except OSError as error:
        raise IndexCorruptError(f"cannot read {pointer}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        name = "(not text)"
    folder = index_dir / name
    if not name.startswith(GENERATION_PREFIX) or "/" in name or not folder.is_dir() or folder.is_symlink():
        raise IndexCorruptError(f"index in {index_dir} points at a missing generation {name!r}")
    return folder


@contextlib.contextmanager
def build_lock(index_dir: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the index folder's build lock; waits for another build (calling ``on_wait`` once).

    Stale temporary folders left by a build that was killed are removed once the lock is held. A failure to
    write (no such folder, no permission, a full disk) becomes one readable BriefbotError.
    """
    check_index_folder(index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        handle = open(index_dir / LOCK_FILE, "a+b")  # noqa: SIM115 - closed below, after the lock is released
    except OSError as error:
        raise BriefbotError(
            f"cannot write an index in {index_dir}: {_reason(error)}", kind=ErrorKind.INDEX_UNWRITABLE
        ) from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            _remove_stale_temporaries(index_dir)
            yield
        except OSError as error:
            raise BriefbotError(
                f"writing the index in {index_dir} failed: {_reason(error)}; the previous index is unchanged",
                kind=ErrorKind.INDEX_UNWRITABLE,
            ) from None
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _reason(error: OSError) -> str:
    where = f" ({error.filename})" if error.filename else ""
    return f"{error.strerror or error}{where}"


def check_index_folder(index_dir: Path) -> None:
    """Refuse to write into a folder that holds something other than an index."""
    if not index_dir.exists():
        return
    if not index_dir.is_dir():
        raise IndexCorruptError(f"index path {index_dir} is a file, not a folder", kind=ErrorKind.INDEX_UNWRITABLE)
    for name in (entry.name for entry in index_dir.iterdir()):
        if name not in (CURRENT_FILE, LOCK_FILE, DIGESTS) and not name.startswith((GENERATION_PREFIX, _TMP_PREFIX)):
            raise IndexCorruptError(
                f"refusing to write an index into {index_dir}: it holds other files ({name}); choose an empty "
                "or new folder",
                kind=ErrorKind.INDEX_UNWRITABLE,
            )


def _remove_stale_temporaries(index_dir: Path) -> None:
    for entry in index_dir.iterdir():
        if entry.name.startswith(_TMP_PREFIX):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def _prune(index_dir: Path, keep: set[str]) -> None:
    """Remove old generations, keeping ``keep`` and the newest previous one (a reader may still use it)."""
    previous = [
        e for e in index_dir.iterdir() if e.name.startswith(GENERATION_PREFIX) and e.is_dir() and e.name not in keep
    ]
    for old in sorted(previous, key=lambda e: e.name)[:-1]:
        shutil.rmtree(old, ignore_errors=True)


def source_record(source: Source) -> dict[str, Any]:
    """A document as its record in the sources file."""
    record = {"title": source.title, "url": source.url, "date": _iso(source.date), "path": source.path}
    if source.date_source is not None:
        record["date_from"] = source.date_source
    return record


def source_from(record: dict[str, Any]) -> Source:
    """A document from its record in the sources file."""
    return Source(
        record["title"], record["url"], _date(record["date"]), record["path"], date_source=record.get("date_from")
    )


def passage_record(passage: Passage) -> dict[str, Any]:
    """A passage as a JSON record. Its document number is kept outside the record (in ``passages.docs.npy``),
    so a passage's line stays the same when documents before it come or go and an update can copy it."""
    record: dict[str, Any] = {
        "pos": passage.position,
        "kind": passage.kind.value,
        "text": passage.text,
        "start": passage.start,
        "speaker": passage.speaker,
        "context": passage.context,
        "date": _iso(passage.date),
        "dates": [stated.iso for stated in passage.dates],
    }
    optional = (("page", passage.page), ("section", passage.section), ("sayer", passage.sayer))
    return record | {name: value for name, value in optional if value is not None}


_KINDS = {kind.value: kind for kind in PassageKind}


@functools.lru_cache(maxsize=8192)
def _stated(iso: str) -> StatedDate:
    """A stated date read back from its ISO form; dates repeat across passages, and each is immutable."""
    return StatedDate.from_iso(iso)


def _passage_from(record: dict[str, Any], doc: int) -> Passage:
    kind = record["kind"]
    return Passage(
        doc=doc,
        position=int(record["pos"]),
        kind=_KINDS[kind] if type(kind) is str and kind in _KINDS else PassageKind(kind),
        text=str(record["text"]),
        start=int(record["start"]),
        speaker=record["speaker"],
        context=record["context"],
        date=_date(record["date"]),
        dates=tuple(_stated(str(value)) for value in record["dates"]),
        page=int(record["page"]) if record.get("page") is not None else None,
        section=record.get("section"),
        sayer=record.get("sayer"),
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return _day(value) if value else None


@functools.lru_cache(maxsize=8192)
def _day(value: str) -> date:
    return date.fromisoformat(value)


def json_line(record: Any) -> bytes:
    """A record as one compact JSON line."""
    if _COMPACT_LINE is None:
        return _COMPACT.encode(record).encode() + b"\n"
    return "".join(_COMPACT_LINE(record, 0)).encode() + b"\n"


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""What ``json.dumps`` with these settings makes (one encoder for every line)."""
_MAKE_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_COMPACT_LINE: Callable[[Any, int], Sequence[str]] | None = None if _MAKE_ENCODER is None else _MAKE_ENCODER(
    None, _COMPACT.default, json.encoder.encode_basestring, None, ":", ",", False, False, True
)
"""``_COMPACT``'s C encoder, made once rather than for each record as ``JSONEncoder.encode`` makes it (the same
text: only records that hold themselves, which none does, would tell; a build encodes every passage)."""


def write_file(path: Path, data: bytes, replace_to: Path | None = None, durable: bool = True) -> None:
    """Write a file whole (never through a link planted at ``path``), flushed to disk when ``durable``, then
    rename it to ``replace_to`` (when given)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC
    with os.fdopen(os.open(path, flags, 0o644), "wb") as handle:
        handle.write(data)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())
    if replace_to is not None:
        os.replace(path, replace_to)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
