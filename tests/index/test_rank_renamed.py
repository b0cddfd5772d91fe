"""Ranking under a stated rename: the other name weighs as much as the name asked, by rarity, so a passage naming
the body either way gains as much from the name."""

from __future__ import annotations

import pytest

from index.search import Searcher
from tests.index.test_what_was_meant import FILLER, doc, searcher_over

OLD_NAME = "Eastmoor Quarrying closed the gravel road to trucks."
NEW_NAME = "Brackley Aggregates closed the gravel road to trucks."
FILES = {
    "rename.md": doc(
        "Quarry owner",
        "Brackley Aggregates, which was known as Eastmoor Quarrying until 2020, runs the pit above the village.",
    ),
    "old.md": doc("Old notice", OLD_NAME),
    "new.md": doc("New notice", NEW_NAME),
    **{
        f"brackley-{n}.md": doc(f"Brackley {n}", text)
        for n, text in enumerate(
            [
                "Brackley Aggregates hired forty drivers for the summer.",
                "Brackley Aggregates paid for the new bus shelter.",
                "Brackley Aggregates sponsors the village fete.",
            ]
        )
    },
    "talks.md": doc("Talks", "The talks on the harbour wall ended without a deal."),
    **FILLER,
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    return searcher_over(tmp_path_factory.mktemp("renamed"), FILES, meaning=False)


def scores(searcher: Searcher, question: str) -> dict[str, float]:
    return {hit.passage.text: hit.score for hit in searcher.ask(question, k=10).hits}


def test_a_passage_naming_the_body_by_its_common_new_name_scores_as_one_naming_it_by_the_rare_old_one(searcher):
    found = scores(searcher, "Did Eastmoor Quarrying close the gravel road?")
    assert found[NEW_NAME] == pytest.approx(found[OLD_NAME], rel=1e-6)


def test_asked_by_the_new_name_the_rare_old_name_gains_no_more(searcher):
    found = scores(searcher, "Did Brackley Aggregates close the gravel road?")
    assert found[OLD_NAME] == pytest.approx(found[NEW_NAME], rel=1e-6)


def test_a_question_naming_no_renamed_body_is_scored_by_its_own_words(searcher):
    plain = Searcher(searcher.index, meaning=False, stated_renames=False)
    question = "Did the talks on the harbour wall end?"
    assert scores(searcher, question) == scores(plain, question)


@pytest.mark.parametrize(
    "statement",
    [
        "Halloran Stone, which until 2020 was Eastmoor Quarrying, runs the pit above the village.",
        "Halloran Stone runs the pit above the village. It was formerly Eastmoor Quarrying.",
        "Halloran Stone – it used to be Eastmoor Quarrying – runs the pit above the village.",
    ],
)
def test_a_rename_told_in_plain_words_finds_the_body_by_its_other_name(tmp_path, statement):
    files = {
        "rename.md": doc("Quarry owner", statement),
        "old.md": doc("Old notice", OLD_NAME),
        "new.md": doc("New notice", "Halloran Stone closed the gravel road to trucks."),
        **FILLER,
    }
    found = scores(searcher_over(tmp_path, files, meaning=False), "Did Eastmoor Quarrying close the gravel road?")
    assert found["Halloran Stone closed the gravel road to trucks."] == pytest.approx(found[OLD_NAME], rel=1e-6)
