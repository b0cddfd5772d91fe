"""Warnings for Discord's HTTP troubles that discord.py handles quietly (rate limits, server errors).

A trace hook logs a warning for each 429 or 5xx answer and each request that could not be sent, naming the
route (interaction tokens taken out) and, for a rate limit, its scope and the wait.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import aiohttp

from bot.discord_endpoint import API_PATH
from bot.logging_setup import redact_interaction_tokens

log = logging.getLogger("briefbot.discord")


def http_warning_trace() -> aiohttp.TraceConfig:
    """An aiohttp trace configuration that logs Discord's rate limits, server errors and failed requests."""
    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(_on_request_end)
    trace.on_request_exception.append(_on_request_exception)
    return trace


def route_of(url: Any) -> str:
    """The API route of a request address, without the API prefix and with interaction tokens taken out."""
    path = getattr(url, "path", None) or str(url)
    return redact_interaction_tokens(path.removeprefix(API_PATH) or "/")


def rate_limit_text(headers: Any) -> str:
    """How a 429 answer describes itself: its scope (global, per route, shared) and the wait before a retry."""
    if str(headers.get("X-RateLimit-Global", "")).lower() == "true":
        scope = "global"
    else:
        scope = {"user": "per route", "shared": "shared route"}.get(headers.get("X-RateLimit-Scope", ""), "per route")
    try:
        seconds = float(headers.get("X-RateLimit-Reset-After") or headers.get("Retry-After"))
    except (TypeError, ValueError):  # no wait given, or not a number
        return f"{scope} rate limit"
    return f"{scope} rate limit, Discord asks to wait {seconds:g} s"


async def _on_request_end(
    session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestEndParams
) -> None:
    status = params.response.status
    if status == 429:
        limit = rate_limit_text(params.response.headers)
        log.warning("Discord rate-limited %s %s (%s)", params.method, route_of(params.url), limit)
    elif status >= 500:
        reason = params.response.reason or "server error"
        log.warning("Discord answered %s %s with HTTP %d %s", params.method, route_of(params.url), status, reason)


async def _on_request_exception(
    session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestExceptionParams
) -> None:
    error = params.exception
    log.warning(
        "a request to Discord failed: %s %s: %s", params.method, route_of(params.url), error or type(error).__name__
    )
