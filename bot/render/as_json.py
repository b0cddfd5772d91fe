"""Answers as JSON-ready dicts: the shape ``briefbot ask --json`` prints and other tools read."""

from __future__ import annotations

from typing import Any

from index.models import Answer, Hit, Source


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """``{"question", "matched", "passages": [...]}``; each passage quotes the document verbatim."""
    return {
        "question": answer.question,
        "matched": answer.matched,
        "passages": [hit_to_dict(hit) for hit in answer.hits],
    }


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    """One passage with its score and source; ``date`` is YYYY-MM-DD or null.

    For a passage of a paged document (PDF), ``page`` is its page and ``url`` points at that page.
    """
    passage = hit.passage
    return {
        "text": passage.text,
        "score": round(hit.score, 6),
        "title": hit.source.title,
        "url": hit.source.page_url,
        "date": hit.date.isoformat() if hit.date else None,
        "speaker": passage.speaker,
        "source_path": hit.source.path,
        "kind": passage.kind.value,
        "position": passage.position,
        "context": passage.context,
        "also_in": [_source_to_dict(source) for source in hit.also_in],
        "page": passage.page,
    }


def _source_to_dict(source: Source) -> dict[str, Any]:
    return {
        "title": source.title,
        "url": source.page_url,
        "date": source.date.isoformat() if source.date else None,
        "source_path": source.path,
        "page": source.page,
    }
