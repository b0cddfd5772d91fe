"""FakeDiscord: the HTTP API and the gateway on one aiohttp server on 127.0.0.1, with injection and waiting."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.fake_discord.failures import Failure
from tests.fake_discord.gateway import Gateway
from tests.fake_discord.http_routes import HttpApi
from tests.fake_discord.journal import GatewayFrame, Journal, RecordedRequest
from tests.fake_discord.payloads import (
    ATTACHMENT_OPTION,
    MEMBER_PERMISSIONS,
    Json,
    World,
    command_options,
    snowflake,
)

DEFAULT_TOKEN = "fake-bot-token.not-a-secret.0123456789"
RESUME_PATH = "/resume"
ATTACHMENTS_PATH = "/attachments"


class FakeDiscord:
    """A stand-in for Discord that a real discord.py client can log in to, answer through, and be hurt by."""

    def __init__(self, *, token: str = DEFAULT_TOKEN, world: World | None = None, heartbeat_interval: float = 41.25):
        self.token = token
        self.world = world or World()
        self.gateway_frames: Journal[GatewayFrame] = Journal()
        self.http = HttpApi(self.world, token, lambda: self.gateway_url)
        self.gateway = Gateway(
            self.world, token, self.gateway_frames, lambda: self.resume_gateway_url, heartbeat_interval
        )
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self.hosted: dict[str, bytes] = {}
        """Attachment files served under /attachments/ID/NAME, as Discord's CDN serves them."""
        self.downloads: list[str] = []
        """The IDs of the attachments downloaded, in order."""

    # life cycle

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        app = web.Application()
        self.http.attach(app)
        app.router.add_get("/", self.gateway.handle)
        app.router.add_get(RESUME_PATH, self.gateway.handle)
        app.router.add_get(ATTACHMENTS_PATH + "/{id}/{name}", self._attachment)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        self._port = listener.getsockname()[1]
        await web.SockSite(self._runner, listener).start()

    async def stop(self) -> None:
        """Close every gateway connection and stop listening."""
        if self._runner is not None:
            await self.gateway.close_all()
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # addresses

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: what ``point_discord_at`` and BRIEFBOT_DISCORD_API_BASE take."""
        if self._port is None:
            raise RuntimeError("FakeDiscord is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def gateway_url(self) -> str:
        return self.base_url.replace("http://", "ws://", 1) + "/"

    @property
    def resume_gateway_url(self) -> str:
        """Where READY tells the client to reconnect; a separate path, so a test can see the client used it."""
        return self.base_url.replace("http://", "ws://", 1) + RESUME_PATH

    # what the client did

    @property
    def requests(self) -> Journal[RecordedRequest]:
        """Every HTTP request in order (method, path after /api/v10, query, JSON body, status answered)."""
        return self.http.requests

    @property
    def unknown_routes(self) -> list[RecordedRequest]:
        """Requests for routes the fake does not serve (answered 404 with a JSON error)."""
        return self.http.unknown_routes

    def commands(self, guild_id: int | None = None) -> list[Json]:
        """The application commands synced globally (None) or to a guild."""
        return list(self.http.commands.get(guild_id, []))

    async def wait_for_request(
        self,
        method: str,
        path_pattern: str,
        *,
        timeout: float = 5.0,
        since: int = 0,
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> RecordedRequest:
        """The first request at or after ``since`` whose method and path (``re.fullmatch``) match."""

        def matches(request: RecordedRequest) -> bool:
            return request.matches(method, path_pattern) and (predicate is None or predicate(request))

        return await self.requests.wait_for(
            matches, since=since, timeout=timeout, what=f"{method} {path_pattern} request"
        )

    def requests_to(self, method: str, path_pattern: str, *, since: int = 0) -> list[RecordedRequest]:
        """Every request so far whose method and path match."""
        return self.requests.matching(lambda request: request.matches(method, path_pattern), since)

    async def wait_for_gateway(
        self,
        op: int,
        *,
        event: str | None = None,
        direction: str = "received",
        timeout: float = 5.0,
        since: int = 0,
    ) -> GatewayFrame:
        """The first gateway frame at or after ``since`` with this op (and event name), ``received`` or ``sent``."""

        def matches(frame: GatewayFrame) -> bool:
            return frame.direction == direction and frame.op == op and (event is None or frame.event == event)

        label = f"gateway op {op}{' ' + event if event else ''} {direction}"
        return await self.gateway_frames.wait_for(matches, since=since, timeout=timeout, what=label)

    async def wait_until_ready(self, *, timeout: float = 10.0, since: int = 0) -> GatewayFrame:
        """Wait until a client has identified and been sent READY and GUILD_CREATE."""
        return await self.wait_for_gateway(0, event="GUILD_CREATE", direction="sent", timeout=timeout, since=since)

    # attachments

    def host_attachment(self, filename: str, data: bytes, *, size: int | None = None) -> Json:
        """Serve ``data`` as an attachment; returns its payload (``size`` may lie, as a hostile client's could)."""
        attachment_id = str(snowflake())
        self.hosted[attachment_id] = data
        url = f"{self.base_url}{ATTACHMENTS_PATH}/{attachment_id}/file"
        return {
            "id": attachment_id,
            "filename": filename,
            "size": len(data) if size is None else size,
            "url": url,
            "proxy_url": url,
        }

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        data = self.hosted.get(request.match_info["id"])
        self.downloads.append(request.match_info["id"])
        if data is None:
            return web.Response(status=404)
        response = web.StreamResponse(status=200)
        await response.prepare(request)
        for start in range(0, len(data), 1 << 16):
            await response.write(data[start : start + (1 << 16)])
        await response.write_eof()
        return response

    # what the fake sends

    async def dispatch(self, event: str, data: Json) -> int:
        """Send any gateway dispatch to the connected client; returns its sequence number."""
        return await self.gateway.dispatch(event, data)

    async def send_slash_command(
        self,
        name: str = "ask",
        options: dict[str, Any] | list[Json] | None = None,
        *,
        expired: bool = False,
        permissions: int = MEMBER_PERMISSIONS,
        attachments: dict[str, Json] | None = None,
    ) -> Json:
        """Dispatch INTERACTION_CREATE for ``/name`` typed by the user; returns the interaction payload.

        The command ID is the synced command's when there is one. ``expired=True`` makes the callback answer
        404 10062, as Discord does once the 3-second window has passed. ``attachments`` maps option names to
        attachments from ``host_attachment`` (``options`` must then be a dict).
        """
        synced = self.http.command_named(name)
        command_id, guild_id = synced if synced else (snowflake(), None)
        resolved = None
        if attachments:
            listed = [{"name": key, "type": ATTACHMENT_OPTION, "value": att["id"]} for key, att in attachments.items()]
            options = command_options(dict(options or {})) + listed
            resolved = {"attachments": {item["id"]: item for item in attachments.values()}}
        payload = self.world.slash_command(
            name,
            options or {},
            command_id=command_id,
            command_guild_id=guild_id,
            permissions=permissions,
            resolved=resolved,
        )
        self.http.issue_interaction(payload, expired=expired)
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def press_button(self, message: Json, custom_id: str) -> Json:
        """Dispatch INTERACTION_CREATE for the user pressing button ``custom_id`` under ``message`` (a message
        the bot posted, as the fake answered it); returns the interaction payload."""
        payload = self.world.button_press(message, custom_id)
        self.http.issue_interaction(payload)
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def send_mention(self, text: str, *, content: str | None = None) -> Json:
        """Dispatch MESSAGE_CREATE from the user, ``<@BOT_ID> text`` (or exactly ``content``); returns it."""
        payload = self.world.mention_message(text, content=content)
        self.http.messages[payload["id"]] = payload
        await self.dispatch("MESSAGE_CREATE", payload)
        return payload

    # failures

    def fail_next(self, method: str, path_pattern: str, failure: Failure, *, times: int = 1) -> None:
        """Answer the next ``times`` requests matching method and path with ``failure`` (see failures.py)."""
        self.http.failures.add(method, path_pattern, failure, times)

    async def drop_gateway(self, mode: str = "close", *, code: int = 4000) -> None:
        """Break the gateway: ``close`` (close frame with ``code``), ``abort`` (TCP reset, no close frame),
        ``reconnect`` (op 7), ``invalid_session`` (op 9 false: identify again) or ``invalid_session_resumable``
        (op 9 true)."""
        await self.gateway.drop(mode, code=code)


def callback_path(interaction: Json) -> str:
    """The exact path pattern of this interaction's callback."""
    return re.escape(f"/interactions/{interaction['id']}/{interaction['token']}/callback")


def followup_path(interaction: Json) -> str:
    """The exact path pattern of followups to this interaction."""
    return re.escape(f"/webhooks/{interaction['application_id']}/{interaction['token']}")


def original_response_path(interaction: Json) -> str:
    """The exact path pattern of this interaction's original response message."""
    return followup_path(interaction) + re.escape("/messages/@original")
