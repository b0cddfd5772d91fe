"""A date after a plan told as a noun (``with a scheduled arrival on 23 March``) is what was planned: for a question
about what has happened it is no answer and no rival, so the day of the deed beside it is named; a plain noun before
a date (``with an arrival on 20 March``) is no plan."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(
        tmp_path_factory.mktemp("planned") / "corpus",
        {
            "2026-04-02-tamsin-barge.md": "Harbour police detained the crew of the grain barge Tamsin. Its papers "
            "show it sailed from the port of Vell on 11 March with a scheduled arrival on 23 March.\n",
            "2026-04-03-orrin-barge.md": "Harbour police detained the crew of the grain barge Orrin. Its papers show "
            "it sailed from the port of Vell on 12 March with an arrival on 20 March.\n",
            "2026-04-01-ferry.md": "The Harrow ferry resumed on 30 March after the storm.\n",
        },
    )


def test_the_day_of_the_deed_beside_a_planned_one_is_named(searcher):
    assert line(searcher, "When did the Tamsin sail from Vell?") == "2026-03-11"


def test_a_plain_noun_before_a_date_is_no_plan(searcher):
    assert line(searcher, "When did the Orrin sail from Vell?") is None  # two days of the voyage, no one singled out
