"""Dates read on pages from sites the rules were not drawn from: a guessed weekday, a month weighed as possible or
forecast, an infinitive's aim, a dateline's own day, a present question about a plan, the day of saying, and the
noun after ``make``."""

from datetime import date

import pytest

from index.dates import date_mentions
from index.query import date_intent
from tests.conftest import line, searcher_over


def dates(text: str, anchor: date) -> list[tuple[str, str]]:
    return [(mention.date.iso, mention.role.value) for mention in date_mentions(text, anchor)]


NOVEMBER = date(2026, 11, 25)  # a Wednesday


def test_a_guessed_weekday_names_no_day():
    text = 'Asked whether he would see the Varn premier next week, he said: "We are looking at it. Maybe Tuesday."'
    assert [iso for iso, _ in dates(text, NOVEMBER) if len(iso) == 10] == []
    assert dates("He would see her, perhaps on Friday.", NOVEMBER) == []


def test_a_weekday_that_is_no_guess_keeps_its_day():
    assert dates("He saw the Varn premier on Tuesday.", NOVEMBER) == [("2026-11-24", "event")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Does that mean a rate cut in March is off the table?", date(2026, 1, 28), [("2026-03", "event")]),
        ("A deal in May is likely, the union said.", date(2026, 1, 28), [("2026-05", "event")]),
        ("Does that mean a rate cut in March is off the table?", date(2026, 6, 10), []),  # which March?
    ],
)
def test_a_month_weighed_as_possible_is_still_to_come(text, anchor, expected):
    assert dates(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rate cut in March was a surprise.", [("2025-03", "event")]),
        ("The board is reviewing a rate cut in March.", [("2025-03", "event")]),  # a present of now
    ],
)
def test_a_month_of_a_past_or_a_present_of_now_keeps_the_last_one(text, expected):
    assert dates(text, date(2026, 1, 28)) == expected


def test_a_forecast_looks_ahead_whatever_the_tense_of_its_telling():
    text = "The weather office said the seasonal outlook pointed to heavy rain across the coast from April to June."
    assert dates(text, date(2026, 3, 12)) == [("2026-04", "start"), ("2026-06", "end")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters predicted in April that the summer would be dry.", [("2025-04", "event")]),  # dates the telling
        ("Grain sales fell in June, the bureau said.", [("2025-06", "event")]),
        ("The outlook for June 2025 proved wrong.", [("2025-06", "event")]),
    ],
)
def test_no_forecast_or_a_forecast_dated_by_the_month_keeps_its_year(text, expected):
    assert dates(text, date(2026, 3, 12)) == expected


OCTOBER = date(2026, 10, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orsk tram line to open its first stops in March, mayor says", [("2027-03", "event")]),
        ("The levy is to rise by ten marks from January.", [("2027-01", "start")]),
        ("The cabinet had agreed to raise the basic pension from January.", []),  # this January, or the next?
        ("The city had asked the treasury to release the funds by March.", []),
    ],
)
def test_what_an_infinitive_aims_at_lies_ahead(text, expected):
    assert dates(text, OCTOBER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He went to Brell to meet the finance minister in March.", [("2026-03", "event")]),  # what was done then
        ("He went to Brell to meet the finance minister in December.", [("2025-12", "event")]),
        ("The charity agreed to keep the shelters open until February.", [("2026-02", "bound")]),
    ],
)
def test_a_past_done_in_a_month_is_no_aim(text, expected):
    assert dates(text, OCTOBER) == expected


def test_a_datelines_day_is_the_day_its_passage_was_written():
    text = "Ruwais, 18th November, 2026 (ENA) -- The governor today opened the Ruwais solar plant."
    assert dates(text, date(2026, 11, 19)) == [("2026-11-18", "written"), ("2026-11-18", "event")]
    text = "ORSK, June 9 (Nordwire) -- The agency on Tuesday launched its first weather satellite."
    assert dates(text, date(2026, 6, 11)) == [("2026-06-09", "written"), ("2026-06-09", "event")]


def test_without_a_dateline_today_is_the_day_of_writing():
    assert dates("The governor today opened the Ruwais solar plant.", date(2026, 11, 19)) == [
        ("2026-11-19", "event")
    ]
    assert dates("Ruwais, a port of 18,000 people, today opened its plant.", date(2026, 11, 19)) == [
        ("2026-11-19", "event")
    ]


def test_a_present_auxiliary_before_a_participle_asks_about_a_plan():
    assert not date_intent("when is launch targeted for the rover?").past
    assert date_intent("when was the convoy targeted?").past
    assert date_intent("when were the ferries targeted").past


def test_the_noun_after_make_names_the_event():
    assert date_intent("when did the president make the call on the tariff pause?").event == ("call",)
    assert date_intent("when did the pilot make a landing").event == ("landing",)
    assert date_intent("when did the firm make its first payment").event == ()  # not a, an, the: as before


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("unseen") / "corpus"
    return searcher_over(
        root,
        {
            "2026-03-18-farm-office.md": "The farm office on Tuesday said it expects a wet season this year and "
            "that the reservoirs of the Tarn valley are full.\n",
            "2026-03-22-sunday-show.txt": "HOST: This Sunday, a pause on the potash tariff. Growers get a break "
            "for sowing, but the row with Varnia is far from over.\n\nHOST: You argued for the pause in the "
            "Cabinet. Were you overruled?\n\nSECRETARY: I will not talk about the Cabinet. The president listened, "
            "and he made the call on Friday.\n",
            "2026-11-26-orsk-patrol.md": "Orsk, 26 November 2026 – A ranger from the Velt park service was killed "
            "and two others were hurt when their patrol came under fire near the Tarn ford on the evening of 25 "
            "November.\n",
            "2026-11-27-brell-ranger.md": "The Brell warden who was shot on 20 November had joined the service when "
            "the park opened in March 2019.\n",
            "2026-11-30-velm-advisory.md": "On November 22, 2026, armed groups attacked the airport at Port Velm "
            "and commercial flights were suspended.\n",
            "2023-02-10-orsk-college.md": "Because of the Tarn vaccination drive, the Orsk college has asked for "
            "all lectures to be recorded until spring break, which begins March 11.\n",
            "2023-04-07-velm-truce.md": "The minister welcomed the Velm truce that both sides agreed last Wednesday, "
            "April 5, and which took effect at 6 p.m. that evening.\n",
            "2023-02-12-brell-clinic.md": "The Brell clinic, which opens on 20 February, will give the second dose.\n",
            "2026-06-02-ferry.md": "The Tarn ferry company on Monday said it had cancelled the June sailings and "
            "that the new ferry arrives on 1 June.\n",
        },
    )


def test_a_year_is_not_narrowed_to_the_day_of_saying(searcher):
    assert line(searcher, "when is a wet season expected in the Tarn valley") == "2026"


def test_a_month_still_narrows_to_a_day_of_its_event(searcher):
    # asked as a timetable ("when does … arrive"), a day gone by when the text was written is no answer
    assert line(searcher, "when did the new Tarn ferry arrive") == "2026-06-01"


def test_making_the_call_is_dated_by_the_call_not_by_a_teaser(searcher):
    assert line(searcher, "when did the president make the call on the potash tariff pause") == "2026-03-20"


def test_a_start_written_in_full_gives_no_year_to_the_day_of_saying():
    text = "Stallholders will pay more for cleaning from March 1, 2027, the Orsk market board said on Nov 26."
    assert dates(text, None) == [("2027-03-01", "start")]  # an undated text: the day of saying has no year


def test_a_day_written_in_full_still_gives_its_year_to_the_days_after_it():
    text = "The ferry left Orsk on 3 March 2027. It docked at Brell on 9 March."
    assert dates(text, None) == [("2027-03-03", "event"), ("2027-03-09", "event")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency said the first inspectors arrive in April.", [("2026-04", "event")]),  # told, still ahead
        ("The agency said the first inspectors arrived in April.", [("2025-04", "event")]),  # a past
        ("The ministers met in April.", [("2025-04", "event")]),
    ],
)
def test_a_plan_in_the_present_told_after_a_past_is_a_month_to_come(text, expected):
    assert dates(text, date(2026, 3, 12)) == expected


def test_a_when_clause_times_the_clause_before_it(searcher):
    assert line(searcher, "when was the Velt ranger killed") == "2026-11-25"


def test_a_when_clause_does_not_time_a_verb_with_a_date_of_its_own(searcher):
    assert line(searcher, "when was the Brell warden shot") == "2026-11-20"  # not March 2019


def test_under_after_come_leads_the_noun_that_names_the_event(searcher):
    assert date_intent("when did Port Velm airport come under attack?").event == ("come", "attack")
    assert date_intent("when did the rules come into force").event == ("come", "force")  # as before
    assert date_intent("when did the ceasefire break down").event == ("break", "down")
    assert line(searcher, "when did Port Velm airport come under attack") == "2026-11-22"


def test_a_relative_clause_dates_the_noun_before_it_not_the_question_event(searcher):
    assert line(searcher, "when does Tarn vaccination begin at the Orsk college") is None  # spring break begins


def test_a_relative_clause_after_a_word_of_the_question_or_joined_by_and_keeps_its_date(searcher):
    assert line(searcher, "when does the Brell clinic open") == "2023-02-20"
    assert line(searcher, "when did the Velm truce take effect") == "2023-04-05"
