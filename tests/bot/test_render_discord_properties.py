"""Property-based tests of every Discord payload the bot builds, with hostile questions and hostile passages.

Questions and passages are made of mentions (``@everyone``, ``@here``, users, roles, channels), markdown and
code fences, zero-width and right-to-left characters, emoji, control characters and arbitrary text, from
empty to more than 10,000 characters. Whatever they hold, each reply (an answer page, the Context view,
``/about``, a notice) must be accepted by discord.py's Embed, serialise to JSON, stay inside Discord's limits
and ping no one.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import discord
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.discord.cog import cooldown_text
from bot.discord.failures import APOLOGY, no_index_text
from bot.question import MAX_QUESTION_CHARS, clean_question, discord_answer
from bot.render.discord import (
    CONTEXT_AROUND,
    DiscordReply,
    build_about_reply,
    build_context_reply,
    build_notice,
    build_reply,
    page_count,
)
from index.builder import build_index
from index.facts import IndexFacts, describe_index
from index.marks import with_marks
from index.models import Answer, Hit, Passage, PassageKind, Source
from index.query import plan_query
from index.search import Searcher
from index.store import load_index
from tests.bot.discord_payload import limit_problems, ping_problems
from tests.conftest import write

# pieces of hostile text

SNOWFLAKES = st.integers(min_value=0, max_value=2**64 - 1)
MENTIONS = st.one_of(
    st.sampled_from(["@everyone", "@here", "@Everyone", "@@here", "＠everyone", "@\u200beveryone"]),
    SNOWFLAKES.map(lambda n: f"<@{n}>"),
    SNOWFLAKES.map(lambda n: f"<@!{n}>"),
    SNOWFLAKES.map(lambda n: f"<@&{n}>"),
    SNOWFLAKES.map(lambda n: f"<#{n}>"),
    SNOWFLAKES.map(lambda n: f"</ask:{n}>"),
)
MARKDOWN = st.sampled_from(
    [
        "**", "__", "*", "_", "~~", "||", "`", "``", "```", "```python\n", "\n```", "> ", ">>> ", "# ", "## ",
        "-# ", "- ", "* ", "1. ", "\\", "\\\\", "[", "]", "(", ")", "[click](https://evil.example/a_b)",
        "<https://example.test/x>", "<t:1700000000:R>", "<:emoji:123456>", "<a:dance:1>", "&gt;", "&amp;",
        "https://example.test/path_with_underscores?q=*x*", "https://example.test/@here",
    ]
)  # fmt: skip
INVISIBLE = st.sampled_from(
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f", "\u2028", "\u2029"]
)
RIGHT_TO_LEFT = st.one_of(
    st.sampled_from(["\u202e", "\u202b", "\u202a", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f"]),
    st.text(alphabet=st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), min_size=1, max_size=12),
)
EMOJI = st.sampled_from(
    ["😀", "🚚🔥", "👩\u200d👩\u200d👧\u200d👦", "🇺🇸", "❤\ufe0f", "🧑🏽\u200d🚀", "\U0001f600" * 3, "𝕳𝖊𝖑𝖑𝖔"]
)
CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F).map(str) | st.sampled_from(["\x7f", "\x85", "\x9b"])
WORDS = st.sampled_from(
    ["convoy", "strike", "Nusra", "Raqqa", "coalition", "ceasefire", "when", "who", "the", "struck", "Idlib"]
)
SPACE = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u3000"])
PIECE = st.one_of(MENTIONS, MARKDOWN, INVISIBLE, RIGHT_TO_LEFT, EMOJI, CONTROL, WORDS, SPACE, st.text(max_size=30))
SHORT = st.lists(PIECE, max_size=20).map("".join)
"""Up to a few hundred characters of hostile text."""
LONG = st.builds(
    lambda chunk, size: (chunk * (size // len(chunk) + 1))[:size], SHORT.filter(bool), st.integers(10_000, 12_500)
)
"""More than 10,000 characters: a hostile chunk repeated."""
HOSTILE = st.one_of(SHORT, SHORT, SHORT, LONG, st.just(""), SPACE)
NAMES = st.one_of(SHORT, LONG, st.none())

URLS = st.one_of(
    st.none(),
    st.just("https://example.test/briefings/2016-09-29"),
    st.builds(lambda path: f"https://example.test/{path}", SHORT),
    SHORT,
    st.just("https://example.test/" + "a" * 2100),
)
DATES = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


@st.composite
def sources(draw: st.DrawFn) -> Source:
    page = draw(st.one_of(st.none(), st.integers(1, 9999)))
    return Source(draw(HOSTILE), draw(URLS), draw(DATES), draw(HOSTILE) or "corpus/file.txt", page)


@st.composite
def passages(draw: st.DrawFn, position: int = 0) -> Passage:
    return Passage(
        doc=0,
        position=position,
        kind=draw(st.sampled_from(list(PassageKind))),
        text=draw(HOSTILE.map(lambda text: text if text.strip() else text + "convoy")),
        start=0,
        speaker=draw(NAMES),
        context=draw(st.one_of(st.none(), HOSTILE)),
        date=draw(DATES),
    )


@st.composite
def answers(draw: st.DrawFn, min_hits: int = 0, max_hits: int = 10) -> Answer:
    question = clean_question(draw(HOSTILE))
    count = draw(st.integers(min_hits, max_hits))
    hits = tuple(
        Hit(n, draw(passages(n)), draw(sources()), 10.0 - n, tuple(draw(st.lists(sources(), max_size=3))))
        for n in range(count)
    )
    terms = plan_query(question).marks | frozenset(draw(st.lists(WORDS.map(str.lower), max_size=4)))
    missing = tuple(draw(st.lists(SHORT, max_size=6)))
    return with_marks(Answer(question, hits, draw(st.integers(count, 10**7)), terms, None, missing))


def assert_valid(reply: DiscordReply) -> dict:
    """The reply as discord.py sends it: real Embeds, JSON-serialisable, inside the limits, pinging no one."""
    assert isinstance(reply.allowed_mentions, discord.AllowedMentions)
    assert all(isinstance(embed, discord.Embed) for embed in reply.embeds)
    payload = reply.to_dict()
    json.dumps(payload)
    for embed in payload["embeds"]:
        assert discord.Embed.from_dict(embed).to_dict() == embed, "discord.py reads the embed back unchanged"
        assert any(embed.get(key) for key in ("title", "description", "fields")), "an embed shows something"
        for key in ("title", "description"):
            assert embed.get(key) is None or embed[key].strip(), f"empty {key}"
        for field in embed.get("fields", []):
            assert field["name"].strip() and field["value"].strip(), "Discord refuses empty fields"
    assert payload["content"] is None or len(payload["content"]) > 0
    assert payload["content"] or payload["embeds"], "a message must show something"
    assert limit_problems(payload) == []
    assert ping_problems(payload) == []
    assert len(payload["components"]) <= 5
    return payload


# answers


@given(answers(), st.integers(1, 12), st.integers(-2, 8))
def test_every_answer_page_is_a_valid_payload_inside_the_limits_that_pings_no_one(answer, per_page, page):
    payload = assert_valid(build_reply(answer, page=page, per_page=per_page))
    if answer.hits:
        assert 1 <= len(payload["embeds"]) <= min(per_page, 10)
    else:
        assert [embed["title"] for embed in payload["embeds"]] == ["Nothing found"]


@given(HOSTILE)
def test_every_question_is_cleaned_and_echoed_harmlessly(question):
    cleaned = clean_question(question)
    assert len(cleaned) <= MAX_QUESTION_CHARS and "\n" not in cleaned
    terms = plan_query(cleaned).marks
    hit = Hit(0, Passage(0, 0, PassageKind.PARAGRAPH, "The convoy was hit.", 0), Source("T", None, None, "t.md"), 1.0)
    for hits in ((), (hit,)):
        payload = assert_valid(build_reply(with_marks(Answer(cleaned, hits, len(hits), terms))))
        assert payload["content"].startswith("**Asked:** ")


@given(answers(min_hits=1, max_hits=4), st.integers(0, 3), st.integers(1, 4), st.lists(passages(), max_size=4))
def test_every_context_view_is_valid(answer, page, per_page, others):
    page = min(page, page_count(answer, per_page) - 1)
    hit = answer.hits[page * per_page]
    around = [*others[: len(others) // 2], hit.passage, *others[len(others) // 2 :]]
    payload = assert_valid(build_context_reply(answer, around, page=page, per_page=per_page))
    (embed,) = payload["embeds"]
    assert "> " in embed["description"], "the passage itself is quoted"


# the bot's own messages


@given(
    st.one_of(
        st.none(),
        st.builds(
            IndexFacts,
            st.integers(0, 10**9),
            st.integers(0, 10**9),
            st.integers(0, 10**6),
            st.one_of(st.none(), st.datetimes(timezones=st.just(UTC), min_value=datetime(1971, 1, 1))),
        ),
    ),
    st.one_of(st.none(), HOSTILE),
    st.integers(1, 14),
)
def test_every_about_reply_is_valid(facts, problem, minutes):
    assert_valid(build_about_reply(facts, problem=problem, buttons_minutes=minutes))


@given(HOSTILE)
def test_every_notice_is_valid(text):
    assume(text.strip())
    payload = assert_valid(build_notice(text))
    assert payload["embeds"] == [] and payload["components"] == []


@given(HOSTILE)
def test_every_apology_for_a_missing_index_is_valid(reason):
    payload = assert_valid(build_notice(no_index_text(reason)))
    assert payload["content"].startswith("Sorry, I cannot search right now: ")


@given(st.floats(0, 10**6), st.integers(1, 100), st.floats(0.001, 3600))
def test_every_cooldown_notice_is_valid(wait, questions, window):
    assert_valid(build_notice(cooldown_text(wait, questions, window)))
    assert_valid(build_notice(APOLOGY))


# a real index of hostile passages

HOSTILE_FILES = {
    "mentions.md": "---\ntitle: @everyone <@&42> **bold** title\n---\n"
    "The convoy was struck @everyone @here <@123456789012345678> <@!1> <@&987654321> <#555>.\n\n"
    "A ```python\nfenced\n``` convoy block and ||spoiler|| ~~gone~~ __under__ text about the strike.\n",
    "invisible.txt": "---\ntitle: Zero\u200bwidth \u202eevil\u202c title\nkind: article\n---\n"
    "Con\u200bvoy\u200d near Raqqa\u2060 was struck at dawn \u202egnirts desrever\u202c today.\n\n"
    "قافلة convoy שיירה struck 🚚🔥 near the river 👩\u200d👩\u200d👧\u200d👦.\n",
    "briefing.txt": "---\ntitle: Briefing with # heading and - list\nkind: transcript\n---\n"
    "QUESTION: Did the coalition strike the convoy? @here\n"
    "MR. ODUYA: > We did **strike** it.\n# Not a heading\n- not a list\n1. not numbered\n"
    "QUESTION: And <@&1> the ferry?\n"
    "MR. ODUYA: " + ("The convoy was struck again and again near Raqqa. " * 400) + "\n",
}


@pytest.fixture(scope="module")
def hostile_searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    root: Path = tmp_path_factory.mktemp("hostile")
    for name, text in HOSTILE_FILES.items():
        write(root / "corpus", name, text)
    report = build_index(root / "corpus", root / "index")
    assert report.files == len(HOSTILE_FILES) and not report.skipped
    return Searcher(load_index(root / "index"))


@given(question=st.one_of(HOSTILE, st.builds(" ".join, st.lists(st.one_of(WORDS, PIECE), max_size=12))))
def test_questions_asked_of_a_corpus_of_hostile_passages_get_valid_pages_and_context(hostile_searcher, question):
    answer, reply = discord_answer(hostile_searcher, question, per_page=5)
    assert_valid(reply)
    for page in range(1, page_count(answer, 5)):
        assert_valid(build_reply(answer, page=page, per_page=5))
    if answer.hits:
        around = hostile_searcher.neighbours(answer.hits[0].passage_id, CONTEXT_AROUND, CONTEXT_AROUND)
        assert_valid(build_context_reply(answer, around, per_page=5))


def test_the_about_reply_of_the_hostile_index_is_valid(hostile_searcher):
    assert_valid(build_about_reply(describe_index(hostile_searcher)))
