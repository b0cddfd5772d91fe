"""A record of speeches pasted from a browser with no blank lines, each speaker's name alone on its line over the
words (``Ms Ada Frost (Counsel to the Inquiry)`` / ``When did you …``): each turn is the named speaker's, the page's
name on its first line is no one's; names given once over profiles in such a paste still name no one."""

import pytest

from tests.conftest import built_pages, by_document

TURNS = [
    ("Ms Ada Frost", "Ms Ada Frost (Counsel to the Inquiry)", "When did you first learn that the quay had moved?"),
    ("Mr Victor Lane", "Mr Victor Lane", "I was told on the Monday morning by the duty engineer, who saw a crack."),
    ("Ms Ada Frost", "Ms Ada Frost (Counsel to the Inquiry)", "And what did you do when you were told of it?"),
    ("Mr Victor Lane", "Mr Victor Lane", "I closed the berth and called the structural team, who came at once."),
]
INQUIRY = "\n".join([
    "Kellmouth Harbour Inquiry", "The transcripts of the public inquiry into the collapse of the north quay.",
    "Hearing day 14, 9 October 2025", *(line for _, name, said in TURNS for line in (name, said)),
])
PROFILES = "\n".join([
    "Candidates for the harbour board", "Four people are standing for the two seats this spring.",
    "Ann Lee", "She has sailed the coast for thirty years and wants the board to publish its accounts.",
    "Tom Reeve", "He has kept the island boats running since 2010 and wants a second relief vessel.",
    "Dana Holt", "She chairs the fishermen's association and wants lower harbour dues for small boats.",
])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    found = {}
    for name, page in {"inquiry.txt": INQUIRY, "profiles.txt": PROFILES}.items():
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index, lambda passage: (passage.speaker, passage.text))[1])
    return found


def test_names_alone_over_words_in_a_paste_with_no_blank_lines_give_the_turns(read):
    assert [(who, said) for who, said in read["inquiry.txt"] if who] == [(who, said) for who, _, said in TURNS]
    assert "Kellmouth Harbour Inquiry" not in {who for who, _ in read["inquiry.txt"]}


def test_names_given_once_over_profiles_name_no_one(read):
    assert {who for who, _ in read["profiles.txt"]} == {None}
