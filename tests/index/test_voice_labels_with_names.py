"""An earnings-call site's turns, ``spkNN:`` then the speaker's name run into the words (``spk00: Stephanie Hale
Good morning …``): each turn is its speaker's, the name no part of the passage; the name is what every turn of a
voice opens with, or, for a voice heard once, its capitalised words but the sentence's first."""

import pytest

from tests.conftest import built_pages, by_document

TURNS = [
    ("spk00", "Stephanie Hale", "Good morning, everyone, and welcome to the Harbour Lines third quarter call."),
    ("spk01", "Tom Reyes", "Thank you, Stephanie. Revenue rose nine percent in the quarter, led by the island routes."),
    ("spk00", "Stephanie Hale", "Thanks, Tom. Operator, we can take the first question."),
    ("spk02", "Operator", "Our first question comes from Dana Holt at Brenner Securities."),
    ("spk03", "Dana Holt", "How much of the margin gain came from fuel prices?"),
    ("spk01", "Tom Reyes", "About a third of it came from fuel, and the rest from fuller sailings."),
    ("spk03", "Dana Holt", "And will the new vessel arrive on time?"),
    ("spk00", "Stephanie Hale", "We expect it in March, as planned."),
]
CALL = "Harbour Lines Q3 2025 Earnings Call\n\n" + "\n\n".join(f"{v}: {name} {said}" for v, name, said in TURNS)
NOTE = "\n\n".join([
    "How our transcripts are made",
    "Each voice is given a label such as spk00: the first voice heard, then spk01 for the next one.",
    "The labels are kept when no name is known for a voice.",
])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("voices") / "corpus", {"call.txt": CALL, "note.txt": NOTE})
    return by_document(index, lambda passage: (passage.speaker, passage.text))[1]


def test_each_turn_is_its_named_speakers_without_the_name(read):
    assert read["call.txt"] == [(name, said) for _, name, said in TURNS]


def test_a_text_that_only_mentions_voice_labels_names_no_one(read):
    assert all(speaker is None for speaker, _ in read["note.txt"])
    assert any(text.startswith("Each voice is given a label such as spk00:") for _, text in read["note.txt"])
