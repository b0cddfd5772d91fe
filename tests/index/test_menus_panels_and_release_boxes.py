"""Pages pasted whole in layouts met by a new user: a menu or a bar of buttons over the headline, a label over a list
of names, a Markdown page's heading under its menus, a committee's evidence session (question numbers before the
labels, the witness panel, its end line), a television transcript's long labels, a quote's sayer after a job, and a
release's boxes (a contact block, a donation box, its stamps). Fixtures written for these tests."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

STORY = [
    "The council will open the central library from ten in the morning to four in the afternoon on Sundays.",
    "The change starts on 5 July and costs about £38,000 a year, paid from the culture budget.",
]

JUDGMENT = [
    "The High Court of Orlan", "Home  Cases  Judgments  Sittings  About",
    "You are here: Home > Judgments > Press summary", "PRESS SUMMARY",
    "Tamsin Boats Ltd (Appellant) v Port of Erris Authority (Respondent)", "[2026] OHC 12",
    "On appeal from: [2025] OCA 77",
    "Judges: Lady Brannock (President), Lord Ferris, Lady Quill, Lord Oduya, Lord Penhale",
    "Judgment date: 4 March 2026", "",
    "BACKGROUND",
    "Tamsin Boats Ltd runs a boatyard on the south quay. In May 2025 the port authority refused to renew its lease.",
    "The court held that the authority had given proper notice, and it dismissed the appeal on 4 March 2026.",
]

# Must not change: a headline naming things after a colon, in lower case: no list of names.
STORM = [
    "Kelby Evening Post", "",
    "Storm Vell: ferries halted, schools shut and roads closed along the coast", "",
    "By Ana Lee", "12 March 2026", "",
    "The storm reached the coast early on Thursday and the ferries stayed in port all day long.",
    "Schools in four towns sent their pupils home at noon, the county council said on Thursday.",
]

MARKDOWN = [
    "[Skip to content](#content)", "", "**Kelby Borough Council**", "",
    "[Housing](https://kelby.example/housing) | [Libraries](https://kelby.example/libraries) | "
    "[Roads](https://kelby.example/roads) | [News](https://kelby.example/news)", "",
    "[Home](https://kelby.example/) > [News](https://kelby.example/news) > Libraries", "",
    "# Library opening hours extended on Sundays", "", "*Published 9 June 2026*", "",
    *STORY,
]

# Must not change: a Markdown page whose first heading is the site's name, over the headline.
MARKDOWN_SITE = [
    "# Kelby Borough Council", "", "## Library opening hours extended on Sundays", "", "*Published 9 June 2026*", "",
    *STORY,
]

SITREP = [
    "Relief Services", "ReliefNet | Humanitarian Funding Tracker | Response Plans | Data Exchange",
    "Kelby Province: River Floods - Situation Report No. 2", "Format: Situation Report", "Source: Relief Office",
    "Posted: 6 Apr 2026", "",
    "This report covers the week to 5 April 2026 and was written with the partners working in the province.",
    "Download Report (PDF | 2.37 MB)",
    "The river rose by 2.4 metres in two days and about 18,000 people left their homes in the lower valley.",
    "Download the report: it shows 1.5 million people live in the districts under a flood warning.",
]

# Must not change: a headline of two parts parted by a bar (no menu of three items).
LIVE = [
    "Kelby Evening Post", "", "River floods: what we know so far | Live updates", "", "By Sam Ode", "6 April 2026", "",
    "The river rose by 2.4 metres in two days and about 18,000 people left their homes in the valley.",
    "Rescue crews moved 300 patients from the hospital in the lower town on Sunday night.",
]

GAZETTE = [
    "Subscribe | Sign in", "The Kelby Gazette", "News  Sport  What's On  Homes  Jobs  Motors  Notices  Puzzles",
    "Trending: Harbour festival | Ring road works | Flood warning", "NEWS",
    "Parents oppose plan to merge two village schools", "By Tom Hart", "Education Reporter", "09:30, 3 MAR 2026", "",
    "Parents at Ashcombe and Little Brill schools have gathered 900 signatures against the plan to merge them.",
    "The county council will decide on 14 April whether to close the Little Brill site next summer.",
]

# Must not change: a headline with two spaces inside it.
SPACED = [
    "The Kelby Gazette", "", "Harbour  festival returns after three years away", "", "By Tom Hart", "3 March 2026",
    "",
    "The harbour festival will return in June for the first time since 2023, the organisers said on Tuesday.",
    "About 20,000 visitors are expected over the two days, with boat races and a market on the quay.",
]

HEARING = [
    "Regional Assembly of Orlan", "Home  Members  Committees  Business  Visit",
    "Committees > Transport Committee > Evidence sessions", "Transport Committee",
    "Oral evidence: Ferry timetables, HC 218", "Wednesday 4 March 2026",
    "Watch the meeting | Download transcript (PDF)",
    "Members present: Alys Morgan (Chair); Ben Tudor; Dr Carys Lloyd.", "Questions 1 - 6", "Witnesses",
    "I: Owen Price, Managing Director, Orlan Ferries; and Nia Evans, Operations Director, Orlan Ferries.", "",
    "Q1 Chair: Good morning. Mr Price, why were forty sailings cancelled in January?", "",
    "Owen Price: Good morning. Most of them were lost to the storms in the second week of January.", "",
    "Q2 Ben Tudor: How many passengers were left waiting?", "",
    "Nia Evans: About 2,300 passengers had to rebook, and we paid for 140 hotel rooms.", "",
    "Q3 Chair: When will the new timetable start?", "",
    "Owen Price: On 1 May, with two extra sailings on Fridays.", "",
    "The hearing concluded on 3 March with no change to the timetable.", "",
    "Chair: Thank you both. We will write to you with more questions.", "",
    "Examination of witnesses concluded.", "Back to top",
    "This is an uncorrected transcript of evidence taken in public.",
]

TELEVISION = [
    "Channel 4 Evening News", "Ferry Crews Vote To Strike", "Aired March 9, 2026 - 19:00 ET", "",
    "ANA REYES, CHANNEL 4 ANCHOR: Good evening. Ferry crews on the west coast voted today to strike from Monday.", "",
    "SAM ODE, CHANNEL 4 CORRESPONDENT: Ana, 81 percent of the crews who voted backed the strike.", "",
    "LENA PARK, HARBOUR MASTER: We will keep the harbour open for freight whatever happens.", "",
    "REYES: Sam, when do the talks resume?", "",
    "ODE: Both sides meet again on Thursday at the port offices.", "",
    "REYES: Sam Ode, thank you. After the break, the weather.",
]

RESULTS = """<html><head><title>Kelby Marine reports first quarter results</title>
<meta property="article:published_time" content="2026-04-28T07:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/investors">Investors</a></nav>
<main><article><h1>Kelby Marine reports first quarter results</h1>
<p>Kelby Marine delivered two ferries in the quarter and its revenue rose by 9 percent to NOK 1,210 million.</p>
<p>"The yard worked at full capacity and both ferries left on time," said Chief Executive Officer Mona Dahl.</p>
<p>"The order book has never been longer," said President Ivar Lund.</p>
<p>This information is subject to change if the second ferry's final payment is delayed past June.</p>
<h2>For further information, please contact:</h2>
<p>Lars Berg, CFO, +47 911 22 333<br>Eva Holm, Head of Investor Relations, ir@kelbymarine.example</p>
<p>This information is subject to the disclosure requirements pursuant to section 5-12 of the Kelby Securities Act.</p>
</article></main></body></html>"""

CHARITY = """<html><head><title>River Tolley spills doubled</title>
<meta property="article:published_time" content="2026-05-14T07:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/donate">Donate</a></nav>
<main><p class="kicker">Press release</p><h1>Sewage spills into the River Tolley doubled this spring</h1>
<p>Posted on 14 May 2026 by Tolley Rivers press office</p>
<p>EMBARGOED UNTIL 00:01 THURSDAY 14 MAY 2026</p>
<p>Storm overflows on the River Tolley spilled for 1,920 hours between February and April, twice last year's count.</p>
<p>Posted on every pier by the council, the warning signs went up on 3 March after the first samples.</p>
<p>Volunteers who donate their weekends took samples at nine sites every fortnight.</p>
<p class="contact">Media contact: Ruth Cole, 07700 900 654, press@tolleyrivers.example</p>
<section class="donate-box"><h2>Help us test the river</h2><p>Your donation pays for the kits our volunteers use.</p>
<a href="/donate">Donate now</a></section>
</main></body></html>"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = {
        "judgment.txt": "\n".join(JUDGMENT),
        "storm.txt": "\n".join(STORM),
        "library.md": "\n".join(MARKDOWN),
        "library-site.md": "\n".join(MARKDOWN_SITE),
        "sitrep.txt": "\n".join(SITREP),
        "live.txt": "\n".join(LIVE),
        "gazette.txt": "\n".join(GAZETTE),
        "spaced.txt": "\n".join(SPACED),
        "hearing.txt": "\n".join(HEARING),
        "television.txt": "\n".join(TELEVISION),
        "results.html": RESULTS,
        "charity.html": CHARITY,
    }
    index = built_pages(tmp_path_factory.mktemp("pages"), pages)
    return by_document(index, lambda passage: (passage.speaker, passage.text))


def _texts(built, name: str) -> list[str]:
    return [text for _, text in built[1][name]]


def test_a_label_over_a_list_of_names_is_no_title_but_a_headline_listing_things_is(built):
    assert built[0]["judgment.txt"][0] == "Tamsin Boats Ltd (Appellant) v Port of Erris Authority (Respondent)"
    assert built[0]["storm.txt"][0] == STORM[2]


def test_a_markdown_page_s_heading_under_its_menu_of_links_is_its_title(built):
    assert built[0]["library.md"] == ("Library opening hours extended on Sundays", date(2026, 6, 9))
    assert _texts(built, "library.md") == STORY
    assert built[0]["library-site.md"][0] == "Kelby Borough Council"


def test_a_menu_parted_by_bars_or_wide_spaces_is_no_title(built):
    assert built[0]["sitrep.txt"][0] == SITREP[2]
    assert built[0]["gazette.txt"] == ("Parents oppose plan to merge two village schools", date(2026, 3, 3))
    # a headline of two parts, or with two spaces inside, stays the title
    assert built[0]["live.txt"][0] == LIVE[2]
    assert built[0]["spaced.txt"][0] == "Harbour festival returns after three years away"


def test_a_download_button_with_the_file_s_size_is_no_passage(built):
    texts = _texts(built, "sitrep.txt")
    assert not any("Download Report" in text for text in texts)
    assert SITREP[-1] in texts  # a sentence opening on the word stays


def test_an_evidence_session_reads_its_header_its_members_turns_and_its_end(built):
    assert built[0]["hearing.txt"] == ("Oral evidence: Ferry timetables, HC 218", date(2026, 3, 4))
    passages = built[1]["hearing.txt"]
    assert [speaker for speaker, _ in passages] == [
        "Chair", "Owen Price", "Ben Tudor", "Nia Evans", "Chair", "Owen Price", "Chair",
    ]
    assert passages[0][1].startswith("Good morning. Mr Price")
    assert passages[-1][1] == "Thank you both. We will write to you with more questions."
    assert "The hearing concluded on 3 March with no change to the timetable." in passages[-2][1]  # a sentence stays
    assert not any(word in text for _, text in passages for word in ("Members present", "Questions 1", "I: Owen"))


def test_a_television_label_with_a_channel_s_number_in_the_role_opens_a_turn(built):
    passages = built[1]["television.txt"]
    assert passages[0] == ("REYES", TELEVISION[4].split(": ", 1)[1])
    assert passages[1][1] == TELEVISION[6].split(": ", 1)[1] and "ODE" in passages[1][0]
    assert passages[2][0] == "LENA PARK, HARBOUR MASTER"  # a role in words alone, as before


def test_a_quote_s_sayer_is_named_without_the_job_written_before_the_name(built):
    speakers = [speaker for speaker, _ in built[1]["results.html"]]
    assert speakers[1:3] == ["Mona Dahl", "President Ivar Lund"]  # one title before a name stays


def test_a_release_s_contact_block_stamps_and_donation_box_are_no_passages(built):
    # a disclosure note goes; a sentence of the release opening the same way stays
    assert _texts(built, "results.html")[-1] == (
        "This information is subject to change if the second ferry's final payment is delayed past June."
    )
    texts = _texts(built, "charity.html")
    assert texts == [
        "Storm overflows on the River Tolley spilled for 1,920 hours between February and April, twice last year's "
        "count.",
        "Posted on every pier by the council, the warning signs went up on 3 March after the first samples.",
        "Volunteers who donate their weekends took samples at nine sites every fortnight.",
    ]
