"""The count of passages matched and the list shown agree: when every passage that matched is shown, some within
another (a reporter's question with the turn answering it, a repeat under ``also in``), the answer says so rather
than "the best N" of a larger number."""

import json
from pathlib import Path

import pytest

from tests.cli_runner import run
from tests.conftest import write

BRIEFING = """---
title: Rail board briefing, 3 March 2025 (test)
date: 2025-03-03
kind: transcript
---
MR. ABERNETHY: Good morning. Services on the coast line run to the winter timetable until April.

QUESTION: There are reports of a landslip at Carrow Bay on Saturday. Was anyone hurt?
MR. ABERNETHY: Nobody was hurt. Engineers are clearing the line at Carrow Bay and expect it to reopen on Thursday.

QUESTION: And the new depot at Lisk?
MR. ABERNETHY: The depot opens in the autumn, as planned.
"""

NEWS = """---
title: Coast line closed after landslip
date: 2025-03-02
---
A landslip closed the coast line at Carrow Bay on Saturday morning, the rail board said in a short statement to \
passengers.

Buses replace trains between Carrow and Penhale while the line is cleared.
"""

COPY = """---
title: Weekend travel notes
date: 2025-03-02
---
A landslip closed the coast line at Carrow Bay early on Saturday morning, the rail board said in a short \
statement to passengers.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("counts")
    write(folder / "corpus", "briefing.txt", BRIEFING)
    write(folder / "corpus", "news.md", NEWS)
    write(folder / "corpus", "copy.md", COPY)
    assert run("index", "build", cwd=folder).returncode == 0
    return folder


def _header(question: str, project: Path, k: str) -> str:
    return next(line for line in run("ask", question, "--k", k, cwd=project).stdout.splitlines() if "matched" in line)


def _shown(question: str, project: Path, k: str) -> int:
    return len(json.loads(run("ask", question, "--k", k, "--json", cwd=project).stdout)["passages"])


def test_a_question_shown_with_its_answer_and_a_repeat_are_said_not_left_unexplained(project):
    """5 passages hold `Carrow` (the reporter's question, its answer, the article's two paragraphs and a near copy
    of one): 3 are shown."""
    header = _header("what happened at Carrow Bay?", project, "5")
    assert _shown("what happened at Carrow Bay?", project, "5") == 3
    assert header == (
        "5 passages matched 'what happened at Carrow Bay?'; all in 3 (a reporter's question with its answer, "
        "a repeat under “also in”):"
    )


def test_the_discord_footer_says_it_too(project):
    asked = run("ask", "what happened at Carrow Bay?", "--format", "discord", "--json", cwd=project)
    payload = json.loads(asked.stdout)
    footer = payload["embeds"][-1]["footer"]["text"]
    assert "5 passages matched, all in 3 (a reporter's question with its answer, a repeat under “also in”)" in footer


@pytest.mark.parametrize(
    ("question", "k", "expected"),
    [
        ("what happened at Carrow Bay?", "1", "5 passages matched 'what happened at Carrow Bay?'; the best 1:"),
        ("Lisk depot", "5", "2 passages matched 'Lisk depot'; all in 1 (a reporter's question with its answer):"),
        ("buses Penhale", "5", "1 passage matched 'buses Penhale'; the best 1:"),
    ],
)
def test_look_alikes_fewer_asked_for_or_nothing_within_another(project, question, k, expected):
    """Fewer asked for than there are: "the best N" as before; every passage shown on its own: as before."""
    assert _header(question, project, k) == expected
