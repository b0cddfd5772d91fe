"""A progress bar for long work, shown only when standard error is a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from tqdm import tqdm

from index import Progress


@contextlib.contextmanager
def file_progress(label: str, enabled: bool = True) -> Iterator[Progress]:
    """Yield a ``(done, total, name)`` callback that drives a bar; quiet when not ``enabled`` or not on a terminal."""
    if not (enabled and sys.stderr.isatty()):
        yield lambda done, total, name: None
        return
    bar: tqdm | None = None

    def update(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc=label, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True)
        bar.set_postfix_str(name[-40:], refresh=False)
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()
