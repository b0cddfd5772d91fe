"""Speakers and live entries new users found wrong on pasted pages: a parliament's verbatim record naming members with
their group (``Lena Varga (PPE). –``, ``Tomas Reyes, on behalf of the S&D Group. –``), ``MR. SMITH`` and ``MS.
SMITH`` on one page, a company whose name opens like a title (``Rep. Theatre said:``), a written statement's ``Made
by:`` field, a live blog whose entries open with their time (``**07:48** — …``), a thread of posts saved from a
browser as a web page; and their look-alikes, which stay as they were. Fixtures written for these tests, in the
layouts of such pages."""

from datetime import date
from operator import attrgetter

import pytest

from tests.conftest import built_pages, by_document

VERBATIM = """European Parliament
Verbatim report of proceedings
Wednesday, 11 March 2026 - Strasbourg
4. Safety of inland ferries (debate)

President. – The next item is the debate on the safety of inland ferries.

Lena Varga (PPE). – Madam President, our ferries carry two million people a year and half of them are old.

Tomas Reyes, on behalf of the S&D Group. – Madam President, the crews need training before they need new hulls.

Ilse Brandt (Verts/ALE), rapporteur. – (DE) Madam President, the money must reach the small operators.

Jan Holm, Member of the Commission. – Madam President, the Commission will table a proposal in June.

President. – The debate is closed.

The vote – by roll call – will take place tomorrow.
"""

FERRY_NEWS = """Ferry money splits the chamber

11 March 2026

Members met in Strasbourg on Wednesday. The vote – the first on ferries in ten years – is due on Thursday.

Lena Varga (PPE) voted against the last report – and says she will do so again.

Kell Harbour Board (KHB). – Meets on Friday at noon in the old customs house.
"""

TWO_SMITHS = """TOWN HALL MEETING ON THE HARBOUR WALL
March 3, 2026

MR. SMITH: Good evening. The wall was built in 1962 and it has never been raised.

MS. SMITH: I live on the front. The water came into my kitchen twice this winter.

MR. SMITH: We will raise the wall by a metre next year.

MS. SMITH: A metre is not enough for the houses at the north end.

MR. SMITH: Then we will look at the north end again in the spring.
"""

ONE_SMITH = """TOWN HALL MEETING ON THE SEA FRONT
March 4, 2026

MR. SMITH: Good evening. The front was paved in 1980 and the paving is breaking up.

MS. ORR: The lamps on the front have been dark since October.

SMITH: The lamps will be mended this month.

MS. ORR: And the benches?

SMITH: The benches come after the lamps.
"""

STAGE = """Arts grant cut hits the harbour stage

12 May 2026

The council has cut its grant to three venues in Kell by a fifth this year.

Rep. Theatre said: "We will have to drop the winter season unless a sponsor comes forward."

Rep. Ann Cole said: "I will ask the arts ministry to make up the difference this autumn."

The council meets again in June.
"""

STATEMENT = """Hansard
Written statements

Harbour Dredging Grants

Volume 790: made on 9 June 2026
Statement UIN HCWS530

Department for Transport

Made by: Owen Pask (Minister of State for Maritime)

I am today announcing grants of 14 million pounds for the dredging of six small harbours on the east coast.

The first works will begin at Wellhaven in September 2026.

Share this specific statement
"""

CRAFTS = """Harbour crafts fair returns

The crafts fair returns to Wellhaven harbour this weekend with 60 stalls, the organisers said.

Made by hand: every basket on the stall of the Pask family is woven from willow grown on their land.
"""

KETTLE = """Kell Kitchens stone kettle

Made by: Kell Kitchens Ltd

The kettle boils a litre of water in three minutes.

It comes in grey or sand.
"""

STORM = """Storm Edda: ferries cancelled across the west coast – live

Tuesday 10 February 2026

**07:48** — The first ferries of the morning have been cancelled at three ports, the operator says.

**08:15** — Winds of 80 mph were recorded on the headland overnight.

**09:02** — Schools in two towns will open late.

Buses will run as normal, the council says.

**09:40** — The coastguard asks people to keep away from the sea front.
"""

FLOOD = """Flood warnings on the Kell river: live updates

Tuesday 10 February 2026

07:10 – The river rose past the old bridge gauge during the night.

07:55 – Two roads into the town are closed.

08:30 – Sandbags are being handed out at the fire station.
"""

TIMETABLE = """Winter ferry timetable for Kell

Tuesday 10 February 2026

07:10 – The first ferry leaves Kell for the islands.

07:55 – The second ferry leaves once the mail is on board.

08:30 – The third ferry calls at the north pier.
"""



def _x_post(name: str, handle: str, when: str, text: str, counts: tuple[str, str, str]) -> str:
    """A post as a saved X page holds it: its own ``<article>``, the author and the handle in links, time, counts."""
    return f"""<article role="article"><div data-testid="User-Name">
<div><a href="/{handle}"><span>{name}</span></a></div>
<div><a href="/{handle}"><span>@{handle}</span></a></div></div>
<div data-testid="tweetText" lang="en"><span>{text}</span></div>
<a href="/{handle}/status/1"><time>{when}</time></a>
<div role="group"><div><span>{counts[0]}</span></div><div><span>{counts[1]}</span></div>
<div><span>{counts[2]}</span></div></div>
</article>"""


X_THREAD = f"""<!DOCTYPE html><html lang="en"><head><title>Kell Harbour Police on X: "Road closures" / X</title></head>
<body><div id="react-root">
<header role="banner"><nav><a href="/home">Home</a><a href="/explore">Explore</a></nav></header>
<main role="main"><div><h2>Post</h2><section>
{_x_post("Kell Harbour Police", "kellpolice", "9:41 PM · Jan 12, 2026",
         "The harbour road is closed from the swing bridge to the ferry terminal while a crane is moved.",
         ("14", "52", "3.1K"))}
{_x_post("Mira Castell", "miracastell", "9:55 PM · Jan 12, 2026",
         "Does that include the footpath along the north quay?", ("1", "2", "410"))}
{_x_post("Kell Harbour Police", "kellpolice", "10:02 PM · Jan 13, 2026",
         "The footpath opens again at six this morning.", ("3", "9", "780"))}
</section></div></main><aside><h2>Who to follow</h2><p>Kell Council</p></aside></div></body></html>
"""


def _sky_post(name: str, handle: str, when: str, text: str) -> str:
    """A post as a saved Bluesky page holds it: blocks of its own, no ``<article>``."""
    return f"""<div><div><a href="/profile/{handle}">{name}</a></div>
<div><a href="/profile/{handle}">@{handle}</a></div>
<div>{text}</div><div>{when}</div><div><button>Reply</button> <button>Repost</button> <span>4</span></div></div>"""


SKY_THREAD = f"""<html><head><title>Thread by @ferrywatch.bsky.social - Bluesky</title></head><body><main>
{_sky_post("Ferry Watch", "ferrywatch.bsky.social", "January 14, 2026 at 7:05 AM",
           "Both morning sailings from Kell are cancelled because of the swell.")}
{_sky_post("Ada Moss", "adamoss.bsky.social", "January 14, 2026 at 7:20 AM", "Is the afternoon boat still running?")}
{_sky_post("Ferry Watch", "ferrywatch.bsky.social", "January 14, 2026 at 7:31 AM", "The operator will decide at noon.")}
</main></body></html>
"""

STORY_AND_TEASERS = """<html><head><title>Harbour wall to be raised - Kell Courier</title></head><body><main>
<article><h1>Harbour wall to be raised</h1><p class="date">3 March 2026</p>
<p>The council will raise the harbour wall by a metre next year, its leader said on Tuesday.</p>
<p>Work will start in April and take about five months, with the north end done first.</p></article>
<article><h2>Ferry fares to rise</h2><p>Fares go up by five per cent in May.</p></article>
<article><h2>New lamps on the front</h2><p>The lamps will be mended this month.</p></article>
</main></body></html>
"""

SHORT_VERBATIM = """Verbatim report of proceedings
Wednesday, 14 October 2026 - Strasbourg

3. Fishing quotas in the Baltic (debate)

President. – The next item is the debate on fishing quotas in the Baltic.

Lena Varga (PPE). – Madam President, the cod stock has fallen by a third in five years.

Klaus Neubauer, on behalf of the S&D Group. – Madam President, we support a cut of twenty per cent.

Jan Holm, Member of the Commission. – The Commission will propose the new figures in December.
"""

HARBOUR_NEWS = """Two boards meet on the harbour

14 October 2026

The harbour will be dredged next spring, the council said on Wednesday.

Kell Harbour Board (KHB). – Meets on Friday at noon in the old customs house.

Skarn Ferry Users (SFU). – Meets on Monday in the library.

Dunmore Sea Scouts (DSS). – Meets on Tuesday at the slipway.

The dredger is due in March.
"""

PAGES = {
    "verbatim.txt": VERBATIM,
    "short-verbatim.txt": SHORT_VERBATIM,
    "harbour-news.txt": HARBOUR_NEWS,
    "ferry-news.txt": FERRY_NEWS,
    "two-smiths.txt": TWO_SMITHS,
    "one-smith.txt": ONE_SMITH,
    "stage.txt": STAGE,
    "statement.txt": STATEMENT,
    "crafts.txt": CRAFTS,
    "kettle.txt": KETTLE,
    "storm.txt": STORM,
    "flood.txt": FLOOD,
    "timetable.txt": TIMETABLE,
    "x-thread.html": X_THREAD,
    "sky-thread.html": SKY_THREAD,
    "story.html": STORY_AND_TEASERS,
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("leftovers") / "corpus", PAGES)
    return by_document(index, attrgetter("text", "speaker", "date"))[1]


def spoken(read, path):
    return [(speaker, text) for text, speaker, _ in read[path]]


def test_a_verbatim_record_s_members_speak_without_their_group(read):
    turns = spoken(read, "verbatim.txt")
    assert [speaker for speaker, _ in turns] == [
        "President", "Lena Varga", "Tomas Reyes", "Ilse Brandt", "Jan Holm, Member of the Commission", "President",
    ]
    assert turns[1][1] == "Madam President, our ferries carry two million people a year and half of them are old."
    assert turns[3][1].startswith("(DE) Madam President, the money")


def test_a_short_record_whose_four_speakers_each_speak_once_is_read_as_turns(read):
    turns = spoken(read, "short-verbatim.txt")
    assert [speaker for speaker, _ in turns] == [
        "President", "Lena Varga", "Klaus Neubauer", "Jan Holm, Member of the Commission",
    ]
    assert turns[1][1] == "Madam President, the cod stock has fallen by a third in five years."
    news = spoken(read, "harbour-news.txt")  # such lines in a story, none a title's: no speakers
    assert {speaker for speaker, _ in news} == {None}
    assert "Skarn Ferry Users (SFU). – Meets on Monday in the library." in {t for _, t in news}


def test_a_sentence_with_a_dash_is_no_turn_in_a_record_nor_in_an_article(read):
    assert spoken(read, "verbatim.txt")[-1] == (
        "President", "The debate is closed.\n\nThe vote – by roll call – will take place tomorrow.")
    news = spoken(read, "ferry-news.txt")
    assert {speaker for speaker, _ in news} == {None}
    assert ("Lena Varga (PPE) voted against the last report – and says she will do so again.") in {t for _, t in news}
    assert "Kell Harbour Board (KHB). – Meets on Friday at noon in the old customs house." in {t for _, t in news}


def test_mr_and_ms_of_one_surname_are_two_speakers(read):
    assert [speaker for speaker, _ in spoken(read, "two-smiths.txt")] == [
        "MR. SMITH", "MS. SMITH", "MR. SMITH", "MS. SMITH", "MR. SMITH",
    ]


def test_a_surname_alone_beside_one_titled_label_is_still_that_person(read):
    speakers = [speaker for speaker, _ in spoken(read, "one-smith.txt")]
    assert len(set(speakers)) == 2
    assert speakers[0] == speakers[2] == speakers[4] != speakers[1]


def test_a_company_whose_name_opens_like_a_title_is_no_sayer(read):
    said = {text: speaker for speaker, text in spoken(read, "stage.txt")}
    assert said['Rep. Theatre said: "We will have to drop the winter season unless a sponsor comes forward."'] is None
    assert said['Rep. Ann Cole said: "I will ask the arts ministry to make up the difference this autumn."'] == (
        "Rep. Ann Cole")


def test_a_written_statement_s_paragraphs_are_the_words_of_the_member_who_made_it(read):
    found = spoken(read, "statement.txt")
    assert found[-2:] == [
        ("Owen Pask", "I am today announcing grants of 14 million pounds for the dredging of six small harbours on the"
                      " east coast."),
        ("Owen Pask", "The first works will begin at Wellhaven in September 2026."),
    ]
    assert all(speaker is None for speaker, text in found[:-2])


def test_made_by_hand_names_no_writer(read):
    assert {speaker for speaker, _ in spoken(read, "crafts.txt")} == {None}


def test_a_maker_named_with_no_role_writes_no_paragraph(read):
    assert {speaker for speaker, _ in spoken(read, "kettle.txt")} == {None}


def test_a_live_blog_s_entries_opening_with_their_time_are_of_the_page_s_day(read):
    storm = {text: day for text, _, day in read["storm.txt"]}
    assert storm["**07:48** — The first ferries of the morning have been cancelled at three ports, the operator says."
                 ] == date(2026, 2, 10)
    assert storm["Buses will run as normal, the council says."] == date(2026, 2, 10)  # in the 09:02 entry
    flood = [(text, day) for text, _, day in read["flood.txt"] if text[:1].isdigit()]
    assert flood == [
        ("07:10 – The river rose past the old bridge gauge during the night.", date(2026, 2, 10)),
        ("07:55 – Two roads into the town are closed.", date(2026, 2, 10)),
        ("08:30 – Sandbags are being handed out at the fire station.", date(2026, 2, 10)),
    ]


def test_times_opening_paragraphs_of_a_page_that_is_not_live_date_nothing(read):
    assert [day for text, _, day in read["timetable.txt"] if text[:1].isdigit()] == [None, None, None]


def test_a_saved_x_thread_gives_each_post_its_author_and_its_day(read):
    assert read["x-thread.html"] == [
        ("The harbour road is closed from the swing bridge to the ferry terminal while a crane is moved.",
         "Kell Harbour Police", date(2026, 1, 12)),
        ("Does that include the footpath along the north quay?", "Mira Castell", date(2026, 1, 12)),
        ("The footpath opens again at six this morning.", "Kell Harbour Police", date(2026, 1, 13)),
    ]


def test_a_saved_bluesky_thread_gives_each_post_its_author(read):
    assert [(speaker, day) for _, speaker, day in read["sky-thread.html"]] == [
        ("Ferry Watch", date(2026, 1, 14)), ("Ada Moss", date(2026, 1, 14)), ("Ferry Watch", date(2026, 1, 14)),
    ]


def test_a_story_page_with_teasers_in_articles_is_read_as_its_story(read):
    assert [(text, speaker) for text, speaker, _ in read["story.html"]] == [
        ("The council will raise the harbour wall by a metre next year, its leader said on Tuesday.", None),
        ("Work will start in April and take about five months, with the north end done first.", None),
    ]
