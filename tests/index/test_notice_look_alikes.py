"""A page's notices (a note on the text, a copyright notice, a date line ending on its time) are chrome by their
form; the same words inside an article's or a speaker's sentence stay (fixtures written for these tests)."""

from datetime import date
from operator import attrgetter

import pytest

from tests.conftest import built_pages, by_document

DEPOT = """Bus depot timetable may change again before spring
By Mara Quill
Thursday, 5 March 2026, 9:30 a.m.
The timetable for the new bus depot may not be in its final form before the spring, the council said on Thursday.
Drivers have asked for longer breaks between the late runs, which the first draft did not allow.
The depot opens on 1 April after a year of building work.
"""

HARBOUR = """Harbour wall opens after two winters of work
By Mara Quill
Posted 6 March 2026, 8:00 a.m.
This is an unofficial translation of the minister's remarks.
The minister opened the new harbour wall on Friday and thanked the crews who built it through two winters.
She said the wall would protect four hundred homes from the spring tides.
"""

FLOOD = """River warning stays in force for the lower town
By Mara Quill
Posted 9 March 2026, 7:45 a.m.
People in the lower town were told on Monday to move their cars to the car park on the hill.
Issued on 9 March 2026, the warning for the lower town stays in force until 8 p.m.
The river rose by a metre overnight, the water board said.
"""

WATER = """Ministry of Water
Press briefing by the spokesperson
11 March 2026
SPOKESPERSON: Good morning. The reservoirs are back to their usual level for the time of year.
QUESTION: Will the hosepipe ban end?
SPOKESPERSON: It ends on Monday.
Copyright rules for the ministry's maps are set by the survey office, not by us, and the maps stay free to print.
This is a record number of requests for the maps in a single month.
Copyright (c) 2026 Ministry of Water. All rights reserved. Reuse of this page is allowed under the open licence.
This transcript may contain errors. Check it against the recording before quoting.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    pages = {"depot.txt": DEPOT, "harbour.txt": HARBOUR, "flood.txt": FLOOD, "water.txt": WATER}
    index = built_pages(tmp_path_factory.mktemp("notices"), pages)
    documents, passages = by_document(index, attrgetter("speaker", "text"))
    return {path: day for path, (_, day) in documents.items()}, passages


def _texts(passages, name: str) -> list[str]:
    return [text for _, text in passages[name]]


def test_a_lead_paragraph_with_a_note_s_words_stays_and_a_date_line_ending_on_its_time_goes(built):
    dates, passages = built
    assert dates["depot.txt"] == date(2026, 3, 5)
    assert _texts(passages, "depot.txt") == [
        "The timetable for the new bus depot may not be in its final form before the spring, the council said on "
        "Thursday.",
        "Drivers have asked for longer breaks between the late runs, which the first draft did not allow.",
        "The depot opens on 1 April after a year of building work.",
    ]


def test_a_note_on_the_text_under_the_headline_goes(built):
    dates, passages = built
    assert dates["harbour.txt"] == date(2026, 3, 6)
    assert _texts(passages, "harbour.txt")[0].startswith("The minister opened the new harbour wall")
    assert not any("translation" in text or "8:00" in text for text in _texts(passages, "harbour.txt"))


def test_a_sentence_that_goes_on_past_its_date_to_a_time_stays(built):
    dates, passages = built
    assert dates["flood.txt"] == date(2026, 3, 9)
    assert _texts(passages, "flood.txt") == [
        "People in the lower town were told on Monday to move their cars to the car park on the hill.",
        "Issued on 9 March 2026, the warning for the lower town stays in force until 8 p.m.",
        "The river rose by a metre overnight, the water board said.",
    ]


def test_a_speaker_s_words_on_copyright_and_a_record_stay_and_the_notice_under_them_goes(built):
    _, passages = built
    assert passages["water.txt"][-1] == (
        "SPOKESPERSON",
        "It ends on Monday.\n"
        "Copyright rules for the ministry's maps are set by the survey office, not by us, and the maps stay free to "
        "print.\nThis is a record number of requests for the maps in a single month.",
    )
