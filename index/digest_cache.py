"""The digest cache: each corpus file's digest kept beside the index, found again by the file's content hash.

Every generation is assembled from digests (``index.builder``); an update takes the digests of the files it
finds unchanged from here and reads only the others. An entry's key is a hash of what the digest depends on:
the file's name and content hash (and its sidecar's), the alias groups and word forms the terms are made
with, the meaning model, the reading limits and the code that reads, splits, dates and analyses files. So an
entry is never stale: when any of those change, its key does, and the file is read again.

An entry is one file, ``digests/<key>.digest`` in the index folder: a header (JSON) and the digest's arrays,
then the SHA-256 of all of it. It is written to a temporary file and renamed into place. An entry that is
missing, damaged or not what its name says is simply not found, and the file is read again; entries no
generation uses are removed after each build. Deleting the folder costs one full read of the corpus.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from index.aliases import AliasTable
from index.digest import Bags, FileDigest, FileState
from index.limits import current_limits
from index.safe_files import read_regular
from index.store import INDEX_VERSION, aliases_lines, source_from, source_record

CACHE_FOLDER = "digests"
"""The cache's folder inside the index folder."""
SUFFIX = ".digest"
_TMP_PREFIX = ".tmp-"
_MAGIC = b"BBDIGEST1\n"
_ARRAYS = ("offsets", "crcs", "keys", "terms", "counts", "sizes", "lengths", "vectors")
_CODE = ("aliases.py", "analyzer.py", "corpus.py", "dates.py", "dedup.py", "digest.py", "limits.py", "meaning.py")
"""The modules (with the readers package and the word forms) whose code shapes a digest."""


def settings_key(aliases: AliasTable, model: str | None) -> str:
    """A hash of everything besides the file that a digest depends on."""
    digest = hashlib.sha256()
    for part in (INDEX_VERSION, code_fingerprint(), repr(current_limits()), model or ""):
        digest.update(f"{part}\n".encode())
    digest.update(aliases_lines(aliases))
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """A hash of the code that reads, splits, dates and analyses corpus files (changed code: new keys)."""
    here = Path(__file__).resolve().parent
    paths = [here / name for name in _CODE]
    paths += sorted((here / "readers").rglob("*.py")) + sorted(here.glob("*.toml")) + [here / "splitter.py"]
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def entry_key(settings: str, state: FileState) -> str | None:
    """The key of a file's digest: its name and content hash (and its sidecar's) under ``settings``; None
    when the content is unknown (a file that could not be read is read again next time)."""
    sidecar = state.sidecar
    if state.sha256 is None or (sidecar is not None and sidecar.sha256 is None):
        return None
    parts = [settings, state.path, state.sha256, "" if sidecar is None else f"{sidecar.path}\0{sidecar.sha256}"]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class DigestCache:
    """The digest cache of one index folder."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self.folder = index_dir / CACHE_FOLDER

    def has(self, key: str) -> bool:
        return (self.folder / f"{key}{SUFFIX}").is_file()

    def load(self, key: str, state: FileState) -> FileDigest | None:
        """The digest stored under ``key``, with ``state`` as the file's state; None when there is none or it
        is damaged."""
        try:
            data = read_regular(self.folder / f"{key}{SUFFIX}", None, within=self.index_dir)
            return _decode(data, key, state)
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def save(self, key: str, digest: FileDigest) -> None:
        """Store a digest (atomically); a failure to write loses only the entry."""
        data = _encode(digest, key)
        temporary = self.folder / f"{_TMP_PREFIX}{key}-{secrets.token_hex(3)}"
        try:
            self.folder.mkdir(exist_ok=True)
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.folder / f"{key}{SUFFIX}")
        except OSError:
            temporary.unlink(missing_ok=True)

    def keep_only(self, keys: Iterable[str]) -> None:
        """Remove every entry but those of ``keys`` (and any temporary file a killed build left)."""
        wanted = {f"{key}{SUFFIX}" for key in keys}
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.name not in wanted and not entry.is_dir():
                entry.unlink(missing_ok=True)


def _encode(digest: FileDigest, key: str) -> bytes:
    arrays: dict[str, np.ndarray] = {"records": np.frombuffer(digest.records, dtype=np.uint8)}
    vocabulary: list[str] = []
    if digest.bags is not None:
        vocabulary = list(digest.bags.vocabulary)
        bags = digest.bags
        arrays.update(terms=bags.terms, counts=bags.counts, sizes=bags.sizes, lengths=bags.lengths)
    for name in ("offsets", "crcs", "keys", "vectors"):
        value = getattr(digest, name)
        if value is not None:
            arrays[name] = value
    arrays["vocabulary"] = np.frombuffer("\0".join(vocabulary).encode(), dtype=np.uint8)
    header: dict[str, Any] = {
        "key": key,
        "skipped": digest.skipped,
        "source": None if digest.source is None else source_record(digest.source),
        "warnings": list(digest.warnings),
        "terms": len(vocabulary),
        "arrays": {},
    }
    blobs: list[bytes] = []
    at = 0
    for name, value in arrays.items():
        value = np.ascontiguousarray(value)
        header["arrays"][name] = {"dtype": value.dtype.str, "shape": list(value.shape), "at": at}
        blobs.append(value.tobytes())
        at += value.nbytes
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    body = b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *blobs])
    return body + hashlib.sha256(body).digest()


def _decode(data: bytes, key: str, state: FileState) -> FileDigest | None:
    body, checksum = data[:-32], data[-32:]
    if not body.startswith(_MAGIC) or hashlib.sha256(body).digest() != checksum:
        return None
    start = len(_MAGIC) + 8
    head_size = int.from_bytes(body[len(_MAGIC) : start], "little")
    header = json.loads(body[start : start + head_size])
    if header["key"] != key:
        return None
    blobs = memoryview(body)[start + head_size :]
    arrays: dict[str, np.ndarray] = {}
    for name, where in header["arrays"].items():
        dtype = np.dtype(where["dtype"])
        if dtype.hasobject:
            return None
        count = int(np.prod(where["shape"], dtype=np.int64))
        at = int(where["at"])
        if at < 0 or at + count * dtype.itemsize > len(blobs):
            return None
        arrays[name] = np.frombuffer(blobs, dtype=dtype, count=count, offset=at).reshape(where["shape"])
    warnings = tuple(str(w) for w in header["warnings"])
    if header["source"] is None:
        return FileDigest(state, skipped=str(header["skipped"]), warnings=warnings)
    records = arrays["records"].tobytes()
    words = arrays["vocabulary"].tobytes().decode("utf-8")
    vocabulary = words.split("\0") if header["terms"] else []
    if len(vocabulary) != header["terms"] or not _fits(arrays, len(records), len(vocabulary)):
        return None
    bags = Bags(vocabulary, arrays["terms"], arrays["counts"], arrays["sizes"], arrays["lengths"])
    return FileDigest(
        state,
        source=source_from(header["source"]),
        records=records,
        offsets=arrays["offsets"],
        crcs=arrays["crcs"],
        keys=arrays["keys"],
        bags=bags,
        vectors=arrays.get("vectors"),
        warnings=warnings,
    )


def _fits(arrays: dict[str, np.ndarray], record_bytes: int, terms: int) -> bool:
    """Whether a digest's arrays fit together (a stored entry is checked, never trusted)."""
    if not all(name in arrays for name in _ARRAYS if name != "vectors"):
        return False
    offsets, sizes = arrays["offsets"], arrays["sizes"]
    passages = len(offsets) - 1
    entries = int(sizes.sum()) if len(sizes) else 0
    shapes = (
        passages >= 1
        and int(offsets[0]) == 0
        and int(offsets[-1]) == record_bytes
        and bool(np.all(np.diff(offsets) > 0))
        and len(arrays["crcs"]) == passages
        and arrays["keys"].shape == (passages, 2)
        and len(sizes) == passages
        and len(arrays["lengths"]) == passages
        and len(arrays["terms"]) == entries
        and len(arrays["counts"]) == entries
        and ("vectors" not in arrays or (arrays["vectors"].ndim == 2 and len(arrays["vectors"]) == passages))
    )
    terms_ok = not entries or (int(arrays["terms"].min()) >= 0 and int(arrays["terms"].max()) < terms)
    return bool(shapes and terms_ok and (not len(sizes) or int(sizes.min()) >= 0))
