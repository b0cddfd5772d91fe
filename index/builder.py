"""Building an index: read every corpus file, split it into passages, analyse them, write the index."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.analyzer import analyze, fold
from index.corpus import Skipped, read_document, scan_corpus
from index.errors import SkipFile
from index.models import Passage, Source
from index.splitter import split_document
from index.store import IndexContent, build_lock, write_index

Progress = Callable[[int, int, str], None]
"""Called after each file with (files done, files in all, file name)."""

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did: files read, passages indexed, files skipped with reasons, time taken."""

    files: int
    passages: int
    skipped: tuple[Skipped, ...]
    folder: Path
    seconds: float


def collect(corpus_dir: Path, progress: Progress | None = None) -> tuple[IndexContent, int]:
    """Read and split the whole corpus into index content; returns it with the number of files read."""
    scan = scan_corpus(corpus_dir)
    skipped = list(scan.skipped)
    sources: list[Source] = []
    passages: list[Passage] = []
    for done, item in enumerate(scan.files, start=1):
        try:
            document = read_document(item)
            pieces = split_document(document, len(sources))
        except SkipFile as reason:
            skipped.append(Skipped(item.name, str(reason)))
        else:
            if pieces:
                sources.append(Source(document.title, document.url, document.date, document.path))
                passages.extend(pieces)
            else:
                skipped.append(Skipped(item.name, "no passages: the file holds no words to index"))
        if progress:
            progress(done, len(scan.files), item.name)
    rows, terms, duplicates = _rows(passages, sources)
    corpus = {
        "folder": str(corpus_dir.resolve()),
        "fingerprint": scan.fingerprint(),
        "files": len(sources),
        "skipped": [{"path": s.path, "reason": s.reason} for s in sorted(skipped, key=lambda s: s.path)],
    }
    content = IndexContent(sources, passages, rows, terms, duplicates, corpus)
    return content, len(sources)


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    progress: Progress | None = None,
    on_wait: Callable[[], None] | None = None,
) -> BuildReport:
    """Rebuild the index in ``index_dir`` from ``corpus_dir``; the previous index stays usable until the end."""
    began = time.monotonic()
    with build_lock(index_dir, on_wait=on_wait):
        content, files = collect(corpus_dir, progress)
        folder = write_index(index_dir, content)
    skipped = tuple(Skipped(s["path"], s["reason"]) for s in content.corpus["skipped"])
    return BuildReport(files, len(content.passages), skipped, folder, time.monotonic() - began)


def dedup_key(text: str) -> str:
    """The words of a passage, folded: two passages with the same key say the same thing."""
    return " ".join(_WORDS.findall(fold(text)))


def _rows(passages: list[Passage], sources: list[Source]) -> tuple[list[int], list[list[str]], dict[int, list[int]]]:
    """Index each distinct passage once; repeats are recorded against the one that stands for them.

    Of passages with the same words, the one from the earliest-dated document stands for the others (an
    excerpt quoted in a later article points back to the briefing it came from); ties go to reading order.
    """
    groups: dict[str, list[int]] = {}
    for number, passage in enumerate(passages):
        groups.setdefault(dedup_key(passage.text), []).append(number)
    duplicates: dict[int, list[int]] = {}
    indexed: list[int] = []
    for members in groups.values():
        first = min(members, key=lambda n: (_date_order(sources[passages[n].doc]), n))
        indexed.append(first)
        if len(members) > 1:
            duplicates[first] = [n for n in members if n != first]
    indexed.sort()
    return indexed, [analyze(passages[n].text) for n in indexed], duplicates


def _date_order(source: Source) -> str:
    return source.date.isoformat() if source.date else "9999-12-31"
