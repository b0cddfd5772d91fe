"""What an index holds, for a person: documents, passages, files skipped and when it was built."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
