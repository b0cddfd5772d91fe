"""A question that the transcript does not mark as a reporter's gives way to the turn that replies to it."""

from __future__ import annotations

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

BRIEFING = """---
title: Flood briefing
kind: transcript
---
MAYOR ODALE: Good afternoon. The river crested at noon and the levee held along the whole east bank.

Nadia Perrin (Valley Radio): Mayor, where will the flooded families sleep tonight?

MAYOR ODALE: The school gym on Elm Road is open as a shelter, with cots for two hundred people.

Tom Reyes (Harbour Times): And the pumps at the sewage works?

MAYOR ODALE: Will the pumps last another week? The engineers think they will.

Tom Reyes (Harbour Times): When do the buses run again?

MAYOR ODALE: On Monday, on the usual timetable.

Nadia Perrin (Valley Radio): The levee was last raised on 3 March 2019. Will it be raised again?

MAYOR ODALE: Not this year, I am afraid.

Tom Reyes (Harbour Times): People on Quay Street keep asking me: "Is the tap water safe to drink?"

MAYOR ODALE: Boil it for one more day; the lab results come back on Friday.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    folder = tmp_path_factory.mktemp("replies")
    write(folder / "corpus", "2024-05-02-flood-briefing.txt", BRIEFING)
    for number, text in enumerate(
        ["The council repaved the market square.", "A new library opened on the hill.", "The ferry fares rose."]
    ):
        write(folder / "corpus", f"filler-{number}.md", f"---\ntitle: Filler {number}\n---\n{text}\n")
    build_index(folder / "corpus", folder / "index")
    return Searcher(load_index(folder / "index"))


def test_a_question_gives_way_to_the_reply_that_follows_it_and_shows_above_it(searcher):
    top = searcher.ask("where will the flooded families sleep tonight", k=3).hits[0]
    assert top.passage.text.startswith("The school gym on Elm Road is open as a shelter")
    assert top.passage.context == "Mayor, where will the flooded families sleep tonight?"
    assert top.passage.speaker == "MAYOR ODALE"


def test_a_turn_followed_by_another_question_stays_as_it_is(searcher):
    top = searcher.ask("will the sewage pumps last another week", k=3).hits[0]
    assert top.passage.text == "Will the pumps last another week? The engineers think they will."
    assert top.passage.context is None


def test_a_when_question_keeps_a_question_that_states_the_date(searcher):
    answer = searcher.ask("when was the levee last raised", k=3)
    assert answer.hits[0].passage.text.startswith("The levee was last raised on 3 March 2019.")
    assert answer.hits[0].passage.context is None
    assert answer.date_answer is not None and answer.date_answer.date.value.isoformat() == "2019-03-03"


def test_a_question_in_quotes_at_the_end_of_a_turn_gives_way_to_the_reply(searcher):
    top = searcher.ask("is the tap water on Quay Street safe to drink", k=3).hits[0]
    assert top.passage.text.startswith("Boil it for one more day")
    assert top.passage.context is not None and top.passage.context.endswith('safe to drink?"')


def test_replies_found_once_are_shown_alike_when_asked_again_in_any_order(searcher):
    questions = ["where will the flooded families sleep tonight", "when do the buses run again", "the pumps"]
    first = [searcher.ask(question, k=3) for question in questions]
    again = [searcher.ask(question, k=3) for question in reversed(questions)][::-1]
    assert first == again
    assert first[0].hits[0].passage.context == "Mayor, where will the flooded families sleep tonight?"
    assert first[1].hits[0].passage.context is None  # a when question keeps its question
