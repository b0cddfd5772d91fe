"""Fixtures for the Discord client: a real index over the test corpus, a holder, the bot and its cog."""

from __future__ import annotations

import pytest

from bot.discord.client import BriefbotClient
from bot.discord.cog import AnswersCog
from bot.discord.options import BotOptions
from index.builder import build_index
from index.holder import SearcherHolder


@pytest.fixture
def index_dir(corpus, tmp_path):
    folder = tmp_path / "index"
    build_index(corpus, folder)
    return folder


@pytest.fixture
def holder(corpus, index_dir):
    loaded = SearcherHolder(corpus, index_dir)
    loaded.load()
    return loaded


@pytest.fixture
def options():
    return BotOptions(per_page=2, cooldown_questions=3, cooldown_seconds=60, max_searches=2, search_wait=1.0)


@pytest.fixture
def cog(holder, options):
    return AnswersCog(BriefbotClient(holder, options), holder, options)
