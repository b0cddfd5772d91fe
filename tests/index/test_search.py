import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index


@pytest.fixture
def searcher(corpus, tmp_path):
    build_index(corpus, tmp_path / "index")
    return Searcher(load_index(tmp_path / "index"))


def test_answer_carries_passage_source_and_link(searcher):
    answer = searcher.ask("point me to the Pentagon", k=2)
    top = answer.hits[0]
    assert top.passage.text == "I'd point you to the Pentagon for that one."
    assert top.passage.context == "And the ferry crossing on the Euphrates?"
    assert top.source.title == "Daily briefing, 2 March 2017 (test)"
    assert top.source.link == "https://example.test/briefing/2017-03-02"
    assert top.date.isoformat() == "2017-03-02"
    assert answer.matched == 1


def test_hits_are_best_first(searcher):
    answer = searcher.ask("convoy Raqqa trucks strike", k=10)
    assert answer.matched >= len(answer.hits) >= 3
    assert [h.score for h in answer.hits] == sorted((h.score for h in answer.hits), reverse=True)


def test_document_without_url_links_to_its_corpus_path_and_tweet_keeps_its_own_date(searcher):
    hit = searcher.ask("trucks burning eastern road").hits[0]
    assert hit.source.url is None and hit.source.link == "news/convoy.md"
    assert hit.date.isoformat() == "2017-02-28"


def test_question_without_searchable_words(searcher):
    answer = searcher.ask("when was it?")
    assert answer.terms == frozenset() and answer.hits == () and answer.matched == 0


def test_neighbours_stay_inside_the_document(searcher):
    first = searcher.neighbours(0, before=2, after=1)
    assert [p.position for p in first] == [0, 1]
    index = searcher.index
    last_of_first_doc = max(i for i, p in enumerate(index.passages) if p.doc == 0)
    around = searcher.neighbours(last_of_first_doc, before=1, after=3)
    assert all(p.doc == 0 for p in around)
