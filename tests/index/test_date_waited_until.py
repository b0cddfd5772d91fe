"""A day led by ``until`` after ``wait``, followed by what was then done (``waited until 8 March to warn the
tenants``), is the day it was done, not a limit; ``until`` alone (``the road stays shut until 8 March``) still
bounds."""

from tests.conftest import line, searcher_over


def test_the_day_waited_for_is_the_day_of_what_was_done(tmp_path):
    searcher = searcher_over(
        tmp_path / "corpus",
        {
            "2026-03-20-harrow-damp.md": "The housing trust admitted it had been slow by waiting until 8 March to "
            "warn the Harrow tenants about the damp.\n",
            "2026-03-21-vell-road.md": "The Vell road to the harbour stays shut until 28 March for repairs.\n",
            "2026-03-19-ferry.md": "The Harrow ferry resumed on 2 March after the storm.\n",
        },
    )
    assert line(searcher, "when did the housing trust warn the Harrow tenants about the damp") == "2026-03-08"
    assert line(searcher, "when did the Vell road to the harbour reopen") is None  # a limit, no day of reopening
