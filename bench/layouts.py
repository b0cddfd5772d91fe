"""How well briefbot reads transcripts laid out as the web serves them, measured on a fixture half.

A half is a folder of transcripts (text pasted from a page, saved pages, PDFs) and a ``manifest.toml`` that
says, for each file, its layout, title and date, who speaks a few of its sentences, the lines of site chrome
and header that must never be part of a passage, and for a UN noon briefing the section some sentences are
in::

    [[document]]
    file = "briefing.txt"
    layout = "state-text"
    title = "Department Press Briefing - March 2, 2017"
    date = "2017-03-02"
    speakers = [{ text = "a sentence of the briefing", speaker = "Toner" }]
    chrome = ["Skip to main content", "TRANSCRIPT:"]
    sections = [{ text = "a sentence under a heading", section = "Syria" }]

The half's files are indexed by the real builder into a fresh index, and each figure is read from that
index: a sentence's speaker is right when the passage holding it names the expected person (the surname as
a word of its speaker label, any case) or role (``Question`` is any questioner's label); a chrome line has
leaked when any passage of its document holds it; a title, date or section is right when it equals the
manifest's.

    python -m bench.layouts tests/fixtures/web_transcripts/tune
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.builder import build_index
from index.speakers import is_questioner
from index.store import load_index

MANIFEST = "manifest.toml"
QUESTION_ROLE = "question"
_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class Tally:
    """Right answers out of those asked, for one figure."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def share(self) -> float:
        """The share right; 1.0 when nothing was asked."""
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.right}/{self.total}" if self.total else "-"


@dataclass(slots=True)
class Figures:
    """The figures of one layout (or of a whole half)."""

    documents: int = 0
    speakers: Tally = field(default_factory=Tally)
    chrome_lines: int = 0
    chrome_leaked: list[str] = field(default_factory=list)
    titles: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    sections: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)
    """What went wrong, one line each, for a person to read."""

    def merge(self, other: Figures) -> None:
        self.documents += other.documents
        for name in ("speakers", "titles", "dates", "sections"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.right += theirs.right
            mine.total += theirs.total
        self.chrome_lines += other.chrome_lines
        self.chrome_leaked += other.chrome_leaked
        self.misses += other.misses


@dataclass(slots=True)
class HalfReport:
    """A half's figures per layout, and over all of it."""

    half: str
    layouts: dict[str, Figures]
    total: Figures
    skipped: list[str]

    def table(self) -> str:
        """The figures as a Markdown table, one row per layout and one for the whole half."""
        rows = [
            "| layout | docs | speakers | chrome leaked | titles | dates | sections |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, figures in [*sorted(self.layouts.items()), ("**all**", self.total)]:
            rows.append(
                f"| {name} | {figures.documents} | {figures.speakers} ({figures.speakers.share:.2f}) | "
                f"{len(figures.chrome_leaked)}/{figures.chrome_lines} | {figures.titles} | {figures.dates} | "
                f"{figures.sections} |"
            )
        return "\n".join(rows)


def load_manifest(folder: Path) -> list[dict[str, Any]]:
    """The documents a half's manifest describes; raises ValueError for a manifest without any."""
    with open(folder / MANIFEST, "rb") as handle:
        documents = tomllib.load(handle).get("document", [])
    if not documents:
        raise ValueError(f"{folder / MANIFEST} describes no [[document]]")
    return documents


def measure_half(folder: Path) -> HalfReport:
    """Index a half's files with the real builder and measure them against its manifest."""
    expected = load_manifest(folder)
    with tempfile.TemporaryDirectory(prefix="briefbot-layouts-") as work:
        corpus = Path(work) / "corpus"
        corpus.mkdir()
        for entry in expected:
            shutil.copy2(folder / entry["file"], corpus / entry["file"])
        report = build_index(corpus, Path(work) / "index")
        index = load_index(Path(work) / "index")
        by_path = {source.path: number for number, source in enumerate(index.sources)}
        passages: dict[int, list[Any]] = {}
        for passage in index.passages:
            passages.setdefault(passage.doc, []).append(passage)
        layouts: dict[str, Figures] = {}
        for entry in expected:
            figures = layouts.setdefault(entry.get("layout", "unknown"), Figures())
            doc = by_path.get(entry["file"])
            source = index.sources[doc] if doc is not None else None
            _measure_document(entry, source, passages.get(doc, []) if doc is not None else [], figures)
        skipped = [f"{item.path}: {item.reason}" for item in report.skipped]
        del index
    total = Figures()
    for figures in layouts.values():
        total.merge(figures)
    return HalfReport(folder.name, layouts, total, skipped)


def _measure_document(entry: dict[str, Any], source: Any, passages: list[Any], figures: Figures) -> None:
    name = entry["file"]
    figures.documents += 1
    texts = [(_normal(p.text), p) for p in passages]
    if "title" in entry:
        got = source.title if source is not None else None
        ok = got is not None and _normal(got) == _normal(entry["title"])
        figures.titles.add(ok)
        if not ok:
            _miss(figures, name, f"title {got!r}, expected {entry['title']!r}")
    if "date" in entry:
        got = source.date.isoformat() if source is not None and source.date else None
        figures.dates.add(got == str(entry["date"]))
        if got != str(entry["date"]):
            _miss(figures, name, f"date {got}, expected {entry['date']}")
    for item in entry.get("speakers", []):
        holder = _holder(texts, item["text"])
        ok = holder is not None and speaker_matches(holder.speaker, item["speaker"])
        figures.speakers.add(ok)
        if not ok:
            got = "no passage holds it" if holder is None else f"speaker {holder.speaker!r}"
            _miss(figures, name, f"{item['text'][:50]!r}: {got}, expected {item['speaker']!r}")
    for line in entry.get("chrome", []):
        figures.chrome_lines += 1
        wanted = _normal(line)
        if wanted and any(wanted in text for text, _ in texts):
            figures.chrome_leaked.append(f"{name}: {line}")
            _miss(figures, name, f"chrome leaked: {line!r}")
    for item in entry.get("sections", []):
        holder = _holder(texts, item["text"])
        got = getattr(holder, "section", None) if holder is not None else None
        ok = got is not None and _normal(got).casefold() == _normal(item["section"]).casefold()
        figures.sections.add(ok)
        if not ok:
            _miss(figures, name, f"{item['text'][:50]!r}: section {got!r}, expected {item['section']!r}")


def speaker_matches(speaker: str | None, expected: str) -> bool:
    """Whether a passage's speaker label names the expected person (a surname, as a word of the label, any
    case) or role (``Question`` for any questioner's label, else the role's words)."""
    if speaker is None:
        return False
    if expected.strip().casefold() == QUESTION_ROLE:
        return is_questioner(speaker)
    words = [word.casefold() for word in _LETTERS.findall(speaker)]
    wanted = [word.casefold() for word in _LETTERS.findall(expected)]
    if len(wanted) == 1:
        return wanted[0] in words
    return _contains(words, wanted)


def _contains(words: list[str], wanted: list[str]) -> bool:
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _holder(texts: Iterable[tuple[str, Any]], sentence: str) -> Any:
    wanted = _normal(sentence)
    return next((passage for text, passage in texts if wanted in text), None)


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def _miss(figures: Figures, name: str, what: str) -> None:
    figures.misses.append(f"{name}: {what}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("halves", nargs="+", type=Path, help="fixture half folders, each with a manifest.toml")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for folder in args.halves:
        report = measure_half(folder)
        print(f"## {report.half}\n\n{report.table()}\n")
        for line in report.skipped:
            print(f"skipped: {line}")
        if args.misses:
            print("\n".join(f"- {miss}" for miss in report.total.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
