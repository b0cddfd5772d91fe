"""A real discord.py bot against the fake Discord: log in, answer, and survive Discord's failures."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import discord
import pytest
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord_endpoint import point_discord_at
from tests.bot.minimal_bot import MinimalBot, Outcome
from tests.fake_discord import (
    CHANNEL_MESSAGES,
    GUILD_COMMANDS,
    IDENTIFY,
    INTERACTION_CALLBACK,
    INVALID_SESSION,
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    REQUEST_GUILD_MEMBERS,
    RESUME,
    UNKNOWN_INTERACTION,
    FakeDiscord,
    callback_path,
    followup_path,
    forbidden,
    original_response_path,
    rate_limited,
    server_error,
    unknown_interaction,
)

ROOT = Path(__file__).resolve().parents[2]
WAIT = 5.0
NO_PINGS = {"parse": []}


@pytest.fixture
async def fake():
    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture
def pointed(fake, monkeypatch):
    """discord.py aimed at the fake for this test only."""
    monkeypatch.setattr(Route, "BASE", Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)
    point_discord_at(fake.base_url)


async def start_bot(fake: FakeDiscord, *extra_commands, **options) -> tuple[MinimalBot, asyncio.Task]:
    bot = MinimalBot(sync_guild_id=fake.world.guild_id, guild_ready_timeout=0.05, **options)
    for command in extra_commands:
        bot.tree.add_command(command)
    running = asyncio.create_task(bot.start(fake.token))
    ready = asyncio.create_task(bot.ready.wait())
    await asyncio.wait({running, ready}, timeout=WAIT, return_when=asyncio.FIRST_COMPLETED)
    if not ready.done():
        ready.cancel()
        await bot.close()
        error = running.exception() if running.done() else None
        raise AssertionError(f"bot not ready within {WAIT} s") from error
    assert await bot.outcomes.get() == Outcome("ready")
    return bot, running


async def stop_bot(bot: MinimalBot, running: asyncio.Task) -> None:
    await bot.close()
    await asyncio.wait_for(running, WAIT)


@pytest.fixture
async def bot(fake, pointed):
    bot, running = await start_bot(fake)
    yield bot
    await stop_bot(bot, running)


async def next_outcome(bot: MinimalBot) -> Outcome:
    return await asyncio.wait_for(bot.outcomes.get(), WAIT)


async def ask_by_mention(fake: FakeDiscord, bot: MinimalBot, text: str) -> Outcome:
    await fake.send_mention(text)
    return await next_outcome(bot)


# connecting


async def test_bot_logs_in_syncs_its_command_and_sees_the_guild(fake, bot):
    me = await fake.wait_for_request("GET", r"/users/@me")
    assert me.authorization == f"Bot {fake.token}" and me.status == 200
    sync = await fake.wait_for_request("PUT", GUILD_COMMANDS)
    assert [command["name"] for command in sync.json] == ["ask"]
    option = sync.json[0]["options"][0]
    assert (option["name"], option["type"], option["required"]) == ("question", 3, True)
    identify = await fake.wait_for_gateway(IDENTIFY)
    assert identify.data["token"] == fake.token and identify.data["intents"] == bot.intents.value
    assert identify.path == "/", "the first connection goes to the default gateway"

    guild = bot.get_guild(fake.world.guild_id)
    assert guild is not None and guild.name == fake.world.guild_name
    assert [channel.id for channel in guild.text_channels] == [fake.world.channel_id]
    assert {role.name for role in guild.roles} == {"@everyone", "members"}
    assert guild.me is not None and guild.me.id == fake.world.bot_id
    assert bot.application_id == fake.world.application_id

    fetched = await bot.tree.fetch_commands(guild=discord.Object(id=fake.world.guild_id))
    assert [(command.name, command.id) for command in fetched] == [
        ("ask", int(fake.commands(fake.world.guild_id)[0]["id"]))
    ]
    assert fake.unknown_routes == []


async def test_member_requests_are_answered_with_a_chunk(fake, pointed):
    bot, running = await start_bot(fake, members=True)
    try:
        guild = bot.get_guild(fake.world.guild_id)
        found = await asyncio.wait_for(guild.query_members("ask"), WAIT)
        assert [member.id for member in found] == [fake.world.user_id]
        request = await fake.wait_for_gateway(REQUEST_GUILD_MEMBERS)
        assert request.data["query"] == "ask" and request.data["nonce"]
        everyone = await asyncio.wait_for(guild.chunk(), WAIT)
        assert {member.id for member in everyone} == {fake.world.bot_id, fake.world.user_id}
    finally:
        await stop_bot(bot, running)


async def test_a_sharded_client_finds_the_gateway_through_gateway_bot(fake, pointed):
    ready = asyncio.Event()
    client = discord.AutoShardedClient(intents=discord.Intents.default(), guild_ready_timeout=0.05)

    @client.event
    async def on_ready():
        ready.set()

    running = asyncio.create_task(client.start(fake.token))
    try:
        await asyncio.wait_for(ready.wait(), WAIT)
        assert fake.requests_to("GET", r"/gateway/bot")
        identify = await fake.wait_for_gateway(IDENTIFY)
        assert identify.data["shard"] == [0, 1]
        assert client.get_guild(fake.world.guild_id) is not None
    finally:
        await client.close()
        await asyncio.wait_for(running, WAIT)


async def test_a_wrong_token_is_refused_at_login(fake, pointed):
    bot = MinimalBot(sync_guild_id=fake.world.guild_id)
    with pytest.raises(discord.LoginFailure):
        await asyncio.wait_for(bot.start("not-the-token"), WAIT)
    await bot.close()
    assert fake.requests[0].status == 401


async def test_unknown_routes_get_a_json_404_and_are_recorded(fake, bot):
    with pytest.raises(discord.NotFound) as caught:
        await bot.fetch_guild(fake.world.guild_id)
    assert caught.value.status == 404 and caught.value.text == "404: Not Found"
    assert [(request.method, request.path) for request in fake.unknown_routes] == [
        ("GET", f"/guilds/{fake.world.guild_id}")
    ]


# answering


async def test_slash_command_is_deferred_then_answered_by_a_followup_that_pings_nobody(fake, bot):
    interaction = await fake.send_slash_command("ask", {"question": "who struck the convoy? @everyone"})
    assert await next_outcome(bot) == Outcome("answered", "who struck the convoy? @everyone")

    callback = await fake.wait_for_request("POST", callback_path(interaction))
    assert callback.json == {"type": 5} and callback.status == 200
    followup = await fake.wait_for_request("POST", followup_path(interaction))
    assert followup.json["content"] == "you asked: who struck the convoy? @everyone"
    assert followup.json["allowed_mentions"] == NO_PINGS
    assert fake.requests[-2:] == [callback, followup], "defer first, then the followup"
    assert callback.authorization is None, "interaction routes need no bot token"


async def test_mention_gets_a_reply_that_pings_nobody(fake, bot):
    message = await fake.send_mention("what about the ceasefire?")
    assert await next_outcome(bot) == Outcome("replied", "what about the ceasefire?")
    reply = await fake.wait_for_request("POST", CHANNEL_MESSAGES)
    assert reply.path == f"/channels/{fake.world.channel_id}/messages"
    assert reply.json["content"] == "you asked: what about the ceasefire?"
    assert reply.json["message_reference"]["message_id"] == int(message["id"])
    assert reply.json["allowed_mentions"] == {**NO_PINGS, "replied_user": False}


async def test_an_immediate_answer_and_its_edit_are_recorded(fake, pointed):
    @app_commands.command(name="about", description="What this bot is")
    async def about(interaction: discord.Interaction[MinimalBot]) -> None:
        await interaction.response.send_message("first draft", ephemeral=True)
        edited = await interaction.edit_original_response(content="final text")
        interaction.client.record(Outcome("answered", edited.content))

    bot, running = await start_bot(fake, about)
    try:
        assert sorted(command["name"] for command in fake.commands(fake.world.guild_id)) == ["about", "ask"]
        interaction = await fake.send_slash_command("about")
        assert await next_outcome(bot) == Outcome("answered", "final text")
        callback = await fake.wait_for_request("POST", callback_path(interaction))
        assert callback.json["type"] == 4
        assert callback.json["data"]["content"] == "first draft" and callback.json["data"]["flags"] == 64
        edit = await fake.wait_for_request("PATCH", original_response_path(interaction))
        assert edit.json["content"] == "final text"
    finally:
        await stop_bot(bot, running)


# surviving failures


@pytest.mark.parametrize("status", [500, 502])
async def test_a_server_error_on_a_reply_is_retried(fake, bot, status):
    fake.fail_next("POST", CHANNEL_MESSAGES, server_error(status))
    assert await ask_by_mention(fake, bot, "still there?") == Outcome("replied", "still there?")
    attempts = fake.requests_to("POST", CHANNEL_MESSAGES)
    assert [attempt.status for attempt in attempts] == [status, 200]
    assert attempts[0].json["content"] == attempts[1].json["content"]


async def test_a_503_on_a_reply_is_not_retried_and_reaches_the_handler(fake, bot):
    fake.fail_next("POST", CHANNEL_MESSAGES, server_error(503))
    failed = await ask_by_mention(fake, bot, "still there?")
    assert failed == Outcome("reply-failed", error="DiscordServerError", status=503, code=0)
    assert [attempt.status for attempt in fake.requests_to("POST", CHANNEL_MESSAGES)] == [503]
    assert await ask_by_mention(fake, bot, "and now?") == Outcome("replied", "and now?")


async def test_a_server_error_on_a_followup_is_retried(fake, bot):
    fake.fail_next("POST", r"/webhooks/\d+/[^/]+", server_error(503))
    interaction = await fake.send_slash_command("ask", {"question": "ceasefire"})
    assert await next_outcome(bot) == Outcome("answered", "ceasefire")
    assert [attempt.status for attempt in fake.requests_to("POST", followup_path(interaction))] == [503, 200]


@pytest.mark.parametrize("scope", ["user", "global"])
async def test_a_rate_limit_is_waited_out_then_retried(fake, bot, scope):
    fake.fail_next("POST", CHANNEL_MESSAGES, rate_limited(0.3, scope=scope))
    assert await ask_by_mention(fake, bot, "again?") == Outcome("replied", "again?")
    limited, retried = fake.requests_to("POST", CHANNEL_MESSAGES)
    assert (limited.status, retried.status) == (429, 200)
    assert retried.at - limited.at >= 0.25, "the retry waits for retry_after"


@pytest.mark.parametrize("code", [MISSING_PERMISSIONS, MISSING_ACCESS])
async def test_forbidden_on_a_channel_reaches_the_handler_and_the_bot_carries_on(fake, bot, code):
    fake.fail_next("POST", CHANNEL_MESSAGES, forbidden(code))
    failed = await ask_by_mention(fake, bot, "hello?")
    assert failed == Outcome("reply-failed", error="Forbidden", status=403, code=code)
    assert await ask_by_mention(fake, bot, "hello again?") == Outcome("replied", "hello again?")


@pytest.mark.parametrize("how", ["expired interaction", "failure on the route"])
async def test_an_expired_interaction_raises_not_found_and_sends_no_followup(fake, bot, how):
    if how == "failure on the route":
        fake.fail_next("POST", INTERACTION_CALLBACK, unknown_interaction())
    interaction = await fake.send_slash_command("ask", {"question": "too late?"}, expired=how == "expired interaction")
    failed = await next_outcome(bot)
    assert failed == Outcome("ask-failed", error="NotFound", status=404, code=UNKNOWN_INTERACTION)
    assert fake.requests_to("POST", followup_path(interaction)) == []
    await fake.send_slash_command("ask", {"question": "in time"})
    assert await next_outcome(bot) == Outcome("answered", "in time")


@pytest.mark.parametrize("mode", ["close", "abort", "reconnect", "invalid_session_resumable"])
async def test_a_dropped_gateway_is_resumed_at_the_resume_url(fake, bot, mode):
    ready = await fake.wait_for_gateway(0, event="READY", direction="sent")
    since = fake.gateway_frames.mark()
    await fake.drop_gateway(mode)
    resume = await fake.wait_for_gateway(RESUME, since=since)
    assert resume.data["session_id"] == ready.data["session_id"]
    assert resume.data["seq"] >= 2, "the client resumes from the last sequence it saw"
    assert resume.path == "/resume" and resume.connection > ready.connection
    await fake.wait_for_gateway(0, event="RESUMED", direction="sent", since=since)
    assert fake.gateway_frames.matching(lambda frame: frame.op == IDENTIFY, since) == []
    assert await ask_by_mention(fake, bot, "after the drop?") == Outcome("replied", "after the drop?")


async def test_an_event_sent_while_the_gateway_is_down_is_replayed_on_resume(fake, bot):
    since = fake.gateway_frames.mark()
    await fake.drop_gateway("close")
    message = await fake.send_mention("did you miss me?")
    assert await next_outcome(bot) == Outcome("replied", "did you miss me?")
    resume = await fake.wait_for_gateway(RESUME, since=since)
    replayed = await fake.wait_for_gateway(0, event="MESSAGE_CREATE", direction="sent", since=since)
    resumed = await fake.wait_for_gateway(0, event="RESUMED", direction="sent", since=since)
    assert replayed.data["id"] == message["id"] and replayed.connection == resume.connection
    assert fake.gateway_frames.matching(lambda frame: frame is replayed or frame is resumed, since) == [
        replayed,
        resumed,
    ], "missed events come before RESUMED"


async def test_an_invalidated_session_makes_the_client_identify_again(fake, bot):
    since = fake.gateway_frames.mark()
    await fake.drop_gateway("invalid_session")
    await fake.wait_for_gateway(INVALID_SESSION, direction="sent", since=since)
    # discord.py waits 5 s (Client.before_identify_hook) before identifying again.
    await fake.wait_for_gateway(IDENTIFY, since=since, timeout=5 + WAIT)
    await fake.wait_until_ready(since=since)
    assert await ask_by_mention(fake, bot, "new session?") == Outcome("replied", "new session?")


# across a process boundary


async def test_a_bot_process_is_pointed_at_the_fake_by_the_setting(fake, tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("BRIEFBOT_", "DISCORD_"))}
    env.update(
        BRIEFBOT_DISCORD_API_BASE=fake.base_url,
        MINIMAL_BOT_TOKEN=fake.token,
        PYTHONPATH=str(ROOT),
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.bot.minimal_bot",
        str(fake.world.guild_id),
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_until_ready(timeout=20)
        assert await read_outcome(process) == Outcome("ready")
        interaction = await fake.send_slash_command("ask", {"question": "from afar"})
        assert await read_outcome(process) == Outcome("answered", "from afar")
        followup = await fake.wait_for_request("POST", followup_path(interaction))
        assert followup.json["allowed_mentions"] == NO_PINGS
        await fake.send_mention("and by mention?")
        assert await read_outcome(process) == Outcome("replied", "and by mention?")
    finally:
        if process.returncode is None:
            process.terminate()
        _, stderr = await asyncio.wait_for(process.communicate(), WAIT)
    assert fake.token not in stderr.decode()
    assert fake.requests[0].path == "/users/@me" and fake.requests[0].authorization == f"Bot {fake.token}"


async def read_outcome(process: asyncio.subprocess.Process) -> Outcome:
    line = await asyncio.wait_for(process.stdout.readline(), WAIT)
    assert line, "the bot process ended early"
    return Outcome(**json.loads(line))
