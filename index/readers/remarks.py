"""A judge's sentencing remarks as a court publishes them: under ``SENTENCING REMARKS``, each numbered paragraph
the judge's turn (the judge named over it: ``HER HONOUR JUDGE ANN LEE``, ``MR JUSTICE KANE``), its margin number out
of the quote."""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADING = re.compile(r"^\s*(?:\*\*)?SENTENCING\s+REMARKS\b[^a-z\n]{0,60}$", re.IGNORECASE)
"""The remarks' heading, in any case, alone on its line or with no letters after it (``SENTENCING REMARKS``,
``Sentencing remarks:``; not ``Sentencing remarks were read …`` nor ``SENTENCING REMARKS OF …``)."""
_JUDGE = re.compile(
    r"^\s*(?P<who>(?:HIS|HER)\s+HONOUR\s+JUDGE(?:\s+[A-Z][A-Z'’\-.]*){1,4}(?:\s+KC|\s+QC)?"
    r"|(?:THE\s+HON(?:OURABLE|\.)?\s+)?(?:MR|MRS|MS|MISS)\.?\s+JUSTICE(?:\s+[A-Z][A-Z'’\-.]*){1,3})\s*$"
)
"""The judge as the remarks' header names them, in capitals, alone on a line."""
_NUMBERED = re.compile(r"^\s*\d{1,3}\.\s+(?=\S)")
_REACH = 40
"""How far from the top the heading and the judge's line may stand."""


def judges_paragraphs(lines: Sequence[str]) -> tuple[tuple[int, str, int], ...]:
    """(line, judge, where the words start) for each numbered paragraph under the heading of sentencing remarks
    that names one judge above its first paragraph; none for any other text."""
    heading = next((n for n, line in enumerate(lines[:_REACH]) if _HEADING.match(line)), None)
    if heading is None:
        return ()
    judges = {match["who"] for line in lines[:_REACH] if (match := _JUDGE.match(line))}
    if len(judges) != 1:
        return ()
    judge = judges.pop()
    found = ((number, _NUMBERED.match(lines[number])) for number in range(heading + 1, len(lines)))
    return tuple((number, judge, match.end()) for number, match in found if match)
