"""The real bot process when its start goes wrong: an index of another format version, a refused command sync.

The bot does not crash and does not overwrite the index: it starts without it, says why in its log, in
``/about`` and in its answers to questions (with the request to rebuild), and loads the index by itself once
``briefbot index build`` has rebuilt it. It also starts when Discord refuses to sync its slash commands.
"""

from __future__ import annotations

import asyncio
import json
import re

import pytest
import pytest_asyncio

from index.builder import build_index
from index.store import CURRENT_FILE, MANIFEST
from tests.bot.discord.bot_process import BotProcess, answer_problems, ask, corpus_words, make_project, sent_ok
from tests.cli_runner import run
from tests.fake_discord import GUILD_COMMANDS, FakeDiscord, callback_path, server_error

pytestmark = pytest.mark.asyncio(loop_scope="module")

OLD_VERSION = "0.1"
WAIT = 10.0


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The sample corpus with an index whose manifest says it was written in another format version."""
    folder = make_project(tmp_path_factory.mktemp("old-index"))
    index_dir = folder / ".briefbot" / "index"
    build_index(folder / "corpus", index_dir)
    manifest_path = index_dir / (index_dir / CURRENT_FILE).read_text(encoding="utf-8").strip() / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["version"] = OLD_VERSION
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def fake():
    async with FakeDiscord() as fake:
        yield fake


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(fake, project):
    fake.fail_next("PUT", GUILD_COMMANDS, server_error(503))
    process = BotProcess(fake, project, BRIEFBOT_RELOAD_SECONDS="0.5", BRIEFBOT_COOLDOWN_QUESTIONS="100")
    await process.start()
    yield process
    if process.running:
        await process.stop()


def rebuild_request(text: str) -> bool:
    return f"format version {OLD_VERSION}" in text and "rebuild" in text


async def test_the_bot_starts_without_the_old_index_and_says_why(bot, project):
    line = await bot.wait_for_line(r"^briefbot: warning: index in ")
    assert rebuild_request(line) and "the bot starts without an index" in line
    assert not bot.lines_matching("building the index"), "an index of another version is not overwritten"
    current = (project / ".briefbot" / "index" / CURRENT_FILE).read_text(encoding="utf-8").strip()
    assert len(list((project / ".briefbot" / "index").glob("gen-*"))) == 1 and current.startswith("gen-")


async def test_about_says_the_index_must_be_rebuilt(fake, bot):
    mark = fake.requests.mark()
    interaction = await fake.send_slash_command("about")
    response = await fake.wait_for_request("POST", callback_path(interaction), since=mark, predicate=sent_ok)
    (embed,) = response.json["data"]["embeds"]
    assert "no index is loaded right now" in embed["description"] and rebuild_request(embed["description"])
    assert response.json["data"]["allowed_mentions"] == {"parse": []}


async def test_a_question_is_answered_with_the_request_to_rebuild(fake, bot):
    since = bot.mark()
    interaction, followup = await ask(fake, "when was Nusra last struck?")
    content = followup.json["content"]
    assert content.startswith("Sorry, I cannot search right now: index in ") and rebuild_request(content)
    assert "/reindex" in content and followup.json["flags"] & 64, "told privately"
    line = await bot.wait_for_line(r"WARNING +briefbot\.discord: no index to answer from \(command=ask", since=since)
    assert f"interaction={interaction['id']}" in line and rebuild_request(line)


async def test_a_mention_is_answered_with_the_request_to_rebuild(fake, bot):
    mark = fake.requests.mark()
    await fake.send_mention("who struck the oil convoys?")
    reply = await fake.wait_for_request("POST", r"/channels/\d+/messages", since=mark, predicate=sent_ok)
    assert rebuild_request(reply.json["content"]) and reply.json["allowed_mentions"]["parse"] == []


async def test_a_refused_command_sync_is_logged_and_the_bot_runs_anyway(fake, bot):
    line = await bot.wait_for_line(r"ERROR +briefbot\.discord: syncing the slash commands failed")
    assert "503" in line
    assert [request.status for request in fake.requests_to("PUT", GUILD_COMMANDS)] == [503]


async def test_once_the_index_is_rebuilt_the_bot_loads_it_and_answers(fake, bot, project):
    since = bot.mark()
    built = await asyncio.to_thread(run, "index", "build", cwd=project)
    assert built.returncode == 0, built.stderr
    await bot.wait_for_line(r"INFO +briefbot\.discord: index loaded: \d+ passages", since=since, timeout=WAIT)
    _, followup = await ask(fake, "when was Nusra last struck?")
    assert answer_problems(followup.json, corpus_words(project / "corpus")) == []


async def test_the_log_has_no_voice_notices_and_no_token(fake, bot):
    assert await bot.stop() == 0
    output = bot.output()
    assert not re.search(r"PyNaCl|davey|voice will NOT be supported", output)
    assert fake.token not in output
