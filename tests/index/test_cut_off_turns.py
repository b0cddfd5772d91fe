"""A turn cut off before it says anything (``Well —``, ``I'd put it differently —``) is no answer: it ranks below
every passage that says something, whatever its speaker or the question it answers share with the question. A short
answer that ends (``No.``) and a cut-off turn that gives a figure are answers as before."""

from pathlib import Path

import pytest

from tests.cli_runner import run_json
from tests.conftest import write

BRIEFING = """Harbour Board press briefing, 2 November 2026

MS. VARGA: Good morning. The dredging of the east channel has slipped by a month.

QUESTION: Is the dredging of the east channel late because of the budget?

MS. VARGA: Well —

QUESTION: Did the budget cut delay the dredging of the east channel?

MS. VARGA: I'd frame it otherwise —

QUESTION: So the budget is to blame?

MS. VARGA: No. The dredger broke a winch and the spare came from Rotterdam.

QUESTION: How many barges are waiting in the east channel?

MS. VARGA: Last count, 14 —

QUESTION: Has the east channel closed to barges before?

MS. VARGA: No.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cut-off")
    write(folder / "corpus", "briefings/2026-11-02-harbour.txt", BRIEFING)
    return folder


def texts(project: Path, question: str) -> list[str]:
    return [p["text"] for p in run_json("ask", question, "--json", "--k", "8", cwd=project)["passages"]]


@pytest.mark.parametrize(
    "question",
    [
        "did Varga say the budget delayed the dredging of the east channel?",
        "is the east channel dredging late because of the budget?",
        "when was Varga's briefing?",
    ],
)
def test_a_turn_cut_off_before_saying_anything_ranks_below_every_other(project, question):
    found = texts(project, question)
    fragments = [n for n, text in enumerate(found) if text in ("Well —", "I'd frame it otherwise —")]
    others = [n for n, text in enumerate(found) if text not in ("Well —", "I'd frame it otherwise —")]
    assert others and all(n > max(others) for n in fragments)


def test_a_cut_off_turn_that_gives_a_figure_still_answers(project):
    assert texts(project, "how many barges are waiting in the east channel?")[0] == "Last count, 14 —"


def test_a_short_answer_that_ends_still_answers(project):
    assert "No." in texts(project, "has the east channel closed to barges before?")[:2]
