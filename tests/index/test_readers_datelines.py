from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.dates import stated_dates
from index.models import DatePrecision, StatedDate
from index.readers.datelines import find_date, find_date_line
from index.splitter import tweet_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-10-04T14:05:00-04:00", date(2016, 10, 4)),
        ("2016/10/4", date(2016, 10, 4)),
        ("Tuesday, October 4, 2016", date(2016, 10, 4)),
        ("Oct. 4th, 2016", date(2016, 10, 4)),
        ("November 15 2015", date(2015, 11, 15)),
        ("Tue, 04 Oct 2016 18:00:00 GMT", date(2016, 10, 4)),
        ("4 Sept 2016", date(2016, 9, 4)),
        ("February 30, 2016 then March 1, 2016", date(2016, 3, 1)),
        ("strikes in 2014-2015", None),
        ("since March this year", None),
        ("version 12016-10-04", None),
    ],
)
def test_find_date_reads_the_usual_shapes_and_only_real_dates(text, expected):
    assert find_date(text) == expected


def test_a_date_line_is_short_near_the_top_and_not_a_turn():
    lines = ["Daily Briefing", "", "QUESTION: Was it on October 3, 2016?", "Washington, DC, October 4, 2016"]
    found = find_date_line(lines)
    assert found is not None and (found.line, found.date, found.only_date) == (3, date(2016, 10, 4), True)


def test_a_sentence_with_a_date_is_a_date_line_that_is_also_content():
    found = find_date_line(["On October 4, 2016 the ministry published a statement about the convoy."])
    assert found is not None and not found.only_date


def test_a_date_far_down_the_text_is_not_a_date_line():
    lines = [f"Paragraph {n} of the story." for n in range(12)] + ["October 4, 2016"]
    assert find_date_line(lines) is None


SHAPES = [
    "Washington, 3rd of October, 2016",
    "3rd of October 2016",
    "2016/10/3",
    "2016-10-03",
    "3 Oct. 2016",
    "Oct. 3, 2016",
    "Monday, October 3 2016",
]


@pytest.mark.parametrize("text", SHAPES)
def test_a_date_line_reads_a_day_in_every_shape_a_passage_does(text):
    assert find_date(text) == date(2016, 10, 3)
    assert stated_dates(text, None) == (StatedDate(date(2016, 10, 3)),)
    found = find_date_line(["Daily Briefing", text])
    assert found is not None and (found.line, found.date) == (1, date(2016, 10, 3))


_DAY = st.integers(1, 31)
_MONTH = st.sampled_from(["Jan", "February", "Mar.", "Sept", "Sep.", "October", "Dec", "May", "Juli", "Octobre"])
_YEAR = st.integers(1890, 2110)


@st.composite
def written_dates(draw) -> str:
    """A day written in one of many shapes, some of them not a date (31 Feb, a month that is no month)."""
    day, month, year = draw(_DAY), draw(_MONTH), draw(_YEAR)
    ordinal = draw(st.sampled_from(["", "st", "th", "rd"]))
    numeric = draw(st.integers(1, 13))
    return draw(
        st.sampled_from(
            [
                f"{day}{ordinal} {month} {year}",
                f"{day}{ordinal} of {month}, {year}",
                f"{month} {day}{ordinal}, {year}",
                f"{year}-{numeric:02}-{day:02}",
                f"{year}/{numeric}/{day}",
                f"{year}-{numeric}/{day}",
            ]
        )
    )


@given(shape=written_dates(), before=st.sampled_from(["", "Washington, ", "Tue, ", "filed "]))
def test_date_lines_passages_and_tweet_timestamps_accept_the_same_days(shape, before):
    days = [stated.value for stated in stated_dates(before + shape, None) if stated.precision is DatePrecision.DAY]
    assert find_date(before + shape) == (days[0] if days else None)
    if not before:
        assert tweet_date(f"10:17 AM – {shape}") == (days[0] if days else None)
