"""What an index holds, for a person: documents, passages, files skipped, its size and when it was built."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.corpus import scan_corpus
from index.errors import BriefbotError, ErrorKind
from index.search import Searcher
from index.store import current_generation, meaning_setting, read_manifest


@dataclass(frozen=True, slots=True)
class IndexFacts:
    """A summary of one loaded index."""

    documents: int
    passages: int
    skipped: int
    built: datetime | None


def describe_index(searcher: Searcher) -> IndexFacts:
    """The facts of the index ``searcher`` answers from, read from its manifest."""
    loaded = searcher.index
    manifest = loaded.manifest
    corpus = manifest.get("corpus", {})
    counts = manifest.get("counts", {})
    return IndexFacts(
        documents=int(corpus.get("files", counts.get("sources", len(loaded.sources)))),
        passages=int(counts.get("passages", len(loaded.passages))),
        skipped=len(corpus.get("skipped", [])),
        built=_built(manifest),
    )


def corpus_changed(corpus_dir: Path) -> datetime | None:
    """When a document of the corpus (or its metadata) last changed on disk; None for an empty or missing corpus."""
    try:
        files = scan_corpus(corpus_dir, max_file_bytes=None).files
    except (BriefbotError, OSError):
        return None
    times = []
    for path in (path for item in files for path in (item.path, item.sidecar) if path is not None):
        try:
            times.append(path.stat().st_mtime)
        except OSError:
            continue
    return datetime.fromtimestamp(max(times), UTC) if times else None


@dataclass(frozen=True, slots=True)
class IndexState:
    """An index folder as found on disk, without loading it: what ``briefbot info`` shows."""

    folder: Path
    built: datetime | None
    documents: int | None
    passages: int | None
    bytes: int | None
    """The size of the current generation's files."""
    meaning_model: str | None
    """The meaning model setting the index was built with."""
    problem: BriefbotError | None
    """Why the index cannot be used as it is (missing, damaged, of another version), else None."""


def index_state(index_dir: Path) -> IndexState:
    """What the index folder holds, read from its manifest; never raises for a missing or damaged index."""
    try:
        manifest = read_manifest(index_dir)
        folder = current_generation(index_dir)
        size = sum(path.stat().st_size for path in folder.iterdir() if path.is_file())
    except BriefbotError as error:
        return IndexState(index_dir, None, None, None, None, None, error)
    except OSError as error:
        problem = BriefbotError(f"cannot read {index_dir}: {error.strerror}", kind=ErrorKind.INDEX_DAMAGED)
        return IndexState(index_dir, None, None, None, None, None, problem)
    corpus = manifest.get("corpus", {})
    counts = manifest.get("counts", {})
    return IndexState(
        folder=index_dir,
        built=_built(manifest),
        documents=corpus.get("files", counts.get("sources")),
        passages=counts.get("passages"),
        bytes=size,
        meaning_model=meaning_setting(manifest),
        problem=None,
    )


def _built(manifest: dict[str, object]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(manifest["created"]))
    except (KeyError, TypeError, ValueError):
        return None
