"""The buttons under an answer, pressed through their real discord.py Button callbacks."""

import time

import discord
import pytest

from bot.discord.views import INTERACTION_TOKEN_SECONDS, NOT_YOURS, AnswerView
from bot.question import ask_in_pages
from bot.render.discord import build_reply
from tests.bot.discord.fakes import FakeMessage, Recorder, fake_interaction, http_error
from tests.bot.discord_payload import limit_problems
from tests.conftest import write


@pytest.fixture
def view(holder):
    searcher = holder.current()
    answer = ask_in_pages(searcher, "convoy near Raqqa trucks", 2)
    assert len(answer.hits) > 4, "the test corpus gives three pages"
    return AnswerView(answer, searcher, per_page=2, asker_id=42, reply=build_reply(answer, per_page=2), timeout=60)


def button(view, action):
    (found,) = [item for item in view.children if item.custom_id == f"briefbot:{action}"]
    return found


async def press(view, action, user_id=42):
    interaction = fake_interaction(user_id)
    assert await view.interaction_check(interaction)
    await button(view, action).callback(interaction)
    (edit,) = interaction.recorder.named("edit_message")
    assert edit["view"] is view
    payload = {
        "content": edit["content"],
        "embeds": [embed.to_dict() for embed in edit["embeds"]],
        "allowed_mentions": edit["allowed_mentions"].to_dict(),
    }
    assert limit_problems(payload) == []
    return edit


def ranks(edit):
    return [embed.author.name.split(" · ")[0] for embed in edit["embeds"]]


async def test_more_and_back_page_through_the_passages(view):
    assert button(view, "back").disabled and not button(view, "more").disabled
    edit = await press(view, "more")
    assert ranks(edit) == ["3", "4"]
    assert edit["allowed_mentions"].to_dict() == {"parse": []}
    assert not button(view, "back").disabled
    edit = await press(view, "back")
    assert ranks(edit) == ["1", "2"]
    assert button(view, "back").disabled


async def test_more_stops_at_the_last_page(view):
    pages = -(-len(view.answer.hits) // 2)
    for _ in range(pages + 2):
        edit = await press(view, "more")
    assert view.page == pages - 1
    assert button(view, "more").disabled
    assert edit["embeds"][-1].footer.text.endswith(f"page {pages} of {pages}")


async def test_context_shows_the_turns_around_the_top_passage_and_goes_back(view):
    top = view.answer.hits[0]
    edit = await press(view, "context")
    (embed,) = edit["embeds"]
    assert embed.title.startswith("Context: ")
    around = view.searcher.neighbours(top.passage_id, 2, 2)
    assert len(embed.description.split("\n\n")) >= len(around)
    assert button(view, "context").label == "Passages"
    assert not button(view, "back").disabled, "Back leaves the context"
    edit = await press(view, "context")
    assert ranks(edit) == ["1", "2"] and button(view, "context").label == "Context"


async def test_context_of_the_current_page_uses_its_first_passage(view):
    await press(view, "more")
    edit = await press(view, "context")
    third = view.answer.hits[2]
    assert third.source.title in edit["embeds"][0].title
    edit = await press(view, "back")
    assert ranks(edit) == ["3", "4"], "Back from the context returns to the same page"


async def test_only_the_asker_can_press(view):
    stranger = fake_interaction(user_id=7)
    assert await view.interaction_check(stranger) is False
    (notice,) = stranger.recorder.named("send_message")
    assert notice["content"] == NOT_YOURS and notice["ephemeral"] is True
    assert view.page == 0


async def test_timeout_removes_the_buttons_from_the_message(view):
    recorder = Recorder()
    view.attach(FakeMessage(recorder), token_bound=False)
    await view.on_timeout()
    assert recorder.named("message.edit") == [{"view": None}]


async def test_after_a_press_the_timeout_edits_through_the_newest_interaction(view):
    recorder = Recorder()
    view.attach(FakeMessage(recorder), token_bound=True)
    interaction = fake_interaction()
    await button(view, "more").callback(interaction)
    await view.on_timeout()
    assert interaction.recorder.named("edit_original_response") == [{"view": None}]
    assert recorder.named("message.edit") == []


async def test_timeout_on_a_deleted_message_is_quiet(view):
    recorder = Recorder()
    recorder.fail_with = http_error(discord.NotFound, 404, 10008, "Unknown Message")
    view.attach(FakeMessage(recorder), token_bound=False)
    await view.on_timeout()
    assert recorder.named("message.edit") == [{"view": None}]


async def test_timeout_after_the_token_expired_does_not_try_to_edit(view, monkeypatch):
    recorder = Recorder()
    view.attach(FakeMessage(recorder), token_bound=True)
    later = time.monotonic() + INTERACTION_TOKEN_SECONDS + 1
    monkeypatch.setattr("bot.discord.views.time.monotonic", lambda: later)
    await view.on_timeout()
    assert recorder.calls == []


async def test_a_failed_press_is_apologised_for(view, caplog):
    interaction = fake_interaction()
    await view.on_error(interaction, RuntimeError("boom"), button(view, "more"))
    assert "something went wrong" in interaction.recorder.named("send_message")[0]["content"]
    assert "command=component user=42" in caplog.text


async def test_context_after_a_hot_swap_still_reads_the_index_the_answer_came_from(view, holder, corpus):
    old_neighbours = view.searcher.neighbours(view.answer.hits[0].passage_id, 2, 2)
    write(corpus, "aaa-first.txt", "Dam news\nThe Tabqa dam spillway reopened on Friday.\n")
    holder.rebuild()
    assert holder.current() is not view.searcher
    edit = await press(view, "context")
    description = edit["embeds"][0].description
    assert "spillway" not in description
    assert old_neighbours[0].text.split()[0] in description
