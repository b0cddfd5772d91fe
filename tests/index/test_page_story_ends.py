"""Where a pasted page's story ends and what of the page around it is none of its words: an agency's end line and
the next story of a list page under it, and lines of chrome by their form. Fixtures written for these tests, in
the layouts of the sites that publish such pages."""

from tests.conftest import built_pages, by_document

LIST_PAGE = """Coast Agency
  • Home
  • Regions
Ferry terminal opens on the north shore

posted on 12/05/2026

Port Amel, 11th May, 2026 (CAG) -- The governor of the north shore today opened a ferry terminal that will carry
4,000 passengers a day across the bay.

"The bay has always parted us; now it joins us," the governor said at the ribbon cutting.

- Coast Agency, CAG –

Governor meets fishing cooperatives

posted on 10/05/2026

The governor met the heads of nine fishing cooperatives at the harbour office to discuss quotas for the season.
"""

ATTRIBUTED = """Coast Agency
Home | Regions | Economy | Sport
Share
Ferry fares cut for students

posted on 12/05/2026

Students will pay half fare on all ferries of the bay from June, the transport board said on Monday.

"Nobody should miss a lecture for want of a ticket," the board's chair told reporters at the terminal.

– Lina Ortiz, Chair of the Transport Board –

The board will review the fares again at the end of the year, when the first figures are in.

Share
Privacy policy
"""


def test_what_follows_a_story_end_line_is_not_the_story(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"list.txt": LIST_PAGE}))
    texts = passages["list.txt"]
    assert texts[-1] == '"The bay has always parted us; now it joins us," the governor said at the ribbon cutting.'
    assert not any("cooperatives" in text or "Coast Agency" in text for text in texts)


def test_a_sentence_under_a_dashed_name_line_stays(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"fares.txt": ATTRIBUTED}))
    assert passages["fares.txt"][-1].startswith("The board will review the fares again")


WIRE_REPOST = """Scan me

Lake Orin tram line to reach the airport by spring, council says

3 Oct 2026 - 10:05

[caption id="attachment_880" align="alignleft" width="300"] Track near the airport, October 2.[/caption]
The tram line along Lake Orin will reach the airport terminal in April, the city council told the agency on Friday.

By the numbers

The line will run 18 kilometres with 21 stops, and trams will come every six minutes at the busiest hours.

The council's transport head said the copyright on the tram's design had been bought from its Swiss maker last year.

By ORA

Lake Orin Daily is not responsible for the content of quoted articles.
"""

STATION_PAGE = """<html><body><header><nav><a href="/">Home</a></nav></header>
<article>
<h1>Crossing guard stops truck outside primary school</h1>
<div class="byline">by: <a href="/a/ben">Ben Ruiz</a></div>
<div class="dates">Posted: Oct 6, 2026 / 04:10 PM CDT<br>Updated: Oct 7, 2026 / 08:02 AM CDT</div>
<p>MILL CREEK, Ark. (KTRM) &#8212; A crossing guard stopped a truck with failed brakes at a school on Tuesday.</p>
<p>Updated figures from the county show the crossing is used by 340 children a day.</p>
<p>Copyright lawyers for the truck's owner declined to comment on the video of the crossing.</p>
<p>Copyright 2026 Station Group Inc. All rights reserved. This material may not be published or redistributed.</p>
</article></body></html>
"""


def test_a_shortcode_an_agency_credit_and_a_disclaimer_under_the_story_are_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"tram.txt": WIRE_REPOST}))
    texts = passages["tram.txt"]
    assert not any("[caption" in text or text == "By ORA" or "not responsible" in text for text in texts)
    assert texts[-1].startswith("The council's transport head said the copyright on the tram's design")
    assert "By the numbers" in texts  # a subheading over a paragraph of the story stays


def test_an_update_stamp_and_a_copyright_line_on_a_saved_page_are_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"guard.html": STATION_PAGE}))
    texts = passages["guard.html"]
    assert not any(text.startswith(("Updated: Oct", "Copyright 2026")) for text in texts)
    assert texts[1].startswith("Updated figures from the county")
    assert texts[2].startswith("Copyright lawyers for the truck's owner")


DEBATES = """<html><body><main>
<h1>Debates of the Assembly</h1>
<p>Wednesday, October 14, 2026</p>
<p class="time">(1505)</p>
<p>[Translation]</p>
<p><strong>Ms. Rhea Tan (Lakeside, Ind.):</strong> Mr. Speaker, the ferry dock at Lakeside has been shut for three weeks
and the minister has said nothing about when it will reopen.</p>
<p class="time">(1510)</p>
<p><strong>Hon. Paul Verne (Minister of Ports):</strong> Mr. Speaker, the dock will reopen on Monday
(with repairs paid in 1999 money, as the member knows) once the divers have checked the piles.</p>
</main></body></html>
"""

SUMMARY_RECORD = """Lake Council                                       LC/CW/9/SR.9
Coastal Board                                      Distr.: General
                                                   11 March 2026

                                                   Original: English

Committee on Coastal Waters
Summary record of the 9th meeting
Held at the Lakeside Hall on Monday, 9 March 2026, at 10 a.m.

Chair: Ms. Ruiz ........................................ (Lakeside)

Contents

Item 2: Water levels of the lake

This record is subject to correction.
Corrections should be sent in a memorandum within one week of the date of the record to the editing unit.

The meeting was called to order at 10.10 a.m.

1. Ms. Orlov (Observer for the Lake Board) said that the lake's level had fallen by two metres since 2020.

2. Mr. Kaine said that this record is subject to correction only by the chair, a rule he wished to change.

The meeting rose at 1 p.m.

This record is subject to correction.
LK.26-04410 (E)    110326    120326
"""


def test_a_records_clock_times_and_language_notes_are_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"debates.html": DEBATES}))
    texts = passages["debates.html"]
    assert not any(text in ("(1505)", "(1510)", "[Translation]") for text in texts)
    assert any("paid in 1999" in text for text in texts)


def test_a_records_note_on_its_corrections_and_its_print_code_are_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"record.txt": SUMMARY_RECORD}))
    texts = passages["record.txt"]
    assert not any(text.startswith(("This record is", "Corrections should", "LK.26")) for text in texts)
    assert any(text.startswith("2. Mr. Kaine said that this record is subject to correction") for text in texts)
    assert texts[-1] == "The meeting rose at 1 p.m."


MINUTES = """<html><body><main>
<h1>Minutes of the Regular Meeting of the Harbour Board</h1>
<p>March 3, 2026 · Harbour Hall</p>
<p><a href="/m.pdf">Get the PDF</a> · <a href="/v">See the recording</a> · <a href="/p">Board papers</a></p>
<p>The chair opened the meeting at 7 p.m. and the minutes of the <a href="/feb">February</a> and
<a href="/jan">January</a> meetings were approved.</p>
<p><a href="/r">Budget report</a> <a href="/q">and its annex</a></p>
</main></body></html>
"""

CALL_NOTES = """Dock planning call
Tuesday, March 3, 2026

Ruiz, Ana started transcription

Ruiz, Ana:
The dock opens on Monday. We stopped recording the tide readings in May.

Holt, Ben:
Then we need the May figures from the port office.

Ruiz, Ana stopped transcription
"""


def test_a_row_of_links_on_a_saved_page_is_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"minutes.html": MINUTES}))
    texts = passages["minutes.html"]
    assert not any("See the recording" in text for text in texts)
    assert any(text.startswith("The chair opened the meeting") for text in texts)
    assert "Budget report and its annex" in texts  # two links that read as words together are no row of links


def test_a_meeting_apps_note_on_its_transcription_is_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"call.txt": CALL_NOTES}))
    texts = passages["call.txt"]
    assert not any("transcription" in text for text in texts)
    assert any("We stopped recording the tide readings in May." in text for text in texts)


STUDENT_PAPER = """The Hillcrest Courier

Library to stay open all night during exam weeks

Mara Voss, Staff Writer • March 2, 2026

The university library will stay open around the clock for the two exam weeks, the provost announced on Monday.

Students who donate to the library's book fund this term will have their names printed on a plaque, the provost said.

The library will add forty study seats on its second floor before the exams begin on April 20.

More from Campus

Photo: Courier staff
Donate to The Hillcrest Courier
Your tax-deductible gift keeps our student reporters in the field.
"""


def test_a_donation_appeal_at_a_pages_foot_is_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"library.txt": STUDENT_PAPER}))
    texts = passages["library.txt"]
    assert not any("Your tax-deductible gift" in text for text in texts)
    assert any(text.startswith("Students who donate to the library's book fund") for text in texts)
    assert texts[-1].startswith("The library will add forty study seats")


BANK_PAGE = """<html><body><main>
<h1>Monetary policy statement</h1>
<p class="bank-authors">Ana Reyes, Governor of the Bank,<br>Tomas Brill, Deputy Governor of the Bank</p>
<div class="audio">Press play to listen to this article<br>Voiced by a synthetic voice.</div>
<p>(ATTN: ADDS governor's remarks in paras 3-4)</p>
<p>The board kept its policy rate at 3.5 per cent on Thursday, the bank said in a statement after its meeting.</p>
<p>Narrated by the governor herself, the bank's new video explains why rates stayed where they were.</p>
<p>(The rate was last changed in June 2025.)</p>
<p class="disclaimer">Reproduction is permitted provided that the source is acknowledged.</p>
</main></body></html>
"""


def test_authors_a_voice_credit_and_a_note_to_editors_on_a_saved_page_are_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"bank.html": BANK_PAGE}))
    texts = passages["bank.html"]
    assert texts[0].startswith("The board kept its policy rate at 3.5 per cent")
    assert texts[1].startswith("Narrated by the governor herself")
    assert texts[2:] == ["(The rate was last changed in June 2025.)"]  # the page's disclaimer (by its class) is none


COURT_ORDER = """Case 2:26-cv-00412-ABC     Document 17     Filed 05/04/26     Page 1 of 2

UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF WEST ARDEN

RIVERSIDE ANGLERS CLUB,
Plaintiff,
v.
DELTA SAND COMPANY,
Defendant.

Civil Action No. 2:26-cv-00412

ORDER GRANTING PLAINTIFF'S MOTION FOR A STAY

The Club filed this suit on January 12, 2026, alleging that dredging had silted its stretch of the river.
As in Marsh v. Ore Co., the harm to the river is shown by the Club's own counts of fish.
IT IS SO ORDERED.
"""


def test_the_v_between_a_cases_parties_is_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"order.txt": COURT_ORDER}))
    texts = passages["order.txt"]
    assert "v." not in texts
    assert any(text.startswith("As in Marsh v. Ore Co.") for text in texts)


LONG_RECORD = """HEARING ON THE HARBOUR PORTS BILL
Monday, June 1, 2026

CHAIR LANE: The committee will come to order. We hear the port authority first.

MS. OKAFOR: Thank you. The dredging of the north channel ends in August.

HEARING ON THE HARBOUR PORTS BILL Page 1001 of 1040

CHAIR LANE: And the south channel?

MS. OKAFOR: Next spring, if the budget holds.
"""


def test_a_running_head_of_a_long_record_is_chrome_in_a_transcript_as_in_an_article(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"hearing.txt": LONG_RECORD}))
    texts = passages["hearing.txt"]
    assert not any("Page 1001" in text for text in texts)
    assert "Next spring, if the budget holds." in texts


THREAD = """<html><body><main>
<div class="post"><div class="author">Lio Park <span>@liopark.example</span></div>
<div class="text">Thread: what the harbour board decided tonight on the ferry fares</div>
<div class="time">May 4, 2026 at 8:10 PM</div></div>
<div class="post"><div class="author">Lio Park <span>@liopark.example</span></div>
<div class="text">The board cut student fares by half from June 1, 2026, chair Ines Moreau said.</div>
<div class="time">May 4, 2026 at 8:14 PM</div></div>
<div class="post"><div class="author">Lio Park <span>@liopark.example</span></div>
<div class="text">Next meeting: May 18, 2026 at 7:00 PM</div>
<div class="time">May 4, 2026 at 8:19 PM</div></div>
</main></body></html>
"""


def test_a_posts_stamp_alone_on_a_saved_page_is_chrome(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"thread.html": THREAD}))
    texts = passages["thread.html"]
    assert not any(text.startswith("May 4, 2026 at") for text in texts)
    assert "Next meeting: May 18, 2026 at 7:00 PM" in texts


COMMAND_RELEASE = """<html><body><main>
<h1>Patrol boats seize fuel smugglers off the cape</h1>
<p>Two patrol boats stopped a fishing vessel carrying 40,000 litres of smuggled fuel off the cape on Monday.</p>
<table><tr><td>Start</td><td>End</td></tr><tr><td>0400</td><td>0930</td></tr></table>
<p>The crew of six was handed to the port police in the afternoon, the command said.</p>
<p>-END-</p>
<p>Harbour open day draws record crowd of 12,000 visitors to the naval base on Saturday.</p>
</main></body></html>
"""


def test_a_saved_pages_end_line_and_all_under_it_are_not_the_story(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"release.html": COMMAND_RELEASE}))
    texts = passages["release.html"]
    assert texts[-1] == "The crew of six was handed to the port police in the afternoon, the command said."
    assert not any("-END-" in text or "open day" in text for text in texts)


COMMUNIQUE = """Lake Council
Home | Documents | Press
Communiqué of the 212th meeting of the Lake Council on the drought
Posted: 4 May 2026

The Lake Council, at its 212th meeting held on 2 May 2026, adopted the following decision on the drought in the basin:

1. Calls on the riparian states to share their reservoir data every week until the rains return;

2. Decides to remain seized of the matter.

Related
Lake Council opens its spring session on water sharing

The Council's next meeting on the drought will be held in Arden on 30 May 2026, the secretariat said.

Related documents
Press Statement of the 211th meeting
Get the PDF (English) | Get the PDF (French)
Click here to see the map of the reservoirs. The map is updated daily with the figures of the member states.
Copyright © 2026 Lake Council
"""


def test_pointers_to_other_pages_under_the_last_paragraph_are_the_pages_foot(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"communique.txt": COMMUNIQUE}))
    texts = passages["communique.txt"]
    assert texts[-1].startswith("The Council's next meeting on the drought will be held in Arden")
    assert not any(text.startswith(("Press Statement", "Get the PDF", "Click here")) for text in texts)


REPORT_SUMMARY = """Rights Watchers
Home | Reports | Donate
Brick kilns in the valley still hire children, report finds
July 2, 2026

Children as young as nine mould bricks for twelve hours a day in the valley's kilns, a report found.

The report asks the government to send labour inspectors to every licensed kiln at least twice a year.

Share this via Facebook
Share this via Email
More sharing options
Get news on the rights of workers from around the region. Join our movement today.
The page you requested does not exist or has been moved to another address on this site.
Privacy Policy | Contact | Terms
"""


def test_a_share_bar_named_by_its_sites_opens_the_pages_foot(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"kilns.txt": REPORT_SUMMARY}))
    texts = passages["kilns.txt"]
    assert texts[-1].startswith("The report asks the government to send labour inspectors")
    assert not any("you requested" in text for text in texts)


AID_UPDATE = """<html><body><main><article>
<h1>Valley floods: relief update on water and shelter</h1>
<p>Relief teams restored drinking water to 40,000 people in the valley between April and June, the agency said.</p>
<p><strong>For further information, please contact:</strong><br>Lena Roth, Valley office, tel: +00 11 555 0102</p>
</article></main></body></html>
"""

AID_LETTER = """<html><body><main><article>
<h1>Valley floods: how to reach the relief desk</h1>
<p><strong>For further information, please contact:</strong></p>
<p>The relief desk in the valley answers calls from families every day between eight in the morning and six.</p>
</article></main></body></html>
"""


def test_a_contact_block_under_a_saved_pages_last_paragraph_is_its_foot(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"update.html": AID_UPDATE, "desk.html": AID_LETTER}))
    assert passages["update.html"] == [
        "Relief teams restored drinking water to 40,000 people in the valley between April and June, the agency said."
    ]
    assert passages["desk.html"][-1].startswith("The relief desk in the valley answers calls")
