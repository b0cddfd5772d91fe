"""A count of days before what it is counted from (``six days after it ran aground``, ``two days before the vote``)
is no day counted from the day named before it; ``two days later`` and ``two days after,`` still are."""

from datetime import date

import pytest

from index.dates import date_mentions
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The barge was pulled free on Saturday, almost five days after it hit the weir on Monday.",
         ["2023-10-07", "2023-10-02"]),
        ("The barge was pulled free on 3 May. Two days after the rescue, the weir reopened.", ["2023-05-03"]),
        ("The barge was pulled free on 3 May. Two days later, the weir reopened.", ["2023-05-03", "2023-05-05"]),
        ("The barge was pulled free on 3 May and the weir reopened two days after, once it was checked.",
         ["2023-05-03", "2023-05-05"]),
    ],
)
def test_a_count_before_what_it_is_counted_from_is_no_day(text, expected):
    assert [m.date.iso for m in date_mentions(text, date(2023, 10, 8))] == expected


def test_the_day_the_count_leads_to_is_named(tmp_path):
    searcher = searcher_over(
        tmp_path / "corpus",
        {
            "2023-10-08-weir-barge.md": "The grain barge Tamsin was pulled free at 11:40 p.m. on Saturday, almost "
            "five days after it hit the Vell weir early on Monday morning.\n",
            "2023-10-06-ferry.md": "The Harrow ferry resumed on Wednesday after the storm.\n",
        },
    )
    assert line(searcher, "when did the Tamsin hit the Vell weir") == "2023-10-02"
