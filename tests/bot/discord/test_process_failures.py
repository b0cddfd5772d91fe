"""The real ``briefbot discord`` process against a stand-in for Discord: its answers, and Discord's failures.

One bot process serves the whole module (started once, from a folder holding the sample corpus). Each test
makes Discord fail in one way, checks that the bot logged it (with its context, at WARNING or above) and
answered what could still be answered, then checks the bot still answers a new ``/ask``. All traffic stays
on 127.0.0.1; every wait is on a recorded request, gateway frame or log line, with a timeout.
"""

from __future__ import annotations

import re

import pytest
import pytest_asyncio

from tests.bot.discord.bot_process import (
    NO_PINGS,
    WAIT,
    BotProcess,
    answer_problems,
    ask,
    corpus_words,
    make_project,
    sent_ok,
)
from tests.bot.discord_payload import embed_texts
from tests.fake_discord import (
    CHANNEL_MESSAGES,
    IDENTIFY,
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    RESUME,
    FakeDiscord,
    callback_path,
    followup_path,
    forbidden,
    http_error,
    rate_limited,
    server_error,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

TOKEN = "MTEyMzQ1Njc4OTAxMjM0NTY3OA.GsEcRt.not-a-real-token_but-shaped-like-one"
QUESTION = "when was Nusra last struck?"
UNKNOWN_WEBHOOK = 10015
FOLLOWUP_ROUTE = r"/webhooks/\d+/\[redacted\]"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def fake():
    async with FakeDiscord(token=TOKEN) as fake:
        yield fake


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(fake, tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("bot-under-pressure"))
    process = BotProcess(
        fake,
        project,
        BRIEFBOT_LOG_LEVEL="DEBUG",  # the most output there is: the token must stay out of all of it
        BRIEFBOT_COOLDOWN_QUESTIONS="100",
        BRIEFBOT_TOP_K="3",
    )
    await process.start()
    yield process
    if process.running:
        await process.stop()


@pytest.fixture(scope="module")
def corpus_text(bot):
    return corpus_words(bot.project / "corpus")


async def asked_and_answered(fake, corpus_text, question=QUESTION):
    """Ask a new question and check its answer: the bot survived whatever came before."""
    interaction, followup = await ask(fake, question)
    assert answer_problems(followup.json, corpus_text) == []
    return interaction, followup


def replied_to(request) -> str | None:
    """The id of the message a posted message replies to (None when it is not a reply)."""
    reference = (request.json or {}).get("message_reference") or {}
    return str(reference["message_id"]) if "message_id" in reference else None


async def wait_for_reply(fake, message, *, since: int):
    return await fake.wait_for_request(
        "POST",
        CHANNEL_MESSAGES,
        since=since,
        timeout=WAIT,
        predicate=lambda request: sent_ok(request) and replied_to(request) == message["id"],
    )


# the payloads


async def test_an_answer_quotes_the_corpus_inside_discords_limits_and_pings_no_one(fake, bot, corpus_text):
    interaction, followup = await asked_and_answered(fake, corpus_text, QUESTION + " @everyone <@&1234> **bold**")
    payload = followup.json
    assert payload["allowed_mentions"] == NO_PINGS
    assert payload["content"].startswith(
        "**Asked:** when was Nusra last struck? @\u200beveryone \\<@&1234\\> \\*\\*bold\\*\\*\n"
    )
    assert len(payload["embeds"]) == 3
    assert any("Nusra" in text for embed in payload["embeds"] for text in embed_texts(embed))
    deferred = fake.requests_to("POST", callback_path(interaction))[0]
    assert deferred.json["type"] == 5


async def test_a_mention_is_answered_with_a_reply_that_pings_no_one(fake, bot, corpus_text):
    mark = fake.requests.mark()
    message = await fake.send_mention("who struck the oil convoys? @here")
    reply = await wait_for_reply(fake, message, since=mark)
    assert answer_problems(reply.json, corpus_text) == []
    assert reply.json["allowed_mentions"] == {"parse": [], "replied_user": False}


# HTTP 5xx


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_a_server_error_on_the_followup_is_retried_logged_and_the_answer_arrives(fake, bot, corpus_text, status):
    since = bot.mark()
    fake.fail_next("POST", r"/webhooks/\d+/[^/]+", server_error(status))
    interaction, _ = await asked_and_answered(fake, corpus_text)
    failed = fake.requests_to("POST", followup_path(interaction))
    assert [request.status for request in failed] == [status, 200]
    await bot.wait_for_line(
        rf"WARNING +briefbot\.discord: Discord answered POST {FOLLOWUP_ROUTE} with HTTP {status}", since=since
    )
    await asked_and_answered(fake, corpus_text)


@pytest.mark.parametrize("status", [500, 502])
async def test_a_server_error_on_a_mention_reply_is_retried_logged_and_the_answer_arrives(
    fake, bot, corpus_text, status
):
    since, mark = bot.mark(), fake.requests.mark()
    fake.fail_next("POST", CHANNEL_MESSAGES, server_error(status))
    message = await fake.send_mention("oil convoys")
    reply = await wait_for_reply(fake, message, since=mark)
    assert answer_problems(reply.json, corpus_text) == []
    await bot.wait_for_line(
        rf"WARNING +briefbot\.discord: Discord answered POST /channels/\d+/messages with HTTP {status}", since=since
    )
    await asked_and_answered(fake, corpus_text)


async def test_a_503_on_a_mention_reply_is_logged_with_its_context_and_answered_with_an_apology(fake, bot, corpus_text):
    since, mark = bot.mark(), fake.requests.mark()
    fake.fail_next("POST", CHANNEL_MESSAGES, server_error(503))
    message = await fake.send_mention("oil convoys")
    apology = await wait_for_reply(fake, message, since=mark)
    assert apology.json["content"].startswith("Sorry, something went wrong while answering.")
    assert apology.json["allowed_mentions"]["parse"] == []
    line = await bot.wait_for_line(r"ERROR +briefbot\.discord: Discord returned an error \(mention", since=since)
    assert f"message={message['id']}" in line and f"channel={message['channel_id']}" in line and "503" in line
    await asked_and_answered(fake, corpus_text)


# 429 rate limits


@pytest.mark.parametrize("scope", ["user", "global"])
async def test_a_rate_limited_followup_is_waited_out_logged_and_delivered(fake, bot, corpus_text, scope):
    since = bot.mark()
    fake.fail_next("POST", r"/webhooks/\d+/[^/]+", rate_limited(0.2, scope=scope))
    interaction, _ = await asked_and_answered(fake, corpus_text)
    assert [r.status for r in fake.requests_to("POST", followup_path(interaction))] == [429, 200]
    label = "global" if scope == "global" else "per route"
    await bot.wait_for_line(
        rf"WARNING +briefbot\.discord: Discord rate-limited POST {FOLLOWUP_ROUTE} \({label} rate limit", since=since
    )
    await asked_and_answered(fake, corpus_text)


@pytest.mark.parametrize("scope", ["user", "global"])
async def test_a_rate_limited_mention_reply_is_waited_out_logged_and_delivered(fake, bot, corpus_text, scope):
    since, mark = bot.mark(), fake.requests.mark()
    fake.fail_next("POST", CHANNEL_MESSAGES, rate_limited(0.2, scope=scope))
    message = await fake.send_mention("Idlib drone strike")
    reply = await wait_for_reply(fake, message, since=mark)
    assert answer_problems(reply.json, corpus_text) == []
    label = "global" if scope == "global" else "per route"
    await bot.wait_for_line(
        rf"WARNING +briefbot\.discord: Discord rate-limited POST /channels/\d+/messages \({label} rate limit",
        since=since,
    )
    await asked_and_answered(fake, corpus_text)


# 403 Forbidden


@pytest.mark.parametrize("code", [MISSING_PERMISSIONS, MISSING_ACCESS])
async def test_a_channel_that_forbids_the_reply_and_the_apology_is_logged_and_survived(fake, bot, corpus_text, code):
    since, mark = bot.mark(), fake.requests.mark()
    fake.fail_next("POST", CHANNEL_MESSAGES, forbidden(code), times=2)
    message = await fake.send_mention("oil convoys")
    refused = await bot.wait_for_line(r"ERROR +briefbot\.discord: Discord refused for lack of permissions", since=since)
    assert f"message={message['id']}" in refused and f"(error code: {code})" in refused
    await bot.wait_for_line(r"WARNING +briefbot\.discord: could not send the apology \(mention", since=since)
    assert [r.status for r in fake.requests_to("POST", CHANNEL_MESSAGES, since=mark)] == [403, 403]
    await asked_and_answered(fake, corpus_text)


async def test_a_reply_forbidden_once_gets_an_apology_that_names_the_permissions(fake, bot, corpus_text):
    mark = fake.requests.mark()
    fake.fail_next("POST", CHANNEL_MESSAGES, forbidden(MISSING_PERMISSIONS))
    message = await fake.send_mention("oil convoys")
    apology = await wait_for_reply(fake, message, since=mark)
    assert apology.json["content"].startswith("Sorry, I lack a permission to answer here")
    assert "Embed Links" in apology.json["content"]
    await asked_and_answered(fake, corpus_text)


# an interaction that expired


async def test_an_interaction_that_expired_before_the_reply_is_logged_and_nothing_more_is_sent(fake, bot, corpus_text):
    since, mark = bot.mark(), fake.requests.mark()
    interaction = await fake.send_slash_command("ask", {"question": QUESTION}, expired=True)
    line = await bot.wait_for_line(
        r"WARNING +briefbot\.discord: the interaction expired before it could be answered", since=since
    )
    assert f"interaction={interaction['id']}" in line and "command=ask" in line and "10062" in line
    (callback,) = fake.requests_to("POST", callback_path(interaction), since=mark)
    assert callback.status == 404
    await asked_and_answered(fake, corpus_text)
    assert fake.requests_to("POST", followup_path(interaction), since=mark) == []


async def test_an_interaction_whose_followup_expired_is_logged_and_not_apologised_for(fake, bot, corpus_text):
    since, mark = bot.mark(), fake.requests.mark()
    fake.fail_next("POST", r"/webhooks/\d+/[^/]+", http_error(404, UNKNOWN_WEBHOOK, "Unknown Webhook"))
    interaction = await fake.send_slash_command("ask", {"question": QUESTION})
    line = await bot.wait_for_line(
        r"WARNING +briefbot\.discord: the interaction expired before it could be answered", since=since
    )
    assert f"interaction={interaction['id']}" in line and str(UNKNOWN_WEBHOOK) in line
    await asked_and_answered(fake, corpus_text)
    assert [r.status for r in fake.requests_to("POST", followup_path(interaction), since=mark)] == [404]


async def test_an_expired_about_is_logged(fake, bot, corpus_text):
    since = bot.mark()
    interaction = await fake.send_slash_command("about", expired=True)
    line = await bot.wait_for_line(r"WARNING +briefbot\.discord: the interaction expired", since=since)
    assert "command=about" in line and f"interaction={interaction['id']}" in line
    await asked_and_answered(fake, corpus_text)


# the gateway connection


@pytest.mark.parametrize("mode", ["close", "abort", "reconnect", "invalid_session_resumable"])
async def test_a_dropped_gateway_is_logged_resumed_and_a_question_asked_meanwhile_is_answered(
    fake, bot, corpus_text, mode
):
    since, frames = bot.mark(), fake.gateway_frames.mark()
    await fake.drop_gateway(mode)
    _, followup = await ask(fake, "Idlib drone strike")  # sent at once: held for the bot, replayed on RESUME
    assert answer_problems(followup.json, corpus_text) == []
    await fake.wait_for_gateway(RESUME, since=frames, timeout=WAIT)
    await bot.wait_for_line(r"WARNING +briefbot\.discord: lost the connection to Discord's gateway", since=since)
    await bot.wait_for_line(
        r"WARNING +briefbot\.discord: reconnected to Discord's gateway after [\d.]+ s and resumed the session",
        since=since,
    )
    await asked_and_answered(fake, corpus_text)


async def test_an_invalidated_session_is_logged_and_the_bot_identifies_again(fake, bot, corpus_text):
    since, frames = bot.mark(), fake.gateway_frames.mark()
    await fake.drop_gateway("invalid_session")
    await bot.wait_for_line(r"WARNING +briefbot\.discord: lost the connection to Discord's gateway", since=since)
    # discord.py waits 5 s before identifying again, then 2 s for the guilds before it is ready.
    await fake.wait_for_gateway(IDENTIFY, since=frames, timeout=5 + WAIT)
    await bot.wait_for_line(
        r"WARNING +briefbot\.discord: reconnected to Discord's gateway after [\d.]+ s with a new session",
        since=since,
        timeout=2 + WAIT,
    )
    await asked_and_answered(fake, corpus_text)


# what the logs never show


async def test_the_logs_of_the_whole_run_never_show_a_token_and_the_bot_stops_cleanly(fake, bot):
    code = await bot.stop()
    assert code == 0, bot.output()
    output = bot.output()
    assert TOKEN not in output
    if fake.http.interactions:
        assert "[redacted]" in output  # interaction tokens in webhook addresses were taken out
    for issued in fake.http.interactions.values():
        assert issued.token not in output, "an interaction token was logged"
    assert not re.search(r"WARNING +discord\.client: (PyNaCl|davey) is not installed", output)
