"""The sample corpus the tests read: the one briefbot ships, as kept in ``bench/gold/sample/`` (the gold set's too),
never the project's ``corpus/`` folder, which is the user's to edit and add to.

``sample_copy`` copies it into a folder a test may write in; the ``sample_corpus`` fixture (tests/conftest.py) is one
such copy made once per test session, for tests that only read it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_SAMPLE = ROOT / "bench" / "gold" / "sample"
"""The sample corpus as shipped: ``corpus/`` on a fresh checkout holds the same files."""


def sample_copy(folder: Path) -> Path:
    """A copy of the shipped sample corpus as ``folder/corpus`` (created), returned."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copytree(SHIPPED_SAMPLE, folder / "corpus"))
