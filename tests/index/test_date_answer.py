"""The date line: the date of the event asked about, from the clause that states it, or no line at all."""

import shutil
from pathlib import Path

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write

DEV = Path(__file__).resolve().parent.parent / "bench" / "dates_dev"


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("dates") / "corpus"
    shutil.copytree(DEV / "articles", root / "articles")
    shutil.copytree(DEV / "briefings", root / "briefings")
    write(
        root,
        "2019-05-20-ferry-line.md",
        "---\ntitle: Lake ferry line suspended\n---\n"
        "The Varno lake ferry stopped running on Friday, May 17, after a hull crack was found; the operator "
        "has cancelled the summer timetable.\n\n"
        "The mayor was in Varno when the ferry stopped running. She said repairs would start on Thursday.\n",
    )
    write(
        root,
        "2019-06-04-ferry-briefing.txt",
        "---\ntitle: Harbour office briefing\nkind: transcript\n---\n"
        "MR. DANE: We have nothing to announce today on the ferry timetable.\n\n"
        "QUESTION: Has the ferry strike ended?\n\n"
        "MR. DANE: No. The Varno ferry crews have been on strike since March.\n",
    )
    write(
        root,
        "2022-03-10-relief.md",
        "---\ntitle: Relief flights to Norvik\n---\n"
        "The ceasefire in the Norvik hills broke on Sunday, March 6, when mortar rounds hit the grain depot. "
        "The next day, the army carried out two air strikes on rebel positions. The ceasefire was restored on "
        "Wednesday, March 9, at a meeting in Brask.\n\n"
        "The Islands Relief Agency said the rebels dropped that demand on Tuesday, one day before the talks.\n\n"
        "The truce with the mountain clans had held since January.\n\n"
        "It collapsed on Friday, March 4, after a raid on a border post.\n\n"
        "Aid flights began twenty years ago this month. The first round of vaccinations ran from 2 to 9 February; "
        "the second round of vaccinations started on Monday.\n",
    )
    write(
        root,
        "2023-04-03-exams.md",
        "---\ntitle: Exam timetable moved\n---\n"
        "The board said the Harlow entrance exams, planned for 2 May, will be moved by a week to 9 May after "
        "the floods.\n\n"
        "The Harlow music festival opens on 20 May and runs until 27 May.\n\n"
        "The Harlow tram depot closed on 3 April. Tram drivers had walked out the week before.\n\n"
        "The Harlow port fair, originally planned to open on 12 June, will open a week later, on 19 June.\n\n"
        "The council today fined two hauliers, both from Brask, for breaking the Harlow weight limit that came into "
        "force on 1 March.\n\n"
        "The Harlow ring road opened to traffic on 2 May 1961, when it was still called the Kessen Road. It "
        "was renamed in 1990.\n\n"
        "The council said no decision had been made on a Harlow congestion charge and that none would be "
        "introduced this year.\n\n"
        "The organisers of the Brask kite show, which was due to open on 9 April, said on Tuesday that it "
        "had been cancelled.\n",
    )
    write(
        root,
        "2024-05-07-treaty.txt",
        "---\ntitle: Harbour office briefing\nkind: transcript\n---\n"
        "MR. DANE: Today is the 40th anniversary of the Varno Accord, which the two coasts signed on May 3, 1984.\n\n"
        "MR. DANE: The Varno tribunal's hearings began yesterday and are set to run through Friday.\n",
    )
    write(
        root,
        "2021-03-13-osker.md",
        "---\ntitle: Osker town hall notes\n---\n"
        "The swearing-in of the new Osker mayor is scheduled for April 2, the town clerk said on Friday.\n\n"
        "The new Osker mayor won the run-off on 21 February by 300 votes.\n\n"
        "After recounting the ballots, the Osker election board put turnout at 61 per cent, down from the 64 per "
        "cent it had announced on 23 February.\n\n"
        "The Pellam board has extended the Osker school closures by two weeks, to 19 March, after the floods.\n\n"
        "A second flood wave on the Osker river may reach the harbour on Tuesday or Wednesday, the water board "
        "said.\n\n"
        "I'll add that the Osker rowing club renamed itself in 2019 after a merger with its rival.\n\n"
        "The Osker rowing club changed its colours last year, from green to blue.\n\n"
        "The Pellam reservoir is now at 9 per cent, down from 23 per cent at the start of water rationing on 3 "
        "March.\n\n"
        "The Osker council will vote on the harbour budget next week, on Thursday.\n",
    )
    write(
        root,
        "2021-10-05-airship.md",
        "---\ntitle: Airship inquiry\n---\n"
        "Both data recorders of the Ferro airship were pulled from the wreckage – the first on 19 September, the "
        "day after the crash, and the second two days later, under the gondola.\n\n"
        "The Brisk ferry, which capsized off Holm last month with 40 people aboard, will be raised in the spring.\n",
    )
    write(
        root,
        "2023-06-05-live.md",
        "---\ntitle: Kessa harbour fire live blog\n---\n"
        "Welcome to our live blog on the fire at Kessa harbour. Last update: 6 June 2023, 18:40 local time.\n",
    )
    write(
        root,
        "2016-10-01-dock.md",
        "---\ntitle: Dock strike\n---\n"
        "Twenty ships waited off Orlan on Thursday as striking dockworkers kept the gates shut.\n\n"
        "The walkout by the dock workers' union began on 19 September over pay.\n",
    )
    write(
        root,
        "2021-06-11-holm.md",
        "---\ntitle: Aid notes\n---\n"
        "Aid agencies pulled out of Vask district after the abduction of the Holm nurse last October.\n\n"
        "The roof of the Vell mine's main gallery collapsed on 8 February, trapping eleven miners.\n\n"
        "The Vell mine inquiry published its interim report on 2 June; its findings are due in the autumn.\n",
    )
    write(
        root,
        "2021-06-10-holm-freed.md",
        "---\ntitle: Nurse freed\n---\n"
        "The Holm nurse and her driver were abducted in October near Vask, on the 12th, and were freed today.\n",
    )
    write(
        root,
        "2023-05-14-telm.md",
        "---\ntitle: Telm flood\n---\n"
        "The Telm river crested at 8.4 metres at Holm on Friday, above its record crest of 7.9 metres set in the "
        "flood of 1997.\n",
    )
    write(
        root,
        "2023-04-19-monitors.md",
        "---\ntitle: Monitors\n---\n"
        "The council approved the Tesk monitoring mission on 13 April, with a strength of up to 40 monitors.\n\n"
        "We expect the Tesk monitoring mission to reach full strength by 15 May.\n",
    )
    write(
        root,
        "2021-10-29-airship-timeline.md",
        "---\ntitle: Timeline of the Ferro airship inquiry\n---\n"
        "**Sep 20** — The operator says the airship was in perfect condition.\n\n"
        "**Sep 22** — Inspectors grounded the four sister airships of the Ferro; they returned to service on the "
        "25th after no faults were found.\n",
    )
    index_dir = tmp_path_factory.mktemp("dates-index")
    build_index(root, index_dir)
    return Searcher(load_index(index_dir))


def test_the_date_of_the_clause_that_tells_of_the_event_not_the_first_date_of_the_passage(searcher):
    assert line(searcher, "When did the barge hit the bridge?") == "2021-01-19"
    assert line(searcher, "When did the Orlan bridge reopen to lorries?") == "2021-04-07"
    assert line(searcher, "When were cars allowed back across the bridge?") == "2021-03-02"


def test_a_date_that_dates_a_saying_does_not_date_what_was_said(searcher):
    assert line(searcher, "When will the second crossing open?") == "2021-04-26"


def test_relative_dates_count_from_the_day_of_writing(searcher):
    assert line(searcher, "When did the chief executive of Tessel Lines resign?") == "2021-04-07"
    assert line(searcher, "When did the ferry crews stop work?") == "2022-05-10"
    assert line(searcher, "When will ferry talks resume?") is None  # "resume on Thursday", said that Thursday
    assert line(searcher, "When did the new rail timetable take effect?") == "2022-05-09"


def test_first_and_last_and_limits(searcher):
    answer = searcher.ask("When was the last stoppage at the container terminal before October?", k=3)
    assert answer.date_answer is None or answer.date_answer.date.iso < "2020-10"
    assert line(searcher, "When was the Kessen glacier first measured?") == "2015-08"
    assert line(searcher, "When was the Kessen glacier last measured?") == "2019-09"
    assert line(searcher, "When was the Kessen glacier measured in 2019?") == "2019-09"


def test_no_line_for_an_event_no_clause_dates(searcher):
    assert line(searcher, "When was the airport expansion approved?") is None
    assert line(searcher, "When did the operator cancel the summer timetable?") is None
    assert line(searcher, "When did Delta Freight pay compensation to drivers?") is None


def test_a_span_start_and_the_moment_of_speaking_are_not_events(searcher):
    assert line(searcher, "When did the ferry timetable change?") is None
    assert line(searcher, "When did the Varno ferry crews strike?") is None


def test_when_joining_two_clauses_asks_no_date(searcher):
    assert searcher.ask("Was the mayor in Varno when the ferry stopped running?", k=3).date_answer is None
    assert line(searcher, "When did the Varno ferry stop running?") == "2019-05-17"


def test_a_plain_word_found_nowhere_does_not_silence_a_well_supported_date(searcher):
    answer = searcher.ask("When did the Varno ferry stop running abruptly?", k=3)
    assert answer.missing == ("abruptly",)
    assert answer.date_answer is not None and answer.date_answer.date.iso == "2019-05-17"
    assert answer.hits[0].passage_id == answer.date_answer.passage_id
    named = searcher.ask("When did Hezbollah stop the Varno ferry?", k=3)
    assert named.missing == ("Hezbollah",) and named.date_answer is None


def test_the_line_says_which_end_of_time_it_names(searcher):
    assert searcher.ask("When was the Kessen glacier last measured?", k=3).date_line == (
        "Latest date found: September 2019, in Glacier survey finds faster retreat"
    )
    assert searcher.ask("When did the barge hit the bridge?", k=3).date_line == (
        "Date found: 19 Jan 2021, in Orlan river bridge reopens to lorries"
    )


def test_days_counted_from_the_day_before_and_limits_set_by_another_event(searcher):
    assert line(searcher, "What was the last air strike in the Norvik hills before the ceasefire was restored?") == (
        "2022-03-07"
    )
    assert line(searcher, "When did the ceasefire in the Norvik hills break?") == "2022-03-06"


def test_a_when_clause_after_a_date_tells_what_happened_that_day(searcher):
    assert line(searcher, "When did mortar rounds hit the grain depot?") == "2022-03-06"


def test_initials_that_a_determiner_and_a_series(searcher):
    assert line(searcher, "When did the IRA say the rebels dropped their demand?") == "2022-03-08"
    assert line(searcher, "When did the rebels drop that demand?") == "2022-03-08"
    assert line(searcher, "When did the first round of vaccinations start?") == "2022-02-02"
    assert line(searcher, "When did the second round of vaccinations start?") == "2022-03-07"
    assert line(searcher, "When did aid flights begin?") == "2002-03"


def test_no_line_when_the_things_asked_about_are_not_in_the_passage(searcher):
    assert line(searcher, "When was the ceasefire in the Norvik hills extended to the coastal towns?") is None


def test_a_passage_that_opens_on_a_pronoun_goes_on_from_the_one_before(searcher):
    assert line(searcher, "When did the truce with the mountain clans collapse?") == "2022-03-04"


def test_two_dates_that_answer_as_well_as_each_other_give_no_line(searcher):
    assert line(searcher, "When will the Harlow entrance exams take place?") is None, "2 May or 9 May: not said"
    assert line(searcher, "When does the Harlow music festival open?") == "2023-05-20", "a span's end is no rival"


def test_a_question_typed_as_a_search_gets_its_date_line(searcher):
    assert line(searcher, "Harlow music festival opens when") == "2023-05-20"


def test_a_date_whose_sentence_holds_nothing_of_who_or_what_is_asked_about_gives_no_line(searcher):
    assert line(searcher, "When did the Harlow tram depot close?") == "2023-04-03"
    assert line(searcher, "When did the dockers stop work?") is None, "the ferry crews stopped, not the dockers"


def test_today_named_as_an_anniversary_is_not_the_day_of_the_event(searcher):
    assert line(searcher, "When was the Varno Accord signed?") == "1984-05-03"


def test_the_day_a_span_runs_through_is_no_rival_for_its_start(searcher):
    assert line(searcher, "When did the Varno tribunal hearings begin?") == "2024-05-06"


def test_a_day_planned_and_given_up_is_not_the_day_of_the_event(searcher):
    assert line(searcher, "When will the Harlow port fair open?") == "2023-06-19"


def test_a_verb_in_the_clause_of_another_date_is_that_date_s(searcher):
    assert line(searcher, "When did the Harlow weight limit come into force?") == "2023-03-01"


def test_what_a_thing_was_called_then_is_not_when_it_was_renamed(searcher):
    assert line(searcher, "When was the Kessen Road renamed?") in (None, "1990"), "not the day it opened"


def test_a_clause_that_denies_the_event_dates_nothing(searcher):
    assert line(searcher, "When will the Harlow congestion charge be introduced?") is None


def test_the_day_a_cancelled_plan_was_told_of_is_not_the_day_of_the_event(searcher):
    assert line(searcher, "When did the Brask kite show open?") is None


def test_a_date_still_to_come_when_written_does_not_date_what_has_happened(searcher):
    assert line(searcher, "When did the swearing-in of the Osker mayor take place?") is None
    assert line(searcher, "When did the Osker council vote on the harbour budget?") is None


def test_a_plan_still_answers_a_question_about_the_plan(searcher):
    assert line(searcher, "When will the Osker council vote on the harbour budget?") == "2021-03-18"


def test_dates_offered_as_alternatives_date_nothing(searcher):
    assert line(searcher, "When did the second flood wave reach the Osker harbour?") is None


def test_a_future_word_outside_the_date_s_clause_does_not_make_it_a_plan(searcher):
    assert line(searcher, "When did the Osker rowing club rename itself?") == "2019"


def test_an_event_named_as_a_landmark_for_another_time_is_not_dated_by_it(searcher):
    assert line(searcher, "When did the Ferro airship crash?") is None


def test_a_month_told_only_by_its_distance_from_the_day_of_writing_is_no_answer(searcher):
    assert line(searcher, "When did the Brisk ferry capsize?") is None


def test_a_plan_that_answers_best_keeps_a_weaker_date_from_being_named(searcher):
    assert line(searcher, "When did the swearing-in of the new Osker mayor take place?") is None
    assert line(searcher, "When did the Osker school closures begin?") is None


def test_a_date_written_in_full_after_the_page_s_date_may_be_an_update(searcher):
    assert line(searcher, "When was the Kessa harbour fire live blog last updated?") == "2023-06-06"


def test_two_words_may_stand_for_one_written_as_one(searcher):
    assert line(searcher, "When did the Orlan dockworkers' walkout begin?") == "2016-09-19"


def test_the_date_of_what_a_figure_is_measured_against_is_not_the_date_asked(searcher):
    assert line(searcher, "When was the Osker recount turnout announced?") is None


def test_a_month_gives_way_to_the_one_day_inside_it_another_passage_gives(searcher):
    assert line(searcher, "When was the Holm nurse abducted?") == "2020-10-12"


def test_words_for_the_same_kind_of_event_find_each_other(searcher):
    assert line(searcher, "What day did the Vell mine gallery roof cave in?") == "2021-02-08"
    assert line(searcher, "When was the Holm nurse kidnapped?") == "2020-10-12"


def test_an_interim_one_of_a_series_does_not_date_the_final_one(searcher):
    assert line(searcher, "When did the Vell mine inquiry publish its final report?") is None
    assert line(searcher, "When did the Vell mine inquiry publish its interim report?") == "2021-06-02"


def test_a_limit_counted_from_the_day_of_writing(searcher):
    assert line(searcher, "before this year, when was the Telm river's last record crest?") == "1997"


def test_a_limit_that_answers_best_keeps_a_weaker_date_from_being_named(searcher):
    assert line(searcher, "When did the Tesk monitoring mission reach full strength?") is None
    assert line(searcher, "When was the Tesk monitoring mission at full strength?") is None


def test_an_event_limit_put_first_ends_at_its_comma(searcher):
    question = "Before the ceasefire was restored, when did the army carry out air strikes in the Norvik hills?"
    assert line(searcher, question) == "2022-03-07"


def test_a_later_day_in_a_timeline_entry_is_not_taken_for_a_plan(searcher):
    assert line(searcher, "When did the Ferro's sister airships return to service?") == "2021-09-25"


def test_last_year_is_a_year_as_precise_as_its_number(searcher):
    assert line(searcher, "When did the Osker rowing club change its colours?") == "2020"


def test_a_measure_against_clause_that_names_the_event_dates_it(searcher):
    assert line(searcher, "When did Pellam start water rationing?") == "2021-03-03"


def test_a_timeline_entry_under_a_year_heading_tells_of_its_title_and_is_of_that_year(tmp_path):
    root = tmp_path / "corpus"
    write(
        root,
        "2021-06-01-corvan-timeline.md",
        "---\ntitle: Timeline of the Corvan bridge repair\n---\n"
        "# Timeline of the Corvan bridge repair\n\n"
        "*The repair of the Corvan bridge has stopped and started for three years.*\n\n"
        "## 2018\n\n"
        "**Apr 3** — **First halt.** The contractor stops work over unpaid bills.\n\n"
        "## 2019\n\n"
        "**May 9** — **Second halt.** Work stops again after a flood fills the pits.\n\n"
        "**Jul 2** — Crews come back with new pumps.\n",
    )
    write(
        root,
        "2021-05-20-harbour.md",
        "---\ntitle: Harbour dredging\n---\n"
        "Dredging of the Lenka harbour stopped on 12 May when the barge broke down; it restarted on 18 May.\n",
    )
    build_index(root, tmp_path / "index")
    searcher = Searcher(load_index(tmp_path / "index"))
    assert line(searcher, "When was the Corvan bridge repair halted for the first time?") == "2018-04-03"


def test_a_date_told_again_in_another_document_is_not_contested_by_one_told_once(tmp_path):
    stranded = (
        "---\ntitle: Boats stranded at Lenka\n---\n"
        "The number of barges stuck after the accident at the Lenka river lock on Saturday grew to forty on Monday, "
        "the canal office said.\n\nCrews expect the queue to clear within a week.\n"
    )
    hinge = (
        "---\ntitle: Cracked hinge found\n---\n"
        "Engineers found a cracked hinge on the gate of the Lenka river lock. The accident on 5 March was the third "
        "there in ten years.\n"
    )
    ferry = "---\ntitle: Ferry news\n---\nThe Orsk ferry was withdrawn on 30 January for repairs to its ramp.\n"
    question = "When did the Lenka river lock accident happen?"
    lines = []
    same = stranded + "\n" + hinge.split("---\n")[-1]
    variants = {"once": {}, "again": {"2022-03-20-hinge.md": hinge}, "same": {"2022-03-08-lock.md": same}}
    for name, files in variants.items():
        root = tmp_path / name
        for file, text in {"2022-03-08-lock.md": stranded, "2022-02-01-ferry.md": ferry, **files}.items():
            write(root, file, text)
        build_index(root, tmp_path / f"{name}-index")
        lines.append(line(Searcher(load_index(tmp_path / f"{name}-index")), question))
    assert lines[0] is None, "Saturday and Monday in one sentence: either may be the accident's day"
    assert lines[1] == "2022-03-05", "another source dates the accident to the Saturday"
    assert lines[2] is None, "a second paragraph of the same source is no second source"
