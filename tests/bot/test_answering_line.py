"""The ``answering:`` line keeps the question the turn answers: shortened, it keeps the last question asked (and
the sentences holding the words asked, room allowing), never just the question's head."""

import json
from pathlib import Path

import pytest

from tests.cli_runner import run
from tests.conftest import write

BRIEFING = """---
title: Harbour authority briefing, 12 May 2025 (test)
date: 2025-05-12
kind: transcript
---
MS. VANTERPOOL: Good afternoon. The outer breakwater works go on through the summer.

QUESTION: You told us in April, when the pilots' association complained about the delays to the grain ships and \
the council asked for a written timetable for the whole of the works on the northern side, that the two dredgers \
hired from the southern yard would leave the channel by the end of the month and that the buoys would be back in \
place before the summer sailings began, I think —
MS. VANTERPOOL: That was the plan, yes.
QUESTION: — and they are still working there? Has any dredging stopped in the channel since April?
MS. VANTERPOOL: Not to my knowledge, but I would want to check that with the engineers.

QUESTION: Is the lighthouse keeper's cottage still closed to visitors this season?
MS. VANTERPOOL: It reopens in June once the roof is mended.

QUESTION: What about the ferry pier?
MS. VANTERPOOL: The ferry pier is open as usual.
"""

ASKED = "who said no dredging had stopped in the channel since April?"
ANSWERED = "Has any dredging stopped in the channel since April?"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("answering")
    write(folder / "corpus", "briefing.txt", BRIEFING)
    assert run("index", "build", cwd=folder).returncode == 0
    return folder


def _answering(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("answering:")]


@pytest.mark.parametrize("columns", ["80", "88", "100", "200"])
def test_a_long_question_cut_short_keeps_the_question_the_turn_answers(project, columns):
    shown = _answering(run("ask", ASKED, "--k", "1", cwd=project, env={"COLUMNS": columns}).stdout)
    assert shown and shown[0].startswith("answering: “…") and shown[0].endswith(f"{ANSWERED}”"), shown
    assert "You told us in April" not in shown[0]


def test_the_discord_reply_keeps_it_too(project):
    payload = json.loads(run("ask", ASKED, "--k", "1", "--format", "discord", "--json", cwd=project).stdout)
    description = payload["embeds"][0]["description"]
    head = description.split("\n")[0]
    assert head.startswith("*answering:* “") and head.endswith("April**?”"), head
    assert "the engineers" in description and "pilots' association" not in head


def test_json_keeps_the_whole_question(project):
    data = json.loads(run("ask", ASKED, "--k", "1", "--json", cwd=project).stdout)
    context = data["passages"][0]["context"]
    assert context.startswith("You told us in April") and context.endswith(ANSWERED)


def test_a_question_that_fits_is_shown_whole_and_a_long_single_sentence_from_its_head(project):
    """Look-alikes that do not change: a question that fits, and one of a single sentence too long for the line."""
    fits = _answering(
        run("ask", "lighthouse keeper cottage visitors", "--k", "1", cwd=project, env={"COLUMNS": "100"}).stdout
    )
    assert fits == ["answering: “Is the lighthouse keeper's cottage still closed to visitors this season?”"]
    narrow = _answering(
        run("ask", "lighthouse keeper cottage visitors", "--k", "1", cwd=project, env={"COLUMNS": "60"}).stdout
    )
    assert len(narrow) == 1 and narrow[0].endswith(" …”")
    assert narrow[0].startswith("answering: “Is the lighthouse keeper's")
