"""Who asks in a transcription service's transcript, and which time-coded lines are its labels: read through the
real readers, splitter, index and search (the fixtures are written for these tests, in the services' layout)."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

NOBODY_NAMED = """Press briefing on the Orlen ferry, 4 June 2024

Speaker 1 (00:03):
Good morning. The new ferry enters service on Monday on the Orlen crossing.

Speaker 2 (00:31):
How many cars will the new ferry carry?

Speaker 1 (00:35):
Sixty cars and four lorries, twice what the old boat took.

Speaker 3 (01:02):
Thanks. Will the fares go up when it starts?

Speaker 1 (01:06):
No, the fares stay as they are until next spring.
"""

ONE_NAMED = """Speaker 1 (00:00):
Follow-up on the dredging budget, Minister.

Åsa Lindqvist (00:04):
The dredging budget is eleven million, as the council agreed in March.

Ørjan Ødegård (00:20):
And the harbour wall is finished in August.
"""

LIVE_STAMPS = """Breaking News Alert (10:32): The Orlen quay is closed after a crane fell onto the pier.

Live Update (10:50): Two workers were taken to hospital with minor injuries.

Latest (11:15): Ferries will use the north berth until the pier is cleared.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("voices-corpus")
    write(root, "ferry-briefing.txt", NOBODY_NAMED)
    write(root, "harbour-briefing.txt", ONE_NAMED)
    write(root, "quay-live.txt", LIVE_STAMPS)
    index_dir = tmp_path_factory.mktemp("voices-index")
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def turns_of(searcher, path):
    index = searcher.index
    doc = next(n for n, source in enumerate(index.sources) if source.path == path)
    return [(number, p) for number, p in enumerate(index.passages) if p.doc == doc]


def test_when_the_service_names_nobody_the_voice_that_asks_is_the_questioner(searcher):
    turns = turns_of(searcher, "ferry-briefing.txt")
    shown = [(p.speaker, p.context) for _, p in turns if p.speaker]
    assert shown == [
        ("Speaker 1", None),
        ("Speaker 2", None),
        ("Speaker 1", "How many cars will the new ferry carry?"),
        ("Speaker 3", None),
        ("Speaker 1", "Thanks. Will the fares go up when it starts?"),
    ]
    question, answer = (number for number, p in turns if p.text.startswith(("How many", "Sixty")))
    assert searcher.answer_to(question) == answer
    assert searcher.answer_to(answer) is None
    top = searcher.ask("how many cars does the new Orlen ferry carry", k=3).hits[0].passage
    assert top.text.startswith("Sixty cars") and top.context == "How many cars will the new ferry carry?"


def test_beside_a_named_speaker_an_unnamed_voice_asks_even_without_a_question_mark(searcher):
    turns = [p for _, p in turns_of(searcher, "harbour-briefing.txt")]
    assert [p.speaker for p in turns] == ["Speaker 1", "Åsa Lindqvist", "Ørjan Ødegård"]  # names beyond A-Z
    assert turns[1].context == "Follow-up on the dredging budget, Minister."
    assert turns[2].context is None


def test_a_live_page_s_time_stamps_are_no_speakers(searcher):
    turns = [p for _, p in turns_of(searcher, "quay-live.txt")]
    assert len(turns) == 3 and all(p.speaker is None for p in turns)
    assert turns[0].text.startswith("Breaking News Alert (10:32): The Orlen quay")
