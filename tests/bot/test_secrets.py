"""The Discord token stays secret: not in any log line, exception, repr or help text, and .env is git-ignored.

The bot process's own output is scanned by the failure tests in tests/bot/discord/test_process_failures.py
(every line it printed at DEBUG level across all of Discord's failures); here the same bot runs in this
process, so the log records themselves (before any redaction) and the exceptions raised can be read.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import subprocess
from pathlib import Path

import discord
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord.client import BriefbotClient
from bot.discord.options import BotOptions
from bot.discord_endpoint import point_discord_at
from index.builder import build_index
from index.holder import SearcherHolder
from tests.cli_runner import run
from tests.fake_discord import (
    CHANNEL_MESSAGES,
    FOLLOWUP,
    FakeDiscord,
    followup_path,
    forbidden,
    rate_limited,
    server_error,
)
from tests.fake_discord.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"
WAIT = 10.0


def exception_texts(error: BaseException) -> list[str]:
    """What an exception shows when printed, logged or inspected: str and repr, its causes' too."""
    texts = []
    while error is not None:
        texts += [str(error), repr(error), repr(getattr(error, "response", None))]
        error = error.__cause__ or error.__context__
    return texts


@pytest.mark.parametrize("command", [[], ["discord"], ["ask"], ["index", "build"], ["add"]])
def test_no_help_text_shows_the_token(tmp_path, command):
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={TOKEN}\n", encoding="utf-8")
    shown = run(*command, "--help", cwd=tmp_path, env={"BRIEFBOT_DISCORD_TOKEN": TOKEN})
    assert shown.returncode == 0 and "Usage:" in shown.stdout
    assert TOKEN not in shown.stdout + shown.stderr


@pytest.fixture
def pointed(monkeypatch):
    """discord.py aimed at the fake for this test only."""
    monkeypatch.setattr(Route, "BASE", Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)


async def test_a_rejected_token_is_not_in_the_error_or_the_exception(tmp_path, pointed):
    async with FakeDiscord() as fake:
        point_discord_at(fake.base_url)
        client = discord.Client(intents=discord.Intents.none())
        with pytest.raises(discord.LoginFailure) as caught:
            await client.login(TOKEN)
        await client.close()
    assert all(TOKEN not in text for text in exception_texts(caught.value))
    result = await asyncio.to_thread(
        run, "discord", "--sync", cwd=tmp_path, env={"DISCORD_TOKEN": TOKEN, "BRIEFBOT_GUILD_ID": "oops"}
    )
    assert result.returncode == 1 and TOKEN not in result.stdout + result.stderr


async def test_the_running_bots_log_records_and_exceptions_never_hold_the_token(corpus, tmp_path, pointed, caplog):
    index_dir = tmp_path / "index"
    build_index(corpus, index_dir)
    holder = SearcherHolder(corpus, index_dir)
    holder.load()
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="discord")
    caplog.set_level(logging.DEBUG, logger="discord.http")
    records = RecordJournal()
    logging.getLogger("briefbot").addHandler(records)
    async with FakeDiscord(token=TOKEN) as fake:
        point_discord_at(fake.base_url)
        client = BriefbotClient(holder, BotOptions(guild_id=fake.world.guild_id, cooldown_questions=50))
        running = asyncio.create_task(client.start(TOKEN))
        try:
            await asyncio.wait_for(client.wait_until_ready(), WAIT)
            await exercise(fake, records)
        finally:
            logging.getLogger("briefbot").removeHandler(records)
            await client.close()
            await asyncio.wait_for(running, WAIT)
    assert any(record.levelno >= logging.WARNING for record in caplog.records), "the failures were logged"
    assert any(record.name == "discord.http" and record.levelno == logging.DEBUG for record in caplog.records)
    texts = [caplog.text] + [record.getMessage() for record in caplog.records]
    for record in caplog.records:
        if record.exc_info and record.exc_info[1] is not None:
            texts += exception_texts(record.exc_info[1])
        texts += [str(arg) for arg in (record.args or ()) if isinstance(record.args, tuple)]
    leaks = [text for text in texts if TOKEN in text]
    assert leaks == []


class RecordJournal(logging.Handler):
    """Log records as they come, with a way to wait for one."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: Journal[logging.LogRecord] = Journal()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    async def wait_for(self, text: str) -> logging.LogRecord:
        return await self.records.wait_for(
            lambda record: text in record.getMessage(), since=0, timeout=WAIT, what=f"log record {text!r}"
        )


async def exercise(fake: FakeDiscord, log: RecordJournal) -> None:
    """An answer, then a server error, a rate limit, a forbidden channel and an expired interaction."""
    answered = await fake.send_slash_command("ask", {"question": "convoy near Raqqa"})
    await fake.wait_for_request("POST", followup_path(answered), timeout=WAIT, predicate=lambda r: r.status == 200)
    fake.fail_next("POST", FOLLOWUP, server_error(502))
    retried = await fake.send_slash_command("ask", {"question": "strike on the convoy"})
    await fake.wait_for_request("POST", followup_path(retried), timeout=WAIT, predicate=lambda r: r.status == 200)
    fake.fail_next("POST", CHANNEL_MESSAGES, rate_limited(0.1, scope="global"))
    mark = fake.requests.mark()
    await fake.send_mention("convoy")
    await fake.wait_for_request("POST", CHANNEL_MESSAGES, since=mark, timeout=WAIT, predicate=lambda r: r.status == 200)
    fake.fail_next("POST", CHANNEL_MESSAGES, forbidden(), times=2)
    await fake.send_mention("Raqqa")
    await log.wait_for("could not send the apology")
    await fake.send_slash_command("about", expired=True)
    await log.wait_for("the interaction expired")


def test_dotenv_is_ignored_by_git():
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    inside = subprocess.run(["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True, text=True)
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        pytest.skip("not a git checkout")
    checked = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0, ".env must be listed in .gitignore: it holds the Discord token"
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", ".env"], cwd=ROOT, capture_output=True, text=True)
    assert tracked.returncode != 0, ".env must not be committed"
