"""A line of an article that opens with a one-word label (``WARNING:``, ``CAUTION:``, ``Q: … A: …``) is a turn only
when it is part of an exchange or its word labels another paragraph too (``KIRBY:`` twice); a name with a title
quoted alone (``COL. VARGA:``) is always one."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

ARTICLE = """Port strike ends after talks

UPDATE: The strike at Keshet ended on Thursday evening, the union said.

WARNING: Ferries will run a reduced timetable until Monday.

The union leader, Dana Mirel, called the agreement fair but fragile.

Dock workers walked out three weeks ago over pay and the loss of night shifts.

KIRBY: Nobody at the ministry will guess at what the stoppage cost.

Shipping lines diverted cargo to Halden while the port stood idle.

Q: Will wages rise? A: Yes, by four percent, Mirel said.

A harbour spokesman told reporters on Friday that the cranes were safe:

COL. VARGA: Every crane in the harbour has been inspected twice since the strike began.

The exchange at the briefing was short:

QUESTION: Will the night shifts come back?

MIREL: Not before the summer.

Exporters said the backlog would take a month to clear.

KIRBY: The ministry will pay for the extra shifts at the harbour.

The port authority plans to publish new figures next week.
"""

NOTES = """Ferry delays at Keshet

The ferry terminal at Keshet reopened on Thursday after three weeks of strikes.

CAUTION: Travellers should allow extra time at the terminal this week.

The port authority expects long queues at the gates until Monday.

ATENCIÓN: Los transbordadores saldrán con retraso esta semana.

Shipping lines said they would add sailings in June to clear the backlog.
"""


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("labels") / "corpus"
    write(root, "2024-05-02-article.txt", ARTICLE)
    write(root, "2024-05-03-notes.txt", NOTES)
    index_dir = root.parent / "index"
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def top(searcher, question):
    passage = searcher.ask(question, k=1).hits[0].passage
    return passage.speaker, passage.text


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("ferries reduced timetable", "WARNING: Ferries will run a reduced timetable until Monday."),
        ("will wages rise", "Q: Will wages rise? A: Yes, by four percent, Mirel said."),
        # a one-word label no other paragraph uses, in any language: no speaker rather than a wrong one
        ("travellers extra time terminal", "CAUTION: Travellers should allow extra time at the terminal this week."),
        ("transbordadores retraso", "ATENCIÓN: Los transbordadores saldrán con retraso esta semana."),
    ],
)
def test_a_note_or_a_question_answered_in_its_line_has_no_speaker_and_keeps_its_label(searcher, question, text):
    assert top(searcher, question) == (None, text)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("crane inspected twice", "COL. VARGA"),  # a name with a title, quoted alone
        ("guess what the stoppage cost", "KIRBY"),  # a surname alone, story on both sides, labelling another turn
        ("ministry pay extra shifts", "KIRBY"),
        ("not before the summer", "MIREL"),  # one word, but the answer to the question before it
    ],
)
def test_turns_quoted_in_an_article_keep_their_speaker(searcher, question, speaker):
    assert top(searcher, question)[0] == speaker
