"""Ranking: a short passage (a headline, a bullet, a byline) that holds the question's names ranks below a passage that
states what was asked, unless the question asks for a date."""

from __future__ import annotations

import pytest

from bot.render.as_json import answer_to_dict
from index.rerank import SHORT_WORDS, cut_short, is_short
from index.search import Searcher
from tests.index.test_what_was_meant import FILLER, doc, searcher_over

FINDINGS = (
    "Inspectors who climbed under the eastern span last week found two of the steel cables rusted almost through, "
    "and the council has kept every heavy vehicle off the crossing until replacements are fitted in the spring."
)
FILES = {
    "kerrow.md": doc(
        "Kerrow crossing",
        f"The Kerrow bridge is shut to lorries.\n\n{FINDINGS}\n\n"
        "The Kerrow bridge shut on 3 May 2024, two days after the cables were found.",
    ),
    **FILLER,
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    return searcher_over(tmp_path_factory.mktemp("short"), FILES)


def texts(searcher: Searcher, question: str, k: int = 3) -> list[str]:
    return [hit.passage.text for hit in searcher.ask(question, k=k).hits]


@pytest.mark.parametrize("meaning", [True, False])
def test_a_passage_that_states_it_ranks_above_a_short_line_naming_what_was_asked(tmp_path, meaning):
    searcher = searcher_over(tmp_path, FILES, meaning=meaning)
    assert texts(searcher, "what did inspectors find on the Kerrow bridge")[0] == FINDINGS


def test_a_question_asking_for_a_date_keeps_a_short_line_that_dates_it_first(searcher):
    shown = searcher.ask("When did the Kerrow bridge shut?", k=3)
    assert shown.hits[0].passage.text.startswith("The Kerrow bridge shut on 3 May 2024")
    assert shown.date_answer is not None and shown.date_answer.date.iso == "2024-05-03"


@pytest.mark.parametrize("meaning", [True, False])
def test_json_says_which_passage_was_ranked_lower_as_short(tmp_path, meaning):
    searcher = searcher_over(tmp_path, FILES, meaning=meaning)
    passages = answer_to_dict(searcher.ask("what did inspectors find on the Kerrow bridge", k=3))["passages"]
    short = {passage["text"]: passage["short"] for passage in passages}
    assert short[FINDINGS] is False and short["The Kerrow bridge is shut to lorries."] is True


def test_a_passage_is_short_up_to_its_word_limit():
    assert is_short("Averill Water") and is_short("- Photos: the market day [link]")
    assert is_short(" ".join(["word"] * SHORT_WORDS)) and not is_short(" ".join(["word"] * (SHORT_WORDS + 1)))
    assert not is_short("The U.S. team said on 3 May 2024 that the mid-sized ferry, the Kerrow Belle, would sail.")


def test_a_short_passage_loses_a_share_of_the_best_score_and_the_others_keep_theirs():
    found = [(1, 10.0), (2, 9.0), (3, 2.0)]
    assert cut_short(found, {1}) == [(2, 9.0), (1, 6.5), (3, 2.0)]
    assert cut_short(found, set()) == found
