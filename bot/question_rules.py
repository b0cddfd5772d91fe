"""What a question may be, at every front door (the command line and the Discord bot): not blank, and short
enough to search quickly."""

from __future__ import annotations

import unicodedata

MAX_QUESTION_CHARS = 1000
"""The longest question searched: a thousand characters say what is asked."""

MAX_LINE_CHARS = 10 * MAX_QUESTION_CHARS
"""A question longer than this as typed (spaces and invisible characters included) is refused before its words
are split out: far more than any question needs, and a huge line costs nothing to refuse."""

EMPTY_QUESTION = "the question is empty"

_INVISIBLE = frozenset({"Cf", "Cc", "Co", "Cs"})
"""Format (zero-width, direction marks), control, private-use and surrogate characters."""


def question_words(text: str) -> list[str]:
    """The words of ``text`` without invisible characters: what is searched, and counted against the limit."""
    words = []
    for word in text.split():
        if not word.isprintable():  # only then can it hold a format, control or private-use character
            word = "".join(ch for ch in word if unicodedata.category(ch) not in _INVISIBLE)
        if word:
            words.append(word)
    return words


def question_problem(question: str) -> str | None:
    """Why ``question`` is not searched (``the question is empty``, ``… too long …``), else None. Its length is
    counted on its words joined by one space, spaces around them and invisible characters left out; a question
    over MAX_LINE_CHARS as typed is refused without being split."""
    if len(question) > MAX_LINE_CHARS:
        return (
            f"the question is too long ({len(question):,} characters, spaces and invisible ones included; "
            f"at most {MAX_LINE_CHARS:,})"
        )
    length = len(" ".join(question_words(question)))
    if not length:
        return EMPTY_QUESTION
    if length > MAX_QUESTION_CHARS:
        return f"the question is too long ({length:,} characters; at most {MAX_QUESTION_CHARS:,})"
    return None
