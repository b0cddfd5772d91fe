"""A day the best passage gives with most of the question's subject in its sentence, when no date stands with the
question's verb and the passage names that verb nowhere, but leads the other passages clearly: the event told in
other words (``fell`` for ``drop``). Never for a first or last, when the verb is told undated elsewhere in the passage,
or when the passage gives another date about the same things."""

import pytest

from tests.conftest import line, searcher_over

PAGES = {
    "articles/2026-12-01-orvik-cold.md": (
        "---\ntitle: \"Orvik shivers\"\ndate: 2026-12-01\n---\n"
        "# Orvik shivers\n\n"
        "Temperatures in Orvik fell to minus 12C on Sunday night, the coldest reading of the winter so far. Water "
        "mains burst in three streets.\n"
    ),
    "articles/2026-02-20-keld-festival.md": (
        "---\ntitle: \"Keld festival\"\ndate: 2026-02-20\n---\n"
        "# Keld festival\n\n"
        "The Keld lantern festival falls on 4 March; the town council has cancelled the festival parade, which "
        "may drop its fireworks for good.\n"
    ),
    "articles/2026-12-10-brask-pass.md": (
        "---\ntitle: \"Brask pass\"\ndate: 2026-12-10\n---\n"
        "# Brask pass\n\n"
        "Snow shut the Brask pass road on 2 December, and the Brask pass road was shut again by snow on 9 December.\n"
    ),
    "articles/2026-11-02-harbour.md": (
        "---\ntitle: \"Harbour dues\"\ndate: 2026-11-02\n---\n"
        "# Harbour dues\n\n"
        "The harbour board raised mooring dues on 1 November after a long review; they may drop again in spring.\n"
    ),
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(tmp_path_factory.mktemp("plainly-told") / "corpus", PAGES)


def test_a_day_told_with_the_whole_subject_in_other_words_is_named(searcher):
    assert line(searcher, "when did temperatures in Orvik drop to minus 12C") == "2026-11-29"


def test_no_such_day_for_a_first_or_when_the_verb_is_told_undated(searcher):
    assert line(searcher, "when did temperatures in Orvik first drop to minus 12C") is None
    assert line(searcher, "when did Keld call off the lantern festival parade") is None


def test_no_such_day_when_the_passage_gives_two(searcher):
    assert line(searcher, "when did snow block the Brask pass road") is None
