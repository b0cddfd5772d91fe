"""What a build or an update did, in lines for a person: the summary, and the files skipped or warned about."""

from __future__ import annotations

from bot.render.terminal import one_line
from index import BuildReport

SHOWN_PROBLEMS = 10
"""Skipped files and warnings named after an automatic update; ``briefbot index build`` lists them all."""


def problem_lines(report: BuildReport, limit: int | None = None) -> list[str]:
    """One line per skipped file and per warning (``skipped PATH: reason``), at most ``limit`` and a count."""
    lines = [one_line(f"skipped {item.path}: {item.reason}") for item in report.skipped]
    lines += [one_line(f"warning: {item.path}: {item.message}") for item in report.warnings]
    if limit is not None and len(lines) > limit:
        hidden = len(lines) - limit
        lines = [*lines[:limit], f"… and {hidden} more: `briefbot index build` lists them all"]
    return lines


def summary_line(report: BuildReport) -> str:
    """One line saying what a build or an update did."""
    files = "file" if report.files == 1 else "files"
    skipped = f", skipped {len(report.skipped)}" if report.skipped else ""
    changes = report.changes
    read = ""
    if changes is not None and changes.rebuilt is None:
        read = (
            f" ({changes.added} added, {changes.changed} changed, {changes.removed} removed, "
            f"{changes.unchanged} unchanged)"
        )
    passages = "passage" if report.passages == 1 else "passages"
    return f"indexed {report.files} {files}, {report.passages} {passages}{skipped}{read} in {report.seconds:.1f} s"


WAITING = "another build is writing this index; waiting for it to finish …"
