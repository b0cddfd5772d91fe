"""Which words go with a date: a participle with ``by`` after a noun (``the damage caused by the flood on 3
October``) opens a clause of its own; a noun made of a verb (``findings``) is not that verb."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("clauses") / "corpus"
    write(
        root,
        "2023-10-12-harlow-briefing.md",
        "Good afternoon. More engineers from the regional authority will arrive in Harlow soon to help the town "
        "council assess the damage caused by the flood on 3 October.\n",
    )
    write(
        root,
        "2023-10-10-harlow-engineers.md",
        "The first engineers from the regional authority arrived in Harlow on 6 October, the town council said.\n",
    )
    build_index(root, root.parent / "index")
    return Searcher(load_index(root.parent / "index"))


def test_a_verb_before_a_participle_phrase_does_not_date_by_the_day_in_it(searcher):
    assert line(searcher, "when did the engineers arrive in Harlow") == "2023-10-06"


def test_the_participle_phrase_still_dates_its_own_noun_and_a_passive_keeps_its_date(searcher):
    assert line(searcher, "when was the flood in Harlow") == "2023-10-03"


def test_a_participle_after_was_opens_no_clause(tmp_path):
    root = tmp_path / "corpus"
    write(root, "2023-05-02-pell-pier.md", "The Pell pier was damaged by a barge on 28 April, the harbour said.\n")
    write(root, "2023-05-03-pell-ferry.md", "The Pell ferry sailed again on 1 May after a week of storms.\n")
    build_index(root, tmp_path / "index")
    assert line(Searcher(load_index(tmp_path / "index")), "when was the Pell pier damaged") == "2023-04-28"


def test_a_noun_made_of_the_verb_is_not_the_verb(tmp_path):
    root = tmp_path / "corpus"
    write(root, "2023-10-02-orrin-escape.md", "At the dawn roll call on 29 September, guards at Orrin jail found "
          "two cells empty. The escape through the laundry had gone unseen all night.\n")
    write(root, "2023-10-16-orrin-inquiry.md", "The justice minister said the inquiry into the Orrin escape will "
          "deliver its findings by 1 December.\n")
    write(root, "2023-10-20-orrin-report.md", "The prison board published its findings on the Orrin escape on "
          "19 October.\n")
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "when was the Orrin escape discovered") == "2023-09-29"
    assert line(searcher, "when did the prison board publish its findings") == "2023-10-19"  # a noun still counts
