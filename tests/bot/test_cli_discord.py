"""``briefbot ask --format discord`` and ``briefbot discord`` end to end, in a subprocess."""

import json

import pytest

from tests.bot.discord_payload import document_buttons_named, limit_problems, quoted, unescaped_markdown
from tests.cli_runner import run, run_json

TOKEN = "MTIz.secret-token-value.Xyz_789"


@pytest.fixture
def project(corpus):
    return corpus.parent


def test_the_discord_preview_prints_the_exact_payload(project):
    payload = run_json("ask", "convoy near Raqqa", "--format", "discord", "--json", "--k", "2", cwd=project)
    assert set(payload) == {"content", "embeds", "allowed_mentions", "components"}
    assert payload["allowed_mentions"] == {"parse": []}
    assert payload["content"] == "**Asked:** convoy near Raqqa"
    assert len(payload["embeds"]) == 2
    assert limit_problems(payload) == []
    corpus_text = " ".join(" ".join(p.read_text().split()) for p in (project / "corpus").rglob("*.*"))
    for embed in payload["embeds"]:
        assert "**Raqqa**" in embed["description"] or "**convoy**" in embed["description"]
        assert quoted(embed["description"]) in corpus_text
        assert embed.get("url") or "No public link: **Document " in embed["description"]
    labels = [b["label"] for row in payload["components"] for b in row["components"]]
    assert labels == ["Back", "More", "Context", *document_buttons_named(payload)]


def test_a_hostile_question_in_the_preview_pings_no_one_and_breaks_nothing(project):
    hostile = "@everyone <@123456789012345678> **convoy** ```Raqqa``` " + "*_~`|>@here# " * 80
    question = hostile[:999] + "x"  # exactly at the 1000-character cap, every character escaped or shown
    payload = run_json("ask", question, "--format", "discord", "--json", cwd=project)
    assert limit_problems(payload) == []
    content = payload["content"]
    assert "@everyone" not in content and "@here" not in content
    assert unescaped_markdown(content.removeprefix("**Asked:** ")) == []
    over = run("ask", question + "x", "--format", "discord", "--json", cwd=project)
    assert over.returncode == 2 and over.stdout == ""
    assert over.stderr.startswith("briefbot: error: the question is too long (1,001 characters; at most 1,000)")


def test_nothing_found_in_the_preview(project):
    payload = run_json("ask", "zebra giraffe", "--format", "discord", "--json", cwd=project)
    (embed,) = payload["embeds"]
    assert embed["title"] == "Nothing found" and "rephras" in embed["description"]
    assert payload["components"] == []


def test_the_text_preview_and_batch_mode(project):
    text = run("ask", "convoy near Raqqa", "--format", "discord", "--k", "1", cwd=project)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("**Asked:** convoy near Raqqa\n\n┃ 1 · ")
    batch = run("ask", "-", "--format", "discord", cwd=project, stdin="convoy\nzebra\n")
    lines = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [line["content"].split("\n")[0] for line in lines] == ["**Asked:** convoy", "**Asked:** zebra"]


def test_discord_without_a_token_says_how_to_set_it_and_exits_2(project):
    result = run("discord", cwd=project)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "DISCORD_TOKEN" in line and "BRIEFBOT_DISCORD_TOKEN" in line
    assert result.stdout == ""


def test_the_token_is_not_shown_by_help_or_by_a_settings_error(project):
    env = {"DISCORD_TOKEN": TOKEN}
    helped = run("discord", "--help", cwd=project, env=env)
    assert helped.returncode == 0 and "--sync" in helped.stdout and TOKEN not in helped.stdout + helped.stderr
    bad = run("discord", cwd=project, env={**env, "BRIEFBOT_GUILD_ID": "nope"})
    assert bad.returncode == 1 and "BRIEFBOT_GUILD_ID" in bad.stderr and TOKEN not in bad.stdout + bad.stderr


def test_briefbot_discord_without_a_token_is_one_error_line_and_exit_code_2(tmp_path):
    done = run("discord", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("briefbot: error: no Discord token: set DISCORD_TOKEN")
    assert done.stderr.count("\n") == 1 and done.stdout == ""
