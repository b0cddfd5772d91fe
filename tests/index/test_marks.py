"""What to mark: the search attaches to each hit the spans of the words that matched the question."""

import pytest

from index.builder import build_index
from index.marks import mark_spans, with_marks
from index.models import Answer, Hit, Passage, PassageKind, Source
from index.search import Searcher
from index.store import load_index


@pytest.fixture
def searcher(corpus, tmp_path):
    build_index(corpus, tmp_path / "index")
    return Searcher(load_index(tmp_path / "index"))


def marked_words(text, spans):
    return [text[start:end] for start, end in spans]


def test_every_hit_carries_the_words_that_matched_in_its_text_and_its_question(searcher):
    answer = searcher.ask("Pentagon ferry", k=3)
    top = answer.hits[0]
    assert marked_words(top.passage.text, top.marks.text) == ["Pentagon"]
    assert marked_words(top.passage.context, top.marks.context) == ["ferry"]
    assert all(hit.marks.text or hit.marks.context for hit in answer.hits)


def test_a_handle_run_into_the_tweet_text_is_not_marked(searcher):
    hit = next(h for h in searcher.ask("six trucks burning", k=5).hits if h.passage.kind is PassageKind.TWEET)
    words = marked_words(hit.passage.text, hit.marks.text)
    assert words[:3] == ["Six", "trucks", "burning"]
    assert not any("raqqa_watch" in word for word in words)


def test_a_name_run_into_a_handle_is_marked_without_the_handle():
    text = "Monitor @levant_monitorJabhat Fateh al-Sham claimed the attack"
    assert marked_words(text, mark_spans(text, {"jabhat fateh sham"})) == ["Jabhat Fateh al-Sham"]
    assert marked_words(text, mark_spans(text, {"jabhat", "attack"})) == ["Jabhat", "attack"]
    assert marked_words(text, mark_spans(text, {"levant"})) == ["levant_monitorJabhat"], "a handle asked for"
    assert marked_words("Fateh al-Sham", mark_spans("Fateh al-Sham", {"sham"})) == ["al-Sham"], "whole words"


def test_an_answer_put_together_by_hand_is_marked_with_its_terms():
    passage = Passage(0, 0, PassageKind.TURN, "The convoy was struck.", 0, context="Was the convoy hit?")
    hit = Hit(0, passage, Source("T", None, None, "t.md"), 1.0)
    marked = with_marks(Answer("convoy struck", (hit,), 1, frozenset({"convoy", "strike"}))).hits[0]
    assert marked_words(passage.text, marked.marks.text) == ["convoy", "struck"]
    assert marked_words(passage.context, marked.marks.context) == ["convoy"]
