"""Answers as JSON-ready dicts: the shape ``briefbot ask --json`` prints and other tools read."""

from __future__ import annotations

from typing import Any

from bot.render.answer_view import answer_view
from index import Answer, Hit, Source


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """``{"question", "matched", "answer_date", "answer_line", "not_found", "passages": [...]}``; each passage
    quotes the document verbatim.

    ``answer_date`` (YYYY-MM-DD, a month or a year alone given as its first day) and ``answer_line`` are the
    date a "when" question's passages give and the line that says it; both are null when there is none.
    """
    dated = answer.date_answer
    view = answer_view(answer)
    return {
        "question": answer.question,
        "matched": view.matched,
        "answer_date": dated.date.value.isoformat() if dated else None,
        "answer_line": view.date_line,
        "not_found": list(view.missing),
        "passages": [hit_to_dict(hit) for hit in answer.hits],
    }


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    """One passage with its score and source; ``date`` is YYYY-MM-DD or null, ``dates`` every date the
    passage states or implies with its own and its document's date (YYYY-MM-DD, earliest first).

    For a passage of a paged document (PDF), ``page`` is its page and ``url`` points at that page;
    ``section`` is the heading of the part of its document it is in (a UN noon briefing's topic), or null;
    ``marks`` the ``[start, end]`` character spans in ``text`` of the words that matched the question.
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
        "dates": [value.isoformat() for value in hit.dates],
        "page": passage.page,
        "section": passage.section,
        "marks": [list(span) for span in hit.marks.text],
        **_ranking(hit),
    }


def _ranking(hit: Hit) -> dict[str, Any]:
    """What placed the passage when the meaning layer took part: its BM25 rank, its rank and similarity by
    meaning, and the fused score it was ranked by (ranks from 1; null when that list did not hold it)."""
    ranking = hit.ranking
    if ranking is None:
        return {}
    return {
        "bm25_rank": ranking.bm25_rank,
        "meaning_rank": ranking.meaning_rank,
        "similarity": round(ranking.similarity, 6),
        "fused_score": round(ranking.fused, 6),
    }


def _source_to_dict(source: Source) -> dict[str, Any]:
    return {
        "title": source.title,
        "url": source.page_url,
        "date": source.date.isoformat() if source.date else None,
        "source_path": source.path,
        "page": source.page,
    }
