"""Answers for a person at a terminal: each passage quoted, with speaker, date, title and link."""

from __future__ import annotations

import re
import textwrap

from bot.render.passage_display import date_label, display_text
from index import Answer, Hit, Source, matched_spans

BOLD = "\x1b[1m"
RESET = "\x1b[0m"
_QUOTE_BAR = "│ "
_INDENT = "   "
_OPEN = "\ue000"
_CLOSE = "\ue001"
"""Private-use characters that stand for the start and end of a marked run while a paragraph is wrapped."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters other than tab and line feed, and text direction overrides: a corpus file could hold
terminal escape sequences, or words that show in another order than they are."""
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """``text`` for one line of terminal output: control characters, line breaks and direction overrides shown
    as escapes (``\\x1b``), so that a file name, title or reason can neither drive the terminal nor forge a
    line of a summary."""
    return _NOT_ONE_LINE.sub(lambda found: _escape(found.group()), text)


def printable(text: str) -> str:
    """``text`` with control characters (line feeds and tabs kept) shown as U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def render_answer(answer: Answer, *, style: bool = False, width: int = 88) -> str:
    """The answer as text; ``style`` marks matched words in bold with terminal escapes."""
    if not answer.terms:
        return (
            f"The question {answer.question.strip()!r} has no words to search for. "
            "Ask about a name, a place or an event."
        )
    if not answer.hits:
        return f"No passage matches {answer.question.strip()!r}. Try other words: a name, a place, a date."
    shown = len(answer.hits)
    noun = "passage" if answer.matched == 1 else "passages"
    header = [f"{answer.matched} {noun} matched {answer.question.strip()!r}; the best {shown}:"]
    if answer.date_line:
        header.insert(0, _printable(answer.date_line))
    if answer.missing:
        header.append(f"No passage contains: {_printable(', '.join(answer.missing))}.")
    blocks = ["\n".join(header)]
    for rank, hit in enumerate(answer.hits, start=1):
        blocks.append(_render_hit(rank, hit, answer.terms, style, width))
    return "\n\n".join(blocks)


def _render_hit(rank: int, hit: Hit, terms: frozenset[str], style: bool, width: int) -> str:
    passage = hit.passage
    heading = ", ".join(_printable(part) for part in (passage.speaker, _date(hit)) if part)
    kind = f" ({passage.kind.value})" if passage.kind.value in ("tweet", "quote") else ""
    lines = [f"{rank}. {heading or 'undated'}{kind}"]
    if passage.section:
        lines.append(f"{_INDENT}section: {_printable(passage.section)}")
    if passage.context:
        question = textwrap.shorten(" ".join(_printable(passage.context).split()), width=width - 20, placeholder=" …")
        lines.append(f"{_INDENT}answering: “{question}”")
    body_width = max(20, width - len(_INDENT) - len(_QUOTE_BAR))
    for paragraph in _printable(display_text(passage)).split("\n"):
        text = _with_marks(paragraph, terms) if style else paragraph
        wrapped = textwrap.wrap(text, body_width, break_on_hyphens=False, break_long_words=False) or [""]
        for line in _bold(wrapped) if style else wrapped:
            lines.append(f"{_INDENT}{_QUOTE_BAR}{line}")
    lines.append(f"{_INDENT}{_cited(hit.source)}")
    for other in hit.also_in:
        lines.append(f"{_INDENT}also in: {_cited(other)}")
    return "\n".join(lines)


def _cited(source: Source) -> str:
    page = f" (page {source.page})" if source.page else ""
    return _printable(f"{source.title}{page} — {source.link}")


def _printable(text: str) -> str:
    """``text`` with control characters shown as U+FFFD, so that quoted text cannot drive the terminal."""
    return _CONTROL.sub("\ufffd", text)


def _date(hit: Hit) -> str | None:
    return date_label(hit)


def _with_marks(paragraph: str, terms: frozenset[str]) -> str:
    """The paragraph with each matched word or name between the open and close markers."""
    out: list[str] = []
    last = 0
    for start, end in matched_spans(paragraph, terms):
        out.append(paragraph[last:start])
        out.append(f"{_OPEN}{paragraph[start:end]}{_CLOSE}")
        last = end
    out.append(paragraph[last:])
    return "".join(out)


def _bold(lines: list[str]) -> list[str]:
    """Turn the markers into terminal bold, closing and reopening a marked name that wraps onto a new line."""
    styled: list[str] = []
    open_run = False
    for line in lines:
        text = (BOLD if open_run else "") + line.replace(_OPEN, BOLD).replace(_CLOSE, RESET)
        open_run = line.rfind(_OPEN) > line.rfind(_CLOSE) or (open_run and _CLOSE not in line and _OPEN not in line)
        styled.append(text + (RESET if open_run else ""))
    return styled
