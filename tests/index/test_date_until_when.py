"""``until when`` asks how long something lasts: a limit written with ``until`` (``expected to run until 11
December``) answers it; a limit with ``by``, or the same question without ``until``, still gets no line from it."""

import pytest

from index.query import plan_query
from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("until-when") / "corpus"
    return searcher_over(
        root,
        {
            "2026-11-19-skarn-clearance.md": "Navy divers will lift the old shells from the Skarn banks. We expect "
            "the lifting phase to run until 11 December, weather permitting.\n",
            "2026-11-20-brell-survey.md": "The Brell seabed survey should be finished by 8 December, the navy "
            "said.\n",
        },
    )


def test_until_when_is_answered_by_until(searcher):
    assert line(searcher, "until when is the Skarn lifting phase expected to run") == "2026-12-11"


def test_a_limit_with_by_does_not_answer_until_when(searcher):
    assert line(searcher, "until when is the Brell seabed survey expected to run") is None


def test_the_same_limit_without_until_when_gives_no_line(searcher):
    assert line(searcher, "when is the Skarn lifting phase expected to run") is None


def test_until_when_is_read_only_as_a_phrase():
    assert plan_query("until when is the Skarn phase expected to run").intent.until
    assert not plan_query("when is the Skarn phase expected to run until the storm").intent.until
