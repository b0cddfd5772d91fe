"""The suite reads a copy of the shipped sample corpus, never the project's ``corpus/`` folder, which a user edits
and adds to (``tests.sample``)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.sample import ROOT, SHIPPED_SAMPLE

_PROJECT_CORPUS = re.compile(r"""(?:ROOT|parents?\b[^\n"]{0,12})\s*/\s*["']corpus["']""")
"""How a test module would name the project's ``corpus/`` folder: the project's root, or a parent of a test's
file, joined to ``"corpus"``."""


def test_no_test_module_names_the_projects_corpus_folder():
    named = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _PROJECT_CORPUS.search(line)
    ]
    assert named == []


def test_the_session_copy_is_the_shipped_sample_outside_the_project(sample_corpus: Path):
    assert not sample_corpus.resolve().is_relative_to(ROOT)
    shipped = sorted(p.relative_to(SHIPPED_SAMPLE) for p in SHIPPED_SAMPLE.rglob("*") if p.is_file())
    assert sorted(p.relative_to(sample_corpus) for p in sample_corpus.rglob("*") if p.is_file()) == shipped
    assert len(shipped) >= 7


def test_the_tests_sample_is_the_corpus_as_committed():
    """``corpus/`` as committed (not as a user left it) holds the files the tests read, byte for byte."""
    if shutil.which("git") is None:
        pytest.skip("no git to read the committed corpus with")
    listed = subprocess.run(["git", "ls-files", "-z", "corpus"], cwd=ROOT, capture_output=True)
    if listed.returncode != 0 or not listed.stdout:
        pytest.skip("not a git checkout, or corpus/ not committed yet")
    names = sorted(name.removeprefix("corpus/") for name in listed.stdout.decode().split("\0") if name)
    assert names == sorted(p.relative_to(SHIPPED_SAMPLE).as_posix() for p in SHIPPED_SAMPLE.rglob("*") if p.is_file())
    for name in names:
        committed = subprocess.run(["git", "show", f"HEAD:corpus/{name}"], cwd=ROOT, capture_output=True, check=True)
        assert committed.stdout == (SHIPPED_SAMPLE / name).read_bytes(), name
