"""A magazine's interview in questions and answers: its questions in bold paragraphs, the answers under them the
words of the person its headline names."""

from __future__ import annotations

import re
from collections.abc import Iterable

_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2}(?![\w'’\-])")
"""A person's name in a headline: two or three words with capitals (``Lena Ferreira``)."""
_POSSESSIVE = re.compile(r"['’]s$")
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
"""An interviewer's question speaks to the person asked: one question at least says ``you``."""
_MIN_QUESTIONS = 3
"""A piece asks at least this many questions in bold to be read as an interview."""


def interview_turns(
    lines: list[str], skip: set[int], bold: Iterable[str], headline: str | None
) -> tuple[tuple[int, str, int], ...]:
    """(line, interviewee, 0) for each answer of an interview: a paragraph under a question in bold (``bold``: the
    page's paragraphs that are bold throughout), up to the next question; the interviewee is the one name the headline
    gives that the text uses too. None when fewer than three questions are answered, fewer than half of them end in a
    question mark, none says ``you`` (an explainer's ``Why now?``, ``Who pays?``), or no such name is found."""
    asked = set(bold)
    shown = [n for n, line in enumerate(lines) if line.strip() and n not in skip]
    questions = [p for p, n in enumerate(shown) if lines[n].strip() in asked]
    answered = [p for p in questions if p + 1 < len(shown) and lines[shown[p + 1]].strip() not in asked]
    body = " ".join(lines[n] for n in shown if lines[n].strip() != (headline or "").strip())
    names = {name for found in _NAME.findall(headline or "") if (name := _POSSESSIVE.sub("", found)) in body}
    asking = sum(lines[shown[p]].rstrip().endswith("?") for p in answered)  # (bold subheadings ask nothing)
    addressed = any(_YOU.search(lines[shown[p]]) for p in answered)  # (an explainer's ``Who pays?`` asks no one)
    if len(answered) < _MIN_QUESTIONS or 2 * asking < len(answered) or len(names) != 1 or not addressed:
        return ()
    who, answers = names.pop(), list[int]()
    for at, p in enumerate(questions):
        end = questions[at + 1] if at + 1 < len(questions) else len(shown)
        answers.extend(shown[q] for q in range(p + 1, end))
    return tuple((n, who, 0) for n in answers)
