"""The event told in other words than the question's (``had expired`` for ``run out``): its date is named when
no date stands with the question's verb, the day is alone in its sentence and no other date of the best passages
speaks of the same thing; never for first / last, nor when two dates of the same thing differ."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-words") / "corpus"
    write(
        root,
        "2024-07-20-tarrow-mill.md",
        "# Tarrow mill fire: inspectors' report\n\n"
        "The fire at the Tarrow flour mill spread through the drying hall within minutes. Inspectors found that "
        "the Tarrow mill's operating licence had expired on 4 June, six weeks before the fire, and that nobody "
        "had applied for a new one.\n",
    )
    write(
        root,
        "2024-05-12-velden-ferry.md",
        "# Velden ferry back in service\n\n"
        "The Velden ferry Moss Heron went aground on 3 May and was pulled off the sandbank by two tugs on "
        "9 May. It carried passengers again on Saturday after an inspection of its hull.\n",
    )
    write(
        root,
        "2024-03-09-orsk-trawler.md",
        "# Orsk trawler crew\n\n"
        "Coastguard officers boarded the trawler Orsk Dawn on 25 February and found undeclared fuel in its "
        "hold. The Orsk Dawn's skipper and officers were released in March after questioning.\n",
    )
    write(
        root,
        "2024-02-20-belmor-charter.md",
        "# Belmor charter day\n\n"
        "The anniversary of the Belmor charter falls on 17 February; the town council has cancelled the parade "
        "because of the flooding.\n",
    )
    build_index(root, root.parent / "index")
    return Searcher(load_index(root.parent / "index"))


def test_the_event_told_in_other_words_is_dated(searcher):
    assert line(searcher, "when did the Tarrow mill's operating licence run out") == "2024-06-04"


def test_no_line_when_the_question_asks_for_the_first_or_last(searcher):
    assert line(searcher, "when did the Tarrow mill's operating licence first run out") is None


def test_no_line_when_the_sentence_dates_another_event_of_the_same_thing(searcher):
    # aground on one day, pulled off on another: which one "rescued" stands for is not said
    assert line(searcher, "when was the Moss Heron rescued from the Velden sandbank") is None


def test_no_line_when_two_sentences_date_the_same_thing_apart(searcher):
    # boarded on one day, released in another month: the charge is neither
    assert line(searcher, "when were the Orsk Dawn's skipper and officers charged") is None


def test_no_line_when_the_questions_verb_stands_apart_in_the_sentence(searcher):
    # the parade was cancelled, not on the day the anniversary falls
    assert line(searcher, "when did the Belmor town council cancel the parade") is None
