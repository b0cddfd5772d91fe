"""A pasted page's title and date in layouts of sites not met before: a headline under other stories' teasers, a
masthead pasted twice, the site's or a section's line over the headline, an e-mail's subject, a record's numbers, a
day glued to a time or a name, a release signed at its foot, a certificate under a record. Fixtures written for these
tests, in the layouts of the sites that publish such pages."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

STORY = [
    "The council voted 9 to 2 on Monday to keep the east branch library open on Sundays from January.",
    "Councillor Ana Reyes said the vote followed a petition signed by 3,400 residents.",
    "The extra hours will cost about $41,000 a year, the library board said.",
]

CAMPUS = [
    "The Student Voice of Kelby College Since 1950", "", "The Kelby Lantern", "",
    "The Student Voice of Kelby College Since 1950", "", "The Kelby Lantern", "",
    "The rowing club won its first regional title in twenty years on the river at Dunmore.",
    "Rowers bring home the regional cup",
    "Sam Ode, Sports Writer • October 3, 2026",
    "The college opens a second night bus route between the halls and the station.",
    "Night bus gets a second route",
    "September 29, 2026",
    "", "Council keeps the east branch library open on Sundays", "",
    "Lena Park, City Editor • October 14, 2026", "",
    *STORY,
]

AGENCY = [
    "Coast News Service", "  • English", "  • French", "Supported by the Regional Media Council", "",
    "Harbour board opens a new ferry berth at Kelby", "", "posted on 19/10/2026", "",
    "Kelby, 18 October 2026 (CNS) -- The harbour board today opened the new ferry berth at the north quay.",
    "The berth lets two ferries load at once and ends the queues of summer, the board said.",
    "The first ferry used it at six in the morning.", "",
    "Mayor receives a delegation from the twin town", "", "posted on 17/10/2026", "",
]

# Must not change: a headline over its summary line, then the stamp.
PAPER = [
    "Kelby Evening Post", "", "Why the ferry crews stopped work", "",
    "And why the harbour board should have listened in spring", "", "October 20, 2026", "",
    "The ferry crews stopped work on Saturday after the harbour board cut their night shifts.",
    "Their union said the crews had warned the board in April that the new rota was unsafe.",
    "The board said it would meet the union on Thursday.",
]

GLUED = [
    "Kelby Today", "Home", "Politics", "World", "Kelby's new tram line will open in May, says mayor",
    "14:0520/10/2026, Tuesday", "KNA", "The mayor speaks at the depot", "The mayor speaks at the depot",
    "The trams will cut the trip from the station to the port to 12 minutes, the mayor says", *STORY,
]


STATEMENT = [
    "Port Authority of Kelby", "Home", "News", "Press Statement", "Remarks",
    "Press Statement of the Harbour Master After Visiting the North Quay, Kelby, October 8, 2026", "",
    "By Office of the Deputy Secretary for Records & Translation     Date 8 October 2026",
    "Category: Press Statement", "Read: 210 Views", "", *STORY,
]

MORE = [
    "The buses will run every twenty minutes from ten at night until five in the morning.",
    "Drivers will be drawn from the day routes, which will run less often until the water goes down.",
    "The mayor said the service would stay until every flooded street had reopened.",
    "Residents can ask for a stop near their homes by calling the city's help line.",
]

SIGNED = [
    "CITY HALL PRESS RELEASE", "", "MAYOR ORDERS NIGHT BUSES FOR FLOODED DISTRICTS", "",
    *(line for paragraph in [*STORY, *MORE] for line in (paragraph, "")),
    "Ada Quell", "Special Adviser to the Mayor", "(Media)", "October 22, 2026",
]
# Must not change: a day alone right under the paragraphs, with no signature over it, dates nothing.
UNSIGNED = [*SIGNED[:-4], "October 30, 2026"]

STRAITS = [
    "logo", "Kelby ferry fares to rise by $2 from March, says board", "",
    "Kelby ferry fares to rise by $2 from March, says board", "", "Coast Times26-11-2026", *STORY,
]
# Must not change: figures with dashes and a short year are no day.
SCORES = [*STRAITS[:5], "Coast Times 26-11-26", *STORY]


MAILED = [
    "From: Harbour Desk <desk@kelby-post.example>", "Sent: Thursday, October 15, 2026 9:12 AM",
    "To: pool-list@kelby-post.example", "Subject: Pool report #2 - ferry berth opening - north quay", "",
    "Pool report #2", "Thursday, 15 October 2026", "Pooler: Ada Quell, Kelby Post", "", *STORY,
]
LETTER = [
    "From: Kelby Morning <letters@kelby-post.example>", "Date: Fri, 16 Oct 2026 06:30:00 +0100",
    "Subject: Kelby Morning: the berth opens, the library stays open", "",
    "View this email in your browser [link]", "", "KELBY MORNING", "Friday, 16 October 2026 | by Ada Quell", "",
    *STORY,
]
# Must not change: a subject that holds the headline after a kind's label gives way to the headline.
FORWARDED = [
    "From: Press Office <press@kelby.example>", "Sent: Friday, October 16, 2026 11:02 AM",
    "To: press-list@kelby.example",
    "Subject: MEDIA RELEASE: Harbour board opens a new ferry berth", "", "FOR IMMEDIATE RELEASE", "16 October 2026", "",
    "Harbour board opens a new ferry berth", "", *STORY, "ENDS", "Press Office | Harbour Board", "Tel. +44 1 555 0100",
]
KICKER = [
    "THE KELBY POST", "Home  News  Sport  Opinion          Search   |   Log in   |   SUBSCRIBE", "",
    "NEWS | LIBRARY", "", "Council keeps the east branch library open on Sundays after a long petition drive", "",
    "By Ada Quell", "Published Thursday 15 October 2026, 05:30", "", *STORY,
]
INCIDENT = [
    "KFA | Kelby Fire Authority", "Alerts | Incidents | About", "You are here: Home > Incidents > Quay fire", "",
    "INCIDENT PAGE: NORTH QUAY WAREHOUSE FIRE", "Incident number: KFA-2026-0042", "Status: ACTIVE",
    "Lead agency: Kelby Fire Authority, with the harbour board and the police",
    "Page last updated: 16 October 2026, 10:05", "", *STORY,
]
RECORD = [
    "HARBOUR ASSEMBLY OF KELBY", "OFFICIAL REPORT", "Tuesday, 20 October 2026", "Volume 31, No. 7", "",
    "The Assembly met at 2.00 pm.", "", "NORTH QUAY FIRE", "Statement", "",
    "The Harbour Master (Ines Moreau): The warehouse fire was put out at six this morning.", "",
    "Councillor Paul Ode: Will the quay reopen this week?", "",
    "The Harbour Master (Ines Moreau): On Friday, once the engineers have checked the piers.",
]


DEBATES = [
    "HARBOUR ASSEMBLY DEBATES", "(Uncorrected - Not for publication)", "Monday, July 27, 2026",
    "The Assembly met at Eleven of the Clock.", "12.03 hrs", "Re: Flooding on the north quay",
    "THE SPEAKER: Now, questions. Councillor Paul Ode.",
    "COUNCILLOR PAUL ODE (NORTH WARD): Sir, the quay wall gave way on the night of 19 July.",
    "THE HARBOUR MASTER (INES MOREAU): The wall will be rebuilt by October.",
]
FRAGMENT = [
    "Harbour Assembly", "", "Home   Business   Members   News   Visit", "",
    "Assembly Records - Ports Committee : 25/02/2026 : Estimates : HARBOUR BOARD", "", "Download Fragment", "",
    "Previous Fragment    Next Fragment", "", "Wednesday, 25 February 2026", "",
    "CHAIR: Welcome. We begin with the harbour board.", "",
    "Ms MOREAU: Thank you. The new berth opened on time.", "", "CHAIR: And the cost?", "",
    "Ms MOREAU: It came in under budget.",
]


CERTIFIED = [
    "HARBOUR COURT OF KELBY", "", "INQUIRY INTO THE NORTH QUAY FIRE", "", "Kelby", "Tuesday, September 15, 2026", "",
    *(line for paragraph in [*STORY, *MORE] for line in (paragraph, "")),
    "CERTIFICATE", "I certify that the foregoing is a true record of the evidence given.", "",
    "Dated: September 21, 2026", "Ada Quell, Court Reporter",
]
# Must not change: a labelled day under the headline dates the page.
LABELLED = ["Kelby Post", "Home | News | Sport", "", "Council keeps the east branch library open on Sundays", "",
            "Published: 14 October 2026", "", *STORY]


SUMMARY = [
    "Harbour Assembly                                     HA/12/SR.3", "Distr.: General", "4 March 2026", "",
    "Ports Committee", "", "Summary record of the 3rd meeting",
    "Held at the Town Hall, Kelby, on Tuesday, 24 February 2026, at 3 p.m.", "",
    *(line for paragraph in [*STORY, *MORE] for line in (paragraph, "")),
]


OFFICE = [
    "Office of the Harbour Prosecutor", "", "Home » News » Press Releases", "", "FOR IMMEDIATE RELEASE", "",
    "Friday, November 20, 2026", "", "Former quay manager charged over the north quay warehouse fire", "",
    *(line for paragraph in STORY for line in (paragraph, "")),
]


WARNING = [
    "Weather Service of Kelby", "", "Forecasts", "", "Warnings", "", "Maps", "", "Search", "",
    "Warnings > Kelby > Coast", "", "Amber warning of wind", "", "Storm Orla", "",
    "Valid from 06:00 Sat 24 Jan 2026 to 21:00 Sat 24 Jan 2026", "", "Issued at: 10:15 on Thu 22 Jan 2026", "",
    "What to expect", "", *(line for paragraph in STORY for line in (paragraph, "")),
]


SITUATION = [
    "Skip to main content", "Home", "News", "Operational information", "EN | FR", "Search",
    "The harbour situation as of 08:00 on November 29, 2026", "29.11.2026 08:00", "Share", *STORY,
]
# Must not change: a live page's own day over its first post's stamp is no title.
DAYBOOK = ["Kelby Post", "Home | News | Sport", "", "Quay fire: live updates", "", "Thu 19 Mar 2026 22.40 CET", "",
           "Day 14 - Thursday 19 March 2026", "19 March 2026 09:10", "", *STORY]


FORUM = [
    "Skip to main content", "r/Kelby", "Search in r/Kelby", "Log In", "r/Kelby", "•", "3 days ago", "harbourfan_9", "",
    "Council meeting recap: the library stays open on Sundays", "", "Discussion", *STORY,
]


ADVISORY = [
    "Travel Advice", "Home > Travel Advice > Destinations > Kelby", "Kelby Travel Advisory", "Level 2: Take Care",
    "Updated: November 25, 2026", "Still current at: December 1, 2026", *STORY,
]


SITTING = """<html><head><title>Sitting 17/11/2026 - Kelby Assembly</title></head><body><main>
<h1>Sitting</h1><h2>1. Questions to the Harbour Master</h2>
<p><strong>Paul Ode:</strong> When will the north quay reopen after the fire of 3 November?</p>
<p><strong>The Harbour Master (Ines Moreau):</strong> On Friday, once the engineers have checked the piers.</p>
</main></body></html>"""
# Must not change: a headline whose page name adds only the site's name after a bar.
NAMED = """<html><head><title>Harbour board opens a new ferry berth | Kelby Post</title></head><body><article>
<h1>Harbour board opens a new ferry berth</h1><p>The harbour board opened the new ferry berth on Monday.</p>
<p>The first ferry used it at six in the morning, the board said.</p></article></body></html>"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = {
        "campus.txt": "\n".join(CAMPUS),
        "agency.txt": "\n".join(AGENCY),
        "paper.txt": "\n".join(PAPER),
        "glued.txt": "\n".join(GLUED),
        "statement.txt": "\n".join(STATEMENT),
        "signed.txt": "\n".join(SIGNED),
        "unsigned.txt": "\n".join(UNSIGNED),
        "straits.txt": "\n".join(STRAITS),
        "scores.txt": "\n".join(SCORES),
        "mailed.txt": "\n".join(MAILED),
        "letter.txt": "\n".join(LETTER),
        "forwarded.txt": "\n".join(FORWARDED),
        "kicker.txt": "\n".join(KICKER),
        "incident.txt": "\n".join(INCIDENT),
        "record.txt": "\n".join(RECORD),
        "debates.txt": "\n".join(DEBATES),
        "fragment.txt": "\n".join(FRAGMENT),
        "certified.txt": "\n".join(CERTIFIED),
        "labelled.txt": "\n".join(LABELLED),
        "summary.txt": "\n".join(SUMMARY),
        "office.txt": "\n".join(OFFICE),
        "warning.txt": "\n".join(WARNING),
        "situation.txt": "\n".join(SITUATION),
        "daybook.txt": "\n".join(DAYBOOK),
        "forum.txt": "\n".join(FORUM),
        "advisory.txt": "\n".join(ADVISORY),
        "sitting.html": SITTING,
        "named.html": NAMED,
    }
    return by_document(built_pages(tmp_path_factory.mktemp("pages"), pages))


def test_an_article_under_teasers_of_other_stories_has_its_own_headline_date_and_paragraphs(built):
    assert built[0]["campus.txt"] == ("Council keeps the east branch library open on Sundays", date(2026, 10, 14))
    assert built[1]["campus.txt"] == STORY


def test_the_site_s_line_over_the_headline_is_no_title_but_a_headline_s_summary_stays_under_it(built):
    assert built[0]["agency.txt"] == ("Harbour board opens a new ferry berth at Kelby", date(2026, 10, 19))
    assert built[0]["paper.txt"] == ("Why the ferry crews stopped work", date(2026, 10, 20))
    assert built[1]["paper.txt"][0] == "And why the harbour board should have listened in spring"


def test_a_time_glued_to_a_day_in_numbers_is_the_date_line_under_the_headline(built):
    assert built[0]["glued.txt"] == ("Kelby's new tram line will open in May, says mayor", date(2026, 10, 20))
    # the summary right over the first paragraph stays, the photo's caption (given twice) goes
    assert built[1]["glued.txt"] == [GLUED[9], *STORY]


def test_a_byline_ending_on_a_labelled_day_dates_the_page_and_heads_no_title(built):
    assert built[0]["statement.txt"] == (
        "Press Statement of the Harbour Master After Visiting the North Quay, Kelby, October 8, 2026",
        date(2026, 10, 8),
    )


def test_a_release_signed_with_a_day_at_its_foot_is_dated_by_it(built):
    assert built[0]["signed.txt"][1] == date(2026, 10, 22)
    assert built[0]["unsigned.txt"][1] is None


def test_a_site_s_name_glued_to_a_day_written_with_dashes_dates_the_page(built):
    assert built[0]["straits.txt"] == ("Kelby ferry fares to rise by $2 from March, says board", date(2026, 11, 26))
    assert built[0]["scores.txt"][1] is None


def test_an_e_mail_s_subject_is_its_title_not_its_pooler_nor_its_browser_link(built):
    assert built[0]["mailed.txt"][0] == "Pool report #2 - ferry berth opening - north quay"
    assert built[0]["letter.txt"][0] == "Kelby Morning: the berth opens, the library stays open"
    assert built[0]["forwarded.txt"][0] == "Harbour board opens a new ferry berth"


def test_a_section_kicker_over_the_headline_and_a_block_of_fields_heads_no_title(built):
    assert built[0]["kicker.txt"][0] == KICKER[5]
    assert built[0]["incident.txt"][0] == "INCIDENT PAGE: NORTH QUAY WAREHOUSE FIRE"


def test_a_record_s_volume_and_number_are_no_title(built):
    assert built[0]["record.txt"] == ("HARBOUR ASSEMBLY OF KELBY", date(2026, 10, 20))


def test_a_record_s_note_in_brackets_and_a_download_button_are_no_title(built):
    assert built[0]["debates.txt"][0] == "Re: Flooding on the north quay"
    assert built[0]["fragment.txt"][0] == FRAGMENT[4]


def test_a_certificate_s_day_under_the_record_does_not_date_it_but_its_caption_s_day_does(built):
    assert built[0]["certified.txt"][1] == date(2026, 9, 15)
    assert built[0]["labelled.txt"][1] == date(2026, 10, 14)


def test_a_record_is_dated_by_the_day_its_meeting_was_held_not_the_day_it_was_issued(built):
    assert built[0]["summary.txt"][1] == date(2026, 2, 24)


def test_the_headline_under_the_date_line_beats_the_office_s_name_over_a_menu_and_a_kind_line(built):
    assert built[0]["office.txt"] == (OFFICE[8], date(2026, 11, 20))
    assert built[0]["agency.txt"][0] == "Harbour board opens a new ferry berth at Kelby"  # must not change


def test_a_span_of_days_over_the_date_line_is_no_headline(built):
    assert built[0]["warning.txt"] == ("Amber warning of wind", date(2026, 1, 22))


def test_a_title_naming_its_day_over_a_stamp_of_that_day_is_the_title(built):
    assert built[0]["situation.txt"] == (SITUATION[6], date(2026, 11, 29))
    assert built[0]["daybook.txt"][0] != DAYBOOK[7] and built[0]["daybook.txt"][1] == date(2026, 3, 19)


def test_a_forum_post_s_headline_over_its_flair_is_the_title_and_the_flair_no_passage(built):
    assert built[0]["forum.txt"][0] == FORUM[9]
    assert built[1]["forum.txt"] == STORY


def test_a_still_current_stamp_does_not_date_the_page(built):
    assert built[0]["advisory.txt"][1] != date(2026, 12, 1)
    assert built[0]["advisory.txt"][0] == "Kelby Travel Advisory"


def test_a_heading_gives_way_to_the_page_s_name_that_opens_with_it_and_says_more(built):
    assert built[0]["sitting.html"][0] == "Sitting 17/11/2026"
    assert built[0]["named.html"][0] == "Harbour board opens a new ferry berth"
