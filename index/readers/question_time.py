"""A parliament's question time: each numbered question (``4. Mrs Ann Lee (Carrick South) asked the Minister …``)
its asker's turn, its number out of the quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

_ASKED = re.compile(
    r"^\s*\d{1,3}\.\s+(?P<who>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness)\.?"
    r"(?:\s+[A-Z][\w'’\-]*){1,4})\s+\([^()\n]{1,60}\)\s+(?:asked|to ask)\s+(?:the|whether|what|how|if)\b"
)
"""A numbered question as the record prints it: its number, the member's name and seat, ``asked the …``."""


def asked_questions(lines: Sequence[str]) -> tuple[tuple[int, str, int], ...]:
    """(line, asker, where the words start) for each numbered question of a question time's record: the member
    named, the quote from the name on."""
    found = ((number, _ASKED.match(line)) for number, line in enumerate(lines))
    return tuple((number, match["who"], match.start("who")) for number, match in found if match)
