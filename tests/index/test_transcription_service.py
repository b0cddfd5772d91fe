"""Transcripts as transcription services serve them: a label line with a time code (``Name (00:14):``,
``Name: (00:14)``, ``Speaker 2 (00:31):``), the words on the lines under it; read through the real readers,
splitter, index and search (the fixtures are written for these tests, in the services' layout)."""

import pytest

from index.builder import build_index
from index.models import PassageKind
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

SERVICE_PAGE = """Mar 4, 2025
Press Conference: Governor Ines Harrow on the Flood Recovery
Quillscript Blog Transcripts Governor Ines Harrow Press Conference: Governor Ines Harrow on the Flood Recovery
Governor Ines Harrow updates residents on the flood recovery. Read the full transcript below.
Ines Harrow (00:03):
Thank you all for coming. The river crested overnight at just under nine metres.
Ines Harrow (00:19):
Four hundred and twelve families are in temporary housing tonight, and the state will pay for their hotel rooms
until the end of the month.
Speaker 2 (00:41):
Governor, when will the Route 9 bridge reopen to traffic?
Ines Harrow (00:46):
Engineers inspect the bridge piers tomorrow. If they are sound, the bridge opens again on Friday.
Speaker 3 (01:02:07):
Is the boil-water notice still in place?
Ines Harrow (01:02:11):
For the east bank, yes, until the lab results come back.
Topics:
Ines Harrow
Flooding
Share this post
"""

OLDER_LAYOUT = """Tobias Renn: (00:00)
Good afternoon. The harbour reopens to ferries at six tomorrow morning.

Speaker 1: (00:12)
How many ferries are running on the first day?

Tobias Renn: (00:15)
Three, and a fourth from Thursday once the crews are back.
"""

NEWER_LAYOUT = """Jun 3, 2025
Press Briefing by Press Secretary Mara Quill 6/2/25
Quillscript Blog Transcripts Mara Quill Press Briefing Transcripts Press Briefing by Press Secretary Mara Quill 6/2/25

Mara Quill (00:04):

Good afternoon, everybody.

Group (00:05):

Good afternoon.

Mara Quill (00:09):

A few things at the top. The president travels to Denver on Thursday for the water summit.

(01:09)
He meets the governors of the seven basin states there and signs the compact on Friday.

Speaker 1 (01:15):

Will the compact need a vote in Congress?

Mara Quill (01:19):

It will, and we expect one before the August recess.

(01:02:09)
That is all I have on the compact.
"""

NAME_TRANSCRIPT = """MR VOSS: The ceasefire held through the night.
QUESTION: Did both sides sign the monitoring protocol?
MR VOSS: They did, on Tuesday, in the presence of the observers.
"""

PROSE = """The mayor opened the hearing at ten. Meeting (10:30): the agenda was read out, and the first item was the
bus depot.
Speaker 2 of the panel, a retired engineer, said the depot roof was unsafe.
The council will vote on the depot next month.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("service-corpus")
    write(root, "flood-press-conference.txt", SERVICE_PAGE)
    write(root, "harbour.txt", OLDER_LAYOUT)
    write(root, "water-compact.txt", NEWER_LAYOUT)
    write(root, "ceasefire.txt", NAME_TRANSCRIPT)
    write(root, "hearing.txt", PROSE)
    index_dir = tmp_path_factory.mktemp("service-index")
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def passages_of(searcher, path):
    index = searcher.index
    doc = next(n for n, source in enumerate(index.sources) if source.path == path)
    return index.sources[doc], [p for p in index.passages if p.doc == doc]


def test_each_label_line_opens_one_turn_of_its_speaker_and_the_page_title_is_the_title(searcher):
    source, passages = passages_of(searcher, "flood-press-conference.txt")
    assert source.title == "Press Conference: Governor Ines Harrow on the Flood Recovery"
    turns = [(p.speaker, p.text.split()[0]) for p in passages if p.kind is PassageKind.TURN]
    assert turns == [
        ("Ines Harrow", "Thank"),
        ("Ines Harrow", "Four"),
        ("Speaker 2", "Governor,"),
        ("Ines Harrow", "Engineers"),
        ("Speaker 3", "Is"),
        ("Ines Harrow", "For"),
    ]
    assert not any("(00:" in p.text or "(01:" in p.text for p in passages), "no time code is a passage's words"
    housing = next(p.text for p in passages if p.text.startswith("Four"))
    assert housing.endswith("until the end of the month."), "a turn runs over the lines under its label"


def test_an_unnamed_voice_asks_the_question_its_answer_is_shown_with(searcher):
    answer = searcher.ask("when will the Route 9 bridge reopen", k=3)
    top = answer.hits[0].passage
    assert top.speaker == "Ines Harrow" and top.text.startswith("Engineers inspect")
    assert top.context == "Governor, when will the Route 9 bridge reopen to traffic?"


def test_the_older_layout_with_the_time_code_after_the_colon_and_blank_lines(searcher):
    _, passages = passages_of(searcher, "harbour.txt")
    assert [(p.speaker, p.text) for p in passages] == [
        ("Tobias Renn", "Good afternoon. The harbour reopens to ferries at six tomorrow morning."),
        ("Speaker 1", "How many ferries are running on the first day?"),
        ("Tobias Renn", "Three, and a fourth from Thursday once the crews are back."),
    ]
    assert passages[2].context == "How many ferries are running on the first day?"


def test_time_codes_within_a_long_turn_are_no_words_and_end_no_turn(searcher):
    source, passages = passages_of(searcher, "water-compact.txt")
    assert source.title == "Press Briefing by Press Secretary Mara Quill 6/2/25"
    assert [p.speaker for p in passages] == ["Mara Quill", "Group", "Mara Quill", "Speaker 1", "Mara Quill"]
    assert "summit.\n\nHe meets the governors" in passages[2].text and passages[2].text.endswith("on Friday.")
    assert passages[4].text.endswith("August recess.\n\nThat is all I have on the compact.")
    assert passages[4].context == "Will the compact need a vote in Congress?"


def test_a_transcript_of_names_in_capitals_is_read_as_before(searcher):
    _, passages = passages_of(searcher, "ceasefire.txt")
    assert [p.speaker for p in passages] == ["MR VOSS", "QUESTION", "MR VOSS"]
    assert passages[2].context == "Did both sides sign the monitoring protocol?"


def test_label_like_words_inside_prose_make_no_turn(searcher):
    _, passages = passages_of(searcher, "hearing.txt")
    assert all(p.kind is PassageKind.PARAGRAPH and p.speaker is None for p in passages)
    assert "Meeting (10:30): the agenda" in passages[0].text
