"""The real `briefbot discord` process against the stand-in for Discord: /add from the channel, answers from the
added file without a restart, the Document button, one log line per question, and no server path sent."""

from __future__ import annotations

import json
import re

import pytest
import pytest_asyncio

from tests.bot.discord.bot_process import WAIT, BotProcess, ask, make_project, sent_ok
from tests.fake_discord import FakeDiscord, callback_path, followup_path
from tests.fake_discord.payloads import MEMBER_PERMISSIONS

pytestmark = pytest.mark.asyncio(loop_scope="module")

MANAGE_GUILD = 1 << 5
EPHEMERAL = 64
HARBOUR = b"""Harbour board meeting, 12 May 2016

MS. IRELAND: The board approved the dredging of the inner basin, which will let the grain ships berth
at the western quay from the autumn onwards.

QUESTION: Who pays for the dredging?

MS. IRELAND: The port trust pays two thirds and the grain cooperative pays the rest.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("add-project"))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def fake():
    async with FakeDiscord() as fake:
        yield fake


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(fake, project):
    process = BotProcess(fake, project, BRIEFBOT_COOLDOWN_QUESTIONS="100", BRIEFBOT_MAX_FILE_MB="1")
    await process.start()
    yield process
    if process.running:
        await process.stop()


async def add(fake, name, data, *, permissions, **options):
    mark = fake.requests.mark()
    interaction = await fake.send_slash_command(
        "add", options, attachments={"file": fake.host_attachment(name, data)}, permissions=permissions
    )
    callback = await fake.wait_for_request("POST", callback_path(interaction), since=mark, predicate=sent_ok)
    return interaction, callback, mark


async def test_a_member_without_manage_server_is_refused_and_nothing_is_downloaded(fake, bot, project):
    before = sorted(p.name for p in (project / "corpus").rglob("*"))
    _, callback, _ = await add(fake, "harbour.txt", HARBOUR, permissions=MEMBER_PERMISSIONS)
    data = callback.json["data"]
    assert data["content"].startswith("Not added: Only members with the Manage Server permission")
    assert data["flags"] & EPHEMERAL and data["allowed_mentions"] == {"parse": []}
    assert fake.downloads == []
    assert sorted(p.name for p in (project / "corpus").rglob("*")) == before


async def test_a_hostile_name_is_refused_and_changes_nothing(fake, bot, project):
    before = sorted(str(p) for p in project.rglob("*"))
    manager = MEMBER_PERMISSIONS | MANAGE_GUILD
    interaction, _, mark = await add(fake, "../board-notes.txt", HARBOUR, permissions=manager)
    followup = await fake.wait_for_request("POST", followup_path(interaction), since=mark, predicate=sent_ok)
    assert followup.json["content"].startswith("Not added: the file name is not a plain file name")
    assert sorted(str(p) for p in project.rglob("*")) == before


async def test_a_manager_adds_a_file_and_the_running_bot_answers_from_it(fake, bot, project):
    manager = MEMBER_PERMISSIONS | MANAGE_GUILD
    interaction, callback, mark = await add(fake, "harbour.txt", HARBOUR, permissions=manager, date="2016-05-12")
    assert callback.json["type"] == 5 and callback.json["data"]["flags"] & EPHEMERAL, "deferred, privately"
    followup = await fake.wait_for_request(
        "POST", followup_path(interaction), since=mark, predicate=sent_ok, timeout=WAIT
    )
    (embed,) = followup.json["embeds"]
    assert embed["title"] == "Added: Harbour board meeting, 12 May 2016"
    fields = {field["name"]: field["value"] for field in embed["fields"]}
    assert fields["Date"] == "2016-05-12" and "MS. IRELAND" in fields["Speakers"]
    assert (project / "corpus" / "harbour.txt").read_bytes().endswith(HARBOUR), "front matter added, text kept"
    await bot.wait_for_line(r"INFO +briefbot\.discord: added a document: \d+ passages")

    since = bot.mark()
    _, answer = await ask(fake, "who pays for dredging the inner basin?")
    first = answer.json["embeds"][0]
    assert "dredging" in first["description"] and first["title"] == "Harbour board meeting, 12 May 2016"
    assert "No public link: **Document 1** below sends you the file." in first["description"]
    line = await bot.wait_for_line(r"INFO +briefbot\.discord: question via=/ask ", since=since)
    assert re.search(r"guild=\d+ channel=\d+ outcome=answered passages=\d+ shown=\d+ latency=\d+\.\d\ds$", line)
    assert "dredging" not in line and str(fake.world.asking_user()["id"]) not in line


async def test_the_document_button_sends_the_file_privately(fake, bot, project):
    interaction, _ = await ask(fake, "who pays for dredging the inner basin?")
    issued = fake.http.interactions[interaction["id"]]
    (message,) = issued.followups.values()
    ids = [button["custom_id"] for row in message["components"] for button in row["components"]]
    assert "briefbot:document:1" in ids
    mark = fake.requests.mark()
    press = await fake.press_button(message, "briefbot:document:1")
    callback = await fake.wait_for_request("POST", callback_path(press), since=mark, predicate=sent_ok)
    assert callback.json["type"] == 5 and callback.json["data"]["flags"] & EPHEMERAL, "acknowledged privately"
    sent = await fake.wait_for_request("POST", followup_path(press), since=mark, predicate=sent_ok)
    assert sent.json["flags"] & EPHEMERAL
    ((filename, data),) = sent.files
    assert data == (project / "corpus" / "harbour.txt").read_bytes()
    assert filename == "Harbour board meeting, 12 May 2016.txt"


async def test_no_request_names_a_corpus_path_or_the_server_folders(fake, bot, project):
    corpus = project / "corpus"
    paths = [str(p.relative_to(corpus)) for p in corpus.rglob("*.*")]
    for request in fake.requests:
        sent = json.dumps(request.json, ensure_ascii=False)
        for path in paths:
            assert path not in sent, (request.path, path)
        assert str(project) not in sent


async def test_the_bot_stops_cleanly(bot):
    assert await bot.stop() == 0
