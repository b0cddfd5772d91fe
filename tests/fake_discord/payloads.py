"""JSON payloads shaped as Discord's API v10 sends them: users, the guild, messages, interactions, READY."""

from __future__ import annotations

import itertools
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
_increment = itertools.count()

Json = dict[str, Any]

# Permission bits (https://discord.com/developers/docs/topics/permissions).
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38
MEMBER_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)

TEXT_CHANNEL = 0
STRING_OPTION, INTEGER_OPTION, BOOLEAN_OPTION, NUMBER_OPTION = 3, 4, 5, 10
APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
BUTTON = 2
ATTACHMENT_OPTION = 11
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


def snowflake() -> int:
    """A fresh, time-ordered Discord ID."""
    milliseconds = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (milliseconds << 22) | (next(_increment) % 4096)


def timestamp() -> str:
    """The current time in Discord's ISO 8601 form."""
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class World:
    """The one guild the fake knows: its IDs and names. The application ID is the bot user's ID, as on Discord."""

    bot_id: int = field(default_factory=snowflake)
    bot_name: str = "briefbot"
    guild_id: int = field(default_factory=snowflake)
    guild_name: str = "Briefing room"
    channel_id: int = field(default_factory=snowflake)
    channel_name: str = "questions"
    user_id: int = field(default_factory=snowflake)
    user_name: str = "asker"
    member_role_id: int = field(default_factory=snowflake)
    owner_id: int = field(default_factory=snowflake)

    @property
    def application_id(self) -> int:
        return self.bot_id

    def bot_user(self) -> Json:
        """The bot's user object as GET /users/@me and READY give it."""
        return {
            **_user(self.bot_id, self.bot_name),
            "bot": True,
            "verified": True,
            "mfa_enabled": False,
            "flags": 0,
            "email": None,
        }

    def asking_user(self) -> Json:
        return _user(self.user_id, self.user_name)

    def application(self) -> Json:
        """GET /oauth2/applications/@me."""
        return {
            "id": str(self.application_id),
            "name": self.bot_name,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot_public": False,
            "bot_require_code_grant": False,
            "verify_key": secrets.token_hex(32),
            "flags": 0,
            "owner": _user(self.owner_id, "owner"),
            "team": None,
            "bot": self.bot_user(),
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "tags": [],
        }

    def member(self, user: Json, roles: list[int] | None = None, *, with_user: bool = True) -> Json:
        """A guild member; message events carry it without the ``user`` key."""
        data: Json = {
            "roles": [str(role) for role in (roles or [])],
            "nick": None,
            "avatar": None,
            "joined_at": timestamp(),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = user
        return data

    def channel(self) -> Json:
        return {
            "id": str(self.channel_id),
            "type": TEXT_CHANNEL,
            "guild_id": str(self.guild_id),
            "name": self.channel_name,
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
        }

    def roles(self) -> list[Json]:
        return [
            _role(self.guild_id, "@everyone", MEMBER_PERMISSIONS, position=0),
            _role(self.member_role_id, "members", MEMBER_PERMISSIONS, position=1),
        ]

    def members(self) -> list[Json]:
        return [
            self.member(self.bot_user(), [self.member_role_id]),
            self.member(self.asking_user(), [self.member_role_id]),
        ]

    def guild(self) -> Json:
        """The full GUILD_CREATE payload: a text channel, roles, and members for the bot and one user."""
        return {
            "id": str(self.guild_id),
            "name": self.guild_name,
            "icon": None,
            "owner_id": str(self.owner_id),
            "unavailable": False,
            "large": False,
            "member_count": 2,
            "joined_at": timestamp(),
            "features": [],
            "preferred_locale": "en-US",
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "system_channel_id": None,
            "roles": self.roles(),
            "emojis": [],
            "stickers": [],
            "channels": [self.channel()],
            "threads": [],
            "members": self.members(),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def ready(self, session_id: str, resume_gateway_url: str, shard: list[int] | None = None) -> Json:
        """The READY dispatch: the bot user, its application, and the guild as unavailable (GUILD_CREATE follows)."""
        data: Json = {
            "v": 10,
            "user": self.bot_user(),
            "guilds": [{"id": str(self.guild_id), "unavailable": True}],
            "session_id": session_id,
            "session_type": "normal",
            "resume_gateway_url": resume_gateway_url,
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "_trace": ["fake-discord"],
        }
        if shard is not None:
            data["shard"] = shard
        return data

    def mention_message(self, text: str, *, content: str | None = None) -> Json:
        """MESSAGE_CREATE from the user: ``<@BOT_ID> text``, with the bot in ``mentions``."""
        bot_mention = {**_user(self.bot_id, self.bot_name), "bot": True}
        bot_mention["member"] = self.member(bot_mention, [self.member_role_id], with_user=False)
        return {
            "id": str(snowflake()),
            "type": 0,
            "channel_id": str(self.channel_id),
            "guild_id": str(self.guild_id),
            "author": self.asking_user(),
            "member": self.member(self.asking_user(), [self.member_role_id], with_user=False),
            "content": f"<@{self.bot_id}> {text}" if content is None else content,
            "timestamp": timestamp(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [bot_mention],
            "mention_roles": [],
            "mention_channels": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "reactions": [],
            "pinned": False,
            "flags": 0,
            "nonce": str(snowflake()),
        }

    def slash_command(
        self,
        name: str,
        options: dict[str, Any] | list[Json],
        *,
        command_id: int,
        command_guild_id: int | None,
        permissions: int = MEMBER_PERMISSIONS,
        resolved: Json | None = None,
    ) -> Json:
        """INTERACTION_CREATE for a chat-input command typed by the user in the guild's text channel."""
        data: Json = {
            "id": str(command_id),
            "name": name,
            "type": 1,
            "options": options if isinstance(options, list) else command_options(options),
        }
        if resolved:
            data["resolved"] = resolved
        if command_guild_id is not None:
            data["guild_id"] = str(command_guild_id)
        return self._interaction(APPLICATION_COMMAND, data, permissions)

    def button_press(self, message: Json, custom_id: str, permissions: int = MEMBER_PERMISSIONS) -> Json:
        """INTERACTION_CREATE for the user pressing the button ``custom_id`` under ``message``."""
        data = {"custom_id": custom_id, "component_type": BUTTON}
        return {**self._interaction(MESSAGE_COMPONENT, data, permissions), "message": message}

    def _interaction(self, kind: int, data: Json, permissions: int) -> Json:
        member = self.member(self.asking_user(), [self.member_role_id])
        member["permissions"] = str(permissions)
        return {
            "id": str(snowflake()),
            "application_id": str(self.application_id),
            "type": kind,
            "data": data,
            "guild_id": str(self.guild_id),
            "guild": {"id": str(self.guild_id), "locale": "en-US", "features": []},
            "channel_id": str(self.channel_id),
            "channel": {**self.channel(), "permissions": str(permissions)},
            "member": member,
            "token": "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48),
            "version": 1,
            "app_permissions": str(MEMBER_PERMISSIONS),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)},
            "context": 0,
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }

    def posted_message(self, body: Json, channel_id: int, *, webhook_id: int | None = None) -> Json:
        """The message object Discord answers a message post with, built from what the client sent."""
        reference = body.get("message_reference")
        message: Json = {
            "id": str(snowflake()),
            "type": 19 if reference else 0,
            "channel_id": str(channel_id),
            "author": {**_user(self.bot_id, self.bot_name), "bot": True},
            "content": body.get("content") or "",
            "timestamp": timestamp(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "pinned": False,
            "flags": body.get("flags") or 0,
        }
        if channel_id == self.channel_id:
            message["guild_id"] = str(self.guild_id)
        if reference:
            message["message_reference"] = {**reference, "channel_id": str(channel_id), "type": 0}
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
            message["application_id"] = str(self.application_id)
        return message


def command_options(values: dict[str, Any]) -> list[Json]:
    """Interaction options from ``{name: value}``; the option type follows the Python type of the value."""
    options = []
    for name, value in values.items():
        if isinstance(value, bool):
            kind = BOOLEAN_OPTION
        elif isinstance(value, int):
            kind = INTEGER_OPTION
        elif isinstance(value, float):
            kind = NUMBER_OPTION
        else:
            kind, value = STRING_OPTION, str(value)
        options.append({"name": name, "type": kind, "value": value})
    return options


def error_body(code: int, message: str) -> Json:
    """Discord's JSON error body."""
    return {"message": message, "code": code}


def _user(user_id: int, name: str) -> Json:
    return {
        "id": str(user_id),
        "username": name,
        "global_name": None,
        "discriminator": "0",
        "avatar": None,
        "public_flags": 0,
    }


def _role(role_id: int, name: str, permissions: int, *, position: int) -> Json:
    return {
        "id": str(role_id),
        "name": name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }
