"""The feet of pasted mail and of press offices' pages that are no part of what they say: a mail's sign-off and
the signature under it (name, role, numbers, ``Sent from my phone``), a signature closing a release with no sign-off
(a name, a role, an address, a number, an e-mail address), lines offering to unsubscribe, and an expert
roundup's foot (its experts' declared interests, the office's note about itself)."""

from __future__ import annotations

import re

from index.readers.chrome import is_chrome, reads_as_sentence
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
    an expert roundup's declarations or its office's note about itself to the end, a signature with no sign-off over
    it (``signature``), and anywhere a mail app's line or a short offer to unsubscribe."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    found = {n for n in filled if _SENT_FROM.match(plain(lines[n])) or _unsubscribes(plain(lines[n]))}
    lower = filled[int(len(filled) * _FOOT_SHARE)] if filled else 0
    declared = any(_INTERESTS.match(plain(lines[n]).strip("#*_ ")) for n in filled if n >= lower)
    for position, n in enumerate(filled):
        text = plain(lines[n]).strip("#*_ ")
        signs_off = position > 0 and _SIGN_OFF.match(text) and len(filled) - position - 1 <= _SIGNATURE_LINES
        if signs_off or (n >= lower and (_INTERESTS.match(text) or (declared and _about(text)))):
            return found | set(filled[position:])
    return found | signature(lines)


_NAME_LINE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
"""A signature's first line: a person's name (``Ann Kell``, ``Dr Tom Reeve``)."""
_CONTACT_LINE = re.compile(
    r"(?i)^(?:t|m|e|w|tel|telephone|phone|mobile|cell|fax|e-?mail|web)\s*[.:]|@[\w-]+\.\w|^(?:https?://|www\.)"
)
"""A signature's line of numbers or addresses (``Tel: …``, ``M. …``, ``ann@site.example``, ``www.site.example``)."""
_SIGNED_LINES = 10
"""At most this many lines in a signature left with no sign-off over it."""
_SIGNED_WORDS = 8


def signature(lines: list[str]) -> set[int]:
    """The lines of a signature closing a page with no sign-off over it: from a name line to the end, each line
    short and no sentence (a role, the office, a street, a number, an e-mail address), one of them at least a contact
    line, a paragraph of the page over the name; none when any line under the name reads as a sentence."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    block: list[int] = []
    for n in reversed(filled):
        text = plain(lines[n]).strip("*_ ")
        if reads_as_sentence(text) or len(text.split()) > _SIGNED_WORDS or len(block) >= _SIGNED_LINES:
            break
        block.append(n)
    block.reverse()
    while block and not _NAME_LINE.match(plain(lines[block[0]]).strip("*_ ")):
        block.pop(0)  # the name opens the signature: lines over it are the page's own
    above = [n for n in filled if block and n < block[0]]
    contact = any(_CONTACT_LINE.search(plain(lines[n])) or is_chrome(lines[n]) for n in block[1:])
    paragraph = bool(above) and reads_as_sentence(plain(lines[above[-1]]))
    return set(block) if len(block) >= 3 and contact and paragraph else set()


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
