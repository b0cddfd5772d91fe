"""Failures the fake can answer with instead of success, shaped as Discord sends them."""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

from tests.fake_discord.payloads import error_body

MISSING_ACCESS = 50001
MISSING_PERMISSIONS = 50013
UNKNOWN_INTERACTION = 10062

_FORBIDDEN_MESSAGES = {MISSING_ACCESS: "Missing Access", MISSING_PERMISSIONS: "Missing Permissions"}
_SERVER_MESSAGES = {500: "500: Internal Server Error", 502: "502: Bad Gateway", 503: "503: Service Unavailable"}

# Cloudflare sits in front of Discord; discord.py treats a 429 without a Via header as a Cloudflare ban.
_VIA = {"Via": "1.1 google"}


@dataclass(frozen=True)
class Failure:
    """An HTTP answer to give instead of the real one: status, body (JSON or text) and headers."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    label: str = ""
    reset_after: float | None = None

    def response_headers(self) -> dict[str, str]:
        """The headers to send now (a rate limit's reset time is counted from the moment of answering)."""
        if self.reset_after is None:
            return dict(self.headers)
        return {**self.headers, "X-RateLimit-Reset": f"{time.time() + self.reset_after:.3f}"}


def server_error(status: int = 500) -> Failure:
    """An HTTP 5xx (500, 502, 503, 504 ...) with Discord's JSON body."""
    if not 500 <= status <= 599:
        raise ValueError(f"not a server error status: {status}")
    return Failure(
        status, error_body(0, _SERVER_MESSAGES.get(status, f"{status}: Server Error")), label=f"http {status}"
    )


def rate_limited(retry_after: float = 0.3, *, scope: str = "user", bucket: str = "fakebucket") -> Failure:
    """HTTP 429. ``scope`` is ``user`` or ``shared`` (a per-route limit) or ``global`` (all routes)."""
    if scope not in ("user", "shared", "global"):
        raise ValueError(f"unknown rate limit scope: {scope}")
    is_global = scope == "global"
    headers = {
        **_VIA,
        "Retry-After": str(max(1, math.ceil(retry_after))),
        "X-RateLimit-Scope": scope,
    }
    if is_global:
        headers["X-RateLimit-Global"] = "true"
    else:
        headers.update(
            {
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                "X-RateLimit-Bucket": bucket,
            }
        )
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global}
    if is_global:
        body["code"] = 0
    reset_after = None if is_global else retry_after
    return Failure(429, body, headers, label=f"429 {scope} {retry_after}s", reset_after=reset_after)


def forbidden(code: int = MISSING_PERMISSIONS) -> Failure:
    """HTTP 403: 50013 Missing Permissions (default) or 50001 Missing Access."""
    message = _FORBIDDEN_MESSAGES.get(code, "Forbidden")
    return Failure(403, error_body(code, message), label=f"403 {code}")


def unknown_interaction() -> Failure:
    """HTTP 404 code 10062, what an interaction callback gets after the 3-second window has passed."""
    return Failure(404, error_body(UNKNOWN_INTERACTION, "Unknown interaction"), label="404 10062")


def http_error(status: int, code: int, message: str) -> Failure:
    """Any other Discord error, e.g. ``http_error(400, 50035, "Invalid Form Body")``."""
    return Failure(status, error_body(code, message), label=f"{status} {code}")


@dataclass
class _Planned:
    method: str
    pattern: re.Pattern[str]
    failure: Failure
    remaining: int


class FailurePlan:
    """Failures waiting for their route: the next ``times`` matching requests get ``failure``."""

    def __init__(self) -> None:
        self._planned: list[_Planned] = []

    def add(self, method: str, path_pattern: str, failure: Failure, times: int = 1) -> None:
        if times < 1:
            raise ValueError("times must be at least 1")
        self._planned.append(_Planned(method.upper(), re.compile(path_pattern), failure, times))

    def take(self, method: str, path: str) -> Failure | None:
        """The failure to answer this request with, using one of its turns; None to answer normally."""
        for planned in self._planned:
            if planned.method == method and planned.pattern.fullmatch(path):
                planned.remaining -= 1
                if planned.remaining == 0:
                    self._planned.remove(planned)
                return planned.failure
        return None

    def pending(self) -> int:
        """How many planned failures have not been used yet."""
        return sum(planned.remaining for planned in self._planned)

    def clear(self) -> None:
        self._planned.clear()
