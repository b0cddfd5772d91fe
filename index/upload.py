"""A file handed over by a person (a chat attachment) added to the corpus, with the checks of ``briefbot add``.

The bytes are checked by ``bot.adding`` exactly as ``briefbot add`` checks a file (type, size, words to
index, content already in the corpus), the index folder must be writable, and only then is the file written
into the corpus (whole, then renamed into place) and the index updated and swapped in, so the next question
is answered from it. A refusal changes nothing.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from bot.adding import AddRefused, check_index_writable, plan_additions, write_additions
from bot.searcher_holder import SearcherHolder
from index.errors import BriefbotError
from index.readers import READERS, reader_for
from index.sidecar import Metadata
from index.splitter import split_document

NAME_LIMIT = 150
"""The longest file name accepted, in characters."""
_FORBIDDEN_IN_NAME = re.compile(r"[/\\:\x00-\x1f\x7f]")


class UploadRefused(BriefbotError):
    """The file was not added; the message says why, for the person who sent it. Nothing changed."""


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
    """``name`` when it is a plain file name briefbot reads; raises UploadRefused otherwise.

    A name with path parts (``/``, ``\\``, ``..``, a drive), a hidden name, control characters, a name too
    long or of a type briefbot does not read is refused: the file is never written outside the corpus.
    """
    if not name or name != name.strip() or _FORBIDDEN_IN_NAME.search(name) or name in (".", ".."):
        raise UploadRefused("the file name is not a plain file name (it names folders or holds control characters)")
    if name.startswith("."):
        raise UploadRefused("the file name is hidden (starts with a dot)")
    if len(name) > NAME_LIMIT:
        raise UploadRefused(f"the file name is longer than {NAME_LIMIT} characters")
    suffix = PurePosixPath(name).suffix
    if reader_for(suffix) is None:
        known = ", ".join(sorted(READERS))
        raise UploadRefused(f"unsupported file type {suffix or '(none)'!r}: briefbot reads {known}")
    return name


def check_size(size: int, limit: int) -> None:
    """Raise UploadRefused when ``size`` bytes is over ``limit``."""
    if size > limit:
        raise UploadRefused(f"the file is {size / 1_000_000:.1f} MB, over the limit of {limit / 1_000_000:g} MB")


def add_file(holder: SearcherHolder, name: str, data: bytes, meta: Metadata) -> Brought:
    """Add the file ``name`` holding ``data`` to the holder's corpus, update the index and swap it in.

    ``meta`` (title, url, date) describes the document as the options of ``briefbot add`` do. Raises
    UploadRefused (nothing changed) or BriefbotError (the file was added but the index was not updated).
    """
    checked_file_name(name)
    check_size(len(data), holder.max_file_bytes or len(data))
    with tempfile.TemporaryDirectory(prefix="briefbot-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            plan = plan_additions([path], holder.corpus_dir, meta)
        except AddRefused as refused:
            raise UploadRefused("; ".join(p.removeprefix(f"{path}: ") for p in refused.problems)) from None
    if plan.duplicates:
        raise UploadRefused("the corpus already holds a document with the same content")
    (addition,) = plan.additions
    try:
        check_index_writable(holder.index_dir)
    except BriefbotError as error:
        raise UploadRefused(f"the index cannot be updated: {error}") from None
    written: list[bool] = []

    def write() -> None:
        write_additions(holder.corpus_dir, [addition])
        written.append(True)

    try:
        report = holder.update(write)
    except BriefbotError as error:
        if not written:
            raise UploadRefused(str(error)) from None
        raise BriefbotError(f"the file was added, but the index could not be updated: {error}") from None
    document = addition.document
    speakers = tuple(dict.fromkeys(p.speaker for p in split_document(document) if p.speaker))
    return Brought(document.title, document.date, speakers, addition.passages, report.files, report.passages)
