"""Page kinds a new user brought: a parliament's question time, a results page's Markdown table, a product recall
notice with its box of facts under a shop's menu. Fixtures written for these tests, in the layouts of such pages."""

from datetime import date
from operator import attrgetter

import pytest

from tests.conftest import built_pages, by_document

QUESTION_TIME = """Regional Assembly of Dunmore
Home | Members | Business | Visit
Official Report

Sitting of Tuesday 9 June 2026
Oral Answers to Questions: Health

3.00 pm

1. Mr Kieran Lusk (Dunmore East) asked the Minister of Health when the new ward at Stonebridge hospital will open.

The Minister of Health (Ms Ruth Calder): The ward opens on 1 September 2026 with 32 beds.

Mr Lusk: Will the Minister say how many nurses have been hired for it?

Ms Calder: Forty-one so far, and the rest are being interviewed this month.

2. Ms Aoife Brannock (Kilgarry) asked the Minister of Health what the waiting time is for hip operations.

Ms Calder: The median wait fell to 38 weeks in May, from 51 weeks a year earlier.

Mr Speaker: Question 3 is not moved.

4. Dr Owen Farrelly (Lisnacree) asked the Minister of Health for an update on the ambulance station at Moyle.

Ms Calder: Building work at Moyle starts in August and takes eleven months.

Mr Speaker: That ends questions to the Minister of Health.
"""

# a transcript whose numbered paragraph says who asked something, in no record's form: a turn's words go on
ASKED_IN_A_TURN = """Council meeting, 9 June 2026

CHAIR: We move to the second item.

MS PERRY: Two points on the library.

1. Mr Lusk asked the council for a new roof, and we have the quote.

2. The roof costs 90,000 pounds.

CHAIR: Thank you.
"""

RESULTS = """[Skip to content](#main) · [Tarnby Gazette](/) · News · Politics · Subscribe

# Tarnby council election: every seat declared

*By the Gazette desk · Published 7 May 2026, 02:10*

Share: [Facebook](#) · [Email](#)

## Summary

All 30 seats are now declared and the Harbour Party holds control of the council.

| Party | Seats | Gain/loss |
| --- | --- | --- |
| Harbour Party | 17 | +3 |
| Moorland Group | 9 | -1 |
| Independents | 4 | -2 |

## Reaction

The count finished just after two in the morning.
"""

# a table with no rule under its header, in a page with no chrome: as it was read before
PLAIN_TABLE = """# Tarnby turnout by ward

Turnout was highest in the north of the town.

| Ward | Turnout |
| North | 44% |
| Quay | 31% |
"""

RECALL = """Kitchenly Appliances
Shop  Ideas  Help  Stores  Sign in  Cart (0)
Free returns for 60 days

Help > Safety > Recalls

SAFETY RECALL: Kitchenly QuickBoil 1.7L kettle (model QB-17)

Date of notice: 3 March 2026

Kitchenly Appliances is recalling the QuickBoil 1.7L kettle because its lid hinge can break and scald a hand.

We know of 12 incidents, 2 of them with minor scalds. Nobody has been seriously hurt.

Product: Kitchenly QuickBoil kettle
Model number: QB-17
Finish: white or steel
Lot codes: 4410 to 4470 (on the sticker under the base)
Units sold: about 21,000

Stop using the kettle and contact us for a free replacement.

Media enquiries:
Phone: 0800 555 0190
Email: press@example.com
Hours: 9am to 5pm
"""

# a menu's item with a figure that is no count: a line of a table, not a menu, so not passed over
FIGURES_LINE = """Harbour  Ferries  Sailings 12  Delays 3

Ferry timetable changes from Monday

The ferry company has cut two sailings a day on the Quay route until the end of March, it said on Friday.

The last boat now leaves at 9pm.
"""

REPOSTED = """Statehouse Wire
Home   States   Courts   Attorneys General   Subscribe
Attorneys General
Releases from state attorneys general

Top Stories
Okafor Wins $3.2 Million From Debt Collector Over Illegal Calls

LAKE BRANDON, Norvale, May 12 -- Attorney General Chidi Okafor issued the following news release on May 11, 2026:
* * *
Attorney General Okafor Wins $3.2 Million From Debt Collector Over Illegal Calls
Borrowers will be repaid automatically
LAKE BRANDON, Norvale - Attorney General Chidi Okafor today announced a $3.2 million settlement with a debt collector.
The office received more than 1,400 complaints about the company between 2023 and 2025.
Borrowers who paid a collection fee will receive a refund by Aug. 30, 2026.
###
"""

# a story that says a release was issued, in its text: no service's line, dated as before
ISSUED_IN_TEXT = """Harbour board names new chair

Published 4 June 2026

The harbour board issued the following statement on its new chair, who starts in July after years at sea.

The chair will be paid 40,000 pounds a year.
"""

BULLETED_DAY = """Skip to main content
Western Maritime Council
Home  About  News  Library  Contact
English | Dansk | Polski
Search the site

Press conference
by the Council Chair ahead of the ministers' meeting

    \u2022 4 Mar. 2026 -
    \u2022 |
    \u2022 Last updated: 5 Mar. 2026 10:02

Moderator [Ines Dalca, Spokesperson]: Welcome. The Chair will open with a statement.

Chair: Thank you. Ministers meet tomorrow on port security and fishing patrols.

Question [Oskar Lind, Nordic Radio]: Will ministers agree a budget?

Chair: They will agree the principle, not the figure.
"""

# a term of office in the same list, a range open at its end: no date of the briefing
OPEN_RANGE = BULLETED_DAY.replace("\u2022 4 Mar. 2026 -", "\u2022 Chair since 4 Mar. 2026 -")

REMARKS = """Judicial Office of Eastvale
Home  Judgments  Sentencing remarks  Contact

R -v- Dara Quill: sentencing remarks

Published: 10 April 2026

IN THE CROWN COURT AT MERRIFORD
HIS HONOUR JUDGE ALAN BRISCOE

R
-v-
DARA QUILL

SENTENCING REMARKS

9 April 2026

1. Dara Quill, you pleaded guilty to two counts of fraud by false representation.

2. Over eighteen months you took 146,000 pounds from the charity you kept the books for.

3. The sentence is 3 years and 4 months' imprisonment.
"""

# a court story with numbered points and a judge named in its text: the paper's words, nobody's turn
COURT_STORY = """Charity bookkeeper jailed

Published: 10 April 2026

Judge Alan Briscoe sentenced Dara Quill at Merriford Crown Court on Thursday. What we know:

1. Quill took 146,000 pounds from the charity over eighteen months.

2. The sentence is 3 years and 4 months in prison.
"""

DISCUSSION = """Weather Service
Home  Forecasts  Radar  Warnings  About

Carrow Bay Forecast Office
Area Forecast Discussion

000
FXUS62 KCRB 150912
AFDCRB

Area Forecast Discussion
Weather Service Carrow Bay
412 AM EST Sun Mar 15 2026

.SYNOPSIS...
High pressure moves offshore today and a cold front crosses the bay on Monday night.

&&

.NEAR TERM /TODAY THROUGH TONIGHT/...
Sunny and mild with highs near 64. Winds turn southwest this evening.

&&

.MARINE...
Seas stay below 4 feet.

&&

$$

SYNOPSIS...JPT
NEAR TERM...JPT
MARINE...OWB
"""

# a hurricane bulletin's summary lines in the same form (a name, three dots, a value): its facts, as before
BULLETIN = """Storm bulletin for Carrow Bay

SUMMARY OF 500 AM EST INFORMATION

LOCATION...24.1N 81.9W
PRESENT MOVEMENT...NNW OR 340 DEGREES AT 9 MPH
MAXIMUM SUSTAINED WINDS...70 MPH

The storm is expected to pass west of the bay on Monday.
"""

SERVICE = """Scribeline  Blog  Transcripts  Pricing  Log in

Coach Ana Brel Press Conference Transcript: Port Vale v Linfield

Ana Brel spoke after her side drew 1-1 with Linfield on March 2, 2026. The full transcript is below.

Transcribe Your Own Content
Try Scribeline free and turn your recordings into text today.

Speaker 1: (00:00)
Ana, a point away from home. Happy with that?

Ana Brel: (00:05)
Happy with the point, not with the second half. We stopped passing the ball.
"""

WIRE = """World News Desk
World  Business  Markets  More

FACTBOX-What we know about the Velo bridge closure

March 4, 2026 9:12 AM UTC Updated 1 hour ago

Mar 4 (Wirenews) - The Velo river bridge was shut on Tuesday after inspectors found cracks in two of its piers.

WHAT WAS FOUND?

* Cracks up to 30 cm long in the piers on the eastern bank, the roads agency said.

WHEN WILL IT REOPEN?

* Not before June, the agency said. Ferries will run every 20 minutes until then.

(Reporting by Mila Draskovic; Editing by Tom Reyes)

All quotes delayed a minimum of 15 minutes.
"""

# the same words in a story's sentences, and a heading with no question: as they were read before
WIRE_LOOK_ALIKE = """Market report: shares slip as bridge closes

Published 4 March 2026

Traders said all quotes delayed a minimum of 15 minutes were of no use on such a day, and reporting by phone was slow.

WHO PAYS FOR THE FERRIES?
asked a sign held up at the back of the town hall meeting on Tuesday evening.
"""

LIVE_RESULTS = """# Dunmore by-election: the count

*Published 12 June 2026, 23:10*

> Live: this page updates automatically. Refresh if it stops.

> "We knocked on every door," said one volunteer at the count.

Turnout was 41 per cent, the returning officer said.
"""

RECALL_FOOT = RECALL.replace(
    "Media enquiries:",
    "Kitchenly Appliances Ltd, 2 Mill Yard, Dunmore, DU1 4XX. Registered in England No. 01234567.\n\nMedia enquiries:",
)

PARTICIPANTS = """<html><head><title>Press Briefing Transcript: Tomas Reid, Spokesperson | Harbour Fund</title></head>
<body><main><article>
<h1>Press Briefing Transcript: Tomas Reid, Spokesperson, May 5, 2026</h1>
<p class="date">May 5, 2026</p>
<p>SPEAKER: Mr. Tomas Reid, Spokesperson of the Harbour Fund</p>
<p>*****</p>
<p>MR. REID: Good morning. I have two announcements and then I will take questions.</p>
<p>QUESTIONER: On the loan to Velmar, when will the board meet?</p>
<p>MR. REID: The board meets on May 20.</p>
<p>SPEAKER: Order, please, the next question is from the back.</p>
<p>MR. REID: Thank you all.</p>
</article></main></body></html>
"""

INTERVIEW = """<html><head><title>Omar Haddad on the quiet city</title>
<meta property="article:published_time" content="2026-02-10"></head>
<body><main><article>
<h1>"Streets should be for sitting": Omar Haddad on the quiet city</h1>
<p>Omar Haddad has spent ten years taking cars out of the old town of Kelso.</p>
<p><strong>How many streets have you closed to cars?</strong></p>
<p>Fourteen so far, and two more next spring.</p>
<p><strong>Did the shops complain?</strong></p>
<p>At first, yes. Now footfall is up by a fifth, and they ask for more.</p>
<p>It took about two years for them to come round.</p>
<p><strong>What comes next?</strong></p>
<p>Benches. A street without a bench is a corridor.</p>
<div class="paywall">You've read 3 of 5 free articles this month. Subscribe for full access.</div>
</article></main></body></html>
"""

# bold subheadings that ask nothing, in a story whose headline names a person it quotes: nobody's words, as before
BOLD_HEADS = """<html><head><title>Anna Holt's ways to cut your heating bill</title></head>
<body><main><article>
<h1>Anna Holt's ways to cut your heating bill</h1>
<p>Energy prices rose again this winter, and small changes add up.</p>
<p><strong>Bleed the radiators</strong></p>
<p>Air trapped at the top of a radiator stops it heating fully.</p>
<p><strong>Close the curtains at dusk</strong></p>
<p>Heavy curtains keep in about a tenth of a room's heat.</p>
<p><strong>Turn the thermostat down one degree</strong></p>
<p>One degree lower can cut a bill by about 8 per cent, Anna Holt of the Energy Trust said.</p>
</article></main></body></html>
"""

PAGES = {
    "question-time.txt": QUESTION_TIME,
    "asked-in-a-turn.txt": ASKED_IN_A_TURN,
    "results.md": RESULTS,
    "plain-table.md": PLAIN_TABLE,
    "recall.txt": RECALL,
    "figures-line.txt": FIGURES_LINE,
    "reposted.txt": REPOSTED,
    "issued-in-text.txt": ISSUED_IN_TEXT,
    "bulleted-day.txt": BULLETED_DAY,
    "open-range.txt": OPEN_RANGE,
    "remarks.txt": REMARKS,
    "court-story.txt": COURT_STORY,
    "discussion.txt": DISCUSSION,
    "bulletin.txt": BULLETIN,
    "service.txt": SERVICE,
    "wire.txt": WIRE,
    "wire-look-alike.txt": WIRE_LOOK_ALIKE,
    "live-results.md": LIVE_RESULTS,
    "recall-foot.txt": RECALL_FOOT,
    "participants.html": PARTICIPANTS,
    "interview.html": INTERVIEW,
    "bold-heads.html": BOLD_HEADS,
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("newcomer") / "corpus", PAGES)
    return by_document(index, attrgetter("text", "speaker", "section"))


def texts(read, path):
    return [text for text, _, _ in read[1][path]]


def speakers(read, path):
    return {text: speaker for text, speaker, _ in read[1][path]}


def test_a_numbered_question_of_question_time_is_the_askers_turn(read):
    found = read[1]["question-time.txt"]
    asks = [(text, speaker) for text, speaker, _ in found if " asked the Minister" in text]
    assert [speaker for _, speaker in asks] == ["Mr Kieran Lusk", "Ms Aoife Brannock", "Dr Owen Farrelly"]
    assert asks[2][0].startswith("Dr Owen Farrelly (Lisnacree) asked")  # the number out of the quote
    said = speakers(read, "question-time.txt")
    assert said["The median wait fell to 38 weeks in May, from 51 weeks a year earlier."] is not None
    assert said["Question 3 is not moved."] == "Mr Speaker"  # the Speaker's turn ends before question 4
    assert "Ms Calder" in said["Forty-one so far, and the rest are being interviewed this month."]


def test_a_numbered_line_saying_who_asked_in_a_turn_stays_the_speakers(read):
    said = speakers(read, "asked-in-a-turn.txt")
    joined = next(text for text in said if "Mr Lusk asked" in text)
    assert said[joined] == "MS PERRY"
    assert "1. Mr Lusk asked the council" in joined


def test_a_markdown_tables_rows_are_read_under_its_header_row(read):
    found = texts(read, "results.md")
    header = "| Party | Seats | Gain/loss |"
    assert f"{header}\n| Harbour Party | 17 | +3 |" in found
    assert f"{header}\n| Moorland Group | 9 | -1 |" in found
    assert f"{header}\n| Independents | 4 | -2 |" in found
    assert header not in found


def test_a_table_with_no_rule_reads_as_before(read):
    found = texts(read, "plain-table.md")
    assert "| Ward | Turnout |\n| North | 44% |" in found
    assert "| Ward | Turnout |\n| Quay | 31% |" in found


def test_a_recall_notices_box_of_facts_stays_and_its_contact_block_goes(read):
    found = "\n".join(texts(read, "recall.txt"))  # (its lines one passage or one each, as the text is wrapped)
    for fact in (
        "Product: Kitchenly QuickBoil kettle",
        "Model number: QB-17",
        "Finish: white or steel",
        "Lot codes: 4410 to 4470 (on the sticker under the base)",
        "Units sold: about 21,000",
    ):
        assert fact in found
    assert "Phone:" not in found and "Hours:" not in found


def test_a_shop_menu_with_a_baskets_count_is_no_title(read):
    assert read[0]["recall.txt"] == ("SAFETY RECALL: Kitchenly QuickBoil 1.7L kettle (model QB-17)", date(2026, 3, 3))


def test_a_line_of_figures_in_columns_is_no_menu(read):
    assert read[0]["figures-line.txt"][0] == "Harbour  Ferries  Sailings 12  Delays 3"


def test_a_reposted_release_takes_the_services_headline_and_the_day_it_was_issued(read):
    title = "Okafor Wins $3.2 Million From Debt Collector Over Illegal Calls"
    assert read[0]["reposted.txt"] == (title, date(2026, 5, 11))
    found = texts(read, "reposted.txt")
    assert not any("issued the following news release" in text for text in found)
    assert not any(text.startswith("Borrowers will be repaid") for text in found)  # the subhead is no passage
    assert any(text.startswith("LAKE BRANDON, Norvale - Attorney General") for text in found)


def test_a_story_saying_a_statement_was_issued_keeps_its_line_and_date(read):
    assert read[0]["issued-in-text.txt"] == ("Harbour board names new chair", date(2026, 6, 4))
    assert any(text.startswith("The harbour board issued the following") for text in texts(read, "issued-in-text.txt"))


def test_a_bulleted_day_closed_by_a_dash_dates_the_press_conference(read):
    assert read[0]["bulleted-day.txt"][1] == date(2026, 3, 4)


def test_a_day_opening_a_range_still_dates_nothing(read):
    assert read[0]["open-range.txt"][1] is None


def test_sentencing_remarks_are_the_judges_words_without_their_margin_numbers(read):
    said = speakers(read, "remarks.txt")
    assert said["Dara Quill, you pleaded guilty to two counts of fraud by false representation."] == (
        "HIS HONOUR JUDGE ALAN BRISCOE"
    )
    assert said["The sentence is 3 years and 4 months' imprisonment."] == "HIS HONOUR JUDGE ALAN BRISCOE"
    assert not any(text.startswith(("1. ", "3. ")) for text in said)


def test_numbered_points_of_a_court_story_are_nobodys(read):
    said = speakers(read, "court-story.txt")
    assert said["1. Quill took 146,000 pounds from the charity over eighteen months."] is None
    assert all(speaker is None for speaker in said.values())


def test_a_forecast_discussion_has_its_title_sections_and_no_sign_offs(read):
    assert read[0]["discussion.txt"][0] == "Area Forecast Discussion"
    found = read[1]["discussion.txt"]
    sections = {text: section for text, _, section in found}
    assert sections["Sunny and mild with highs near 64. Winds turn southwest this evening."] == (
        "NEAR TERM /TODAY THROUGH TONIGHT/"
    )
    assert sections["Seas stay below 4 feet."] == "MARINE"
    assert not any(text.startswith((".NEAR TERM", "SYNOPSIS...", "MARINE...")) for text in sections)


def test_a_bulletins_summary_lines_stay_facts(read):
    found = texts(read, "bulletin.txt")
    assert "PRESENT MOVEMENT...NNW OR 340 DEGREES AT 9 MPH" in found
    assert "LOCATION...24.1N 81.9W" in found


def test_a_transcription_services_offer_is_no_passage(read):
    found = texts(read, "service.txt")
    assert not any("Transcribe Your Own" in text or "Scribeline free" in text for text in found)
    assert "Happy with the point, not with the second half. We stopped passing the ball." in found


def test_a_wires_credits_and_quote_delay_go_and_its_question_headings_head_sections(read):
    found = read[1]["wire.txt"]
    assert not any("Reporting by" in text or "quotes delayed" in text for text, _, _ in found)
    sections = {text: section for text, _, section in found}
    assert "WHAT WAS FOUND?" not in sections and "WHEN WILL IT REOPEN?" not in sections
    assert sections["* Not before June, the agency said. Ferries will run every 20 minutes until then."] == (
        "WHEN WILL IT REOPEN?"
    )


def test_the_same_words_in_a_sentence_stay(read):
    found = read[1]["wire-look-alike.txt"]
    assert any(text.startswith("Traders said all quotes delayed") for text, _, _ in found)
    assert all(section is None for _, _, section in found)  # a question in capitals going on in lower case
    assert any(text.startswith("WHO PAYS FOR THE FERRIES?") for text, _, _ in found)


def test_a_live_pages_refresh_note_goes_and_a_quotation_stays(read):
    found = texts(read, "live-results.md")
    assert not any("updates automatically" in text for text in found)
    assert any("We knocked on every door" in text for text in found)


def test_a_companys_registration_line_is_no_passage(read):
    found = "\n".join(texts(read, "recall-foot.txt"))
    assert "Registered in England" not in found
    assert "Lot codes: 4410 to 4470" in found


def test_a_participants_line_is_no_turn_and_a_turn_by_the_speaker_stays(read):
    said = speakers(read, "participants.html")
    assert "SPEAKER" not in {speaker for text, speaker in said.items() if "Tomas Reid, Spokesperson" in text}
    assert not any(text.startswith("Mr. Tomas Reid, Spokesperson") for text in said)
    assert said["Order, please, the next question is from the back."] == "SPEAKER"
    assert said["The board meets on May 20."] == "MR. REID"


def test_an_interviews_answers_under_bold_questions_are_the_interviewees(read):
    said = speakers(read, "interview.html")
    assert said["Fourteen so far, and two more next spring."] == "Omar Haddad"
    assert said["It took about two years for them to come round."] == "Omar Haddad"
    assert said["Benches. A street without a bench is a corridor."] == "Omar Haddad"
    assert said["Did the shops complain?"] is None
    assert said["Omar Haddad has spent ten years taking cars out of the old town of Kelso."] is None
    assert not any("free articles" in text for text in said)


def test_bold_subheadings_of_a_story_make_no_interview(read):
    said = speakers(read, "bold-heads.html")
    assert said["Air trapped at the top of a radiator stops it heating fully."] is None
    assert said["Heavy curtains keep in about a tenth of a room's heat."] is None
