"""Readable quotes: hard-wrapped lines joined for display, and a passage dated only by its words shows that date."""

from __future__ import annotations

from datetime import date

import pytest

from bot.render.answer_view import date_label, display_text
from bot.render.as_json import answer_to_dict
from bot.render.discord import build_reply
from bot.render.terminal import render_answer
from index.builder import build_index
from index.models import DatePrecision, Hit, Passage, PassageKind, Source, StatedDate
from index.search import Searcher
from index.store import load_index
from index.wrapping import joined_lines
from tests.conftest import write

WRAPPED = (
    "The port authority said the new pier would open to ferries\n"
    "once the inspectors had finished their survey of the pilings,\n"
    "which could take several more weeks because of the weather."
)


def test_hard_wrapped_lines_of_a_paragraph_are_joined():
    assert joined_lines(WRAPPED) == " ".join(WRAPPED.split("\n"))


def test_paragraphs_lists_short_lines_and_speaker_labels_keep_their_breaks():
    berths = "Open berths:\n- the north berth\n- the south berth"
    assert joined_lines(WRAPPED + "\n\n" + berths) == " ".join(WRAPPED.split("\n")) + "\n\n" + berths
    timeline = "March 2016: talks open at the crossing.\nJune 2016: the second round ends."
    assert joined_lines(timeline) == timeline, "short lines were not wrapped at a width"
    turns = (
        "We will look at every report of the strike and say more when we know more about it.\n"
        "MR SOLANO: I would add that the survey of the site begins on Monday morning."
    )
    assert joined_lines(turns) == turns, "a speaker label starts a line of its own"
    tweet = (
        "@harbour_news The north berth reopens to ferries on Monday after the survey of its pilings, the authority "
        "said, and the south berth follows.\n7:40 AM – 3 Mar 2017"
    )
    assert joined_lines(tweet) == tweet, "a paragraph on one long line was not wrapped"


def test_a_tweet_keeps_its_timestamp_on_its_own_line():
    text = "@harbour_news North berth open again to ferries.\n7:40 AM – 3 Mar 2017"
    tweet = Passage(0, 0, PassageKind.TWEET, text, 0, speaker="harbour_news")
    assert display_text(tweet) == text
    paragraph = Passage(0, 0, PassageKind.PARAGRAPH, WRAPPED, 0)
    assert display_text(paragraph) == joined_lines(WRAPPED) != WRAPPED


def test_joining_changes_only_line_breaks():
    text = WRAPPED + "\n\n" + WRAPPED
    assert joined_lines(text).split() == text.split()


def _hit(text: str, *, doc_date: date | None, stated: tuple[StatedDate, ...] = ()) -> Hit:
    passage = Passage(0, 0, PassageKind.PARAGRAPH, text, 0, dates=stated)
    return Hit(0, passage, Source("Timeline", None, doc_date, "notes/timeline.md"), 1.0)


def test_a_passage_dated_only_by_its_words_shows_that_date_at_its_precision():
    month = StatedDate(date(2016, 3, 1), DatePrecision.MONTH)
    assert date_label(_hit("March 2016: talks open.", doc_date=None, stated=(month,))) == "March 2016 (in the text)"
    year = StatedDate(date(2015, 1, 1), DatePrecision.YEAR)
    assert date_label(_hit("2015 – the port closed.", doc_date=None, stated=(year,))) == "2015 (in the text)"
    day = StatedDate(date(2021, 9, 29), DatePrecision.DAY)
    dateline = _hit("**ARDEN FALLS, 29 September 2021 —** The season closes.", doc_date=None, stated=(day,))
    assert date_label(dateline) == "29 Sep 2021 (in the text)"
    dated = _hit("March 2016: talks open.", doc_date=date(2016, 10, 3), stated=(month,))
    assert date_label(dated) == "2016-10-03", "the document's date comes first"
    assert date_label(_hit("No date here.", doc_date=None)) is None


def test_the_one_date_a_passage_states_dates_it_but_several_or_a_range_do_not():
    old = StatedDate(date(1997, 6, 22), DatePrecision.DAY)
    quake = _hit("The town was last hit by a quake on 22 June 1997.", doc_date=None, stated=(old,))
    assert date_label(quake) == "22 Jun 1997 (in the text)"
    month = StatedDate(date(2016, 3, 1), DatePrecision.MONTH)
    two = _hit("Talks opened in March 2016 and broke off on 22 June 1997.", doc_date=None, stated=(month, old))
    assert date_label(two) is None
    october = StatedDate(date(2023, 10, 1), DatePrecision.MONTH)
    assert date_label(_hit("Between August and October 2023: bases close.", doc_date=None, stated=(october,))) is None


@pytest.fixture
def searcher(tmp_path):
    corpus = tmp_path / "corpus"
    write(
        corpus,
        "notes/timeline.md",
        "---\ntitle: Timeline of the river talks\nkind: article\n---\n"
        "March 2016: negotiators meet at the river crossing for the first time.\n\n"
        "June 2016: the second round of river talks ends without a statement.\n",
    )
    harbour = (
        "The harbour authority said on Friday that the new pier would open to ferries\n"
        "once the inspectors had finished their survey of the pilings, which could take\n"
        "several more weeks because of the weather on the coast.\n\n"
        "Fishing boats will keep the old quay until then, the authority added in its\n"
        "statement, and the ferry timetable for the winter stays as it was published.\n"
    )
    write(corpus, "notes/harbour.txt", "Harbour report\n\n" + harbour)
    build_index(corpus, tmp_path / "index")
    return Searcher(load_index(tmp_path / "index"))


def test_renderers_show_joined_quotes_and_stated_dates_while_json_stays_verbatim(searcher):
    answer = searcher.ask("harbour pier ferries", 1)
    (hit,) = answer.hits
    assert "\n" in hit.passage.text
    assert answer_to_dict(answer)["passages"][0]["text"] == hit.passage.text, "JSON text is verbatim"
    description = build_reply(answer).embeds[0].description
    quote = [line for line in description.split("\n") if line.startswith("> ")]
    assert len(quote) == 1, "one paragraph, one quote line"
    terminal = render_answer(answer, width=200)
    assert "ferries once the inspectors" in terminal

    timeline = searcher.ask("negotiators river crossing", 1)
    assert timeline.hits[0].date is None
    assert build_reply(timeline).embeds[0].author.name == "1 · March 2016 (in the text)"
    assert "1. March 2016 (in the text)" in render_answer(timeline)
