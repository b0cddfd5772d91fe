"""The evaluations share one built index per corpus: every half of the answer and date evaluations asks the
index its corpus was built into once in the session, not one built again for each evaluation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import bench.date_eval
import bench.eval
from index.builder import build_index
from index.store import LoadedIndex, load_index

_REAL_BUILT_INDEXES = bench.eval.built_indexes


@pytest.fixture
def real_built_indexes() -> object:
    """``bench.eval.built_indexes`` itself (which ``bench.date_eval`` imports), not the shared session's."""
    return _REAL_BUILT_INDEXES


@pytest.fixture(scope="session", autouse=True)
def indexes_built_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("gold-indexes")
    opened: dict[tuple[Path, str | None], LoadedIndex] = {}

    def built_indexes(
        corpora: dict[str, Path], names: set[str], scratch: Path, model: str | None = None
    ) -> dict[str, LoadedIndex]:
        """``bench.eval.built_indexes``, each corpus folder built the first time it is asked for with a model."""
        for name in sorted(names):
            if (corpora[name], model) not in opened:
                build_index(corpora[name], folder / f"{len(opened)}-{name}", model=model)
                opened[corpora[name], model] = load_index(folder / f"{len(opened)}-{name}")
        return {name: opened[corpora[name], model] for name in names}

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bench.eval, "built_indexes", built_indexes)
        patch.setattr(bench.date_eval, "built_indexes", built_indexes)
        yield
