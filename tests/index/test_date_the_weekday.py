"""``on the Saturday`` and ``that Sunday`` name a day of a week told of before, not the last one before the text's
date: such a weekday dates nothing by itself, while ``on Saturday`` in the past still means the last one."""

import pytest

from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("the-weekday") / "corpus"
    return searcher_over(
        root,
        {
            "2026-12-02-interview.md": "---\ntitle: The night the cooling stopped\ndate: 2026-12-02\n---\n"
            "Over the weekend of 14-15 November the main vault of the Velm Seed Store lost cooling.\n\n"
            "Ilse Dunne: The compressor failed on the Saturday afternoon, and the alarm never reached anyone.\n\n"
            "Ilse Dunne: The spare pump was fitted that Sunday by a contractor.\n",
            "2026-12-02-ferry.md": "---\ntitle: Ferry news\ndate: 2026-12-02\n---\n"
            "The Halden ferry ran aground on Saturday near the harbour mouth, the port said.\n",
        },
    )


def test_on_the_saturday_is_not_the_last_saturday(searcher):
    assert line(searcher, "when did the compressor fail?") in (None, "2026-11-14")


def test_that_sunday_is_not_the_last_sunday(searcher):
    assert line(searcher, "when was the spare pump fitted?") in (None, "2026-11-15")


def test_on_saturday_in_the_past_is_still_the_last_one(searcher):
    assert line(searcher, "when did the Halden ferry run aground?") == "2026-11-28"
