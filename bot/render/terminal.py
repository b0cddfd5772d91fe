"""Answers for a person at a terminal: each passage quoted, with speaker, date, title and link."""

from __future__ import annotations

import re
import textwrap

from bot.render.answer_view import NOTHING_FOUND, Marked, PassageView, answer_view, answered_part
from bot.render.discord_text import cut_on_word
from index import Answer, Source

BOLD = "\x1b[1m"
RESET = "\x1b[0m"
_QUOTE_BAR = "│ "
_INDENT = "   "
_QUESTION_SHOWN = 200
"""A longer question is echoed cut short, on a word."""
_OPEN = "\ue000"
_CLOSE = "\ue001"
"""Private-use characters that stand for the start and end of a marked run while a paragraph is wrapped."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters other than tab and line feed, and text direction overrides: a corpus file could hold
terminal escape sequences, or words that show in another order than they are."""
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """``text`` on one line of terminal output: controls, line breaks and direction overrides shown as escapes
    (``\\x1b``), so that no file name, title or reason drives the terminal or forges a line."""
    return _NOT_ONE_LINE.sub(lambda found: _escape(found.group()), text)


def printable(text: str) -> str:
    """``text`` with control characters (line feeds and tabs kept) shown as U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def render_answer(answer: Answer, *, style: bool = False, width: int = 88) -> str:
    """The answer as text; ``style`` marks matched words in bold with terminal escapes."""
    view = answer_view(answer)
    asked = repr(cut_on_word(view.question, _QUESTION_SHOWN))
    if view.empty:
        return f"{NOTHING_FOUND} for {asked}. {view.empty}"
    noun = "passage" if view.matched == 1 else "passages"
    shown = len(view.passages)
    best = f"all in {shown} ({view.fewer_shown})" if view.fewer_shown else f"the best {shown}"
    header = [f"{view.matched} {noun} matched {asked}; {best}:"]
    lines = [view.date_line, *header, view.missing_line, view.unnamed_line]
    blocks = ["\n".join(printable(line) for line in lines if line)]
    blocks.extend(_render_passage(passage, style, width) for passage in view.passages)
    return "\n\n".join(blocks)


def _render_passage(passage: PassageView, style: bool, width: int) -> str:
    kind = f" ({passage.kind})" if passage.kind else ""
    heading = ", ".join(part for part in (passage.speaker, passage.said_by, passage.date) if part)
    lines = [f"{passage.rank}. {printable(heading)}{kind}"]
    if passage.section:
        lines.append(f"{_INDENT}section: {printable(passage.section)}")
    if passage.answering:
        room = width - 20
        part = answered_part(passage.answering, lambda shown: len(printable(shown.text)) <= room)
        question = textwrap.shorten(printable(part.text), width=room, placeholder=" …")
        lines.append(f"{_INDENT}answering: “{question}”")
    body_width = max(20, width - len(_INDENT) - len(_QUOTE_BAR))
    for paragraph in passage.quote.lines():
        text = _with_marks(paragraph) if style else paragraph.text
        wrapped = textwrap.wrap(printable(text), body_width, break_on_hyphens=False, break_long_words=False) or [""]
        lines.extend(f"{_INDENT}{_QUOTE_BAR}{line}" for line in (_bold(wrapped) if style else wrapped))
    lines.append(f"{_INDENT}{_cited(passage.source)}")
    lines.extend(f"{_INDENT}also in: {_cited(other)}" for other in passage.also_in)
    return "\n".join(lines)


def _cited(source: Source) -> str:
    page = f" (page {source.page})" if source.page else ""
    return printable(f"{source.title}{page} — {source.link}")


def _with_marks(paragraph: Marked) -> str:
    """The paragraph with each matched word or name between the open and close markers."""
    return "".join(f"{_OPEN}{piece}{_CLOSE}" if marked else piece for piece, marked in paragraph.runs())


def _bold(lines: list[str]) -> list[str]:
    """Turn the markers into terminal bold, closing and reopening a marked name that wraps onto a new line."""
    styled: list[str] = []
    open_run = False
    for line in lines:
        text = (BOLD if open_run else "") + line.replace(_OPEN, BOLD).replace(_CLOSE, RESET)
        open_run = line.rfind(_OPEN) > line.rfind(_CLOSE) or (open_run and _CLOSE not in line and _OPEN not in line)
        styled.append(text + (RESET if open_run else ""))
    return styled
