"""The gateway websocket: HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME, and dispatches on demand."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import secrets
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fake_discord.journal import GatewayFrame, Journal
from tests.fake_discord.payloads import Json, World

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE_UPDATE, RESUME, RECONNECT = 0, 1, 2, 3, 6, 7
REQUEST_GUILD_MEMBERS, INVALID_SESSION, HELLO, HEARTBEAT_ACK = 8, 9, 10, 11

AUTHENTICATION_FAILED = 4004
ALREADY_AUTHENTICATED = 4005
DECODE_ERROR = 4002

DROP_MODES = ("close", "abort", "reconnect", "invalid_session", "invalid_session_resumable")


@dataclass
class Session:
    """A gateway session: survives its connection, so a client can RESUME it and get what it missed."""

    id: str
    shard: list[int] | None
    sequence: int = 0
    events: list[tuple[int, str, Json]] = field(default_factory=list)
    connection: Connection | None = None
    resumable: bool = True


class Connection:
    """One websocket; sends frames in order, zlib-stream compressed when the client asked for it."""

    def __init__(self, number: int, socket: web.WebSocketResponse, request: web.Request, compress: bool) -> None:
        self.number = number
        self.socket = socket
        self.request = request
        self.path = request.path
        self.session: Session | None = None
        self.closed_by_fake = False
        self._compressor = zlib.compressobj() if compress else None
        self._lock = asyncio.Lock()

    async def close(self, code: int, reason: bytes) -> None:
        self.closed_by_fake = True
        await self.socket.close(code=code, message=reason)

    async def send(self, payload: Json) -> bool:
        """Send one frame; False when the connection is already going away."""
        text = json.dumps(payload, separators=(",", ":"))
        async with self._lock:
            if self.socket.closed:
                return False
            try:
                if self._compressor is None:
                    await self.socket.send_str(text)
                else:
                    data = self._compressor.compress(text.encode()) + self._compressor.flush(zlib.Z_SYNC_FLUSH)
                    await self.socket.send_bytes(data)
            except (ConnectionError, RuntimeError):
                return False  # the session keeps the event for RESUME
            return True


class Gateway:
    """Serves the gateway at any path it is mounted on, for one bot token and one guild."""

    def __init__(
        self,
        world: World,
        token: str,
        journal: Journal[GatewayFrame],
        resume_url: Callable[[], str],
        heartbeat_interval: float,
    ) -> None:
        self.world = world
        self.token = token
        self.frames = journal
        self._resume_url = resume_url
        self._heartbeat_ms = int(heartbeat_interval * 1000)
        self._numbers = itertools.count(1)
        self._sessions: dict[str, Session] = {}
        self.current: Session | None = None
        self._connections: set[Connection] = set()

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await socket.prepare(request)
        compress = request.query.get("compress") == "zlib-stream"
        connection = Connection(next(self._numbers), socket, request, compress)
        self._connections.add(connection)
        try:
            if request.query.get("encoding", "json") != "json":
                await connection.close(DECODE_ERROR, b"only json encoding")
                return socket
            await self._send(connection, HELLO, {"heartbeat_interval": self._heartbeat_ms, "_trace": ["fake-discord"]})
            async for message in socket:
                if message.type is not WSMsgType.TEXT:
                    continue
                try:
                    payload = json.loads(message.data)
                except ValueError:
                    await connection.close(DECODE_ERROR, b"Error while decoding payload.")
                    break
                await self._received(connection, payload)
        finally:
            self._connections.discard(connection)
            session = connection.session
            if session is not None and session.connection is connection:
                session.connection = None
                if not connection.closed_by_fake and socket.close_code in (1000, 1001):
                    session.resumable = False  # the client said goodbye: Discord ends the session
        return socket

    async def dispatch(self, event: str, data: Json) -> int:
        """Send a DISPATCH to the current session; held for RESUME if it has no connection. Returns its sequence."""
        session = self.current
        if session is None:
            raise RuntimeError("no gateway session yet: the client has not identified")
        return await self._dispatch(session, event, data)

    async def drop(self, mode: str = "close", *, code: int = 4000) -> None:
        """Break the current session's connection the way Discord sometimes does (see ``DROP_MODES``)."""
        if mode not in DROP_MODES:
            raise ValueError(f"unknown drop mode {mode!r}; one of {', '.join(DROP_MODES)}")
        connection = self.current.connection if self.current else None
        if connection is None:
            raise RuntimeError("no open gateway connection to drop")
        if mode == "close":
            await connection.close(code, b"fake discord dropped the connection")
        elif mode == "abort":
            transport = connection.request.transport
            if transport is not None:
                connection.closed_by_fake = True
                transport.abort()
        elif mode == "reconnect":
            await self._send(connection, RECONNECT, None)
        else:
            resumable = mode == "invalid_session_resumable"
            if not resumable and connection.session is not None:
                connection.session.resumable = False
            await self._send(connection, INVALID_SESSION, resumable)

    async def close_all(self) -> None:
        for connection in list(self._connections):
            with contextlib.suppress(Exception):
                await connection.close(1001, b"fake discord stopped")

    # incoming

    async def _received(self, connection: Connection, payload: Json) -> None:
        op, data = payload.get("op"), payload.get("d")
        self._log("received", op, payload.get("t"), data, connection)
        if op == HEARTBEAT:
            await self._send(connection, HEARTBEAT_ACK, None)
        elif op == IDENTIFY:
            await self._identify(connection, data or {})
        elif op == RESUME:
            await self._resume(connection, data or {})
        elif op == REQUEST_GUILD_MEMBERS:
            await self._members_chunk(connection, data or {})

    async def _identify(self, connection: Connection, data: Json) -> None:
        if connection.session is not None:
            await connection.close(ALREADY_AUTHENTICATED, b"Already authenticated.")
            return
        if not secrets.compare_digest(str(data.get("token", "")), self.token):
            await connection.close(AUTHENTICATION_FAILED, b"Authentication failed.")
            return
        session = Session(id=secrets.token_hex(16), shard=data.get("shard"))
        self._sessions[session.id] = session
        self.current = session
        self._attach(session, connection)
        await self._dispatch(session, "READY", self.world.ready(session.id, self._resume_url(), session.shard))
        await self._dispatch(session, "GUILD_CREATE", self.world.guild())

    async def _resume(self, connection: Connection, data: Json) -> None:
        session = self._sessions.get(str(data.get("session_id")))
        if not secrets.compare_digest(str(data.get("token", "")), self.token):
            await connection.close(AUTHENTICATION_FAILED, b"Authentication failed.")
            return
        if session is None or not session.resumable:
            await self._send(connection, INVALID_SESSION, False)
            return
        self._attach(session, connection)
        seen = data.get("seq") or 0
        for sequence, event, payload in list(session.events):
            if sequence > seen and await connection.send({"op": DISPATCH, "s": sequence, "t": event, "d": payload}):
                self._log("sent", DISPATCH, event, payload, connection)
        await self._dispatch(session, "RESUMED", {"_trace": ["fake-discord"]})

    async def _members_chunk(self, connection: Connection, data: Json) -> None:
        if connection.session is None:
            return
        members = self.world.members()
        wanted = {str(user_id) for user_id in data.get("user_ids") or []}
        if wanted:
            members = [member for member in members if member["user"]["id"] in wanted]
        else:
            prefix = str(data.get("query") or "").lower()
            members = [member for member in members if member["user"]["username"].lower().startswith(prefix)]
        if data.get("limit"):
            members = members[: int(data["limit"])]
        found = {member["user"]["id"] for member in members}
        chunk: Json = {
            "guild_id": str(self.world.guild_id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": sorted(wanted - found),
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._dispatch(connection.session, "GUILD_MEMBERS_CHUNK", chunk)

    # outgoing

    def _attach(self, session: Session, connection: Connection) -> None:
        previous = session.connection
        session.connection = connection
        connection.session = session
        if previous is not None and previous is not connection:
            asyncio.get_running_loop().create_task(previous.close(4009, b"Session replaced."))

    async def _dispatch(self, session: Session, event: str, data: Json) -> int:
        session.sequence += 1
        sequence = session.sequence
        if event not in ("READY", "RESUMED"):
            session.events.append((sequence, event, data))
        connection = session.connection
        if connection is not None and await connection.send({"op": DISPATCH, "s": sequence, "t": event, "d": data}):
            self._log("sent", DISPATCH, event, data, connection)
        return sequence

    async def _send(self, connection: Connection, op: int, data: Any) -> None:
        if await connection.send({"op": op, "d": data, "s": None, "t": None}):
            self._log("sent", op, None, data, connection)

    def _log(self, direction: str, op: Any, event: str | None, data: Any, connection: Connection) -> None:
        self.frames.append(GatewayFrame(direction, op, event, data, connection.number, connection.path))
