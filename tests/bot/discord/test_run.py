"""``briefbot discord`` in-process: the token check, login failures, sync only, and the index at start."""

import json
import logging

import discord
import pytest

from bot.discord import run as running
from bot.discord.client import BriefbotClient
from bot.discord.run import BAD_TOKEN, NO_TOKEN, run_discord
from bot.settings import Settings
from index.builder import build_index
from index.store import CURRENT_FILE, MANIFEST

TOKEN = "MTIz.secret-token-value.Xyz_789"


def settings(**values):
    token = values.pop("token", TOKEN)
    return Settings.model_validate({"DISCORD_TOKEN": token, **values})


@pytest.fixture
def notes():
    return []


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    async def refuse(*args, **kwargs):
        raise AssertionError("a test tried to reach Discord")

    monkeypatch.setattr(discord.http.HTTPClient, "request", refuse)


def test_without_a_token_one_line_says_how_to_set_it(corpus, tmp_path, notes):
    code = run_discord(settings(token=None), corpus, tmp_path / "index", sync_only=False, notify=notes.append)
    assert code == 2
    assert notes == [f"error: {NO_TOKEN}"]
    assert "DISCORD_TOKEN" in NO_TOKEN and "\n" not in NO_TOKEN
    assert not (tmp_path / "index").exists(), "nothing is built before the token is known"


def test_a_rejected_token_is_one_line_and_never_shown(corpus, tmp_path, notes, monkeypatch, caplog, capsys):
    seen = []

    async def reject(self, token, *, reconnect=True):
        seen.append(token)
        logging.getLogger("discord.client").info("logging in using static token")
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(BriefbotClient, "start", reject)
    with caplog.at_level(logging.DEBUG):
        code = run_discord(settings(), corpus, tmp_path / "index", sync_only=False, notify=notes.append)
    assert code == 1
    assert seen == [TOKEN], "the secret is handed to discord.py, and only there"
    assert notes[-1] == f"error: {BAD_TOKEN}"
    captured = capsys.readouterr()
    for text in (*notes, caplog.text, captured.out, captured.err):
        assert TOKEN not in text


def test_the_index_is_built_and_loaded_before_the_bot_connects(corpus, tmp_path, notes, monkeypatch):
    folder = tmp_path / "index"
    loaded = []

    async def start(self, token, *, reconnect=True):
        loaded.append(self.holder.current())

    monkeypatch.setattr(BriefbotClient, "start", start)
    assert run_discord(settings(), corpus, folder, sync_only=False, notify=notes.append) == 0
    assert loaded and (folder / CURRENT_FILE).exists()
    assert any("building the index" in note for note in notes)


def test_a_damaged_index_is_reported_and_the_bot_starts_anyway(corpus, tmp_path, notes, monkeypatch):
    folder = tmp_path / "index"
    folder.mkdir()
    (folder / CURRENT_FILE).write_text("gen-missing")
    problems = []

    async def start(self, token, *, reconnect=True):
        problems.append(self.holder.problem)

    monkeypatch.setattr(BriefbotClient, "start", start)
    assert run_discord(settings(), corpus, folder, sync_only=False, notify=notes.append) == 0
    assert notes[-1].startswith("warning: index in") and "starts without an index" in notes[-1]
    assert "points at a missing generation" in problems[0]


@pytest.mark.parametrize("corpus_present", [True, False])
def test_an_index_of_another_version_is_not_rebuilt_but_refused_with_the_reason(
    corpus, tmp_path, notes, monkeypatch, corpus_present
):
    folder = tmp_path / "index"
    build_index(corpus, folder)
    manifest_path = folder / (folder / CURRENT_FILE).read_text().strip() / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps({**manifest, "version": "0.9"}))
    before = sorted(path.name for path in folder.iterdir())
    problems = []

    async def start(self, token, *, reconnect=True):
        problems.append(self.holder.problem)

    monkeypatch.setattr(BriefbotClient, "start", start)
    corpus_dir = corpus if corpus_present else tmp_path / "gone"
    assert run_discord(settings(), corpus_dir, folder, sync_only=False, notify=notes.append) == 0
    assert sorted(path.name for path in folder.iterdir()) == before, "the index is left as it is"
    assert notes[-1].startswith("warning: index in") and "format version 0.9" in notes[-1]
    assert "rebuild it with `briefbot index build`" in notes[-1], "the terminal is told the command to run"
    assert "format version 0.9" in problems[0] and "briefbot index build" not in problems[0], "Discord is not"


def test_sync_only_logs_in_syncs_and_reports_where_once(corpus, tmp_path, notes, monkeypatch, caplog):
    async def login(self, token):
        assert token == TOKEN
        self._connection.application_id = 555555555555555555

        async def upsert(application_id, guild_id, payload):
            return [
                {"id": str(n), "application_id": str(application_id), "version": "1", "guild_id": str(guild_id), **c}
                for n, c in enumerate(payload, start=1)
            ]

        self.http.bulk_upsert_guild_commands = upsert
        await self.setup_hook()

    monkeypatch.setattr(BriefbotClient, "login", login)
    with caplog.at_level(logging.INFO):
        code = run_discord(
            settings(guild_id=123456789012345678), corpus, tmp_path / "idx", sync_only=True, notify=notes.append
        )
    assert code == 0
    assert "synced" not in caplog.text, "the sync is reported once, not also logged"
    assert notes[0] == "synced 5 slash commands to server 123456789012345678: /ask, /reindex, /about, /help, /add"
    assert notes[1].startswith("invite link: https://discord.com/oauth2/authorize?client_id=555555555555555555")
    assert not (tmp_path / "idx").exists(), "syncing needs no index"


def test_a_discord_error_while_syncing_is_one_line(corpus, tmp_path, notes, monkeypatch):
    async def login(self, token):
        raise discord.Forbidden(type("R", (), {"status": 403, "reason": "Forbidden"})(), "Missing Access")

    monkeypatch.setattr(BriefbotClient, "login", login)
    assert run_discord(settings(), corpus, tmp_path / "idx", sync_only=True, notify=notes.append) == 1
    assert notes == ["error: Discord returned an error: 403 Missing Access"]


def test_the_log_handler_is_removed_after_the_run(corpus, tmp_path, monkeypatch):
    async def start(self, token, *, reconnect=True):
        return None

    monkeypatch.setattr(BriefbotClient, "start", start)
    before = list(logging.getLogger().handlers)
    run_discord(settings(), corpus, tmp_path / "index", sync_only=False, notify=lambda note: None)
    assert logging.getLogger().handlers == before
    assert running.log.name == "briefbot.discord"


def test_no_network_is_one_line(corpus, tmp_path, notes, monkeypatch):
    async def unreachable(self, token, *, reconnect=True):
        raise OSError("Network is unreachable")

    monkeypatch.setattr(BriefbotClient, "start", unreachable)
    assert run_discord(settings(), corpus, tmp_path / "idx", sync_only=False, notify=notes.append) == 1
    assert notes[-1] == "error: cannot reach Discord: Network is unreachable; check the network and try again"
