"""What an index holds, for a person: documents, passages, files skipped and when it was built."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.corpus import scan_corpus
from index.errors import BriefbotError
from index.search import Searcher


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
    try:
        built: datetime | None = datetime.fromisoformat(manifest["created"])
    except (KeyError, TypeError, ValueError):
        built = None
    return IndexFacts(
        documents=int(corpus.get("files", counts.get("sources", len(loaded.sources)))),
        passages=int(counts.get("passages", len(loaded.passages))),
        skipped=len(corpus.get("skipped", [])),
        built=built,
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
