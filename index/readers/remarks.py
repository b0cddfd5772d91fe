"""A judge's sentencing remarks as a court publishes them: under ``SENTENCING REMARKS``, each numbered paragraph
(``1.``, ``[12]``) the judge's turn (the judge named over it, ``HER HONOUR JUDGE ANN LEE``, ``MR JUSTICE KANE``, or in
the heading, ``SENTENCING REMARKS OF MR JUSTICE KANE``), its margin number out of the quote; dated by the day
they were given (a date line under the caption, ``… delivered on 26 November 2026``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from index.dates import written_days

_JUDGE_NAME = (
    r"(?P<who>(?:HIS|HER)\s+HONOUR\s+JUDGE(?:\s+[A-Z][A-Z'’\-.]*){1,4}(?:\s+KC|\s+QC)?"
    r"|(?:THE\s+HON(?:OURABLE|\.)?\s+)?(?:MR|MRS|MS|MISS)\.?\s+JUSTICE(?:\s+[A-Z][A-Z'’\-.]*){1,3})"
)
_HEADING = re.compile(
    rf"^\s*(?:\*\*)?SENTENCING\s+REMARKS\b(?:[^a-z\n]{{0,60}}|\s+OF\s+{_JUDGE_NAME}[^a-z\n]{{0,40}})$",
    re.IGNORECASE,
)
"""The remarks' heading, in any case, alone on its line or with no letters after it (``SENTENCING REMARKS``,
``Sentencing remarks:``), or naming the judge in capitals (``SENTENCING REMARKS OF HER HONOUR JUDGE ANN BELL``);
not ``Sentencing remarks were read …``."""
_JUDGE = re.compile(rf"^\s*{_JUDGE_NAME}\s*$")
"""The judge as the remarks' header names them, in capitals, alone on a line."""
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}\.|\[\d{1,3}\])\s+(?=\S)")
_GIVEN = re.compile(r"\b(?:delivered|given|handed\s+down|passed)\s+(?:on\s+)?(?=\S)", re.IGNORECASE)
"""The words before the day remarks were given: ``Remarks of Mrs Justice Hale delivered on 16 April 2026``."""
_REACH = 40
"""How far from the top the heading and the judge's line may stand."""


def judges_paragraphs(lines: Sequence[str]) -> tuple[tuple[int, str, int], ...]:
    """(line, judge, where the words start) for each numbered paragraph under the heading of sentencing remarks
    that names one judge above its first paragraph; none for any other text."""
    heading = next((n for n, line in enumerate(lines[:_REACH]) if _HEADING.match(line)), None)
    if heading is None:
        return ()
    named = _HEADING.match(lines[heading])
    judges = {match["who"] for line in lines[:_REACH] if (match := _JUDGE.match(line))}
    judges |= {" ".join(named["who"].split())} if named and named["who"] and named["who"].isupper() else set()
    if len(judges) != 1:
        return ()
    judge = judges.pop()
    found = ((number, _NUMBERED.match(lines[number])) for number in range(heading + 1, len(lines)))
    return tuple((number, judge, match.end()) for number, match in found if match)


def remarks_day(lines: Sequence[str]) -> date | None:
    """The day sentencing remarks state they were given, above their first numbered paragraph: a date line alone
    (under the caption), else a line saying they were ``delivered on`` a day; None for any other text, or remarks
    stating no day (a ``Published:`` line's day is no such statement)."""
    paragraphs = judges_paragraphs(lines)
    if not paragraphs:
        return None
    head = [line.strip(" \t*_") for line in lines[: paragraphs[0][0]]]
    alone = [days[0][2] for line in head if len(days := written_days(line)) == 1 and _alone(line, days[0])]
    given = [
        days[0][2] for line in head
        if (said := _GIVEN.search(line)) and len(days := written_days(line[said.end() :])) == 1 and days[0][0] == 0
    ]
    found = set(alone) or set(given)
    return found.pop() if len(found) == 1 else None


def _alone(line: str, day: tuple[int, int, date]) -> bool:
    """Whether a line is its day alone, a weekday before it aside (``Thursday 26 November 2026``)."""
    before = re.sub(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?", "", line[: day[0]], flags=re.IGNORECASE)
    return not before.strip() and not line[day[1] :].strip(" .")
