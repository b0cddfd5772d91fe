"""Ranking for a question asking what was said: a passage whose sentence reports it answers it."""

from __future__ import annotations

import pytest

from index.analyzer import iter_tokens
from index.rerank import asks_what_said, states_saying
from index.search import Searcher
from tests.index.test_what_was_meant import FILLER, doc, searcher_over

FILES = {
    "story.md": doc(
        "Recall timeline",
        "Harlow Foods recalled its oat bars from every shop on Tuesday after mould was found in a batch.",
    ),
    "said.md": doc(
        "Company answer",
        "Harlow Foods was sorry for the oat bars, its chief executive Mina Orr said in a statement, adding that every "
        "buyer would get a full refund and that the bakery line would stay shut until it had been cleaned.",
    ),
    "elsewhere.md": doc(
        "Harbour news",
        '"The ferries keep to the winter timetable," the harbour master said of the ice on the river.',
    ),
    **FILLER,
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    return searcher_over(tmp_path_factory.mktemp("said"), FILES)


def titles(searcher: Searcher, question: str) -> list[str]:
    return [hit.source.title for hit in searcher.ask(question, k=2).hits]


def test_a_question_asking_what_was_said_lifts_the_passage_that_reports_it(searcher):
    assert titles(searcher, "What did Harlow Foods say about recalling the oat bars?")[0] == "Company answer"
    assert titles(searcher, "Harlow Foods statement on the oat bars recall")[0] == "Company answer"


def test_a_question_that_does_not_ask_what_was_said_keeps_its_order(searcher):
    assert titles(searcher, "What did Harlow Foods recall, the oat bars?")[0] == "Recall timeline"


def test_a_question_asking_what_was_said_is_told_from_other_questions():
    assert asks_what_said("What did the minister say about the bridge?") and asks_what_said("how did she explain it")
    assert asks_what_said("the union's statement on the strike") and asks_what_said("Company response to the fine")
    assert not asks_what_said("What did the minister sign?") and not asks_what_said("Who said it?")


def test_a_report_of_words_counts_only_in_a_sentence_holding_enough_of_the_question_by_rarity():
    def terms_of(text: str) -> set[str]:
        return {token.term for token in iter_tokens(text)}

    asked = [("oat", 3.0), ("bars", 2.0), ("recall", 2.0)]
    words = [(tuple(terms_of(word)), weight) for word, weight in asked]
    assert states_saying("The oat bars were safe, she said.", words, terms_of)
    assert states_saying('"We are sorry about the oat bars," the firm wrote.', words, terms_of)
    assert not states_saying("The oat bars were recalled. The mayor said the ferry runs late.", words, terms_of)
    assert not states_saying("The recall of the oat bars began on Tuesday.", words, terms_of)
