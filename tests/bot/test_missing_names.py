"""`No passage contains: X` for a name the question hinges on that no passage holds: a place or group is never
excused by a word near it in meaning, and a question nothing answers names its missing words too."""

import json
from pathlib import Path

import pytest

from tests.cli_runner import run, run_json
from tests.conftest import write

STRIKES = """---
title: Coalition jets hit al-Nusra positions in the north
date: 2016-05-02
---

Coalition aircraft struck al-Nusra positions outside the town of Kafr Halab on Sunday, a military spokesman said.

The spokesman said the strikes destroyed two weapons stores and a checkpoint held by the group.

Officials from several countries met in Geneva the next day to discuss the fighting.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("names")
    write(folder / "corpus", "2016-05-02-strikes.md", STRIKES)
    assert run("index", "build", cwd=folder).returncode == 0
    return folder


def test_a_place_no_passage_holds_is_named_though_a_passage_holds_a_name_near_it_in_meaning(project):
    data = run_json("ask", "when did the coalition strike Palmyra?", "--json", cwd=project)
    assert data["passages"] and data["not_found"] == ["Palmyra"]
    text = run("ask", "when did the coalition strike Palmyra?", cwd=project).stdout
    assert "No passage contains: Palmyra." in text


def test_the_discord_reply_names_it_too(project):
    asked = run("ask", "when did the coalition strike Palmyra?", "--format", "discord", "--json", cwd=project)
    payload = json.loads(asked.stdout)
    assert "No passage contains: Palmyra." in (payload["content"] or "")


def test_a_question_nothing_answers_says_which_words_no_passage_holds(project):
    text = run("ask", "when was Palmyra retaken?", cwd=project).stdout
    assert text.startswith("Nothing found for 'when was Palmyra retaken?'. No passage contains: Palmyra, retaken.")
    assert "Try rephrasing it with other words" in text
    payload = json.loads(run("ask", "when was Palmyra retaken?", "--format", "discord", "--json", cwd=project).stdout)
    assert "No passage contains: Palmyra, retaken." in payload["embeds"][0]["description"]


@pytest.mark.parametrize(
    "question",
    [
        "which nations met in Geneva?",  # an everyday word said otherwise (``countries``): not named
        "when did the coalition strike Kafr Halab?",  # a name the passages hold
        "WHICH NATIONS MET IN GENEVA?",  # all in capitals: no word is a name by its capitals
    ],
)
def test_look_alikes_name_no_word(project, question):
    assert run_json("ask", question, "--json", cwd=project)["not_found"] == []


def test_a_question_of_common_words_only_still_says_it_has_no_words(project):
    text = run("ask", "when was it?", cwd=project).stdout
    assert "This question has no words to search for" in text
    assert "No passage contains" not in text
