"""Getting a searcher for the command line and the bot: build the index first when it is missing or stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from index.builder import BuildReport, Progress, update_index
from index.corpus import DEFAULT_MAX_FILE_BYTES, check_corpus_folder
from index.errors import BriefbotError
from index.freshness import staleness
from index.report_view import SHOWN_PROBLEMS, report_view
from index.search import Searcher
from index.store import CURRENT_FILE, load_index

Notify = Callable[[str], None]


def ensure_current(
    corpus_dir: Path,
    index_dir: Path,
    notify: Notify,
    progress: Progress | None = None,
    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
) -> BuildReport | None:
    """Bring the index up to date when it is missing, of an older version, or older than the corpus (reading
    only the files that changed); say so first."""
    if not corpus_dir.is_dir() and (index_dir / CURRENT_FILE).exists():
        notify(f"corpus folder {corpus_dir} not found; answering from the existing index")
        return None
    check_corpus_folder(corpus_dir)
    reason = staleness(corpus_dir, index_dir, max_file_bytes)
    if reason is None:
        return None
    notify(f"{reason}: building the index from {corpus_dir} …")
    try:
        report = update_index(
            corpus_dir, index_dir, progress=progress, on_wait=lambda: notify(WAITING), max_file_bytes=max_file_bytes
        )
    except BriefbotError as error:
        # The update could not be written (a full disk, a read-only folder): the last good index still answers.
        try:
            load_index(index_dir)
        except BriefbotError:
            raise error from None
        notify(f"cannot update the index ({error}); answering from the last good index")
        return None
    view = report_view(report)
    for line in (view.summary, *view.problem_lines(limit=SHOWN_PROBLEMS)):
        notify(line)
    return report


def open_searcher(
    corpus_dir: Path,
    index_dir: Path,
    notify: Notify,
    progress: Progress | None = None,
    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
) -> Searcher:
    """A searcher over an index that is current with the corpus (building it first if needed)."""
    ensure_current(corpus_dir, index_dir, notify, progress, max_file_bytes)
    searcher = Searcher(load_index(index_dir))
    if searcher.notice:
        notify(searcher.notice)
    return searcher


WAITING = "another build is writing this index; waiting for it to finish …"
