"""Ranking for a yes-or-no question: a passage saying that what was asked did not happen answers it."""

from __future__ import annotations

import pytest

from index.analyzer import iter_tokens
from index.rerank import asks_yes_no, states_denial
from index.search import Searcher
from tests.index.test_what_was_meant import FILLER, doc, searcher_over

FILES = {
    "story.md": doc(
        "Kidnap story",
        "The two surveyors were seized at a quarry near Ostava in March and held for eleven weeks. Their captors "
        "asked for a ransom of two million to free the surveyors, and their families said it would be paid.",
    ),
    "denial.md": doc(
        "Ministry statement",
        "The ministry said on Friday that no ransom was paid for the surveyors, who flew home on Thursday.",
    ),
    "other.md": doc("Quarry works", "Work at the Ostava quarry did not resume until the spring rains stopped."),
    **FILLER,
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    return searcher_over(tmp_path_factory.mktemp("yes-no"), FILES)


def titles(searcher: Searcher, question: str) -> list[str]:
    return [hit.source.title for hit in searcher.ask(question, k=2).hits]


def test_a_yes_or_no_question_lifts_the_passage_that_says_it_did_not_happen(searcher):
    assert titles(searcher, "Was a ransom paid to free the surveyors?")[0] == "Ministry statement"


def test_a_question_that_does_not_ask_yes_or_no_keeps_its_order(searcher):
    assert titles(searcher, "How much ransom was asked to free the surveyors?")[0] == "Kidnap story"


def test_a_yes_or_no_question_is_told_from_other_questions():
    assert asks_yes_no("Was a ransom paid?") and asks_yes_no("did they pay") and asks_yes_no("Any sign of flu?")
    assert not asks_yes_no("How much was paid?") and not asks_yes_no("Why was it paid?")
    assert not asks_yes_no("Island of Was") and not asks_yes_no("Anyone hurt?")


def test_a_denial_counts_only_in_a_sentence_holding_enough_of_the_question_by_rarity():
    def terms_of(text: str) -> set[str]:
        return {token.term for token in iter_tokens(text)}

    words = [(tuple(terms_of(word)), weight) for word, weight in [("ransom", 3.0), ("paid", 1.0), ("free", 1.0)]]
    assert states_denial("They were flown out. No ransom was paid.", words, terms_of)
    assert states_denial("The ransom wasn't paid, she said.", words, terms_of)
    assert not states_denial("A ransom was paid. The quarry did not reopen.", words, terms_of)
    assert not states_denial("The ransom was paid to free them.", words, terms_of)
