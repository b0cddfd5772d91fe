"""The smallest stand-ins for what only a live Discord connection can make: an interaction and its replies.

Everything else in these tests (embeds, views, buttons, permissions, allowed mentions, commands) is the real
discord.py object. The fakes record each call with its keyword arguments, as the HTTP layer would receive them.
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace
from typing import Any

import discord

_ids = itertools.count(1_000_000_000_000_000_00)


class Recorder:
    """Remembers calls as (name, kwargs) and can be told to fail the next call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail_with: BaseException | None = None

    def record(self, name: str, kwargs: dict[str, Any]) -> None:
        self.calls.append((name, kwargs))
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error

    def named(self, name: str) -> list[dict[str, Any]]:
        return [kwargs for called, kwargs in self.calls if called == name]


class FakeMessage:
    """A sent message whose edits are recorded."""

    def __init__(self, recorder: Recorder, **kwargs: Any) -> None:
        self.id = next(_ids)
        self.sent = kwargs
        self.recorder = recorder

    async def edit(self, **kwargs: Any) -> FakeMessage:
        self.recorder.record("message.edit", kwargs)
        return self


class FakeResponse:
    """``interaction.response``: one answer per interaction, as Discord allows."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self._done = False

    def is_done(self) -> bool:
        return self._done

    async def _respond(self, name: str, kwargs: dict[str, Any]) -> None:
        if self._done:
            raise discord.InteractionResponded(None)  # type: ignore[arg-type]
        self.recorder.record(name, kwargs)
        self._done = True

    async def defer(self, **kwargs: Any) -> None:
        await self._respond("defer", kwargs)

    async def send_message(self, content: str | None = None, **kwargs: Any) -> None:
        await self._respond("send_message", {"content": content, **kwargs})

    async def edit_message(self, **kwargs: Any) -> None:
        await self._respond("edit_message", kwargs)


class FakeFollowup:
    """``interaction.followup``: ``send`` returns the message it made."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self.messages: list[FakeMessage] = []

    async def send(self, content: str | None = None, **kwargs: Any) -> FakeMessage:
        self.recorder.record("followup.send", {"content": content, **kwargs})
        message = FakeMessage(self.recorder, content=content, **kwargs)
        self.messages.append(message)
        return message


def fake_interaction(
    user_id: int = 42, *, permissions: discord.Permissions | None = None, guild_id: int | None = 7
) -> Any:
    """An interaction from ``user_id`` in a server channel, with real Permissions."""
    recorder = Recorder()
    interaction = SimpleNamespace(
        id=next(_ids),
        user=SimpleNamespace(id=user_id),
        guild_id=guild_id,
        channel_id=99,
        command=None,
        permissions=permissions or discord.Permissions.none(),
        response=FakeResponse(recorder),
        followup=FakeFollowup(recorder),
        recorder=recorder,
    )

    async def edit_original_response(**kwargs: Any) -> None:
        recorder.record("edit_original_response", kwargs)

    interaction.edit_original_response = edit_original_response
    return interaction


def http_error(kind: type[discord.HTTPException], status: int, code: int, text: str) -> discord.HTTPException:
    """A discord.py HTTP error as the library raises it for a Discord error body."""
    response = SimpleNamespace(status=status, reason=text)
    return kind(response, {"code": code, "message": text})  # type: ignore[arg-type]
