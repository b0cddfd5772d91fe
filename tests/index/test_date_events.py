"""The date line names the event asked about when the question and the dating passage name it differently, and
ties each date to what it dates (a restated day, a correction, a participle, the speaker's ``I``)."""

from datetime import date

import pytest

from index.builder import build_index
from index.dates import DateRole, date_mentions
from index.models import StatedDate
from index.query import DateOrder, date_bounds, date_intent, event_words
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write

WRITTEN = date(2022, 10, 12)


def mentions(text: str, anchor: date = WRITTEN) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.date.iso, m.role.value) for m in date_mentions(text, anchor)]


def test_a_count_of_days_set_off_by_a_comma_restates_the_day_before_it():
    text = "The board met on 4 October, though the first sample was taken on 20 September, fourteen days earlier."
    assert [iso for _, iso, _ in mentions(text)] == ["2022-10-04", "2022-09-20"]
    text = "The pump failed on 20 September. Two days later, the valve was replaced."
    assert [iso for _, iso, _ in mentions(text)] == ["2022-09-20", "2022-09-22"]


def test_that_evening_and_the_same_day_take_the_day_named_before():
    text = "The ministers agreed the truce on Monday, 3 October, and it took hold at dusk that evening."
    assert [iso for _, iso, _ in mentions(text)] == ["2022-10-03", "2022-10-03"]
    assert mentions("A second barge sank the same day.") == []  # no day named before it: nothing to take


def test_since_a_season_starts_a_span_and_set_up_is_no_plan():
    assert mentions("Most families have lived there since the spring of 2021.")[0][2] == DateRole.SINCE.value
    assert mentions("The shelter was set up in May 2020 beside the river.")[0][2] == DateRole.EVENT.value
    assert mentions("The shelter was set to open on 3 May 2020.")[0][2] == DateRole.SUPERSEDED.value


def test_a_date_a_correction_says_was_wrong_is_given_up():
    text = "Correction: an earlier version of this report said the bridge shut on Friday, Sep 9. It shut on Sep 10."
    assert [(iso, role) for _, iso, role in mentions(text)] == [("2022-09-09", "superseded"), ("2022-09-10", "event")]


def test_a_participle_phrase_gives_its_clause_no_past():
    text = "The envoy will land tonight and meet the mayor tomorrow, followed by a tour of the port on Sunday."
    assert mentions(text, date(2022, 10, 13))[-1][1] == "2022-10-16"
    assert mentions("The envoy toured the port on Sunday.", date(2022, 10, 13))[-1][1] == "2022-10-09"


def test_get_into_names_an_arrival():
    assert event_words("when did the swarms get into the valley") == ("reach",)


def test_a_search_opening_on_date_asks_for_one():
    assert date_intent("date the levee gave way at Orsk").asks_date
    assert not date_intent("dates of the festival").asks_date


def test_before_this_one_is_the_day_of_writing():
    (bound,) = date_bounds("when was her last visit to Lenk before this one")
    assert bound.now
    assert bound.admits(StatedDate(date(2020, 5, 1)), WRITTEN)
    assert not bound.admits(StatedDate(WRITTEN), WRITTEN)
    assert not bound.admits(StatedDate(date(2020, 5, 1)), None)


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("events") / "corpus"
    write(
        root,
        "2022-10-12-harbour-briefing.txt",
        "---\ntitle: Harbour ministry briefing\nkind: transcript\n---\n"
        "QUESTION: Minister Ostrova, have you been in touch with the Velan foreign minister?\n\n"
        "MINISTER OSTROVA: I spoke with Foreign Minister Darrel last Friday, the day after the dockers were expelled, "
        "and I hope to call him again this week.\n\n"
        "QUESTION: And the ferries?\n\n"
        "MR. LUND: Mr. Brask, the ports director, spoke with the Velan ferry board on Sunday about fares.\n",
    )
    write(
        root,
        "2022-10-05-tugs.md",
        "---\ntitle: Tugs leave Orsk harbour\n---\n"
        "Since the storm the harbour board has run three tug convoys out of Orsk. The first left on October 1st "
        "with six barges. The second left on October 3rd with four. The last one departed yesterday, October 4th, "
        "with nine.\n\n"
        "Two Velan LC-40 planes landed at Orsk field on Monday, October 3, with pumps and generators.\n\n"
        "For a day there was no sound from the flooded tunnel. Then, on the 2nd, divers heard knocking on a pipe "
        "near the lower gate.\n",
    )
    write(
        root,
        "2022-10-06-flu-drive.md",
        "---\ntitle: Orsk flu drive made longer\n---\n"
        "ORSK — The Orsk health office has extended its flu vaccination drive for pensioners by a week, to 30 "
        "October, after nurses reached about two thirds of those it was aiming for.\n\n"
        "Nurses had given 41,000 doses by Sunday, three weeks after the drive began on 12 September, the office "
        "said.\n",
    )
    index_dir = tmp_path_factory.mktemp("events-index")
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def test_in_a_speaker_s_turn_i_stands_for_the_speaker(searcher):
    assert line(searcher, "when did minister ostrova speak with the velan foreign minister") == "2022-10-07"


def test_a_sentence_opening_on_the_last_one_goes_on_from_the_sentences_before(searcher):
    assert line(searcher, "when did the last tug convoy leave Orsk") == "2022-10-04"


def test_the_plural_of_a_numbered_designation_finds_the_designation(searcher):
    assert line(searcher, "when did the Velan LC-40s land at Orsk") == "2022-10-03"


def test_an_irregular_past_of_the_event_verb_counts_as_the_verb(searcher):
    assert line(searcher, "when did divers first hear knocking in the flooded tunnel") == "2022-10-02"


def test_the_last_day_to_do_something_is_a_deadline_not_the_latest_date():
    assert date_intent("what was the last day the city had to pay the fine").order is None
    assert date_intent("what was the last day for appeals").order is None
    assert date_intent("when did the last ferry sail").order is DateOrder.LATEST


def test_the_new_end_of_something_made_longer_is_not_its_start(searcher):
    text = "The office has extended its drive by a week, to 30 October, after nurses reached most pensioners."
    assert mentions(text)[0][1:] == ("2022-10-30", DateRole.END.value)
    assert line(searcher, "when did the Orsk flu vaccination drive for pensioners begin") == "2022-09-12"


def test_when_before_an_auxiliary_asks_even_after_a_limit_put_first():
    assert date_intent("in 2019 when did the ferry service resume").asks_date
    assert not date_intent("was the mayor in Orsk when the ferry service resumed").asks_date


def test_planned_as_an_adjective_puts_no_sentence_in_the_future():
    monday = date(2022, 10, 12)  # a Wednesday
    assert mentions("The radar was switched off for a planned upgrade on Monday.", monday)[0][1] == "2022-10-10"
    assert mentions("The radar upgrade is planned for Monday.", monday)[0][1] == "2022-10-17"


def test_a_noun_before_a_closing_verb_is_no_part_of_the_verb_phrase():
    assert event_words("when did the Orsk coup attempt begin") == ("begin",)
    assert event_words("when did the Orsk vaccination campaign resume") == ("resume",)
    assert event_words("what day did the Orsk dam give way") == ("give", "way")
    assert event_words("when did the Orsk fishing ban take effect") == ("take", "effect")


def test_as_of_a_day_tells_how_far_things_stood_by_then_not_when_they_happened():
    text = "As of this morning, 41 relief flights have landed at Orsk."
    assert mentions(text) == [("this morning", "2022-10-12", DateRole.BOUND.value)]
    text = "The relief flight landed this morning, as the first of three."
    assert mentions(text) == [("this morning", "2022-10-12", DateRole.EVENT.value)]


def test_a_date_whose_clause_tells_of_its_own_event_does_not_take_the_verb_of_another_clause(tmp_path):
    root = tmp_path / "corpus"
    write(
        root,
        "2022-04-02-orsk-spill.md",
        "---\ntitle: Orsk river spill\n---\n"
        "According to the inspectors' findings, a pump at the Orsk solvent works failed on 3 March, flooding the "
        "yard beside the river.\n\n"
        "Solvent was detected in water samples taken there on 9 March.\n\n"
        "The Orsk ferry resumed sailing to Velan, with two crews and a new captain, on 2 April.\n\n"
        "The ministry said the Orsk school exams, originally scheduled to begin on 15 May, will be pushed back by "
        "a week to 22 May.\n",
    )
    write(
        root, "2022-10-01-ferry.md", "---\ntitle: Harbour news\n---\nThe Velan ferry was withdrawn on 30 September.\n"
    )
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "When was solvent first found in the Orsk river?") == "2022-03-09"
    # a date standing in a clause of no verb of its own still goes with the verb of its sentence
    assert line(searcher, "when did the Orsk ferry resume sailing to Velan") == "2022-04-02"
    # a day a change aims at is the new day of what it moves, whatever the verb of the change
    assert line(searcher, "When do the Orsk school exams start now?") == "2022-05-22"


def test_a_past_participle_no_ending_tells_is_the_verb_of_a_was_question():
    assert event_words("When was the virus first found inside the Orsk plant?") == ("found",)
    assert event_words("when was the Orsk bridge built") == ("built",)


@pytest.mark.parametrize(("opened", "expected"), [("13 October", "2022-10-13"), ("14 October", None)])
def test_a_plan_another_passage_says_was_kept_that_day_gives_its_date(tmp_path, opened, expected):
    root = tmp_path / "corpus"
    write(
        root,
        "2022-10-11-orsk-briefing.md",
        "---\ntitle: Orsk council briefing\n---\n"
        "The Orsk council is expected to open the new river bridge to traffic on Thursday, the mayor said.\n",
    )
    write(
        root,
        "2022-10-20-orsk-bridge.md",
        "---\ntitle: Orsk bridge\n---\n"
        f"The new Orsk river bridge, opened by the council on {opened}, already carries 9,000 cars a day.\n",
    )
    write(
        root, "2022-10-01-ferry.md", "---\ntitle: Harbour news\n---\nThe Velan ferry was withdrawn on 30 September.\n"
    )
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "when did the Orsk council open the new river bridge") == expected


def test_a_name_the_title_gives_stands_for_what_every_sentence_of_the_document_is_about(tmp_path):
    root = tmp_path / "corpus"
    write(
        root,
        "2022-07-20-orsk-blackout.md",
        "---\ntitle: Orsk blackout ends\n---\n"
        "The grid operator restored power to most homes in Orsk by Monday night.\n\n"
        "The last areas, high in the hills, were reconnected at dusk on Tuesday, the operator said.\n",
    )
    write(
        root,
        "2022-07-25-velan.md",
        "---\ntitle: Velan storm\n---\nPower came back to the last villages of the coast on Friday after the storm.\n",
    )
    write(root, "2022-07-01-ferry.md", "---\ntitle: Harbour news\n---\nThe Velan ferry was withdrawn on 30 June.\n")
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "when were the last homes in Orsk reconnected") == "2022-07-19"
    assert line(searcher, "when was Orsk last reconnected") == "2022-07-19"


def test_a_noun_ending_in_ed_or_a_participle_of_manner_is_no_past_verb_of_the_date_s_clause(tmp_path):
    root = tmp_path / "corpus"
    write(root, "2024-12-12-bridge.md", "The Orvan bridge reopened to traffic, at a speed limit of 30, on 11 December.")
    write(root, "2024-12-14-tunnel.md", "The Kelso tunnel reopened, with a hundred cars waiting, on 13 December.")
    write(root, "2024-12-06-port.md", "Dockworkers at the port of Varn walked out, as expected, on 5 December.\n")
    # Must not change: a clause with a past verb of its own (agreed) tells of its own event, not the sentence's.
    write(root, "2024-05-20-dam.md", "The Tarsk dam reopened in spring, and the unions of the dam agreed on 5 May.\n")
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "when did the Orvan bridge reopen?") == "2024-12-11"
    assert line(searcher, "when did the Kelso tunnel reopen?") == "2024-12-13"
    assert line(searcher, "when did the Varn dockworkers walk out?") == "2024-12-05"
    assert line(searcher, "when did the Tarsk dam reopen?") is None
