"""Answers as JSON-ready dicts: the shape ``briefbot ask --json`` prints and other tools read."""

from __future__ import annotations

from typing import Any

from bot.render.answer_view import answer_view
from index import Answer, Hit, Source


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """The JSON of ``ask --json`` (docs/answers.md): question, matched, answer_date and answer_line (the date a
    "when" question's passages give, or null), not_found, not_named (the person a question asks the name of when
    none of the best passages gives one, or null), and the passages quoted verbatim."""
    dated = answer.date_answer
    view = answer_view(answer)
    return {
        "question": answer.question,
        "matched": view.matched,
        "answer_date": dated.date.value.isoformat() if dated else None,
        "answer_line": view.date_line,
        "not_found": list(view.missing),
        "not_named": view.unnamed,
        "passages": [hit_to_dict(hit) for hit in answer.hits],
    }


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    """One passage with its score, source, dates (YYYY-MM-DD), page and section when known, and ``marks``: the
    ``[start, end]`` spans in ``text`` of the words that matched."""
    passage = hit.passage
    return {
        "text": passage.text,
        "score": round(hit.score, 6),
        "title": hit.source.title,
        "url": hit.source.page_url,
        "date": hit.date.isoformat() if hit.date else None,
        "speaker": passage.speaker,
        "sayer": passage.sayer_name,
        "source_path": hit.source.path,
        "kind": passage.kind.value,
        "position": passage.position,
        "context": passage.context,
        "also_in": [_source_to_dict(source) for source in hit.also_in],
        "dates": [stated.iso for stated in hit.dates],
        "page": passage.page,
        "section": passage.section,
        "marks": [list(span) for span in hit.marks.text],
        "short": hit.short,
        "by_speaker": hit.by_speaker,
        **_ranking(hit),
    }


def _ranking(hit: Hit) -> dict[str, Any]:
    """What placed the passage when the meaning layer took part: its BM25 rank, its rank and similarity by
    meaning and the fused score it was ranked by (ranks from 1; null when that list did not hold it)."""
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
