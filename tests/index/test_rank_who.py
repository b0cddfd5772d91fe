"""Ranking for a question asking who: a passage whose sentence names a person beside what was asked answers it."""

from __future__ import annotations

import pytest

from index.analyzer import iter_tokens
from index.builder import build_index
from index.rerank import asks_who, states_name
from index.search import Searcher
from index.store import load_index
from tests.conftest import write
from tests.index.test_what_was_meant import FILLER, doc

FILES = {
    "story.md": doc(
        "Savings run",
        "Savers queued outside every branch of Tollmere Savings on Monday, hours before a withdrawal cap was "
        "announced.",
    ),
    "named.md": doc(
        "Late statement",
        "Near midnight Treasury Minister Ada Lorne announced the withdrawal cap: savers at Tollmere Savings may "
        "take out no more than 300 crowns a week until the audit ends.",
    ),
    "elsewhere.md": doc(
        "Harbour news",
        "Harbour Master Piet Vane said the ferries would keep to the winter timetable until the ice melts.",
    ),
    **FILLER,
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    folder = tmp_path_factory.mktemp("who")
    for name, text in FILES.items():
        write(folder / "corpus", name, text)
    build_index(folder / "corpus", folder / "index", model="wordllama")
    return Searcher(load_index(folder / "index"))


def titles(searcher: Searcher, question: str) -> list[str]:
    return [hit.source.title for hit in searcher.ask(question, k=2).hits]


def test_a_question_asking_who_lifts_the_passage_that_names_a_person(searcher):
    assert titles(searcher, "Who announced the withdrawal cap at Tollmere Savings?")[0] == "Late statement"


def test_a_question_that_does_not_ask_who_keeps_its_order(searcher):
    assert titles(searcher, "When was the withdrawal cap at Tollmere Savings announced?")[0] == "Savings run"
    assert titles(searcher, "What was the withdrawal cap at Tollmere Savings?")[0] == "Savings run"


def test_a_question_asking_who_is_told_from_other_questions():
    assert asks_who("Who announced the cap?") and asks_who("who is the acting minister")
    assert asks_who("Which opposition figure said it came too late?")
    assert not asks_who("What did the minister say?") and not asks_who("Whose car was it?")
    assert not asks_who("Which branch closed?")


def test_a_name_counts_only_in_a_sentence_holding_enough_of_the_question_by_rarity():
    def terms_of(text: str) -> set[str]:
        return {token.term for token in iter_tokens(text)}

    asked = [("cap", 3.0), ("withdrawal", 3.0), ("announced", 1.0)]
    words = [(tuple(terms_of(word)), weight) for word, weight in asked]
    assert states_name("The cap on withdrawals was set by Finance Minister Ada Lorne.", words, terms_of)
    assert states_name('"The cap stays until the audit ends," Ada Lorne said of the withdrawal limit.', words, terms_of)
    assert states_name("The spokesman, Tomas Reval, announced the withdrawal cap.", words, terms_of)
    assert not states_name("A withdrawal cap was announced. Ada Lorne said the ferries run late.", words, terms_of)
    assert not states_name("The withdrawal cap was announced by the ministry on Monday.", words, terms_of)
