"""The terminal answer and the Discord reply count the same passages matched for the same question: the library
counts them once, whatever depth a face asks for (the bot fetches five pages at once)."""

import json
import re
from pathlib import Path

import pytest

from tests.cli_runner import run
from tests.conftest import write

_PLACES = ["Arlow", "Brenna", "Calder", "Dunmore", "Eskin", "Farrow", "Gill", "Harth", "Ivel", "Jura"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _board() -> str:
    """Sixty notices holding ``ferry`` (more than one search's first fifty, fewer than five pages' worth of
    candidates), and twelve that say ``ferryboats`` only: near ``ferry`` in meaning, not in words."""
    notices = [
        f"Notice {n + 1}: the ferry to {_PLACES[n % 10]} leaves pier {n % 7 + 1} at {n % 12 + 1} o'clock on "
        f"{_DAYS[n % 7]}, weather permitting, and returns by the evening."
        for n in range(60)
    ]
    notices += [
        f"Update {n + 1}: ferryboats cross to {_PLACES[n % 10]} island carry passengers and cars each "
        f"{_DAYS[n % 7]} morning."
        for n in range(12)
    ]
    return "# Sailings board\n\n" + "\n\n".join(notices) + "\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("faces")
    write(folder / "corpus", "sailings.md", _board())
    assert run("index", "build", cwd=folder).returncode == 0
    return folder


def _terminal_count(project: Path, question: str, *options: str) -> int:
    found = re.search(r"^(\d+) passages? matched", run("ask", question, *options, cwd=project).stdout, re.M)
    assert found, "the terminal answer states its count"
    return int(found.group(1))


def _discord_count(project: Path, question: str, *options: str) -> int:
    payload = json.loads(run("ask", question, "--format", "discord", "--json", *options, cwd=project).stdout)
    footers = {embed["footer"]["text"] for embed in payload["embeds"] if embed.get("footer")}
    counts = {int(match.group(1)) for text in footers if (match := re.search(r"(\d+) passages? matched", text))}
    assert len(counts) == 1, footers
    return counts.pop()


def test_both_faces_count_the_passages_found_by_meaning_alike(project):
    terminal = _terminal_count(project, "ferry")
    assert terminal == _discord_count(project, "ferry")
    json_count = json.loads(run("ask", "ferry", "--json", cwd=project).stdout)["matched"]
    assert json_count == terminal


def test_the_count_does_not_depend_on_how_many_passages_are_shown(project):
    assert _terminal_count(project, "ferry", "--k", "1") == _terminal_count(project, "ferry", "--k", "25")


def test_a_question_its_words_answer_fully_counts_the_same_on_both_faces_as_before(project):
    assert _terminal_count(project, "Arlow pier") == _discord_count(project, "Arlow pier")


def test_the_sample_corpus_counts_alike_on_both_faces(tmp_path, sample_corpus):
    project = tmp_path
    (project / "corpus").symlink_to(sample_corpus, target_is_directory=True)
    question = "who struck the oil convoys?"
    assert _terminal_count(project, question) == _discord_count(project, question) == 29
