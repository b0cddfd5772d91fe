"""Question-and-answer threads pasted from a forum (a Reddit-style AMA): a post by its host (``Posted by
u/name``), then comments, each under its author's user name alone on a line with the comment's age or ``OP`` under
it (``tidewatcher88`` / ``· 4 hr. ago``). Each comment is read as a turn by its author; the commenters are the ones
who ask, so a host's answer keeps the comment it answers, as a transcript's answer keeps a reporter's question. The
site's chrome (``level 2``, votes and ``points``, ``Reply``, ``Share``, ``Award``, ``Sort by``) is left out."""

from __future__ import annotations

import re

from index.readers.social import Entries

_USER = re.compile(r"^(?:u/)?(?P<name>[A-Za-z0-9][A-Za-z0-9_-]{2,23})$")
_AGO = r"\d{1,2}\s?(?:s|m|h|d|w|y|mo|min|mins|hr|hrs|hours?|days?|weeks?|months?|years?)\.?\s+ago"
_META = re.compile(
    rf"^(?:[·•]\s*)?(?:OP|Moderator|MOD|Admin|Verified|Top \d+% Commenter|Edited|Promoted|"
    rf"(?:-?\d[\d,.]*[kK]?\s+points?\s*)?(?:[·•]\s*)?{_AGO}(?:\s*[·•]\s*(?i:edited)(?:\s+{_AGO})?)?|"
    r"-?\d[\d,.]*[kK]?\s+points?)$"
)
"""A line under a user name: ``OP``, the comment's age (``· 4 hr. ago``), its points."""
_POSTED = re.compile(r"^(?i:posted by)\s+(?:u/)?(?P<name>[A-Za-z0-9][A-Za-z0-9_-]{2,23})(?:\s+.*)?$")
_CHROME = re.compile(
    r"(?i)^(?:level \d+|-?\d[\d,.]*[km]?|-?\d[\d,.]*[km]?\s+(?:points?|comments?|upvotes?|votes?)|reply|share|"
    r"save|award|give award|report|follow|join|vote|upvote|downvote|comments?|sort by:?.*|"
    r"\d+ more repl(?:y|ies)|continue this thread|view entire discussion.*|more replies|"
    r"r/[A-Za-z0-9_]+|[·•]|permalink|embed|hide|collapse|see more|open comment sort options|"
    r"top posts of .*|best|top|new|controversial|old|q&a)$"
)
"""A line of the site's: a comment's level, a vote count, its buttons, the sort menu, the forum's name."""
_FEW = 2


def read_forum(lines: list[str]) -> Entries | None:
    """A forum thread: two comments or more under their authors' names, with the site's buttons (``Reply``, a
    ``level``, ``points``) among them; None for any other text."""
    heads: list[tuple[int, str, int]] = []  # (author's line, author, last line of the comment's header)
    host: str | None = None
    for number, line in enumerate(lines):
        posted = _POSTED.match(line.strip())
        if posted:
            host = host or posted["name"]
            heads.append((number, posted["name"], _header_end(lines, number)))
        elif (user := _USER.match(line.strip())) and not _CHROME.match(line.strip()):
            end = _header_end(lines, number)
            if end > number:
                heads.append((number, user["name"], end))
                host = host or (user["name"] if any(lines[k].strip() == "OP" for k in range(number, end + 1))
                                else None)
    if len(heads) < _FEW:
        return None  # fewer than two comments: no thread, and no need to read its buttons
    chrome = {n for n, line in enumerate(lines) if _CHROME.match(line.strip())}
    if heads and not _POSTED.match(lines[heads[0][0]].strip()) and _prose_before(lines, heads[0][0]):
        return None  # an article with its readers' comments under it: the page reader leaves them out
    if not any(_CHROME.match(line.strip()) and line.strip()[:1].isalpha() for line in lines):
        return None
    skip = chrome | {n for head, _, end in heads for n in range(head, end + 1)}
    skip |= {n for n in range(heads[0][0]) if _CHROME.match(lines[n].strip())}
    turns: list[tuple[int, str, int]] = []
    for number, (_, author, end) in enumerate(heads):
        stop = heads[number + 1][0] if number + 1 < len(heads) else len(lines)
        first = next((at for at in range(end + 1, stop) if lines[at].strip() and at not in skip), None)
        if first is not None:
            turns.append((first, author, len(lines[first]) - len(lines[first].lstrip())))
    if len(turns) < _FEW:
        return None
    return Entries(
        skip=frozenset(skip),
        turns=tuple(turns),
        askers=frozenset(author for _, author, _ in turns if author != host),
        title_line=turns[0][0] if _POSTED.match(lines[heads[0][0]].strip()) else None,
    )


def _prose_before(lines: list[str], first: int) -> bool:
    """Whether an article stands above the first comment: two paragraphs of prose or more (a line of 80 characters
    or more that ends a sentence), as a news page's story stands over its readers' comments."""
    prose = [line for line in lines[:first] if len(line.strip()) >= _PROSE and line.rstrip()[-1:] in ".!?\"”"]
    return len(prose) >= _FEW


_PROSE = 80


def _header_end(lines: list[str], number: int) -> int:
    """The last line of the header a user name opens (its meta lines: ``OP``, ``· 4 hr. ago``), or ``number`` when
    no meta line follows it."""
    end = number
    while end + 1 < len(lines) and _META.match(lines[end + 1].strip()):
        end += 1
    return end
