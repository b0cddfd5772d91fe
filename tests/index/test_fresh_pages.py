"""Page kinds a new user brought: an agency story with its agency's name in its dateline and its sign-off between
single hyphens, a UN foot note in a saved page, a fire service's timed updates, a parliament's written statement
with its ``Made by:`` field, a quotation said by a person with a job of two words before the name. Fixtures written
for these tests, in the layouts of such pages."""

from datetime import date
from operator import attrgetter

import pytest

from tests.conftest import built_pages, by_document

# (its first paragraph on one line, as a page saved as text gives it)
LEAD = (
    "Kessel, 3 October 2026 (NPA) - About 9,000 people carried paper lanterns around the old harbour of Kessel on"
    " Saturday evening"
)
AGENCY = f"""NORDPRESS AGENCY
Photos | Video | Archive

Lantern walk fills the old harbour in Kessel

{LEAD}, twice as many as last year, the town said.

The walk was led by a brass band of 40 players from the local school.

- NPA, Kessel -

More galleries
Autumn market in Dorne
"""

# the same story posted later, and a quotation's attribution between hyphens
AGENCY_ASIDE = f"""Lantern walk fills the old harbour in Kessel
Posted 5 October 2026

{LEAD}.

"We ran out of lanterns by seven," one stall holder said.

- Rosa Timmer, Kessel -

The town will hold the walk again next October.
"""

FOOT_NOTE = """<html><head><title>Council hears briefing on river basin</title></head><body><main>
<h1>Council hears briefing on river basin</h1>
<p class="date">14 May 2026</p>
<p>The envoy for the Arun river basin told the Council that 31 villages were still cut off by the floods.</p>
<p>The summary of the debate is not an official record, the chair reminded members before the vote.</p>
<div class="share">Share this: Facebook | Email</div>
<p class="foot-note">For information media. Not an official record.</p>
</main></body></html>
"""

UPDATES = """Hollin Fire and Rescue
Emergency? Call 999

Barn fire at Caddon Farm, Moss Road
Incident date: 24/11/2026

Update 22:10
Crews have left the scene. Moss Road has reopened to traffic in both directions.

Update 19:40
The fire is out. Two fire engines stay to damp down the straw stacks overnight.

Original post 18:05
We were called at 17:52 to a fire in a barn holding about 300 bales of straw.

Other incidents
Van fire on the ring road
"""

# times that run both ways are a schedule's, not updates': the lines stay as they were
SCHEDULE = """Open day at Caddon Farm

Tour 11:00
Visitors will see the dairy first and then walk to the orchard with the farm's manager.

Tour 09:30
The early tour goes to the orchard first, while the cows are still out in the field.

Tour 14:15
The last tour ends at the farm shop, where the cheese made on the farm is sold.
"""

STATEMENT = """Hansard
UK Parliament
Commons | Lords | Search Hansard

Written statements

Harbour Dredging Grants

Volume 790: made on 9 June 2026
Statement UIN HCWS530

Department for Transport

Made by: Owen Pask (Minister of State for Maritime)

I am today announcing grants of 14 million pounds for the dredging of six small harbours on the east coast.

The first works will begin at Wellhaven in September 2026.

Share this specific statement
Parliamentary copyright
"""

MADE_BY_HAND = """Harbour crafts fair returns

The crafts fair returns to Wellhaven harbour this weekend with 60 stalls, the organisers said.

Made by hand: every basket on the stall of the Pask family is woven from willow grown on their land.
"""

QUOTES = """Warehouse fire in Dock Street

Eight crews fought a fire in an empty warehouse in Dock Street on Tuesday night.

Group Manager Ines Varga said: "The roof came down within an hour, so crews stayed outside the building."

Deputy Mayor Tom Aldous said: "We will help the firms next door to find new premises this week."
"""

PAGES = {
    "agency.txt": AGENCY,
    "aside.txt": AGENCY_ASIDE,
    "council.html": FOOT_NOTE,
    "barn.txt": UPDATES,
    "open-day.txt": SCHEDULE,
    "statement.txt": STATEMENT,
    "fair.txt": MADE_BY_HAND,
    "warehouse.txt": QUOTES,
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("fresh") / "corpus", PAGES)
    sources, passages = by_document(index, attrgetter("text", "speaker", "section"))
    return sources, passages


def texts(read, path):
    return [text for text, _, _ in read[1][path]]


def test_a_dateline_with_the_agencys_name_in_brackets_and_a_hyphen_dates_an_undated_story(read):
    assert read[0]["agency.txt"] == ("Lantern walk fills the old harbour in Kessel", date(2026, 10, 3))


def test_a_date_line_over_the_story_dates_it_before_its_dateline(read):
    assert read[0]["aside.txt"][1] == date(2026, 10, 5)


def test_an_agency_sign_off_between_single_hyphens_ends_the_story(read):
    found = texts(read, "agency.txt")
    assert found[-1] == "The walk was led by a brass band of 40 players from the local school."
    assert not any("NPA, Kessel" in text or "Dorne" in text for text in found)


def test_a_persons_name_between_hyphens_is_no_sign_off_and_the_story_goes_on(read):
    found = texts(read, "aside.txt")
    assert "- Rosa Timmer, Kessel -" in found
    assert found[-1] == "The town will hold the walk again next October."


def test_the_un_foot_note_of_a_saved_page_is_chrome_but_a_sentence_about_a_record_stays(read):
    found = texts(read, "council.html")
    assert not any("For information media" in text for text in found)
    assert "The summary of the debate is not an official record, the chair reminded members before the vote." in found


def test_timed_update_headers_head_their_paragraphs_and_are_no_passages(read):
    found = {text: section for text, _, section in read[1]["barn.txt"]}
    assert not any(text.startswith(("Update ", "Original post")) for text in found)
    assert found["The fire is out. Two fire engines stay to damp down the straw stacks overnight."] == "Update 19:40"
    assert found["We were called at 17:52 to a fire in a barn holding about 300 bales of straw."] == (
        "Original post 18:05"
    )
    assert read[0]["barn.txt"][1] == date(2026, 11, 24)


def test_times_running_both_ways_are_no_update_headers(read):
    found = read[1]["open-day.txt"]
    assert any(text.startswith("Tour 09:30\nThe early tour") for text, _, _ in found)
    assert all(section is None for _, _, section in found)


def test_a_written_statements_made_by_field_is_no_passage(read):
    found = texts(read, "statement.txt")
    assert not any(text.startswith("Made by") for text in found)
    assert found[0].startswith("I am today announcing grants of 14 million pounds")


def test_a_sentence_opening_with_made_by_stays(read):
    assert texts(read, "fair.txt")[-1].startswith("Made by hand: every basket")


def test_a_job_of_two_words_before_the_name_is_dropped_in_the_name_said_form(read):
    speakers = {text.split(" said")[0]: speaker for text, speaker, _ in read[1]["warehouse.txt"] if " said:" in text}
    assert speakers["Group Manager Ines Varga"] == "Ines Varga"
    assert speakers["Deputy Mayor Tom Aldous"] == "Deputy Mayor Tom Aldous"
