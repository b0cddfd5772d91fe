"""A briefing whose header names the one who briefs gives them the words no label names: a spokesperson's regular
briefing labelling only its questions and its answers' marks (``Q:``, ``A:``) is the briefer's, the announcements over
the first question too, whether the header says ``Regular Briefing by Spokesperson …`` or ``Spokesperson …'s Regular
Press Conference``; a doorstep statement by a Secretary General is theirs under the label ``NATO Secretary General:``.
An interview ``by`` its interviewer, a body or two people give the answers no one."""

import pytest

from tests.conftest import built_pages, by_document

OPENING = [
    "Good afternoon. I have two announcements before your questions.",
    "The minister will travel to the river basin conference next Tuesday to speak on the water-sharing treaty.",
]
ASKED = [
    "Has the ministry summoned the ambassador over the border closure?",
    "Will the minister raise the closure at the conference next week?",
]
ANSWERED = [
    "The ambassador was asked to come to the ministry yesterday, and our concerns were set out plainly to him.",
    "She will raise it with her counterpart on the margins. The closure hurts traders on both sides.",
]


def _qa(*header: str) -> str:
    turns = [f"{mark}: {said}" for asked, answered in zip(ASKED, ANSWERED, strict=True)
             for mark, said in (("Q", asked), ("A", answered))]
    return "\n\n".join([*header, *OPENING, *turns])


def _saved(title: str, dated: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in _qa().split("\n\n"))
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1><p>{dated}</p>{paragraphs}"
            "</main></body></html>")


BRIEFER = "Spokesperson Tomas Ferrant"
PAGES = {
    "by.txt": _qa("Home › Press Room › Briefings", f"Regular Briefing by {BRIEFER}, 4 February 2026",
                  "Published: 4 February 2026"),
    "by.html": _saved(f"Regular Briefing by {BRIEFER}", "Published: 4 February 2026"),
    "possessive.txt": _qa(f"Foreign Ministry {BRIEFER}'s Regular Press Conference on February 4, 2026",
                          "2026-02-05 00:41"),
    "doorstep.txt": "\n\n".join([
        "Doorstep statement", "by Secretary General Ingrid Halvorsen at the start of the meeting of Defence Ministers",
        "• 12 Feb. 2026 -\n• |\n• Last updated: 12 Feb. 2026 10:42", "(As delivered)", *OPENING,
        f"Marta Sole (Radio Kestria): {ASKED[0]}", f"NATO Secretary General: {ANSWERED[0]}",
        f"Piet Ruys (Harbour Post): {ASKED[1]}", f"NATO Secretary General: {ANSWERED[1]}",
    ]),
    "interview.txt": _qa("Interview with Foreign Minister Ana Lee by Tom Reeve", "4 February 2026"),
    "body.txt": _qa("Regular Briefing by Kellmouth Harbour Board", "4 February 2026"),
    "two.txt": _qa(f"Regular Briefing by {BRIEFER} and Deputy Spokesperson Ana Lee", "4 February 2026"),
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    found = {}
    for name, page in PAGES.items():  # one index each: pages with the same words would be one document
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index, lambda passage: (passage.speaker, passage.text))[1])
    return found


def _of(read, name, texts):
    return [speaker for speaker, text in read[name] if text in texts]


@pytest.mark.parametrize("name", ["by.txt", "by.html", "possessive.txt"])
def test_a_regular_briefing_labelling_only_q_and_a_is_the_briefers(read, name):
    shown = f"Foreign Ministry {BRIEFER}" if name == "possessive.txt" else BRIEFER  # as the header names them
    assert _of(read, name, OPENING + ANSWERED) == [shown] * 4
    assert _of(read, name, ASKED) == ["Q", "Q"]


def test_a_doorstep_statement_is_the_secretary_generals_under_the_label_of_their_answers(read):
    assert _of(read, "doorstep.txt", OPENING + ANSWERED) == ["NATO Secretary General"] * 4


@pytest.mark.parametrize("name", ["interview.txt", "body.txt", "two.txt"])
def test_an_interviewer_a_body_or_two_people_answer_nothing(read, name):
    assert _of(read, name, OPENING + ANSWERED) == [None] * 4
