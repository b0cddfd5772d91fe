"""Pasted pages from more sites: a date line written in numbers, with a place before it or a time or a word glued
to it, is read (a day whose order of day and month is unsure is not); a date line over the headline dates the page;
a headline over its summary is the title, whatever site lines stand between the summary and the byline; a page
stamped only when updated takes that day when its story names the day's weekday. A transcript's title is none of
the lines between a headline and its date (a programme line, a summary, a caption, a byline and its role), and a
line its header gives twice is its title. A saved page's dated update headers date the paragraphs under them, as in a
pasted one. A headline in capitals in a label's form (``Disaster: Who Locked the Gate?``) over a broadcast's date
line is the title, not a turn. A ``Dated:`` line dates a release; a menu pasted twice is no title when a kind line
stands between the headline and its date line. A record's header line naming the day its date line gives is its
title. A video page's date line under its counts and buttons dates it by the title six lines up. A label with a short
value (``Editor: Name``) and a printed page's running header (``… Page 1 of 1``) are no headline, nor is the line
under an e-mail's ``Date:`` header (its subject is the title)."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

MENU = ["Harbour Union External Office", "Skip to main content", "Home", "Delegations", "Press material"]
REMARKS = "Council of Ministers: Remarks by the Harbour Commissioner on her arrival"
SPOKEN = [
    "Remarks",
    "Good morning.",
    "Today the ministers will look at the ferry links, because last night the two ports signed the new timetable.",
    "Then we will turn to the fishing quotas, which run out at the end of the summer season this year.",
    "I hope that we can agree on both before the end of the day, and I will brief you again this evening.",
]
STORY = [
    "Skip to main content",
    "Home",
    "News",
    "Europe",
    "Sport",
    "Fishing crews block the harbour mouth as quota talks stall",
    "Crews moored some forty trawlers across the harbour mouth on Friday as talks on the new quotas went nowhere.",
]
BODY = [
    "The blockade began at first light, when boats from the northern villages joined those already in port.",
    "By noon the harbour master said no cargo ship had entered or left since the early morning tide.",
    "The ministry said it would meet the crews' union again next week, but made no new offer on the quotas.",
]


SUMMARY = "The harbour board said the old pier would open again in the spring, two years after storms closed it."
AUDIO = ["Listen to this piece · 4:10 min", "Share full story", "Gulls on the old pier at dawn.Credit...Lina Orme"]
PAPER = [*STORY[:5], "Harbour Board Agrees to Reopen the Old Pier After Storm Repairs", SUMMARY, *AUDIO]
BULLETIN = [
    *STORY[:4],
    "Harbour traffic, Caldmere: February 2026",
    "Ships in and out of Caldmere harbour, by kind of cargo and by berth, with the tonnage landed each month.",
    "This is the latest bulletin. See earlier bulletins",
    "Official statistics",
    "Release date:",
    "12 March 2026",
    "Next release:",
    "9 April 2026",
]
TOPPED = [*STORY[:5], "Mar 15, 2026 - Harbour & Coast", "Scoop: Port weighs a fee holiday for the fishing fleet",
          "Ada Quell", "Illustration: Lina Orme/Quay", *BODY]

WIRE = [*STORY[:6], "By ADA QUELL", "Updated 4:12 PM EDT, March 16, 2026", "Share"]
AHEAD = "The crews' union will meet the ministry on Monday, its leader said, as the quota talks stalled."
TRENDING = ["Trending", "Tide tables", "Ferry times", "Harbour webcam"]
DESK = "Desk / Quay.example / Updated: Mar 17, 2026, 19:06 IST"
LEAD = "Crews moored forty trawlers across the harbour mouth, the harbour master said {}, as quota talks stalled."

TURNS = [
    "NORA VANE: Minister, the fleet says the fee will sink the smaller boats. Why keep it?",
    "ODO MARSH: Because the harbour needs dredging, Nora, and the fee pays for it. The small boats pay least.",
    "NORA VANE: Will you meet the crews?",
    "ODO MARSH: I will see them on Friday in the harbour office, as I promised last week.",
]
RADIO = ["Skip to main content", "Coast Radio", "Listen", "Programs", "Podcasts", "Coast Mornings",
         "Minister refuses to drop the harbour fee for small boats", "On Coast Mornings with Nora Vane",
         "Broadcast Wed 11 Mar 2026 at 7:45am", "Play", *TURNS]
INTERVIEW = [
    "The Quay Times", "Subscribe", "Sign in", "News", "Business", "Opinion", "COAST / POLITICS",
    "'The harbour is our lifeline,' says port minister",
    "Port minister Odo Marsh talks about the harbour fee, the dredging plan and why he wants fewer ships at anchor",
    "Port minister Odo Marsh speaks during an interview in Caldmere on March 18. | Lina Orme",
    "By Ada Quell", "Staff writer", "Mar 20, 2026", "Share/Save", *TURNS,
]
HEARING = [
    "[House Hearing 12-40]", "[From the Assembly Printing Office]", "A. Hrg. 12-40",
    "DREDGING OF THE NORTHERN HARBOUR", "HEARING", "BEFORE THE", "COMMITTEE ON PORTS", "MARCH 3, 2026",
    "Printed for the use of the Committee on Ports", "DREDGING OF THE NORTHERN HARBOUR", "TUESDAY, MARCH 3, 2026",
    *TURNS,
]
DREDGING = "Dredging of the Northern Harbour"
CHANNEL = ["Return to Transcripts main page", "Harbour Tonight",
           "Dredging Starts at Northern Harbour; Crews Threaten Second Blockade Over Fees",
           "Aired March 4, 2026 - 17:00 ET", *TURNS]

ASKED = ["HARBOUR NEWS NETWORK", "THE EVENING TIDE WITH NORA VANE", "Quay Collapse: Who Ignored the Cracks?",
         "Aired March 4, 2026 - 21:00 ET", "[21:00:12]", *TURNS]

NUMBERED = ["Harbour Board Public Relations", "Home", "Press Releases", "Media", "Contact", "Press Release",
            "No PR-12/2026-HB", "Dated: November 17, 2026", "Caldmere - November 17, 2026:", *BODY]
KINDED = ["Skip to main content", "GOV.QUAY", "Home", "Harbour Board Office", "Search", "Home", "Harbour Board Office",
          "Press Releases", "Harbour Master Remarks at the Start of the Weekly Board Meeting", "Press Release",
          "Date: 22.11.2026", "Topics:", "Fisheries", "Ports", *BODY]

SITTING = ["Skip to main content", "The Harbour Assembly", "Members", "Chamber and committees", "Official Record",
           "Sitting of the Assembly 12 November 2026", "Sitting date: Thursday, November 12, 2026",
           "Agenda: Questions to the Harbour Master", *TURNS]

VIDEO = ["Harbour Board Weekly Update - Dredging Delays Explained", "Port of Caldmere", "2.1K subscribers", "Subscribe",
         "34", "Share", "1,204 views  Streamed live on Mar 12, 2026", *BODY]

WIRED = ["Home | Coast | World | Business | Photos", "Source: Quay News Agency", "Editor: Ada Quell",
         "2026-06-09 18:32:10", "Caldmere opens its new deep-water berth", *BODY]
PRINTED = ["OFFICE OF THE HARBOUR MASTER FOR THE NORTHERN COAST          Page 1 of 1", "MEDIA STATEMENT",
           "FOR IMMEDIATE RELEASE", "11 November 2026", "Harbour Master confirms new berth for the ferry fleet", *BODY]

MAILED = ["From: Harbour Bulletin <bulletin@harbour.example>", "To: crews@lists.example",
          "Date: Thu, 15 Jan 2026 07:30:12 +0000", "Subject: Bulletin: new berth dates for the ferry fleet",
          "View this email in your browser", "", "CALDMERE HARBOUR BULLETIN", "Issue 112 | January 2026", "",
          "Dear crews,", "", *BODY]
RELEASED = [*MAILED[:4], "", "FOR IMMEDIATE RELEASE", "14 January 2026", "", "Harbour Board opens the new ferry berth",
            "", *BODY]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One real index of every page: (title, date) by file name."""
    root = tmp_path_factory.mktemp("pages") / "corpus"
    files = {
        "placed.txt": [*MENU, REMARKS, "Lisbon, 17/04/2026 - 08:40, REF NO: 260417_2", *SPOKEN],
        # Must not change: a day that may be the 5th of April or the 4th of May dates nothing.
        "unsure.txt": [*MENU, REMARKS, "Lisbon, 05/04/2026 - 08:40, REF NO: 260405_2", *SPOKEN],
        "issued.txt": [*STORY, "Issued on: 13/03/2026 - 14:22Modified: 13/03/2026 - 16:05", *BODY],
        "glued.txt": [*STORY, "March 14, 2026Updated 7:12 a.m. ET", *BODY],
        "paper.txt": [*PAPER, "By Ada Quell", "Reporting from Caldmere", "March 16, 2026", *BODY],
        # Must not change: a summary right under its headline, then the byline.
        "plain_paper.txt": [*PAPER[:7], "By Ada Quell", "March 16, 2026", *BODY],
        "bulletin.txt": [*BULLETIN, *BODY],
        "topped.txt": TOPPED,
        "wire.txt": [*WIRE, LEAD.format("Monday"), *BODY],
        "desk.txt": [*WIRE[:6], *TRENDING, STORY[5], DESK, LEAD.format("on Tuesday"), *BODY],
        "radio.txt": RADIO,
        "interview.txt": INTERVIEW,
        "hearing.txt": HEARING,
        # Must not change: a date line given twice is no title.
        "dated_twice.txt": [DREDGING, "Tuesday, March 3, 2026", "Committee on Ports", "Tuesday, March 3, 2026", *TURNS],
        # Must not change: a headline in capitals under its programme's name is no summary.
        "channel.txt": CHANNEL,
        "asked.txt": ASKED,
        "numbered.txt": NUMBERED,
        "video.txt": VIDEO,
        "wired.txt": WIRED,
        "mailed.txt": MAILED,
        # Must not change: a release sent by e-mail, with its own date line and headline.
        "released.txt": RELEASED,
        "printed.txt": PRINTED,
        # Must not change: no line in headline form over the counts, so no headline and no date.
        "counts.txt": ["Home", "Videos", *VIDEO[2:]],
        "sitting.txt": SITTING,
        # Must not change: a line naming another day than the date line's is not taken for it.
        "other_day.txt": [*SITTING[:5], "Sitting of the Assembly 10 November 2026", *SITTING[6:]],
        "kinded.txt": KINDED,
        # Must not change: a short question in a label's form over the answer is a turn.
        "turn.txt": [*TURNS[:2], "Q: Will The Ferry Run?", TURNS[3]],
        # Must not change: the story names another weekday, so the update may be days after it; or that weekday in a
        # clause ahead of the news (March 16, 2026 is a Monday).
        "later.txt": [*WIRE, LEAD.format("on Friday"), *BODY],
        "ahead.txt": [*WIRE, AHEAD, *BODY],
        # Must not change: a release's ``Date:`` field over its other fields, then the headline.
        "fields.txt": [*STORY[:5], "Date: 3 March 2026", "Contact: Press Office", STORY[5], *BODY],
    }
    heads, passages = by_document(built_pages(root, {name: "\n".join(lines) + "\n" for name, lines in files.items()}))
    return {path: (*heads[path], passages.get(path, [])) for path in heads}


def test_a_date_line_in_numbers_after_a_place_is_read_and_the_headline_over_it_is_the_title(built):
    assert built["placed.txt"][:2] == (REMARKS, date(2026, 4, 17))
    assert built["unsure.txt"][1] is None


def test_a_date_line_with_a_time_or_a_word_glued_to_it_is_read(built):
    assert built["issued.txt"][:2] == (STORY[5], date(2026, 3, 13))
    assert built["glued.txt"][:2] == (STORY[5], date(2026, 3, 14))


def test_a_headline_over_its_summary_is_the_title_past_the_sites_lines_over_the_byline(built):
    assert built["paper.txt"][:2] == (PAPER[5], date(2026, 3, 16))
    assert built["plain_paper.txt"][:2] == (PAPER[5], date(2026, 3, 16))
    assert built["bulletin.txt"][:2] == (BULLETIN[4], date(2026, 3, 12))


def test_a_date_line_over_the_headline_dates_the_page_and_a_headline_may_open_with_a_label(built):
    assert built["topped.txt"][:2] == (TOPPED[6], date(2026, 3, 15))
    assert built["fields.txt"][:2] == (STORY[5], date(2026, 3, 3))


def test_a_page_stamped_only_when_updated_takes_that_day_when_its_story_names_the_weekday(built):
    assert built["wire.txt"][:2] == (STORY[5], date(2026, 3, 16))
    assert built["desk.txt"][:2] == (STORY[5], date(2026, 3, 17))
    assert built["later.txt"][:2] == (STORY[5], None)
    assert built["ahead.txt"][:2] == (STORY[5], None)


def test_a_transcripts_title_is_its_headline_not_a_programme_line_a_summary_a_caption_or_a_role(built):
    assert built["radio.txt"][:2] == (RADIO[6], date(2026, 3, 11))
    assert built["interview.txt"][:2] == (INTERVIEW[7], date(2026, 3, 20))
    assert built["channel.txt"][:2] == (CHANNEL[2], date(2026, 3, 4))


def test_a_line_a_records_header_gives_twice_is_its_title_not_its_number(built):
    assert built["hearing.txt"][:2] == (HEARING[3], date(2026, 3, 3))
    assert built["dated_twice.txt"][:2] == (DREDGING, date(2026, 3, 3))


UPDATE = "<p><strong>UPDATE {} – March {}, 2027, {}</strong></p><p>{}</p>"
NEWS = [
    (3, 9, "3:30 PM", "The quay reopened to lorries at 3 PM. Coaches must still wait for the load test."),
    (2, 7, "11:00 AM", "Divers found a cracked quay footing. Repairs will take at least two days, engineers said."),
    (1, 6, "6:10 AM", "The quay was closed after a ferry struck its corner overnight. Nobody was hurt."),
]


def test_dated_update_headers_of_a_saved_page_date_the_paragraphs_under_them(tmp_path):
    head = "<html><body><main><article><h1>Harbour Quay Closure Updates</h1><p>Last updated: March 9, 2027 4:00 PM</p>"
    pages = {
        "updates.html": head + "".join(UPDATE.format(*news) for news in NEWS) + "</article></main></body></html>",
        # Must not change: one update only, so the page's date stands for its paragraph.
        "one.html": head + UPDATE.format(*NEWS[0]) + "</article></main></body></html>",
    }
    _, passages = by_document(built_pages(tmp_path / "corpus", pages), lambda p: (p.text, p.date, p.section))
    assert (NEWS[2][3], date(2027, 3, 6), "UPDATE 1 – March 6, 2027, 6:10 AM") in passages["updates.html"]
    assert (NEWS[1][3], date(2027, 3, 7), "UPDATE 2 – March 7, 2027, 11:00 AM") in passages["updates.html"]
    assert (NEWS[0][3], None, None) in passages["one.html"]


def test_a_headline_in_a_labels_form_over_a_broadcasts_date_line_is_its_title_and_no_passage(built):
    assert built["asked.txt"][:2] == (ASKED[2], date(2026, 3, 4))
    assert ASKED[2] not in built["asked.txt"][2] and ASKED[3] not in built["asked.txt"][2]
    assert "Will The Ferry Run?" in built["turn.txt"][2]


def test_a_dated_label_dates_a_release_and_a_repeated_menu_over_a_kind_line_is_no_title(built):
    assert built["numbered.txt"][1] == date(2026, 11, 17)
    assert built["kinded.txt"][:2] == (KINDED[8], date(2026, 11, 22))


def test_a_records_header_line_naming_the_day_of_its_date_line_is_its_title(built):
    assert built["sitting.txt"][:2] == (SITTING[5], date(2026, 11, 12))
    assert built["other_day.txt"][0] == "Official Record"


def test_a_video_pages_date_line_under_its_counts_and_buttons_dates_it(built):
    assert built["video.txt"][:2] == (VIDEO[0], date(2026, 3, 12))
    assert built["counts.txt"][1] is None


def test_a_label_with_a_short_value_or_a_running_header_is_no_headline(built):
    assert built["wired.txt"][:2] == (WIRED[4], date(2026, 6, 9))
    assert built["printed.txt"][:2] == (PRINTED[4], date(2026, 11, 11))
    assert built["topped.txt"][0].startswith("Scoop: ")  # must not change: a label before a headline's words


def test_the_line_under_an_emails_date_header_is_no_headline_and_its_subject_is_the_title(built):
    assert built["mailed.txt"][:2] == ("Bulletin: new berth dates for the ferry fleet", date(2026, 1, 15))
    assert built["released.txt"][0] == "Harbour Board opens the new ferry berth"
