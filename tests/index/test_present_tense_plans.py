"""A weekday after a verb of coming and going in the present (``returns on Saturday``) is a plan, or a headline's
past: no day is stated for it, and never the weekday gone by."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("plans") / "corpus"
    write(
        root,
        "2024-03-22-note.txt",  # a Friday
        "Weekday checks\n\nPublished 22 March 2024\n\n"
        "Quill returns to the capital on Saturday.\n\n"
        "The port reopens on Thursday after repairs.\n\n"
        "The port reopened on Tuesday after the storm.\n\n"
        "The envoy is due to arrive on Monday for talks.\n\n"
        "The storm hit the coast on Sunday.\n\n"
        "Ferry Line Resumes Service On Sunday\n\n"
        "The ministers arrive on Monday for the fishing quota summit.\n\n"
        "The inspectors met on Wednesday at the dock.\n\n"
        "After his return on Sunday the skipper rested.\n\n"
        "Dockers march through the harbour town on Sunday.\n\n"
        "Trawler crews protest outside the fisheries office on Sunday.\n\n"
        "The march on Sunday drew two thousand anglers.\n\n"
        "Netmakers rallied at the quay on Tuesday.\n",
    )
    index_dir = root.parent / "index"
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def days(searcher, question):
    answer = searcher.ask(question, k=1)
    line = answer.date_answer.date.iso if answer.date_answer else None
    return line, [stated.value.isoformat() for stated in answer.hits[0].passage.dates]


PLANS = [
    "when will Quill come back to the capital?",
    "when will the port open again after repairs?",
    "when does the ferry line resume service?",  # a headline in Title Case
    "when do the ministers arrive for the fishing quota summit?",  # the base form after a plural subject
    "when do the dockers march through the harbour town?",  # a verb that is a noun too, after a plural subject
    "when do the trawler crews protest outside the fisheries office?",
]


@pytest.mark.parametrize("question", PLANS)
def test_a_plan_in_the_present_gets_no_past_day(searcher, question):
    assert days(searcher, question) == (None, [])


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("when did the port reopen after the storm?", "2024-03-19"),  # past tense: the Tuesday gone by
        ("when will the envoy arrive?", "2024-03-25"),  # future: the coming Monday
        ("when did the storm hit the coast?", "2024-03-17"),  # no tense word known: the last Sunday, as before
        ("when did the inspectors meet at the dock?", "2024-03-20"),  # a plural subject, past tense
        ("when did the skipper rest after his return?", "2024-03-17"),  # "return" a noun after "his"
        ("how many anglers did the march draw?", "2024-03-17"),  # "march" a noun, the sentence in the past
        ("when did the netmakers rally at the quay?", "2024-03-19"),  # a plural subject, past tense
    ],
)
def test_other_weekdays_keep_their_day(searcher, question, day):
    line, stated = days(searcher, question)
    assert stated == [day]
    assert line in (day, None)
