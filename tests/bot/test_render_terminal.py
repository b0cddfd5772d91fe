from datetime import date

from bot.render.terminal import BOLD, RESET, render_answer
from index.marks import with_marks
from index.models import Answer, DateAnswer, DatePrecision, Hit, Passage, PassageKind, Source, StatedDate

SOURCE = Source("Briefing, 3 Oct", "https://example.test/b", date(2016, 10, 3), "b.txt")
OTHER = Source("Weekly digest", None, None, "digest.md")


def answer(text: str, *, terms=frozenset({"nusra", "strike"}), context=None, also_in=()) -> Answer:
    passage = Passage(
        doc=0, position=4, kind=PassageKind.TURN, text=text, start=0, speaker="MS. ADLER", context=context
    )
    hit = Hit(4, passage, SOURCE, 3.2, also_in)
    return with_marks(Answer("when was Nusra struck?", (hit,), matched=7, terms=terms))


def test_plain_rendering_quotes_every_word_with_source_and_link():
    text = "The strike on al-Nusra happened in Idlib on Monday. " * 5
    out = render_answer(answer(text.strip(), context="Was Nusra hit?", also_in=(OTHER,)), width=60)
    assert out.startswith("7 passages matched 'when was Nusra struck?'; the best 1:")
    assert "1. MS. ADLER, 2016-10-03" in out
    assert "answering: “Was Nusra hit?”" in out
    assert "Briefing, 3 Oct — https://example.test/b" in out
    assert "also in: Weekly digest — digest.md" in out
    quoted = " ".join(line.split("│ ", 1)[1] for line in out.splitlines() if "│ " in line)
    assert quoted == " ".join(text.split())
    assert all(len(line) <= 60 for line in out.splitlines() if "│ " in line)
    assert BOLD not in out


def test_styled_rendering_marks_matched_words_in_bold():
    out = render_answer(answer("The strike on al-Nusra was confirmed."), style=True)
    assert f"{BOLD}strike{RESET}" in out and f"{BOLD}al-Nusra{RESET}" in out
    assert f"{BOLD}confirmed" not in out


def test_nothing_found_and_nothing_to_search_are_said_plainly():
    empty = Answer("zebra crossings?", (), 0, frozenset({"zebra", "crossings"}))
    assert render_answer(empty).startswith("Nothing found for 'zebra crossings?'. No passage in the corpus matches")
    no_terms = Answer("when was it?", (), 0, frozenset())
    assert "has no words to search for" in render_answer(no_terms)


def test_a_when_answer_leads_with_its_derived_date_line():
    base = answer("We struck them on Monday.")
    dated = DateAnswer("Latest date found", StatedDate(date(2016, 10, 3)), 4, SOURCE)
    out = render_answer(Answer(base.question, base.hits, base.matched, base.terms, dated))
    assert out.splitlines()[0] == "Latest date found: 3 Oct 2016, in Briefing, 3 Oct"
    assert out.splitlines()[1].startswith("7 passages matched")


def test_words_found_nowhere_are_named():
    base = answer("We struck them on Monday.")
    out = render_answer(Answer(base.question, base.hits, base.matched, base.terms, missing=("Hezbollah",)))
    assert "No passage contains: Hezbollah." in out


def test_a_marked_name_that_wraps_stays_bold_on_both_lines():
    text = "word " * 9 + "Islamic State said so."
    out = render_answer(answer(text.strip(), terms=frozenset({"islam state"})), style=True, width=60)
    quoted = [line.split("│ ", 1)[1] for line in out.splitlines() if "│ " in line]
    assert quoted[0].endswith(f"{BOLD}Islamic{RESET}") and quoted[1].startswith(f"{BOLD}State{RESET}")
    plain = " ".join(line.replace(BOLD, "").replace(RESET, "") for line in quoted)
    assert plain == " ".join(text.split())


def test_control_characters_in_the_corpus_cannot_drive_the_terminal():
    hostile = "Convoy struck \x1b]0;owned\x07 near \x1b[2J the \x9b31m border."
    passage = Passage(
        doc=0,
        position=0,
        kind=PassageKind.TURN,
        text=hostile,
        start=0,
        speaker="MS.\x1b[31m ADLER",
        context="Was the convoy\x07 struck?",
    )
    source = Source("Title \x1b[5m", "https://example.test/\x1b]8;;x\x07", date(2016, 10, 3), "b.txt")
    answer = Answer("convoy struck?", (Hit(0, passage, source, 1.0),), 1, frozenset({"convoy", "struck"}))
    for style in (False, True):
        out = render_answer(answer, style=style)
        cleaned = out.replace(BOLD, "").replace(RESET, "")
        assert not any(ch in cleaned for ch in "\x1b\x07\x9b"), repr(out)
        assert "Convoy struck \ufffd]0;owned\ufffd near" in cleaned


def test_a_passage_in_a_section_says_so_and_json_carries_it():
    from bot.render.as_json import hit_to_dict

    passage = Passage(0, 1, PassageKind.PARAGRAPH, "Aid reached the town.", 0, "Spokesman (A. B.)", section="Syria")
    hit = Hit(1, passage, SOURCE, 1.0)
    out = render_answer(Answer("aid", (hit,), 1, frozenset({"aid"})), width=80)
    assert "1. Spokesman (A. B.), 2016-10-03\n   section: Syria\n" in out
    assert hit_to_dict(hit)["section"] == "Syria"


def test_a_passage_of_an_undated_document_shows_the_date_its_words_give_marked_as_such():
    undated = Source("Glacier survey", None, None, "glacier.txt")
    passage = Passage(
        0, 0, PassageKind.PARAGRAPH, "Surveyors measured it in August 2015.", 0,
        dates=(StatedDate(date(2015, 8, 1), DatePrecision.MONTH),),
    )
    terms = frozenset({"measur"})
    out = render_answer(Answer("when was it measured?", (Hit(0, passage, undated, 1.0),), matched=1, terms=terms))
    assert "1. August 2015 (in the text)" in out
    bare = Passage(0, 1, PassageKind.PARAGRAPH, "No date here.", 40)
    assert "1. undated" in render_answer(Answer("when?", (Hit(1, bare, undated, 1.0),), matched=1, terms=terms))
