"""A committee's oral evidence as its record on the web lays it out: a note on the record (``Ordered by the House …
to be published on …``, a sentence) over the hearing's head (``Members present: …``, ``Questions 1 - 19``, the
witnesses' panel, ``Witnesses: Name and Name.``) is all the header's, no passage, and ``Witnesses:`` names no speaker;
a briefing's first sentence over its turns, with no such head under it, stays a passage."""

import pytest

from tests.conftest import built_pages, by_document

HEAD = [
    "Transport Committee", "Oral evidence: Island ferry services, HC 412", "Wednesday 21 January 2026",
    "Ordered by the House of Commons to be published on 21 January 2026.", "Watch the meeting",
    "Members present: Ruth Amsel (Chair); Tom Reeve; Dana Holt.", "Questions 1 - 19", "Witnesses",
    "I: Ines Vale, Chief Executive, Island Ferries Ltd; and Piet Ruys, Fleet Director, Island Ferries Ltd.",
    "Examination of witnesses", "Witnesses: Ines Vale and Piet Ruys.",
]
TURNS = [
    ("Chair", "Q1 Chair: ", "Could you start by telling us how many sailings were cancelled this winter?"),
    ("Ines Vale", "Ines Vale: ", "Just over four hundred, which is about one in six of the sailings we had planned."),
    ("Chair", "Q2 Chair: ", "And how many of those were down to the weather rather than the vessels?"),
    ("Ines Vale", "Ines Vale: ", "Fewer than half. Most were down to the age of the vessels and missing parts."),
    ("Piet Ruys", "Piet Ruys: ", "The two new vessels enter service next spring, if the yard keeps to its plan."),
]
HEARING = "\n".join([*HEAD, *(label + said for _, label, said in TURNS)])
OPENING = "Good morning, everyone, and thank you for coming out to the harbour office this early."
BRIEFING = "\n\n".join([
    "Harbour Board Briefing", "21 January 2026", OPENING,
    "QUESTION: Will the ferries run on Saturday if the wind drops below gale force?",
    "MS. VALE: They will, and we will post the timetable by noon on Friday.",
    "QUESTION: And the relief vessel from the mainland?",
    "MS. VALE: It sails on Monday, once the crew has had its rest.",
])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pages = {
        "hearing.txt": HEARING, "briefing.txt": BRIEFING,
        "hearing.html": "<html><head><title>Oral evidence: Island ferry services</title></head><body><main>"
                        + "".join(f"<p>{line}</p>" for line in HEARING.split("\n")) + "</main></body></html>",
    }
    found = {}
    for name, page in pages.items():
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index, lambda passage: (passage.speaker, passage.text))[1])
    return found


@pytest.mark.parametrize("name", ["hearing.txt", "hearing.html"])
def test_a_hearings_head_under_a_record_note_is_no_passage(read, name):
    assert read[name] == [(speaker, said) for speaker, _, said in TURNS]


def test_a_briefings_first_sentence_over_its_turns_stays(read):
    assert read["briefing.txt"][0] == (None, OPENING)
