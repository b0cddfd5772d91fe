"""Transcripts as the web serves them: each fixture half under tests/fixtures/web_transcripts/ (a folder with
a manifest.toml) is indexed by the real builder and measured per layout (see bench/layouts.py); the figures
must not fall below the floors of that half."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.layouts import MANIFEST, HalfReport, measure_half

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web_transcripts"
HALVES = sorted(folder for folder in FIXTURES.iterdir() if (folder / MANIFEST).is_file())


@dataclass(frozen=True)
class Floors:
    """The lowest figures a half may reach: shares right, and how many chrome lines may leak."""

    speakers: float = 0.95
    titles: float = 0.95
    dates: float = 0.95
    sections: float = 0.95
    chrome_leaked: int = 0


FLOORS = {
    "tune": Floors(speakers=1.0, titles=1.0, dates=1.0, sections=1.0, chrome_leaked=0),
    # Never tuned on: the figures it reached when it was first measured (titles 11 of 12, below the target).
    "holdout": Floors(speakers=0.99, titles=0.91, dates=1.0, sections=1.0, chrome_leaked=0),
    "dev": Floors(speakers=1.0, titles=1.0, dates=1.0, sections=1.0, chrome_leaked=0),
    # Layouts no other half holds, written before the code that reads them was changed (speakers 42 of 62, chrome
    # 19 of 72 leaked): what is left is a podcast host's page (its title and its fixed lines) and a
    # transcript site's keyboard help.
    "unseen": Floors(speakers=1.0, titles=0.93, dates=1.0, sections=1.0, chrome_leaked=5),
    # Sixteen pages in the layouts of sixteen more sites, written blind and split in two. First measured: tune
    # speakers 41 of 61, chrome 7 of 60 leaked, titles 7 of 8, dates 5 of 8; held out 37 of 58, 4 of 57, 6 and 5 of 8.
    # The tune half after its faults were mended (speakers 54 of 61, chrome 4 leaked, titles 8 of 8); the held-out
    # half did not move, its floors are its first figures.
    "fresh-tune": Floors(speakers=0.885, titles=1.0, dates=0.625, sections=1.0, chrome_leaked=4),
    "fresh-holdout": Floors(speakers=0.637, titles=0.75, dates=0.625, sections=1.0, chrome_leaked=4),
}
"""Per half, in one place: the figures reached on it (a half not named here must meet the targets)."""


@pytest.fixture(scope="module", params=HALVES, ids=[folder.name for folder in HALVES])
def report(request) -> HalfReport:
    return measure_half(request.param)


def test_there_is_a_half_to_measure():
    assert HALVES, f"no fixture half with a {MANIFEST} under {FIXTURES}"


def test_every_file_of_the_half_is_indexed(report):
    assert report.skipped == []


def test_the_half_is_read_as_well_as_its_floors_say(report):
    floors = FLOORS.get(report.half, Floors())
    total = report.total
    print(f"\n{report.half}\n{report.table()}")
    misses = "\n".join(total.misses)
    assert total.speakers.share >= floors.speakers, misses
    assert len(total.chrome_leaked) <= floors.chrome_leaked, misses
    assert total.titles.share >= floors.titles, misses
    assert total.dates.share >= floors.dates, misses
    assert total.sections.share >= floors.sections, misses
