"""A timeline whose title names two bodies (``strikes on the Orvel Brigade and the Marsh Legion``) speaks for each
entry only with the bodies the entry names: an entry about one of them does not date an event of the other."""

import pytest

from tests.conftest import line, searcher_over

ALIASES = '[groups]\norvel = ["Orvel Brigade", "OB", "Orvel Front"]\nmarsh = ["Marsh Legion", "Reed Army"]\n'


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("two-bodies") / "corpus"
    return searcher_over(
        root,
        {
            "aliases.toml": ALIASES,
            "timeline.md": "# Timeline: strikes on the Orvel Brigade and the Marsh Legion, 2021-2023\n\n"
            "- 2021-2022: Jets strike Marsh Legion depots several times, alongside the campaign on the Orvel Brigade.\n"
            "- 16 Nov 2022: Aircraft destroy about 100 Orvel Brigade fuel trucks near Kessa.\n"
            "- 3 Mar 2023: The Marsh Legion is struck again, for the first time since May.\n",
            "2023-04-02-ferry.md": "# Ferry resumes\n\nThe Halden ferry sailed again on 2 April 2023.\n",
            "2023-05-01-bridge.md": "# Bridge opens\n\nThe Varn bridge opened to traffic on 1 May 2023.\n",
        },
    )


def test_an_entry_about_the_other_body_does_not_date_the_one_asked(searcher):
    assert line(searcher, "when was the last strike on the OB?") in (None, "2022-11-16")


def test_the_entry_about_the_body_asked_still_dates_it(searcher):
    assert line(searcher, "when was the Reed Army last struck?") == "2023-03-03"
    assert line(searcher, "when was the most recent strike on the Orvel Brigade?") in (None, "2022-11-16")
