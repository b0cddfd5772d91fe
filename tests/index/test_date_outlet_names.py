"""``Today`` or ``Tonight`` closing a name (an outlet's or a programme's: ``Priya Salgado, Rail Today``) is no day;
the word in a sentence, at its start or after a verb, still is. A second ordinal day before a preposition (``on the 13th
and the 20th at four stations``) is a day too."""

from datetime import date

from index.dates import stated_dates
from index.models import StatedDate

DAY = date(2024, 10, 22)


def test_a_name_ending_in_today_is_no_day():
    assert stated_dates("Priya Salgado, Rail Today. What happens to passengers who bought them?", DAY) == ()
    assert stated_dates("Ann Lee, Kell News Tonight: when will the line reopen?", DAY) == ()
    # Must not change: the word itself, capitalised at a sentence's start or not, is the day of speaking.
    assert stated_dates("Today, the minister signed the order.", DAY) == (StatedDate(DAY),)
    assert stated_dates("We met the minister today.", DAY) == (StatedDate(DAY),)
    assert stated_dates("The vote is tonight.", DAY) == (StatedDate(DAY),)



def test_a_second_ordinal_day_before_a_preposition_is_a_day():
    days = stated_dates("We tested the gates overnight on the 13th and the 20th at four stations.", DAY)
    assert [d.value for d in days] == [date(2024, 10, 13), date(2024, 10, 20)]
    # Must not change: an ordinal before its noun is no day.
    assert [d.value for d in stated_dates("They came 5th on the 3rd and 4th floors.", DAY)] == [date(2024, 10, 3)]
