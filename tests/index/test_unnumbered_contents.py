"""A briefing whose header lists its topics one a line under ``Table of contents`` (no numbers) opens a section at
each line of the body that an entry names (``Answers to media questions:``), no passage; with no such list the same
line stays the briefer's."""

import pytest

from tests.conftest import built_pages, by_document

TOPICS = ["Update on the grain corridor talks", "Answers to media questions:"]
UPDATE = "The third round of talks on the grain corridor will open in Selm on Monday, led by the deputy minister."
ASKED = ["Has the date of the foreign minister's visit to Kestria been set?",
         "How do you view the decision to close the consulate in Harrow?"]
ANSWERED = ["The dates are being worked out through diplomatic channels and will be announced once agreed.",
            "We regret it. The consulate served thousands of our citizens, and no one consulted us."]
BODY = [TOPICS[0], UPDATE, TOPICS[1], *(line for pair in zip(ASKED, ANSWERED, strict=True)
                                      for line in (f"Question: {pair[0]}", pair[1]))]
HEAD = ["Briefing by Foreign Ministry Spokeswoman Vera Solnik, Selm, March 11, 2026", "11 March 2026 15:40"]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pages = {"contents.txt": "\n".join([*HEAD, "Table of contents", *TOPICS, *BODY]),
             "plain.txt": "\n".join([*HEAD, *BODY])}
    found = {}
    for name, page in pages.items():
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index, lambda passage: (passage.section, passage.text))[1])
    return found


def test_a_body_line_an_unnumbered_entry_names_opens_its_section(read):
    assert not any(text == TOPICS[1] for _, text in read["contents.txt"])
    assert dict((text, section) for section, text in read["contents.txt"])[ANSWERED[1]] == TOPICS[1]


def test_with_no_contents_the_line_stays(read):
    assert any(text == TOPICS[1] for _, text in read["plain.txt"])
