"""The index on disk: versioned, checksummed JSON files, written atomically, never unpickled.

An index folder holds generations. Each build writes a new generation into a temporary folder, renames it
into place, then points ``CURRENT`` at it with an atomic file replace; a reader follows ``CURRENT`` and so
only ever sees a whole generation. A lock file keeps two builds from writing at once.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from index.aliases import AliasTable
from index.analyzer import ANALYZER_VERSION
from index.engine import Bm25Engine, Bm25Params
from index.errors import IndexCorruptError, IndexLockedError, IndexMissingError, IndexVersionError
from index.models import Passage, PassageKind, Source, StatedDate

FORMAT_NAME = "briefbot-index"
STORE_VERSION = 1
INDEX_VERSION = f"{STORE_VERSION}.{ANALYZER_VERSION}"
"""Changes when the file layout or the analyzer changes; an index of another version is not read."""

CURRENT_FILE = "CURRENT"
LOCK_FILE = ".lock"
MANIFEST = "manifest.json"
SOURCES = "sources.jsonl"
PASSAGES = "passages.jsonl"
TERMS = "terms.jsonl"
ALIASES = "aliases.jsonl"
_GEN_PREFIX = "gen-"
_TMP_PREFIX = ".tmp-"


@dataclass(frozen=True, slots=True)
class IndexContent:
    """Everything a generation holds, as plain values."""

    sources: list[Source]
    passages: list[Passage]
    rows: list[int]
    """For each BM25 row, the passage it scores: passages repeated in a document are indexed once."""
    terms: list[list[str]]
    """The analysed terms of each row."""
    duplicates: dict[int, list[int]] = field(default_factory=dict)
    """For an indexed passage, the passages elsewhere with the same words."""
    corpus: dict[str, Any] = field(default_factory=dict)
    """What was indexed: folder, fingerprint, file count and the files skipped."""
    params: Bm25Params = field(default_factory=Bm25Params)
    aliases: AliasTable = field(default_factory=AliasTable)
    """The alias groups the terms were built with; questions are expanded with the same groups."""


@dataclass(frozen=True, slots=True)
class LoadedIndex:
    """A generation read back from disk, with its engine ready to score."""

    manifest: dict[str, Any]
    sources: list[Source]
    passages: list[Passage]
    rows: list[int]
    duplicates: dict[int, list[int]]
    engine: Bm25Engine
    folder: Path
    aliases: AliasTable = field(default_factory=AliasTable)

    @property
    def created(self) -> datetime:
        """When the generation was written (UTC)."""
        return datetime.fromisoformat(self.manifest["created"])

    @property
    def fingerprint(self) -> str | None:
        """The corpus fingerprint the generation was built from."""
        return self.manifest.get("corpus", {}).get("fingerprint")


def write_index(index_dir: Path, content: IndexContent) -> Path:
    """Write ``content`` as a new generation and make it the current one; returns the generation folder.

    The caller should hold the build lock (see ``build_lock``).
    """
    _check_is_index_folder(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC)
    name = f"{_GEN_PREFIX}{stamp:%Y%m%dT%H%M%S%f}-{secrets.token_hex(3)}"
    tmp = index_dir / f"{_TMP_PREFIX}{name}"
    tmp.mkdir()
    try:
        checksums = {
            SOURCES: _write_lines(tmp / SOURCES, (_source_record(s) for s in content.sources)),
            PASSAGES: _write_lines(
                tmp / PASSAGES,
                (_passage_record(p, content.duplicates.get(i)) for i, p in enumerate(content.passages)),
            ),
            TERMS: _write_lines(
                tmp / TERMS, ({"p": p, "t": t} for p, t in zip(content.rows, content.terms, strict=True))
            ),
            ALIASES: _write_lines(tmp / ALIASES, content.aliases.to_records()),
        }
        manifest = {
            "format": FORMAT_NAME,
            "version": INDEX_VERSION,
            "created": stamp.isoformat(),
            "corpus": content.corpus,
            "counts": {"sources": len(content.sources), "passages": len(content.passages), "rows": len(content.rows)},
            "bm25": content.params.to_dict(),
            "checksums": checksums,
        }
        _write_bytes(tmp / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False).encode())
        _fsync_dir(tmp)
        final = index_dir / name
        os.rename(tmp, final)
        _write_bytes(index_dir / f"{_TMP_PREFIX}{CURRENT_FILE}", name.encode(), replace_to=index_dir / CURRENT_FILE)
        _fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(index_dir, keep={name})
    return final


def load_index(index_dir: Path) -> LoadedIndex:
    """Read the current generation; raises IndexMissingError, IndexCorruptError or IndexVersionError."""
    folder = current_generation(index_dir)
    manifest = _read_manifest(folder, index_dir)
    try:
        for filename, expected in manifest["checksums"].items():
            if _sha256(folder / filename) != expected:
                raise IndexCorruptError(
                    f"index file {filename} in {index_dir} is damaged (checksum mismatch); "
                    "rebuild it with `briefbot index build`"
                )
        sources = [_source_from(r) for r in _read_lines(folder / SOURCES)]
        passages: list[Passage] = []
        duplicates: dict[int, list[int]] = {}
        for number, record in enumerate(_read_lines(folder / PASSAGES)):
            passages.append(_passage_from(record))
            if record.get("dups"):
                duplicates[number] = [int(d) for d in record["dups"]]
        rows: list[int] = []
        terms: list[list[str]] = []
        for record in _read_lines(folder / TERMS):
            rows.append(int(record["p"]))
            terms.append([str(t) for t in record["t"]])
        params = Bm25Params(**manifest["bm25"])
        aliases = AliasTable.from_records(_read_lines(folder / ALIASES))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise IndexCorruptError(
            f"index in {index_dir} cannot be read ({type(error).__name__}: {error}); "
            "rebuild it with `briefbot index build`"
        ) from None
    return LoadedIndex(manifest, sources, passages, rows, duplicates, Bm25Engine(terms, params), folder, aliases)


def read_manifest(index_dir: Path) -> dict[str, Any]:
    """The current generation's manifest, checked for format and version."""
    return _read_manifest(current_generation(index_dir), index_dir)


def _read_manifest(folder: Path, index_dir: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexCorruptError(
            f"index in {index_dir} has no readable manifest ({error}); rebuild it with `briefbot index build`"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise IndexCorruptError(f"{index_dir} does not hold a briefbot index; rebuild it with `briefbot index build`")
    if manifest.get("version") != INDEX_VERSION:
        raise IndexVersionError(
            f"index in {index_dir} has format version {manifest.get('version')}, this briefbot reads "
            f"{INDEX_VERSION}; rebuild it with `briefbot index build`"
        )
    return manifest


def current_generation(index_dir: Path) -> Path:
    """The folder ``CURRENT`` points at."""
    pointer = index_dir / CURRENT_FILE
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise IndexMissingError(f"no index in {index_dir}; build one with `briefbot index build`") from None
    except OSError as error:
        raise IndexCorruptError(f"cannot read {pointer}: {error.strerror}") from None
    folder = index_dir / name
    if not name.startswith(_GEN_PREFIX) or "/" in name or not folder.is_dir():
        raise IndexCorruptError(
            f"index in {index_dir} points at a missing generation {name!r}; rebuild it with `briefbot index build`"
        )
    return folder


@contextlib.contextmanager
def build_lock(index_dir: Path, on_wait: Callable[[], None] | None = None, wait: bool = True) -> Iterator[None]:
    """Hold the index folder's build lock; waits for another build (calling ``on_wait`` once) or refuses.

    Stale temporary folders left by a build that was killed are removed once the lock is held.
    """
    _check_is_index_folder(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK_FILE, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise IndexLockedError(f"another build is writing the index in {index_dir}") from None
            if on_wait:
                on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            _remove_stale_temporaries(index_dir)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _check_is_index_folder(index_dir: Path) -> None:
    """Refuse to write into a folder that holds something other than an index."""
    if not index_dir.exists():
        return
    if not index_dir.is_dir():
        raise IndexCorruptError(f"index path {index_dir} is a file, not a folder")
    for entry in index_dir.iterdir():
        if entry.name in (CURRENT_FILE, LOCK_FILE) or entry.name.startswith((_GEN_PREFIX, _TMP_PREFIX)):
            continue
        raise IndexCorruptError(
            f"refusing to write an index into {index_dir}: it holds other files ({entry.name}); choose an empty "
            "or new folder"
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
    generations = sorted(
        (e for e in index_dir.iterdir() if e.name.startswith(_GEN_PREFIX) and e.is_dir()), key=lambda e: e.name
    )
    previous = [g for g in generations if g.name not in keep]
    for old in previous[:-1]:
        shutil.rmtree(old, ignore_errors=True)


def _source_record(source: Source) -> dict[str, Any]:
    return {"title": source.title, "url": source.url, "date": _iso(source.date), "path": source.path}


def _source_from(record: dict[str, Any]) -> Source:
    return Source(title=record["title"], url=record["url"], date=_date(record["date"]), path=record["path"])


def _passage_record(passage: Passage, duplicates: list[int] | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "doc": passage.doc,
        "pos": passage.position,
        "kind": passage.kind.value,
        "text": passage.text,
        "start": passage.start,
        "speaker": passage.speaker,
        "context": passage.context,
        "date": _iso(passage.date),
        "dates": [stated.iso for stated in passage.dates],
    }
    if passage.page is not None:
        record["page"] = passage.page
    if duplicates:
        record["dups"] = duplicates
    return record


def _passage_from(record: dict[str, Any]) -> Passage:
    return Passage(
        doc=int(record["doc"]),
        position=int(record["pos"]),
        kind=PassageKind(record["kind"]),
        text=str(record["text"]),
        start=int(record["start"]),
        speaker=record["speaker"],
        context=record["context"],
        date=_date(record["date"]),
        dates=tuple(StatedDate.from_iso(str(value)) for value in record["dates"]),
        page=int(record["page"]) if record.get("page") is not None else None,
    )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _write_lines(path: Path, records: Iterator[Any] | Any) -> str:
    """Write one JSON value a line; returns the file's SHA-256."""
    digest = hashlib.sha256()
    with open(path, "wb") as handle:
        for record in records:
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
            digest.update(line)
            handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    return digest.hexdigest()


def _read_lines(path: Path) -> Iterator[Any]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _write_bytes(path: Path, data: bytes, replace_to: Path | None = None) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    if replace_to is not None:
        os.replace(path, replace_to)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
