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
_QUESTIONS = re.compile(r"(?:oral|written)\s+answers?\s+to\s+questions?", re.IGNORECASE)
"""A question time's heading that names no department: ``Oral Answers to Questions``."""
_DEPARTMENT = re.compile(
    r"(?i:the\s+)?(?i:department|ministry|office)\s+(?i:for|of)\s+\S.{0,60}|[A-Z][A-Z'’]*(?:,?\s+(?:[A-Z][A-Z'’]*|&)){0,5}"
)
"""The department a question time's heading stands over: ``Department for Transport``, ``TRANSPORT``."""
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "on"})


def asked_questions(lines: Sequence[str]) -> tuple[tuple[int, str, int], ...]:
    """(line, asker, where the words start) for each numbered question of a question time's record: the member
    named, the quote from the name on."""
    found = ((number, _ASKED.match(line)) for number, line in enumerate(lines))
    return tuple((number, match["who"], match.start("who")) for number, match in found if match)


def debate_title(title: str, lines: Sequence[str]) -> str:
    """A parliament's record titled by its debate: in place of the record's name (``Official Report (Hansard)``), the
    heading under it that names the debate's business (``Oral Answers to Questions: Infrastructure``); a question
    time's heading naming no department (``Oral Answers to Questions``) with the department the line under it names
    (``Department for Transport``, ``TRANSPORT``); ``title`` when it is no record's name nor such a heading, or when
    no such heading follows."""
    plain = [line.strip(" \t#*_.:") for line in lines]
    top = next((n for n, line in enumerate(plain) if line == title.strip(" \t#*_.:")), None)
    if top is None:
        return title
    if _RECORD_NAME.fullmatch(plain[top]):
        head = next(
            (n for n in range(top + 1, min(len(lines), top + 1 + _DEBATE_REACH))
             if _DEBATE.fullmatch(plain[n]) or _QUESTIONS.fullmatch(plain[n])),
            None,
        )
        if head is None:
            return title
    elif _QUESTIONS.fullmatch(plain[top]):
        head = top
    else:
        return title
    if not _QUESTIONS.fullmatch(plain[head]):
        return lines[head].strip(" \t#*_")
    under = next((line for line in plain[head + 1 : head + 4] if line), "")
    department = _DEPARTMENT.fullmatch(under)
    return f"{plain[head]}: {_department_name(under)}" if department else title


def _department_name(line: str) -> str:
    """A department's name as a title gives it: ``TRANSPORT`` as ``Transport``, others as they stand."""
    if not line.isupper():
        return line
    words = line.lower().split()
    return " ".join(word if n and word in _SMALL_WORDS else word.capitalize() for n, word in enumerate(words))
