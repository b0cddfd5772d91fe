"""Two readings of a date's sentence: ``that`` before a plural noun and its verb opens a clause of its own
(``complaints that tenants say they made in May``: May dates the complaints, not what the sentence's main verb
tells), as ``that the …`` does; and an ordinal before its noun (``on the 19th wagon``) is no day of the month,
while ``on the 19th`` before a comma, a preposition or a verb still is."""

from datetime import date

import pytest

from index.dates import date_mentions
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors found a crack on the 19th wagon, and the line was shut.", []),
        ("The line was shut on the 19th, and reopened later.", ["2026-03-19"]),
        ("The line was shut on the 19th after a crack was found.", ["2026-03-19"]),
        ("The storms on 9 March and on the 19th closed the line.", ["2026-03-09", "2026-03-19"]),
        ("Trains stopped on the 19th when the crack was found.", ["2026-03-19"]),
    ],
)
def test_an_ordinal_before_its_noun_is_no_day(text, expected):
    assert [m.date.iso for m in date_mentions(text, date(2026, 3, 27))] == expected


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("that-clauses") / "corpus"
    return searcher_over(
        root,
        {
            "2026-07-20-harrow-wardens.md": "Two Harrow estate wardens have been dismissed for ignoring complaints "
            "about damp that tenants say they made in May.\n",
            "2026-07-22-vell-wardens.md": "Two Vell estate wardens were dismissed in June for ignoring complaints "
            "that the tenants had made.\n",
            "2026-07-23-ferry.md": "The Harrow ferry resumed on 3 July after the storm.\n",
        },
    )


def test_a_date_in_a_that_clause_of_its_own_does_not_date_the_main_verb(searcher):
    assert line(searcher, "when were the Harrow estate wardens dismissed") is None  # May dates the complaints


def test_a_date_with_the_main_verb_still_answers(searcher):
    assert line(searcher, "when were the Vell estate wardens dismissed") == "2026-06"
