"""A question asked in capitals ranks as it does written as the corpus writes its words: the meaning layer, the one
step that tells capitals apart, reads its words as the best passages by words write them, while the answer still
echoes the question as asked."""

from pathlib import Path

import pytest

from tests.cli_runner import run, run_json
from tests.sample import sample_copy


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("case")
    sample_copy(folder)
    assert run("index", "build", cwd=folder).returncode == 0
    return folder


def _ranked(project: Path, question: str) -> list[str]:
    return [passage["text"] for passage in run_json("ask", question, "--json", "--k", "8", cwd=project)["passages"]]


@pytest.mark.parametrize(
    "question",
    ["when was Nusra last struck?", "Who did the drone kill in Idlib?", "what did Lavrov tell the BBC?"],
)
def test_a_question_in_capitals_ranks_as_written(project, question):
    written = _ranked(project, question)
    assert written
    assert _ranked(project, question.upper()) == written


def test_the_question_is_still_echoed_as_asked(project):
    found = run_json("ask", "WHEN WAS PALMYRA RETAKEN?", "--json", cwd=project)
    assert found["question"] == "WHEN WAS PALMYRA RETAKEN?"
    assert "PALMYRA" in found["not_found"]
