"""A month without a year in a plan told in the present (``the first inspectors arrive in April``) lies ahead of
the day of writing, as one after ``will`` or ``is due`` does; a month of a past clause lies behind it. A passage's
dates are given at the precision written: a season of a year is that year, never its first of January."""

from tests.cli_runner import run_json
from tests.conftest import write

BRIEFING = """Harbour inspection programme: briefing to the press
14 February 2025

The first harbour inspectors arrive in April, two months from now.

The harbour review is due in April.

Harbour results are expected in April.

Harbour trials begin in April.

The harbour depot will open in April.

The harbour staff arrive in November for the winter season.

The harbour office opened in April after a long delay.

Harbour exports in November dropped sharply.

The harbour crews arrive on Monday.

Harbour repairs will finish in the autumn of 2026.
"""


def test_a_month_of_a_plan_in_the_present_lies_ahead_and_a_season_keeps_its_year(tmp_path):
    write(tmp_path / "corpus", "briefing.txt", BRIEFING)
    found = run_json("ask", "harbour", "--corpus", "corpus", "--json", "--k", "20", cwd=tmp_path)
    dates = {p["text"].split(" in ")[0].split(" on ")[0]: p["dates"] for p in found["passages"]}
    day = "2025-02-14"
    assert dates["The first harbour inspectors arrive"] == [day, "2025-04"]
    assert dates["The harbour review is due"] == [day, "2025-04"]
    assert dates["Harbour results are expected"] == [day, "2025-04"]
    assert dates["Harbour trials begin"] == [day, "2025-04"]
    assert dates["The harbour depot will open"] == [day, "2025-04"]
    assert dates["The harbour staff arrive"] == [day, "2025-11"]
    # Must not change: a month of the past is the last such one; a weekday of a plan in the present is no day.
    assert dates["The harbour office opened"] == ["2024-04", day]
    assert dates["Harbour exports"] == ["2024-11", day]
    assert dates["The harbour crews arrive"] == [day]
    assert dates["Harbour repairs will finish"] == [day, "2026"]
