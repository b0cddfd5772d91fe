"""Podcast pages as hosts serve them: the show's name over the episode's headline at the top of a page whose turns
open with names alone on their lines names no speaker (the headline is no one's words), and the episode's chapters
under the last turn (``Chapters`` / ``3:12 The winter breakdowns``) are no part of it; a label of a time alone
(``(00:31):``) under a speaker's ``Name (00:14):`` goes on with that speaker's turn and is no part of a passage."""

import pytest

from tests.conftest import built_pages, by_document

SAID = [
    ("Nora", "Welcome back to the programme. I'm Nora, and with me as ever is Sam, to talk about the ferries."),
    ("Sam", "Three boats were laid up in the same week, and the islanders had no crossing for two days."),
    ("Nora", "So why does that keep happening? Is it the age of the boats or the way they are kept?"),
    ("Sam", "Mostly the age. The youngest of the three is twenty-six years old, and its parts are no longer made."),
]
SHOW = "\n\n".join([
    "Harbour Talk\nWhy the Ferries Keep Breaking Down\nEpisode 52",
    "This week we look at the island ferries and why three of them were out of service at once in January.",
    *(f"{who}:\n\n{said}" for who, said in SAID),
])
CHAPTERED = SHOW + "\n\nChapters\n0:00 Intro\n3:12 The winter breakdowns\nTranscript"
LAST_WORDS = "That is all for this week. See you at 10:30 on Friday, same place."
TIMED_END = SHOW + f"\n\nNora:\n\n{LAST_WORDS}"
GREETING = "Good Evening And Welcome Back To The Show, Everyone."
SPOKEN_HEAD = SHOW.replace(SAID[0][1], GREETING)
STAMPED = "\n".join([
    "Episode Transcript",
    "Kevin (00:00):", "So the council finally voted on the", "harbour wall last night, and it",
    "went through by a single vote.",
    "Marta (00:14):", "One vote. I watched the whole", "thing and it was closer than", "anyone expected.",
    "(00:31):", "The opposition wanted the money", "spent on the ferries instead.",
    "Kevin (00:40):", "And what does it cost in the", "end?",
    "Marta (00:44):", "Eleven million, spread over", "three years.",
])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    found = {}
    for name, page in {"show.txt": SHOW, "spoken.txt": SPOKEN_HEAD, "stamped.txt": STAMPED, "chaptered.txt": CHAPTERED,
                       "timed_end.txt": TIMED_END}.items():
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index, lambda passage: (passage.speaker, passage.text))[1])
    return found


def test_the_shows_name_over_the_episodes_headline_names_no_speaker(read):
    assert "Harbour Talk" not in {speaker for speaker, _ in read["show.txt"]}
    assert [(who, said) for who, said in read["show.txt"] if who] == SAID


def test_a_name_over_words_in_capitals_closed_by_a_full_stop_still_opens_a_turn(read):
    assert ("Nora", GREETING) in read["spoken.txt"]


def test_a_label_of_a_time_alone_goes_on_with_the_turn_above(read):
    marta = [text for who, text in read["stamped.txt"] if who == "Marta"]
    assert marta[0].startswith("One vote.") and marta[0].endswith("spent on the ferries instead.")
    assert not any("(00:31)" in text for _, text in read["stamped.txt"])


def test_the_episodes_chapters_under_the_last_turn_are_no_part_of_it(read):
    assert read["chaptered.txt"][-1] == SAID[-1]


def test_a_last_turn_naming_a_time_stays_whole(read):
    assert read["timed_end.txt"][-1] == ("Nora", LAST_WORDS)
