"""A weekday followed by its day and month written out (``Monday the 21st of September``) is that one day, not the
last Monday before the day of writing as well; without a month after it (``Monday, the 21st of the month``) the
weekday keeps its own reading."""

from datetime import date

import pytest

from index.dates import date_mentions
from tests.conftest import line, searcher_over


def mentions(text: str, anchor: date) -> list[str]:
    return [mention.date.iso for mention in date_mentions(text, anchor)]


@pytest.mark.parametrize(
    "text",
    [
        "The dock strike began on Monday the 21st of September, and by noon the port was shut.",
        "The dock strike began on Monday, the 21st of September.",
    ],
)
def test_a_weekday_with_its_day_and_month_is_one_day(text):
    assert mentions(text, date(2026, 10, 9)) == ["2026-09-21"]


def test_a_weekday_before_no_month_keeps_its_reading():
    assert mentions("The dock strike began on Monday, the 21st of the month.", date(2026, 10, 9)) == ["2026-10-05"]
    assert mentions("The dock strike began on Monday the 21st.", date(2026, 10, 9)) == ["2026-09-21"]


def test_a_start_told_with_its_weekday_and_day_is_named(tmp_path):
    searcher = searcher_over(
        tmp_path / "corpus",
        {
            "2026-10-09-dock-strike.md": "Pay talks failed in June. Then the dock strike began on Monday the 21st "
            "of September, and at its height 4,000 dockers were out.\n",
            "2026-10-02-ferry-fares.md": "Ferry fares on the Harrow crossing rose by four per cent on 1 October.\n",
        },
    )
    assert line(searcher, "when did the dock strike start") == "2026-09-21"
