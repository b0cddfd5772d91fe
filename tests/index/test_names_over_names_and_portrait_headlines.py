"""A record whose speakers stand alone on their lines: a name right under another speaker's name is no role line (the
words under it are the lower name's), while a role or a party under a name (``Member for Westford``, ``Labour``) still
is; a portrait line names its member only when the record shows the member there, not in a headline holding the name."""

import pytest

from tests.conftest import built_pages, by_document

ASK = "What steps the Department is taking to keep the island ferries running through the winter storms."
THANK = "I thank the Minister, but people in my seat were cut off for nine days last winter. Will he meet me?"
MONEY = "We have set money aside for two relief vessels, and the operators will have them sailing by December."
MEET = "I will gladly meet the hon. Member and the operators together."
FARES = ("Fares on the island routes rose twice last year. What is the Minister doing to hold them down this spring?",
         "The fares are set by the operators, but we have asked them to freeze the cheapest tickets until the autumn.",
         "Will the freeze cover the season tickets that commuters and pupils depend on through the school year?",
         "It will, and I will write to the hon. Lady with the full list of tickets once it is agreed.")


def _record(*blocks: tuple[str, ...]) -> str:
    return "\n\n".join(["Island Ferry Services", *("\n".join(block) for block in blocks)])


STACKED = _record(("Ann Lee", "Labour"), (ASK,), ("Tom Reeve", "Minister for Ports"), (MONEY,),
                  ("Tom Reeve", "Ann Lee", THANK), ("Tom Reeve",), (MEET,))
PARTIES = _record(("Ann Lee", "Labour"), (FARES[0],), ("Tom Reeve", "Conservative"), (FARES[1],),
                  ("Ann Lee", "Labour"), (FARES[2],), ("Tom Reeve", "Conservative"), (FARES[3],))
PORTRAITS = "\n\n".join([
    "Island Ferry Services", "Volume 771: debated on Wednesday 4 March 2026",
    "Ann Lee Portrait Ann Lee (Westford) (Lab)\n- Hansard - - - Excerpts", ASK,
    "Tom Reeve Portrait Sir Tom Reeve (Kell East) (Con)\n- Hansard - - - Excerpts", MONEY,
    "Ann Lee Portrait Ann Lee\n- Hansard - - - Excerpts", THANK,
    "Tom Reeve Portrait Mr Reeve\n- Hansard - - - Excerpts", MEET,
])
HEADLINES = "\n\n".join([
    "Painters shortlisted for the harbour prize",
    "Ann Lee Portrait Prize goes to Ann Lee",
    "The judges picked four painters from more than three hundred entries, the gallery said on Friday.",
    "Tom Reeve Portrait unveiled by Reeve family",
    "The winner will be named in June and the portraits shown in the town hall over the summer.",
])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pages = {"stacked.txt": STACKED, "parties.txt": PARTIES, "portraits.txt": PORTRAITS, "headlines.txt": HEADLINES}
    read = {}
    for name, text in pages.items():  # one index each: pages with the same words would be one document
        index = built_pages(tmp_path_factory.mktemp(name.split(".")[0]) / "corpus", {name: text})
        read.update(by_document(index, lambda passage: (passage.speaker, passage.text))[1])
    return read


def test_a_name_under_another_speakers_name_gives_the_words_to_the_lower_name(read):
    assert read["stacked.txt"] == [("Ann Lee", ASK), ("Tom Reeve", MONEY), ("Ann Lee", THANK), ("Tom Reeve", MEET)]


def test_a_party_under_a_name_is_still_its_role_line(read):
    assert read["parties.txt"] == list(zip(["Ann Lee", "Tom Reeve"] * 2, FARES, strict=True))


def test_a_portrait_line_showing_the_member_behind_titles_names_them(read):
    assert [speaker for speaker, _ in read["portraits.txt"]] == ["Ann Lee", "Tom Reeve"] * 2


def test_a_headline_holding_the_portraits_name_names_no_speaker(read):
    assert {speaker for speaker, _ in read["headlines.txt"]} == {None}
