"""Small leftovers new users found on pasted pages: a parliament's oral answers titled by its debate, not by the
record's name (``Official Report (Hansard)``); a question set as a subhead right over its paragraph; a judiciary
page's approval line; a venue or a club named as a sayer; a live entry under its time alone in bold; sentencing
remarks dated by the day they were given, not the day they were published. Each with a look-alike that stays as it
was. Fixtures written for these tests, in the layouts of such pages."""

from datetime import date
from operator import attrgetter

import pytest

from tests.conftest import built_pages, by_document

ORAL_ANSWERS = """Legislative Assembly of Wellmoor
Home | Members | Business | Visit
Official Report (Hansard)

Sitting of Tuesday 9 June 2026
Oral Answers to Questions: Health
Volume 41, Part 3

1. Mr Colm Devane (East Ardle) asked the Minister for Health how many ambulances are in service.

The Minister for Health (Ms Nora Quill): There are 212 ambulances in service today, 18 more than a year ago.

Mr Devane: Will the Minister tell the House how many of them are over ten years old?

Ms Quill: Thirty-one of them, and they will all be replaced by the end of 2027.
"""

RECORD_NO_DEBATE = """Legislative Assembly of Wellmoor
Home | Members | Business | Visit
Official Report (Hansard)

Sitting of Wednesday 10 June 2026
Volume 41, Part 4

1. Ms Aine Corr (Kell Valley) asked the Minister for Transport when the Kell bridge will reopen.

The Minister for Transport (Mr Ivo Lusk): The bridge reopens to traffic on 1 September 2026.

Ms Corr: Will buses use it from the first day?

Mr Lusk: They will, on the same routes as before the closure.
"""

RECALL = """Harbour Kettles
Shop  Support  My account  Basket (0)

SAFETY RECALL: Harbour stone kettle (model HK-2)

Date of notice: 3 March 2026

Harbour Kettles Ltd is recalling the stone kettle, model HK-2, because its handle can come loose when it is full.

Which kettles are affected?
Kettles with batch codes 1101 to 1140, sold between 5 January 2026 and 27 February 2026, are affected.

What should I do?
Stop using the kettle and call our free line on 0800 555 0199 for a refund or a new kettle.
"""

FAQ = """Ferry fares explained

Published: 4 March 2026

The ferry company has changed how its fares are set for the summer season.

Why are fares going up?

The company says fuel now costs a third more than it did two years ago.

Will children still travel free?

Children under five travel free, as they did last year.
"""

REMARKS = """Courts and Tribunals Judiciary
Home | Judgments | Sentencing remarks | Contact

R -v- Owen Marsh: sentencing remarks

Published: 12 March 2026

IN THE CROWN COURT AT KELBY
HIS HONOUR JUDGE TOMAS REID

R
-v-
OWEN MARSH

SENTENCING REMARKS

10 March 2026

1. Owen Marsh, you pleaded guilty on 2 February 2026 to a burglary at the harbour office in Kelby.

2. You took 4,000 pounds from the safe and broke the door of the office to get in.

3. The sentence is two years' imprisonment.

This transcript has been approved by the Judge.

Copyright | Privacy | Cookies
"""

REMARKS_DELIVERED = """Courts and Tribunals Judiciary
Home | Judgments | Sentencing remarks | Contact

R -v- Ada Quinn: sentencing remarks

Published: 20 April 2026

IN THE CROWN COURT AT ASHBY
MRS JUSTICE HALE

Remarks of Mrs Justice Hale delivered on 16 April 2026

SENTENCING REMARKS

1. Ada Quinn, you were convicted by the jury of fraud against the Ashby lifeboat charity.

2. You took 61,000 pounds over four years while you kept the charity's books.

3. The sentence is three years' imprisonment.

Approved by the judge for publication.
"""

REMARKS_PUBLISHED_ONLY = """Courts and Tribunals Judiciary
Home | Judgments | Sentencing remarks | Contact

R -v- Ian Pell: sentencing remarks

Published: 22 April 2026

IN THE CROWN COURT AT ASHBY
HIS HONOUR JUDGE ROY AMES

SENTENCING REMARKS

1. Ian Pell, you pleaded guilty to arson at the Ashby boat store.

2. The sentence is four years' imprisonment.
"""

SETTLEMENT = """Harbour board settles with its fishermen

14 May 2026

The harbour board will pay 2 million pounds to the fishermen whose boats were damaged in the dredging works.

The settlement has been approved by the judge.

Payments begin in June, the board said.
"""

VENUES = """Arts grant cut hits venues in Kell

12 May 2026

The council has cut its grant to three venues in Kell by a fifth this year.

Kell Theatre said: "We will have to drop the winter season unless a sponsor comes forward."

Harbour Club said: "Our music nights will go on, but fewer of them."

Ann Kell said: "I will ask the arts ministry to make up the difference this autumn."

The council meets again in June.
"""

STORM_BOLD = """Storm Edda: ferries cancelled across the west coast – live

Tuesday 10 February 2026

**07:48**
The first ferries of the morning have been cancelled at three ports, the operator says.

**08:15**
Winds of 80 mph were recorded on the headland overnight.

**09:02**
Schools in two towns will open late.

Buses will run as normal, the council says.
"""

BOLD_TIMETABLE = """Winter ferry timetable for Kell

Tuesday 10 February 2026

**07:10**
The first ferry leaves Kell for the islands.

**07:55**
The second ferry leaves once the mail is on board.

**08:30**
The third ferry calls at the north pier.
"""

PAGES = {
    "oral-answers.txt": ORAL_ANSWERS,
    "record-no-debate.txt": RECORD_NO_DEBATE,
    "recall.txt": RECALL,
    "faq.txt": FAQ,
    "remarks.txt": REMARKS,
    "remarks-delivered.txt": REMARKS_DELIVERED,
    "remarks-published.txt": REMARKS_PUBLISHED_ONLY,
    "settlement.txt": SETTLEMENT,
    "venues.txt": VENUES,
    "storm-bold.txt": STORM_BOLD,
    "bold-timetable.txt": BOLD_TIMETABLE,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("small") / "corpus", PAGES)
    return by_document(index, attrgetter("text", "speaker", "date", "section"))


def texts(built, path):
    return [text for text, *_ in built[1][path]]


def test_oral_answers_are_titled_by_the_debate_s_heading(built):
    assert built[0]["oral-answers.txt"] == ("Oral Answers to Questions: Health", date(2026, 6, 9))
    speakers = [speaker for _, speaker, *_ in built[1]["oral-answers.txt"]]
    assert speakers[0] == speakers[2] == "Mr Colm Devane" and speakers[1] == "The Minister for Health (Ms Nora Quill)"


def test_a_record_with_no_debate_heading_keeps_its_title(built):
    assert built[0]["record-no-debate.txt"] == ("Official Report (Hansard)", date(2026, 6, 10))


def test_a_question_right_over_its_paragraph_heads_it(built):
    found = [(text, section) for text, _, _, section in built[1]["recall.txt"]]
    assert ("Kettles with batch codes 1101 to 1140, sold between 5 January 2026 and 27 February 2026, are affected.",
            "Which kettles are affected?") in found
    assert ("Stop using the kettle and call our free line on 0800 555 0199 for a refund or a new kettle.",
            "What should I do?") in found
    assert not {"What should I do?", "Which kettles are affected?"} & {text for text, _ in found}


def test_a_question_with_a_blank_line_under_it_is_still_a_passage(built):
    found = [(text, section) for text, _, _, section in built[1]["faq.txt"]]
    assert ("Why are fares going up?", None) in found
    assert ("Children under five travel free, as they did last year.", None) in found


def test_a_judiciary_page_s_approval_line_is_no_passage(built):
    assert "This transcript has been approved by the Judge." not in texts(built, "remarks.txt")
    assert "Approved by the judge for publication." not in texts(built, "remarks-delivered.txt")
    assert texts(built, "remarks.txt")[-1] == "The sentence is two years' imprisonment."


def test_a_sentence_about_a_judge_s_approval_stays(built):
    assert "The settlement has been approved by the judge." in texts(built, "settlement.txt")


def test_a_venue_or_a_club_is_no_sayer_but_a_person_is(built):
    said = {text: speaker for text, speaker, *_ in built[1]["venues.txt"]}
    assert said['Kell Theatre said: "We will have to drop the winter season unless a sponsor comes forward."'] is None
    assert said['Harbour Club said: "Our music nights will go on, but fewer of them."'] is None
    assert said['Ann Kell said: "I will ask the arts ministry to make up the difference this autumn."'] == "Ann Kell"


def test_a_bold_time_alone_opens_a_live_entry(built):
    assert [(text, day) for text, _, day, _ in built[1]["storm-bold.txt"]] == [
        ("The first ferries of the morning have been cancelled at three ports, the operator says.", date(2026, 2, 10)),
        ("Winds of 80 mph were recorded on the headland overnight.", date(2026, 2, 10)),
        ("Schools in two towns will open late.", date(2026, 2, 10)),
        ("Buses will run as normal, the council says.", date(2026, 2, 10)),
    ]


def test_bold_times_on_a_page_that_is_not_live_stay_its_words(built):
    assert "The third ferry calls at the north pier." in texts(built, "bold-timetable.txt")
    assert {day for _, _, day, _ in built[1]["bold-timetable.txt"]} == {None}


def test_sentencing_remarks_are_dated_by_the_day_they_were_given(built):
    assert built[0]["remarks.txt"] == ("R -v- Owen Marsh: sentencing remarks", date(2026, 3, 10))
    assert built[0]["remarks-delivered.txt"][1] == date(2026, 4, 16)
    assert {speaker for _, speaker, *_ in built[1]["remarks.txt"]} == {"HIS HONOUR JUDGE TOMAS REID"}


def test_sentencing_remarks_stating_no_day_keep_their_published_day(built):
    assert built[0]["remarks-published.txt"][1] == date(2026, 4, 22)
