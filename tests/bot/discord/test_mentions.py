"""Questions asked by mentioning the bot, driven through discord.py's real message pipeline with dpytest."""

import asyncio
from types import SimpleNamespace

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import callbacks

from bot.discord.client import BriefbotClient
from bot.discord.cog import HOW_TO_ASK, NEEDS_EMBEDS, AnswersCog
from bot.discord.mentions import addressed_question
from bot.discord.options import BotOptions
from tests.bot.discord_payload import document_buttons_named, limit_problems


@pytest.fixture
async def bot(holder):
    """The bot on dpytest's fake connection; every message payload it sends or edits is recorded."""
    options = BotOptions(per_page=2, cooldown_questions=2, cooldown_seconds=60, buttons_timeout=0.3)
    intents = discord.Intents.default()
    intents.members = True  # dpytest needs members to make its fake users
    client = BriefbotClient(holder, options, intents=intents)
    await client._async_setup_hook()
    await client.add_cog(AnswersCog(client, holder, options))
    dpytest.configure(client)
    dpytest.backend.get_state().loop = asyncio.get_running_loop()  # the typing indicator needs it
    client.sent, client.edits = [], []
    fake_send = client.http.send_message

    async def send_message(channel_id, *, params):
        channel = client.get_channel(channel_id)  # noqa: F841 (dpytest reads the channel from this frame)
        client.sent.append(params.payload)
        return await fake_send(channel_id, params=params)

    async def edited(channel, message, fields):
        client.edits.append(fields["params"].payload)

    client.http.send_message = send_message
    callbacks.set_callback(edited, "edit_message")
    yield client
    callbacks.remove_callback("edit_message")
    await dpytest.empty_queue()


async def test_a_mention_with_a_question_is_answered_as_a_reply_that_pings_no_one(bot):
    asked = await dpytest.message(f"<@{bot.user.id}> convoy near Raqqa @everyone")
    (payload,) = bot.sent
    assert payload["message_reference"]["message_id"] == asked.id
    assert payload["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert payload["content"].split("\n")[0] == "**Asked:** convoy near Raqqa @\u200beveryone"
    assert len(payload["embeds"]) == 2
    assert limit_problems(payload) == []
    labels = [button["label"] for row in payload["components"] for button in row["components"]]
    assert labels == ["Back", "More", "Context", *document_buttons_named(payload)]
    reply = dpytest.get_message()
    assert "\n> " in "\n" + reply.embeds[0].description


async def test_other_messages_in_the_channel_are_not_read(bot):
    await dpytest.message("convoy near Raqqa")
    await dpytest.message("a message about the bot, not to it: briefbot is great")
    assert bot.sent == []
    assert dpytest.sent_queue.empty()


async def test_without_embed_links_the_bot_says_so_in_plain_text(bot):
    channel = dpytest.get_config().channels[0]
    await dpytest.set_permission_overrides(channel.guild.default_role, channel, embed_links=False)
    await dpytest.message(f"<@{bot.user.id}> convoy")
    (payload,) = bot.sent
    assert payload["content"] == NEEDS_EMBEDS and payload["embeds"] == []


async def test_a_bare_mention_explains_how_to_ask(bot):
    await dpytest.message(f"<@{bot.user.id}>")
    await dpytest.message(f"<@{bot.user.id}> \u200b\u2060")
    assert [payload["content"] for payload in bot.sent] == [HOW_TO_ASK] * 2, "invisible characters ask nothing"


async def test_an_overlong_mention_is_answered_with_why_and_not_searched(bot):
    await dpytest.message(f"<@{bot.user.id}> " + "convoy " * 150)
    (payload,) = bot.sent
    assert payload["content"] == "The question is too long (1,049 characters; at most 1,000)."
    assert payload["embeds"] == [] and payload["allowed_mentions"]["parse"] == []
    await dpytest.message(f"<@{bot.user.id}> " + ("convoy " * 150)[:1000])
    assert len(bot.sent[-1]["embeds"]) == 2, "a question at the limit is answered"


async def test_a_person_asking_too_fast_gets_a_polite_wait(bot):
    for _ in range(3):
        await dpytest.message(f"<@{bot.user.id}> convoy")
    assert bot.sent[-1]["content"].startswith("You are asking quickly")
    assert bot.sent[-1]["embeds"] == [] and bot.sent[-1]["allowed_mentions"]["parse"] == []


async def test_the_buttons_are_removed_when_the_view_times_out(bot):
    await dpytest.message(f"<@{bot.user.id}> convoy near Raqqa")
    assert bot.sent[0]["components"]
    for _ in range(50):
        if bot.edits:
            break
        await asyncio.sleep(0.05)
    (edit,) = bot.edits
    assert edit["components"] == [], "the timed-out view took its buttons off the reply"
    assert "embeds" not in edit and "content" not in edit, "the answer itself is left as it was"


def message(content, *, guild=True, role_id=None):
    role = SimpleNamespace(id=role_id) if role_id else None
    return SimpleNamespace(content=content, guild=SimpleNamespace(self_role=role) if guild else None)


ME = SimpleNamespace(id=111111111111111111)


@pytest.mark.parametrize(
    ("content", "guild", "expected"),
    [
        ("<@111111111111111111> when was Nusra struck?", True, "when was Nusra struck?"),
        ("Hey <@!111111111111111111>, convoy   near\nRaqqa?", True, "Hey , convoy near Raqqa?"),
        ("<@&222222222222222222> convoy", True, "convoy"),
        ("<@333333333333333333> convoy", True, None),
        ("just chatting about convoys", True, None),
        ("convoy in a direct message", False, "convoy in a direct message"),
        ("<@111111111111111111>", True, ""),
    ],
)
def test_the_question_is_what_follows_the_mention(content, guild, expected):
    assert addressed_question(message(content, guild=guild, role_id=222222222222222222), ME) == expected
