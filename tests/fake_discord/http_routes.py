"""The HTTP API (v10) under ``/api/v10``: the routes a bot uses to log in, sync commands and answer."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fake_discord.failures import UNKNOWN_INTERACTION, Failure, FailurePlan
from tests.fake_discord.journal import Journal, RecordedRequest
from tests.fake_discord.payloads import Json, World, error_body, snowflake

API_PREFIX = "/api/v10"

# Path patterns (regular expressions over the path after /api/v10) for waiting and for failures.
CHANNEL_MESSAGES = r"/channels/\d+/messages"
INTERACTION_CALLBACK = r"/interactions/\d+/[^/]+/callback"
FOLLOWUP = r"/webhooks/\d+/[^/]+"
ORIGINAL_RESPONSE = r"/webhooks/\d+/[^/]+/messages/@original"
GLOBAL_COMMANDS = r"/applications/\d+/commands"
GUILD_COMMANDS = r"/applications/\d+/guilds/\d+/commands"

UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_WEBHOOK = 10015
ALREADY_ACKNOWLEDGED = 40060
DEFERRED_WITH_SOURCE = 5
MESSAGE_WITH_SOURCE = 4
LOADING_FLAG = 1 << 7
EPHEMERAL_FLAG = 1 << 6


@dataclass
class IssuedInteraction:
    """An interaction the fake sent, and how the client has answered it so far."""

    payload: Json
    expired: bool = False
    response_type: int | None = None
    original: Json | None = None
    followups: dict[str, Json] = field(default_factory=dict)

    @property
    def token(self) -> str:
        return self.payload["token"]


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[re.Match[str], "Incoming"], Awaitable[Answer]]


@dataclass(frozen=True)
class Incoming:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    authorization: str | None
    files: tuple[tuple[str, bytes], ...] = ()


class HttpApi:
    """Answers API requests from the fake's state, records each one, and applies planned failures."""

    def __init__(self, world: World, token: str, gateway_url: Callable[[], str]) -> None:
        self.world = world
        self.token = token
        self._gateway_url = gateway_url
        self.requests: Journal[RecordedRequest] = Journal()
        self.unknown_routes: list[RecordedRequest] = []
        self.failures = FailurePlan()
        self.interactions: dict[str, IssuedInteraction] = {}
        self.commands: dict[int | None, list[Json]] = {}
        self.messages: dict[str, Json] = {}
        self._routes: list[tuple[str, re.Pattern[str], Handler, bool]] = []
        self._add_routes()

    def attach(self, app: web.Application) -> None:
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._handle)

    def issue_interaction(self, payload: Json, *, expired: bool = False) -> None:
        """Remember an interaction sent over the gateway so its callback and followups can be answered."""
        self.interactions[payload["id"]] = IssuedInteraction(payload, expired=expired)

    def command_named(self, name: str) -> tuple[int, int | None] | None:
        """(command ID, guild ID or None) of a synced command, preferring the guild's own."""
        for guild_id in (self.world.guild_id, None):
            for command in self.commands.get(guild_id, []):
                if command["name"] == name:
                    return int(command["id"]), guild_id
        return None

    # plumbing

    def _route(self, method: str, pattern: str, handler: Handler, *, needs_token: bool = True) -> None:
        self._routes.append((method, re.compile(pattern), handler, needs_token))

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        arrived = time.monotonic()
        path = "/" + request.match_info["tail"]
        body, files = await _read_body(request)
        incoming = Incoming(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=body,
            authorization=request.headers.get("Authorization"),
            files=files,
        )
        failure = self.failures.take(request.method, path)
        found = self._find(request.method, path)
        if failure is not None:
            answer = Answer(failure.status, failure.body, failure.response_headers())
        elif found is None:
            answer = Answer(404, error_body(0, "404: Not Found"))
        elif found[2] and incoming.authorization != f"Bot {self.token}":
            answer = Answer(401, error_body(0, "401: Unauthorized"))
        else:
            answer = await found[1](found[0], incoming)
        recorded = RecordedRequest(
            method=incoming.method,
            path=path,
            query=incoming.query,
            json=incoming.json,
            status=answer.status,
            authorization=incoming.authorization,
            failure=failure.label if failure is not None else None,
            at=arrived,
            files=incoming.files,
        )
        if found is None and failure is None:
            self.unknown_routes.append(recorded)
        self.requests.append(recorded)
        return _respond(answer, failure, path)

    def _find(self, method: str, path: str) -> tuple[re.Match[str], Handler, bool] | None:
        for route_method, pattern, handler, needs_token in self._routes:
            match = pattern.fullmatch(path)
            if match and route_method == method:
                return match, handler, needs_token
        return None

    def _add_routes(self) -> None:
        self._route("GET", r"/gateway", self._gateway, needs_token=False)
        self._route("GET", r"/gateway/bot", self._gateway_bot)
        self._route("GET", r"/users/@me", self._me)
        self._route("GET", r"/oauth2/applications/@me", self._application)
        self._route("GET", r"/applications/@me", self._application)
        for pattern in (
            r"/applications/(?P<app>\d+)/commands",
            r"/applications/(?P<app>\d+)/guilds/(?P<guild>\d+)/commands",
        ):
            self._route("GET", pattern, self._get_commands)
            self._route("PUT", pattern, self._put_commands)
        self._route("POST", r"/interactions/(?P<id>\d+)/(?P<token>[^/]+)/callback", self._callback, needs_token=False)
        webhook = r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)"
        self._route("POST", webhook, self._followup, needs_token=False)
        for verb in ("GET", "PATCH", "DELETE"):
            self._route(
                verb, webhook + r"/messages/(?P<message>@original|\d+)", self._webhook_message, needs_token=False
            )
        self._route("GET", r"/channels/(?P<channel>\d+)", self._channel)
        self._route("POST", r"/channels/(?P<channel>\d+)/messages", self._post_message)
        self._route("POST", r"/channels/(?P<channel>\d+)/typing", self._typing)
        for verb in ("GET", "PATCH", "DELETE"):
            self._route(verb, r"/channels/(?P<channel>\d+)/messages/(?P<message>\d+)", self._channel_message)

    # routes

    async def _gateway(self, match: re.Match[str], incoming: Incoming) -> Answer:
        return Answer(200, {"url": self._gateway_url()})

    async def _gateway_bot(self, match: re.Match[str], incoming: Incoming) -> Answer:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return Answer(200, {"url": self._gateway_url(), "shards": 1, "session_start_limit": limit})

    async def _me(self, match: re.Match[str], incoming: Incoming) -> Answer:
        return Answer(200, self.world.bot_user())

    async def _application(self, match: re.Match[str], incoming: Incoming) -> Answer:
        return Answer(200, self.world.application())

    async def _get_commands(self, match: re.Match[str], incoming: Incoming) -> Answer:
        if int(match["app"]) != self.world.application_id:
            return Answer(403, error_body(50001, "Missing Access"))
        return Answer(200, self.commands.get(_guild_of(match), []))

    async def _put_commands(self, match: re.Match[str], incoming: Incoming) -> Answer:
        if int(match["app"]) != self.world.application_id:
            return Answer(403, error_body(50001, "Missing Access"))
        guild_id = _guild_of(match)
        if guild_id is not None and guild_id != self.world.guild_id:
            return Answer(403, error_body(50001, "Missing Access"))
        if not isinstance(incoming.json, list):
            return Answer(400, error_body(50035, "Invalid Form Body"))
        known = {command["name"]: command["id"] for command in self.commands.get(guild_id, [])}
        stored = []
        for command in incoming.json:
            saved = {
                "type": 1,
                "description": "",
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                **command,
                "id": known.get(command.get("name"), str(snowflake())),
                "application_id": str(self.world.application_id),
                "version": str(snowflake()),
            }
            if guild_id is not None:
                saved["guild_id"] = str(guild_id)
            stored.append(saved)
        self.commands[guild_id] = stored
        return Answer(200, stored)

    async def _callback(self, match: re.Match[str], incoming: Incoming) -> Answer:
        issued = self.interactions.get(match["id"])
        if issued is None or issued.token != match["token"] or issued.expired:
            return Answer(404, error_body(UNKNOWN_INTERACTION, "Unknown interaction"))
        if issued.response_type is not None:
            return Answer(400, error_body(ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged."))
        body = incoming.json if isinstance(incoming.json, dict) else {}
        kind = body.get("type")
        data = body.get("data") or {}
        issued.response_type = kind
        ephemeral = bool((data.get("flags") or 0) & EPHEMERAL_FLAG)
        callback: Json = {"id": match["id"], "type": issued.payload["type"], "response_message_ephemeral": ephemeral}
        answer: Json = {"interaction": callback}
        if kind in (MESSAGE_WITH_SOURCE, DEFERRED_WITH_SOURCE):
            if kind == DEFERRED_WITH_SOURCE:
                data = {**data, "content": "", "flags": (data.get("flags") or 0) | LOADING_FLAG}
            message = self._message(data, int(issued.payload["channel_id"]), webhook_id=self.world.application_id)
            issued.original = message
            callback["response_message_id"] = message["id"]
            callback["response_message_loading"] = kind == DEFERRED_WITH_SOURCE
            answer["resource"] = {"type": kind, "message": message}
        if incoming.query.get("with_response") in ("1", "true", "True"):
            return Answer(200, answer)
        return Answer(204)

    async def _followup(self, match: re.Match[str], incoming: Incoming) -> Answer:
        issued = self._interaction_by_token(match)
        if issued is None or issued.response_type is None:
            return Answer(404, error_body(UNKNOWN_WEBHOOK, "Unknown Webhook"))
        message = self._message(incoming.json or {}, int(issued.payload["channel_id"]), webhook_id=int(match["app"]))
        issued.followups[message["id"]] = message
        if incoming.query.get("wait") in ("1", "true", "True"):
            return Answer(200, message)
        return Answer(204)

    async def _webhook_message(self, match: re.Match[str], incoming: Incoming) -> Answer:
        issued = self._interaction_by_token(match)
        if issued is None:
            return Answer(404, error_body(UNKNOWN_WEBHOOK, "Unknown Webhook"))
        key = match["message"]
        message = issued.original if key == "@original" else issued.followups.get(key)
        if message is None:
            return Answer(404, error_body(UNKNOWN_MESSAGE, "Unknown Message"))
        if incoming.method == "DELETE":
            if key == "@original":
                issued.original = None
            else:
                issued.followups.pop(key)
            return Answer(204)
        if incoming.method == "PATCH":
            _edit(message, incoming.json or {})
        return Answer(200, message)

    async def _channel(self, match: re.Match[str], incoming: Incoming) -> Answer:
        if int(match["channel"]) != self.world.channel_id:
            return Answer(404, error_body(UNKNOWN_CHANNEL, "Unknown Channel"))
        return Answer(200, self.world.channel())

    async def _post_message(self, match: re.Match[str], incoming: Incoming) -> Answer:
        channel_id = int(match["channel"])
        if channel_id != self.world.channel_id:
            return Answer(404, error_body(UNKNOWN_CHANNEL, "Unknown Channel"))
        body = incoming.json if isinstance(incoming.json, dict) else {}
        if not (body.get("content") or body.get("embeds") or body.get("components") or body.get("sticker_ids")):
            return Answer(400, error_body(50006, "Cannot send an empty message"))
        return Answer(200, self._message(body, channel_id))

    async def _typing(self, match: re.Match[str], incoming: Incoming) -> Answer:
        return Answer(204)

    async def _channel_message(self, match: re.Match[str], incoming: Incoming) -> Answer:
        message = self.messages.get(match["message"])
        if message is None or message["channel_id"] != match["channel"]:
            return Answer(404, error_body(UNKNOWN_MESSAGE, "Unknown Message"))
        if incoming.method == "DELETE":
            self.messages.pop(match["message"])
            return Answer(204)
        if incoming.method == "PATCH":
            _edit(message, incoming.json or {})
        return Answer(200, message)

    # state helpers

    def _message(self, body: Json, channel_id: int, *, webhook_id: int | None = None) -> Json:
        message = self.world.posted_message(body, channel_id, webhook_id=webhook_id)
        self.messages[message["id"]] = message
        return message

    def _interaction_by_token(self, match: re.Match[str]) -> IssuedInteraction | None:
        if int(match["app"]) != self.world.application_id:
            return None
        for issued in self.interactions.values():
            if secrets.compare_digest(issued.token, match["token"]):
                return issued
        return None


def _guild_of(match: re.Match[str]) -> int | None:
    guild = match.groupdict().get("guild")
    return int(guild) if guild else None


def _edit(message: Json, changes: Json) -> None:
    for key in ("content", "embeds", "components", "flags", "allowed_mentions"):
        if key in changes:
            message[key] = changes[key]
    message["flags"] = (message.get("flags") or 0) & ~LOADING_FLAG


async def _read_body(request: web.Request) -> tuple[Any, tuple[tuple[str, bytes], ...]]:
    """The JSON body (or multipart ``payload_json``) and the files of a multipart body."""
    if not request.can_read_body:
        return None, ()
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        payload = None
        files: list[tuple[str, bytes]] = []
        async for part in reader:
            if getattr(part, "name", None) == "payload_json":
                payload = json.loads(await part.text())
            elif getattr(part, "filename", None):
                files.append((part.filename, bytes(await part.read())))
            else:
                await part.release()
        return payload, tuple(files)
    raw = await request.read()
    if not raw:
        return None, ()
    try:
        return json.loads(raw), ()
    except ValueError:
        return raw.decode("utf-8", "replace"), ()


def _respond(answer: Answer, failure: Failure | None, path: str) -> web.StreamResponse:
    headers = dict(answer.headers)
    if failure is None and answer.status < 400:
        headers.update(_bucket_headers(path))
    if answer.status == 204:
        return web.Response(status=204, headers=headers)
    if isinstance(answer.body, str):
        return web.Response(status=answer.status, text=answer.body, headers=headers)
    # Exactly "application/json", as Discord sends it: discord.py parses nothing else (not even "; charset=...").
    headers["Content-Type"] = "application/json"
    return web.Response(status=answer.status, body=json.dumps(answer.body).encode(), headers=headers)


def _bucket_headers(path: str) -> dict[str, str]:
    """The rate limit headers Discord puts on every answer, with plenty of room left."""
    route = re.sub(r"\d{5,}", "id", path)
    return {
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "4",
        "X-RateLimit-Reset": f"{time.time() + 1:.3f}",
        "X-RateLimit-Reset-After": "1.000",
        "X-RateLimit-Bucket": hashlib.sha1(route.encode()).hexdigest()[:16],
    }
