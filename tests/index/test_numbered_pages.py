"""A transcript numbered in the margin reads the same saved as a web page (its numbers in table cells or in spans)
as saved as text; its headings and notes in capitals (``LUNCHEON ADJOURNMENT``) are no one's words."""

import html
import re
from operator import attrgetter

from tests.conftest import built_pages, by_document

_DAY = """The Quarry Collapse Inquiry

Day 12 - Thursday 11 March 2027

1 (10.00 am)
2 SIR ROBIN OAKES: Good morning, everyone.
3 MR DALE GRANT (sworn)
4 Questions by MS FERN
5 Q. Mr Grant, when did you first see cracks in the
6 north face?
7 A. In late January 2026. I reported them to the site
8 manager the same week.
9 Q. Did anyone measure them?
10 A. Not until the survey team came in April.
11 SIR ROBIN OAKES: We will take a short break.
12 (Short adjournment)
13 Q. Mr Grant, the survey found the cracks had doubled?
14 A. That is what the report said.
15 SIR ROBIN OAKES: Thank you. We will stop there.
16 LUNCHEON ADJOURNMENT
17 (2.00 pm)
18 Q. After lunch, Mr Grant, one more point on drainage.
19 A. The drains were blocked with spoil from the cutting.
20 SIR ROBIN OAKES: That is the end of today's evidence.
21 (The hearing adjourned until 10.00 am the next day)
"""

_HEAD = """<html><head><title>Quarry Collapse Inquiry - Day 12</title></head><body>
<h1>The Quarry Collapse Inquiry</h1>
<p>Day 12 - Thursday 11 March 2027</p>
"""
_NUMBERED = [re.match(r"(\d+) (.*)", line) for line in _DAY.splitlines()]
_IN_CELLS = _HEAD + "<table class='transcript'>\n" + "\n".join(
    f"<tr><td class='ln'>{m[1]}</td><td>{html.escape(m[2])}</td></tr>" for m in _NUMBERED if m
) + "\n</table></body></html>\n"
_IN_SPANS = _HEAD + "<div class='transcript'><p>\n" + "\n".join(
    f"<span class='line-number'>{m[1]}</span> {html.escape(m[2])}<br>" for m in _NUMBERED if m
) + "\n</p></div></body></html>\n"


def test_a_numbered_transcript_saved_as_a_page_reads_as_the_text_does(tmp_path):
    pages = {"day12.txt": _DAY, "cells/day12.html": _IN_CELLS, "spans/day12.html": _IN_SPANS}
    documents, passages = by_document(built_pages(tmp_path / "corpus", pages), attrgetter("text", "speaker"))
    assert ("Mr Grant, when did you first see cracks in the north face?", "Q (MS FERN)") in passages["day12.txt"]
    assert ("Not until the survey team came in April.", "MR DALE GRANT") in passages["day12.txt"]
    assert passages["cells/day12.html"] == passages["day12.txt"]
    assert passages["spans/day12.html"] == passages["day12.txt"]
    assert documents["cells/day12.html"][1] == documents["day12.txt"][1]


def test_a_heading_in_capitals_is_no_quote_of_the_speaker_above(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"day12.txt": _DAY}), attrgetter("text", "speaker"))
    assert ("Thank you. We will stop there.", "SIR ROBIN OAKES") in passages["day12.txt"]
    assert ("LUNCHEON ADJOURNMENT", None) in passages["day12.txt"]
    assert not any("adjournment" in text.lower() for text, speaker in passages["day12.txt"] if speaker)


_RANKS = """<html><head><title>League table after round ten</title></head><body><article>
<h1>League table after round ten</h1>
<p>The harbour side kept top spot after a draw on Saturday.</p>
<table><tr><th>Pos</th><th>Team</th><th>Points</th></tr>
""" + "\n".join(
    f"<tr><td>{n}</td><td>{team}</td><td>{30 - 2 * n}</td></tr>"
    for n, team in enumerate(["Harbour", "Millbrook", "Quayside", "Old Town", "Hillcrest", "Ferryside"], start=1)
) + "\n</table></article></body></html>\n"


def test_a_table_numbered_by_rank_is_a_table_still(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"league.html": _RANKS}))
    assert "Pos | Team | Points\n2 | Millbrook | 26" in passages["league.html"]


_SHOUTED_DAY = "\n".join(
    f"{n} {line}"
    for n, line in enumerate(
        [
            "Q. DID THE PUMP RUN THAT NIGHT?",
            "A. IT DID NOT. THE FUSE HAD GONE IN THE",
            "NORTH SHED",
            "BEFORE THE STORM.",
            "Q. WHO CHANGED THE FUSE?",
            "A. NOBODY UNTIL THE MORNING.",
            "Q. WHY NOT?",
            "A. THE KEYS WERE WITH THE",
            "NIGHT FOREMAN",
            "WHO HAD GONE HOME.",
            "Q. DID HE CALL ANYONE?",
            "A. HE SAYS HE RANG THE DEPOT. THE DEPOT",
            "HAS NO RECORD",
            "OF ANY CALL.",
            "Q. WAS THE PUMP TESTED AFTER?",
            "A. YES, ON THE FIRST OF MAY, AND IT",
            "RAN FOR AN HOUR",
            "WITHOUT A FAULT.",
            "Q. THANK YOU.",
            "A. THANK YOU.",
            "Q. NOTHING FURTHER.",
        ],
        start=1,
    )
)


def test_a_transcript_all_in_capitals_keeps_its_lines_of_words(tmp_path):
    """In a transcript written all in capitals, a short line in capitals is a line of someone's words."""
    pages = {"pump.txt": "PUMP HEARING\n\n" + _SHOUTED_DAY + "\n"}
    _, passages = by_document(built_pages(tmp_path / "corpus", pages), attrgetter("text", "speaker"))
    assert ("IT DID NOT. THE FUSE HAD GONE IN THE NORTH SHED BEFORE THE STORM.", "") in [
        (text, speaker or "") for text, speaker in passages["pump.txt"]
    ]
