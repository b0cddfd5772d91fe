"""A page's help on its keys at its end (``Keyboard shortcuts`` and lines such as ``j previous speech k next
speech``) is no part of the last turn or paragraph; a paragraph about keys, in sentences, stays."""

import pytest

from tests.conftest import built_pages, by_document

HELP = ["Keyboard shortcuts", "j previous speech k next speech", "? show this help"]
LAST = "I closed the berth and called the structural team, who came out within the hour."
SPEECHES = "\n".join([
    "Kellmouth Harbour Inquiry", "Hearing day 14, 9 October 2025",
    "Ms Ada Frost (Counsel to the Inquiry)", "When did you first learn that the quay had moved?",
    "Mr Victor Lane", "I was told on the Monday morning by the duty engineer, who had seen a crack along the edge.",
    "Ms Ada Frost (Counsel to the Inquiry)", "And what did you do when you were told?",
    "Mr Victor Lane", LAST, *HELP,
])
STORY = "\n\n".join([
    "Quay repairs to cost more than planned",
    "The repairs to the north quay will cost twice the first estimate, the harbour board said on Thursday.",
    "Engineers found more damage under the deck than they had expected.",
    "Keyboard shortcuts\nj next story k previous story",
])
ABOUT_KEYS = "Press j to move to the next speech and k to go back to the one before it."
GUIDE = "\n\n".join([
    "Using the archive", "The archive can be read with the mouse or with the keys.", "Keyboard shortcuts", ABOUT_KEYS,
])


@pytest.fixture(scope="module")
def passages(tmp_path_factory):
    pages = {"speeches.txt": SPEECHES, "story.txt": STORY, "guide.txt": GUIDE}
    return by_document(built_pages(tmp_path_factory.mktemp("keys") / "corpus", pages))[1]


def test_the_help_under_the_last_speech_is_not_in_it(passages):
    assert passages["speeches.txt"][-1] == LAST
    assert not any(line in text for text in passages["speeches.txt"] for line in HELP)


def test_the_help_under_an_article_is_no_passage(passages):
    assert passages["story.txt"][-1] == "Engineers found more damage under the deck than they had expected."
    assert not any("Keyboard" in text or "next story" in text for text in passages["story.txt"])


def test_a_paragraph_about_keys_in_sentences_stays(passages):
    assert ABOUT_KEYS in passages["guide.txt"]
