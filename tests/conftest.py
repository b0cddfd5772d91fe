"""Shared fixtures: small corpora written into temporary folders; the settings of property-based tests; the
``end_to_end`` marker on tests that start processes."""

from __future__ import annotations

import os
import types
from collections.abc import Callable, Mapping
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from index.builder import build_index
from index.models import Passage
from index.search import Searcher
from index.store import LoadedIndex, load_index
from tests.sample import sample_copy

# Property-based tests: enough examples to find the odd case, few enough for a quick suite. On CI the
# examples are derived from each test's name (the same every run); ``HYPOTHESIS_PROFILE=thorough`` runs many more.
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "print_blob": True}
settings.register_profile("default", max_examples=150, **_COMMON)
settings.register_profile("ci", max_examples=150, derandomize=True, database=None, **_COMMON)
settings.register_profile("thorough", max_examples=2000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))

# A test module that starts processes (the real `briefbot` command, the real bot, builds to kill) is marked
# ``end_to_end``: `pytest -m "not slow and not end_to_end"` is the quick subset (docs/development.md).
# (`tests.cli_runner.run` runs the command in this process; only its `run_process` starts one).
_PROCESS_STARTERS = frozenset(
    {"subprocess", "multiprocessing", "tests.cli_runner.run_process", "tests.bot.discord.bot_process"}
)


def _starts_processes(module: types.ModuleType) -> bool:
    """Whether the module imports a way to start processes (a module, or a name taken from one)."""
    for value in vars(module).values():
        origin = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        if origin in _PROCESS_STARTERS or f"{origin}.{getattr(value, '__name__', '')}" in _PROCESS_STARTERS:
            return True
    return False


_BENCH = Path(__file__).parent / "bench"
"""The evaluations' tests: they share one session's built gold indexes (tests/bench/conftest.py), so one worker
runs them all when the suite runs on several (`-n auto --dist loadgroup`)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = getattr(item, "module", None)
        if module is not None and _starts_processes(module):
            item.add_marker(pytest.mark.end_to_end)
        if _BENCH in item.path.parents:
            item.add_marker(pytest.mark.xdist_group("gold"))


TRANSCRIPT = """---
title: Daily briefing, 2 March 2017 (test)
url: https://example.test/briefing/2017-03-02
date: 2017-03-02
kind: transcript
---
MR. ODUYA: Afternoon. Two quick items, then questions.

QUESTION: On the convoy near Raqqa: did the coalition hit it or not?MR. ODUYA: We did. […]
The strike happened early on Tuesday and destroyed six vehicles.

QUESTION: Were there civilians —
MR. ODUYA: Not that —
QUESTION: — anywhere near the convoy?
MR. ODUYA: Not that we know of. …
…
QUESTION: And the ferry crossing on the Euphrates?
MR. ODUYA: I'd point you to the Pentagon for that one.
"""

ARTICLE = """---
title: Convoy destroyed near Raqqa
date: 2017-03-01
kind: article
---
A coalition strike destroyed a convoy of six trucks near Raqqa early on Tuesday, officials said.

Residents described a column of smoke visible from the river.

Raqqa Watch @raqqa_watchSix trucks burning on the eastern road out of #Raqqa after an air strike
6:40 AM – 28 Feb 2017

> Nobody on the ground could say who the trucks belonged to.

The briefing the next day covered it:

QUESTION: On the convoy near Raqqa: did the coalition hit it or not?MR. ODUYA: We did.
"""


def write(root: Path, name: str, text: str | bytes) -> Path:
    """Write a corpus file (creating folders) and return its path."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def built_pages(root: Path, pages: Mapping[str, str]) -> LoadedIndex:
    """Write ``pages`` (name to text) under ``root``, build a real index beside it and open it."""
    for name, text in pages.items():
        write(root, name, text)
    index_dir = root.parent / f"{root.name}-index"
    build_index(root, index_dir)
    return load_index(index_dir)


def searcher_over(root: Path, pages: Mapping[str, str]) -> Searcher:
    """A searcher over ``pages`` written under ``root`` and built into a real index beside it."""
    return Searcher(built_pages(root, pages))


def by_document(
    index: LoadedIndex, view: Callable[[Passage], Any] = attrgetter("text")
) -> tuple[dict[str, tuple[str, date | None]], dict[str, list[Any]]]:
    """Each document's (title, date) and its passages as ``view`` shows them, by path, in order."""
    passages: dict[str, list[Any]] = {}
    for passage in index.passages:
        passages.setdefault(index.sources[passage.doc].path, []).append(view(passage))
    return {source.path: (source.title, source.date) for source in index.sources}, passages


def line(searcher, question: str) -> str | None:
    """The day the answer's date line names (ISO, at its precision), or None when it shows none."""
    answer = searcher.ask(question, k=3)
    return answer.date_answer.date.iso if answer.date_answer else None


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped sample corpus, made once per session (``tests.sample``): read it, never write in it."""
    return sample_copy(tmp_path_factory.mktemp("sample"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus with one transcript and one article that quotes it."""
    root = tmp_path / "corpus"
    write(root, "briefings/2017-03-02-briefing.txt", TRANSCRIPT)
    write(root, "news/convoy.md", ARTICLE)
    return root
