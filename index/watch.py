"""Keeping an index current while files land in the corpus folder.

Changes are gathered until the folder has been quiet for a moment (the debounce; at most ten times that
while changes keep coming), then the index is updated (only the changed files are read) and a new
generation becomes current: a running bot or any reader following the index folder's ``CURRENT`` pointer
picks it up without a restart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from watchfiles import Change, watch

from index.builder import BuildReport, update_index
from index.corpus import DEFAULT_MAX_FILE_BYTES
from index.errors import BriefbotError, describe


def watch_corpus(
    corpus_dir: Path,
    index_dir: Path,
    on_update: Callable[[BuildReport], None],
    on_error: Callable[[str], None],
    debounce_ms: int = 1000,
    stop: threading.Event | None = None,
    on_ready: Callable[[], None] | None = None,
    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
    model: str | None = None,
) -> None:
    """Update the index now, then after every burst of changes to the corpus (documents, their sidecars,
    ``aliases.toml``), until ``stop`` is set. Files larger than ``max_file_bytes`` are skipped; ``model`` is
    the meaning model's setting.

    ``on_update`` gets each update's report; an update that fails is passed to ``on_error`` as one line
    and watching goes on (the previous index stays current). ``on_ready`` is called once watching has begun.
    """
    corpus = corpus_dir.resolve()
    index = index_dir.resolve()

    def relevant(change: Change, path: str) -> bool:
        place = Path(path)
        if place == index or index in place.parents:
            return False
        inside = place.relative_to(corpus).parts if place.is_relative_to(corpus) else place.parts
        return not any(part.startswith(".") for part in inside)

    def update() -> BuildReport:
        return update_index(corpus_dir, index_dir, max_file_bytes=max_file_bytes, model=model)

    watching = False
    for changes in watch(
        corpus_dir,
        watch_filter=relevant,
        step=debounce_ms,
        debounce=debounce_ms * 10,
        stop_event=stop,
        raise_interrupt=False,
        rust_timeout=1000,
        yield_on_timeout=True,
    ):
        if not watching:
            # The watcher is running now: anything that lands from here on is seen, so catching up with
            # what changed before it started leaves no gap.
            watching = True
            _update(update, on_update, on_error)
            if on_ready:
                on_ready()
        elif changes:
            _update(update, on_update, on_error)


def _update(
    update: Callable[[], BuildReport], on_update: Callable[[BuildReport], None], on_error: Callable[[str], None]
) -> None:
    try:
        on_update(update())
    except BriefbotError as error:
        on_error(str(error))
    except OSError as error:
        on_error(f"cannot update the index: {error.strerror or error}")
    except Exception as error:  # whatever went wrong with this update, the next one may succeed
        on_error(f"cannot update the index ({describe(error)})")
