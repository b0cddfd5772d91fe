"""What a date in a clause dates when the event asked about is only named there: the topic of another verb (``gave
an update on Wednesday on the escape``: the update's day), or a word of the event's kin that names a part of a place
(``the northern end of the bay``: no ending)."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("topic") / "corpus"
    return searcher_over(
        root,
        {
            "2026-09-10-kessel-aviary.md": "Kessel park wardens briefed reporters on Wednesday on the escape of three "
            "eagle owls from the aviary. One Kessel owl was recaptured on Tuesday near the canal.\n",
            "2026-08-20-tarrow-lake.md": "Rangers sampling on Saturday, 15 August, found algae off the northern end of "
            "Tarrow Lake. The lake stays open to walkers.\n",
            "2026-06-08-vell-depot.md": "A fire ripped through the Vell paint depot on Sunday, sending smoke into the "
            "air and blowing out the windows of the houses nearby.\n",
            "2026-07-02-harbour-dues.md": "The harbour board raised mooring dues on 1 July after a long review.\n",
        },
    )


def test_an_event_that_is_only_the_topic_of_another_verb_is_not_dated_by_it(searcher):
    assert line(searcher, "when did the Kessel eagle owls escape") is None


def test_a_verb_of_the_event_before_its_date_still_dates_it(searcher):
    assert line(searcher, "when was the Kessel owl recaptured") == "2026-09-08"
    assert line(searcher, "when did Kessel park wardens brief reporters on the escape") == "2026-09-09"


def test_a_verb_joined_by_and_after_a_place_is_no_topic(searcher):
    assert line(searcher, "when did the Vell paint depot fire blow out the windows") == "2026-06-07"


def test_the_end_of_a_place_names_no_closing(searcher):
    assert line(searcher, "when was Tarrow Lake closed") is None
    assert line(searcher, "when did rangers find algae in Tarrow Lake") == "2026-08-15"  # look-alike: its own verb
