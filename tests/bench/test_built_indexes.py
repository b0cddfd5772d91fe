"""The evaluations' own index building (the rest of tests/bench shares indexes built once instead)."""

from __future__ import annotations

from pathlib import Path

from bench.eval import briefbot_system
from index.meaning import DEFAULT_MODEL
from index.store import meaning_setting
from tests.conftest import ARTICLE, write


def test_each_named_corpus_is_built_into_scratch_and_opened(tmp_path: Path, corpus: Path, real_built_indexes) -> None:
    other = tmp_path / "other"
    write(other, "notes.md", ARTICLE.replace("Raqqa", "Mosul"))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    indexes = real_built_indexes({"small": corpus, "other": other, "unused": tmp_path / "missing"}, {"small", "other"},
                                 scratch)  # fmt: skip
    assert set(indexes) == {"small", "other"}
    assert sorted(path.name for path in scratch.iterdir()) == ["other", "small"]  # the unasked corpus is not built
    top = briefbot_system(indexes["small"])("Did the coalition hit the convoy near Raqqa?").texts[0]
    assert "Raqqa" in top
    assert "Mosul" in briefbot_system(indexes["other"])("convoy near Mosul").texts[0]


def test_the_meaning_model_asked_for_builds_the_vectors(tmp_path: Path, corpus: Path, real_built_indexes) -> None:
    for model, vectors in ((None, True), ("none", False)):
        scratch = tmp_path / f"scratch-{model}"
        scratch.mkdir()
        built = real_built_indexes({"small": corpus}, {"small"}, scratch, model)["small"]
        assert (built.vectors is not None) is vectors
        assert meaning_setting(built.manifest) == (model or DEFAULT_MODEL)
