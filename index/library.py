"""The front door of briefbot's library: a corpus folder and its index, kept current, searched and added to
(docs/library.md). Settings are passed in, nothing here reads the environment; errors are ``BriefbotError``
with a ``kind``, from which each face phrases the remedy.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path

from index.adding import AddPlan, check_index_writable, plan_additions, write_additions
from index.builder import READING_CHANGED, BuildReport, Progress, build_index, update_index
from index.corpus import check_corpus_folder, scan_corpus
from index.digest_cache import reading_key
from index.errors import (
    BriefbotError,
    ErrorKind,
    IndexCorruptError,
    IndexMissingError,
    IndexVersionError,
    not_this_corpus,
)
from index.facts import IndexState, index_state
from index.holder import SearcherHolder
from index.limits import DEFAULT_MAX_FILE_BYTES, FileLimits, current_limits, set_limits
from index.meaning import DEFAULT_MODEL
from index.models import Answer
from index.report_view import SHOWN_PROBLEMS, WAITING, report_view
from index.search import Searcher
from index.sidecar import Metadata
from index.store import CURRENT_FILE, load_index, meaning_setting, read_manifest, verify_index
from index.watch import watch_corpus

Notify = Callable[[str], None]
"""Receives a line saying what the library is doing (building first, answering from an older index)."""

INDEXES = Path(".briefbot/indexes")
"""Where a corpus's own index lives when no index folder is given, relative to the working folder."""


def index_folder_for(corpus_dir: Path) -> Path:
    """``.briefbot/indexes/NAME-HASH``: the corpus folder's name and 8 hex digits of the SHA-256 of its resolved
    path, so that two corpora never share one index."""
    resolved = corpus_dir.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    name = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in resolved.name)[:40] or "corpus"
    return INDEXES / f"{name}-{digest}"


def built_from(index_dir: Path) -> Path | None:
    """The corpus folder (resolved) the index in ``index_dir`` was built from; None when it holds no index, or one
    whose manifest cannot be read (damaged, of another briefbot version)."""
    try:
        folder = read_manifest(index_dir).get("corpus", {}).get("folder")
    except (BriefbotError, OSError, ValueError):
        return None
    return Path(folder) if isinstance(folder, str) else None


def staleness(
    corpus_dir: Path, index_dir: Path, max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES, model: str = DEFAULT_MODEL
) -> str | None:
    """Why the index must be (re)built before use, as a short phrase; None when it is current. Raises
    IndexCorruptError, IndexVersionError (from a newer briefbot) or BriefbotError for an index of another corpus
    folder (``INDEX_OF_ANOTHER_CORPUS``): each needs a person's decision."""
    try:
        manifest = read_manifest(index_dir)
    except IndexMissingError:
        return "no index yet"
    except IndexVersionError as error:
        if error.newer:
            raise
        return "the index was built by an older briefbot"
    corpus = manifest.get("corpus", {})
    if problem := not_this_corpus(index_dir, corpus.get("folder"), corpus_dir):
        if problem.kind is ErrorKind.INDEX_OF_ANOTHER_CORPUS:
            raise problem
        return str(problem)
    if corpus.get("fingerprint") != scan_corpus(corpus_dir, max_file_bytes).fingerprint():
        return "the corpus changed since the index was built"
    if meaning_setting(manifest) != model:
        return "the meaning model setting changed since the index was built"
    if manifest.get("reading") != reading_key():
        return READING_CHANGED
    return None


class Library:
    """A corpus folder and its index folder, with the settings to read, build and search them by."""

    def __init__(
        self,
        corpus_dir: Path,
        index_dir: Path | None = None,
        *,
        limits: FileLimits | None = None,
        model: str = DEFAULT_MODEL,
        stated_renames: bool = True,
    ) -> None:
        """``index_dir`` None: the corpus's own; ``limits`` are put in force for this process; ``stated_renames``
        False asks only under the names a question uses."""
        self.corpus_dir = corpus_dir
        self.index_dir = index_dir if index_dir is not None else index_folder_for(corpus_dir)
        if limits is not None:
            set_limits(limits)
        self.model = model.strip() or DEFAULT_MODEL
        self.stated_renames = stated_renames

    @property
    def max_file_bytes(self) -> int | None:
        """Corpus files larger than this are skipped (None: no limit)."""
        return current_limits().max_file_bytes

    def build(self, progress: Progress | None = None, on_wait: Callable[[], None] | None = None) -> BuildReport:
        """Rebuild the whole index from the corpus; the previous index answers until the new one is complete."""
        return build_index(self.corpus_dir, self.index_dir, progress, on_wait, self.max_file_bytes, self.model)

    def update(self, progress: Progress | None = None, on_wait: Callable[[], None] | None = None) -> BuildReport:
        """Bring the index up to date, reading only the files added or changed since it was built."""
        return update_index(self.corpus_dir, self.index_dir, progress, on_wait, self.max_file_bytes, self.model)

    watch = watch_corpus
    """``watch(on_update, on_error, debounce_ms=1000, stop=None, on_ready=None)``: update the index now and after
    every burst of changes to the corpus, until ``stop`` is set."""

    def verify(self) -> None:
        """Check every file of the index against its checksum; raises IndexCorruptError naming the damage."""
        if problems := verify_index(self.index_dir):
            raise IndexCorruptError(f"index in {self.index_dir} is damaged ({'; '.join(problems)})")

    def check_version(self) -> None:
        """Raise IndexVersionError when the index folder holds an index of another briefbot version."""
        with contextlib.suppress(IndexMissingError, IndexCorruptError):
            read_manifest(self.index_dir)

    def ensure_current(self, notify: Notify, progress: Progress | None = None) -> BuildReport | None:
        """Update the index when it is missing, of an older version, or older than the corpus, saying so before and
        its summary after; its report, or None. Without a corpus folder, or when the update cannot be written, the
        existing index answers, and that is said."""
        if not self.corpus_dir.is_dir() and (self.index_dir / CURRENT_FILE).exists():
            notify(f"corpus folder {self.corpus_dir} not found; answering from the existing index")
            return None
        check_corpus_folder(self.corpus_dir)
        reason = staleness(self.corpus_dir, self.index_dir, self.max_file_bytes, self.model)
        if reason is None:
            return None
        notify(f"{reason}: building the index from {self.corpus_dir} …")
        try:
            report = self.update(progress, on_wait=lambda: notify(WAITING))
        except BriefbotError as error:
            if error.kind is ErrorKind.INDEX_OF_ANOTHER_CORPUS:
                raise
            try:
                load_index(self.index_dir)
            except BriefbotError:
                raise error from None
            notify(f"cannot update the index ({error}); answering from the last good index")
            return None
        view = report_view(report)
        for line in (view.summary, *view.problem_lines(limit=SHOWN_PROBLEMS)):
            notify(line)
        return report

    def searcher(self, notify: Notify | None = None) -> Searcher:
        """A searcher over the index as it is on disk; ``notify`` hears once when its meaning model cannot be loaded."""
        searcher = Searcher(load_index(self.index_dir), stated_renames=self.stated_renames)
        if searcher.notice and notify is not None:
            notify(searcher.notice)
        return searcher

    def ask(self, question: str, k: int = 5) -> Answer:
        """The ``k`` best passages for ``question``, bringing the index up to date first (quietly)."""
        self.ensure_current(notify=lambda _: None)
        return self.searcher().ask(question, k)

    def holder(self) -> SearcherHolder:
        """A holder for a long-running process: its searcher is swapped whenever the index changes on disk."""
        return SearcherHolder(self)

    def plan_additions(self, paths: list[Path], meta: Metadata, folder: str = "") -> AddPlan:
        """Check files to add to the corpus (nothing is written); raises AddRefused listing every problem."""
        return plan_additions(paths, self.corpus_dir, meta, folder)

    def add(
        self,
        plan: AddPlan,
        progress: Progress | None = None,
        on_wait: Callable[[], None] | None = None,
        on_copied: Callable[[], None] | None = None,
    ) -> BuildReport:
        """Copy the planned files into the corpus (then ``on_copied``) and update the index. The index folder is
        checked first (nothing is copied when it holds another corpus's index); an update failing after the copy
        raises BriefbotError saying the files were added."""
        check_index_writable(self.index_dir)
        owner = built_from(self.index_dir)
        problem = not_this_corpus(self.index_dir, str(owner), self.corpus_dir) if owner else None
        if problem and problem.kind is ErrorKind.INDEX_OF_ANOTHER_CORPUS:
            raise problem
        write_additions(self.corpus_dir, plan.additions)
        if on_copied is not None:
            on_copied()
        try:
            return self.update(progress, on_wait)
        except BriefbotError as error:
            added = "the file was" if len(plan.additions) == 1 else "the files were"
            message = f"{added} added, but the index could not be updated: {error}"
            raise BriefbotError(message, kind=error.kind) from None

    def state(self) -> IndexState:
        """The index folder as found on disk (built when, how large, with which meaning model, whether of this
        corpus folder), opened but not searched."""
        return index_state(self.index_dir, self.corpus_dir)
