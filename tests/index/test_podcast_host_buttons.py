"""A podcast host's page: its fixed lines (``Send us a text``, ``Support the show``, ``Links mentioned in this
episode:``) are no title and no passage; the episode's headline under the show's name, over its episode number and
those lines, is the title. A host saying such words in a sentence keeps them."""

import pytest

from tests.conftest import built_pages, by_document

SAID = [
    ("Nora", "Welcome back. I'm Nora, and with me as ever is Sam, to talk about the ferries and their winter."),
    ("Sam", "Three boats were laid up in the same week, and the islanders had no crossing for two days."),
    ("Nora", "So why does that keep happening? Is it the age of the boats or the way they are kept?"),
    ("Sam", "Mostly the age. The youngest of the three is twenty-six years old, and its parts are no longer made."),
]
NOTES = "This week we look at the island ferries and why three of them were out of service at once in January."
TURNS = "\n\n".join(f"{who}:\n\n{said}" for who, said in SAID)
HOSTED = "\n".join([
    "Harbour Talk", "Why the Ferries Keep Breaking Down", "Episode 52", "Send us a text", NOTES,
    "Links mentioned in this episode:", "Support the show",
]) + "\n\n" + TURNS
BUTTONS = {"Send us a text", "Support the show", "Links mentioned in this episode:"}
ASKING = "If you enjoyed this one, support the show. It keeps us on the air and the boats in the news."
SPOKEN = HOSTED + f"\n\nNora:\n\n{ASKING}"
PLAIN = "\n".join(["Why the Ferries Keep Breaking Down", "Episode 52", NOTES]) + "\n\n" + TURNS


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pages = {"hosted.txt": HOSTED, "spoken.txt": SPOKEN, "plain.txt": PLAIN}
    return by_document(built_pages(tmp_path_factory.mktemp("host") / "corpus", pages))


def test_the_headline_under_the_shows_name_is_the_title(read):
    titles, _ = read
    assert titles["hosted.txt"][0] == "Why the Ferries Keep Breaking Down"


def test_the_hosts_fixed_lines_are_no_passages(read):
    _, passages = read
    assert not any(button in text for text in passages["hosted.txt"] for button in BUTTONS)
    assert NOTES in passages["hosted.txt"] and SAID[1][1] in passages["hosted.txt"]


def test_a_host_asking_for_support_in_a_sentence_keeps_it(read):
    _, passages = read
    assert ASKING in passages["spoken.txt"]


def test_a_page_without_the_hosts_lines_is_titled_as_before(read):
    titles, passages = read
    assert titles["plain.txt"][0] == "Why the Ferries Keep Breaking Down"
    assert NOTES in passages["plain.txt"]
