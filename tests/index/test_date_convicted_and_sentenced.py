"""A conviction and a sentence are two events, often weeks apart: a question about when someone was convicted is
not answered by the day of the sentence (nor the reverse), while ``jailed`` and ``imprisoned`` still tell of the
sentence."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("convicted") / "corpus"
    return searcher_over(
        root,
        {
            "2025-02-14-dunholt-mayor.md": "# Former Dunholt mayor jailed for four years\n\n"
            "Passing sentence this afternoon, the judge said Orrin Tesk had treated the Dunholt harbour fund as his "
            "own purse. Tesk, who ran the Dunholt council for nine years, was convicted by a jury at Lenmouth "
            "Crown Court on 21 January after a five-week trial.\n\n"
            "He was found guilty of two counts of fraud over the Dunholt harbour fund.\n",
        },
    )


def test_a_conviction_is_dated_by_the_verdict_not_the_sentence(searcher):
    assert line(searcher, "when was Orrin Tesk convicted") == "2025-01-21"


@pytest.mark.parametrize("question", ["when was Orrin Tesk sentenced", "when was Orrin Tesk jailed"])
def test_the_sentence_is_still_dated_by_its_day(searcher, question):
    assert line(searcher, question) == "2025-02-14"
