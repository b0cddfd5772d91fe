"""An article pasted from the web as it comes (select all, copy, paste into a text file): the site's chrome around
it is no passage, its headline is its title and its publication date is read; its own lines all stay."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

HEADLINE = "Tidal barrier at Marrowby to close for a month of repairs"
STANDFIRST = "Engineers will replace two of the six steel gates before the autumn storms arrive"
BODY = [
    "The Marrowby tidal barrier will shut on 3 March for four weeks while two of its gates are replaced, the river"
    " authority said on Monday.",
    "Boats will have to wait for the lock beside the barrier, which opens twice an hour during daylight.",
    "Why now",  # a subheading inside the article
    "The gates were last changed in 1998 and cracks were found in both of them during an inspection in the summer.",
    '"We would rather close it in March than lose it in November."',  # a one-sentence quote
    "Harbour traders said the closure would cost them a month of visitors, but most accepted it was needed.",
]
TOP = [
    "Your choices on this site",
    "We and our partners store small files on your device to remember your settings and count our visitors.",
    "Agree to all",
    "Choose settings",
    "The Estuary Herald",
    "Home",
    "Local",
    "Coast",
    "Weather",
    "Letters",
    "Coast",
    HEADLINE,
    STANDFIRST,
    "By Tomasz Wren",
    "Environment correspondent",
    "Published 4 February 2025, 7:40am",
    "Facebook",
    "WhatsApp",
    "Copy link",
    "57 comments",
    "The barrier seen from the north bank at low tide. Photograph: Ines Moll/The Estuary Herald",
]
MIDDLE = ["Also this week", "Ferry fares to rise by a tenth in April", "Ten walks along the old sea wall"]
BOTTOM = [
    "Never miss a tide",
    "Our free letter from the coast, every Thursday",
    "Your email",
    "Join",
    "Coast",
    "Rivers",
    "Marrowby",
    "Most viewed",
    "Lifeboat crew rescue two from sandbank",
    "Pier reopens after winter storms",
    "About us",
    "Work for us",
    "Complaints",
    "© 2025 Estuary Herald Ltd",
]
PAGE_LINES = [*TOP, *BODY[:1], *MIDDLE, *BODY[1:], *BOTTOM]

SPEECH = """Skip to main content
Menu
Home
Transport
Speech
Transport Secretary's address to the harbour pilots' conference
The Transport Secretary thanked the pilots for keeping the ports open through the winter.
From:
Department for Harbours and Rivers and The Rt Hon Ada Pell MP
Published
12 June 2025
Delivered on:
10 June 2025 (Transcript of the speech, exactly as it was delivered)
Location:
Marrowby, Estuary
It is good to be among the people who bring every ship home safely.
This winter you guided more ships through the estuary than in any winter since records began.
Updates to this page
Published 12 June 2025
Is this page useful?
Yes
No
"""

WIRE = """Skip to main content
Markets and news for professionals
Wires
World
Business
Sign In
World
Estuary pilots end walkout after pay deal
By Rosa Ibanez
March 9, 2025 6:42 AM GMT Updated 3 hours ago
Pilots wait at the quay in Marrowby, March 8, 2025. WIRES/Ines Moll Purchase Licensing Rights
MARROWBY, March 9 (Wires) - Harbour pilots ended a nine-day walkout on Sunday after the port agreed to pay more.
The first tankers are expected to enter the estuary on Monday morning, the port said.
Reporting by Rosa Ibanez; Editing by Ken Bale
Read Next
Tanker rates ease as queues clear
"""

MARKDOWN = """---
title: "Floods close the Marrowby road for a second day"
date: 2025-07-15
kind: article
---
MARROWBY (Wires) — Floodwater closed the coast road at Marrowby for a second day, the county said Tuesday.

![Water covers the coast road](road.jpg)
*Water covers the coast road at Marrowby, Tuesday, July 15, 2025. (Wires Photo/Ines Moll)*

Crews expect to pump the road dry by Wednesday evening.

**RELATED COVERAGE**
- [Sea wall repairs fall behind schedule](https://news.example.org/sea-wall)
- [What the new flood maps show](https://news.example.org/flood-maps)

Wires writer Ken Bale in Halden contributed to this report.
"""

STATEMENT = """An official website of the United States government
Here's how you know
Menu
Search
Home
Office of the Spokesperson
Press Releases
Condemning the Attack on the Aid Convoy in Tessoumi
Press Statement
Marco Ellery, Secretary of State
March 14, 2025
The United States condemns the attack on a marked aid convoy near Tessoumi on March 12, which killed four drivers.
We call on all parties to let humanitarian workers do their jobs safely.
Tags
Office of the Spokesperson
Tessoumi
Humanitarian Assistance
White House
USA.gov
Office of the Inspector General
Archives
Contact Us
Privacy Policy
"""

COLUMN = """Skip to main content
The Daily Tern
Search
Menu
Europe
Harbour pilots in Lisbon walk out over night pay
Strike halts tankers as talks collapse for a second time
Helena Sousa in Lisbon
Mon 17 Mar 2025 09.15 GMT
Last modified on Mon 17 Mar 2025 11.02 GMT
Share
Tankers queue off the mouth of the Tagus on Monday. Photograph: Rui Costa/Reuters
Harbour pilots in Lisbon stopped work on Monday morning, leaving a dozen tankers waiting at anchor outside the port.
The pilots' union said talks with the port authority had broken down for the second time in a week.
"We are not asking for the moon," said the union's leader, Marta Reis.
Explore more on these topics
Portugal
Europe
Shipping
Share
Reuse this content
Most viewed
"""

LABELLED = """Home
Blog
Transcripts
Council briefing on the storm
Ada Pell (00:02):
Every main road in the city is open again this morning, and the buses run to the usual timetable.
Reporter (00:31):
How many homes still have no power?
Ada Pell (00:35):
About eleven hundred, all of them on the east side of the river.
Share
Topics
"""

CLEAN = """Harbour levy to fund new lifeboat station
12 May 2024

The harbour board voted on Tuesday to raise the levy on visiting yachts to pay for a new lifeboat station.

The station will have:
Two boat halls
A training room
A shop

Building starts in the spring

Work is due to begin in April and should take a year, the board said.
"""


def build(root, files):
    for name, text in files.items():
        write(root, name, text)
    index_dir = root.parent / "index"
    report = build_index(root, index_dir)
    index = load_index(index_dir)
    by_path: dict[str, list[str]] = {}
    for passage in index.passages:
        by_path.setdefault(index.sources[passage.doc].path, []).append(passage.text)
    sources = {source.path: source for source in index.sources}
    return report, index, by_path, sources


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("pasted") / "corpus"
    wide = "\n\n".join(PAGE_LINES) + "\n"  # a blank line after every line, as some browsers copy
    glued = "\n".join(  # blank lines between paragraphs only: menus glued together
        f"\n{line}\n" if len(line) > 60 or line in BODY else line for line in PAGE_LINES
    )
    return build(
        root,
        {
            "news.txt": "\n".join(PAGE_LINES) + "\n",
            "news-wide.txt": wide,
            "news-glued.txt": glued,
            "speech.txt": SPEECH,
            "wire.txt": WIRE,
            "story.md": MARKDOWN,
            "clean.txt": CLEAN,
            "labelled.txt": LABELLED,
            "statement.txt": STATEMENT,
            "column.txt": COLUMN,
            "only-chrome.txt": "\n".join(TOP[4:11] + BOTTOM) + "\n",
        },
    )


@pytest.mark.parametrize("path", ["news.txt", "news-wide.txt", "news-glued.txt"])
def test_a_pasted_news_page_keeps_its_article_and_nothing_else_with_or_without_blank_lines(corpus, path):
    _, _, passages, sources = corpus
    assert passages[path] == [STANDFIRST, *BODY]
    assert sources[path].title == HEADLINE
    assert str(sources[path].date) == "2025-02-04"


def test_the_site_chrome_of_a_pasted_page_never_answers(corpus):
    _, index, _, _ = corpus
    searcher = Searcher(index)
    chrome = set(TOP + MIDDLE + BOTTOM) - {HEADLINE, STANDFIRST}
    for question in ("sign in subscribe share comments", "ferry fares rise April", "lifeboat crew sandbank"):
        assert not {hit.passage.text for hit in searcher.ask(question, k=10).hits} & chrome
    assert searcher.ask("why were the barrier gates changed?", k=1).hits[0].passage.text == BODY[3]


def test_a_speech_is_dated_the_day_it_was_delivered_and_titled_by_its_headline(corpus):
    _, _, passages, sources = corpus
    assert sources["speech.txt"].title == "Transport Secretary's address to the harbour pilots' conference"
    assert str(sources["speech.txt"].date) == "2025-06-10"
    assert passages["speech.txt"] == [line for line in SPEECH.splitlines() if line.startswith(("The ", "It ", "This"))]


def test_a_wire_story_reads_its_date_line_and_drops_its_byline_caption_and_credits(corpus):
    _, _, passages, sources = corpus
    assert sources["wire.txt"].title == "Estuary pilots end walkout after pay deal"
    assert str(sources["wire.txt"].date) == "2025-03-09"
    assert passages["wire.txt"] == [line for line in WIRE.splitlines() if line.startswith(("MARROWBY", "The first"))]


def test_a_markdown_article_drops_its_image_caption_related_links_and_contributors(corpus):
    _, _, passages, _ = corpus
    assert passages["story.md"] == [
        "MARROWBY (Wires) — Floodwater closed the coast road at Marrowby for a second day, the county said Tuesday.",
        "Crews expect to pump the road dry by Wednesday evening.",
    ]


def test_an_article_with_no_page_around_it_keeps_every_line(corpus):
    _, _, passages, sources = corpus
    assert sources["clean.txt"].title == "Harbour levy to fund new lifeboat station"
    kept = "\n".join(passages["clean.txt"])
    assert all(line in kept for line in CLEAN.splitlines()[2:] if line and line != "12 May 2024")


@pytest.mark.parametrize(
    ("path", "title", "day"),
    [
        ("statement.txt", "Condemning the Attack on the Aid Convoy in Tessoumi", "2025-03-14"),
        ("column.txt", "Harbour pilots in Lisbon walk out over night pay", "2025-03-17"),  # over a summary and author
    ],
)
def test_the_headline_is_the_longest_line_in_headline_form_over_the_date_line(corpus, path, title, day):
    """Over a kind line and an author line (``Press Statement``, ``Name, Secretary of State``), or over a summary
    and an author line."""
    _, _, passages, sources = corpus
    assert (sources[path].title, str(sources[path].date)) == (title, day)
    assert all(line.endswith((".", '"')) or line.startswith("Strike halts") for line in passages[path])


def test_a_short_question_under_a_label_line_stays(corpus):
    _, _, passages, _ = corpus
    assert "How many homes still have no power?" in passages["labelled.txt"]


def test_a_page_of_only_chrome_is_skipped_with_a_reason(corpus):
    report, _, passages, _ = corpus
    assert "only-chrome.txt" not in passages
    assert any("only-chrome.txt" in str(skipped) for skipped in report.skipped)
