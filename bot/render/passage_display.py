"""How a passage reads on a screen: hard-wrapped lines joined, and the date it can be placed at.

Both are for display only: the words and their order are the corpus's, only line breaks that a text file
used to wrap a paragraph at a fixed width become spaces (the JSON ``text`` stays verbatim).
"""

from __future__ import annotations

import re

from index.models import Hit, Passage, PassageKind, StatedDate

WRAPPED_WIDTHS = range(40, 101)
"""The widths text is wrapped at: a paragraph whose longest line is shorter (a list) or longer (a line per
paragraph, a tweet with its timestamp under it) was not wrapped, and keeps its breaks."""
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•◦▪‣●■]\s|\d{1,3}[.)]\s|[A-Z][A-Z .'’-]{1,40}:\s)")
"""A line that starts a list item, a numbered point or a speaker label: it begins a line of its own."""
STATED_MARK = "in the text"
"""What follows a date taken from a passage's words rather than from its document."""


def display_text(passage: Passage) -> str:
    """The passage's text for a reader: hard-wrapped lines joined, a tweet as posted (its timestamp below it)."""
    return passage.text if passage.kind is PassageKind.TWEET else joined_lines(passage.text)


def joined_lines(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs made spaces; deliberate breaks kept.

    A break is a wrap when the first word of the next line would not have fitted on the line before it
    within the paragraph's width (its longest line), so short lines (a list, a timeline, a poem) keep
    their breaks, as do blank lines between paragraphs and lines that open a list item or a speaker label.
    """
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
        first_word = line.split(maxsplit=1)[0] if line.strip() else ""
        wrapped = (
            bool(first_word)
            and bool(previous.strip())
            and _LIST_ITEM.match(line) is None
            and len(previous.rstrip()) + 1 + len(first_word) > width
        )
        if wrapped:
            out[-1] = previous.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def stated_date(hit: Hit) -> StatedDate | None:
    """The date a passage's words give, for a passage that has no date of its own nor of its document.

    It is the first date the passage states, at the precision written (``March 2016``); None when the
    passage is dated otherwise or states none.
    """
    if hit.date is not None or not hit.passage.dates:
        return None
    return hit.passage.dates[0]


def date_label(hit: Hit) -> str | None:
    """The passage's date for a heading: ``2016-10-03``, or ``March 2016 (in the text)`` when only its words
    give one, or None when it has none."""
    if hit.date is not None:
        return hit.date.isoformat()
    stated = stated_date(hit)
    return f"{stated.label} ({STATED_MARK})" if stated is not None else None
