"""The digest cache: each corpus file's digest kept beside the index, found again by the file's content hash.

An entry, ``digests/<key>.digest``, is a JSON header and the digest's arrays, then a CRC-32 of all of it;
its key hashes everything the digest depends on (the file's content, its sidecar's, the alias groups, the
meaning model, the reading limits, the code that reads files), so an entry is never stale, only unused. Its
terms are numbers in the shared, append-only ``digests/lexicon``, on disk before any entry using them. An
entry that is missing, damaged, a link or of another lexicon is not found: the file is read again. See
docs/index-on-disk.md.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import secrets
import zlib
from collections.abc import Collection, Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from index.aliases import AliasTable
from index.digest import Bags, FileDigest, FileState
from index.limits import current_limits
from index.safe_files import read_regular
from index.sent_terms import TermsView
from index.store import DIGESTS, INDEX_VERSION, aliases_lines, source_from, source_record, write_file
from index.turns import LINKS_DTYPE

CACHE_FOLDER = DIGESTS
SUFFIX = ".digest"
_TMP_PREFIX = ".tmp-"
_MAGIC = b"BBDIGEST2\n"
_LEXICON = "lexicon"
_LEXICON_MAGIC = b"BBLEXICON1 "
_ARRAYS = ("offsets", "crcs", "keys", "turns", "terms", "counts", "sizes", "lengths", "vectors")
_CODE: tuple[str, ...] = ("aliases.py", "analyzer.py", "corpus.py", "dates.py", "dedup.py", "digest.py", "limits.py")
_CODE += ("meaning.py", "engine.py", "models.py", "sidecar.py", "speaker_field.py", "speakers.py", "store.py")
"""The modules (with the readers package and the word forms) whose code shapes a digest."""


def settings_key(aliases: AliasTable, model: str | None) -> str:
    """A hash of everything besides the file that a digest depends on: the reading code and limits
    (``reading_key``), the meaning model and the alias groups."""
    return hashlib.sha256(f"{reading_key()}\n{model or ''}\n".encode() + aliases_lines(aliases)).hexdigest()


def reading_key() -> str:
    """A hash of briefbot's reading code and reading limits: what a file's digest depends on besides the file,
    the alias groups and the meaning model (kept in the manifest, so that an index read under other rules is
    known to be stale)."""
    return hashlib.sha256(f"{INDEX_VERSION}\n{code_fingerprint()}\n{current_limits()!r}".encode()).hexdigest()


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


class Lexicon:
    """The cache's terms, numbered in the order they were first stored; new terms wait in memory until
    ``flush`` appends them to the lexicon file."""

    def __init__(self, path: Path | None, index_dir: Path, fresh: bool) -> None:
        self.path = path
        """The lexicon file (None: a lexicon kept in memory only)."""
        self.terms: list[str] = []
        self.token = ""
        self.stored = 0
        """How many of ``terms`` the lexicon file holds."""
        if path is not None and not fresh:
            self._open(path, index_dir)
        if not self.token:
            self.terms, self.token, self.stored = [], secrets.token_hex(8), 0
            if path is not None:
                write_file(path, _LEXICON_MAGIC + self.token.encode() + b"\n", durable=False)
        self.ids = {term: n for n, term in enumerate(self.terms)}
        self._tables: dict[int, tuple[list[str], np.ndarray, int]] = {}
        """For each worker's table of terms (``index.sent_terms``) by its id: the table, the lexicon number of each
        of its terms looked up so far (-1: not in the lexicon then), and how many were."""

    def _open(self, path: Path, index_dir: Path) -> None:
        """Read the lexicon file; a torn last record (a build killed while appending) is cut off; a file
        damaged elsewhere leaves the lexicon without a token (to be started afresh)."""
        try:
            data = read_regular(path, None, within=index_dir, follow=False)
        except OSError:
            return
        head, _, rest = data.partition(b"\n")
        if not head.startswith(_LEXICON_MAGIC):
            return
        at = 0
        while at + 8 <= len(rest):
            size, crc = int.from_bytes(rest[at : at + 4], "little"), int.from_bytes(rest[at + 4 : at + 8], "little")
            record = rest[at + 8 : at + 8 + size]
            if len(record) < size or zlib.crc32(record) != crc:
                break
            try:
                self.terms.extend(str(term) for term in json.loads(record))
            except ValueError:
                return
            at += 8 + size
        if len(head) + 1 + at < len(data):
            try:
                os.truncate(path, len(head) + 1 + at)
            except OSError:
                return
        self.token = head.removeprefix(_LEXICON_MAGIC).decode("ascii", "replace")
        self.stored = len(self.terms)

    def ids_of(self, vocabulary: Collection[str]) -> np.ndarray:
        """The lexicon numbers of terms, adding the new ones."""
        if isinstance(vocabulary, TermsView):
            return self._ids_in_table(vocabulary)
        terms = list(vocabulary)
        numbers = list(map(self.ids.get, terms))  # each term looked up once; the new ones numbered in order
        at = -1
        while (at := _index(numbers, None, at + 1)) >= 0:
            number = self.ids.get(terms[at])
            if number is None:
                number = self.ids[terms[at]] = len(self.terms)
                self.terms.append(terms[at])
            numbers[at] = number
        return np.array(numbers, dtype=np.int32)

    def _ids_in_table(self, view: TermsView) -> np.ndarray:
        """``ids_of`` for a vocabulary read in a worker's table: each term of the table is looked up once, and a
        term the lexicon lacks is added when a vocabulary first holds it, in the vocabulary's order (as ``ids_of``
        adds it)."""
        table = view.table
        _, mapped, done = self._tables.get(id(table), (table, np.zeros(0, dtype=np.int64), 0))
        if done < len(table):
            if len(table) > len(mapped):
                mapped = np.concatenate((mapped[:done], np.empty(2 * len(table) - done, dtype=np.int64)))
            looked = map(self.ids.get, table[done:], itertools.repeat(-1))
            mapped[done : len(table)] = np.fromiter(looked, dtype=np.int64, count=len(table) - done)
            done = len(table)
            self._tables[id(table)] = (table, mapped, done)  # the table is held: its id stays its own
        numbers = mapped[view.numbers]
        for at in np.flatnonzero(numbers < 0).tolist():  # terms the lexicon lacked when the table learnt them
            place = int(view.numbers[at])
            term = table[place]
            number = self.ids.get(term)
            if number is None:
                number = self.ids[term] = len(self.terms)
                self.terms.append(term)
            numbers[at] = mapped[place] = number
        return numbers.astype(np.int32)

    def flush(self) -> None:
        """Append the terms added since the last flush to the lexicon file, on disk before this returns;
        raises OSError when it cannot (no entry may then use them)."""
        if self.stored == len(self.terms):
            return
        if self.path is None:
            raise OSError("the lexicon is kept in memory only")
        record = json.dumps(self.terms[self.stored :], ensure_ascii=False).encode()
        flags = os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC
        with os.fdopen(os.open(self.path, flags), "ab") as handle:
            handle.write(len(record).to_bytes(4, "little") + zlib.crc32(record).to_bytes(4, "little") + record)
            handle.flush()
            os.fsync(handle.fileno())
        self.stored = len(self.terms)


def _index(values: list[Any], value: Any, start: int) -> int:
    """The first place of ``value`` in ``values`` from ``start`` on, or -1."""
    try:
        return values.index(value, start)
    except ValueError:
        return -1


class DigestCache:
    """The digest cache of one index folder; ``fresh`` starts a new lexicon (and so, in effect, a new cache)."""

    def __init__(self, index_dir: Path, fresh: bool = False) -> None:
        self.index_dir = index_dir
        self.folder = index_dir / CACHE_FOLDER
        self.usable = True
        """False when the cache cannot be written (then nothing is stored, and nothing is lost)."""
        try:
            self.folder.mkdir(exist_ok=True)
            if self.folder.is_symlink() or not self.folder.is_dir():
                raise NotADirectoryError(self.folder)
            self.lexicon = Lexicon(self.folder / _LEXICON, index_dir, fresh)
        except OSError:
            self.usable = False
            self.lexicon = Lexicon(None, index_dir, fresh)
        self._waiting: list[tuple[str, bytes]] = []

    def has(self, key: str) -> bool:
        return self.usable and (self.folder / f"{key}{SUFFIX}").is_file()

    def load(self, key: str, state: FileState, width: int | None = None) -> FileDigest | None:
        """The digest stored under ``key``, with ``state`` as the file's state and its terms numbered in the
        lexicon; None when there is none, it is damaged, or it lacks meaning vectors ``width`` wide (if given)."""
        try:
            data = read_regular(self.folder / f"{key}{SUFFIX}", None, follow=False)  # the folder is no link
            return _decode(data, key, state, self.lexicon, width)
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def numbered(self, digest: FileDigest) -> FileDigest:
        """A digest read from its file, its terms numbered in the lexicon."""
        if digest.bags is None:
            return digest
        bags = digest.bags
        numbers = self.lexicon.ids_of(bags.vocabulary)
        terms = numbers[bags.terms] if len(numbers) else np.asarray(bags.terms, dtype=np.int32)
        return replace(digest, bags=replace(bags, vocabulary=self.lexicon.terms, terms=terms))

    def save(self, key: str, digest: FileDigest) -> None:
        """Store a digest whose terms are numbered in the lexicon; entries are written in groups, after the
        lexicon terms they use are on disk (see ``flush``)."""
        if self.usable:
            self._waiting.append((key, _encode(digest, key, self.lexicon.token)))
            if len(self._waiting) >= 64:
                self.flush()

    def flush(self) -> None:
        """Write the lexicon's new terms, then the entries waiting; a failure to write loses only entries."""
        waiting, self._waiting = self._waiting, []
        try:
            self.lexicon.flush()
        except OSError:
            self.usable = False
            return
        for key, data in waiting:
            temporary = self.folder / f"{_TMP_PREFIX}{key}"
            try:  # not flushed to disk: an entry is checked when read, and a torn one is not used
                write_file(temporary, data, replace_to=self.folder / f"{key}{SUFFIX}", durable=False)
            except OSError:
                temporary.unlink(missing_ok=True)

    def keep_only(self, keys: Iterable[str]) -> None:
        """Remove every entry but those of ``keys`` (and any temporary file a killed build left); nothing else in
        the folder, and nothing at all when the folder is not the cache's own (a link)."""
        if not self.usable:
            return
        wanted = {f"{key}{SUFFIX}" for key in keys}
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return
        for entry in entries:
            ours = entry.name.endswith(SUFFIX) or entry.name.startswith(_TMP_PREFIX)
            if ours and entry.name not in wanted and not entry.is_dir():
                entry.unlink(missing_ok=True)


def _encode(digest: FileDigest, key: str, lexicon: str) -> bytes:
    arrays: dict[str, np.ndarray] = {"records": np.frombuffer(digest.records, dtype=np.uint8)}
    terms = 0
    if digest.bags is not None:
        bags = digest.bags
        terms = int(bags.terms.max()) + 1 if len(bags.terms) else 0
        arrays.update(terms=bags.terms, counts=bags.counts, sizes=bags.sizes, lengths=bags.lengths)
    for name in ("offsets", "crcs", "keys", "turns", "vectors"):
        value = getattr(digest, name)
        if value is not None:
            arrays[name] = value
    header: dict[str, Any] = {
        "key": key,
        "skipped": digest.skipped,
        "source": None if digest.source is None else source_record(digest.source),
        "warnings": list(digest.warnings),
        "lexicon": lexicon,
        "terms": terms,
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
    return body + zlib.crc32(body).to_bytes(4, "little")


def _decode(data: bytes, key: str, state: FileState, lexicon: Lexicon, width: int | None) -> FileDigest | None:
    body, checksum = memoryview(data)[:-4], data[-4:]
    if bytes(body[: len(_MAGIC)]) != _MAGIC or zlib.crc32(body).to_bytes(4, "little") != checksum:
        return None
    start = len(_MAGIC) + 8
    head_size = int.from_bytes(body[len(_MAGIC) : start], "little")
    header = json.loads(bytes(body[start : start + head_size]))
    if header["key"] != key or header["lexicon"] != lexicon.token or not 0 <= header["terms"] <= lexicon.stored:
        return None
    blobs = body[start + head_size :]
    arrays: dict[str, np.ndarray] = {}
    for name, where in header["arrays"].items():
        dtype = np.dtype(where["dtype"])
        if dtype.hasobject:
            return None
        count = int(np.prod(where["shape"], dtype=np.int64))
        at = int(where["at"])
        if at < 0 or at + count * dtype.itemsize > len(blobs):
            return None
        values = np.frombuffer(blobs, dtype=dtype, count=count, offset=at).reshape(where["shape"])
        arrays[name] = values if name == "records" else values.copy()  # held until the end of the build
    warnings = tuple(str(w) for w in header["warnings"])
    if header["source"] is None:
        return FileDigest(state, skipped=str(header["skipped"]), warnings=warnings)
    records = arrays["records"].tobytes()
    if not _fits(arrays, len(records), int(header["terms"]), width):
        return None
    bags = Bags(lexicon.terms, arrays["terms"], arrays["counts"], arrays["sizes"], arrays["lengths"])
    return FileDigest(
        state,
        source=source_from(header["source"]),
        records=records,
        offsets=arrays["offsets"],
        crcs=arrays["crcs"],
        keys=arrays["keys"],
        turns=arrays["turns"],
        bags=bags,
        vectors=arrays.get("vectors"),
        warnings=warnings,
    )


def _fits(arrays: dict[str, np.ndarray], record_bytes: int, terms: int, width: int | None) -> bool:
    """Whether a digest's arrays fit together, with meaning vectors ``width`` wide if given (a stored entry is
    checked, never trusted)."""
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
        and arrays["turns"].shape == (passages, 2)
        and arrays["turns"].dtype == LINKS_DTYPE
        and len(sizes) == passages
        and len(arrays["lengths"]) == passages
        and len(arrays["terms"]) == entries
        and len(arrays["counts"]) == entries
        and (width is None or ("vectors" in arrays and arrays["vectors"].shape == (passages, width)))
    )
    terms_ok = not entries or (int(arrays["terms"].min()) >= 0 and int(arrays["terms"].max()) < terms)
    return bool(shapes and terms_ok and (not len(sizes) or int(sizes.min()) >= 0))
