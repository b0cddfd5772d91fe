"""The date line finds an event named by an everyday or phrasal verb (``called off``, ``ran out``) where the
dating passage uses the plain verb (``cancelled``, ``expired``), and the other way round; no such verb joins
opposites."""

import itertools
from datetime import date

import pytest

from index.analyzer import stem
from index.builder import build_index
from index.date_answer import PLAIN_VERBS, meant_by
from index.dates import date_mentions
from index.query import event_words
from index.search import Searcher
from index.store import load_index
from tests.conftest import write


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("verbs") / "corpus"
    write(root, "2023-03-10-parade.md", "The Halden council called off the spring parade on 8 March, citing storms.\n")
    write(root, "2023-05-02-ferry.md", "The operating licence of the Orvik ferry expired on 30 April, the port said.\n")
    write(root, "2023-06-14-audit.md", "Transport minister Ilse Varga resigned on 12 June, two days after the audit.\n")
    write(
        root,
        "2023-05-12-border.md",
        "The Kelmar border crossing opened to lorries on 2 May after a month of talks.\n\n"
        "Police sealed off the Kelmar crossing on 9 May when the protest grew.\n",
    )
    write(root, "2023-05-04-docks.md", "Dock workers in Tarn cancelled their strike on 3 May after a pay offer.\n")
    write(
        root,
        "2023-11-15-varn-final.md",
        "The Varn rail inquiry blamed a cracked weld for the derailment in its final report, published on Tuesday.\n",
    )
    write(root, "2023-07-01-varn-interim.md", "The Varn rail inquiry published its interim report on 29 June.\n")
    write(
        root,
        "2023-09-21-selby.md",
        "The Selby mine inquiry blamed a faulty fan for the fire in its final report, published on Wednesday.\n",
    )
    build_index(root, root.parent / "index")
    return Searcher(load_index(root.parent / "index"))


def line(searcher, question):
    answer = searcher.ask(question, k=3)
    return answer.date_answer.date.iso if answer.date_answer else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was the Halden parade cancelled?", "2023-03-08"),  # called off: cancelled
        ("When did the Orvik ferry licence run out?", "2023-04-30"),  # run out: expired
        ("When did Ilse Varga step down?", "2023-06-12"),  # step down: resigned
        ("When was the Tarn dock strike called off?", "2023-05-03"),  # a was-question keeps its particle
        ("When was the Kelmar crossing closed?", "2023-05-09"),  # sealed off is closed; opened is not
        ("When did the Varn inquiry put out its interim report?", "2023-06-29"),
        ("When was the final report of the Varn inquiry published?", "2023-11-14"),
    ],
)
def test_an_event_named_by_an_everyday_or_phrasal_verb_is_dated_by_the_plain_verb(searcher, question, expected):
    assert line(searcher, question) == expected


def test_a_phrasal_verb_never_stands_for_its_opposite(searcher):
    # Must not fire: "opened" is no closing, and "step up" is no "step down".
    assert line(searcher, "When did the Kelmar crossing shut?") == "2023-05-09"
    assert not meant_by(("step", "up")) & meant_by(("step", "down"))
    opposites = [("begin", "end"), ("open", "close"), ("arrive", "leave"), ("start", "stop"), ("rise", "fall"),
                 ("increase", "reduce"), ("approve", "reject"), ("impose", "lift"), ("arrest", "release"),
                 ("resign", "appoint"), ("depart", "arrive"), ("enter", "leave"), ("cancel", "begin")]
    for verbs in PLAIN_VERBS:
        groups = [{stem(word) for word in verbs.split() if "_" not in word}]
        groups += [meant_by(tuple(word.split("_"))) for word in verbs.split() if "_" in word]  # with their kin
        for group, (one, other) in itertools.product(groups, opposites):
            assert not {stem(one), stem(other)} <= group, (verbs, one, other)


def test_a_participle_clause_names_the_series_of_the_noun_before_it(searcher):
    # "its final report, published on Tuesday" dates the final report, not the interim one asked about
    assert line(searcher, "When did the Selby inquiry publish its interim report?") is None
    assert line(searcher, "When did the Selby inquiry publish its final report?") == "2023-09-20"


def test_a_was_question_keeps_the_particle_of_its_phrasal_verb():
    assert event_words("When was the strike called off?") == ("called", "off")
    assert event_words("When was the plant shut down in Tarn?") == ("shut", "down")
    assert event_words("When was the report put out?") == ("put", "out")
    assert event_words("When was the port closed to ships?") == ("closed",)  # a preposition is no particle


def test_the_last_week_of_a_month_is_in_that_month():
    written = date(2020, 6, 16)
    found = [(m.date.iso, m.role.value) for m in date_mentions("Swarms crossed in the last week of January.", written)]
    assert found == [("2020-01", "event")]
    assert [m.date.iso for m in date_mentions("We met them last week.", written)] == ["2020-06"]
    assert date_mentions("They met in the first half of March.", written)[0].date.iso == "2020-03"
    assert date_mentions("Beware the Ides of March.", written) == []
