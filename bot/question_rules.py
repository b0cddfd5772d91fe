"""What a question may be, at every front door (the command line and the Discord bot): not blank, and short
enough to search quickly."""

from __future__ import annotations

MAX_QUESTION_CHARS = 1000
"""The longest question searched: a thousand characters say what is asked."""


def question_problem(question: str) -> str | None:
    """Why ``question`` is not searched (``the question is empty``, ``… too long …``), else None."""
    if not question.strip():
        return "the question is empty"
    if len(question) > MAX_QUESTION_CHARS:
        return f"the question is too long ({len(question):,} characters; at most {MAX_QUESTION_CHARS:,})"
    return None
