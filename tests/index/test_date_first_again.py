"""A first asked: a date whose clause says the event came again (``struck again``, ``the first raid since March``)
is not the earliest, however well its words match the question."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("first-again") / "corpus"
    return searcher_over(
        root,
        {
            "timeline.md": "# Raids on the Orvel Brigade\n\n"
            "2019-2020: Coalition jets raided Orvel Brigade depots several times.\n\n"
            "12 May 2023: The Orvel Brigade is raided again, for the first time since March, near Kessa.\n",
            "2023-06-02-ferry.md": "The Halden ferry sailed on 2 June 2023. It sailed again on 9 June, the first "
            "crossing since the storm.\n",
            "2023-07-01-bridge.md": "The Varn bridge opened to traffic on 1 July 2023, the council said.\n",
        },
    )


def test_a_date_told_as_a_repeat_is_not_the_first(searcher):
    assert line(searcher, "when was the Orvel Brigade first raided?") == "2019"


def test_the_first_of_two_sailings_is_the_one_not_told_again(searcher):
    assert line(searcher, "when did the Halden ferry first sail?") == "2023-06-02"


def test_a_first_asked_of_a_single_event_is_unchanged(searcher):
    assert line(searcher, "when did the Varn bridge first open to traffic?") == "2023-07-01"
