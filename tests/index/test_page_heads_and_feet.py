"""Pasted pages from sites the readers were not built on: the title is the page's own (not the site's name, a
kind line, a section heading, a byline or a name over its role), the date line is read beside a weekday and a
time, and the site's foot under an article (after its share bar, the author's bio, a print note) is no passage."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

TURNS = [
    "MODERATOR: We will start with the harbour master and then take questions.",
    "HARBOUR MASTER OKONJO: Two berths reopen tomorrow and the third by the end of the month.",
    "QUESTION: Will the ferry run on Saturday?",
    "HARBOUR MASTER OKONJO: It will, on the winter timetable.",
]
CAPTION = "The harbour master at the briefing after the January storm"
OPENED = ["Good morning.", *TURNS]
DATED = ["14 January 2026", *TURNS]
PAGES = {
    # A transcript whose title line goes on in a lower-case line under it.
    "joined.txt": ["Port of Caldmere", "Press briefing", "by the harbour master after the January storm", *DATED],
    # Must not change: a title line that names the briefing and who gives it on one line.
    "one_line.txt": ["Port of Caldmere", "Press briefing by the harbour master", *DATED],
    # A note of the page and a photo's caption between the header and the first words.
    "noted.txt": ["Press briefing by the harbour master", "14 January 2026", "(As delivered)", CAPTION, *OPENED],
    # A transcript whose header names no briefing: the site's name on top, the real title over the date line.
    "site_name.txt": ["Caldmere Harbour Board", "News", "Events", "Storm repairs to the northern berths", *DATED],
    # A court's summary: a kind line over the date, the case under it, then section headings.
    "court.txt": [
        "High Court of Ostvale",
        "Home",
        "Cases",
        "Judgments",
        "Press summary",
        "3 March 2026",
        "Marrow Ferries Ltd (Claimant) v Ostvale Port Authority (Defendant)",
        "Background",
        "The company ran two ferries across the estuary until the authority closed its landing stage in 2024.",
        "Decision",
        "The court finds that the authority gave too little notice and awards the company its lost fares.",
        "The authority may appeal within twenty-eight days of the order being sealed.",
    ],
}
SHARE = ["Share", "Facebook", "LinkedIn", "Email"]
RELEASE = [
    "Regional Water Office",
    "Media releases",
    "New pumps for the Tarrow valley towns",
    "Monday 9 March 2026",
    "Four towns in the Tarrow valley will get new pumping stations before the summer, the water office said today.",
    "The stations replace pumps that failed twice during last year's drought and left homes dry for days.",
    "Work starts next month and the office expects the first station to run by the end of May.",
]
FOOT = "We honour the first peoples of the valley and their care for its rivers, which goes on to this day."
FEATURE = [
    "THE QUAY QUARTERLY",
    "Subscribe",
    "Ideas",
    "The ferry that forgot its timetable",
    "By Odile Marchetti",
    "2 February 2026",
    "The ferry at the island pier at dawn. (Photo by Lina Orme / The Quay Quarterly)",
    "Nobody on the island owns a watch that agrees with the ferry, and the ferry does not seem to mind at all.",
    "The skipper, Hale Berrow, keeps his own time and has done so for nineteen years on the crossing.",
    "Odile Marchetti is a contributing editor at The Quay Quarterly.",
    "This story appears in the spring print edition under the headline \"Island Time.\"",
    "More Stories",
    "Boatyards of the north",
]
NAMED_END = "Hale Berrow is the only skipper the crossing has had since the old one retired."
BROADCAST = [
    "Back to the transcripts index",
    "Evening Harbour Report",
    "Dock Strike Reaches Northern Ports; Mayor Calls for Talks",
    "Aired February 20, 2026 - 18:00 ET",
    "ANCHOR: Good evening. The dock strike that began in the south reached the northern ports this afternoon.",
    "Cranes stood idle from Calder to Wexby, and shipping lines began to send vessels to other harbours.",
]
MINISTRY = [
    "Ministry of Coastal Affairs",
    "Press Conferences",
    "Press Conference by Deputy Minister ALDANA Rui",
    "Thursday, February 5, 2026, 3:15 p.m. Ministry of Coastal Affairs",
    "Opening Remarks",
    "Deputy Minister Aldana opened by announcing a fund for harbours damaged in the winter storms this year.",
    "The fund will pay for sea walls in nine towns, and the first grants will be made in April to the worst hit.",
]
NAMES = [
    "Government News",
    "Releases",
    "Ministers",
    "Government signs contract for new lighthouse tenders",
    "Hon Ilse Varga",
    "Minister of Transport",
    "Hon Tomas Ruel",
    "Finance",
    "18 March 2026",
    "The government has signed a contract for two lighthouse tenders to serve the outer islands, the ministers said.",
    "The ships will be built at the Karn yard and the first is due to enter service in the spring of 2028.",
]
BYLINE = [
    "Channel 9 News",
    "Local News",
    "Sinkhole closes the coast road near Pelling",
    "by: Marta Ivers",
    "Posted: Feb 24, 2026 / 07:40 PM CST",
    "A sinkhole opened under the coast road near Pelling on Tuesday evening, and the road is closed both ways.",
    "Engineers say the road may stay closed for a week while they fill the hole and check the drains under it.",
]
RECORD = [
    "[Committee Hearing 44-210]",
    "THE FUTURE OF RURAL FERRY ROUTES",
    "HEARING",
    "BEFORE THE",
    "COMMITTEE ON TRANSPORT AND INFRASTRUCTURE",
    "STATE ASSEMBLY",
    "SECOND SESSION",
    "MARCH 4, 2026",
    "CONTENTS",
    "Opening statement of the chair",
    "THE FUTURE OF RURAL FERRY ROUTES",
    "WEDNESDAY, MARCH 4, 2026",
    "The Committee met at 9:30 a.m. in Room 12 of the Assembly building, the chair presiding over the hearing.",
    "The chair opened by asking why three ferry routes to the islands had been cut since the autumn of last year.",
]

STORY = [
    "Pelling Tide: Reporting on the Coast Since 1902",
    "Home",
    "News",
    "Weather",
    "Travel",
    "Pier Reopens Early",
    "By Nell Arden and Cai Morrow",
    "6 April 2026",
    "The pier at Pelling reopened on Monday, two weeks before the date the council had given for the repairs.",
    "Builders worked through the Easter weekend to finish the new decking and the railings at the far end.",
    "Traders on the front said the early opening would save the first busy weekend of the spring season.",
]
LAST = "Cai Morrow asked the council whether the toll would rise, and it said the toll would stay as it is."
HEADLINE = "Pelling Pier Reopens Two Weeks Early After Repairs"
MENU = ["Coast News, Sport and Weather From Pelling", "Sport"]
HEARING = ["Harbour Board Answers Questions on the Pier Repairs", "Pelling Guildhall, Room 4", *DATED]
BOARD = ["Harbour Board Answers Questions on the Pier Repairs", "Hon. Ruth Calloway", "Harbour Master", *DATED]
JOINED = ["Press briefing on the pier repairs"]
JOINED_NOT = ["updated 2 hours ago", "media@pelling.example", "pelling.example.gov/news", "transcript"]
HEAD = ["Lighthouse Keepers Open Their Logbooks", "By Ines Varro", "March 5, 2026"]
LICENCE = [
    "The lighthouse trust put two centuries of keepers' logbooks online on Thursday, free for anyone to read.",
    "Every scanned page is shared under a Creative Commons licence, so teachers and local historians may print it.",
    "The town's wiki page on the lighthouse was last edited on Wednesday, when a keeper's grandson added his photos.",
    "Crews said they first heard of the plan when this email reached the station on a stormy Saturday night.",
]
NOTICES = [  # the site's own notices, each in its own form
    'Retrieved from "https://wiki.example/w/index.php?title=Keepers_logbooks"',
    "This page was last edited on 6 March 2026, at 09:12 (UTC).",
    "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; further terms may apply.",
]
PETITION = "More than 2,400 readers had backed the keepers' campaign by Friday evening at www.keepthelight.example"
CONTACT = ["For further information, please contact:", "Ines Varro, Trust Office, varro@trust.example"]
MAIL = [
    "From: Lighthouse Trust <office@trust.example>",
    "Sent: Thursday, March 5, 2026 10:15 AM",
    "To: Newsroom",
    "Cc: Harbour Desk",
    "Subject: Keepers' logbooks go online",
    *LICENCE[:2],
    "The trust thanks the volunteers who spent two winters turning the fragile pages one at a time.",
]
TRANSCRIPT_TITLES = ["Pier Closure", "Pier Closure, Week Three"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One real index of every page: (title, date, passage texts) by file name."""
    root = tmp_path_factory.mktemp("heads") / "corpus"
    files = {name: lines for name, lines in PAGES.items()}
    files |= {
        "release.txt": [*RELEASE, "Media contact: 01632 960 000", *SHARE, FOOT],
        # Must not change: a share bar under the lead, with the article's paragraphs under it.
        "share_high.txt": [*RELEASE[:5], *SHARE, *RELEASE[5:]],
        "feature.txt": FEATURE,
        # Must not change: a last paragraph opening with a name that no byline gives.
        "named_end.txt": [*FEATURE[:9], NAMED_END],
        "broadcast.txt": BROADCAST,
        "ministry.txt": MINISTRY,
        "names.txt": NAMES,
        "byline.txt": BYLINE,
        "record.txt": RECORD,
        "menu.txt": [*MENU, *MENU, HEADLINE, *STORY[6:]],
        "short.txt": STORY,
        "lone_share.txt": [*STORY[5:10], "Share this article", STORY[10]],
        "last_named.txt": [*STORY[5:], LAST],
        "hearing.txt": HEARING,
        "board.txt": BOARD,
        **{f"joined_{n}.txt": [JOINED[0], line, *DATED] for n, line in enumerate(JOINED_NOT)},
        "licence.txt": [*HEAD, LICENCE[0], "![The old lamp room](lamp.jpg)", *LICENCE[1:3], "Photo: Lighthouse Trust",
                        "The trust plans to add the harbour master's letters next year, its archivist said."],
        "this_email.txt": [*HEAD, *LICENCE[:2], "Share", LICENCE[3]],
        "wiki_foot.txt": [*HEAD, *LICENCE[:2], *NOTICES],
        "petition.txt": [*HEAD, *LICENCE[:2], PETITION],
        "contact.txt": [*HEAD, *LICENCE[:2], *CONTACT],
        "mail.txt": MAIL,
        **{f"short_title_{n}.txt": ["Caldmere Port Authority", t, *DATED] for n, t in enumerate(TRANSCRIPT_TITLES)},
    }
    heads, passages = by_document(built_pages(root, {name: "\n".join(lines) + "\n" for name, lines in files.items()}))
    return {path: (*heads[path], passages.get(path, [])) for path in heads}


def test_a_transcript_title_goes_on_in_a_lower_case_line_and_is_not_the_site_name(built):
    assert built["joined.txt"][0] == "Press briefing by the harbour master after the January storm"
    assert built["one_line.txt"][0] == "Press briefing by the harbour master"
    assert built["site_name.txt"][:2] == ("Storm repairs to the northern berths", date(2026, 1, 14))


def test_a_note_and_a_caption_over_a_transcripts_first_words_are_no_passages(built):
    assert built["noted.txt"][2] == ["Good morning.", *(turn.split(": ", 1)[1] for turn in TURNS)]


def test_a_case_name_closing_in_a_bracket_is_a_headline_and_a_section_heading_is_not(built):
    title, when, texts = built["court.txt"]
    assert (title, when) == ("Marrow Ferries Ltd (Claimant) v Ostvale Port Authority (Defendant)", date(2026, 3, 3))
    assert texts[-1] == "The authority may appeal within twenty-eight days of the order being sealed."


def test_a_paragraph_after_the_share_bar_closing_an_article_is_the_sites(built):
    title, when, texts = built["release.txt"]
    assert (title, when) == ("New pumps for the Tarrow valley towns", date(2026, 3, 9))
    assert texts == RELEASE[4:]
    assert built["share_high.txt"][2] == RELEASE[4:]  # a share bar above most of the article ends nothing


def test_the_authors_bio_and_a_print_note_at_the_foot_are_no_passages(built):
    assert built["feature.txt"][2] == FEATURE[7:9]  # nor a caption with its credit
    assert built["named_end.txt"][2] == [*FEATURE[7:9], NAMED_END]


def test_a_weekday_or_a_time_beside_the_day_leaves_a_date_line_under_the_headline(built):
    assert built["broadcast.txt"][:2] == (BROADCAST[2], date(2026, 2, 20))
    assert built["ministry.txt"][:2] == ("Press Conference by Deputy Minister ALDANA Rui", date(2026, 2, 5))


def test_names_over_their_roles_a_colon_byline_and_a_title_page_do_not_take_the_headline(built):
    assert built["names.txt"][:2] == ("Government signs contract for new lighthouse tenders", date(2026, 3, 18))
    assert built["byline.txt"][:2] == ("Sinkhole closes the coast road near Pelling", date(2026, 2, 24))
    assert built["record.txt"][:2] == ("THE FUTURE OF RURAL FERRY ROUTES", date(2026, 3, 4))


def test_a_menu_given_twice_and_a_tagline_over_a_short_headline_do_not_take_it(built):
    assert built["menu.txt"][:2] == (HEADLINE, date(2026, 4, 6))
    assert built["short.txt"][:2] == (STORY[5], date(2026, 4, 6))


def test_a_paragraph_under_a_lone_share_line_or_opening_with_the_authors_name_is_kept(built):
    assert built["lone_share.txt"][2] == STORY[8:]
    assert built["last_named.txt"][2] == [*STORY[8:], LAST]


def test_a_place_or_a_name_and_role_over_the_date_are_no_transcript_title(built):
    assert built["hearing.txt"][0] == HEARING[0]
    assert built["board.txt"][0] == BOARD[0]


def test_a_transcript_title_is_not_joined_to_a_stamp_an_address_a_link_or_a_kind_line(built):
    assert [built[f"joined_{n}.txt"][0] for n in range(len(JOINED_NOT))] == JOINED * len(JOINED_NOT)


def test_a_sentence_naming_a_licence_an_edit_or_an_email_stays_and_the_sites_own_notices_go(built):
    assert built["licence.txt"][2][:3] == [LICENCE[0], *LICENCE[1:3]]
    assert built["this_email.txt"][2] == [*LICENCE[:2], LICENCE[3]]
    assert built["wiki_foot.txt"][2] == LICENCE[:2]


def test_a_last_sentence_ending_on_a_web_address_stays_and_a_contact_line_at_the_foot_goes(built):
    assert built["petition.txt"][2] == [*LICENCE[:2], PETITION]
    assert built["contact.txt"][2] == LICENCE[:2]


def test_a_short_transcript_title_under_the_sites_name_is_kept(built):
    assert [built[f"short_title_{n}.txt"][0] for n in range(2)] == TRANSCRIPT_TITLES


def test_an_email_with_no_headline_is_titled_by_its_subject_and_its_fields_are_no_passages(built):
    assert built["mail.txt"][:2] == ("Keepers' logbooks go online", date(2026, 3, 5))
    assert built["mail.txt"][2] == MAIL[5:]
