from datetime import date

import pytest

from index.readers.datelines import find_date, find_date_line


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
