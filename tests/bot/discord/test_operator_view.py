"""The operator's view: one INFO line per question (no question text or user unless asked for), and /about
showing the corpus (documents, passages, last change) and the index's age."""

from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import replace

import pytest

from bot.discord.client import BriefbotClient
from bot.discord.cog import AnswersCog
from tests.bot.discord.fakes import fake_interaction

QUESTION = "convoy near Raqqa"
LINE = re.compile(
    r"^question via=/ask guild=7 channel=99 outcome=(?P<outcome>[\w-]+)"
    r"(?: passages=(?P<passages>\d+) shown=(?P<shown>\d+))? latency=\d+\.\d\ds(?P<rest>.*)$"
)


async def ask(cog, question=QUESTION, user_id=4242):
    interaction = fake_interaction(user_id)
    interaction.command = cog.ask
    await cog.ask.callback(cog, interaction, question=question)
    return interaction


def question_lines(caplog):
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    return [message for message in messages if message.startswith("question ")]


async def test_each_question_is_one_info_line_without_its_text_or_asker(cog, caplog):
    with caplog.at_level(logging.INFO, logger="briefbot.discord"):
        await ask(cog)
        await ask(cog, "zebra giraffe")
    first, second = question_lines(caplog)
    found = LINE.match(first)
    assert found and found["outcome"] == "answered" and int(found["passages"]) >= int(found["shown"]) > 0
    assert found["rest"] == ""
    assert LINE.match(second)["outcome"] == "nothing-found"
    for line in (first, second):
        assert "Raqqa" not in line and "zebra" not in line and "4242" not in line


async def test_settings_can_ask_for_the_question_and_the_asker(holder, options, caplog):
    chatty = replace(options, log_questions=True, log_users=True)
    cog = AnswersCog(BriefbotClient(holder, chatty), holder, chatty)
    with caplog.at_level(logging.INFO, logger="briefbot.discord"):
        await ask(cog)
    (line,) = question_lines(caplog)
    assert LINE.match(line)["rest"] == " user=4242 text='convoy near Raqqa'"


async def test_cooldowns_and_failures_are_logged_as_such(cog, caplog):
    with caplog.at_level(logging.INFO, logger="briefbot.discord"):
        for _ in range(4):
            await ask(cog)
        cog.holder._searcher = None
        await ask(cog, user_id=1)
    outcomes = [LINE.match(line)["outcome"] for line in question_lines(caplog)]
    assert outcomes == ["answered", "answered", "answered", "cooldown", "failed"]


async def test_about_shows_the_corpus_and_the_index_age(cog, corpus):
    later = time.time() + 3600
    os.utime(corpus / "news" / "convoy.md", (later, later))
    interaction = fake_interaction()
    await cog.about.callback(cog, interaction)
    (sent,) = interaction.recorder.named("send_message")
    (embed,) = sent["embeds"]
    fields = {field.name: field.value for field in embed.fields}
    assert re.fullmatch(r"built <t:\d+:f> \(<t:\d+:R>\)", fields["Index"])
    assert fields["Corpus"].startswith("2 documents, ")
    assert f"<t:{int(later)}:f>" in fields["Corpus"]
    assert "after the index was built" in fields["Corpus"]
    assert "/add" in fields["Keeping up to date"] and "Document N" in fields["Buttons"]


@pytest.mark.parametrize("missing", [True, False])
async def test_about_without_a_readable_corpus_still_answers(cog, corpus, tmp_path, missing):
    cog.holder.library.corpus_dir = tmp_path / "nowhere" if missing else cog.holder.library.corpus_dir
    interaction = fake_interaction()
    await cog.about.callback(cog, interaction)
    (sent,) = interaction.recorder.named("send_message")
    names = [field.name for field in sent["embeds"][0].fields]
    assert ("Corpus" in names) is not missing
