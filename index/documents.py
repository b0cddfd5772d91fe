"""A corpus document handed to a reader: as a file (found inside the corpus only, named after its title), or as
a link under ``BRIEFBOT_PUBLIC_BASE_URL`` when it has no ``url`` of its own (a PDF page adds ``#page=N``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from index.models import Answer, Source
from index.safe_files import check_regular

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
    try:
        path = (corpus_dir / source.path).resolve()
        size = check_regular(path, None, within=corpus_dir).st_size
    except OSError:
        raise DocumentUnavailable("the document's file is no longer in the corpus") from None
    return DocumentFile(path, size, handout_name(source))


def handout_name(source: Source) -> str:
    """A file name made of the document's title and its file's extension: never its place on the server."""
    suffix = PurePosixPath(source.path).suffix.lower()
    words = " ".join(_UNSAFE.sub(" ", source.title).split()).strip(" .")
    return (words[:NAME_CHARS].rstrip(" .") or "document") + suffix


def public_url(base: str, path: str) -> str:
    """The address of corpus file ``path`` under ``base``, each part of the path percent-encoded."""
    return base.rstrip("/") + "/" + quote(path.lstrip("/"), safe="/")


def with_public_links(answer: Answer, base: str | None) -> Answer:
    """``answer`` with every source that has no url linked under ``base``; unchanged without a base."""
    if not base:
        return answer

    def linked(source: Source) -> Source:
        return source if source.url else replace(source, url=public_url(base, source.path))

    hits = (replace(hit, source=linked(hit.source), also_in=tuple(map(linked, hit.also_in))) for hit in answer.hits)
    return replace(answer, hits=tuple(hits))
