"""The corpus folder: which files it holds, a fingerprint of their state, and reading one into a Document."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from index.errors import BriefbotError, ErrorKind, SkipFile
from index.limits import current_limits
from index.models import Document
from index.readers import READERS, reader_for
from index.safe_files import SMALL_FILE_BYTES, kind_of, outside_problem, read_regular, size_text
from index.sidecar import SIDECAR_SUFFIX, apply_metadata, document_name, is_sidecar, read_sidecar

DEFAULT_MAX_FILE_BYTES = 50_000_000
"""Larger files are skipped: a corpus document this big is almost always a mistake (a dump, a video)."""

CONFIG_FILES = frozenset({"aliases.toml"})
"""Files the corpus folder may hold that are settings, not documents."""


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """A candidate document: its place on disk and its path inside the corpus (forward slashes)."""

    path: Path
    name: str
    sidecar: Path | None = None
    """The file's ``NAME.meta.toml`` metadata, when it has one."""

    def signature(self) -> str:
        """The file's name, size and modification time, and its sidecar's: it changes when either does."""
        parts = [self.name]
        for path in (self.path, self.sidecar):
            if path is None:
                continue
            try:
                info = path.stat()
            except OSError:
                parts.append("missing")
                continue
            parts.append(f"{info.st_size}\0{info.st_mtime_ns}")
        return "\0".join(parts)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A corpus file left out of the index, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class FileWarning:
    """A corpus file that was indexed, with something a person should know about how it was read."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class CorpusScan:
    """The readable candidates of a corpus folder, in a stable order, and the files passed over."""

    files: tuple[CorpusFile, ...]
    skipped: tuple[Skipped, ...]
    config: tuple[CorpusFile, ...] = ()
    """Settings files found in the folder (``aliases.toml``): not documents, but the index depends on them."""

    def fingerprint(self) -> str:
        """A hash of every candidate's (with its sidecar's) and settings file's name, size and modification
        time: it changes when the corpus does."""
        digest = hashlib.sha256()
        for item in (*self.files, *self.config):
            digest.update(f"{item.signature()}\n".encode())
        return digest.hexdigest()


def scan_corpus(root: Path, max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES) -> CorpusScan:
    """List the document files under ``root`` (recursively, hidden entries ignored) in path order.

    A sidecar metadata file is not a document: it goes with the document it is named after. Folders reached
    through symbolic links are read once; a link that leads back into a folder already read is a loop and is
    skipped, and so is a link that leads outside the corpus folder (unless into one of the limits'
    ``linked_folders``) or to a hidden file. Files that are not regular files, whose names are not UTF-8, or
    larger than ``max_file_bytes`` are skipped with the reason, and so are folders that cannot be read.
    """
    check_corpus_folder(root)
    files: list[CorpusFile] = []
    skipped: list[Skipped] = []
    config: list[CorpusFile] = []
    sidecars: dict[str, Path] = {}
    seen_folders = {os.path.realpath(root)}
    allowed = current_limits().linked_folders

    def unreadable(error: OSError) -> None:
        folder = Path(error.filename) if error.filename else root
        if folder == root:
            raise BriefbotError(
                f"corpus folder {root} cannot be read: {error.strerror or error}", kind=ErrorKind.CORPUS_MISSING
            )
        skipped.append(Skipped(_display(folder, root) + "/", f"folder cannot be read: {error.strerror or error}"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=unreadable):
        kept = []
        for dirname in sorted(d for d in dirnames if not d.startswith(".")):
            folder = Path(dirpath) / dirname
            real = os.path.realpath(folder)
            if real in seen_folders:
                skipped.append(Skipped(_display(folder, root) + "/", "symbolic link loop: this folder is read already"))
                continue
            if outside_problem(folder, root, allowed) is not None:
                skipped.append(Skipped(_display(folder, root) + "/", "symbolic link to a folder outside the corpus"))
                continue
            if _leads_to_hidden(folder, root, allowed):
                skipped.append(Skipped(_display(folder, root) + "/", "symbolic link to a hidden folder"))
                continue
            seen_folders.add(real)
            kept.append(dirname)
        dirnames[:] = kept
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            path = Path(dirpath) / filename
            name = _display(path, root)
            problem = _file_problem(path, max_file_bytes, root, allowed)
            if problem is not None:
                skipped.append(Skipped(name, problem))
                continue
            if name in CONFIG_FILES:
                config.append(CorpusFile(path, name))
                continue
            if is_sidecar(name):
                sidecars[document_name(name)] = path
                continue
            if reader_for(path.suffix) is None:
                known = ", ".join(sorted(READERS))
                skipped.append(Skipped(name, f"unsupported file type (reads {known})"))
                continue
            files.append(CorpusFile(path, name))
    files = [CorpusFile(item.path, item.name, sidecars.pop(item.name, None)) for item in files]
    files.sort(key=lambda item: item.name)
    for owner in sidecars:
        skipped.append(Skipped(f"{owner}{SIDECAR_SUFFIX}", f"metadata for {owner}, which is not a document here"))
    return CorpusScan(tuple(files), tuple(skipped), tuple(sorted(config, key=lambda item: item.name)))


def _file_problem(path: Path, max_file_bytes: int | None, root: Path, allowed: tuple[Path, ...] = ()) -> str | None:
    """Why a directory entry cannot be a corpus file, or None when it can."""
    try:
        os.fsencode(path.name).decode("utf-8")
    except UnicodeDecodeError:
        return "file name is not valid UTF-8; rename the file"
    if path.is_symlink():
        if outside_problem(path, root, allowed) is not None:
            return "symbolic link to a file outside the corpus folder (not read)"
        if _leads_to_hidden(path, root, allowed):
            return "symbolic link to a hidden file (not read)"
    try:
        info = path.stat()
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "file disappeared while the corpus was read"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot be read: {error.strerror or error}"
    if not stat.S_ISREG(info.st_mode):
        return f"{kind_of(info.st_mode)}, not a regular file"
    if max_file_bytes is not None and info.st_size > max_file_bytes:
        return f"file is {size_text(info.st_size)}, over the size limit of {size_text(max_file_bytes)}"
    return None


def _leads_to_hidden(path: Path, root: Path, allowed: tuple[Path, ...]) -> bool:
    """Whether a link resolves to a hidden file or folder, or to one inside a hidden folder, of the corpus
    (or of an allowed folder)."""
    real = os.path.realpath(path)
    for base in (root, *allowed):
        top = os.path.realpath(base).rstrip(os.sep) + os.sep
        if real.startswith(top):
            return any(part.startswith(".") for part in real[len(top) :].split(os.sep))
    return Path(real).name.startswith(".")


def _display(path: Path, root: Path) -> str:
    """The path inside the corpus, printable even when the name is not UTF-8."""
    name = path.relative_to(root).as_posix()
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def corpus_root(item: CorpusFile) -> Path:
    """The corpus folder a file was found in."""
    depth = len(PurePosixPath(item.name).parts)
    return item.path.parents[depth - 1] if depth else item.path


def read_sidecar_bytes(item: CorpusFile) -> bytes | None:
    """A file's sidecar's bytes (None without one); raises OSError when it cannot be read."""
    if item.sidecar is None:
        return None
    return read_regular(item.sidecar, SMALL_FILE_BYTES, corpus_root(item), current_limits().linked_folders)


def check_corpus_folder(root: Path) -> None:
    """Raise BriefbotError unless ``root`` is an existing folder."""
    if not root.exists():
        raise BriefbotError(f"corpus folder {root} does not exist", kind=ErrorKind.CORPUS_MISSING)
    if not root.is_dir():
        raise BriefbotError(f"corpus folder {root} is not a folder", kind=ErrorKind.CORPUS_MISSING)


def read_document(item: CorpusFile, data: bytes | None = None, sidecar: bytes | None = None) -> Document:
    """Read one corpus file into a Document, with its sidecar's metadata applied; raises SkipFile with the
    reason when it cannot be used. ``data`` and ``sidecar`` are the file's and the sidecar's bytes when they
    were read already."""
    reader = reader_for(item.path.suffix)
    if reader is None:
        raise SkipFile("unsupported file type")
    document = reader(read_bytes(item) if data is None else data, item.name)
    if item.sidecar is not None:
        document = apply_metadata(document, read_sidecar(item.sidecar, sidecar))
    return document


def read_bytes(item: CorpusFile) -> bytes:
    """A corpus file's bytes (a regular file inside the corpus, within the size limit); raises SkipFile when
    it cannot be read."""
    limits = current_limits()
    try:
        return read_regular(item.path, limits.max_file_bytes, corpus_root(item), limits.linked_folders)
    except FileNotFoundError:
        raise SkipFile("file disappeared while the index was being built") from None
    except OSError as error:
        raise SkipFile(f"cannot be read: {error.strerror or error}") from None
