"""An ordinal before its noun names no day of the month, whatever the noun's case (``on the 4th Infantry
Division``, ``Saturday the 3rd Battalion``), while ``on the 4th`` before a capital that opens a sentence or a
name after a comma still reads as a day."""

from datetime import date

import pytest

from index.dates import date_mentions
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fell on the 4th Infantry Division overnight.", []),
        ("Supplies went on the 2nd Armoured Brigade's trucks.", []),
        ("Orders came on the 7th Fleet through the night.", []),
        ("On Tuesday the 3rd Battalion held the bridge.", ["2026-03-24"]),  # the weekday alone
        ("The unit landed on the 4th. Infantry followed later.", ["2026-03-04"]),
        ("The unit landed on the 4th, Infantry Division officers said.", ["2026-03-04"]),
        ("The unit landed on the 4th in the dark.", ["2026-03-04"]),
        ("The unit landed on Monday the 23rd.", ["2026-03-23"]),
    ],
)
def test_an_ordinal_before_a_capitalised_noun_is_no_day(text, expected):
    assert [m.date.iso for m in date_mentions(text, date(2026, 3, 27))] == expected


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("ordinal-nouns") / "corpus"
    return searcher_over(
        root,
        {
            "2026-03-27-kessel-shelling.md": "Artillery shelled the Kessel depot on the 4th Infantry Division's "
            "flank.\n",
            "2026-03-27-varn-landing.md": "Marines landed at Varn harbour on the 9th, the ministry said.\n",
        },
    )


def test_a_division_named_by_its_ordinal_gives_no_line(searcher):
    assert line(searcher, "when was the Kessel depot shelled") is None


def test_a_day_named_by_its_ordinal_still_answers(searcher):
    assert line(searcher, "when did the marines land at Varn harbour") == "2026-03-09"
