"""How Discord's rate limits and server errors are described in the bot's warnings."""

import yarl

from bot.discord.http_warnings import rate_limit_text, route_of


def test_a_route_is_shown_without_the_api_prefix_and_without_interaction_tokens():
    url = yarl.URL("https://discord.com/api/v10/webhooks/42/aW50ZXJhY3Rpb24secret/messages/@original?wait=true")
    assert route_of(url) == "/webhooks/42/[redacted]/messages/@original"
    assert route_of(yarl.URL("http://127.0.0.1:5/api/v10/channels/7/messages")) == "/channels/7/messages"


def test_a_rate_limit_names_its_scope_and_the_wait():
    per_route = {"X-RateLimit-Scope": "user", "X-RateLimit-Reset-After": "0.250", "Retry-After": "1"}
    assert rate_limit_text(per_route) == "per route rate limit, Discord asks to wait 0.25 s"
    shared = {"X-RateLimit-Scope": "shared", "Retry-After": "3"}
    assert rate_limit_text(shared) == "shared route rate limit, Discord asks to wait 3 s"
    global_limit = {"X-RateLimit-Global": "true", "X-RateLimit-Scope": "global", "Retry-After": "2"}
    assert rate_limit_text(global_limit) == "global rate limit, Discord asks to wait 2 s"
    assert rate_limit_text({}) == "per route rate limit"
    assert rate_limit_text({"Retry-After": "soon"}) == "per route rate limit"
