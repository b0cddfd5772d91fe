"""A name of aliases.toml written with a hyphen (``G-20``, ``stand-off``) names its group in a question and in a
passage alike: the passages that write another of its names are found, and the word is never said to be missing.
A word no passage holds, whatever its alias neighbours, still is."""

from pathlib import Path

import pytest

from tests.cli_runner import run_json
from tests.conftest import write

ALIASES = """[groups]
b7 = ["B7", "B-7", "Baltic Seven"]
k9 = ["K9", "K-9", "Kalmar Nine"]
standoff = ["stand-off", "standoff", "impasse"]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hyphened")
    root = folder / "corpus"
    write(root, "aliases.toml", ALIASES)
    write(
        root,
        "news/summit.md",
        "---\ntitle: Summit notes\ndate: 2026-11-20\n---\n"
        "At the B7 meeting in Tallinn the ministers signed a fishing pact.\n\n"
        "The stand-off over the Narva bridge tolls went on for a third week.\n\n"
        "Harbour dues in Pärnu rose by four per cent.\n\n"
        "Delegates of the K-9 gathered in Kaunas for a second round.\n\n"
        "The K9 ministers met in Visby in the spring.\n",
    )
    return folder


def ask(project: Path, question: str) -> dict:
    return run_json("ask", question, "--json", "--k", "3", cwd=project)


@pytest.mark.parametrize(
    "question", ["what happened at the B-7 in Tallinn?", "what happened at the B-7?", "B-7 in Tallinn"]
)
def test_a_hyphened_alias_in_the_question_is_never_missing(project, question):
    found = ask(project, question)
    assert found["not_found"] == []
    assert "B7 meeting" in found["passages"][0]["text"]


def test_a_hyphened_alias_in_a_passage_is_found_by_another_name(project):
    found = ask(project, "an impasse over the Narva bridge tolls?")
    assert found["not_found"] == []
    assert "stand-off" in found["passages"][0]["text"]


def test_a_hyphened_name_in_a_passage_names_its_group(project):
    found = ask(project, "what did the Kalmar Nine do?")
    assert {"K-9 gathered" in passage["text"] for passage in found["passages"][:2]} == {True, False}


def test_the_name_as_the_passage_writes_it_is_found_as_before(project):
    found = ask(project, "what happened at the B7 in Tallinn?")
    assert found["not_found"] == []
    assert "B7 meeting" in found["passages"][0]["text"]


def test_a_word_no_passage_holds_is_still_missing(project):
    assert ask(project, "what happened at the B-8 in Riga?")["not_found"] == ["B-8", "Riga"]
