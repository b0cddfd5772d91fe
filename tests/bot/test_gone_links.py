"""A symbolic link whose target is gone is named for what it is, in one line, wherever it points (inside the corpus,
outside it, into a hidden folder), and nothing else is lost; links that lead somewhere keep their messages."""

import os
from pathlib import Path

import pytest

from tests.cli_runner import run
from tests.conftest import write

GONE = "a link to a file that is gone"
TEXT = "# Harbour works\n\nThe harbour works begin on Monday, the port authority said.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    write(corpus, "harbour.md", TEXT)
    write(tmp_path / "elsewhere", "kept.md", TEXT.replace("Harbour", "Dock").replace("harbour", "dock"))
    (corpus / ".drafts").mkdir()
    os.symlink(tmp_path / "deleted.md", corpus / "far.md")  # outside the corpus, and gone
    os.symlink("moved.md", corpus / "near.md")  # inside, and gone
    os.symlink(".drafts/old.md", corpus / "hidden.md")  # into a hidden folder, and gone
    return tmp_path


def _skipped(output: str) -> dict[str, str]:
    lines = output.split("skipped ", 1)[1].splitlines()[1:]
    return dict(line.strip().split(": ", 1) for line in lines if line.startswith("  "))


def test_links_to_files_that_are_gone_say_so_and_the_rest_is_indexed(project):
    result = run("index", "build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "indexed 1 file" in result.stdout
    assert _skipped(result.stdout) == {"far.md": GONE, "near.md": GONE, "hidden.md": GONE}
    assert "harbour works begin" in run("ask", "harbour works", cwd=project).stdout


def test_links_that_lead_somewhere_keep_their_messages(project):
    corpus = project / "corpus"
    os.symlink(project / "elsewhere" / "kept.md", corpus / "outside.md")
    os.symlink("loop-b.md", corpus / "loop-a.md")
    os.symlink("loop-a.md", corpus / "loop-b.md")
    os.symlink("harbour.md", corpus / "again.md")
    skipped = _skipped(run("index", "build", cwd=project).stdout)
    assert skipped["outside.md"] == "symbolic link to a file outside the corpus folder (not read)"
    assert skipped["loop-a.md"] == skipped["loop-b.md"] == "symbolic link loop"
    assert "again.md" not in skipped


def test_adding_a_link_whose_file_is_gone_says_so_in_one_line(project):
    os.symlink(project / "nowhere.md", project / "pasted.md")
    result = run("add", str(project / "pasted.md"), cwd=project)
    assert result.returncode != 0
    assert result.stderr.strip() == f"briefbot: error: {project / 'pasted.md'}: {GONE}"
    missing = run("add", str(project / "never.md"), cwd=project)
    assert missing.stderr.strip() == f"briefbot: error: {project / 'never.md'}: no such file"


def test_a_corpus_folder_that_is_a_link_to_a_folder_gone_says_so(tmp_path):
    os.symlink(tmp_path / "removed", tmp_path / "corpus")
    result = run("index", "build", cwd=tmp_path)
    assert result.returncode != 0
    assert "corpus folder corpus is a link to a folder that is gone" in result.stderr
    (tmp_path / "corpus").unlink()
    assert "corpus folder corpus does not exist" in run("index", "build", cwd=tmp_path).stderr
