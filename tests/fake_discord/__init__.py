"""A local stand-in for Discord that a real discord.py 2.7 client connects to, for tests.

One aiohttp server on 127.0.0.1 (a free port) serves the HTTP API under ``/api/v10`` and the gateway
websocket at ``/`` (and at ``/resume``, the ``resume_gateway_url`` READY names). It knows one guild
(``fake.world``: a text channel, two roles, the bot and one user as members) and accepts one bot token.

Start it, and point discord.py at it (in the same process, or in a child process through the setting)::

    from bot.discord_endpoint import point_discord_at
    from tests.fake_discord import FakeDiscord

    async with FakeDiscord() as fake:                 # or: fake = FakeDiscord(); await fake.start() ... stop()
        point_discord_at(fake.base_url)               # in-process (restore Route.BASE and
                                                      # DiscordWebSocket.DEFAULT_GATEWAY afterwards)
        env = {"BRIEFBOT_DISCORD_API_BASE": fake.base_url, ...}   # for `briefbot discord` in a subprocess
        ... start the bot with token ``fake.token`` ...
        await fake.wait_until_ready()                 # READY and GUILD_CREATE have been sent

Inject what a person would do; each returns the payload sent::

    interaction = await fake.send_slash_command("ask", {"question": "who struck the convoy?"})
    message = await fake.send_mention("who struck the convoy?")   # content "<@BOT_ID> who struck ..."
    await fake.dispatch("ANY_EVENT", {...})                       # anything else

Wait for what the bot sends back (every request is recorded in order: method, path after /api/v10,
query, JSON body, status answered)::

    mark = fake.requests.mark()                       # only look at what comes after this point
    request = await fake.wait_for_request("POST", callback_path(interaction), since=mark, timeout=5)
    assert request.json["type"] == 5                  # deferred
    followup = await fake.wait_for_request("POST", followup_path(interaction), since=mark)
    reply = await fake.wait_for_request("POST", CHANNEL_MESSAGES, since=mark)
    assert reply.json["allowed_mentions"] == {"parse": []}
    fake.requests_to("POST", CHANNEL_MESSAGES)        # all of them so far
    fake.unknown_routes                               # routes the fake does not serve (answered 404)
    await fake.wait_for_gateway(RESUME)               # gateway frames: op, event, data, connection number

Make Discord fail (the next ``times`` matching requests get the failure, then it answers normally)::

    fake.fail_next("POST", CHANNEL_MESSAGES, server_error(502))
    fake.fail_next("POST", CHANNEL_MESSAGES, rate_limited(0.3))             # or scope="global"
    fake.fail_next("POST", CHANNEL_MESSAGES, forbidden(MISSING_PERMISSIONS))  # or MISSING_ACCESS
    fake.fail_next("POST", INTERACTION_CALLBACK, unknown_interaction())
    await fake.send_slash_command("ask", {...}, expired=True)               # same, for one interaction
    await fake.drop_gateway("close")    # also "abort", "reconnect" (op 7), "invalid_session" (op 9)

What discord.py 2.7.1 does with those: 500, 502, 504 on an API call are retried after 1 s, 3 s, ...
(503 is not: it raises ``discord.DiscordServerError`` at once); any 5xx on a webhook or interaction
route is retried; a 429 is retried after ``retry_after`` (a 429 without the ``Via`` header counts as a
Cloudflare ban and raises); 403 raises ``discord.Forbidden``, 404 ``discord.NotFound``. A dropped
gateway is reconnected at ``resume_gateway_url`` with RESUME; events dispatched while no connection is
open are replayed on RESUME.
"""

from tests.fake_discord.failures import (
    MISSING_ACCESS,
    MISSING_PERMISSIONS,
    UNKNOWN_INTERACTION,
    Failure,
    forbidden,
    http_error,
    rate_limited,
    server_error,
    unknown_interaction,
)
from tests.fake_discord.gateway import (
    DROP_MODES,
    HEARTBEAT,
    HEARTBEAT_ACK,
    HELLO,
    IDENTIFY,
    INVALID_SESSION,
    RECONNECT,
    REQUEST_GUILD_MEMBERS,
    RESUME,
)
from tests.fake_discord.http_routes import (
    CHANNEL_MESSAGES,
    FOLLOWUP,
    GLOBAL_COMMANDS,
    GUILD_COMMANDS,
    INTERACTION_CALLBACK,
    ORIGINAL_RESPONSE,
)
from tests.fake_discord.journal import GatewayFrame, RecordedRequest
from tests.fake_discord.payloads import World
from tests.fake_discord.server import (
    DEFAULT_TOKEN,
    FakeDiscord,
    callback_path,
    followup_path,
    original_response_path,
)

__all__ = [
    "CHANNEL_MESSAGES",
    "DEFAULT_TOKEN",
    "DROP_MODES",
    "FOLLOWUP",
    "GLOBAL_COMMANDS",
    "GUILD_COMMANDS",
    "HEARTBEAT",
    "HEARTBEAT_ACK",
    "HELLO",
    "IDENTIFY",
    "INTERACTION_CALLBACK",
    "INVALID_SESSION",
    "MISSING_ACCESS",
    "MISSING_PERMISSIONS",
    "ORIGINAL_RESPONSE",
    "RECONNECT",
    "REQUEST_GUILD_MEMBERS",
    "RESUME",
    "UNKNOWN_INTERACTION",
    "Failure",
    "FakeDiscord",
    "GatewayFrame",
    "RecordedRequest",
    "World",
    "callback_path",
    "followup_path",
    "forbidden",
    "http_error",
    "original_response_path",
    "rate_limited",
    "server_error",
    "unknown_interaction",
]
