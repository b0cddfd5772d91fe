"""Point discord.py at a local stand-in for Discord, for tests only.

discord.py builds every HTTP URL from ``discord.http.Route.BASE`` and opens its first gateway connection at
``DiscordWebSocket.DEFAULT_GATEWAY``: switching both sends all traffic to the given server. Only loopback
addresses are accepted, so the token cannot be sent anywhere else.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

API_PATH = "/api/v10"


def loopback_base(url: str) -> str:
    """``url`` without a trailing slash when it is a bare ``http://`` origin on a loopback host; else ValueError."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"must start with http:// or https://, not {parts.scheme or 'nothing'}")
    if parts.username is not None or parts.password is not None:
        raise ValueError("must not carry a user name or password")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError("must be a bare origin such as http://127.0.0.1:8080, with no path or query")
    host = parts.hostname or ""
    if not _is_loopback(host):
        raise ValueError(f"host {host or '(none)'!r} is not a loopback address; only 127.0.0.1, ::1 or localhost")
    try:
        port = parts.port
    except ValueError as error:
        raise ValueError(f"bad port: {error}") from None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{parts.scheme}://{netloc}"


def point_discord_at(base_url: str) -> None:
    """Send discord.py's API calls to ``base_url + /api/v10`` and its gateway to ``base_url`` (ws://), for every
    client of this process; ``base_url`` must be a loopback origin."""
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    base = loopback_base(base_url)
    Route.BASE = base + API_PATH
    # The gateway: the same origin with a websocket scheme (http:// -> ws://, https:// -> wss://).
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL("ws" + base.removeprefix("http") + "/")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
