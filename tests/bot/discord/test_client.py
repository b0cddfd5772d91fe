"""The client: what it asks Discord for (intents, permissions, scopes) and how it syncs its commands."""

import asyncio
from urllib.parse import parse_qs, urlparse

import discord
import pytest

from bot.discord.client import PERMISSIONS, BriefbotClient, invite_url
from bot.discord.cog import AnswersCog
from bot.discord.failures import APOLOGY
from bot.discord.options import BotOptions
from index.builder import build_index
from tests.bot.discord.fakes import fake_interaction, http_error
from tests.conftest import write

APPLICATION_ID = 555555555555555555


class Upserts:
    """Stands in for Discord's two command-sync endpoints, answering as Discord does (the commands with ids)."""

    def __init__(self):
        self.calls = []

    async def global_commands(self, application_id, payload):
        self.calls.append(("global", application_id, None, payload))
        return self._created(payload, None)

    async def guild_commands(self, application_id, guild_id, payload):
        self.calls.append(("guild", application_id, guild_id, payload))
        return self._created(payload, guild_id)

    @staticmethod
    def _created(payload, guild_id):
        created = []
        for number, command in enumerate(payload, start=1):
            item = {"id": str(900 + number), "application_id": str(APPLICATION_ID), "version": "1", **command}
            item.setdefault("description", "")
            if guild_id:
                item["guild_id"] = str(guild_id)
            created.append(item)
        return created


def offline_client(holder, **options):
    client = BriefbotClient(holder, BotOptions(**options))
    client._connection.application_id = APPLICATION_ID
    upserts = Upserts()
    client.http.bulk_upsert_global_commands = upserts.global_commands
    client.http.bulk_upsert_guild_commands = upserts.guild_commands
    return client, upserts


async def test_the_bot_does_not_ask_for_privileged_intents(holder):
    intents = offline_client(holder)[0].intents
    assert intents.message_content is False and intents.members is False and intents.presences is False
    assert intents.guild_messages and intents.dm_messages and intents.guilds


def test_the_invite_link_has_both_scopes_and_only_the_permissions_needed():
    query = parse_qs(urlparse(invite_url(APPLICATION_ID)).query)
    assert query["client_id"] == [str(APPLICATION_ID)]
    assert query["scope"][0].split() == ["bot", "applications.commands"]
    granted = discord.Permissions(int(query["permissions"][0]))
    assert granted == PERMISSIONS
    assert {name for name, on in granted if on} == {  # read_messages is View Channel
        "read_messages",
        "send_messages",
        "send_messages_in_threads",
        "embed_links",
        "read_message_history",
    }


async def test_with_a_guild_id_the_commands_are_synced_to_that_server(holder):
    client, upserts = offline_client(holder, guild_id=123456789012345678)
    await client.add_cog(AnswersCog(client, holder, client.options))
    synced = await client.sync_commands()
    ((scope, application, guild, payload),) = upserts.calls
    assert (scope, application, guild) == ("guild", APPLICATION_ID, 123456789012345678)
    assert sorted(command["name"] for command in payload) == ["about", "ask", "help", "reindex"]
    assert sorted(command.name for command in synced) == ["about", "ask", "help", "reindex"]


async def test_without_a_guild_id_the_commands_are_synced_globally(holder):
    client, upserts = offline_client(holder)
    await client.add_cog(AnswersCog(client, holder, client.options))
    await client.sync_commands()
    ((scope, _, guild, payload),) = upserts.calls
    assert scope == "global" and guild is None and len(payload) == 4
    reindex = next(command for command in payload if command["name"] == "reindex")
    assert int(reindex["default_member_permissions"]) == discord.Permissions(manage_guild=True).value


async def test_setup_hook_adds_the_commands_syncs_and_watches_the_index(holder, corpus, index_dir):
    client, upserts = offline_client(holder, reload_seconds=0.02)
    await client.setup_hook()
    try:
        assert client.get_cog("Answers") is not None
        assert len(upserts.calls) == 1 and len(client.synced) == 5
        before = holder.current()
        write(corpus, "new.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
        await asyncio.to_thread(build_index, corpus, index_dir)
        for _ in range(200):
            if holder.current() is not before:
                break
            await asyncio.sleep(0.02)
        assert holder.current() is not before, "the running bot picked the new index up by itself"
    finally:
        await client.close()
    assert client._watcher.cancelled()


async def test_a_failed_sync_at_start_is_logged_and_the_bot_still_starts(holder, caplog):
    client, _ = offline_client(holder)
    client.http.bulk_upsert_global_commands = refuse_access
    await client.setup_hook()
    try:
        assert "syncing the slash commands failed" in caplog.text and "Missing Access" in caplog.text
        assert client.get_cog("Answers") is not None
    finally:
        await client.close()


async def test_sync_only_does_not_watch_the_index_and_lets_a_failure_through(holder):
    client, _ = offline_client(holder)
    client.sync_only = True
    await client.setup_hook()
    assert client._watcher is None and len(client.synced) == 5
    await client.close()
    failing, _ = offline_client(holder)
    failing.sync_only = True
    failing.http.bulk_upsert_global_commands = refuse_access
    with pytest.raises(discord.Forbidden):
        await failing.setup_hook()
    await failing.close()


async def refuse_access(*args, **kwargs):
    raise http_error(discord.Forbidden, 403, 50001, "Missing Access")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Any attempt to reach Discord fails the test."""

    async def refuse(*args, **kwargs):
        raise AssertionError("a test tried to reach Discord")

    monkeypatch.setattr(discord.http.HTTPClient, "request", refuse)


async def test_an_error_escaping_a_command_is_logged_and_apologised_for(holder, caplog):
    client, _ = offline_client(holder)
    cog = AnswersCog(client, holder, client.options)
    interaction = fake_interaction()
    interaction.command = cog.ask
    error = discord.app_commands.CommandInvokeError(cog.ask, RuntimeError("unexpected"))
    await client.tree.on_error(interaction, error)
    assert interaction.recorder.named("send_message")[0]["content"] == APOLOGY
    assert "answering failed (command=ask user=42" in caplog.text
