"""What to mark in an answer's passages: the spans of the words that matched the question.

The search attaches them to each hit (``Hit.marks``), so whatever shows a passage marks it without knowing
the analyzer. A span covers a whole word (``al-Nusra`` for ``nusra``) or a whole phrase, except in a tweet's
handle: ``@levant_monitorJabhat Fateh al-Sham`` marks ``Jabhat Fateh al-Sham``, not the handle run into it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import replace

from index.analyzer import _CAMEL as CAMEL_BREAK
from index.analyzer import _WORD as WORD
from index.analyzer import _word_terms as word_terms
from index.analyzer import matched_spans
from index.models import Answer, Hit, Marks, Span

_HANDLE_WORD = re.compile(r"(?<=@)" + WORD.pattern)
PART_BREAK = re.compile(r"[^\-‐‑_]+")
"""A part of a word between hyphens and underscores."""


def mark_spans(text: str, terms: Collection[str]) -> tuple[Span, ...]:
    """The spans of the words and phrases of ``text`` whose terms are in ``terms``, in order, no overlaps."""
    spans = matched_spans(text, terms)
    if "@" not in text or not spans:
        return tuple(spans)
    wanted = {word for term in terms for word in term.split(" ")}
    return tuple(_outside_handles(text, spans, wanted))


def marked(hit: Hit, terms: Collection[str]) -> Hit:
    """``hit`` with the spans of ``terms`` in its text and its context."""
    context = mark_spans(hit.passage.context, terms) if hit.passage.context else ()
    return replace(hit, marks=Marks(mark_spans(hit.passage.text, terms), context))


def with_marks(answer: Answer) -> Answer:
    """``answer`` with every hit marked with the answer's terms."""
    return replace(answer, hits=tuple(marked(hit, answer.terms) for hit in answer.hits))


def _outside_handles(text: str, spans: Iterable[Span], wanted: set[str]) -> list[Span]:
    """``spans`` with a start on a handle (``@name``) moved to the first later part of the handle's word
    that was asked for: the name run into the handle."""
    handles = {found.start(): found.group() for found in _HANDLE_WORD.finditer(text)}
    kept: list[Span] = []
    for start, end in spans:
        word = handles.get(start)
        later = _later_parts(word) if word else []
        first = next((at for at, part in later if any(term in wanted for term, _ in word_terms(part))), 0)
        kept.append((start + first, end))
    return kept


def _later_parts(word: str) -> list[tuple[int, str]]:
    """The parts of ``word`` after its first (between underscores, hyphens and changes of case), each with
    where it starts."""
    parts: list[tuple[int, str]] = []
    for piece in PART_BREAK.finditer(word):
        start = piece.start()
        for sub in CAMEL_BREAK.split(piece.group()):
            if sub:
                parts.append((start, sub))
                start += len(sub)
    return parts[1:]
