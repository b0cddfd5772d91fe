"""The one answer view: what an answer shows is decided once, and every face shows the same."""

from dataclasses import replace
from datetime import date

from bot.render.answer_view import NO_MATCH, NO_WORDS, Marked, answer_view, web_link
from bot.render.as_json import answer_to_dict
from bot.render.discord import build_reply
from bot.render.terminal import BOLD, RESET, render_answer
from index.marks import with_marks
from index.models import Answer, Hit, Passage, PassageKind, Source

UNDATED_SOURCE = Source("Notes from the field", None, None, "notes.md")
DATED_SOURCE = Source("Daily briefing", "https://example.test/b", date(2017, 3, 2), "b.txt")
WRAPPED = (
    "The spokesman said that the fighters who call themselves the Islamic\n"
    "State had left the town before the convoy arrived from the north side.\n"
    "Nobody else was seen there afterwards by the observers on the ridge top."
)


def answer_with(text, terms, *, speaker="MS. ADLER", source=UNDATED_SOURCE, missing=()):
    passage = Passage(0, 0, PassageKind.TURN, text, 0, speaker=speaker)
    return with_marks(Answer("asked", (Hit(0, passage, source, 1.0),), 3, frozenset(terms), missing=missing))


def test_a_passage_with_a_speaker_but_no_date_is_undated_on_every_face():
    answer = answer_with("The convoy left.", {"convoy"})
    assert answer_view(answer).passages[0].heading == ("MS. ADLER", "undated")
    assert "1. MS. ADLER, undated" in render_answer(answer)
    assert build_reply(answer).embeds[0].author.name == "1 · MS. ADLER · undated"


def test_marks_follow_the_words_when_wrapped_lines_are_joined():
    answer = answer_with(WRAPPED, {"islam state", "convoy"})
    quote = answer_view(answer).passages[0].quote
    assert "\n" not in quote.text, "the hard-wrapped lines are joined for reading"
    assert [quote.text[a:b] for a, b in quote.marks] == ["Islamic State", "convoy"]
    assert "**Islamic State**" in build_reply(answer).embeds[0].description
    styled = render_answer(answer, style=True, width=200)
    assert f"{BOLD}Islamic State{RESET}" in styled and f"{BOLD}convoy{RESET}" in styled


def test_empty_answers_give_the_same_reason_on_every_face():
    for terms, reason in ((frozenset({"zebra"}), NO_MATCH), (frozenset(), NO_WORDS)):
        empty = Answer("zebra?", (), 0, terms)
        assert answer_view(empty).empty == reason
        assert render_answer(empty) == f"Nothing found for 'zebra?'. {reason}"
        (embed,) = build_reply(empty).embeds
        assert (embed.title, embed.description) == ("Nothing found", reason)


def test_words_found_nowhere_are_named_only_beside_passages():
    view = answer_view(answer_with("The convoy left.", {"convoy"}, missing=("Idlib",)))
    assert view.missing_line == "No passage contains: Idlib."
    assert answer_view(Answer("Idlib", (), 0, frozenset({"idlib"}), missing=("Idlib",))).missing_line is None


def test_a_name_the_best_passages_do_not_give_is_said_beside_them_in_every_face():
    unnamed = replace(answer_with("The pilot landed safely.", {"pilot"}), unnamed="the P-8 pilot")
    line = "None of the best passages names the P-8 pilot."
    assert answer_view(unnamed).unnamed_line == line
    assert render_answer(unnamed).splitlines()[1] == line
    assert line in (build_reply(unnamed).content or "")
    assert answer_to_dict(unnamed)["not_named"] == "the P-8 pilot"
    named = answer_with("Captain Ilse Varga landed the P-8 safely.", {"pilot"})
    assert answer_view(named).unnamed_line is None and answer_to_dict(named)["not_named"] is None
    assert answer_view(Answer("pilot", (), 0, frozenset({"pilot"}), unnamed="the pilot")).unnamed_line is None


def test_a_cut_quote_keeps_only_the_marks_still_whole():
    quote = Marked("convoy and trucks", ((0, 6), (11, 17)))
    assert quote.shown_as("convoy and tr…").marks == ((0, 6),)
    assert list(quote.runs()) == [("convoy", True), (" and ", False), ("trucks", True)]


def test_only_a_web_address_is_a_link_to_follow():
    assert web_link(DATED_SOURCE) == DATED_SOURCE.url
    assert web_link(UNDATED_SOURCE) is None
    assert web_link(Source("Local", "file:///srv/corpus/a.md", None, "a.md")) is None
    assert web_link(Source("Long", "https://example.test/" + "a" * 2000, None, "a.md")) is None


def test_json_gives_the_marks_as_spans_of_the_verbatim_text():
    answer = answer_with(WRAPPED, {"islam state", "convoy"})
    (passage,) = answer_to_dict(answer)["passages"]
    assert [passage["text"][a:b] for a, b in passage["marks"]] == ["Islamic\nState", "convoy"]


def test_a_question_taken_up_again_shows_where_the_interjection_was_left_out():
    passage = Passage(
        0, 0, PassageKind.TURN, "We would not.", 0, speaker="MR. HALE",
        context="Would you strike the convoy —\n— tonight, I mean?\n— or wait for the Russians?",
    )
    answer = with_marks(Answer("asked", (Hit(0, passage, UNDATED_SOURCE, 1.0),), 1, frozenset({"convoy", "russian"})))
    answering = answer_view(answer).passages[0].answering
    assert answering.text == "Would you strike the convoy — … — tonight, I mean? — or wait for the Russians?"
    assert [answering.text[a:b] for a, b in answering.marks] == ["convoy", "Russians"]
    assert "— —" not in render_answer(answer)


def answering_of(context):
    passage = Passage(0, 0, PassageKind.TURN, "We will.", 0, speaker="MR. HALE", context=context)
    return answer_view(with_marks(Answer("asked", (Hit(0, passage, UNDATED_SOURCE, 1.0),), 1, frozenset()))).passages[0]


def test_a_question_taken_up_after_hyphens_shows_the_ellipsis_too():
    shown = answering_of("Will the tug fleet be sold --\n-- before the dredging starts?").answering.text
    assert shown == "Will the tug fleet be sold -- … -- before the dredging starts?"


def test_a_list_in_one_question_is_no_question_taken_up_again():
    context = "Two things on the dredging:\n– does the contract go to tender?\n– and who pays for it?"
    assert "…" not in answering_of(context).answering.text, "nothing was left out between the list's lines"
