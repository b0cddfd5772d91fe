"""Building an index: read every corpus file, split it into passages, analyse them, write the index."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.aliases import ALIASES_FILE, AliasFileError, AliasTable, load_aliases
from index.analyzer import iter_tokens
from index.corpus import DEFAULT_MAX_FILE_BYTES, FileWarning, Skipped, read_document, scan_corpus
from index.dates import with_dates
from index.dedup import dedup_key
from index.errors import SkipFile
from index.models import Passage, Source
from index.splitter import split_document
from index.store import IndexContent, build_lock, write_index

Progress = Callable[[int, int, str], None]
"""Called after each file with (files done, files in all, file name)."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did: files read, passages indexed, files skipped with reasons, time taken."""

    files: int
    passages: int
    skipped: tuple[Skipped, ...]
    folder: Path
    seconds: float
    warnings: tuple[FileWarning, ...] = ()


def collect(
    corpus_dir: Path, progress: Progress | None = None, max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES
) -> tuple[IndexContent, int]:
    """Read and split the whole corpus into index content; returns it with the number of files read."""
    scan = scan_corpus(corpus_dir, max_file_bytes)
    skipped = list(scan.skipped)
    warnings: list[FileWarning] = []
    try:
        aliases = load_aliases(corpus_dir)
    except AliasFileError as error:
        aliases = AliasTable()
        reason = str(error).removeprefix(f"{ALIASES_FILE}: ").removeprefix(f"{ALIASES_FILE} ")
        skipped.append(Skipped(ALIASES_FILE, f"{reason}; the index was built without alias groups"))
    sources: list[Source] = []
    passages: list[Passage] = []
    for done, item in enumerate(scan.files, start=1):
        try:
            document = read_document(item)
            pieces = split_document(document, len(sources))
        except SkipFile as reason:
            skipped.append(Skipped(item.name, str(reason)))
        else:
            warnings.extend(FileWarning(item.name, message) for message in document.warnings)
            if pieces:
                sources.append(Source(document.title, document.url, document.date, document.path))
                passages.extend(with_dates(pieces, document.date))
            else:
                skipped.append(Skipped(item.name, "no passages: the file holds no words to index"))
        if progress:
            progress(done, len(scan.files), item.name)
    rows, terms, duplicates = _rows(passages, sources, aliases)
    corpus = {
        "folder": str(corpus_dir.resolve()),
        "fingerprint": scan.fingerprint(),
        "files": len(sources),
        "skipped": [{"path": s.path, "reason": s.reason} for s in sorted(skipped, key=lambda s: s.path)],
        "warnings": [{"path": w.path, "message": w.message} for w in warnings],
    }
    content = IndexContent(sources, passages, rows, terms, duplicates, corpus, aliases=aliases)
    return content, len(sources)


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    progress: Progress | None = None,
    on_wait: Callable[[], None] | None = None,
    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
) -> BuildReport:
    """Rebuild the index in ``index_dir`` from ``corpus_dir``; the previous index stays usable until the end.

    Files larger than ``max_file_bytes`` are skipped (None: no limit).
    """
    began = time.monotonic()
    with build_lock(index_dir, on_wait=on_wait):
        content, files = collect(corpus_dir, progress, max_file_bytes)
        folder = write_index(index_dir, content)
    skipped = tuple(Skipped(s["path"], s["reason"]) for s in content.corpus["skipped"])
    warnings = tuple(FileWarning(w["path"], w["message"]) for w in content.corpus["warnings"])
    return BuildReport(files, len(content.passages), skipped, folder, time.monotonic() - began, warnings)


def index_terms(text: str, aliases: AliasTable) -> list[str]:
    """The terms of a text: its words' terms, then its alias groups' and names' terms."""
    tokens = list(iter_tokens(text))
    return [token.term for token in tokens] + aliases.index_terms(text, tokens)


def passage_terms(passage: Passage, aliases: AliasTable) -> list[str]:
    """The terms a passage is indexed with: an answer turn's include those of the question it answers, so
    that a question about what was asked finds what was answered."""
    terms = index_terms(passage.text, aliases)
    if passage.context:
        terms += index_terms(passage.context, aliases)
    return terms


def _rows(
    passages: list[Passage], sources: list[Source], aliases: AliasTable
) -> tuple[list[int], list[list[str]], dict[int, list[int]]]:
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
    return indexed, [passage_terms(passages[n], aliases) for n in indexed], duplicates


def _date_order(source: Source) -> str:
    return source.date.isoformat() if source.date else "9999-12-31"
