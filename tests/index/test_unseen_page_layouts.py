"""Pages laid out as sites the readers were not built on lay them out: labels with their values on the next line,
numeric dates written day first, headlines under lists or asking a question, a quotation's attribution line, a
newsletter box inside an article, a date line outside an HTML page's article."""

import pytest

from index.builder import build_index
from index.store import load_index
from tests.conftest import write

DOORSTOP = """Speeches of the Premiers
Okafor, Dana
Term in office: 03/04/2024 -
Issue Date:
21/10/2025
Item type:
Transcript
Record no:
7731
Doorstop - Kestrel Bay wharf
PREMIER: Morning all. The new wharf opens to the ferries on Friday.
JOURNALIST: Premier, what did it cost in the end?
PREMIER: Twelve million, two under the budget.
JOURNALIST: Will the fares go up?
PREMIER: Not this year.
"""

PRESIDENCY = """Office of the President of Morland
Events
News
Meeting with the mayor of Dunholt
The President and the mayor discussed the new tram line and the repairs to the river wall.
October 9, 2025 - 11:20 - The Castle Hall, Dunholt City
President Anna Vik: Good morning. Let us start with the river wall, since the winter is close.
Mayor Tomas Brede: Good morning, Madam President. The wall was finished last week, ahead of time.
Anna Vik: And the tram line?
Tomas Brede: The first trams run in the spring.
Anna Vik: Then we will ride the first one together.
Tomas Brede: Gladly, Madam President.
"""

US_HEADER = """Press Gaggle by the Press Secretary
Aboard the Coast Guard cutter
06/10/2025
MS. ORTIZ: Good afternoon. Two things before questions.
Q: Where are we headed next?
MS. ORTIZ: To the harbour in the morning.
Q: And the budget?
MS. ORTIZ: It goes out on Monday.
"""

LISTED = """Skip to content
The Weir Valley Courier
Sign in
Popular now:
Road closures
Ferry timetable
Festival parking changes
Ferry operator cuts winter sailings to the islands by a third
By Ruth Abara | r.abara@courier.example | Weir Valley Courier
Published: 3 November 2025 at 6:05 PM
The island ferry will run twice a day instead of three times from December, its operator said on Monday.
Islanders said the change would make it harder to reach the hospital on the mainland for morning appointments.
“We are doing our best with the boats we have left in the fleet and the crews we can still find.”
– Ines Varga, Managing Director of the ferry operator
The operator said a third boat could return in spring if repairs go well.
Advertisement
Most viewed
Lorry stuck under the old rail bridge again
Harbour cafe wins regional award
Sign up for our morning newsletter and get every local story in your inbox before breakfast.
Enter your email…
Subscribe
© 2025 Weir Valley Courier
"""

NEWSLETTER = """The Quay Letter
Subscribe
Sign in
Can the old grain dock pay its way?
A council plan hopes tourists will cover what cargo no longer does
Pia Lindholm
Oct 28, 2025
Share
The council wants to turn the empty grain dock into a market hall and a marina for visiting boats.
Its own figures show the marina would need two hundred visiting boats a month to break even in its first year.
Thanks for reading The Quay Letter! Subscribe for free to get every new letter in your inbox.
Type your email…
Subscribe
Who would pay
The harbour trust would borrow the money and pay it back from mooring fees over twenty years.
Watch on YouTube
"""

PODCAST = """Dockside Talk
Episodes
About
Subscribe
Episode 40: Where did the container ships go?
October 30, 2025 · 28 min
Listen on Apple Podcasts
Listen on Pocket Casts
RSS
Show notes
Host Lara Quinn asks shipping analyst Ben Ode why fewer ships call at the river port this autumn.
The ships have moved to the deep-water terminal downriver, which can take the largest vessels at any tide.
"""

BRACKETED = """Office of the Harbour Authority
Republic of Estmark
Skip to main content
Home
Media
Transcript of Monthly Media Briefing by the Harbour Master (October 15, 2025)
October 16, 2025
The Harbour Master opened the briefing with the figures for September, when traffic rose by a tenth.
Reporters asked about the dredging of the outer channel, which the authority said would start in the new year.
"""

RELEASE = """Skip to main content
Government of Estmark
Minister for Ports
Media releases
New berth for the island ferry at Kestrel Bay
Tuesday 21 October 2025
Joint statement with:
The Hon Sela Moku
Island Minister for Transport
The island ferry will get a new berth at Kestrel Bay, paid for by both governments, the ministers said on Tuesday.
The berth will have:
A covered waiting room
Two boarding ramps
"We promised the islanders a proper berth and here it is," Minister Moku said at the harbour.
"We promised the islanders a proper berth and here it is."
The work starts in January and should take nine months, weather allowing, the harbour board said.
Quotes in this release were edited for length.
Share
Facebook
Email
"""

ARMY = """<html><head><title>Bridge crews finish river crossing &gt; Newsroom</title></head><body>
<h1>Bridge crews finish river crossing</h1>
<div class="when">DATE: 10.23.2025<br>Posted: 10.27.2025 09:15</div>
<article>
<p>Engineers finished a floating bridge across the flooded river on Thursday, reopening the road to the valley.</p>
<p>The crossing carried its first convoy of supply trucks the same evening, the battalion said.</p>
</article></body></html>
"""

META = """<html><head><meta property="article:published_time" content="2025-10-20T08:00:00Z">
<title>Dredger arrives at the outer channel</title></head><body>
<h1>Dredger arrives at the outer channel</h1>
<div class="when">DATE: 10.23.2025</div>
<article><p>The dredger arrived on Monday and will work on the outer channel until the spring tides in March.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("unseen") / "corpus"
    files = {
        "doorstop.txt": DOORSTOP,
        "us-header.txt": US_HEADER,
        "presidency.txt": PRESIDENCY,
        "listed.txt": LISTED,
        "newsletter.txt": NEWSLETTER,
        "podcast.txt": PODCAST,
        "bracketed.txt": BRACKETED,
        "release.txt": RELEASE,
        "army.html": ARMY,
        "meta.html": META,
    }
    for name, text in files.items():
        write(root, name, text)
    build_index(root, root.parent / "index")
    index = load_index(root.parent / "index")
    passages: dict[str, list[str]] = {}
    for passage in index.passages:
        passages.setdefault(index.sources[passage.doc].path, []).append(passage.text)
    return {source.path: source for source in index.sources}, passages


def test_a_label_and_its_value_on_the_next_line_date_the_page_and_a_term_of_office_never_does(corpus):
    sources, _ = corpus
    assert str(sources["doorstop.txt"].date) == "2025-10-21"  # not 2024-03-04 nor 2024-04-03 from the term
    assert sources["doorstop.txt"].title == "Doorstop - Kestrel Bay wharf"  # no label (``Record no:``) as title


def test_a_date_line_with_its_time_and_place_under_a_summary_dates_a_transcript(corpus):
    sources, _ = corpus
    assert str(sources["presidency.txt"].date) == "2025-10-09"  # the clock time is no word beside the day


def test_a_numeric_date_alone_in_a_header_is_still_read_month_first(corpus):
    sources, _ = corpus
    assert str(sources["us-header.txt"].date) == "2025-06-10"


@pytest.mark.parametrize(
    ("path", "title", "day"),
    [
        ("listed.txt", "Ferry operator cuts winter sailings to the islands by a third", "2025-11-03"),
        ("newsletter.txt", "Can the old grain dock pay its way?", "2025-10-28"),
        ("podcast.txt", "Episode 40: Where did the container ships go?", "2025-10-30"),
        ("bracketed.txt", BRACKETED.splitlines()[5], "2025-10-15"),  # the day in brackets, not the posting day
    ],
)
def test_the_headline_not_a_list_item_a_link_or_the_site_name_is_the_title(corpus, path, title, day):
    sources, passages = corpus
    assert (sources[path].title, str(sources[path].date)) == (title, day)
    assert not any(line.startswith(("Listen on", "Road closures", "By Ruth", "October 16")) for line in passages[path])


def test_a_quotations_attribution_stays_and_the_newsletter_box_goes(corpus):
    _, passages = corpus
    assert "– Ines Varga, Managing Director of the ferry operator" in passages["listed.txt"]
    assert not any("newsletter" in line or "email" in line or line == "Harbour cafe wins regional award"
                   for line in passages["listed.txt"])


def test_a_subheading_after_a_newsletter_box_stays_and_the_box_goes(corpus):
    _, passages = corpus
    assert passages["newsletter.txt"] == [
        "A council plan hopes tourists will cover what cargo no longer does",
        *[line for line in NEWSLETTER.splitlines() if line.startswith(("The council", "Its ", "Who ", "The harbour"))],
    ]


def test_a_date_line_outside_an_html_article_dates_it_unless_the_page_gives_a_date(corpus):
    sources, _ = corpus
    assert str(sources["army.html"].date) == "2025-10-23"  # DATE before Posted, day and month read as written
    assert str(sources["meta.html"].date) == "2025-10-20"


def test_a_releases_name_block_a_pull_quote_and_an_editorial_note_go_and_a_list_in_the_text_stays(corpus):
    _, passages = corpus
    lines = RELEASE.splitlines()
    assert passages["release.txt"] == [lines[9], *lines[10:14], lines[15]]
