"""The corpus folder: which files it holds, a fingerprint of their state, and reading one into a Document."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from index.errors import BriefbotError, SkipFile
from index.models import Document
from index.readers import READERS, reader_for

CONFIG_FILES = frozenset({"aliases.toml"})
"""Files the corpus folder may hold that are settings, not documents."""


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """A candidate document: its place on disk and its path inside the corpus (forward slashes)."""

    path: Path
    name: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A corpus file left out of the index, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class CorpusScan:
    """The readable candidates of a corpus folder, in a stable order, and the files passed over."""

    files: tuple[CorpusFile, ...]
    skipped: tuple[Skipped, ...]

    def fingerprint(self) -> str:
        """A hash of every candidate's name, size and modification time: it changes when the corpus does."""
        states = []
        for item in self.files:
            try:
                info = item.path.stat()
            except OSError:
                continue
            states.append((item.name, info.st_size, info.st_mtime_ns))
        return fingerprint_of(states)


def fingerprint_of(states: list[tuple[str, int, int]]) -> str:
    """The corpus fingerprint of files given as (name, size, mtime_ns), in scan order."""
    digest = hashlib.sha256()
    for name, size, mtime_ns in states:
        digest.update(f"{name}\0{size}\0{mtime_ns}\n".encode())
    return digest.hexdigest()


def scan_corpus(root: Path) -> CorpusScan:
    """List the document files under ``root`` (recursively, hidden entries ignored) in path order."""
    check_corpus_folder(root)
    files: list[CorpusFile] = []
    skipped: list[Skipped] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            path = Path(dirpath) / filename
            name = path.relative_to(root).as_posix()
            if name in CONFIG_FILES:
                continue
            if reader_for(path.suffix) is None:
                known = ", ".join(sorted(READERS))
                skipped.append(Skipped(name, f"unsupported file type (reads {known})"))
                continue
            files.append(CorpusFile(path, name))
    files.sort(key=lambda item: item.name)
    return CorpusScan(tuple(files), tuple(skipped))


def check_corpus_folder(root: Path) -> None:
    """Raise BriefbotError unless ``root`` is an existing folder."""
    if not root.exists():
        raise BriefbotError(f"corpus folder {root} does not exist")
    if not root.is_dir():
        raise BriefbotError(f"corpus folder {root} is not a folder")


def read_document(item: CorpusFile, data: bytes | None = None) -> Document:
    """Read one corpus file (or its ``data``, already read) into a Document; raises SkipFile with the reason
    when it cannot be used."""
    reader = reader_for(item.path.suffix)
    if reader is None:
        raise SkipFile("unsupported file type")
    return reader(read_bytes(item) if data is None else data, item.name)


def read_bytes(item: CorpusFile) -> bytes:
    """A corpus file's bytes; raises SkipFile when it cannot be read."""
    try:
        return item.path.read_bytes()
    except FileNotFoundError:
        raise SkipFile("file disappeared while the index was being built") from None
    except OSError as error:
        raise SkipFile(f"cannot be read: {error.strerror or error}") from None
