"""What to mark in an answer's passages: the spans of the words that matched the question.

The search attaches them to each hit (``Hit.marks``). A span covers a whole word or phrase, except a tweet
handle run into a name (``@monitorJabhat Fateh`` marks ``Jabhat Fateh``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
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
    shifts = {found.start(): _first_wanted(found.group(), wanted) for found in _HANDLE_WORD.finditer(text)}
    return tuple((start + shifts.get(start, 0), end) for start, end in spans)


def marked(hit: Hit, terms: Collection[str]) -> Hit:
    """``hit`` with the spans of ``terms`` in its text and its context."""
    context = mark_spans(hit.passage.context, terms) if hit.passage.context else ()
    return replace(hit, marks=Marks(mark_spans(hit.passage.text, terms), context))


def with_marks(answer: Answer) -> Answer:
    """``answer`` with every hit marked with the answer's terms."""
    return replace(answer, hits=tuple(marked(hit, answer.terms) for hit in answer.hits))


def _first_wanted(word: str, wanted: set[str]) -> int:
    """Where in a handle's word (``monitorJabhat`` of ``@monitorJabhat``) its first later part that was asked for
    starts: a span starting on the handle moves there, to the name run into the handle; 0 when none was."""
    return next((at for at, part in _later_parts(word) if any(term in wanted for term, _ in word_terms(part))), 0)


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
