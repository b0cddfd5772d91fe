"""Text wrapped by hand (a paragraph's lines cut at a width, as a plain-text file or an e-mail does): its lines
joined again, so that a reader sees, and a sentence reader reads, one paragraph where the file has several lines."""

from __future__ import annotations

import re

WRAPPED_WIDTHS = range(40, 101)
"""The widths text is wrapped at: a paragraph whose longest line is shorter (a list) or longer (a line per
paragraph, a tweet with its timestamp under it) was not wrapped, and keeps its breaks."""
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•◦▪‣●■]\s|\d{1,3}[.)]\s|[A-Z][A-Z .'’-]{1,40}:\s)")
"""A line that starts a list item, a numbered point or a speaker label: it begins a line of its own."""


def joined_lines(text: str) -> str:
    """``text`` with the breaks of hard-wrapped paragraphs made spaces: a break is a wrap when the next line's
    first word would not have fitted within the paragraph's longest line. Blank lines, short lines and lines
    opening a list item or a speaker label keep their breaks."""
    if "\n" not in text:
        return text
    return "\n\n".join(_joined_paragraph(paragraph) for paragraph in re.split(r"\n[ \t]*\n", text))


def _joined_paragraph(paragraph: str) -> str:
    lines = paragraph.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    if len(lines) == 1 or width not in WRAPPED_WIDTHS:
        return paragraph
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        words = line.split(maxsplit=1)
        overflows = bool(words) and len(previous.rstrip()) + 1 + len(words[0]) > width  # its first word did not fit
        if overflows and previous.strip() and not _LIST_ITEM.match(line):
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)
