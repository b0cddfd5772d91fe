"""The corpus folder: which files it holds, a fingerprint of their state, and reading one into a Document."""

from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from index.errors import BriefbotError, ErrorKind, SkipFile
from index.limits import DEFAULT_MAX_FILE_BYTES, current_limits
from index.models import Document
from index.readers import READERS, reader_for
from index.safe_files import SMALL_FILE_BYTES, UnsafeFileError, check_regular, place_inside, read_regular
from index.sidecar import SIDECAR_SUFFIX, apply_metadata, document_name, is_sidecar, read_sidecar

READ_TYPES = ", ".join(sorted(READERS))
"""The file types briefbot reads, as a message names them."""

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
        for path in filter(None, (self.path, self.sidecar)):
            try:
                info = path.stat()
                parts.append(f"{info.st_size}\0{info.st_mtime_ns}")
            except OSError:
                parts.append("missing")
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
    """The document files under ``root`` in path order (hidden entries ignored, sidecars with their documents);
    link loops, links outside the corpus (bar ``linked_folders``) or to hidden files, irregular, oversized or
    non-UTF-8-named files and unreadable folders are skipped with the reason."""
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
            problem = _FOLDER_LOOP if real in seen_folders else _link_problem(folder, root, allowed, "folder")
            if problem is not None:
                skipped.append(Skipped(_display(folder, root) + "/", problem))
                continue
            seen_folders.add(real)
            kept.append(dirname)
        dirnames[:] = kept
        for filename in sorted(f for f in filenames if not f.startswith(".")):
            path = Path(dirpath) / filename
            name = _display(path, root)
            if (problem := _file_problem(path, max_file_bytes, root, allowed)) is not None:
                skipped.append(Skipped(name, problem))
            elif name in CONFIG_FILES:
                config.append(CorpusFile(path, name))
            elif is_sidecar(name):
                sidecars[document_name(name)] = path
            elif reader_for(path.suffix) is None:
                skipped.append(Skipped(name, f"unsupported file type (reads {READ_TYPES})"))
            else:
                files.append(CorpusFile(path, name))
    files = sorted((replace(item, sidecar=sidecars.pop(item.name, None)) for item in files), key=lambda item: item.name)
    for owner in sidecars:
        skipped.append(Skipped(f"{owner}{SIDECAR_SUFFIX}", f"metadata for {owner}, which is not a document here"))
    return CorpusScan(tuple(files), tuple(skipped), tuple(config))  # settings files lie at the top: in name order


def _file_problem(path: Path, max_file_bytes: int | None, root: Path, allowed: tuple[Path, ...] = ()) -> str | None:
    """Why a directory entry cannot be a corpus file, or None when it can."""
    try:
        os.fsencode(path.name).decode("utf-8")
    except UnicodeDecodeError:
        return "file name is not valid UTF-8; rename the file"
    if path.is_symlink() and not os.path.exists(path) and not _loops(path):
        return GONE_LINK  # wherever it pointed: what is gone is neither read nor outside anything
    if path.is_symlink() and (problem := _link_problem(path, root, allowed, "file")) is not None:
        return problem
    try:
        check_regular(path, max_file_bytes)
    except UnsafeFileError as error:
        return error.strerror or str(error)
    except FileNotFoundError:
        return GONE_LINK if path.is_symlink() else "file disappeared while the corpus was read"
    except OSError as error:
        return "symbolic link loop" if error.errno == errno.ELOOP else f"cannot be read: {error.strerror or error}"
    return None


GONE_LINK = "a link to a file that is gone"
"""Why a symbolic link whose target was deleted or moved is skipped."""
_FOLDER_LOOP = "symbolic link loop: this folder is read already"


def _loops(path: Path) -> bool:
    """Whether following the link ``path`` goes round in a loop."""
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == errno.ELOOP
    return False
_LINK_PROBLEMS = {
    "file": ("a file outside the corpus folder (not read)", "a hidden file (not read)"),
    "folder": ("a folder outside the corpus", "a hidden folder"),
}
"""Why a link to a file or a folder is not followed: it leads outside the corpus, or to something hidden."""


def _link_problem(path: Path, root: Path, allowed: tuple[Path, ...], what: str) -> str | None:
    """Why the ``what`` (file or folder) ``path`` leads to may not be read: it lies outside the corpus and the
    allowed folders, or is hidden or inside a hidden folder there; None when it may."""
    outside, hidden = _LINK_PROBLEMS[what]
    parts = place_inside(path, root, allowed)
    if parts is None:
        return f"symbolic link to {outside}"
    return f"symbolic link to {hidden}" if any(part.startswith(".") for part in parts) else None


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
    if not root.is_dir():
        problem = "is not a folder" if root.exists() else "does not exist"
        problem = "is a link to a folder that is gone" if root.is_symlink() and not root.exists() else problem
        raise BriefbotError(f"corpus folder {root} {problem}", kind=ErrorKind.CORPUS_MISSING)


def read_document(item: CorpusFile, data: bytes | None = None, sidecar: bytes | None = None) -> Document:
    """One corpus file as a Document, its sidecar applied (``data``, ``sidecar``: bytes already read); raises
    SkipFile with the reason."""
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
