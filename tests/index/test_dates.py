from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.dates import leading_date, stated_dates, with_dates
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
    ],
)
def test_a_weekday_in_a_sentence_about_the_future_is_the_coming_one(text, expected):
    written = date(2016, 10, 5)  # a Wednesday
    assert [found.iso for found in stated_dates(text, written)] == [expected]
