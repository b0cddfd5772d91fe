"""/ask, /reindex, /about and /help, driven through their callbacks with real discord.py objects."""

import asyncio
import logging
import threading

import discord
import pytest

from bot.discord.cog import AnswersCog, cooldown_text
from bot.discord.failures import APOLOGY, BUSY, no_index_text
from bot.discord.options import BotOptions
from bot.discord.views import AnswerView
from bot.question import discord_answer
from index.errors import BriefbotError
from index.holder import SearcherHolder
from index.library import Library
from index.store import load_index
from tests.bot.discord.fakes import fake_interaction, http_error
from tests.bot.discord_payload import document_buttons_named, limit_problems, quoted
from tests.bot.searchers import BrokenSearcher, GatedSearcher
from tests.conftest import write

MANAGER = discord.Permissions(manage_guild=True)


async def ask(cog, question, user_id=42):
    interaction = fake_interaction(user_id)
    interaction.command = cog.ask
    await cog.ask.callback(cog, interaction, question=question)
    return interaction


def payload_of(kwargs):
    """A recorded send as the JSON Discord would receive (content, embeds, allowed mentions)."""
    return {
        "content": kwargs["content"],
        "embeds": [embed.to_dict() for embed in kwargs.get("embeds", [])],
        "allowed_mentions": kwargs["allowed_mentions"].to_dict(),
    }


async def test_ask_defers_then_answers_with_quoted_passages_and_buttons(cog, corpus):
    interaction = await ask(cog, "convoy near Raqqa")
    (name, deferred), (sent_name, sent) = interaction.recorder.calls
    assert (name, deferred) == ("defer", {"thinking": True})
    assert sent_name == "followup.send" and sent["wait"] is True
    payload = payload_of(sent)
    assert limit_problems(payload) == []
    assert payload["content"] == "**Asked:** convoy near Raqqa"
    assert len(payload["embeds"]) == 2, "a page of per_page passages"
    corpus_text = " ".join(" ".join(p.read_text().split()) for p in corpus.rglob("*.*"))
    for embed in payload["embeds"]:
        assert quoted(embed["description"]) in corpus_text
    view = sent["view"]
    assert isinstance(view, AnswerView) and view.asker_id == 42
    assert [item.label for item in view.children] == ["Back", "More", "Context", *document_buttons_named(payload)]
    assert all(isinstance(item, discord.ui.Button) for item in view.children)


async def test_the_bot_sends_exactly_what_the_preview_prints(cog):
    interaction = await ask(cog, "convoy near Raqqa")
    (sent,) = interaction.recorder.named("followup.send")
    _, preview = discord_answer(cog.holder.current(), "convoy near Raqqa", cog.options.per_page)
    expected = preview.to_dict()
    assert payload_of(sent) == {key: expected[key] for key in ("content", "embeds", "allowed_mentions")}
    assert sent["view"].to_components() == expected["components"]


async def test_the_view_is_attached_to_the_sent_message_and_times_out_cleanly(cog):
    interaction = await ask(cog, "convoy near Raqqa")
    view = interaction.recorder.named("followup.send")[0]["view"]
    await view.on_timeout()
    assert interaction.recorder.named("message.edit") == [{"view": None}]


async def test_nothing_found_is_said_plainly_without_buttons(cog):
    interaction = await ask(cog, "zebra giraffe")
    (sent,) = interaction.recorder.named("followup.send")
    assert "view" not in sent
    assert sent["embeds"][0].title == "Nothing found"


async def test_a_hostile_question_is_searched_and_echoed_without_pinging(cog):
    question = "@everyone <@&123456789012345678> **con\u200bvoy** ```Raqqa```"
    interaction = await ask(cog, question)
    payload = payload_of(interaction.recorder.named("followup.send")[0])
    assert payload["allowed_mentions"] == {"parse": []}
    assert "@everyone" not in payload["content"] and "\\<@&" in payload["content"]
    assert payload["embeds"][0]["title"] != "Nothing found", "zero-width characters do not split words"


async def test_a_blank_question_is_answered_privately_with_why_and_not_searched(cog):
    refused = await ask(cog, " \u200b ")
    assert refused.recorder.named("defer") == []
    (notice,) = refused.recorder.named("send_message")
    assert notice["ephemeral"] is True and notice["content"] == "The question is empty."
    assert (await ask(cog, " convoy ")).recorder.named("defer"), "a question with words is searched"


async def test_an_overlong_question_is_refused_privately_as_a_mention_is_and_one_at_the_limit_is_searched(cog):
    at_limit = ("convoy " * 150)[:1000]
    refused = await ask(cog, at_limit + " Raqqa")
    assert refused.recorder.named("defer") == []
    (notice,) = refused.recorder.named("send_message")
    assert notice["ephemeral"] is True
    assert notice["content"] == "The question is too long (1,006 characters; at most 1,000)."
    assert (await ask(cog, at_limit, user_id=7)).recorder.named("defer"), "a question at the limit is searched"
    spaced = await ask(cog, f"  {at_limit.replace(' ', '   ')}\u200b  ", user_id=8)
    assert spaced.recorder.named("defer"), "spaces around and between words, invisible characters: not counted"


async def test_cooldown_refuses_politely_and_privately_after_the_allowance(cog):
    for _ in range(3):
        assert (await ask(cog, "convoy")).recorder.named("defer")
    refused = await ask(cog, "convoy")
    assert refused.recorder.named("defer") == []
    (notice,) = refused.recorder.named("send_message")
    assert notice["ephemeral"] is True
    assert notice["content"].startswith("You are asking quickly: please wait")
    assert notice["allowed_mentions"].to_dict() == {"parse": []}
    other = await ask(cog, "convoy", user_id=43)
    assert other.recorder.named("defer"), "the cooldown is per person"


def test_cooldown_text_names_the_wait_and_the_allowance():
    assert cooldown_text(12.4, 3, 30) == (
        "You are asking quickly: please wait 12 s before the next question (up to 3 questions every 30 s per person)."
    )


@pytest.fixture
def gated(corpus, index_dir):
    release, entered = threading.Event(), threading.Semaphore(0)
    library = Library(corpus, index_dir)
    holder = SearcherHolder(library, open_searcher=lambda d: GatedSearcher(load_index(d), release, entered))
    holder.load()
    yield holder, release, entered
    release.set()


async def test_searches_run_off_the_event_loop(gated, options):
    holder, release, entered = gated
    cog = AnswersCog(None, holder, options)
    asking = asyncio.create_task(ask(cog, "convoy"))
    assert await asyncio.to_thread(entered.acquire, True, 10), "the search started in a thread"
    about = fake_interaction()
    await asyncio.wait_for(cog.about.callback(cog, about), 2)
    assert about.recorder.named("send_message"), "the loop answered /about while the search was blocked"
    assert not asking.done()
    release.set()
    interaction = await asking
    assert interaction.recorder.named("followup.send")


async def test_concurrent_searches_are_bounded_and_a_long_wait_gets_an_apology(gated):
    holder, release, entered = gated
    options = BotOptions(per_page=2, max_searches=2, search_wait=0.3, cooldown_questions=10)
    cog = AnswersCog(None, holder, options)
    first = [asyncio.create_task(ask(cog, "convoy", user_id=n)) for n in (1, 2)]
    for _ in range(2):
        assert await asyncio.to_thread(entered.acquire, True, 10)
    waiting = await ask(cog, "convoy", user_id=3)
    (apology,) = waiting.recorder.named("followup.send")
    assert apology["content"] == BUSY
    release.set()
    for task in first:
        assert (await task).recorder.named("followup.send")[0]["embeds"]
    later = await ask(cog, "convoy", user_id=4)
    assert later.recorder.named("followup.send")[0]["embeds"], "the slots were given back"


async def test_no_index_is_an_apology_that_says_what_to_do(corpus, tmp_path, options, caplog):
    holder = SearcherHolder(Library(corpus, tmp_path / "missing"))
    with pytest.raises(BriefbotError):
        holder.load()  # records why there is no index
    cog = AnswersCog(None, holder, options)
    with caplog.at_level(logging.WARNING, logger="briefbot.discord"):
        interaction = await ask(cog, "convoy")
    (sent,) = interaction.recorder.named("followup.send")
    assert sent["content"] == no_index_text(holder.problem)
    assert sent["content"].startswith("Sorry, I cannot search right now: no index in ")
    assert "briefbot index build" not in sent["content"], "no shell command for a person in Discord"
    assert "Manage Server permission can rebuild it from here with /reindex" in sent["content"]
    assert "command=ask user=42 guild=7 channel=99" in caplog.text


async def test_an_unexpected_error_is_logged_with_context_and_answered_with_an_apology(
    corpus, index_dir, options, caplog
):
    holder = SearcherHolder(Library(corpus, index_dir), open_searcher=lambda d: BrokenSearcher(load_index(d)))
    holder.load()
    cog = AnswersCog(None, holder, options)
    with caplog.at_level(logging.ERROR, logger="briefbot.discord"):
        interaction = await ask(cog, "convoy")
    assert interaction.recorder.named("followup.send")[0]["content"] == APOLOGY
    (record,) = caplog.records
    assert "command=ask user=42" in record.getMessage()
    assert "disk on fire" in str(record.exc_info[1])


async def test_an_expired_interaction_is_logged_and_the_bot_carries_on(cog, caplog):
    interaction = fake_interaction()
    interaction.command = cog.ask
    interaction.recorder.fail_with = http_error(discord.NotFound, 404, 10062, "Unknown interaction")
    with caplog.at_level(logging.WARNING, logger="briefbot.discord"):
        await cog.ask.callback(cog, interaction, question="convoy")
    assert "expired" in caplog.text and "command=ask" in caplog.text
    assert interaction.recorder.named("followup.send") == []


async def test_missing_permissions_when_sending_are_logged_and_apologised_for(cog, caplog):
    interaction = fake_interaction()
    interaction.command = cog.ask
    original_send = interaction.followup.send
    failures = [http_error(discord.Forbidden, 403, 50013, "Missing Permissions")]

    async def send(content=None, **kwargs):
        if failures:
            interaction.recorder.record("followup.send", {"content": content, **kwargs, "failed": True})
            raise failures.pop()
        return await original_send(content, **kwargs)

    interaction.followup.send = send
    with caplog.at_level(logging.ERROR, logger="briefbot.discord"):
        await cog.ask.callback(cog, interaction, question="convoy")
    assert "Discord refused for lack of permissions (command=ask user=42" in caplog.text
    assert "lack a permission" in interaction.recorder.named("followup.send")[-1]["content"]


async def test_reindex_is_refused_without_manage_server(cog, index_dir):
    before = cog.holder.current()
    interaction = fake_interaction(permissions=discord.Permissions(send_messages=True, manage_messages=True))
    await cog.reindex.callback(cog, interaction)
    (refusal,) = interaction.recorder.named("send_message")
    assert refusal["ephemeral"] is True and "Manage Server" in refusal["content"]
    assert cog.holder.current() is before


async def test_reindex_rebuilds_and_swaps_the_index_in(cog, corpus):
    write(corpus, "new.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
    before = cog.holder.current()
    interaction = fake_interaction(permissions=MANAGER)
    await cog.reindex.callback(cog, interaction)
    assert interaction.recorder.named("defer") == [{"thinking": True, "ephemeral": True}]
    (done,) = interaction.recorder.named("followup.send")
    assert done["content"].startswith("Rebuilt the index: indexed 3 files")
    assert cog.holder.current() is not before
    answered = await ask(cog, "spillway")
    assert "spillway" in answered.recorder.named("followup.send")[0]["embeds"][0].description


async def test_reindex_names_skipped_files_in_the_log_only(cog, corpus, caplog):
    write(corpus, "private/empty-notes.txt", "")
    interaction = fake_interaction(permissions=MANAGER)
    with caplog.at_level(logging.INFO, logger="briefbot.discord"):
        await cog.reindex.callback(cog, interaction)
    (done,) = interaction.recorder.named("followup.send")
    assert "Skipped 1 (the bot's log names the files):" in done["content"]
    assert "empty-notes" not in done["content"] and str(corpus) not in done["content"]
    assert "reindex skipped private/empty-notes.txt: " in caplog.text


async def test_administrators_may_reindex_too(cog):
    interaction = fake_interaction(permissions=discord.Permissions(administrator=True))
    await cog.reindex.callback(cog, interaction)
    assert interaction.recorder.named("followup.send")[0]["content"].startswith("Rebuilt the index")


async def test_a_failed_reindex_keeps_the_previous_index(cog, corpus, caplog):
    before = cog.holder.current()
    cog.holder.library.corpus_dir = corpus.parent / "gone"
    interaction = fake_interaction(permissions=MANAGER)
    with caplog.at_level(logging.ERROR, logger="briefbot.discord"):
        await cog.reindex.callback(cog, interaction)
    (sent,) = interaction.recorder.named("followup.send")
    assert sent["content"].startswith("The rebuild failed: corpus folder")
    assert "previous index" in sent["content"]
    assert cog.holder.current() is before
    assert "reindex failed" in caplog.text


async def test_reindex_while_a_rebuild_runs_says_so(cog, corpus):
    inside, release = threading.Event(), threading.Event()

    def slow(done, total, name):
        inside.set()
        release.wait(10)

    worker = asyncio.create_task(asyncio.to_thread(cog.holder.rebuild, slow))
    assert await asyncio.to_thread(inside.wait, 10)
    interaction = fake_interaction(permissions=MANAGER)
    await cog.reindex.callback(cog, interaction)
    release.set()
    await worker
    assert "already running" in interaction.recorder.named("send_message")[0]["content"]


def test_reindex_is_hidden_from_members_without_manage_server_and_only_in_servers(cog):
    tree = cog.bot.tree
    data = cog.reindex.to_dict(tree)
    assert int(data["default_member_permissions"]) == discord.Permissions(manage_guild=True).value == 32
    assert cog.reindex.guild_only is True
    ask_option = cog.ask.to_dict(tree)["options"][0]
    assert ask_option["name"] == "question" and ask_option["required"] is True
    assert ask_option["max_length"] == 1000 and ask_option["min_length"] == 1


async def test_about_and_help_tell_what_the_bot_answers_from(cog):
    for command in (cog.about, cog.help):
        interaction = fake_interaction()
        await command.callback(cog, interaction)
        (sent,) = interaction.recorder.named("send_message")
        assert sent["ephemeral"] is True
        (embed,) = sent["embeds"]
        assert "**2 documents**" in embed.description
        assert {f.name for f in embed.fields} >= {"Index", "How to ask", "Buttons"}


async def test_about_without_an_index_says_why(corpus, tmp_path, options):
    holder = SearcherHolder(Library(corpus, tmp_path / "missing"))
    cog = AnswersCog(None, holder, options)
    interaction = fake_interaction()
    await cog.about.callback(cog, interaction)
    assert "no index is loaded right now" in interaction.recorder.named("send_message")[0]["embeds"][0].description


async def test_as_many_searches_run_at_once_as_the_setting_allows(gated):
    holder, release, entered = gated
    count = 12  # more than asyncio's default thread pool has threads on a small machine
    cog = AnswersCog(None, holder, BotOptions(per_page=2, max_searches=count, search_wait=5, cooldown_questions=10))
    tasks = [asyncio.create_task(ask(cog, "convoy", user_id=n)) for n in range(count)]
    try:
        for _ in range(count):
            assert await asyncio.to_thread(entered.acquire, True, 10), "every search got a thread of its own"
    finally:
        release.set()
    for task in tasks:
        assert (await task).recorder.named("followup.send")[0]["embeds"]
    await cog.cog_unload()
