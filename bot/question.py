"""A question as the Discord bot (and its preview) asks it: cleaned, bounded, several pages, first page built."""

from __future__ import annotations

from dataclasses import replace

from bot.question_rules import MAX_QUESTION_CHARS, question_words
from bot.render.discord import DiscordReply, build_reply
from bot.render.discord_text import cut_on_word
from index import Answer, Searcher, with_public_links

PAGES = 5
"""How many pages of passages one question fetches, so "More" can page without searching again."""


def clean_question(text: str) -> str:
    """``text`` without invisible characters, on one line, at most MAX_QUESTION_CHARS long (cut on a word)."""
    return cut_on_word(" ".join(question_words(text)), MAX_QUESTION_CHARS)


def ask_in_pages(searcher: Searcher, question: str, per_page: int) -> Answer:
    """Search the cleaned question for PAGES pages of ``per_page`` passages (the library leaves its mentions out);
    the answer shows it as asked."""
    cleaned = clean_question(question)
    return replace(searcher.ask(cleaned, per_page * PAGES), question=cleaned)


def discord_answer(
    searcher: Searcher, question: str, per_page: int, public_base: str | None = None
) -> tuple[Answer, DiscordReply]:
    """The answer to ``question`` and the reply the bot posts (its first page); ``public_base`` links documents
    that have no url of their own."""
    answer = with_public_links(ask_in_pages(searcher, question, per_page), public_base)
    return answer, build_reply(answer, per_page=per_page)
