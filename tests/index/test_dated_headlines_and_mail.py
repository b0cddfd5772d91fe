"""Pasted pages built into a real index: a headline that names a day, an e-mail pasted with its header, and the
site's lines at the foot (a page's record, contact pointers, a copyright notice). Fixtures written for these tests."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

PAGES = {
    # Minutes: the headline ends on the meeting's day; the capitals lines under it repeat the body's name.
    "minutes.txt": """Port Elwin Harbour Board
Home
About
Notices
Agendas & Minutes
Harbour Board Monthly Meeting Summary - March 3, 2026
View PDF | Agenda | Audio
PORT ELWIN HARBOUR BOARD
MONTHLY BOARD MEETING
SUMMARY
Tuesday, March 3, 2026 – 5:30 p.m.
Board Room, 14 Quay Street
1. OPENING
Chair Lena Orsk opened the meeting at 5:34 p.m. with all seven members of the board present.
2. DREDGING
The harbour engineer said the channel would be dredged to nine metres before the autumn shipping season.
""",
    # A statement: the headline names the meeting's day, the line under it the day it was posted.
    "statement.txt": """Skip to main content
Ministry of Fisheries
Home
Newsroom
Home » Newsroom » Statements
Statement on the Board Meeting of Monday, 9 March 2026
edit
10 Mar 2026
A. Matters of the coast
1. The board approved new quotas for the northern fishing grounds, to take effect from the first of April.
2. The board asked the ministry to report on the state of the southern breakwater before the end of May.
Share this page
Follow us
""",
    # A report under its site's labelled lines and attachments: the headline closes on a day in brackets.
    "report.txt": """Skip to main content
Aid Portal
Updates
Countries
Source: Relief Office
Posted: 3 Apr 2026
Attachments
Download Report (PDF | 210 KB)
River Delta: Drought - Situation Report No. 5 (as of 2 April 2026)
KEY POINTS
Wells in four districts of the delta have run dry since the middle of March, officials said on Thursday.
Water trucks now reach about 12,000 people a day, half of those who need them, according to partners.
For further information, please contact:
Amira Haddad, Head of Office, haddad@relief.example
For more information, please visit www.relief.example
Share
Facebook
Email
""",
    # An e-mail pasted with its header, a warning banner and a confidentiality footer.
    "mail.txt": """From: Communications Unit <news@water-board.example>
Sent: Monday, May 11, 2026 9:40 AM
To: editors@lists.example
Subject: PRESS RELEASE: Reservoir levels back to normal after spring rains

CAUTION: This email originated from outside of the organization. Do not open attachments from unknown senders.

FOR IMMEDIATE RELEASE
11 May 2026

Reservoir levels back to normal after spring rains

The water board said on Monday that its three reservoirs are now more than ninety percent full for the first time.
The hosepipe ban that began last August will be lifted on Friday, the board's director told reporters at the dam.
ENDS
Communications Unit | Water Board
Tel. +44 20 5550 1234

This e-mail and any attachments are confidential and meant only for the addressee. Delete it if it reached you.
""",
    # A wiki page: its record at the foot (where it was retrieved from, categories, last edit, licence).
    "wiki.txt": """Jump to content
Main menu
Search
Create account
Log in
Lighthouses of the northern coast
From the Coast Wiki, the free encyclopedia
The northern coast has eleven lighthouses, the oldest of which was lit in 1791 above the harbour of Skarn.
Four of them are still kept by hand, while the others have been automated since the early 1990s by the coastguard.
For more information on the keepers, visitors can read the museum's guide at www.skarn.example or ask at the desk.
The museum opens its tower to visitors every Sunday from May to September, weather permitting.
Retrieved from "https://wiki.example/w/index.php?title=Lighthouses_of_the_northern_coast"
Categories: Lighthouses by coast
This page was last edited on 4 January 2026, at 10:12 (UTC).
Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.
Privacy policy
About Coast Wiki
Mobile view
""",
    # A wire release: its site's copyright notice closes the page.
    "wire-release.txt": """Skip to main content
Release Wire: news distribution
Send a Release
Search
Harbour ferry operator adds a second night crossing from June
News provided by
Isle Ferries Ltd
Apr 14, 2026, 09:00 ET
Isle Ferries Ltd said on Tuesday that it will add a second night crossing between Skarn and Port Elwin from June.
The company said demand on the night route had doubled since the bridge closed for repairs last autumn.
About Isle Ferries Ltd
Isle Ferries Ltd runs six ships on four routes. For more information visit www.isleferries.example.
Terms of Use  Privacy Policy  Site Map
Copyright © 2026 Release Wire Inc.
""",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, tuple[str, date | None]], dict[str, list[str]]]:
    return by_document(built_pages(tmp_path_factory.mktemp("pages"), PAGES))


def test_a_headline_ending_on_a_day_is_the_title_and_keeps_the_date(built):
    documents, passages = built
    assert documents["minutes.txt"] == ("Harbour Board Monthly Meeting Summary - March 3, 2026", date(2026, 3, 3))
    # the day the headline names is the meeting's, before the day it was posted; a menu's word under it is no part
    assert documents["statement.txt"] == ("Statement on the Board Meeting of Monday, 9 March 2026", date(2026, 3, 9))
    assert passages["statement.txt"][0].startswith("1. The board approved new quotas")
    report = ("River Delta: Drought - Situation Report No. 5 (as of 2 April 2026)", date(2026, 4, 3))
    assert documents["report.txt"] == report


def test_an_email_is_titled_by_its_headline_dated_by_its_header_and_loses_its_banner_and_footer(built):
    documents, passages = built
    assert documents["mail.txt"] == ("Reservoir levels back to normal after spring rains", date(2026, 5, 11))
    assert passages["mail.txt"][0].startswith("The water board said on Monday")
    assert not any("originated from outside" in text or "confidential" in text for text in passages["mail.txt"])


def test_a_pages_record_contact_pointers_and_copyright_at_the_foot_are_no_passages(built):
    _, passages = built
    wiki = passages["wiki.txt"]
    assert wiki[-1].startswith("The museum opens its tower")
    # a sentence of the article pointing to a site stays, with paragraphs under it
    assert any(text.startswith("For more information on the keepers") for text in wiki)
    assert passages["report.txt"][-1].startswith("Water trucks now reach")
    assert passages["wire-release.txt"][-1].startswith("Isle Ferries Ltd runs six ships")
