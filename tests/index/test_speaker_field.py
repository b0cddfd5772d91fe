"""Who said it: a passage's speaker is a field of its own (``index.speaker_field``), so a question naming a speaker
finds that speaker's turns, ranks written either way (``Captain`` for ``CAPT.``), and never says no passage holds
the name; a turn naming the person in its words is not passed by every turn of theirs, and generic labels add
nothing."""

from __future__ import annotations

import json

import pytest

from bot.render.as_json import answer_to_dict
from index.builder import build_index
from index.library import Library, staleness
from index.search import Searcher
from index.speaker_field import is_generic, speaker_text
from index.store import MANIFEST, STORE_VERSION, current_generation, load_index, read_manifest
from tests.index.test_what_was_meant import FILLER, doc, searcher_over

BRIEFING = """Kestrel Harbour Authority Press Briefing
Irena Valk
Deputy Spokesperson
Kestrel City
14 March 2025

MS. VALK: Good afternoon. The ferry timetable goes back to normal on Monday, once the engineers have tested the \
repaired landing ramps.

QUESTION: Are the island boats running?

CAPT. ORLOV: Only the morning boat runs; the ferry timetable for the islands stays cut until the storm damage to the \
landing ramps is fixed.

QUESTION: What about the dredging contract at the north quay?

MS. VALK: The board picks a bidder in April, and the firms that lose may appeal within ten days.

QUESTION: Was the tanker inspected before it docked?

CAPT. ORLOV: It was boarded twice, once at anchor and once at the berth, and the crew showed every certificate.

QUESTION: Is the north quay safe for swimmers?

CAPT. ORLOV: No. Nobody should swim anywhere near the quay while the dredgers are working, and the lifeguards \
will turn people away.

MODERATOR: We have time for one more question.

QUESTION: Did the storm damage the breakwater?

MS. VALK: Engineers found cracks in two concrete blocks, and repairs start next week.

QUESTION: Who checked the tanker's papers?

MS. VALK: Orlov's team read the tanker's papers line by line before it was let in.

LIEUTENANT COLONEL AMES: The coast guard cutter will stay in the outer harbour until Friday.
"""
"""A transcript of labelled turns: a spokesperson the header names (``Irena Valk``, ``Deputy Spokesperson``), a
harbour master by a rank abbreviated, an officer by a rank written out, reporters and a moderator."""

FILES = {"briefing.txt": BRIEFING, **FILLER}
VALK_FERRY = (
    "Good afternoon. The ferry timetable goes back to normal on Monday, once the engineers have tested the repaired "
    "landing ramps."
)
ORLOV_FERRY = (
    "Only the morning boat runs; the ferry timetable for the islands stays cut until the storm damage to the "
    "landing ramps is fixed."
)
ORLOV_TANKER = "It was boarded twice, once at anchor and once at the berth, and the crew showed every certificate."
ORLOV_SWIM = (
    "No. Nobody should swim anywhere near the quay while the dredgers are working, and the lifeguards will turn people "
    "away."
)
VALK_DREDGING = "The board picks a bidder in April, and the firms that lose may appeal within ten days."
VALK_NAMES_ORLOV = "Orlov's team read the tanker's papers line by line before it was let in."
VALK_BREAKWATER = "Engineers found cracks in two concrete blocks, and repairs start next week."
AMES = "The coast guard cutter will stay in the outer harbour until Friday."


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    return searcher_over(tmp_path_factory.mktemp("speakers"), FILES)


def texts(searcher: Searcher, question: str, k: int = 3) -> list[str]:
    return [hit.passage.text for hit in searcher.ask(question, k=k).hits]


def test_of_two_turns_alike_the_speaker_named_comes_first(tmp_path):
    searcher = searcher_over(tmp_path, FILES, meaning=False)
    # two turns about the ferry timetable, by words alone as near as each other: the speaker named decides
    assert texts(searcher, "What did Valk say about the ferry timetable?")[0] == VALK_FERRY
    assert texts(searcher, "What did Orlov say about the ferry timetable?")[0] == ORLOV_FERRY


@pytest.mark.parametrize("meaning", [True, False])
def test_a_speaker_named_in_the_question_finds_that_speakers_turn(tmp_path, meaning):
    searcher = searcher_over(tmp_path, FILES, meaning=meaning)
    assert texts(searcher, "What did Valk say about the ferry timetable?")[0] == VALK_FERRY
    # the quay is in Orlov's words; Valk's answer holds it only in the question it answers
    assert texts(searcher, "What did Valk say about the north quay?")[0] == VALK_DREDGING


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Captain Orlov say about swimming?", ORLOV_SWIM),
        ("What did Capt. Orlov say about swimming?", ORLOV_SWIM),
        ("what did Lt. Col. Ames say about the cutter?", AMES),
        ("what did Lieutenant Colonel Ames say about the cutter?", AMES),
        ("What did Irena say about the breakwater?", VALK_BREAKWATER),
        ("What did the deputy spokesperson say about the breakwater?", VALK_BREAKWATER),
    ],
)
def test_a_rank_or_a_name_the_header_gives_is_never_said_missing(searcher, question, expected):
    answer = searcher.ask(question, k=3)
    assert answer.hits[0].passage.text == expected
    assert answer.missing == ()


def test_a_turn_naming_the_person_is_not_passed_by_every_turn_of_theirs(searcher):
    shown = texts(searcher, "What did Orlov say about the tanker?", k=5)
    assert ORLOV_TANKER in shown[:2] and VALK_NAMES_ORLOV in shown[:2]
    assert ORLOV_SWIM not in shown or shown.index(VALK_NAMES_ORLOV) < shown.index(ORLOV_SWIM)


def test_json_says_which_passage_matched_by_its_speaker(searcher):
    passages = answer_to_dict(searcher.ask("What did Captain Orlov say about the tanker?", k=5))["passages"]
    by_speaker = {passage["text"]: passage["by_speaker"] for passage in passages}
    assert by_speaker[ORLOV_TANKER] is True and by_speaker[VALK_NAMES_ORLOV] is False
    assert json.loads(json.dumps(passages))[0]["by_speaker"] in (True, False)


def test_a_question_naming_nobody_matches_no_speaker(searcher):
    answer = searcher.ask("Is the north quay safe for swimmers?", k=5)
    assert answer.hits[0].passage.text == ORLOV_SWIM
    assert not any(hit.by_speaker for hit in answer.hits)


def test_a_generic_label_adds_nothing(searcher):
    answer = searcher.ask("what did the moderator say about the question?", k=5)
    assert not any(hit.by_speaker for hit in answer.hits)
    for label in ("QUESTION", "Q", "MODERATOR", "REPORTER", "SPOKESPERSON", "PARTICIPANT", "spk00", "Speaker 2"):
        assert is_generic(label) and speaker_text(label) == ""
    for label in ("CAPT. DRUMMOND", "Spokesperson Ana Ruiz", "MR. TONER"):
        assert not is_generic(label)


def test_a_label_gives_its_rank_both_ways_and_the_names_its_document_gives():
    assert speaker_text("CAPT. DRUMMOND").casefold().split()[-1] == "captain"
    assert "Gen" in speaker_text("General Ruiz").title().split() or "gen" in speaker_text("General Ruiz").split()
    assert "Mark Toner, Deputy Spokesperson" in speaker_text("MR. TONER", ["Mark Toner, Deputy Spokesperson"])
    assert "Ana" not in speaker_text("MR. TONER", ["Ana Ruiz, Spokesperson"])
    assert speaker_text(None) == ""


def test_a_passage_whose_words_name_nobody_asked_keeps_its_place(tmp_path):
    closed = "The moderator closed the session after an hour of questions."
    searcher = searcher_over(tmp_path, {"notes.md": doc("Harbour notes", closed), **FILES})
    assert texts(searcher, "what did the moderator do?")[0] == closed


def test_an_index_of_the_format_before_speakers_is_rebuilt_not_misread(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    library = Library(corpus, tmp_path / "index", model="none")
    library.build()
    manifest_path = current_generation(tmp_path / "index") / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps({**manifest, "version": f"{STORE_VERSION}.5"}))  # before speakers
    assert staleness(corpus, tmp_path / "index", model="none") == "the index was built by an older briefbot"
    answer = library.ask("What did Captain Orlov say about swimming?")
    assert answer.hits[0].passage.text == ORLOV_SWIM and answer.missing == ()
    assert read_manifest(tmp_path / "index")["version"] != f"{STORE_VERSION}.5"
    assert library.verify() is None


def test_a_tweets_account_is_not_a_speaker_field(corpus, tmp_path):
    """A tweet's account (``Raqqa Watch``) is in its words already: a question naming the place does not find the
    tweet twice over."""
    build_index(corpus, tmp_path / "index")
    answer = Searcher(load_index(tmp_path / "index")).ask("did the coalition hit the convoy near Raqqa", k=5)
    tweet = next(hit for hit in answer.hits if hit.passage.speaker == "Raqqa Watch")
    assert not tweet.by_speaker and answer.hits[0] is not tweet
