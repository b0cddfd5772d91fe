"""No payload the bot sends names a place on the server's disk: every source is a link, or a Document button.

Checked over the sample corpus (every page of answers to questions made of its own words, every Context
view, every passage shown in context when a file cannot be sent) and over generated documents whose paths
and titles are arbitrary.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.question import ask_in_pages, discord_answer
from bot.render.discord import (
    CONTEXT_AROUND,
    DiscordReply,
    build_about_reply,
    build_context_reply,
    build_passage_in_context,
    build_reply,
    page_count,
)
from index.builder import build_index
from index.documents import public_url, with_public_links
from index.models import Answer, Hit, Passage, PassageKind, Source
from index.search import Searcher
from index.store import load_index
from tests.bot.discord_payload import limit_problems
from tests.sample import SHIPPED_SAMPLE

BASE = "https://files.example.org/corpus/"
PER_PAGE = 5


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample-index")
    build_index(SHIPPED_SAMPLE, folder)  # read, not written in
    searcher = Searcher(load_index(folder))
    paths = sorted({searcher.index.sources[n].path for n in range(len(searcher.index.sources))})
    return searcher, paths


def payload_text(reply: DiscordReply) -> str:
    return json.dumps(reply.to_dict(), ensure_ascii=False)


def every_reply(answer: Answer, searcher: Searcher) -> list[DiscordReply]:
    """Every page, every Context view and every passage-in-context reply of ``answer``."""
    replies = []
    for page in range(page_count(answer, PER_PAGE)):
        replies.append(build_reply(answer, page=page, per_page=PER_PAGE))
        if answer.hits:
            first = answer.hits[page * PER_PAGE]
            around = searcher.neighbours(first.passage_id, CONTEXT_AROUND, CONTEXT_AROUND)
            replies.append(build_context_reply(answer, around, page=page, per_page=PER_PAGE))
    for rank, hit in enumerate(answer.hits, start=1):
        around = searcher.neighbours(hit.passage_id, CONTEXT_AROUND, CONTEXT_AROUND)
        replies.append(build_passage_in_context(answer, rank, around, "This document is too large to send."))
    return replies


def test_the_sample_corpus_has_documents_without_a_url(sample):
    searcher, paths = sample
    unlinked = [s for s in searcher.index.sources if not s.url]
    assert unlinked, "the property below would be empty otherwise"
    assert len(paths) == len(searcher.index.sources)


def _corpus_words() -> list[str]:
    words = set()
    for path in SHIPPED_SAMPLE.rglob("*.*"):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", path.read_text(encoding="utf-8")))
    return sorted(words)


@given(st.lists(st.sampled_from(_corpus_words()), min_size=1, max_size=4))
def test_no_answer_from_the_sample_corpus_names_a_corpus_path(sample, words):
    searcher, paths = sample
    answer = ask_in_pages(searcher, " ".join(words), PER_PAGE)
    for reply in every_reply(answer, searcher):
        text = payload_text(reply)
        assert limit_problems(reply.to_dict()) == []
        for path in paths:
            assert path not in text, f"{path} shown in {text[:300]}"
        assert str(SHIPPED_SAMPLE) not in text


def test_every_unlinked_passage_has_its_document_button(sample):
    searcher, _ = sample
    answer = ask_in_pages(searcher, "Nusra strike convoy", PER_PAGE)
    for page in range(page_count(answer, PER_PAGE)):
        reply = build_reply(answer, page=page, per_page=PER_PAGE)
        shown = answer.hits[page * PER_PAGE : (page + 1) * PER_PAGE]
        first_of: dict[str, int] = {}
        for n, hit in enumerate(shown):
            if not hit.source.url:
                first_of.setdefault(hit.source.path, page * PER_PAGE + n + 1)
        assert [b.action for b in reply.buttons if b.action.startswith("document:")] == [
            f"document:{rank}" for rank in sorted(first_of.values())
        ], "one button per document of the page"
        for embed, hit in zip(reply.embeds, shown, strict=True):
            if hit.source.url:
                assert embed.url and "No public link" not in embed.description
            else:
                rank = first_of[hit.source.path]
                assert embed.description.endswith(f"No public link: **Document {rank}** below sends you the file.")


PATH_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_ ", min_size=3, max_size=20).map(str.strip)
PATHS = st.builds(
    lambda parts, suffix: "/".join(parts) + suffix,
    st.lists(PATH_PART.filter(lambda p: len(p) >= 3), min_size=1, max_size=4),
    st.sampled_from([".md", ".txt", ".html", ".pdf"]),
)
TITLES = st.text(max_size=300)
TEXTS = st.text(min_size=1, max_size=600).filter(str.strip)


class _Neighbours:
    """The searcher part the Context view reads: the passages around one, from a fixed list."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages

    def neighbours(self, passage_id: int, before: int = 1, after: int = 1) -> list[Passage]:
        return self.passages[max(0, passage_id - before) : passage_id + after + 1]


@given(st.lists(st.tuples(PATHS, TITLES, TEXTS, st.booleans(), st.booleans()), min_size=1, max_size=12))
def test_no_payload_of_generated_documents_names_their_paths(documents):
    passages = []
    hits = []
    for number, (path, title, text, has_url, paged) in enumerate(documents):
        assume(path not in title and path not in text)
        page = 3 if paged else None
        passage = Passage(number, 0, PassageKind.PARAGRAPH, text, 0, page=page)
        url = f"https://example.test/doc/{number}" if has_url else None
        source = Source(title, url, date(2016, 10, 3), path, page=page)
        passages.append(passage)
        hits.append(Hit(number, passage, source, 1.0, also_in=(Source(title, None, None, path + ".copy.md"),)))
    answer = Answer("the question", tuple(hits), len(hits), frozenset({"question"}))
    for reply in every_reply(answer, _Neighbours(passages)):  # type: ignore[arg-type]
        text = payload_text(reply)
        for path, *_ in documents:
            assert path not in text and json.dumps(path)[1:-1] not in text
    about = payload_text(build_about_reply(None, problem="no index in /srv/briefbot/corpus/.index"))
    assert "/srv" not in about and "(a folder on the server)" in about


def test_a_public_base_url_links_every_unlinked_document_under_it(sample):
    searcher, _ = sample
    base = "https://files.example.org/briefing-corpus/"
    answer = with_public_links(ask_in_pages(searcher, "Nusra strike convoy", PER_PAGE), base)
    assert answer.hits
    for hit in answer.hits:
        assert hit.source.url
    reply = build_reply(answer, per_page=PER_PAGE)
    assert not [b for b in reply.buttons if b.action.startswith("document:")], "every source is linked"
    own = {s.path: s.url for s in searcher.index.sources}
    for embed, hit in zip(reply.embeds, answer.hits, strict=False):
        expected = own[hit.source.path] or public_url(base, hit.source.path)
        assert embed.url.split("#")[0] == expected.split("#")[0]
    assert public_url(base, "briefings/a b#1.pdf") == "https://files.example.org/briefing-corpus/briefings/a%20b%231.pdf"


def test_the_preview_and_the_bot_apply_the_same_public_base(sample):
    searcher, _ = sample
    base = "https://files.example.org/corpus"
    answer, reply = discord_answer(searcher, "Nusra strike", PER_PAGE, base)
    assert all(hit.source.url for hit in answer.hits)
    assert any(embed.url.startswith(base + "/") for embed in reply.embeds)


def test_a_pdf_passage_links_to_its_page_in_the_answer_and_in_context():
    passage = Passage(0, 4, PassageKind.TURN, "The pier reopens in spring.", 0, speaker="MS. IRELAND", page=3)
    source = Source("Harbour board", "https://example.test/board.pdf", date(2016, 5, 12), "board.pdf", page=3)
    answer = Answer("pier", (Hit(0, passage, source, 1.0),), 1, frozenset({"pier"}))
    assert build_reply(answer).embeds[0].url == "https://example.test/board.pdf#page=3"
    assert build_context_reply(answer, [passage]).embeds[0].url == "https://example.test/board.pdf#page=3"
    published = with_public_links(replace(answer, hits=(Hit(0, passage, replace(source, url=None), 1.0),)), BASE)
    assert build_reply(published).embeds[0].url == "https://files.example.org/corpus/board.pdf#page=3"
