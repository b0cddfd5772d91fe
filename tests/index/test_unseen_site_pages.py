"""Pages from sites of other layouts, built into a real index: the headline, the day and the article's own lines
(fixtures written for these tests, in those layouts)."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

PAGES = {
    # A ministry's page: the title names the day of the conference, the upload stamp under it is a day later.
    "ministry.txt": """English | Español | Contact
Home > Spokesperson's Remarks
Spokesperson Tomas Rivera's Regular Press Conference on June 4, 2024
2024-06-05 08:15
The ministry confirmed that the delegation met its counterparts yesterday to discuss the water-sharing accord.
Officials said the talks would resume in the autumn once the technical committee has finished its survey.
Print
Close
""",
    # A headline with no day: the date line under it still dates the article.
    "plain.txt": """Menu
Home | News | Sport | Weather
Ferry timetable cut for the winter season
By Lena Park
June 5, 2024
The island ferry will run four crossings a day instead of six from the first of November, the operator said.
The operator blamed a shortage of qualified deck crew and the rising cost of fuel for the reduced timetable.
Share this article
""",
    # A wire story: the date glued to its time, as some sites paste it.
    "wire.txt": """Skip to main content
World
Europe
Bridge toll dispute closes river crossing for a second day
By Iris Moldovan
4 minute read
March 3, 20259:05 AM GMT+1Updated 3 hours ago
About 200 lorries queued at the river crossing on Monday after hauliers parked across both lanes, officials said.
The hauliers say the new toll doubles the cost of the short trip to the port and wipes out their margins.
Reporting by Iris Moldovan; Editing by Dan Hale
Suggested Topics:
Europe
""",
    # A police release: the headline comes after the release's Date and Contact fields.
    "release.txt": """Town of Millbrook
Fire Department
Home / News / Releases
FOR IMMEDIATE RELEASE
Date: May 2, 2025
Contact: Capt. Ana Reyes, Public Information Officer
Phone: (555) 201-3300
Email: info@millbrook.example.gov

Warehouse fire on Dock Road brought under control overnight

Crews from three stations fought the fire at a paper warehouse on Dock Road for more than five hours on Thursday.

No one was hurt, and the cause of the fire is under investigation by the county fire marshal's office.

Return to Releases
""",
    # A headline cut over two lines: the second opens with ``by``.
    "conference.txt": """Skip to main content

Home > Newsroom > Speeches

Press briefing

by the Minister of Transport Eva Lind following the meeting of regional transport ministers

  • 12 Mar. 2025 -
  • |
  • Last updated: 14 Mar. 2025 10:02

(As delivered)

Good morning, and thank you for coming.

Ministers agreed to build a shared rail freight corridor linking the three northern ports by the end of 2029.

We also set up a working group on driver training that will report to us before the next meeting in the autumn.
""",
    # A parliament's record: the site name above the headline, a link back, a line ending in the day.
    "record.txt": """Skip to main content
Records
Back to search results
Rural Bus Services
Volume 402: debated on Tuesday 10 June 2025
Download text
Share
The minister said that eleven rural bus routes had been saved by the emergency grant announced in March.
Members asked when the longer-term funding settlement for councils would be published by the department.
""",
    # A blog post with readers' comments under it, and a paragraph that counts comments in a sentence.
    "blog.txt": """The Canal Diary
Home About Archive

Why the lock repairs took so long
Posted on April 2, 2024 by Mira Osei

The lock gates at Hatton were closed for nine weeks, three more than planned, because the old oak frames had rotted.

34 comments were sent to the trust during the consultation, most of them asking for weekend opening.

The trust says the new frames should last at least fifty years if they are kept wet through the summer.

Share this:
Facebook Twitter

7 thoughts on "Why the lock repairs took so long"

Owen Price
April 3, 2024 at 7:40 am
The trust only hurried because the boat rally was booked for May.
Reply

Leave a Reply Cancel reply
Powered by Example.org.
""",
    # A transcript: a stage note alone on a line, a note inside a turn, a service's credit at the end.
    "panel.txt": """Institute for Coastal Studies
Transcript: Rebuilding Harbour Towns
Monday, March 3, 2025
MS. KERR: Welcome, everyone. Our first question is who pays for the new sea walls.
MR. DIAZ: The state pays for most of it, and the towns pay a tenth. (Laughter.) Nobody likes the tenth.
[Applause]
QUESTION: Will the harbour at Westport reopen this year?
MR. DIAZ: It should reopen in September, once the dredging is finished.
Transcribed by https://transcripts.example.com
""",
}

LIVE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-02-10T06:00:00Z"></head><body>
<main><h1>Floods live: river reaches record level in Hexham</h1>
<div class="key-events"><ul><li>1h ago Bridge closed</li><li>3h ago Schools shut</li></ul></div>
<div class="block"><p><time>10.20 GMT</time></p>
<p>Police have closed the old bridge after the river rose above the arches for the first time since 1955.</p></div>
<div class="block"><p><time>08.05 GMT</time></p>
<p>All eleven schools in the valley will stay shut today, the council said in a message to parents this morning.</p>
</div></main></body></html>"""

AGENCY_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article>
<p>Press release</p>
<p>14 May 2025</p>
<p>Maputo</p>
<h1>Measles campaign reaches half a million children in the north</h1>
<p>A ten-day measles campaign has reached half a million children in three northern provinces, the agency said.</p>
<h2>Background</h2>
<p>The campaign was planned after 900 suspected cases were reported in the provinces since January.</p>
<h3>Media contacts</h3>
<p>Joana Matsinhe<br>Press Officer<br>Tel: +258 21 00 00 00<br>Email: press@agency.example.org</p>
<h3>Related</h3><ul><li><a>Measles fact sheet</a></li><li><a>Mozambique country page</a></li></ul>
</article></body></html>"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, tuple[str, date | None]], dict[str, list[str]]]:
    pages = {**PAGES, "live.html": LIVE_PAGE, "agency.html": AGENCY_PAGE}
    return by_document(built_pages(tmp_path_factory.mktemp("pages"), pages))


def test_the_day_a_title_names_wins_over_an_upload_stamp_but_a_date_line_dates_a_headline_without_one(built):
    documents, _ = built
    assert documents["ministry.txt"][1] == date(2024, 6, 4)
    assert documents["plain.txt"] == ("Ferry timetable cut for the winter season", date(2024, 6, 5))


def test_a_date_glued_to_its_time_dates_a_wire_story(built):
    documents, _ = built
    assert documents["wire.txt"] == ("Bridge toll dispute closes river crossing for a second day", date(2025, 3, 3))


def test_headlines_under_a_release_header_after_a_site_name_and_over_two_lines(built):
    documents, passages = built
    assert documents["release.txt"] == ("Warehouse fire on Dock Road brought under control overnight", date(2025, 5, 2))
    assert not any(text.startswith(("Contact:", "Phone:", "Email:", "Return to")) for text in passages["release.txt"])
    assert documents["conference.txt"] == (
        "Press briefing by the Minister of Transport Eva Lind following the meeting of regional transport "
        "ministers",
        date(2025, 3, 12),
    )
    assert passages["conference.txt"][0] == "Good morning, and thank you for coming."
    assert documents["record.txt"] == ("Rural Bus Services", date(2025, 6, 10))
    assert passages["record.txt"][0].startswith("The minister said")


def test_readers_comments_are_not_the_article_but_a_sentence_counting_comments_is(built):
    documents, passages = built
    assert documents["blog.txt"] == ("Why the lock repairs took so long", date(2024, 4, 2))
    texts = passages["blog.txt"]
    assert any(text.startswith("34 comments were sent") for text in texts)
    assert texts[-1].startswith("The trust says the new frames")
    assert not any("boat rally" in text or "Powered by" in text or "thoughts on" in text for text in texts)


def test_stage_notes_and_a_transcription_credit_are_no_passages_but_a_note_inside_a_turn_stays(built):
    _, passages = built
    texts = passages["panel.txt"]
    assert "[Applause]" not in texts and not any("Transcribed by" in text for text in texts)
    assert any("(Laughter.) Nobody likes the tenth." in text for text in texts)


def test_a_live_page_gives_its_entries_not_its_times_or_list_of_entries(built):
    _, passages = built
    assert passages["live.html"] == [
        "Police have closed the old bridge after the river rose above the arches for the first time since 1955.",
        "All eleven schools in the valley will stay shut today, the council said in a message to parents this morning.",
    ]


def test_an_agency_page_drops_its_kind_place_contacts_and_links_but_keeps_a_section_under_a_heading(built):
    documents, passages = built
    title = "Measles campaign reaches half a million children in the north"
    assert documents["agency.html"] == (title, date(2025, 5, 14))
    assert passages["agency.html"] == [
        "A ten-day measles campaign has reached half a million children in three northern provinces, the agency said.",
        "The campaign was planned after 900 suspected cases were reported in the provinces since January.",
    ]
