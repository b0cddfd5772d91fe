"""A question asking someone's name: said when the best passages give none, never when one does."""

import pytest

from bot.render.as_json import answer_to_dict
from index.names_asked import gives_name
from tests.cli_runner import run, run_json
from tests.conftest import searcher_over, write

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
    return searcher_over(tmp_path_factory.mktemp("names") / "corpus", FILES)


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


NOT_NAMES = {
    "hijack.md": (
        "---\ntitle: Hijacked flight lands\n---\n"
        "Hijackers forced the Aerolin flight to land at Tesk. Through the pilots, the hijackers asked for the release "
        "of prisoners held in Korvath's Ulm prison.\n"
    ),
    "debate.md": (
        "---\ntitle: Flood debate\n---\n"
        "Madam Speaker, the chief inspector of dams warned the ministry in March that the spillway was cracked.\n"
    ),
    "pier.md": (
        "---\ntitle: Pier collapse\n---\n"
        "The pier at Osterby gave way on Friday. And I think the deckhand who fell was pulled out within minutes.\n"
    ),
}


@pytest.fixture(scope="module")
def unnamed_searcher(tmp_path_factory):
    return searcher_over(tmp_path_factory.mktemp("not_names") / "corpus", NOT_NAMES)


@pytest.mark.parametrize(
    ("question", "person", "title"),
    [
        ("What was the name of the pilot of the Aerolin flight?", "the pilot", "Hijacked flight lands"),
        ("name of the chief inspector of dams", "the chief inspector", "Flood debate"),
        ("what was the name of the deckhand who fell at Osterby", "the deckhand", "Pier collapse"),
    ],
)
def test_capitals_that_name_no_person_do_not_answer_a_name_question(unnamed_searcher, question, person, title):
    """A possessive place (``Korvath's Ulm``), a form of address (``Madam Speaker``) and a sentence's opening
    words (``And I``) give no name: the answer says none of the best passages names the person, and still
    shows them."""
    answer = unnamed_searcher.ask(question, k=3)
    assert answer.unnamed == person
    assert answer.hits and answer.hits[0].source.title == title
    shown = answer_to_dict(answer)
    assert shown["not_named"] == person and shown["passages"][0]["title"] == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Captain Tove Ranneberg's crew brought the pilot home.",
        "And Hanna Vik was the pilot that night.",
        "Mr. Hallvard, the pilot, said the wind turned.",
        "The pilot thanked Madam Speaker Ragna Holt for the visit.",
    ],
)
def test_a_name_that_ends_in_a_possessive_or_follows_an_opening_word_still_counts(sentence):
    assert gives_name([sentence], "the pilot", "what was the name of the pilot")


STEMS = {
    "raid.md": (
        "---\ntitle: Drone raid near Velk\n---\n"
        "A drone struck a depot near Velk on Tuesday. Asked about operations against the Grey Banner Brigade, the "
        "ministry referred reporters to the army.\n\n"
        "The army said the drone was flown from a base across the border.\n"
    ),
}

OPERATORS = {
    **STEMS,
    "crew.md": (
        "---\ntitle: Drone crew stood down\n---\n"
        "The two drone operators, Tamsin Orr and Pell Hadley, were stood down after the Velk raid.\n"
    ),
}


@pytest.mark.parametrize("question", ["What was the name of the drone operator?", "name of the drone operators"])
def test_a_word_sharing_only_the_stem_of_the_person_asked_about_is_not_them(tmp_path, question):
    """``operations`` beside a name does not name the ``operator``: the answer says no passage names them."""
    project = tmp_path / "project"
    write(project / "corpus", "raid.md", STEMS["raid.md"])
    shown = run_json("ask", question, "--json", cwd=project)
    assert shown["passages"] and shown["not_named"] == question.split("name of ")[1].rstrip("?")
    assert "None of the best passages names the drone operator" in run("ask", question, cwd=project).stdout


@pytest.mark.parametrize(
    "sentence",
    [
        "The drone operators, Tamsin Orr and Pell Hadley, were stood down.",
        "Tamsin Orr, the drone operator, was stood down.",
        "The operator's commander, Colonel Pell Hadley, spoke to the crews.",
        "Both drone-operator posts went to Tamsin Orr and Pell Hadley.",
    ],
)
def test_the_noun_asked_in_the_plural_a_possessive_or_a_compound_still_counts(sentence):
    assert gives_name([sentence], "the drone operator", "what was the name of the drone operator")


def test_a_passage_that_names_the_operators_answers_with_no_notice(tmp_path):
    searcher = searcher_over(tmp_path / "corpus", OPERATORS)
    answer = searcher.ask("What was the name of the drone operator?", k=3)
    assert answer.unnamed is None
    assert not gives_name(
        ["Asked about operations against the Grey Banner Brigade, the ministry said nothing."],
        "the drone operator",
        "what was the name of the drone operator",
    )
