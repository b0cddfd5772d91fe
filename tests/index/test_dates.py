from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.dates import DateRole, YearAnchor, date_mentions, leading_date, sentence_spans, stated_dates, with_dates
from index.models import DatePrecision, Passage, PassageKind, StatedDate

MONDAY = date(2016, 10, 3)
RELATIVE_WORDS = [
    "today",
    "yesterday",
    "tomorrow",
    "last Monday",
    "next Sunday",
    "Friday",
    "since March",
    "last March",
    "next December",
    "in January next year",
    "in December last year",
    "Dec 31",
    "Jan 1",
]


def isos(text: str, anchor: date | None = MONDAY) -> list[str]:
    return [stated.iso for stated in stated_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:17 AM – 3 Oct 2016", ["2016-10-03"]),
        ("On November 15 2015 the leaders met", ["2015-11-15"]),
        ("Sep 12, 2016: a ceasefire", ["2016-09-12"]),
        ("on Oct. 4, 2016 and the 3rd of October, 2016", ["2016-10-04", "2016-10-03"]),
        ("filed 2016-09-29", ["2016-09-29"]),
        ("the Sep 29 briefing", ["2016-09-29"]),
        ("16 Nov and then November 20", ["2015-11-16", "2015-11-20"]),
        ("strikes in 2014-2015", ["2014", "2015"]),
        ("the 2016–17 season", ["2016", "2017"]),
        ("since March 2016", ["2016-03"]),
        ("no strike since March this year", ["2016-03"]),
        ("in March last year", ["2015-03"]),
        ("in December", ["2015-12"]),
        ("during 2015, roughly", ["2015"]),
        ("it happened Friday and today", ["2016-09-30", "2016-10-03"]),
        ("yesterday, and tomorrow", ["2016-10-02", "2016-10-04"]),
        ("last Monday, next Monday and on Monday", ["2016-09-26", "2016-10-10", "2016-10-03"]),
        ("the next briefing is on Monday", ["2016-10-10"]),  # the next one of something lies ahead
        ("the next meeting was postponed on Monday", ["2016-10-03"]),  # a past verb between: the day it happened
        ("On Monday, 3 October 2016, a drone", ["2016-10-03"]),
    ],
)
def test_dates_in_common_shapes_and_relative_ones(text, expected):
    anchor = date(2015, 11, 17) if "Nov" in text and "2015" not in text else MONDAY
    assert isos(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    ["30 Feb 2016", "we may 5 times", "a march of 20 miles", "2000 fighters", "page 12", "1,200 trucks in 2019x"],
)
def test_words_that_only_look_like_dates_give_none(text):
    assert isos(text) == []


def test_relative_dates_need_an_anchor():
    assert isos("on Friday, in March and on Sep 29", anchor=None) == []
    assert isos("on 3 Oct 2016", anchor=None) == ["2016-10-03"]


def test_a_date_without_a_year_takes_the_year_that_puts_it_nearest_the_anchor():
    assert isos("on December 30", anchor=date(2017, 1, 4)) == ["2016-12-30"]
    assert isos("on January 5", anchor=date(2016, 12, 28)) == ["2017-01-05"]


def test_each_date_once_in_text_order():
    assert isos("3 Oct 2016, then Sep 29, then 3 Oct 2016 again") == ["2016-10-03", "2016-09-29"]


def test_a_timeline_entry_or_dateline_is_dated_by_its_opening_day():
    assert leading_date("3 Oct 2016: Nusra is struck again", None) == date(2016, 10, 3)
    assert leading_date("Sep 29: reporters ask", date(2016, 10, 5)) == date(2016, 9, 29)
    assert leading_date("March 2016: the last strike", None) is None
    assert leading_date("Monday: we met", MONDAY) is None
    assert leading_date("The strike: it was", MONDAY) is None


def test_with_dates_fills_in_passage_dates_against_the_document_date():
    passages = [
        Passage(0, 0, PassageKind.PARAGRAPH, "Struck on Friday.", 0),
        Passage(0, 1, PassageKind.TWEET, "Hit today\n9:50 AM – 1 Oct 2016", 20, date=date(2016, 10, 1)),
        Passage(0, 2, PassageKind.PARAGRAPH, "12 Sep 2016: truce", 60),
    ]
    first, tweet, entry = with_dates(passages, MONDAY)
    assert [d.iso for d in first.dates] == ["2016-09-30"] and first.date is None
    assert [d.iso for d in tweet.dates] == ["2016-10-01"]
    assert entry.date == date(2016, 9, 12)


def test_an_undated_timeline_gives_a_yearless_entry_the_year_of_the_last_full_day_before_it():
    passages = [
        Passage(0, 0, PassageKind.PARAGRAPH, "15 Nov 2015: the convoy is struck.", 0),
        Passage(0, 1, PassageKind.PARAGRAPH, "3 Aug 2016: a strike on the group.", 40),
        Passage(0, 2, PassageKind.PARAGRAPH, "Sep 29: reporters ask about the group.", 80),
    ]
    convoy, strike, reporters = with_dates(passages, None)
    assert (convoy.date, strike.date) == (date(2015, 11, 15), date(2016, 8, 3))
    assert reporters.date == date(2016, 9, 29), "the year of the entry before it, not of the document's first day"


def test_stated_dates_read_and_write_at_their_precision():
    day = StatedDate(date(2016, 10, 3))
    month = StatedDate(date(2016, 3, 1), DatePrecision.MONTH)
    year = StatedDate(date(2015, 1, 1), DatePrecision.YEAR)
    assert [d.iso for d in (day, month, year)] == ["2016-10-03", "2016-03", "2015"]
    assert [d.label for d in (day, month, year)] == ["3 Oct 2016", "March 2016", "2015"]
    assert [StatedDate.from_iso(d.iso) for d in (day, month, year)] == [day, month, year]
    with pytest.raises(ValueError):
        StatedDate.from_iso("March")


@pytest.mark.parametrize("tail", ["", " — “quoted”"])
def test_dates_are_found_in_plain_and_in_typographic_text_alike(tail):
    # Text without a digit, a month, a weekday or a relative day is passed over quickly; these hold one.
    assert isos("They met TODAY" + tail) == ["2016-10-03"]
    assert isos("Talks resumed on Friday" + tail) == ["2016-09-30"]
    assert isos("no strike since March this year" + tail) == ["2016-03"]
    assert isos("strikes in 2014-2015" + tail) == ["2014", "2015"]
    assert isos("the talks went nowhere, officials said" + tail) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("tomorrow, and next Friday, and in January next year", date.max, []),
        ("since today", date.max, ["9999-12-31"]),
        ("last March, and in December last year", date.min, []),
        ("yesterday, and last Monday", date.min, []),
        ("today, and this Monday", date.min, ["0001-01-01"]),
        ("Dec 31 and Jan 1", date.max, ["9999-12-31", "9999-01-01"]),
        ("Jan 1 and Dec 31", date.min, ["0001-01-01", "0001-12-31"]),
    ],
)
def test_dates_that_would_leave_the_calendar_are_left_out_and_the_rest_kept(text, anchor, expected):
    assert isos(text, anchor) == expected


NEAR_THE_EDGES = st.one_of(st.dates(max_value=date(1, 12, 31)), st.dates(min_value=date(9999, 1, 1)), st.dates())


@given(anchor=NEAR_THE_EDGES, words=st.lists(st.sampled_from(RELATIVE_WORDS), min_size=1, max_size=4))
def test_any_anchor_date_gives_dates_or_none_but_never_an_error(anchor, words):
    for stated in stated_dates(" and ".join(words), anchor):
        assert date.min <= stated.value <= date.max


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy said the corridor would reopen on Thursday.", "2016-10-06"),
        ("The summit will be held on Friday.", "2016-10-07"),
        ("He'll be in Geneva on Thursday.", "2016-10-06"),
        ("The talks are scheduled to resume on Monday.", "2016-10-10"),
        ("The convoy was struck on Friday.", "2016-09-30"),
        ("Talks broke down on Monday. They will resume later.", "2016-10-03"),
        ("It reopened on Thursday, and will close again.", "2016-09-29"),
        ("Fairs were banned, and from Monday all flocks must be kept indoors.", "2016-10-10"),
    ],
)
def test_a_weekday_in_a_sentence_about_the_future_is_the_coming_one(text, expected):
    written = date(2016, 10, 5)  # a Wednesday
    assert [found.iso for found in stated_dates(text, written)] == [expected]


WEDNESDAY = date(2023, 8, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first round ran between 10 and 19 July.", ["2023-07-10", "2023-07-19"]),
        ("Talks ran July 3-7, 2021.", ["2021-07-03", "2021-07-07"]),
        ("Between April and July 2017: talks stall.", ["2017-04", "2017-07"]),
        ("The short rains, between October and December, failed.", ["2022-10", "2022-12"]),
        ("The director resigned two days ago.", ["2023-08-14"]),
        ("It happened three weeks ago.", ["2023-07-26"]),
        ("The crews stopped the day before yesterday.", ["2023-08-14"]),
        ("It reopened in part last week.", ["2023-08"]),
        ("The minister will decide this month.", ["2023-08"]),
        ("Prices rose last year.", ["2022"]),
        ("It was signed last Tuesday.", ["2023-08-15"]),
        ("2014: Peak deployment at 37 bases.", ["2014"]),
        ("Premiums rose in May of this year.", ["2023-05"]),
        ("Observers joined them, arriving on the 6th.", ["2023-08-06"]),
        ("The attacks on 9 June and on the 22nd killed 20.", ["2023-06-09", "2023-06-22"]),
        ("The vote is on the 24th.", ["2023-08-24"]),
        ("It was the 5th battalion on the 21st century front.", []),
        ("Aid flights began twenty years ago this month.", ["2003-08"]),
        ("Talks stalled by the end of July.", ["2023-07"]),
    ],
)
def test_spans_counts_back_and_periods_read_as_people_write_them(text, expected):
    assert isos(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 3 p.m. Gen. Haddad said the U.S. team would arrive on Thursday.", "2023-08-17"),
        ("At 9 a.m. on Thursday the team arrived.", "2023-08-10"),
        ("The ferry will sail on Thursday. It left on Friday.", "2023-08-17"),
        ("I'll add that the ministry announced on Thursday a new fund.", "2023-08-10"),
        ("The summit will be held on Thursday.", "2023-08-17"),
        ("We expect talks to resume on Thursday.", "2023-08-17"),
    ],
)
def test_abbreviations_end_no_sentence_for_the_tense_of_a_weekday(text, expected):
    assert isos(text, WEDNESDAY)[0] == expected


def test_sentences_do_not_end_at_abbreviations_or_initials():
    text = "At 3 p.m. Gen. Haddad met U.S. officials on Oct. 3 in Geneva. Then he left.\nNext line"
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "At 3 p.m. Gen. Haddad met U.S. officials on Oct. 3 in Geneva.",
        "Then he left.",
        "Next line",
    ]


def test_a_sentence_for_dates_takes_the_space_after_the_stop_before_it_but_not_a_line_break():
    text = "Talks ended. They resume on Monday.\nThe port reopens on 4 May."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Talks ended.",
        " They resume on Monday.",
        "The port reopens on 4 May.",
    ]


def test_a_bare_day_in_a_past_sentence_never_lands_after_the_time_of_writing():
    written = date(2019, 11, 10)
    assert isos("The ship was boarded on November 16, officials said.", written) == ["2018-11-16"]
    assert isos("The ship will be inspected on November 16.", written) == ["2019-11-16"]
    assert isos("Reporters asked whether he would confirm that the raid of November 12 hit a school.", written) == [
        "2019-11-12"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister, who on Sept. 16 last year blamed the stewards, said nothing.", ["2015-09-16"]),
        ("The dredging, finished on 2 March this year, cost more.", ["2016-03-02"]),
        ("The fair returns on March 3 next year.", ["2017-03-03"]),
        # not a year of the day: it stays the nearest one before the time of writing
        ("The final on 16 September, last year's champions lost it.", ["2016-09-16", "2015"]),
        ("The hall was shut on Sept. 16.", ["2016-09-16"]),
        ("Last year on 2 March the hall was shut.", ["2015", "2015-03-02"]),
        ("Next year, on 2 March, the hall reopens.", ["2017", "2017-03-02"]),
    ],
)
def test_a_day_followed_by_last_this_or_next_year_takes_that_year(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014: peak deployment", ["2014"]),
        ("**1998** — The copper company opens the pit.", ["1998"]),
        ("- __2003__: The first dam is raised.", ["2003"]),
        ("The **1998** report was lost.", []),  # a year in bold inside a sentence opens no entry
    ],
)
def test_a_line_that_opens_with_a_year_in_bold_or_not_is_of_that_year(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils in Osk need a second dose in January to be fully protected.", ["2020-01"]),
        ("Pupils in Osk need a second dose in January.", ["2020-01"]),
        # a past clause, or a month less than half a year back, keeps the last such month
        ("Pupils in Osk got a second dose in January and were fully protected.", ["2019-01"]),
        ("Pupils in Osk need a second dose in June.", ["2019-06"]),
        ("Osk is struck again, for the first time since March.", ["2019-03"]),  # since: a time gone by
    ],
)
def test_a_month_of_no_tense_far_behind_the_time_of_writing_is_the_coming_one(text, expected):
    assert isos(text, date(2019, 11, 8)) == expected


def test_a_day_of_last_year_in_a_text_dated_only_by_its_year_gets_no_date():
    assert isos("The hall was shut on Sept. 16 last year.", YearAnchor(2016, 1, 4)) == []
    assert isos("The hall was shut on Sept. 16 this year.", YearAnchor(2016, 1, 4)) == ["2016-09-16"]


def test_a_day_without_a_year_takes_it_from_the_month_written_before_it():
    assert isos("March 2017: Second stage. On 17 March, 115 prisoners are swapped.", date(2018, 6, 10)) == [
        "2017-03",
        "2017-03-17",
    ]
    assert isos("June 2024: The last contingent leaves on 27 June.", None) == ["2024-06", "2024-06-27"]


def test_a_year_anchor_gives_years_but_resolves_no_relative_words():
    anchor = YearAnchor(2022, 9, 12)
    assert isos("The first case was admitted on July 28, two days ago, on Friday.", anchor) == ["2022-07-28"]
    passages = [
        Passage(0, 0, PassageKind.PARAGRAPH, "Work began on Monday, September 12, 2022.", 0),
        Passage(0, 1, PassageKind.PARAGRAPH, "The first case came on July 28, yesterday's report said.", 50),
    ]
    assert [d.iso for d in with_dates(passages, None)[1].dates] == ["2022-07-28"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("No strike on the group since March.", DateRole.SINCE),
        ("The talks must end before May 2024.", DateRole.BOUND),
        ("The crossing stays shut until Friday.", DateRole.BOUND),
        ("We have nothing to announce today on the airport.", DateRole.SPEAKING),
        ("Today is the tenth anniversary of the accord.", DateRole.SPEAKING),
        ("Today marks a year since the flood.", DateRole.SPEAKING),
        ("The hearings are set to run through Friday.", DateRole.BOUND),
        ("The vote, originally scheduled for 4 May, was held later.", DateRole.SUPERSEDED),
        ("The fair, which was due to open on 3 February, has been cancelled.", DateRole.SUPERSEDED),
        ("The company had hoped to restart the reactor on 1 July.", DateRole.SUPERSEDED),
        ("The ministry today designated six firms.", DateRole.EVENT),
        ("HALDEN, 12 September 2023 — The ministry today designated six firms.", DateRole.WRITTEN),
        ("12 Sep 2023: The ministry designates six firms.", DateRole.EVENT),
    ],
)
def test_what_a_date_is_to_its_sentence(text, role):
    assert date_mentions(text, WEDNESDAY)[0].role is role


def test_a_span_gives_its_start_and_its_end():
    mentions = date_mentions("Crews fought fires from 1 June until 28 July.", WEDNESDAY)
    assert [(m.date.iso, m.role) for m in mentions] == [("2023-06-01", DateRole.START), ("2023-07-28", DateRole.END)]
    assert mentions[0].sentence == mentions[1].sentence == (0, 45)


def test_a_future_verb_after_a_noun_s_date_does_not_move_the_date_to_next_year():
    text = "The crew's bronze medal from August 27 will be handed to the Arvel crew once the appeal ends."
    assert [m.date.iso for m in date_mentions(text, date(2023, 9, 14))] == ["2023-08-27"]
    opening = "On August 27 the medals will be handed out again."
    assert [m.date.iso for m in date_mentions(opening, date(2023, 9, 14))] == ["2024-08-27"]


def test_a_day_a_change_aims_at_keeps_its_year_whatever_the_tense_of_the_change():
    text = "The board has extended the school closures to 19 May, it said."
    assert [m.date.iso for m in date_mentions(text, date(2023, 5, 3))] == ["2023-05-19"]


def test_a_participle_after_is_says_nothing_of_the_past():
    text = "A ruling is expected within a week if the appeal is lodged on Monday."
    assert [m.date.iso for m in date_mentions(text, date(2021, 3, 13))] == ["2021-03-15"]


def test_the_nth_after_a_month_named_alone_is_a_day_of_that_month():
    text = "They were seized in October near the border, on the 12th, and freed today."
    assert "2020-10-12" in [m.date.iso for m in date_mentions(text, date(2021, 6, 10))]


def test_the_nth_takes_the_month_and_year_of_the_day_its_entry_opens_on():
    text = "**Sep 22** — The inspectors ground the fleet. The planes return to service on the 25th."
    assert [m.date.iso for m in date_mentions(text, date(2021, 9, 22))] == ["2021-09-22", "2021-09-25"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our members reported 4,800 dead hives between 20 and 26 April.", ["2026-04-20", "2026-04-26"]),
        ("They reported dead hives on 20 April.", ["2026-04-20"]),
        ("Rangers counted 312 dead birds on 3 May.", ["2026-05-03"]),
        # no verb in -ed before a number or after a pronoun: the nearest day after the time of writing stays
        ("We need 4,800 trained staff by 20 April.", ["2027-04-20"]),
        ("Members meet on 20 April.", ["2027-04-20"]),
    ],
)
def test_a_verb_in_ed_before_a_number_or_after_a_pronoun_puts_its_day_in_the_past(text, expected):
    assert [m.date.iso for m in date_mentions(text, date(2026, 11, 30))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The law, passed in December, takes effect in April.", ["2025-12", "2027-04"]),
        ("The ban expires on 3 March.", ["2027-03-03"]),
        # told in the past, the day has gone by
        ("The law took effect in April.", ["2026-04"]),
        ("The ban expired on 3 March.", ["2026-03-03"]),
    ],
)
def test_a_rule_that_takes_effect_or_expires_in_the_present_does_so_ahead(text, expected):
    assert [m.date.iso for m in date_mentions(text, date(2026, 11, 30))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks resume on the 23rd of this month.", ["2026-11-23"]),
        ("The fund closed on the 2nd of last month.", ["2026-10-02"]),
        ("It opens on the 4th of next month.", ["2026-12-04"]),
        ("Talks were held on the 5th and 6th.", ["2026-11-05", "2026-11-06"]),
        ("Talks were held on the 5th and the 6th, officials said.", ["2026-11-05", "2026-11-06"]),
        # an ordinal before its noun is no day
        ("He ran on the 5th and 6th place went to Ana.", ["2026-11-05"]),
        ("This month the fund closed.", ["2026-11"]),
    ],
)
def test_the_nth_of_this_month_and_a_second_nth_are_days(text, expected):
    assert [m.date.iso for m in date_mentions(text, date(2026, 11, 30))] == expected


def test_agreed_is_a_past_verb():
    text = "The monitors will report on the truce agreed on 5 April and on the pullback."
    assert [m.date.iso for m in date_mentions(text, date(2023, 4, 19))] == ["2023-04-05"]


def test_a_year_heading_gives_its_year_to_the_yearless_entries_under_it():
    body = "# How the dispute ran\n\n## 2019\n\n**Mar 4** — Talks open.\n\n## 2021\n\n**Feb 8** — Talks stall.\n"
    first_at, second_at = body.index("**Mar 4**"), body.index("**Feb 8**")
    passages = [
        Passage(0, 0, PassageKind.PARAGRAPH, "**Mar 4** — Talks open.", first_at),
        Passage(0, 1, PassageKind.PARAGRAPH, "**Feb 8** — Talks stall.", second_at),
    ]
    opened, stalled = with_dates(passages, date(2024, 5, 6), body)
    assert opened.date == date(2019, 3, 4), "the year of the heading above, not of the document"
    assert stalled.date == date(2021, 2, 8)
    assert [d.iso for d in stalled.dates] == ["2021-02-08"]
    assert with_dates(passages, date(2024, 5, 6))[0].date == date(2024, 3, 4), "without the body, as before"


def test_a_year_heading_ends_at_the_next_heading():
    body = "## 2019\n\n**Mar 4** — Talks open.\n\n## What comes next\n\n**Jun 9** — A vote is due.\n"
    passages = [
        Passage(0, 0, PassageKind.PARAGRAPH, "**Mar 4** — Talks open.", body.index("**Mar")),
        Passage(0, 1, PassageKind.PARAGRAPH, "**Jun 9** — A vote is due.", body.index("**Jun")),
    ]
    opened, vote = with_dates(passages, date(2024, 5, 6), body)
    assert (opened.date, vote.date) == (date(2019, 3, 4), date(2024, 6, 9))


def test_a_year_line_after_the_document_year_is_no_heading_of_its_entries():
    body = "## 2030\n\n**Mar 4** — The plan is agreed.\n"
    passage = Passage(0, 0, PassageKind.PARAGRAPH, "**Mar 4** — The plan is agreed.", body.index("**Mar"))
    assert with_dates([passage], date(2024, 5, 6), body)[0].date == date(2024, 3, 4)
