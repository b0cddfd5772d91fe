"""Chat mentions are no words of a question in any face: the library leaves them out, the terminal, JSON and the
Discord preview answer as for the question without them, and the question is echoed as asked (Discord's
escaping as before)."""

import json
from pathlib import Path

import pytest

from index.library import Library
from tests.cli_runner import run, run_json
from tests.sample import sample_copy

PLAIN = "when was Nusra last struck?"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mentions")
    sample_copy(folder)
    assert run("index", "build", cwd=folder).returncode == 0
    return folder


def _answered(data: dict) -> tuple:
    return data["matched"], data["answer_line"], data["not_found"], [p["text"] for p in data["passages"]]


@pytest.mark.parametrize(
    "asked",
    [
        f"@everyone {PLAIN}",
        f"@here {PLAIN}",
        f"<@123> {PLAIN}",
        f"<@!123> {PLAIN}",
        f"<@&456> {PLAIN} <#789>",
        f"{PLAIN} @everyone",
    ],
)
def test_a_mention_changes_no_answer_in_the_terminal_or_json(project, asked):
    plain = run_json("ask", PLAIN, "--json", cwd=project)
    mentioned = run_json("ask", asked, "--json", cwd=project)
    assert mentioned["question"] == asked
    assert _answered(mentioned) == _answered(plain)
    text = run("ask", asked, cwd=project).stdout
    assert f"{plain['matched']} passages matched {asked!r}" in text
    assert text.splitlines()[0] == run("ask", PLAIN, cwd=project).stdout.splitlines()[0]


def test_the_library_front_door_leaves_mentions_out_and_shows_the_question_as_asked(project):
    library = Library(project / "corpus", project / ".briefbot" / "index")
    plain, mentioned = library.ask(PLAIN), library.ask(f"<@123> {PLAIN}")
    assert mentioned.question == f"<@123> {PLAIN}"
    assert [h.passage_id for h in mentioned.hits] == [h.passage_id for h in plain.hits]
    assert mentioned.date_line == plain.date_line and mentioned.matched == plain.matched


def test_discord_echoes_the_mention_defused_and_answers_alike(project):
    asked = f"@everyone {PLAIN}"
    payload = json.loads(run("ask", asked, "--format", "discord", "--json", cwd=project).stdout)
    plain = json.loads(run("ask", PLAIN, "--format", "discord", "--json", cwd=project).stdout)
    assert payload["content"].startswith("**Asked:** @\u200beveryone when was Nusra last struck?")
    assert payload["embeds"] == plain["embeds"]


@pytest.mark.parametrize("asked", ["Nusra @hereford", "Nusra news@everyone.hereford"])
def test_an_at_sign_that_is_no_mention_stays_a_word(project, asked):
    """Look-alikes: a handle that only starts like ``@here``, an address holding ``@everyone``: searched as
    written (no passage holds ``hereford``, and the answer says so)."""
    data = run_json("ask", asked, "--json", cwd=project)
    assert data["question"] == asked and data["passages"]
    assert any("hereford" in word.lower() for word in data["not_found"]), data["not_found"]


@pytest.mark.parametrize(("asked", "said"), [("@here", "only mentions or emoji"), ("<@1> <:flag:2>", "only mentions")])
def test_a_question_of_mentions_alone_says_so_not_that_its_words_are_common(project, asked, said):
    text = run("ask", asked, cwd=project).stdout
    assert said in text and "common words" not in text
    assert "common words" in run("ask", "what? @here", cwd=project).stdout, "a common word beside it is still named"


@pytest.mark.parametrize("asked", ["???", "!!!...,,,", "(#) --", "→ ©"])
def test_a_question_of_punctuation_alone_says_so_in_every_face(project, asked):
    text = run("ask", asked, cwd=project).stdout
    assert "only punctuation or symbols" in text and "mentions" not in text and "common words" not in text
    payload = json.loads(run("ask", asked, "--format", "discord", "--json", cwd=project).stdout)
    assert "only punctuation or symbols" in json.dumps(payload)


@pytest.mark.parametrize("asked", ["??? @here", "🔥!", "<:flag:2> ..."])
def test_punctuation_beside_a_mention_or_an_emoji_still_names_the_mention(project, asked):
    assert "only mentions or emoji" in run("ask", asked, cwd=project).stdout
