"""Lines of a pasted page that belong together or to nobody: a video's words cut by its cues read as the sentences
they make, and the marks a site or a wire sets around a text. Fixtures written for these tests, in the layouts of
the sites that publish such pages."""

import pytest

from tests.conftest import built_pages, by_document

CLIP = """Valley Water Update - Reservoir Works
Valley Water Board
812 subscribers
Subscribe
Transcript
Search in video
0:00
good afternoon and thanks for tuning in
0:03
the pumps at the west reservoir were
0:06
switched off on the 4th of May and
0:09
they come back on the 19th of June
0:12
That is all for this week.
0:15
Next week we look at the pipes.
0:18
See you then.
Chapters
View all
Show chat replay
Comments 4
"""

SUBTITLES = """Ferry Service Notice
0:00
The morning ferry is cancelled.
0:04
The evening ferry runs as usual.
0:08
Tickets stay valid for a month.
0:12
Ask the crew if you need help.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = {"clip.txt": CLIP, "subtitles.txt": SUBTITLES}
    return by_document(built_pages(tmp_path_factory.mktemp("pages"), pages))[1]


def test_a_video_s_words_read_on_past_its_cues_until_a_sentence_ends(built):
    texts = built["clip.txt"]
    assert texts[0] == (
        "good afternoon and thanks for tuning in\nthe pumps at the west reservoir were\n"
        "switched off on the 4th of May and\nthey come back on the 19th of June\nThat is all for this week."
    )
    assert texts[1:] == ["Next week we look at the pipes.", "See you then."]


def test_cue_lines_that_each_end_a_sentence_stay_one_passage_each(built):
    assert built["subtitles.txt"] == [
        "The morning ferry is cancelled.",
        "The evening ferry runs as usual.",
        "Tickets stay valid for a month.",
        "Ask the crew if you need help.",
    ]
