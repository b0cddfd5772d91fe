"""A question asking someone's name: said when the best passages give none, never when one does."""

import pytest

from index.builder import build_index
from index.names_asked import gives_name
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

FILES = {
    "ferry.md": (
        "---\ntitle: Ferry aground\n---\n"
        "The Mira Belle ran aground off Skarn Point on Sunday night. Her captain was taken to hospital with a head "
        "injury, the harbour office said.\n\n"
        "All 46 passengers of the Mira Belle were brought ashore by lifeboat crews from Skarn.\n"
    ),
    "tanker.md": (
        "---\ntitle: Tanker towed\n---\n"
        "The tanker Osk Marit lost power near the Skarn lighthouse. Captain Tove Ranneberg asked for a tow at dawn.\n\n"
        "Tugs from Helvik reached the Osk Marit two hours later.\n"
    ),
    "port.md": "---\ntitle: Port notes\n---\nThe Skarn harbour office reopened the outer berths on Monday.\n",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("names")
    for name, text in FILES.items():
        write(root / "corpus", name, text)
    build_index(root / "corpus", root / "index")
    return Searcher(load_index(root / "index"))


def test_a_name_no_passage_gives_is_said_and_the_passages_are_still_shown(searcher):
    answer = searcher.ask("What was the name of the Mira Belle's captain?", k=3)
    assert answer.unnamed == "the Mira Belle's captain"
    assert answer.hits and answer.hits[0].source.title == "Ferry aground"
    assert searcher.ask("name of the Mira Belle captain who was hurt", k=1).unnamed == "the Mira Belle captain"


def test_a_name_a_passage_gives_is_not_said_missing(searcher):
    answer = searcher.ask("What is the name of the Osk Marit's captain?", k=3)
    assert answer.unnamed is None and answer.hits[0].source.title == "Tanker towed"


def test_a_question_asking_no_name_gets_no_such_notice(searcher):
    assert searcher.ask("Who was the Mira Belle's captain?", k=3).unnamed is None
    assert searcher.ask("How many passengers were on the Mira Belle?", k=3).unnamed is None


def test_a_comma_or_please_ends_the_person_asked_about(searcher):
    named = searcher.ask("What was the name of the Osk Marit's captain, please?", k=3)
    assert named.unnamed is None and named.hits[0].source.title == "Tanker towed"
    assert searcher.ask("name of the Osk Marit's captain please", k=3).unnamed is None
    unnamed = searcher.ask("What was the name of the Mira Belle's captain, if it was given?", k=3)
    assert unnamed.unnamed == "the Mira Belle's captain"
    assert searcher.ask("the name of the Mira Belle's captain please", k=3).unnamed == "the Mira Belle's captain"


def test_name_is_not_said_missing_from_a_corpus_that_never_writes_it_when_a_name_is_asked(searcher):
    named = searcher.ask("What was the name of the Osk Marit's captain?", k=3)
    assert named.missing == () and named.unnamed is None
    unnamed = searcher.ask("What was the name of the Mira Belle's pilot?", k=3)
    assert unnamed.missing == ("pilot",) and unnamed.unnamed == "the Mira Belle's pilot"
    assert "name" in searcher.ask("Did the Mira Belle's captain name a cause?", k=3).missing


def test_a_name_after_a_short_title_stands_in_the_sentence_of_the_person_asked_about():
    question = "what was the name of the pilot"
    titled = "The ferry pilot that night was Capt. Ilse Marrow of the harbour service."
    assert gives_name([titled], "the pilot", question)
    assert not gives_name(["The ferry pilot that night was new. Ilse Marrow had the watch."], "the pilot", question)
