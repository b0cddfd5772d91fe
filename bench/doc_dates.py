"""What briefbot reads as each gold document's own date and title, beside the day checked by hand.

    python -m bench.doc_dates            # every gold document: its layout, date, where the date came from, title
    python -m bench.doc_dates --check    # and, per layout, how many dates are right, wrong, missing, rightly absent

Each corpus under ``bench/gold/`` (``sample``, ``newsroom``, ``blind*``) is read file by file through the library's
reader (``index.corpus.read_document``, sidecars applied), as an index build reads it. The layout is the file's kind:
``html``, ``md``, else ``transcript`` when its passages are mostly speaker turns, else ``article``. The days checked by
hand are in ``bench/gold/doc_dates.toml``: a date briefbot reads is right when it equals that day and wrong when it
does not; with none read, it is missing when the document states one and rightly absent when it does not.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from index.corpus import read_document, scan_corpus
from index.errors import SkipFile
from index.models import PassageKind
from index.splitter import split_document

GOLD = Path(__file__).resolve().parent / "gold"
TRUTH = GOLD / "doc_dates.toml"
LAYOUTS = ("transcript", "article", "html", "md")
VERDICTS = ("right", "wrong", "missing", "absent")


@dataclass(frozen=True, slots=True)
class Read:
    """One gold document as briefbot reads it."""

    path: str
    layout: str
    date: str | None
    source: str
    title: str


def read_gold(root: Path = GOLD) -> list[Read]:
    """Every document of every gold corpus under ``root``, in path order (files briefbot skips are left out)."""
    found = []
    for corpus in sorted(path for path in root.iterdir() if path.is_dir()):
        for item in scan_corpus(corpus).files:
            try:
                document = read_document(item)
            except SkipFile:
                continue
            suffix = item.path.suffix.lower().lstrip(".")
            passages = split_document(document)
            turns = sum(passage.kind is PassageKind.TURN for passage in passages)
            layout = {"htm": "html", "html": "html", "md": "md"}.get(suffix)
            layout = layout or ("transcript" if turns >= max(2, len(passages) // 3) else "article")
            when = document.date.isoformat() if document.date else None
            source = (document.date_source or "none") if when else "none"
            found.append(Read(f"{corpus.name}/{item.name}", layout, when, source, document.title))
    return found


def verdict(read: Read, truth: str) -> str:
    """``right``, ``wrong``, ``missing`` (the document states a day, none was read) or ``absent`` (rightly none)."""
    if read.date is None:
        return "absent" if truth == "none" else "missing"
    return "right" if read.date == truth else "wrong"


def main(argv: list[str] | None = None) -> int:
    """Print every document's reading; with ``--check``, the counts per layout (exit 1 on a wrong or missing date)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the dates with bench/gold/doc_dates.toml")
    options = parser.parse_args(argv)
    reads = read_gold()
    truth = tomllib.loads(TRUTH.read_text(encoding="utf-8")) if options.check else {}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for read in reads:
        mark = ""
        if options.check:
            found = verdict(read, truth.get(read.path, "none"))
            counts[read.layout][found] += 1
            mark = "" if found in ("right", "absent") else f"  <- {found}, checked: {truth.get(read.path, 'none')}"
        print(f"{read.path} [{read.layout}] {read.date or '-'} ({read.source}) | {read.title}{mark}")
    if not options.check:
        return 0
    print("\n| layout | documents | " + " | ".join(VERDICTS) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in VERDICTS) + " |")
    total = sum(counts.values(), Counter())
    for layout, tally in [*((layout, counts[layout]) for layout in LAYOUTS), ("**all**", total)]:
        print(f"| {layout} | {sum(tally.values())} | " + " | ".join(str(tally[v]) for v in VERDICTS) + " |")
    return 1 if total["wrong"] or total["missing"] else 0


if __name__ == "__main__":
    sys.exit(main())
