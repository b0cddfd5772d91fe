"""Which turn takes a question's place is worked out when the index is built and stored beside the passages;
answering looks it up, and a stored link that does not fit its passages is refused when the index is opened."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from index.builder import build_index
from index.errors import IndexCorruptError
from index.search import Searcher
from index.store import PASSAGES, current_generation, load_index, verify_index
from index.turns import answer_turn, reply_turn, turn_links
from tests.conftest import write
from tests.hostile.index_damage import rewrite_consistently

HARBOUR = """---
title: Harbour works briefing
kind: transcript
---
PORT DIRECTOR VALLO: Thanks for coming. The north quay reopens to ferries on Thursday.

Ines Marr (Coast Herald): Director, how long will the dredging of the channel take?

PORT DIRECTOR VALLO: About six weeks, working only at night so the fishing boats can pass.

Ines Marr (Coast Herald): Follow-up on that.

PORT DIRECTOR VALLO: Go ahead.

Ines Marr (Coast Herald): Who pays for it?

PORT DIRECTOR VALLO: The regional fund covers two thirds and the port the rest.
"""

LIBRARY = """---
title: Library evening
kind: transcript
---
HOST: Is the reading room staying open late this winter?

LIBRARIAN OSK: Until nine on weekdays, from the first of November.

HOST: That closes our evening. Thank you all.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("turns")
    write(folder / "corpus", "2025-03-04-harbour.txt", HARBOUR)
    write(folder / "corpus", "2025-03-05-library.txt", LIBRARY)
    build_index(folder / "corpus", folder / "index")
    return folder / "index"


def passages_of(index, doc):
    return [p for p in index.passages if p.doc == doc]


def test_each_stored_link_is_what_reading_the_passages_after_it_finds(built):
    index = load_index(built)
    passages = list(index.passages)
    assert index.turns.shape == (len(passages), 2)
    for number in range(len(passages)):
        answer, reply = answer_turn(passages, number), reply_turn(passages, number)
        assert tuple(index.turns[number]) == (answer - number if answer else 0, reply - number if reply else 0)
    assert index.turns.any(axis=0).all()  # the fixture holds an answer turn and a reply turn


def test_a_marked_question_links_to_its_answer_and_an_unmarked_one_to_the_reply(built):
    index = load_index(built)
    searcher = Searcher(index, meaning=False)
    passages = list(index.passages)
    asked = next(n for n, p in enumerate(passages) if p.text.startswith("Is the reading room"))
    assert passages[searcher.answer_to(asked)].text.startswith("Until nine")
    assert passages[searcher.answer_to(asked)].context == passages[asked].text
    dredging = next(n for n, p in enumerate(passages) if "dredging" in p.text)
    assert searcher.answer_to(dredging) is None
    assert passages[dredging + int(index.turns[dredging, 1])].text.startswith("About six weeks")
    top = searcher.ask("how long will dredging the channel take", k=1).hits[0]
    assert top.passage.text.startswith("About six weeks") and "dredging" in (top.passage.context or "")


def test_links_stay_inside_a_document_whatever_follows_it(built):
    index = load_index(built)
    for doc in range(len(index.sources)):
        own = passages_of(index, doc)
        stored = index.turns[[n for n, p in enumerate(index.passages) if p.doc == doc]]
        assert np.array_equal(turn_links(own), stored)
        last = len(own) - 1
        assert not stored[last].any()


def test_a_link_into_another_document_is_refused_when_the_index_is_opened(built, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(built, copy)
    turns = np.load(current_generation(copy) / f"{PASSAGES}.turns.npy").copy()
    docs = np.load(current_generation(copy) / f"{PASSAGES}.docs.npy")
    last_of_first = int(np.nonzero(docs == docs[0])[0][-1])
    turns[last_of_first, 0] = 1
    rewrite_consistently(copy, f"{PASSAGES}.turns.npy", turns)
    with pytest.raises(IndexCorruptError, match="answer turn in another document"):
        load_index(copy)
    assert any("answer turn in another document" in problem for problem in verify_index(copy))


def test_a_link_past_the_last_passage_is_refused(built, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(built, copy)
    turns = np.load(current_generation(copy) / f"{PASSAGES}.turns.npy").copy()
    turns[-1, 1] = 1
    rewrite_consistently(copy, f"{PASSAGES}.turns.npy", turns)
    with pytest.raises(IndexCorruptError, match="answer turn out of range"):
        load_index(copy)
