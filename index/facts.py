"""What an index holds, for a person: documents, passages, files skipped, its size and when it was built."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index.corpus import scan_corpus
from index.errors import BriefbotError, ErrorKind, not_this_corpus
from index.search import Searcher
from index.store import GENERATION_PREFIX, load_index, meaning_setting


@dataclass(frozen=True, slots=True)
class IndexFacts:
    """A summary of one index, read from its manifest."""

    documents: int
    passages: int
    skipped: int
    built: datetime | None


def describe_index(searcher: Searcher) -> IndexFacts:
    """The facts of the index ``searcher`` answers from."""
    return _facts(searcher.index.manifest)


def _facts(manifest: dict[str, Any]) -> IndexFacts:
    """The facts a manifest gives (``read_manifest`` has checked that it gives them)."""
    corpus = manifest["corpus"]
    built = datetime.fromisoformat(manifest["created"])
    return IndexFacts(corpus["files"], manifest["counts"]["passages"], len(corpus.get("skipped", [])), built)


def corpus_changed(corpus_dir: Path) -> datetime | None:
    """When a document of the corpus (or its metadata) last changed on disk; None for an empty or missing corpus."""
    try:
        files = scan_corpus(corpus_dir, max_file_bytes=None).files
    except (BriefbotError, OSError):
        return None
    times = []
    for path in (path for item in files for path in (item.path, item.sidecar) if path is not None):
        with contextlib.suppress(OSError):  # removed meanwhile
            times.append(path.stat().st_mtime)
    return datetime.fromtimestamp(max(times), UTC) if times else None


@dataclass(frozen=True, slots=True)
class IndexState:
    """An index folder as found on disk, opened as a search would open it: what ``briefbot info`` shows."""

    built: datetime | None = None
    documents: int | None = None
    passages: int | None = None
    bytes: int | None = None
    """The index folder's size on disk: every generation kept and the digest cache, a file linked twice once."""
    previous_bytes: int = 0
    """Of ``bytes``, those only the previous generation holds (kept for readers still using it)."""
    meaning_model: str | None = None
    """The meaning model setting the index was built with."""
    problem: BriefbotError | None = None
    """Why the index cannot be used as it is (missing, damaged, of another version or corpus folder), else None."""


def index_state(index_dir: Path, corpus_dir: Path | None = None) -> IndexState:
    """What the index folder holds, read from its manifest after opening it as a search would (which checks
    its files' sizes, and small files' checksums: ``verify_index`` checks them all); never raises for a missing
    or damaged index. ``corpus_dir``: an index built from another corpus folder is a problem."""
    try:
        loaded = load_index(index_dir)
        manifest = loaded.manifest
        size, previous = _disk_bytes(index_dir, loaded.folder.name)
    except BriefbotError as error:
        return IndexState(problem=error)
    except OSError as error:
        problem = BriefbotError(f"cannot read {index_dir}: {error.strerror}", kind=ErrorKind.INDEX_DAMAGED)
        return IndexState(problem=problem)
    built_from = manifest["corpus"].get("folder")
    if corpus_dir is not None and (mismatch := not_this_corpus(index_dir, built_from, corpus_dir)):
        return IndexState(problem=mismatch)
    facts = _facts(manifest)
    return IndexState(facts.built, facts.documents, facts.passages, size, previous, meaning_setting(manifest))


def _disk_bytes(folder: Path, current: str) -> tuple[int, int]:
    """The size of the files under ``folder``, a file linked from two generations counted once (as ``du`` does),
    and the size of those held only by generations other than ``current`` (the previous one)."""
    sizes: dict[tuple[int, int], int] = {}
    old: set[tuple[int, int]] = set()
    new: set[tuple[int, int]] = set()
    for root, _, names in os.walk(folder):
        top = Path(root).relative_to(folder).parts[:1]
        for name in names:
            with contextlib.suppress(OSError):  # a build's temporary file, gone meanwhile
                info = os.lstat(Path(root, name))
                sizes[info.st_dev, info.st_ino] = info.st_size
                if top and top[0] == current:
                    new.add((info.st_dev, info.st_ino))
                elif top and top[0].startswith(GENERATION_PREFIX):
                    old.add((info.st_dev, info.st_ino))
    return sum(sizes.values()), sum(sizes[inode] for inode in old - new)
