"""``briefbot discord``: check the token, make sure an index is ready, then run the bot (or only sync)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from pathlib import Path

import aiohttp
import discord

from bot.discord.client import BriefbotClient, invite_url, synced_text
from bot.discord.options import BotOptions
from bot.discord_endpoint import point_discord_at
from bot.logging_setup import configure_logging, redact_secrets
from bot.remedies import for_terminal
from bot.settings import Settings, open_library
from index import (
    BriefbotError,
    IndexCorruptError,
    IndexVersionError,
    Library,
    Notify,
    Progress,
    SearcherHolder,
)

log = logging.getLogger("briefbot.discord")

NO_TOKEN = (
    "no Discord token: set DISCORD_TOKEN (or BRIEFBOT_DISCORD_TOKEN) in the environment or in .env; "
    "docs/discord.md shows where to find it"
)
BAD_TOKEN = "Discord rejected the token: check DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token)"


def run_discord(
    settings: Settings,
    corpus_dir: Path,
    index_dir: Path,
    *,
    sync_only: bool,
    notify: Notify,
    progress: Progress | None = None,
) -> int:
    """Run the bot until interrupted (or sync the slash commands and stop); returns the exit code. A problem that
    stops the bot is noted as one line starting ``error:``."""
    if settings.discord_token is None:
        notify(f"error: {NO_TOKEN}")
        return 2
    token = settings.discord_token.get_secret_value()
    handler = configure_logging(settings.log_level, secrets=(token,))

    def shown(message: str) -> None:  # every line shown, Discord's own errors included, without the token
        notify(redact_secrets(message, (token,)))

    if settings.discord_api_base:
        point_discord_at(settings.discord_api_base)
        log.warning("talking to a stand-in for Discord at %s (BRIEFBOT_DISCORD_API_BASE)", settings.discord_api_base)
    try:
        library = open_library(settings, corpus_dir, index_dir)
        holder = library.holder()
        if not sync_only:
            _prepare_index(library, holder, shown, progress)
        client = BriefbotClient(holder, BotOptions.from_settings(settings), sync_only=sync_only)
        return _connect(client, token, shown)
    finally:
        logging.getLogger().removeHandler(handler)


def _connect(client: BriefbotClient, token: str, notify: Notify) -> int:
    """Run the client until it stops; a problem with Discord is noted as one line, and the exit code returned."""
    try:
        asyncio.run(_serve(client, token))
    except KeyboardInterrupt:
        notify("stopped")  # Ctrl-C is how the bot is meant to be stopped: not an error
        return 0
    except discord.LoginFailure:
        notify(f"error: {BAD_TOKEN}")
        return 1
    except discord.PrivilegedIntentsRequired:
        notify(
            "error: Discord refused an intent the bot asked for; enable it in the Developer Portal "
            "(Bot → Privileged Intents)"
        )
        return 1
    except discord.HTTPException as error:
        notify(f"error: Discord returned an error: {error.status} {error.text or ''}".strip())
        return 1
    except (OSError, aiohttp.ClientError) as error:
        notify(f"error: cannot reach Discord: {error or type(error).__name__}; check the network and try again")
        return 1
    if client.sync_only:  # reported here once; the client does not log the sync as well
        notify(synced_text(client.synced, client.options.guild_id))
        if client.application_id is not None:
            notify(f"invite link: {invite_url(client.application_id)}")
    return 0


def _prepare_index(library: Library, holder: SearcherHolder, notify: Notify, progress: Progress | None) -> None:
    """Bring the index up to date and load it. A damaged index, or one of another briefbot version (which that
    version may be keeping current), is reported and the bot starts without it until it is rebuilt."""
    try:
        library.check_version()
        library.ensure_current(notify, progress)
        holder.load()
    except (IndexCorruptError, IndexVersionError) as error:
        notify(
            f"warning: {for_terminal(error)}; the bot starts without an index and loads one as soon as it is rebuilt"
        )
        with contextlib.suppress(BriefbotError):
            holder.load()  # records why there is no index, for /about and the apologies


async def _serve(client: BriefbotClient, token: str) -> None:
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError):  # a service manager stops the bot with SIGTERM
        loop.add_signal_handler(signal.SIGTERM, lambda: loop.create_task(client.close()))
    async with client:
        if client.sync_only:
            await client.login(token)
        else:
            await client.start(token)
