import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write


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
    ranked_by = [h.ranking.fused for h in answer.hits]  # what they were ranked by: BM25, meaning, document
    assert ranked_by == sorted(ranked_by, reverse=True)


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


@pytest.fixture
def dated(tmp_path):
    root = tmp_path / "corpus"
    write(
        root,
        "2017-01-10-depot.md",
        "---\ntitle: Depot hit\n---\nAircraft struck the Harbour Brigade depot on Tuesday.\n",
    )
    write(
        root,
        "2017-02-20-port.md",
        "---\ntitle: Port raid\n---\nThe Harbour Brigade was struck again on 18 Feb 2017, officials said.\n",
    )
    write(
        root,
        "2017-03-05-briefing.txt",
        "---\ntitle: Briefing\nkind: transcript\n---\nQ: Has the Harbour Brigade been targeted lately?\n"
        "MR. HALE: I don't have anything for you on that.\n",
    )
    write(root, "timeline.md", "---\ntitle: Timeline\n---\n- 3 Mar 2017: The Harbour Brigade is struck a third time.\n")
    write(root, "ferry.md", "---\ntitle: Ferry\n---\nThe ferry was closed for repairs, the council said.\n")
    for number in range(4):
        write(root, f"filler-{number}.md", f"---\ntitle: Filler\n---\nA report on item {number} and nothing else.\n")
    build_index(root, tmp_path / "index")
    return Searcher(load_index(tmp_path / "index"))


def test_last_questions_lead_with_the_latest_date_and_the_passage_that_gives_it(dated):
    answer = dated.ask("when was the Harbour Brigade last struck?", k=3)
    assert answer.date_line == "Latest date found: 3 Mar 2017, in Timeline"
    assert answer.hits[0].source.title == "Timeline"
    assert answer.date_answer.passage_id == answer.hits[0].passage_id
    assert [h.source.title for h in answer.hits[1:]] == ["Port raid", "Depot hit"]


def test_first_questions_lead_with_the_earliest_date(dated):
    answer = dated.ask("When was the Harbour Brigade first struck?", k=3)
    assert answer.date_line == "Earliest date found: 10 Jan 2017, in Depot hit"
    assert answer.hits[0].source.title == "Depot hit"


def test_plain_when_questions_name_the_date_of_the_best_passage_that_gives_one(dated):
    answer = dated.ask("When did aircraft strike the depot?", k=3)
    assert answer.date_line == "Date found: 10 Jan 2017, in Depot hit"


def test_no_date_line_without_a_when_question_or_without_a_date_in_the_passages(dated):
    assert dated.ask("Harbour Brigade struck", k=3).date_answer is None
    answer = dated.ask("When was the ferry closed?", k=3)
    assert answer.hits and answer.date_answer is None and answer.date_line is None


def test_words_no_passage_has_are_named_and_then_no_date_is_claimed(dated):
    answer = dated.ask("When was the Harbour Brigade last struck by Hezbollah?", k=3)
    assert answer.missing == ("Hezbollah",)
    assert answer.hits and answer.date_answer is None


def test_a_reporters_question_gives_way_to_the_turn_that_answers_it(dated):
    answer = dated.ask("targeted lately", k=3)
    assert answer.hits[0].passage.text == "I don't have anything for you on that."
    assert answer.hits[0].passage.context == "Has the Harbour Brigade been targeted lately?"
    assert len(answer.hits) == 1
