"""A parliament's question time: each numbered question (``4. Mrs Ann Lee (Carrick South) asked the Minister …``)
its asker's turn, its number out of the quote; the record titled by its debate's heading."""

from __future__ import annotations

import re
from collections.abc import Sequence

_ASKED = re.compile(
    r"^\s*\d{1,3}\.\s+(?P<who>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness)\.?"
    r"(?:\s+[A-Z][\w'’\-]*){1,4})\s+\([^()\n]{1,60}\)\s+(?:asked|to ask)\s+(?:the|whether|what|how|if)\b"
)
"""A numbered question as the record prints it: its number, the member's name and seat, ``asked the …``."""
_RECORD_NAME = re.compile(
    r"(?:official\s+report|hansard)(?:\s*[(\[]?\s*(?:official\s+report|hansard)\s*[)\]]?)?", re.IGNORECASE
)
"""The name of a parliament's record, which names no debate: ``Official Report (Hansard)``, ``Hansard``."""
_DEBATE = re.compile(
    r"(?:oral|written)\s+answers?(?:\s+to\s+questions?)?\s*[:–—-]\s*\S.{0,80}"
    r"|questions?\s+to\s+the\s+(?:first\s+|prime\s+)?minister\b.{0,80}",
    re.IGNORECASE,
)
"""A debate's heading that names its business: ``Oral Answers to Questions: Infrastructure``."""
_DEBATE_REACH = 12
"""How many lines under the record's name its debate's heading may stand."""


def asked_questions(lines: Sequence[str]) -> tuple[tuple[int, str, int], ...]:
    """(line, asker, where the words start) for each numbered question of a question time's record: the member
    named, the quote from the name on."""
    found = ((number, _ASKED.match(line)) for number, line in enumerate(lines))
    return tuple((number, match["who"], match.start("who")) for number, match in found if match)


def debate_title(title: str, lines: Sequence[str]) -> str:
    """A parliament's record titled by its debate: in place of the record's name (``Official Report (Hansard)``), the
    heading under it that names the debate's business (``Oral Answers to Questions: Infrastructure``); ``title`` when
    it is no record's name or no such heading follows."""
    if not _RECORD_NAME.fullmatch(title.strip(" \t#*_.:")):
        return title
    top = next((n for n, line in enumerate(lines) if line.strip(" \t#*_.:") == title.strip(" \t#*_.:")), None)
    below = lines[top + 1 : top + 1 + _DEBATE_REACH] if top is not None else []
    return next((line.strip(" \t#*_") for line in below if _DEBATE.fullmatch(line.strip(" \t#*_"))), title)
