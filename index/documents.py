"""A corpus document as a file to hand to a reader: found inside the corpus only, named after its title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from index.models import Source

NAME_CHARS = 80
"""How long the name of a file handed out may be, before its extension."""
_UNSAFE = re.compile(r"[^\w\-.,()'& ]+")


@dataclass(frozen=True, slots=True)
class DocumentFile:
    """A corpus document on disk: where it is, how large, and the name to give it when handed out."""

    path: Path
    size: int
    name: str


class DocumentUnavailable(Exception):
    """The document's file is not in the corpus any more (removed, renamed, or outside it)."""


def find_document(corpus_dir: Path, source: Source) -> DocumentFile:
    """The file of ``source`` in ``corpus_dir``; raises DocumentUnavailable unless it is a file inside it."""
    root = corpus_dir.resolve()
    try:
        path = (root / source.path).resolve()
        inside = path.is_relative_to(root) and path.is_file()
        size = path.stat().st_size if inside else 0
    except OSError:
        inside = False
    if not inside:
        raise DocumentUnavailable("the document's file is no longer in the corpus")
    return DocumentFile(path, size, handout_name(source))


def handout_name(source: Source) -> str:
    """A file name made of the document's title and its file's extension: never its place on the server."""
    suffix = PurePosixPath(source.path).suffix.lower()
    words = " ".join(_UNSAFE.sub(" ", source.title).split()).strip(" .")
    return (words[:NAME_CHARS].rstrip(" .") or "document") + suffix

