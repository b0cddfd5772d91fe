"""The Discord payload: layout, limits, safety with hostile text, and what "nothing found" says."""

import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import discord
import pytest

from bot.question import clean_question
from bot.render.discord import (
    ReplyButton,
    build_about_reply,
    build_context_reply,
    build_notice,
    build_reply,
    page_count,
)
from bot.render.discord_preview import render_preview
from index.facts import IndexFacts
from index.marks import with_marks
from index.models import Answer, DateAnswer, Hit, Passage, PassageKind, Source, StatedDate
from index.query import plan_query
from tests.bot.discord_payload import embed_texts, limit_problems, plain, unescaped_markdown, units

BRIEFING = Source("Daily briefing, 2 March 2017", "https://example.test/b/2017-03-02", date(2017, 3, 2), "b/1.txt")
ARTICLE = Source("Convoy destroyed near Raqqa", None, date(2017, 3, 1), "news/convoy.md")
WORDS = ["convoy", "strike", "Raqqa", "coalition", "trucks", "river", "officials", "morning", "reports", "civilians"]


def passage(text: str, *, position: int = 0, speaker: str | None = "MR. ODUYA", context: str | None = None):
    return Passage(
        doc=0, position=position, kind=PassageKind.TURN, text=text, start=0, speaker=speaker, context=context
    )


def answer_of(texts, question="convoy strike", *, source=BRIEFING, also_in=(), matched=None, speaker="MR. ODUYA"):
    hits = tuple(
        Hit(n, passage(text, position=n, speaker=speaker), source, 10.0 - n, also_in) for n, text in enumerate(texts)
    )
    return with_marks(Answer(question, hits, matched if matched is not None else len(hits), plan_query(question).marks))


def prose(words: int, seed: int = 1) -> str:
    chooser = random.Random(seed)
    return " ".join(chooser.choice(WORDS) for _ in range(words)) + "."


def test_each_passage_is_an_embed_with_speaker_date_quote_and_linked_title():
    reply = build_reply(answer_of(["The convoy was hit by a coalition strike."], matched=7))
    payload = reply.to_dict()
    assert payload["content"] == "**Asked:** convoy strike"
    (embed,) = payload["embeds"]
    assert embed["author"]["name"] == "1 · MR. ODUYA · 2017-03-02"
    assert embed["title"] == "Daily briefing, 2 March 2017"
    assert embed["url"] == "https://example.test/b/2017-03-02"
    assert embed["description"] == "> The **convoy** was hit by a coalition **strike**."
    assert embed["footer"]["text"] == "7 passages matched · showing 1"
    assert payload["allowed_mentions"] == {"parse": []}
    assert limit_problems(payload) == []


def test_a_document_without_url_is_offered_as_a_file_never_by_its_path_and_other_places_are_listed():
    elsewhere = (BRIEFING, Source("Weekly digest", None, None, "digest/week 9.md"))
    reply = build_reply(answer_of(["Six trucks burning near the river."], "trucks", source=ARTICLE, also_in=elsewhere))
    payload = reply.to_dict()
    (embed,) = payload["embeds"]
    assert "url" not in embed
    assert embed["description"].endswith("\nNo public link: **Document 1** below sends you the file.")
    assert "news/convoy.md" not in str(payload) and "digest/week 9.md" not in str(payload)
    (field,) = embed["fields"]
    assert field["name"] == "Also in"
    assert field["value"] == (
        "[Daily briefing, 2 March 2017](https://example.test/b/2017-03-02) (2017-03-02)\n"
        "Weekly digest (no public link)"
    )
    assert [(b.action, b.label) for b in reply.buttons] == [("context", "Context"), ("document:1", "Document 1")]


def test_an_answer_turn_shows_the_question_it_answers():
    hit = Hit(0, passage("We did.", context="Did the coalition hit the convoy?"), BRIEFING, 1.0)
    reply = build_reply(with_marks(Answer("who hit the convoy", (hit,), 1, frozenset({"convoy"}))))
    assert reply.embeds[0].description == "*answering:* “Did the coalition hit the **convoy**?”\n> We did."


def test_pages_buttons_and_footer_follow_the_page():
    answer = answer_of([f"Convoy report number {n}." for n in range(12)], matched=40)
    assert page_count(answer, 5) == 3
    first = build_reply(answer, per_page=5)
    assert [b.action for b in first.buttons] == ["back", "more", "context"]
    assert [b.enabled for b in first.buttons] == [False, True, True]
    assert first.embeds[-1].footer.text == "40 passages matched · showing 1–5 · page 1 of 3"
    last = build_reply(answer, page=2, per_page=5)
    assert [e.author.name.split(" · ")[0] for e in last.embeds] == ["11", "12"]
    assert [b.enabled for b in last.buttons] == [True, False, True]
    assert last.embeds[-1].footer.text == "40 passages matched · showing 11–12 · page 3 of 3"
    assert build_reply(answer, page=99, per_page=5).embeds[0].author.name.startswith("11 ")
    single = build_reply(answer_of(["Convoy."]))
    assert single.buttons == (ReplyButton("context", "Context"),)


def test_components_in_the_payload_are_the_buttons_discord_receives():
    payload = build_reply(answer_of([f"Convoy {n}." for n in range(7)]), per_page=5).to_dict()
    (row,) = payload["components"]
    buttons = row["components"]
    assert [(b["label"], b["custom_id"], b["disabled"]) for b in buttons] == [
        ("Back", "briefbot:back", True),
        ("More", "briefbot:more", False),
        ("Context", "briefbot:context", False),
    ]


@pytest.mark.parametrize("per_page", [1, 5, 10])
def test_very_long_passages_are_cut_on_a_word_and_every_link_survives(per_page):
    texts = [prose(1500, seed=n) for n in range(per_page)]
    reply = build_reply(answer_of(texts), per_page=per_page)
    payload = reply.to_dict()
    assert limit_problems(payload) == []
    for embed, text in zip(payload["embeds"], texts, strict=True):
        assert embed["url"] == BRIEFING.url
        shown = plain(embed["description"])
        assert shown.endswith("…")
        kept = shown[:-1]
        assert text.startswith(kept), "the quote is the passage's own words, from its start"
        assert text[len(kept)] == " ", "cut between two words"
    used = sum(units(text) for embed in payload["embeds"] for text in embed_texts(embed))
    assert used > (4000 if per_page == 1 else 5500), "the room is used"


def test_short_quotes_stay_whole_when_long_ones_share_the_room():
    texts = ["Convoy hit at dawn.", prose(3000, seed=3), "Strike confirmed by officials.", prose(3000, seed=4)]
    reply = build_reply(answer_of(texts), per_page=4)
    descriptions = [e.description for e in reply.embeds]
    assert descriptions[0] == "> **Convoy** hit at dawn."
    assert descriptions[2] == "> **Strike** confirmed by officials."
    assert descriptions[1].endswith("…") and descriptions[3].endswith("…")
    assert limit_problems(reply.to_dict()) == []


def test_huge_titles_speakers_and_many_other_places_stay_inside_the_limits():
    title = "Briefing " + "with a very long title " * 60
    sources = tuple(
        Source(f"Reprint number {n} of the briefing " * 3, None, None, f"reprints/{n}.md") for n in range(40)
    )
    long_source = Source(title, "https://example.test/" + "a" * 300, None, "x.txt")
    hits = tuple(
        Hit(n, passage(prose(900, seed=n), speaker="SPEAKER " * 80), long_source, 1.0, sources) for n in range(10)
    )
    reply = build_reply(with_marks(Answer("convoy " * 2000, hits, 10_000, frozenset({"convoy"}))), per_page=10)
    payload = reply.to_dict()
    assert limit_problems(payload) == []
    assert all(e["url"] == long_source.url for e in payload["embeds"])
    assert all("more" in e["fields"][0]["value"] for e in payload["embeds"])


def test_emoji_and_other_wide_characters_are_counted_as_discord_counts_them():
    texts = ["Convoy 🚚🔥 " * 700 for _ in range(5)]
    payload = build_reply(answer_of(texts), per_page=5).to_dict()
    assert limit_problems(payload) == []


def test_random_answers_always_fit():
    chooser = random.Random(7)
    pieces = ["convoy", "**", "@everyone", "<@&123>", "`", "\n", "> ", "# ", "🚚", "https://x.test/a_b", " ", "word"]
    for _ in range(60):
        count = chooser.randint(1, 10)
        texts = ["".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 900))) for _ in range(count)]
        payload = build_reply(answer_of(texts, "convoy word"), per_page=count).to_dict()
        assert limit_problems(payload) == [], texts


HOSTILE = [
    "@everyone @here look",
    "<@123456789012345678> and <@!123456789012345678> and <@&987654321098765432> and <#123456789012345678>",
    "**bold** __under__ ~~gone~~ ||spoiler|| `code`",
    "```python\nprint('fenced')\n```",
    "# Heading\n> quoted\n- item\n1. first",
    "[click here](https://evil.example/login) <t:1700000000:R> <:emoji:123>",
    "back\\slash and a lone * star",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_passages_are_shown_literally(text):
    reply = build_reply(answer_of([text], "click code heading star look"))
    description = reply.embeds[0].description
    assert unescaped_markdown(description) == []
    assert "@everyone" not in description and "@here" not in description
    assert plain(description).split("\n") == [line for line in text.split("\n") if line.strip()]
    assert reply.allowed_mentions.to_dict() == {"parse": []}


def test_links_in_a_quote_stay_clickable_and_matched_words_stay_bold_around_them():
    text = "The convoy video is at https://example.test/some_video_1 (posted by the_raqqa_watch)."
    description = build_reply(answer_of([text], "convoy video")).embeds[0].description
    assert "https://example.test/some_video_1" in description
    assert "the\\_raqqa\\_watch" in description
    assert description.startswith("> The **convoy** **video** is at")


@pytest.mark.parametrize(
    "question",
    [
        "@everyone when was the convoy hit?",
        "<@123456789012345678> <@&987654321098765432> convoy",
        "**convoy** ```strike``` ||spoiler|| # title",
        "con\u200bvoy\u200d strike\u2060 \u202eevil",
        "convoy " * 1430,
        "",
        "   \n\t  ",
    ],
)
def test_hostile_questions_are_echoed_harmlessly(question):
    cleaned = clean_question(question)
    answer = answer_of(["The convoy was hit."] if plan_query(cleaned).weights else [], cleaned)
    payload = build_reply(answer).to_dict()
    assert limit_problems(payload) == []
    content = payload["content"]
    assert units(content) <= 320
    assert unescaped_markdown(content.removeprefix("**Asked:** ")) == []
    assert "@everyone" not in content and not re.search(r"(?<!\\)<@", content)
    assert not re.search("[\u200b\u200d\u2060\u202e]", content.replace("@\u200b", ""))


def test_nothing_found_says_so_and_suggests_rephrasing():
    reply = build_reply(with_marks(Answer("zebra crossings", (), 0, frozenset({"zebra", "crossings"}))))
    (embed,) = reply.embeds
    assert embed.title == "Nothing found"
    assert "No passage" in embed.description and "rephras" in embed.description
    assert reply.buttons == ()
    assert reply.content == "**Asked:** zebra crossings"


def test_a_question_of_only_common_words_is_told_what_to_ask():
    reply = build_reply(with_marks(Answer("when was it?", (), 0, frozenset())))
    assert "no words to search for" in reply.embeds[0].description
    assert build_reply(with_marks(Answer("", (), 0, frozenset()))).content == "**Asked:** (an empty question)"


def test_context_reply_quotes_the_top_passage_among_its_neighbours():
    turns = [
        passage("Did the coalition hit the convoy?", position=0, speaker="QUESTION"),
        passage("We did, early on Tuesday.", position=1),
        passage("Any civilians near it?", position=2, speaker="QUESTION"),
    ]
    hit = Hit(1, turns[1], BRIEFING, 2.0)
    answer = with_marks(Answer("convoy Tuesday", (hit,), 1, frozenset({"tuesday"})))
    reply = build_context_reply(answer, turns)
    (embed,) = reply.embeds
    assert embed.title == "Context: Daily briefing, 2 March 2017"
    assert embed.url == BRIEFING.url
    assert embed.description.split("\n\n") == [
        "**QUESTION:** Did the coalition hit the convoy?",
        "> We did, early on **Tuesday**.",
        "**QUESTION:** Any civilians near it?",
    ]
    assert [b.label for b in reply.buttons] == ["Passages"]


def test_context_of_very_long_neighbours_fits():
    turns = [passage(prose(2000, seed=n), position=n, speaker="Q" * 300) for n in range(5)]
    answer = with_marks(Answer("convoy", (Hit(2, turns[2], ARTICLE, 1.0),), 1, frozenset({"convoy"})))
    payload = build_context_reply(answer, turns).to_dict()
    assert limit_problems(payload) == []
    assert payload["embeds"][0]["description"].endswith("No public link: **Document 1** below sends you the file.")


def test_about_says_what_the_bot_answers_from_and_how_to_ask():
    built = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    reply = build_about_reply(IndexFacts(documents=7, passages=65, skipped=1, built=built), buttons_minutes=10)
    (embed,) = reply.embeds
    assert "**7 documents** (65 passages)" in embed.description
    fields = {f.name: f.value for f in embed.fields}
    assert f"<t:{int(built.timestamp())}:f>" in fields["Index"]
    assert "1 file could not be read" in fields["Index"]
    assert "/ask" in fields["How to ask"]
    assert "10 minutes" in fields["Buttons"]
    assert "/reindex" in fields["Keeping up to date"]
    missing = build_about_reply(None, problem="no index in .briefbot/index").embeds[0].description
    assert "no index is loaded right now: no index in (a folder on the server)" in missing, "no server path shown"


def test_notices_are_plain_text_that_pings_no_one():
    notice = build_notice("Please wait @everyone " + "x" * 3000)
    assert notice.embeds == () and units(notice.content) <= 2000
    assert notice.to_dict()["allowed_mentions"] == {"parse": []}


def test_the_text_preview_shows_what_the_embeds_hold():
    reply = build_reply(answer_of([f"Convoy {n}." for n in range(6)], matched=9), per_page=5)
    preview = render_preview(reply)
    assert preview.startswith("**Asked:** convoy strike\n\n┃ 1 · MR. ODUYA · 2017-03-02\n")
    assert "┃ Daily briefing, 2 March 2017 <https://example.test/b/2017-03-02>" in preview
    assert "┃ — 9 passages matched · showing 1–5 · page 1 of 2" in preview
    assert preview.endswith("( Back )  [ More ]  [ Context ]")


def test_allowed_mentions_object_is_discords_none():
    reply = build_reply(answer_of(["Convoy."]))
    assert isinstance(reply.allowed_mentions, discord.AllowedMentions)
    kwargs = reply.send_kwargs()
    assert kwargs["allowed_mentions"].everyone is False and kwargs["allowed_mentions"].replied_user is False


def test_the_date_a_when_question_finds_and_the_words_nothing_contains_lead_the_reply():
    found = StatedDate(date(2016, 10, 3))
    hit = Hit(0, passage("Nusra was struck on 3 Oct 2016."), BRIEFING, 1.0)
    date_answer = DateAnswer("Latest date found", found, 0, BRIEFING)
    question = "when was Nusra struck in Idlib?"
    answer = with_marks(Answer(question, (hit,), 1, frozenset({"nusra"}), date_answer, ("Idlib",)))
    content = build_reply(answer).content
    assert content.split("\n") == [
        "**Asked:** when was Nusra struck in Idlib?",
        "Latest date found: 3 Oct 2016, in Daily briefing, 2 March 2017",
        "No passage contains: Idlib.",
    ]


def test_a_passage_shows_the_section_of_the_briefing_it_is_in():
    hit = Hit(0, replace(passage("Aid reached the town."), section="Syria"), BRIEFING, 3.0)
    payload = build_reply(with_marks(Answer("aid town", (hit,), 1, plan_query("aid town").marks))).to_dict()
    assert payload["embeds"][0]["author"]["name"] == "1 · MR. ODUYA · 2017-03-02 · § Syria"


def test_control_characters_and_direction_overrides_from_a_document_never_reach_discord_raw(tmp_path):
    from bot.question import discord_answer
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Harbour \u202enews\n\nThe mayor said the \x1b[31mharbour\x1b[0m wall is *safe*\tnow \u2067again\u2069.\n"
    text += "\nThe council met for an hour on Tuesday evening to plan the summer ferry timetable.\n" * 6  # one stray
    (corpus / "h.txt").write_text(text, encoding="utf-8")
    library = Library(corpus, tmp_path / "index")
    library.build()
    _, reply = discord_answer(library.searcher(), "mayor harbour wall", 5)
    payload = reply.to_dict()
    (embed,) = payload["embeds"]
    shown = embed["description"] + embed["title"] + payload["content"]
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown), repr(shown)
    assert embed["title"] == "Harbour \ufffdnews"
    assert embed["description"].startswith(
        "> The **mayor** said the \ufffd\\[31mharbour\ufffd\\[0m **wall** is \\*safe\\*\tnow \ufffdagain\ufffd.\n"
    ), "the rest is the document's text, markdown escaped and matched words bold as before"
