"""Adding files to the corpus: check every file first, refuse copies of what is there, then copy safely.

The metadata given goes into a text file's front matter, or into a sidecar (``NAME.meta.toml``) merged over one
already beside the file. A file handed over in a chat (``add_file``) is written only once the index folder is
known to be writable, and the index is then updated and swapped in. A refusal changes nothing.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, count
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from index.corpus import GONE_LINK, READ_TYPES, CorpusFile, read_bytes, scan_corpus
from index.errors import BriefbotError, ErrorKind, SkipFile
from index.limits import current_limits, document_budget
from index.models import Document
from index.readers import reader_for
from index.readers.frontmatter import FENCE, parse_url, split_front_matter
from index.readers.text import decode_text, read_text_document
from index.safe_files import UnsafeFileError, read_regular, size_text
from index.sidecar import FIELDS, Metadata, apply_metadata, is_sidecar, read_sidecar, render_sidecar, sidecar_name
from index.splitter import split_document
from index.store import check_index_folder

if TYPE_CHECKING:
    from index.holder import SearcherHolder

_TMP_PREFIX = ".briefbot-add-"


class AddRefused(BriefbotError):
    """Some files cannot be added; nothing was copied. ``problems`` holds one line per file."""

    kind = ErrorKind.BAD_FILE

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Addition:
    """A file ready to be copied in: where it goes, the bytes written, and what it will bring."""

    source: Path
    name: str
    """Its path in the corpus (forward slashes)."""
    content: bytes
    sidecar: str | None
    document: Document
    passages: int
    displaced: str | None = None
    """The name it would have had, when a different file already holds it."""


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A file not added because the corpus (or an earlier file of the same command) holds the same content."""

    source: Path
    existing: str


@dataclass(frozen=True, slots=True)
class AddPlan:
    """What ``add`` will do: the files to copy and the ones already there."""

    additions: list[Addition] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


def plan_additions(paths: list[Path], corpus_dir: Path, meta: Metadata, folder: str = "") -> AddPlan:
    """Check every file and decide its name in ``folder`` of the corpus ("": the top); nothing is written.
    Raises AddRefused listing every problem."""
    _check_folder(corpus_dir, folder)
    files = scan_corpus(corpus_dir).files  # raises BriefbotError for a missing corpus folder
    key_of = functools.cache(_stored_key)  # each corpus file read at most once
    added: dict[str, str] = {}  # the content key and name of every file planned so far
    plan = AddPlan()
    problems: list[str] = []
    for source in paths:
        try:
            data = _read_source(source)
            key = content_key(source.name, data)
            existing = added.get(key) or _holder(files, key_of, key, len(data))
            if existing is not None:
                plan.duplicates.append(Duplicate(source, existing))
                continue
            name, displaced = _free_name(corpus_dir, folder, source.name, added.values())
            plan.additions.append(_prepare(source, data, name, meta, displaced))
            added[key] = name
        except SkipFile as reason:
            problems.append(f"{source}: {reason}")
    if problems:
        raise AddRefused(problems)
    return plan


def _check_folder(corpus_dir: Path, folder: str) -> None:
    """Refuse a folder that is, or passes through, a link or a file: a link could lead outside the corpus."""
    path = corpus_dir
    for part in PurePosixPath(folder).parts:
        path = path / part
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            raise AddRefused([f"folder {folder}: {part} is a link or a file, not a folder of the corpus"])


def write_additions(corpus_dir: Path, additions: list[Addition]) -> None:
    """Copy the files in (each written whole, then renamed into place); on a failure remove what was copied."""
    written: list[Path] = []
    current: Addition | None = None
    try:
        for current in additions:
            target = corpus_dir / current.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if current.sidecar is not None:
                sidecar = target.with_name(sidecar_name(target.name))
                _write_new(sidecar, current.sidecar.encode())
                written.append(sidecar)
            _write_new(target, current.content)
            written.append(target)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        failed = current.source if current else "a file"
        raise BriefbotError(
            f"could not copy {failed} into the corpus ({error.strerror or error}); nothing was added"
        ) from None


def content_key(name: str, data: bytes) -> str:
    """What two files must share to be the same document: the body of a text file (its front matter left
    out, line ends and trailing spaces ignored), the exact bytes of any other file."""
    if _is_text(name):
        with contextlib.suppress(SkipFile):  # unreadable as text: its bytes
            _, body = split_front_matter(decode_text(data)[0])
            lines = [line.rstrip() for line in body.strip("\n").split("\n")]
            return "text:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return "bytes:" + hashlib.sha256(data).hexdigest()


def _holder(files: Iterable[CorpusFile], key_of: Callable[[CorpusFile], str | None], key: str, size: int) -> str | None:
    """The corpus file with the content key ``key`` of a file of ``size`` bytes, if any; only files that could
    match are read (text files for a text file, files of the same size for any other)."""
    text = key.startswith("text:")
    for item in files:
        if _is_text(item.name) == text and (text or _size(item.path) == size) and key_of(item) == key:
            return item.name
    return None


def _stored_key(item: CorpusFile) -> str | None:
    with contextlib.suppress(SkipFile):  # unreadable: it holds nothing to match
        return content_key(item.name, read_bytes(item))
    return None


def _size(path: Path) -> int | None:
    with contextlib.suppress(OSError):  # removed meanwhile
        return path.stat().st_size
    return None


def _is_text(name: str) -> bool:
    return reader_for(PurePosixPath(name).suffix) is read_text_document


def _read_source(source: Path) -> bytes:
    if source.is_dir():
        raise SkipFile("is a folder; give the files in it (for example folder/*.pdf)")
    if not source.exists():
        raise SkipFile(GONE_LINK if source.is_symlink() else "no such file")
    if is_sidecar(source.name):
        raise SkipFile("is a metadata file; add its document and the metadata comes along")
    if reader_for(source.suffix) is None:
        raise SkipFile(f"unsupported file type {source.suffix or '(none)'!r} (briefbot reads {READ_TYPES})")
    try:
        os.fsencode(source.name).decode("utf-8")
    except UnicodeDecodeError:
        raise SkipFile("file name is not valid UTF-8; rename the file") from None
    try:
        return read_regular(source, current_limits().max_file_bytes)
    except UnsafeFileError as error:
        raise SkipFile(error.strerror or str(error)) from None
    except OSError as error:
        raise SkipFile(f"cannot be read: {error.strerror or error}") from None


def _prepare(source: Path, data: bytes, name: str, meta: Metadata, displaced: str | None) -> Addition:
    """The bytes and sidecar to write for ``source``, checked by reading them as the index will."""
    reader = reader_for(source.suffix)
    assert reader is not None
    sidecar: str | None = None
    limits = current_limits()
    with document_budget(limits) as spent:
        if reader is read_text_document:
            content = with_front_matter(data, meta)
            document = reader(content, name)
        else:
            content = data
            beside = source.with_name(sidecar_name(source.name))
            given = meta.over(read_sidecar(beside) if beside.is_file() else Metadata())
            sidecar = None if given.is_empty() else render_sidecar(given)
            # the sidecar as written, read back as the index will read it
            written = Metadata() if sidecar is None else read_sidecar(Path(sidecar_name(name)), sidecar.encode())
            document = apply_metadata(reader(content, name), written)
        spent.check_time()
        passages = len(split_document(document))
        spent.check_time()
    if limits.max_file_bytes is not None and len(content) > limits.max_file_bytes:
        raise SkipFile(
            f"file is {size_text(len(content))}, over the size limit of {size_text(limits.max_file_bytes)} "
            "(BRIEFBOT_MAX_FILE_MB)"
        )
    if passages == 0:
        raise SkipFile("no passages: the file holds no words to index")
    return Addition(source, name, content, sidecar, document, passages, displaced)


def with_front_matter(data: bytes, meta: Metadata) -> bytes:
    """A text file's bytes with ``meta`` written into its front matter (fields it gives replace the file's)."""
    if meta.is_empty():
        return data
    fields, body = split_front_matter(decode_text(data)[0])
    fields.update({name: str(value) for name in FIELDS if (value := getattr(meta, name))})  # a date in ISO form
    lines = [f"{key}: {value}" if key in ("date", "kind") else f'{key}: "{value}"' for key, value in fields.items()]
    return "\n".join([FENCE, *lines, FENCE, body]).encode()


def _free_name(corpus_dir: Path, folder: str, filename: str, taken: Collection[str]) -> tuple[str, str | None]:
    """A name in ``folder`` that holds no file (nor sidecar) yet: the file's own name, else ``stem-2.ext``…"""
    suffix = PurePosixPath(filename).suffix
    stem = filename[: len(filename) - len(suffix)].lstrip(". ") or "document"  # never hidden, never without type
    names = chain([stem + suffix], (f"{stem}-{number}{suffix}" for number in count(2)))
    candidates = (PurePosixPath(folder, name).as_posix() for name in names)
    first = candidate = next(candidates)
    while candidate in taken or any((corpus_dir / name).exists() for name in (candidate, sidecar_name(candidate))):
        candidate = next(candidates)
    return candidate, (first if candidate != first else None)


def _write_new(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all, never replacing a file that is there."""
    tmp = path.with_name(f"{_TMP_PREFIX}{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            raise FileExistsError(17, "a file appeared with the same name meanwhile", str(path))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def check_index_writable(index_dir: Path) -> None:
    """Raise BriefbotError unless an index can be written in ``index_dir`` (created when missing)."""
    check_index_folder(index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        if not os.access(index_dir, os.W_OK | os.X_OK):
            raise PermissionError(errno.EACCES, "permission denied")
    except OSError as error:
        problem = f"cannot write an index in {index_dir}: {error.strerror or error}"
        raise BriefbotError(problem, kind=ErrorKind.INDEX_UNWRITABLE) from None


def checked_url(url: str) -> str:
    """``url`` trimmed; raises ValueError unless it is one http(s):// address."""
    try:
        value = parse_url(url, "")
    except SkipFile:
        value = ""
    if len(value) < 10:
        raise ValueError(f"{url!r} is not an http(s):// address")
    return value


NAME_LIMIT = 150
"""The longest file name accepted, in characters."""
_FORBIDDEN_IN_NAME = re.compile(r"[/\\:\x00-\x1f\x7f]")


class UploadRefused(BriefbotError):
    """The file was not added; the message says why, for the person who sent it. Nothing changed."""

    kind = ErrorKind.BAD_FILE


@dataclass(frozen=True, slots=True)
class Brought:
    """What a file added to the corpus brought: its title, date, speakers found and passages."""

    title: str
    date: date | None
    speakers: tuple[str, ...]
    passages: int
    files: int
    """Documents in the index once it is updated."""
    index_passages: int


def checked_file_name(name: str) -> str:
    """``name`` when it is a plain file name of a type briefbot reads; raises UploadRefused for path parts, a
    hidden name, control characters or a name too long: nothing is written outside the corpus."""
    if not name or name != name.strip() or _FORBIDDEN_IN_NAME.search(name) or name in (".", ".."):
        raise UploadRefused("the file name is not a plain file name (it names folders or holds control characters)")
    if name.startswith("."):
        raise UploadRefused("the file name is hidden (starts with a dot)")
    if len(name) > NAME_LIMIT:
        raise UploadRefused(f"the file name is longer than {NAME_LIMIT} characters")
    suffix = PurePosixPath(name).suffix
    if reader_for(suffix) is None:
        raise UploadRefused(f"unsupported file type {suffix or '(none)'!r}: briefbot reads {READ_TYPES}")
    return name


def check_size(size: int, limit: int) -> None:
    """Raise UploadRefused when ``size`` bytes is over ``limit``."""
    if size > limit:
        raise UploadRefused(
            f"the file is {size / 1_000_000:.1f} MB, over the limit of {limit / 1_000_000:g} MB",
            kind=ErrorKind.TOO_LARGE,
        )


def add_file(holder: SearcherHolder, name: str, data: bytes, meta: Metadata) -> Brought:
    """Add the file ``name`` holding ``data`` (described by ``meta``) through the holder. Raises UploadRefused
    (nothing changed) or BriefbotError (the file was added, the index not updated)."""
    library = holder.library
    checked_file_name(name)
    check_size(len(data), library.max_file_bytes or len(data))
    with tempfile.TemporaryDirectory(prefix="briefbot-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            plan = plan_additions([path], library.corpus_dir, meta)
        except BriefbotError as error:  # the file, or the corpus folder itself, is refused: nothing was written
            raise UploadRefused(str(error).removeprefix(f"{path}: ")) from None
    if plan.duplicates:
        raise UploadRefused("the corpus already holds a document with the same content")
    try:
        check_index_writable(library.index_dir)
    except BriefbotError as error:
        raise UploadRefused(f"the index cannot be updated: {error}") from None
    copied: list[bool] = []
    try:
        report = holder.add(plan, on_copied=lambda: copied.append(True))
    except BriefbotError as error:
        if not copied:
            raise UploadRefused(str(error)) from None
        raise
    (addition,) = plan.additions
    document = addition.document
    speakers = tuple(dict.fromkeys(p.speaker for p in split_document(document) if p.speaker))
    return Brought(document.title, document.date, speakers, addition.passages, report.files, report.passages)
