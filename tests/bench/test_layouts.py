"""The measure of transcripts as the web serves them: it reads a half's manifest, indexes the half with the
real builder and counts right and wrong answers, leaks included."""

from bench.layouts import measure_half, speaker_matches
from tests.conftest import write

MANIFEST = """
[[document]]
file = "good.txt"
layout = "state-text"
title = "Department Press Briefing - May 9, 2017"
date = "2017-05-09"
speakers = [
  { text = "the envoy is back", speaker = "Ellison" },
  { text = "Did he meet the prime minister?", speaker = "Question" },
  { text = "He met both.", speaker = "Moss" },
]
chrome = ["Skip to main content", "May 9, 2017"]

[[document]]
file = "leaky.md"
layout = "article"
title = "Wrong title"
date = "2017-01-01"
chrome = ["Share this story"]
"""
GOOD = """Skip to main content
Department Press Briefing - May 9, 2017
May 9, 2017
MS ELLISON: Good afternoon. The envoy is back tonight, and the envoy is back in time.
QUESTION: Did he meet the prime minister?
MS ELLISON: He met both.
"""
LEAKY = "# A title\n\nShare this story with friends. It is a paragraph here.\n"


def test_a_half_is_measured_per_layout_and_misses_are_counted(tmp_path):
    half = tmp_path / "tune"
    write(half, "manifest.toml", MANIFEST)
    write(half, "good.txt", GOOD)
    write(half, "leaky.md", LEAKY)
    report = measure_half(half)
    state, article = report.layouts["state-text"], report.layouts["article"]
    assert (state.titles.right, state.dates.right, len(state.chrome_leaked)) == (1, 1, 0)
    assert (state.speakers.right, state.speakers.total) == (2, 3), state.misses
    assert (article.titles.right, article.dates.right) == (0, 0)
    assert article.chrome_leaked == ["leaky.md: Share this story"]
    assert report.total.documents == 2 and report.skipped == []
    assert "| state-text | 1 | 2/3 (0.67) | 0/2 | 1/1 | 1/1 | - |" in report.table()


def test_speakers_match_by_surname_or_role():
    assert speaker_matches("PENTAGON PRESS SECRETARY JOHN F. KIRBY", "Kirby")
    assert speaker_matches("Spokesman (Stéphane Dujarric)", "Dujarric")
    assert speaker_matches("Q", "Question") and speaker_matches("Question", "question")
    assert speaker_matches("SENIOR STATE DEPARTMENT OFFICIAL (ONE)", "Senior State Department Official")
    assert not speaker_matches("MR. KIRBY", "Question")
    assert not speaker_matches("MR. KIRBYSON", "Kirby")
    assert not speaker_matches(None, "Kirby")
