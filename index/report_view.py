"""What a build, an update or a watch reports, decided once; each face only styles it.

``report_view`` gives the summary line, why every file was read again, the empty-corpus hint and the skipped
files and warnings; ``report_record`` the JSON of ``index build --json``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.builder import BuildReport
from index.corpus import FileWarning, Skipped

EMPTY_CORPUS = "the corpus has no documents yet: add .txt, .md, .html or .pdf files with `briefbot add PATH...`"
WAITING = "another build is writing this index; waiting for it to finish …"
"""Said while a build, an update or a watch waits for another process's build of the same index."""
SHOWN_PROBLEMS = 10
"""Skipped files and warnings named after an automatic update; ``briefbot index build`` lists them all."""


@dataclass(frozen=True, slots=True)
class ReportView:
    """A build or an update as reported."""

    summary: str
    """``indexed 3 files, 41 passages, skipped 1 (of the 4 files briefbot reads: 1 added, 0 changed, 3 unchanged; 0
    removed) in 0.2 s``: the files indexed and skipped are those it reads and those passed over unread."""
    rebuilt: str | None
    """``read every file: <why>`` when an update read every file again."""
    empty_corpus: str | None
    skipped: tuple[Skipped, ...]
    warnings: tuple[FileWarning, ...]

    def problem_lines(self, limit: int | None = None) -> list[str]:
        """``skipped PATH: reason`` and ``warning: PATH: message`` lines, at most ``limit`` and a count."""
        lines = [f"skipped {item.path}: {item.reason}" for item in self.skipped]
        lines += [f"warning: {item.path}: {item.message}" for item in self.warnings]
        if limit is not None and len(lines) > limit:
            lines = [*lines[:limit], f"… and {len(lines) - limit} more: `briefbot index build` lists them all"]
        return lines


def report_view(report: BuildReport) -> ReportView:
    """What ``report`` says."""
    changes = report.changes
    read = ""
    if changes is not None and changes.rebuilt is None:
        looked = _counted(changes.added + changes.changed + changes.unchanged, "file")
        read = f" (of the {looked} briefbot reads: {changes.added} added, {changes.changed} changed, "
        read += f"{changes.unchanged} unchanged; {changes.removed} removed"
        read += f"; {changes.unread} more passed over)" if changes.unread else ")"
    skipped = f", skipped {len(report.skipped)}" if report.skipped else ""
    counts = f"{_counted(report.files, 'file')}, {_counted(report.passages, 'passage')}"
    return ReportView(
        f"indexed {counts}{skipped}{read} in {report.seconds:.1f} s",
        f"read every file: {changes.rebuilt}" if changes is not None and changes.rebuilt else None,
        EMPTY_CORPUS if report.files == 0 else None,
        report.skipped,
        report.warnings,
    )


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
