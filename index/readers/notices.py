"""Lines a site sets around a page's words, known by their own words wherever they stand: a transcription service's
offer, a wire's credits in brackets, a market data delay, a paywall's count, a live page's note that it refreshes, a
company's registration line, a judiciary page's approval line (``This transcript has been approved by the Judge.``), a
transcript's line naming who speaks (``SPEAKER: Ms. Ann Lee, Director …``)."""

from __future__ import annotations

import re

_NOTICES = re.compile(
    r"^(?:"
    r"transcribe your own (?:content|audio|video|files?|recordings?)\b[^.!?]{0,40}[.!]?"  # a service's box heading
    r"|try (?-i:[A-Z][\w.-]+)(?: (?-i:[A-Z][\w.-]+))? (?:for )?free\b[^!?,]{0,80}[.!]?"  # Try Name free …, one clause
    r"|\(\s*(?:additional )?(?:reporting|writing) by\b[^()]{1,200}\)"  # (Reporting by …; Editing by …)
    r"|all (?:stock |market )?quotes (?:are )?delayed\b[^!?]{0,60}[.!]?"
    r"|you['’]ve read \d{1,3} (?:of|out of) (?:your )?\d{1,3} free (?:articles|stories|pieces)\b[^!?]{0,100}[.!]?"
    r"|>?\s*(?:live:\s*)?this page (?:updates|refreshes|is updated|is refreshed) automatically\b[^!?]{0,100}[.!]?"
    r"|(?:this (?:transcript|judg?ment|ruling|text|record|version)(?: of (?:the )?[\w ]{1,40})? (?:has been |was |is )?"
    r"|(?:transcript )?)(?:approved|checked|revised) by (?:the )?(?:(?:trial |sentencing )?judge|court|bench)"
    r"(?: for (?:publication|release))?\.?"  # a judiciary page's approval line: This transcript has been approved …
    r"|[^.!?]{1,160}\.\s+registered in (?:england(?: (?:and|&) wales)?|scotland|wales|(?:northern )?ireland)"
    r"(?:,| under)? (?:company )?(?:no\.?|number)\s*[\w ]{4,12}\.?"  # a company's address, then: Registered in …
    r")\s*$",
    re.IGNORECASE,
)
_PARTICIPANTS = re.compile(
    r"^(?:SPEAKERS?|Speakers?|PARTICIPANTS?|Participants?):\s+(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?"
    r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,4},\s+[^.!?]{3,200}$"
)
"""Who speaks, named with a role and no sentence: ``SPEAKER: Ms. Ann Lee, Director of Communications``."""


def is_site_notice(line: str) -> bool:
    """Whether a line is a note the site sets on its pages (``All quotes delayed a minimum of 15 minutes.``,
    ``(Reporting by …; Editing by …)``) or a transcript's participants line, not the page's own words."""
    text = line.strip()
    return len(text) <= 400 and (_NOTICES.match(text) is not None or _PARTICIPANTS.match(text) is not None)


def site_notices(lines: list[str]) -> set[int]:
    """The lines of a text that are notes its site sets on its pages."""
    return {number for number, line in enumerate(lines) if is_site_notice(line)}
