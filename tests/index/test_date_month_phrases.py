"""A month without a year in a phrase led by ``since`` (``since the bridge closure in March``) lies behind the day of
writing whatever the tense of the sentence around it; a timetable told in the present (``runs``, ``operates``,
``applies``) points ahead."""

from datetime import date

import pytest

from index.dates import stated_dates
from tests.cli_runner import run_json
from tests.conftest import write

JUNE = date(2026, 6, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry, halted since the pier collapse in March, will sail again in August.", ["2026-03", "2026-08"]),
        ("The road, shut since October, will reopen in July.", ["2025-10", "2026-07"]),
        ("Ever since the floods in March, the valley will need help.", ["2026-03"]),
        ("The shuttle runs twice a day in July and hourly from August.", ["2026-07", "2026-08"]),
        ("Night buses operate on weekends in September.", ["2026-09"]),
        ("The new toll applies from October.", ["2026-10"]),
        # Must not change: a past clause, a plan in the present, ``since`` in a past sentence, a verb after ``since``.
        ("The bridge closed in March.", ["2026-03"]),
        ("The trains ran daily in July.", ["2025-07"]),
        ("The first staff arrive in April.", ["2027-04"]),
        ("The port was idle since March.", ["2026-03"]),
        ("Since the museum opens in March, tickets go on sale soon.", ["2027-03"]),
    ],
)
def test_a_month_after_since_is_gone_by_and_a_timetable_in_the_present_lies_ahead(text, expected):
    assert [found.iso for found in stated_dates(text, JUNE)] == expected


RELEASE = """Night ferry to resume: media release
4 June 2026

The ministry confirms that the night ferry, suspended since the quay fire in March, will resume on 1 July 2026.

The night ferry runs three nights a week in July and daily from August.
"""


def test_a_release_gives_its_coming_timetable_and_a_past_closure_their_years(tmp_path):
    write(tmp_path / "corpus", "release.txt", RELEASE)
    found = run_json("ask", "night ferry", "--corpus", "corpus", "--json", "--k", "20", cwd=tmp_path)
    dates = {p["text"][:20]: set(p["dates"]) - {"2026-06-04"} for p in found["passages"]}  # less the day written
    assert dates["The ministry confirm"] == {"2026-03", "2026-07-01"}
    assert dates["The night ferry runs"] == {"2026-07", "2026-08"}
