"""Keeping an index current while files land in the corpus folder.

Changes are gathered until the folder is quiet for the debounce (at most ten times that while changes go on),
then the index is updated and its new generation made current, for any reader following ``CURRENT``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from watchfiles import Change, watch

from index.builder import BuildReport
from index.corpus import check_corpus_folder
from index.errors import BriefbotError, describe

if TYPE_CHECKING:
    from index.library import Library


def watch_corpus(
    library: Library,
    on_update: Callable[[BuildReport], None],
    on_error: Callable[[str], None],
    debounce_ms: int = 1000,
    stop: threading.Event | None = None,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Update the library's index now, then after every burst of changes to the corpus, until ``stop`` is set.
    ``on_update`` gets each report; a failed update goes to ``on_error`` as one line and watching goes on."""
    check_corpus_folder(library.corpus_dir)
    corpus = library.corpus_dir.resolve()
    index = library.index_dir.resolve()

    def relevant(change: Change, path: str) -> bool:
        place = Path(path)
        inside = place.relative_to(corpus).parts if place.is_relative_to(corpus) else place.parts
        return not place.is_relative_to(index) and not any(part.startswith(".") for part in inside)

    def update() -> None:
        try:
            on_update(library.update())
        except BriefbotError as error:
            on_error(str(error))
        except OSError as error:
            on_error(f"cannot update the index: {error.strerror or error}")
        except Exception as error:  # whatever went wrong with this update, the next one may succeed
            on_error(f"cannot update the index ({describe(error)})")

    watching = False
    for changes in watch(
        library.corpus_dir,
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
            update()
            if on_ready:
                on_ready()
        elif changes:
            update()
