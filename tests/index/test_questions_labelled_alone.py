"""A briefing that labels only its questions (``Question: …?``), each answer the unlabelled paragraph under it, as a
foreign ministry's spokeswoman's briefings are laid out: the answer is never the question's; it is the briefer's whom
the header names (``Briefing by Foreign Ministry Spokeswoman Vera Solnik, …``), else no one's. Where the answers are
labelled, a question's second paragraph stays the question's."""

import pytest

from tests.conftest import built_pages, by_document

OPENING = [
    "The third round of talks on the grain corridor will open in Selm on Monday, led by the deputy minister.",
    "We expect the sides to agree on the number of inspection points at the river ports.",
]
ASKED = [
    "Has the date of the foreign minister's visit to Kestria been set?",
    "How do you view the decision to close the consulate in Harrow?",
]
ANSWERED = [
    "The dates are being worked out through diplomatic channels. We will announce them once they are agreed.",
    "We regret it. The consulate served thousands of our citizens, and the decision was taken without consultation.",
]
BODY = [*OPENING, *(line for pair in zip(ASKED, ANSWERED, strict=True) for line in (f"Question: {pair[0]}", pair[1]))]
HEAD = ["Home / Press service / Briefings",
        "Briefing by Foreign Ministry Spokeswoman Vera Solnik, Selm, March 11, 2026", "11 March 2026 15:40"]
BRIEFER = "Foreign Ministry Spokeswoman Vera Solnik"
UNNAMED = ["Ferry questions answered", "11 March 2026", *BODY[2:]]
SECOND = "And a second point on the same visit: will the trade minister travel too?"
LABELLED = "\n\n".join([
    "Harbour Board Briefing", "11 March 2026", f"QUESTION: {ASKED[0]}", SECOND, f"MS. VALE: {ANSWERED[0]}",
    f"QUESTION: {ASKED[1]}", f"MS. VALE: {ANSWERED[1]}",
])


def _saved(lines: list[str]) -> str:
    return ("<html><head><title>Briefing</title></head><body><main><h1>" + lines[1] + "</h1>"
            + "".join(f"<p>{line}</p>" for line in [lines[0], *lines[2:]]) + "</main></body></html>")


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pages = {
        "briefing.txt": "\n".join([*HEAD, *BODY]), "spaced.txt": "\n\n".join([*HEAD, *BODY]),
        "briefing.html": _saved([*HEAD, *BODY]), "unnamed.txt": "\n".join(UNNAMED), "labelled.txt": LABELLED,
    }
    found = {}
    for name, page in pages.items():
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        found.update(by_document(index, lambda passage: (passage.speaker, passage.text))[1])
    return found


@pytest.mark.parametrize("name", ["briefing.txt", "spaced.txt", "briefing.html"])
def test_the_paragraph_under_a_labelled_question_is_the_briefers_answer(read, name):
    expected = [(BRIEFER, line) for line in OPENING]
    expected += [(who, said) for pair in zip(ASKED, ANSWERED, strict=True)
                 for who, said in (("Question", pair[0]), (BRIEFER, pair[1]))]
    assert read[name] == expected


def test_with_no_briefer_named_the_answer_is_no_ones_never_the_questions(read):
    assert [(who, said) for who, said in read["unnamed.txt"] if said in ANSWERED] == [(None, line) for line in ANSWERED]


def test_where_answers_are_labelled_a_questions_second_paragraph_stays_the_questions(read):
    assert ("QUESTION", f"{ASKED[0]}\n\n{SECOND}") in read["labelled.txt"]
