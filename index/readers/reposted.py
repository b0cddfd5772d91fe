"""A release reposted by a wire service (``SALEM, Ore., Sept. 3 -- The attorney general issued the following news
release on Sept. 2, 2026:``): the release's own day, the service's headline over it, the service's line out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index.readers.chrome import date_in, in_headline_capitals, reads_as_sentence

_REPOSTED = re.compile(
    r"\bissued the following (?:news |press |media )?(?:release|statement|announcement|notice)s? on "
    r"(?P<day>[A-Z][\w.]*\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][\w.]*\.? \d{4})(?: \([^()\n]{1,40}\))?:$"
)
"""The service's line over the release it reposts, closed by a colon; the day in words, with its year."""
_DATELINE = re.compile(r"^[A-Z][^\n]{1,80}? (?:--|[–—]) (?=\S)")
"""The service's dateline opening that line: ``SALEM, Ore., Sept. 3 -- ``."""
_REACH = 30
"""How far from the top the service's line may stand."""
_TITLE_CHARS = 150
"""The longest line over the service's line that may be its headline."""


@dataclass(frozen=True)
class Reposted:
    """The service's line over a reposted release, the release's day, and the service's headline above it."""

    line: int
    day: date
    title: str | None


def reposted_release(lines: list[str]) -> Reposted | None:
    """The service's line over a release it reposts, near the top, with the day the release was issued and the
    headline right above it (when that line is a headline: in headline capitals, no sentence). A story's sentence
    saying a statement was issued, with no dateline before it, is none."""
    for number, line in enumerate(lines[:_REACH]):
        match = _REPOSTED.search(line.strip())
        opening = _DATELINE.match(line.strip()) if match else None
        if match is None or opening is None or opening.end() > match.start() or (day := date_in(match["day"])) is None:
            continue
        above = next((lines[n].strip() for n in range(number - 1, -1, -1) if lines[n].strip()), "")
        headline = len(above) <= _TITLE_CHARS and in_headline_capitals(above) and not reads_as_sentence(above)
        return Reposted(number, day, above if headline else None)
    return None
