"""The test-only switch that points discord.py at a local stand-in for Discord, and its setting."""

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord_endpoint import loopback_base, point_discord_at
from bot.settings import load_settings
from index.errors import BriefbotError


@pytest.fixture
def restore_discord(monkeypatch):
    monkeypatch.setattr(Route, "BASE", Route.BASE)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", DiscordWebSocket.DEFAULT_GATEWAY)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
        (" http://localhost:9/ ", "http://localhost:9"),
        ("http://LOCALHOST:9", "http://localhost:9"),
        ("http://127.3.2.1", "http://127.3.2.1"),
        ("http://[::1]:8765", "http://[::1]:8765"),
        ("https://127.0.0.1:8443", "https://127.0.0.1:8443"),
    ],
)
def test_loopback_origins_are_accepted_and_normalised(given, expected):
    assert loopback_base(given) == expected


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("https://discord.com", "not a loopback address"),
        ("http://10.0.0.5:8765", "not a loopback address"),
        ("http://0.0.0.0:8765", "not a loopback address"),
        ("http://127.0.0.1.nip.io:8765", "not a loopback address"),
        ("http://localhost.example.com", "not a loopback address"),
        ("http://127.0.0.1@example.com", "user name or password"),
        ("http://user:secret@127.0.0.1:8765", "user name or password"),
        ("http://example.com#@127.0.0.1", "bare origin"),
        ("http://127.0.0.1:8765/api/v10", "bare origin"),
        ("http://127.0.0.1:8765?next=https://example.com", "bare origin"),
        ("ws://127.0.0.1:8765", "http:// or https://"),
        ("127.0.0.1:8765", "http:// or https://"),
        ("http://127.0.0.1:99999", "bad port"),
        ("http://", "not a loopback address"),
    ],
)
def test_anything_but_a_loopback_origin_is_refused(given, reason):
    with pytest.raises(ValueError, match=reason):
        loopback_base(given)


def test_the_gateway_lives_at_the_same_origin_with_a_websocket_scheme(restore_discord):
    point_discord_at("https://localhost:8443/")
    assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "wss://localhost:8443/"


def test_pointing_discord_sends_api_routes_and_the_gateway_to_the_origin(restore_discord):
    point_discord_at("http://127.0.0.1:8765/")
    assert Route("GET", "/users/@me").url == "http://127.0.0.1:8765/api/v10/users/@me"
    callback = Route("POST", "/interactions/{webhook_id}/{webhook_token}/callback", webhook_id=1, webhook_token="t")
    assert callback.url == "http://127.0.0.1:8765/api/v10/interactions/1/t/callback"
    assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:8765/"


def test_a_refused_address_leaves_discord_untouched(restore_discord):
    before = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    with pytest.raises(ValueError):
        point_discord_at("https://example.com")
    assert before == (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    assert Route.BASE == "https://discord.com/api/v10"


def test_the_setting_is_unset_by_default(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFBOT_DISCORD_API_BASE", raising=False)
    assert load_settings().discord_api_base is None
    monkeypatch.setenv("BRIEFBOT_DISCORD_API_BASE", "")
    assert load_settings().discord_api_base is None


def test_the_setting_takes_a_loopback_origin(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFBOT_DISCORD_API_BASE", "http://127.0.0.1:8765/")
    assert load_settings().discord_api_base == "http://127.0.0.1:8765"


def test_the_setting_refuses_other_hosts_in_one_line(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFBOT_DISCORD_API_BASE", "https://collector.example.com")
    with pytest.raises(BriefbotError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("bad setting BRIEFBOT_DISCORD_API_BASE:")
    assert "not a loopback address" in message and "\n" not in message
