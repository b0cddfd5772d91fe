"""Brush-offs: a spokesperson's turn that only declines ranks below a passage that answers, and is still found
when nothing better is; an answer that declines one point among others keeps its rank."""

from __future__ import annotations

import pytest

from index.brushoffs import asks_about_declining, is_brushoff
from index.builder import build_index
from index.models import Passage, PassageKind
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

BRUSH_OFF = "I'm not going to get into the terminal tender from this podium."
ARTICLE = "Harlow Construction was picked on Monday to build the Orrin Bay ferry terminal, the transport ministry said."
LONG_ANSWER = (
    "Harlow Construction will build it. The contract for the Orrin Bay ferry terminal was signed on Monday, and work "
    "starts in May. We expect the first ferries to dock there next spring. I'm not going to get into the price."
)


def transcript(*turns: str) -> str:
    return "---\ntitle: Briefing\nkind: transcript\n---\n" + "".join(f"{turn}\n" for turn in turns)


def article(title: str, text: str) -> str:
    return f"---\ntitle: {title}\nkind: article\n---\n{text}\n"


FILLER = {
    "quotas.md": article("Quotas", "Fishing quotas in the northern waters stay where they were last year."),
    "rail.md": article("Rail", "The night train to the coast runs again from June."),
    "school.md": article("Schools", "Schools reopen a week later because of the floods."),
}


def searcher_over(tmp_path, files: dict[str, str], meaning: bool) -> Searcher:
    corpus = tmp_path / "corpus"
    for name, text in files.items():
        write(corpus, name, text)
    build_index(corpus, tmp_path / "index", model="wordllama")
    return Searcher(load_index(tmp_path / "index"), meaning=meaning)


def texts(searcher: Searcher, question: str, k: int = 3) -> list[str]:
    return [hit.passage.text for hit in searcher.ask(question, k=k).hits]


@pytest.mark.parametrize("meaning", [True, False])
def test_a_brush_off_holding_the_question_words_ranks_below_the_passage_that_answers(tmp_path, meaning):
    briefing = transcript(
        "QUESTION: Who won the tender to build the Orrin Bay ferry terminal?", f"MS. DALE: {BRUSH_OFF}"
    )
    files = {"briefing.md": briefing, "terminal.md": article("Terminal", ARTICLE), **FILLER}
    found = texts(searcher_over(tmp_path, files, meaning), "Who won the tender to build the ferry terminal?")
    assert found[:2] == [ARTICLE, BRUSH_OFF]


def test_a_long_answer_that_declines_one_point_keeps_its_rank(tmp_path):
    question = "QUESTION: Who will build the Orrin Bay ferry terminal, and for how much?"
    briefing = transcript(question, f"MS. DALE: {LONG_ANSWER}")
    other = "The Orrin Bay ferry terminal will be built by a firm from the capital, the ministry said."
    files = {"briefing.md": briefing, "terminal.md": article("Terminal", other), **FILLER}
    found = texts(searcher_over(tmp_path, files, meaning=True), "Who will build the Orrin Bay ferry terminal?")
    assert found[:2] == [LONG_ANSWER, other]


def test_a_brush_off_is_found_when_it_is_all_there_is_and_when_declining_is_asked(tmp_path):
    briefing = transcript("QUESTION: Who won the tender for the Orrin Bay ferry terminal?", f"MS. DALE: {BRUSH_OFF}")
    alone = searcher_over(tmp_path / "alone", {"briefing.md": briefing, **FILLER}, meaning=True)
    assert texts(alone, "Who won the terminal tender?", k=1) == [BRUSH_OFF]
    other = "A spokeswoman for the ministry said the Orrin Bay terminal opens in May."
    files = {"briefing.md": briefing, "terminal.md": article("Terminal", other), **FILLER}
    both = searcher_over(tmp_path / "both", files, meaning=True)
    assert texts(both, "Did the spokeswoman decline to talk about the terminal tender?", k=1) == [BRUSH_OFF]


def turn(text: str, speaker: str = "MS. DALE") -> Passage:
    return Passage(doc=0, position=1, kind=PassageKind.TURN, text=text, start=0, speaker=speaker)


@pytest.mark.parametrize(
    "text",
    [
        "I'd point you to the Defence Ministry for that.",
        "That's a question for the port authority. I'd refer you to them.",
        "I don't have anything more for you on that today.",
        "We're not going to speculate about what the court might decide.",
        "I can't confirm those reports. I'd refer you to the police.",
        "I'll have to take that question and get back to you.",
        "There's no update on the talks. We'll have more to say next week.",
        "I'm not in a position to say. Sure.",
        "I won’t characterise private conversations between the two leaders.",
    ],
)
def test_turns_that_only_decline_are_brush_offs(text):
    assert is_brushoff(turn(text))


@pytest.mark.parametrize(
    "passage",
    [
        turn(LONG_ANSWER),
        turn("We have seen no proof of outside help. The group is better armed than last year, but I won't speculate."),
        turn("Forty-two families were moved on Sunday. I don't have the final count."),
        turn("I'd refer you to the police.", speaker="QUESTION"),
        Passage(doc=0, position=0, kind=PassageKind.PARAGRAPH, text="The minister declined to comment.", start=0),
    ],
)
def test_answers_reporters_and_articles_are_not_brush_offs(passage):
    assert not is_brushoff(passage)


def test_questions_about_declining_are_told_apart():
    assert asks_about_declining("Did the ministry comment on the tender?")
    assert asks_about_declining("Why wouldn't the spokesman discuss the price?")
    assert not asks_about_declining("Who won the tender for the ferry terminal?")
