"""Limits set by another event (``after the audit report``), verbs of deciding (``agree to take``), a time of day
after ``before`` (``shortly before 11 p.m.``) and nouns that name a verb's event (``a failure of``)."""

import pytest

from index.builder import build_index
from index.dates import sentence_spans
from index.query import date_intent, event_bounds, event_words
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("limits") / "corpus"
    write(
        root,
        "2024-03-10-lorn-contract-timeline.md",
        "# Lorn port contract: timeline\n\n"
        "**Mar 1** — The Lorn port authority says it has opened a review of the dredging contract.\n\n"
        "**Mar 3** — The audit office publishes its report on the Lorn dredging contract.\n\n"
        "**Mar 3** — The port authority says it is studying the audit report.\n\n"
        "**Mar 8** — The port authority says it has frozen payments under the contract.\n",
    )
    write(
        root,
        "2024-05-03-velm-depot.md",
        "The Velm council agreed on 14 March to run the Orsa bus depot itself. The council took over the depot "
        "on 2 May, after the operator's lease ran out.\n",
    )
    write(
        root,
        "2023-10-16-sarna-mutiny.md",
        "According to witnesses, the mutiny at the Sarna barracks began shortly before 11 p.m. on Friday, "
        "October 13, when soldiers seized the armoury. Loyal units retook the barracks on Saturday.\n",
    )
    write(
        root,
        "2023-05-12-dess-blackout.md",
        "The utility said on Friday that a failure of the cooling system at the Dess plant late on Sunday, "
        "May 7, had caused the blackout.\n",
    )
    build_index(root, root.parent / "index")
    return Searcher(load_index(root.parent / "index"))


def test_after_an_event_admits_what_followed_it_on_its_own_day(searcher):
    question = "after the audit report, when did the port authority first say it was studying it"
    assert line(searcher, question) == "2024-03-03"


def test_before_an_event_still_leaves_out_its_own_day(searcher):
    question = "before the audit report, when did the port authority last say anything about the contract"
    assert line(searcher, question) == "2024-03-01"


def test_a_verb_of_deciding_is_the_event_asked_about(searcher):
    assert event_words("when did ardania agree to take the survivors") == ("agree",)
    assert event_words("when did the coastguard try to stop the ship") == ("stop",)  # trying is no decision
    assert line(searcher, "when did the Velm council agree to take over the Orsa bus depot") == "2024-03-14"
    assert line(searcher, "when did the Velm council take over the Orsa bus depot") == "2024-05-02"


def test_a_time_of_day_after_before_opens_no_clause(searcher):
    assert line(searcher, "when did the Sarna barracks mutiny begin") == "2023-10-13"


def test_a_noun_in_ure_names_the_event_of_its_verb(searcher):
    assert line(searcher, "when did the cooling system at the Dess plant fail") == "2023-05-07"


def test_no_before_a_word_ends_an_answer_and_before_a_number_ends_nothing(tmp_path):
    text = "No. The Tarn rules come into force on 1 October, so they would not have covered the spill. Pit No. 2 shut."
    assert [text[start:end].strip() for start, end in sentence_spans(text)] == [
        "No.", "The Tarn rules come into force on 1 October, so they would not have covered the spill.",
        "Pit No. 2 shut.",
    ]
    root = tmp_path / "corpus"
    write(root, "2023-05-13-tarn-briefing.md", f"Would the new rules have covered the Tarn spill?\n\n{text}\n")
    build_index(root, tmp_path / "index")
    assert line(Searcher(load_index(tmp_path / "index")), "when do the Tarn rules take effect") == "2023-10-01"


def test_before_a_committee_is_in_front_of_it_not_a_limit(tmp_path):
    assert date_intent("when is the report due before the election").after_events  # a limit in time
    root = tmp_path / "corpus"
    write(root, "2023-05-11-venn.md", "Orla Venn, the water company's chief, will appear before the transport "
          "committee on 24 May.\n")
    write(root, "2023-05-09-tarn.md", "The Tarn reservoir was drained on 2 May after cracks were found in its wall.\n")
    write(root, "2023-05-10-ferry.md", "The Holm ferry resumed sailing on 8 May, its operator said.\n")
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "when is Orla Venn due before the transport committee") == "2023-05-24"


def test_a_noun_in_ure_stands_only_for_its_own_verb(tmp_path):
    root = tmp_path / "corpus"
    write(root, "2025-06-20-nurses.md", "The Arden nurses' council came under pressure from its wards on 3 June to "
          "turn down the rota plan. The council pressed the health board for a fresh meeting on 11 June, its chair "
          "said.\n")
    write(root, "2025-03-09-brenn.md", "Engineers ordered the closure of the Brenn footbridge on 4 March after a "
          "cable snapped.\n")
    write(root, "2025-05-02-holm.md", "The Holm ferry resumed sailing on 28 April, its operator said.\n")
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "when did the Arden nurses' council first press for a meeting") == "2025-06-11"
    assert line(searcher, "when did the Brenn footbridge close") == "2025-03-04"  # closure: close's own noun


def test_only_before_a_body_as_the_head_of_the_phrase_is_in_front_of_it():
    for question in ("when did the minister appear before the committee on Tuesday", "when was he brought before "
                     "magistrates", "when did the chief testify before the Senate Armed Services Committee"):
        assert not date_intent(question).after_events, question
    for question, relation, phrase in (
        ("when did the minister next appear after the court ruling", "after", "the court ruling"),
        ("when did the senator stand before the senate vote", "before", "the senate vote"),
        ("when did the chief testify before the committee hearing", "before", "the committee hearing"),
    ):
        (bound,) = date_intent(question).after_events
        assert (bound.relation, bound.phrase) == (relation, phrase)


def test_a_body_followed_by_a_word_of_time_is_a_place_and_one_followed_by_its_event_a_limit():
    for question in ("what did the mayor say when she appeared before the committee yesterday?",
                     "when is the ferry operator due before the court today", "when did he appear before the panel "
                     "as its chair", "when did the warden testify before the tribunal Thursday"):
        assert not event_bounds(question, ()), question
    for question, phrase in (("when did the mayor appear before the court ruling", "the court ruling"),
                             ("what did the warden testify before the committee hearing", "the committee hearing")):
        (bound,) = event_bounds(question, ())
        assert (bound.relation, bound.phrase) == ("before", phrase)
