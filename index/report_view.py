"""What a build, an update or a watch reports, decided once: the terminal, the watch loop and Discord only style it.

``report_view`` turns a BuildReport into its summary line (what was indexed, what changed, how long it took),
why every file was read again, the hint for an empty corpus, the files skipped and the warnings, one line
each, and the JSON record ``index build --json`` prints. The text is plain: each face makes it safe for
where it is shown (control characters on a terminal, markdown and paths on Discord).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.builder import BuildReport

EMPTY_CORPUS = "the corpus has no documents yet: add .txt, .md, .html or .pdf files with `briefbot add PATH...`"
SHOWN_PROBLEMS = 10
"""Skipped files and warnings named after an automatic update; ``briefbot index build`` lists them all."""


@dataclass(frozen=True, slots=True)
class Problem:
    """A file skipped (and why) or read with a warning (and what)."""

    path: str
    text: str
    skipped: bool

    @property
    def line(self) -> str:
        """``skipped PATH: reason`` or ``warning: PATH: message``."""
        return f"skipped {self.path}: {self.text}" if self.skipped else f"warning: {self.path}: {self.text}"


@dataclass(frozen=True, slots=True)
class ReportView:
    """A build or an update as reported."""

    summary: str
    """``indexed 3 files, 41 passages, skipped 1 (1 added, 0 changed, 0 removed, 2 unchanged) in 0.2 s``."""
    rebuilt: str | None
    """``read every file: <why>`` when an update read every file again, else None."""
    empty_corpus: str | None
    """What to do about a corpus with no documents, or None."""
    skipped: tuple[Problem, ...]
    warnings: tuple[Problem, ...]

    def problem_lines(self, limit: int | None = None) -> list[str]:
        """One line per skipped file and per warning, at most ``limit`` and a count of the others."""
        lines = [problem.line for problem in (*self.skipped, *self.warnings)]
        if limit is not None and len(lines) > limit:
            hidden = len(lines) - limit
            lines = [*lines[:limit], f"… and {hidden} more: `briefbot index build` lists them all"]
        return lines


def report_view(report: BuildReport) -> ReportView:
    """What ``report`` says."""
    changes = report.changes
    return ReportView(
        _summary_line(report),
        f"read every file: {changes.rebuilt}" if changes is not None and changes.rebuilt else None,
        EMPTY_CORPUS if report.files == 0 else None,
        tuple(Problem(item.path, item.reason, True) for item in report.skipped),
        tuple(Problem(item.path, item.message, False) for item in report.warnings),
    )


def _summary_line(report: BuildReport) -> str:
    """One line saying what a build or an update did."""
    skipped = f", skipped {len(report.skipped)}" if report.skipped else ""
    changes = report.changes
    read = ""
    if changes is not None and changes.rebuilt is None:
        read = (
            f" ({changes.added} added, {changes.changed} changed, {changes.removed} removed, "
            f"{changes.unchanged} unchanged)"
        )
    files = _counted(report.files, "file")
    return f"indexed {files}, {_counted(report.passages, 'passage')}{skipped}{read} in {report.seconds:.1f} s"


def report_record(report: BuildReport, folder: Path) -> dict[str, Any]:
    """The report as JSON-ready data: the shape ``briefbot index build --json`` prints."""
    return {
        "files": report.files,
        "passages": report.passages,
        "skipped": [{"path": item.path, "reason": item.reason} for item in report.skipped],
        "warnings": [{"path": item.path, "message": item.message} for item in report.warnings],
        "index": str(folder),
        "seconds": round(report.seconds, 3),
        "documents": [dataclasses.asdict(document) for document in report.documents],
        **({"changes": dataclasses.asdict(report.changes)} if report.changes else {}),
    }


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
