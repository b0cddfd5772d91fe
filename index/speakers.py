"""Speaker labels in transcripts: ``QUESTION:``, ``MR TONER:``, ``MS. NAUERT:``, ``SECRETARY KERRY:``.

A label starts a line, or follows the end of a sentence with no line break when a transcript has been
pasted with its turns run together (``...that you support.MR TONER: Yeah.``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLES = (
    "MR",
    "MS",
    "MRS",
    "MISS",
    "DR",
    "SECRETARY",
    "AMBASSADOR",
    "GENERAL",
    "GEN",
    "ADMIRAL",
    "ADM",
    "COLONEL",
    "COL",
    "CAPTAIN",
    "CAPT",
    "MAJOR",
    "LIEUTENANT",
    "SENATOR",
    "PRESIDENT",
    "MINISTER",
    "SPOKESPERSON",
    "SPOKESMAN",
    "SPOKESWOMAN",
    "DEPUTY",
    "UNDER SECRETARY",
    "ASSISTANT SECRETARY",
    "PRIME MINISTER",
    "FOREIGN MINISTER",
    "SENIOR STATE DEPARTMENT OFFICIAL",
    "SENIOR ADMINISTRATION OFFICIAL",
    "SENIOR DEFENSE OFFICIAL",
    "SENIOR OFFICIAL",
)
_QUESTIONERS = ("QUESTION", "Q", "REPORTER", "AUDIENCE MEMBER", "PARTICIPANT")
_ROLES = (*_QUESTIONERS, "ANSWER", "MODERATOR", "OPERATOR", "STAFF", "SPOKESPERSON", "SPOKESMAN")

_NAME = r"[A-Z][A-Z'’\-]+"
_TITLE = "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
_ROLE = "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True))
_LABEL = rf"(?:(?:{_TITLE})\.?(?:\s+{_NAME}){{0,2}}|{_ROLE}|{_NAME}(?:\s+{_NAME}){{1,3}})"
# After a label: a colon, then white space or the end of the line.
_AFTER = r":(?=\s|$)"
# A label at the start of a line (leading spaces allowed).
_AT_LINE_START = re.compile(rf"^[ \t]*(?P<label>{_LABEL}){_AFTER}")
# A label run into the previous sentence: sentence-final punctuation or a dash right before it.
_RUN_TOGETHER = re.compile(
    rf"(?<=[.?!…—–\"”’)\]])[ \t]?(?P<label>(?:(?:{_TITLE})\.?(?:\s+{_NAME}){{1,2}}|{_ROLE})){_AFTER}"
)

# All-caps words at a line start that are headings or notes, not people.
_NOT_SPEAKERS = frozenset({"NOTE", "UPDATE", "EDITOR'S NOTE", "SOURCE", "URL", "TITLE", "DATE", "PS", "END"})


DASHES = ("—", "–", "-")
"""A turn that opens with a dash takes up a sentence cut off earlier; one that ends with a dash was cut off."""


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker label found in a line: the name as written and where the turn's words begin."""

    speaker: str
    start: int
    """Offset of the label in the line."""
    text_start: int
    """Offset of the first character after the colon."""


def find_labels(line: str) -> list[Label]:
    """All speaker labels in one line, in order: one at its start and any run into earlier sentences."""
    labels: list[Label] = []
    head = _AT_LINE_START.match(line)
    if head and _is_speaker(head.group("label")):
        labels.append(Label(_clean(head.group("label")), head.start("label"), head.end()))
    searched_from = labels[0].text_start if labels else 0
    for match in _RUN_TOGETHER.finditer(line, searched_from):
        labels.append(Label(_clean(match.group("label")), match.start("label"), match.end()))
    return labels


def starts_with_label(line: str) -> bool:
    """True when the line begins with a speaker label."""
    head = _AT_LINE_START.match(line)
    return bool(head and _is_speaker(head.group("label")))


def is_questioner(speaker: str | None) -> bool:
    """True for labels that introduce a reporter's question rather than an answer."""
    return speaker is not None and speaker.upper().rstrip(".") in _QUESTIONERS


def _is_speaker(label: str) -> bool:
    return _clean(label) not in _NOT_SPEAKERS


def _clean(label: str) -> str:
    return " ".join(label.split())
