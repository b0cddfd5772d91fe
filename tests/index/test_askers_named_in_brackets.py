"""A reporter named in brackets after a question's label (``Q (Ina Voss, Harbour Courier):``, as ``Question (Mr …)``
elsewhere) is who asks: ``what did Ina Voss ask?`` finds the answers to her questions, and her name is no word that
no passage holds. A note in brackets that names nobody (``Q (off mic):``) gives the turn no one to ask for."""

from pathlib import Path

import pytest

from tests.cli_runner import run_json
from tests.conftest import write

BRIEFING = """Press conference on the canal lock failure
Published 4 November 2026

MR. HALE: Good afternoon. I will take a few questions.

Q (Ina Voss, Harbour Courier): Has the lower gate been inspected by divers yet?

MR. HALE: Divers went down this morning and found a cracked hinge.

Q (Pål Strand, Radio Nordkyst): When do barges move through the lock again?

MR. HALE: Not before the hinge is replaced, which takes about ten days.

Q (Ina Voss, Harbour Courier): Who pays for the new hinge?

MR. HALE: The canal authority pays from its repair fund.

Q (off mic): And the pleasure boats?

MR. HALE: Pleasure boats use the old side channel meanwhile.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("askers")
    write(folder / "corpus", "briefings/lock.txt", BRIEFING)
    return folder


def ask(project: Path, question: str) -> dict:
    return run_json("ask", question, "--json", "--k", "3", cwd=project)


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("what did Ina Voss ask?", {"Divers went down", "The canal authority pays"}),
        ("what did the Harbour Courier ask?", {"Divers went down", "The canal authority pays"}),
        ("what did Pål Strand ask?", {"Not before the hinge"}),
    ],
)
def test_a_reporter_named_in_brackets_finds_the_answers_to_their_questions(project, question, answers):
    found = ask(project, question)
    assert found["not_found"] == []
    best = [passage["text"] for passage in found["passages"][: len(answers)]]
    assert {start for start in answers if any(text.startswith(start) for text in best)} == answers


def test_a_note_in_brackets_names_nobody(project):
    assert "mic" in [word.lower() for word in ask(project, "what did mic ask about the barges?")["not_found"]]
