"""The Document buttons: the file of a passage's document, sent privately to the asker within Discord's limit."""

from __future__ import annotations

from types import SimpleNamespace

import discord
import pytest

from bot.discord.document_button import GONE
from bot.discord.views import NOT_YOURS, AnswerView
from bot.question import ask_in_pages
from bot.render.discord import build_reply
from tests.bot.discord.fakes import fake_interaction
from tests.bot.discord_payload import limit_problems


@pytest.fixture
def view(holder, corpus):
    searcher = holder.current()
    answer = ask_in_pages(searcher, "convoy near Raqqa trucks", 2)
    reply = build_reply(answer, per_page=2)
    return AnswerView(answer, searcher, per_page=2, asker_id=42, reply=reply, timeout=60, corpus_dir=corpus)


def document_buttons(view):
    return {item.custom_id: item for item in view.children if item.custom_id.startswith("briefbot:document:")}


async def press(view, custom_id, *, user_id=42, upload_limit=None):
    interaction = fake_interaction(user_id)
    if upload_limit is not None:
        interaction.guild = SimpleNamespace(filesize_limit=upload_limit)
    if not await view.interaction_check(interaction):
        return interaction
    (button,) = [item for item in view.children if item.custom_id == custom_id]
    await button.callback(interaction)
    return interaction


def first_unlinked(view):
    rank = next(n for n, hit in enumerate(view.answer.hits, start=1) if not hit.source.url)
    return rank, view.answer.hits[rank - 1]


def expected_buttons(hits, first_rank):
    first_of = {}
    for rank, hit in enumerate(hits, start=first_rank):
        if not hit.source.url:
            first_of.setdefault(hit.source.path, rank)
    return {f"briefbot:document:{rank}" for rank in first_of.values()}


async def test_each_unlinked_document_of_the_page_gets_a_document_button(view):
    expected = expected_buttons(view.answer.hits[:2], 1)
    assert expected and set(document_buttons(view)) == expected
    await press(view, "briefbot:more")
    assert set(document_buttons(view)) == expected_buttons(view.answer.hits[2:4], 3), "the buttons follow the page"


async def test_the_document_is_sent_privately_as_a_file_named_after_its_title(view, corpus):
    rank, hit = first_unlinked(view)
    if f"briefbot:document:{rank}" not in document_buttons(view):
        view.page = (rank - 1) // view.per_page
        view._show_buttons(view.render())
    interaction = await press(view, f"briefbot:document:{rank}")
    assert interaction.recorder.named("defer") == [{"ephemeral": True, "thinking": True}]
    (sent,) = interaction.recorder.named("followup.send")
    assert sent["ephemeral"] is True
    assert sent["allowed_mentions"].to_dict() == {"parse": []}
    file = sent["file"]
    assert isinstance(file, discord.File)
    assert file.fp.read() == (corpus / hit.source.path).read_bytes()
    assert "/" not in file.filename and hit.source.path not in file.filename
    assert file.filename.startswith("Convoy destroyed near Raqqa") and file.filename.endswith(".md")
    assert hit.source.path not in (sent["content"] or "")


async def test_a_document_over_the_upload_limit_is_refused_with_a_clear_word_and_its_passage_in_context(view, corpus):
    rank, hit = first_unlinked(view)
    size = (corpus / hit.source.path).stat().st_size
    interaction = await press(view, f"briefbot:document:{rank}", upload_limit=size - 1)
    (sent,) = interaction.recorder.named("followup.send")
    assert "file" not in sent and sent["ephemeral"] is True
    assert sent["content"].startswith("This document is ") and "Discord lets me send here" in sent["content"]
    (embed,) = sent["embeds"]
    assert embed.title.startswith("Context: ")
    payload = {"content": sent["content"], "embeds": [embed.to_dict()], "allowed_mentions": {"parse": []}}
    assert limit_problems(payload) == []
    assert hit.source.path not in str(payload)
    exact = await press(view, f"briefbot:document:{rank}", upload_limit=size)
    assert "file" in exact.recorder.named("followup.send")[0], "a file exactly at the limit is sent"


async def test_a_document_gone_from_the_corpus_is_said_plainly(view, corpus):
    rank, hit = first_unlinked(view)
    (corpus / hit.source.path).unlink()
    interaction = await press(view, f"briefbot:document:{rank}")
    (sent,) = interaction.recorder.named("followup.send")
    assert "file" not in sent and sent["content"] == GONE


async def test_a_path_leading_out_of_the_corpus_is_never_sent(holder, corpus, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the channel")
    searcher = holder.current()
    answer = ask_in_pages(searcher, "convoy near Raqqa trucks", 2)
    rank, hit = next((n, h) for n, h in enumerate(answer.hits, start=1) if not h.source.url)
    (corpus / hit.source.path).unlink()
    (corpus / hit.source.path).symlink_to(secret)
    view = AnswerView(
        answer, searcher, per_page=2, asker_id=42, reply=build_reply(answer, per_page=2), timeout=60, corpus_dir=corpus
    )
    view.page = (rank - 1) // 2
    view._show_buttons(view.render())
    interaction = await press(view, f"briefbot:document:{rank}")
    (sent,) = interaction.recorder.named("followup.send")
    assert "file" not in sent and sent["content"] == GONE


async def test_only_the_asker_gets_the_document(view):
    rank, _ = first_unlinked(view)
    interaction = await press(view, f"briefbot:document:{rank}", user_id=99)
    (sent,) = interaction.recorder.named("send_message")
    assert sent["content"] == NOT_YOURS and "file" not in sent
    assert interaction.recorder.named("followup.send") == []
