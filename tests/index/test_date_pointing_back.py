"""A sentence that opens on ``The most recent`` or ``The latest`` goes on from the sentence before it, and when it has
no verb of its own (``The most recent was on Monday``) it tells of the event that sentence names (``the first
inspection … was in March 2023``); one with a verb of its own keeps to it."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(
        tmp_path_factory.mktemp("pointing") / "corpus",
        {
            "2026-11-18-vell-clinic.md": "Ask the inspectorate about findings. The first unannounced inspection of "
            "the Vell clinic was in March 2023. The second was in May 2025. The most recent was on Monday of this "
            "week, the 16th.\n",
            "2026-11-12-harrow-clinic.md": "The Harrow clinic was inspected in June 2024. The most recent storm "
            "flooded its car park on 3 November.\n",
            "2026-11-10-ferry.md": "The Harrow ferry resumed on 2 November after the storm.\n",
        },
    )


def test_the_most_recent_of_a_series_told_without_a_verb_is_dated(searcher):
    assert line(searcher, "when was the Vell clinic most recently inspected") == "2026-11-16"


def test_a_sentence_with_a_verb_of_its_own_keeps_to_it(searcher):
    assert line(searcher, "when was the Harrow clinic most recently inspected") == "2024-06"  # not the storm's day
