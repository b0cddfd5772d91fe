"""``add`` runs the build's own checks before it copies anything; every line shown on a terminal or written as
JSON is clean (no raw control characters, no forged lines, links only to web pages), and the token never shows."""

from __future__ import annotations

import json
import os
import re

import discord
import pytest

from bot.discord.client import BriefbotClient
from bot.discord.run import run_discord
from bot.settings import Settings
from index.builder import build_index
from tests.cli_runner import run
from tests.conftest import write
from tests.hostile.conftest import no_hang
from tests.hostile.files import shared_stream_pdf

ARTICLE = "Ferry report\n\nThe ferry across the Euphrates carried forty trucks on Tuesday.\n"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TOKEN = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"


def corpus_names(root) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_add_refuses_a_file_the_index_would_skip_for_size(tmp_path):
    source = write(tmp_path, "big.txt", "Big report\n\n" + "word " * 400)
    (tmp_path / "corpus").mkdir()
    result = run("add", str(source), "--corpus", "corpus", "--index", "index", cwd=tmp_path,
                 env={"BRIEFBOT_MAX_FILE_MB": "0.001"})  # fmt: skip
    assert result.returncode == 1
    assert "over the size limit of 1.0 kB" in result.stderr
    assert corpus_names(tmp_path / "corpus") == []


def test_add_keeps_a_name_the_index_reads(tmp_path):
    source = write(tmp_path, "..txt", ARTICLE)
    (tmp_path / "corpus").mkdir()
    write(tmp_path, ".hidden.md", ARTICLE.replace("forty", "fifty"))
    result = run("add", str(source), str(tmp_path / ".hidden.md"), "--corpus", "corpus", "--index", "index",
                 cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert corpus_names(tmp_path / "corpus") == ["document.txt", "hidden.md"]
    assert "skipped" not in result.stdout


def test_add_writes_only_sidecars_the_index_reads(tmp_path):
    markup = "<html><body><h1>Ferry</h1><p>The ferry carried forty trucks.</p></body></html>"
    page = write(tmp_path, "page.html", markup)
    write(tmp_path, "page.html.meta.toml", 'title = "Ferry\\u007f report"\n')
    (tmp_path / "corpus").mkdir()
    result = run("add", str(page), "--date", "2017-03-02", "--corpus", "corpus", "--index", "index", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = build_index(tmp_path / "corpus", tmp_path / "index2")
    assert report.skipped == () and report.files == 1


def test_add_refuses_a_title_with_control_characters_and_a_script_link(tmp_path):
    source = write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "corpus").mkdir()
    titled = run("add", str(source), "--title", "Ferry\x1b[2J", "--corpus", "corpus", "--index", "index", cwd=tmp_path)
    assert titled.returncode == 2 and "control characters" in titled.stderr
    linked = run("add", str(source), "--url", "javascript:alert(1)//https://x", "--corpus", "corpus",
                 "--index", "index", cwd=tmp_path)  # fmt: skip
    assert linked.returncode == 2 and "http(s)://" in linked.stderr
    page = write(tmp_path, "page.html", "<html><body><p>The ferry carried forty trucks.</p></body></html>")
    write(tmp_path, "page.html.meta.toml", 'url = "javascript:alert(1)"\n')
    beside = run("add", str(page), "--corpus", "corpus", "--index", "index", cwd=tmp_path)
    assert beside.returncode == 1 and "is not an http(s):// address" in beside.stderr
    assert corpus_names(tmp_path / "corpus") == []


def test_add_refuses_special_files_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.md")
    (tmp_path / "corpus").mkdir()
    with no_hang(30):
        result = run("add", "pipe.txt", "zero.md", "--corpus", "corpus", "--index", "index", cwd=tmp_path, timeout=30)
    assert result.returncode == 1
    assert "pipe.txt: a named pipe (FIFO), not a regular file" in result.stderr
    assert "zero.md: a device, not a regular file" in result.stderr


def test_add_refuses_a_file_over_the_time_budget(tmp_path):
    write(tmp_path, "slow.pdf", shared_stream_pdf(pages=400, lines=2000))
    (tmp_path / "corpus").mkdir()
    result = run("add", "slow.pdf", "--corpus", "corpus", "--index", "index", cwd=tmp_path,
                 env={"BRIEFBOT_MAX_READ_SECONDS": "0.5"})  # fmt: skip
    assert result.returncode == 1 and "over the time budget" in result.stderr


def test_script_links_in_front_matter_and_sidecars_are_reasons(tmp_path):
    root = tmp_path / "corpus"
    write(root, "a.md", "---\nurl: javascript:alert(1)\n---\n" + ARTICLE)
    write(root, "b.html", "<html><body><p>The ferry carried forty trucks.</p></body></html>")
    write(root, "b.html.meta.toml", 'url = "data:text/html,hello"\n')
    report = build_index(root, tmp_path / "index")
    why = {item.path: item.reason for item in report.skipped}
    assert why["a.md"] == "front matter url 'javascript:alert(1)' is not an http(s):// address"
    assert why["b.html"] == "metadata file b.html.meta.toml: url 'data:text/html,hello' is not an http(s):// address"


def test_file_names_with_escapes_and_line_breaks_cannot_forge_summary_lines(tmp_path):
    root = tmp_path / "corpus"
    write(root, "good.txt", ARTICLE)
    write(root, "evil\x1b[2J\nskipped 0:.txt", b"\x00\x01binary")
    result = run("index", "build", "--corpus", "corpus", "--index", "index", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not RAW_CONTROL.search(result.stdout + result.stderr)
    assert "evil\\x1b[2J\\x0askipped 0:.txt: binary content" in result.stdout
    assert sum(line.startswith("skipped 0") for line in result.stdout.splitlines()) == 0


def test_quotes_and_titles_reach_the_terminal_and_json_clean(tmp_path):
    root = tmp_path / "corpus"
    filler = "The river was calm and the crossing was open all day long for everyone. " * 8
    title = "Ferry\x1b]0;owned\x07 news\u009b31m"
    text = f"---\ntitle: {title}\n---\nThe ferry\x1b[31m crossed at noon\u0085 today. {filler}\n"
    write(root, "a.md", text)
    build = run("index", "build", "--corpus", "corpus", "--index", "index", cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    for args in (["--json"], ["--format", "discord"], ["--format", "discord", "--json"], []):
        shown = run("ask", "ferry noon", *args, "--corpus", "corpus", "--index", "index", cwd=tmp_path)
        assert shown.returncode == 0, shown.stderr
        assert not RAW_CONTROL.search(shown.stdout), (args, shown.stdout)
        if "--json" in args:
            json.loads(shown.stdout)
    shown = run("ask", "ferry noon", "--json", "--corpus", "corpus", "--index", "index", cwd=tmp_path)
    answer = json.loads(shown.stdout)
    assert "\u0085" in answer["passages"][0]["text"]  # escaped in the output, the quote itself unchanged


@pytest.mark.parametrize("error", ["http", "network"])
def test_discords_errors_never_show_the_token(corpus, tmp_path, monkeypatch, capsys, error):
    notes: list[str] = []

    async def echo(self, token, *, reconnect=True):
        if error == "http":

            class Response:
                status, reason = 400, "Bad Request"

            raise discord.HTTPException(Response(), f"invalid token {token} (segment {token.split('.')[-1]})")
        raise OSError(f"cannot connect with {token}")

    monkeypatch.setattr(BriefbotClient, "start", echo)
    build_index(corpus, tmp_path / "index")
    settings = Settings.model_validate({"DISCORD_TOKEN": TOKEN})
    code = run_discord(settings, corpus, tmp_path / "index", sync_only=False, notify=notes.append)
    assert code == 1
    captured = capsys.readouterr()
    shown = "\n".join([*notes, captured.out, captured.err])
    assert TOKEN.split(".")[-1] not in shown and TOKEN not in shown and "[redacted]" in shown


def test_the_command_line_never_shows_the_token_in_an_error(tmp_path):
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={TOKEN}\n")
    result = run("ask", "ferry", "--corpus", TOKEN, "--index", "index", cwd=tmp_path)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert TOKEN not in result.stderr


def test_a_fifo_as_the_settings_file_is_an_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / ".env")
    result = run("ask", "ferry", cwd=tmp_path, timeout=30)
    assert result.returncode == 1
    assert result.stderr == "briefbot: error: the .env file cannot be read: a named pipe (FIFO), not a regular file\n"
