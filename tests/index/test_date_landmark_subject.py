"""A date's clause whose question subject stands only in the landmark another time is counted from (``opened on
Monday, six days after the blaze``) does not date that subject: the blaze did not open on Monday."""

import pytest

from tests.conftest import line, searcher_over

PAGES = {
    "articles/2026-03-16-osprey-inquiry.md": (
        "---\ntitle: \"Osprey inquiry opens\"\ndate: 2026-03-16\n---\n"
        "# Osprey inquiry opens\n\n"
        "The public inquiry into the fire on the ferry Osprey opened in Lorn on Monday, six days after the blaze "
        "forced the evacuation of 120 people.\n\n"
        "The ferry's owner said the ship would stay in dock until the summer.\n"
    ),
    "articles/2026-02-20-tarn-talks.md": (
        "---\ntitle: \"Tarn talks\"\ndate: 2026-02-20\n---\n"
        "# Tarn talks\n\n"
        "Negotiators from the Tarn dockers resumed the wage talks on Thursday, after the strike ended.\n"
    ),
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(tmp_path_factory.mktemp("landmark") / "corpus", PAGES)


def test_the_subject_named_only_as_a_landmark_after_the_date_is_not_dated_by_it(searcher):
    assert line(searcher, "when did the blaze start?") is None  # not 16 March: the inquiry opened then
    assert line(searcher, "when did the blaze break out?") is None


def test_what_the_clause_tells_of_is_still_dated(searcher):
    assert line(searcher, "when did the Osprey inquiry open?") == "2026-03-16"
    assert line(searcher, "when did the Tarn wage talks resume?") == "2026-02-19"
