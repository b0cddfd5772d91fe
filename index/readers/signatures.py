"""The feet of pasted mail and of press offices' pages that are no part of what they say: a mail's sign-off and
the signature under it (name, role, numbers, ``Sent from my phone``), lines offering to unsubscribe, and an expert
roundup's foot (its experts' declared interests, the office's note about itself)."""

from __future__ import annotations

import re

from index.readers.datelines import plain

_SIGN_OFF = re.compile(
    r"^(?:with\s+)?(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|wishes|thanks)[,.!]?$"
    r"|^(?:thanks|thank you|cheers|best|all the best|sincerely|yours(?: sincerely| faithfully| truly)?)[,.!]?$",
    re.IGNORECASE,
)
"""A mail's sign-off alone on its line: ``Kind regards,``, ``Best wishes``, ``Thanks,``, ``Yours sincerely,``."""
_SENT_FROM = re.compile(r"^(?:sent from my|sent via|get outlook for)\b", re.IGNORECASE)
"""A mail app's line under the message: ``Sent from my phone``, ``Get Outlook for Android``."""
_UNSUBSCRIBE = re.compile(r"\bunsubscribe\b|\bstop receiving (?:these|this|our)\b|\bopt[- ]out of (?:these|our)\b",
                          re.IGNORECASE)
"""A line offering to stop the mail: ``To stop receiving these emails, unsubscribe here.``"""
_INTERESTS = re.compile(
    r"^(?:declared|declarations? of|competing|conflicts? of|declaration of)\s+interests?\s*:?$", re.IGNORECASE
)
"""The heading of an expert roundup's declarations: ``Declared interests``, ``Conflicts of interest``."""
_ABOUT = re.compile(r"^about\s+(?:the\s+|us\b)?(?P<name>(?:[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&)\b)?\s*){0,6})$",
                    re.IGNORECASE)
"""The heading of an office's note about itself: ``About the Science Press Office``, ``About us``; a foot only on a
roundup's page, with its declared interests (a release's ``About <company>`` holds facts of its own)."""
_FOOT_SHARE = 0.5
"""A foot's heading stands in the last half of the page's lines of words."""
_SIGNATURE_LINES = 12
"""At most this many lines of words under a mail's sign-off: more are no signature."""
_UNSUBSCRIBE_WORDS = 30


def foot_lines(lines: list[str]) -> set[int]:
    """The lines of a page's foot to leave out: from a mail's sign-off (with no more than a signature under it) or
    an expert roundup's declarations or its office's note about itself to the end, and anywhere a mail app's line or
    a short offer to unsubscribe."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    found = {n for n in filled if _SENT_FROM.match(plain(lines[n])) or _unsubscribes(plain(lines[n]))}
    lower = filled[int(len(filled) * _FOOT_SHARE)] if filled else 0
    declared = any(_INTERESTS.match(plain(lines[n]).strip("#*_ ")) for n in filled if n >= lower)
    for position, n in enumerate(filled):
        text = plain(lines[n]).strip("#*_ ")
        signs_off = position > 0 and _SIGN_OFF.match(text) and len(filled) - position - 1 <= _SIGNATURE_LINES
        if signs_off or (n >= lower and (_INTERESTS.match(text) or (declared and _about(text)))):
            return found | set(filled[position:])
    return found


def _unsubscribes(text: str) -> bool:
    return _UNSUBSCRIBE.search(text) is not None and len(text.split()) <= _UNSUBSCRIBE_WORDS


def _about(text: str) -> bool:
    """``About the Science Press Office``, ``About us``: not ``About the study`` (no name)."""
    found = _ABOUT.match(text)
    if found is None:
        return False
    name = found["name"].strip()
    return (not name and text.lower().startswith("about us")) or (bool(name) and all(
        word[0].isupper() or word in ("of", "for", "and", "&") for word in name.split()))
