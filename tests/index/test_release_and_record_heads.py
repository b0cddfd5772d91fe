"""The head of a pasted release or record, built into a real index: a release's labelled lines (``Date:`` with its
weekday, ``Time:``, ``Release no.:``) under its headline, an article's ``Updated`` line that never dates it, and a
parliament's record under its site's line (``Assembly | Hansard``). Fixtures written for these tests."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

PAGES = {
    # A force's release: the headline over a block of labelled lines, the date's weekday before its day.
    "release.txt": """Skip to main content
Northvale Constabulary
Home
News
Appeals
Contact us
Media release
Arrest after fire at Brookfield recycling depot
Date: Saturday 25 November 2023
Time: 11:20
Release no.: NVC-2023-1147
Detectives have arrested a 34-year-old man after a fire destroyed two storage sheds at the Brookfield recycling depot.
Crews were called to the site on Quarry Lane shortly after 2am and brought the blaze under control within an hour.
Witnesses: anyone who saw a grey hatchback on Quarry Lane between midnight and 3am should call the appeal line.
Share this page
Facebook
Email
""",
    # The labelled block above the headline: ``Issued:`` with a weekday, a number with a full stop in its label.
    "issued.txt": """Skip to content
Northvale Constabulary
Home
News
Appeals
Media release
Issued: Friday 1 December 2023
Release no.: NVC-2023-1190
Contact: Press office
Appeal after lorry fire on the ring road
Officers are appealing for witnesses after a lorry caught fire on the northern ring road on Thursday evening.
The driver escaped without injury and the cause of the fire is not yet known, a spokesperson said.
""",
    # ``Date:`` with a short weekday, and a reference number with no colon.
    "reference.txt": """Skip to content
Ministry of Inland Waterways
Home
Media centre
Speeches
Publications
Media release
Canal towpath reopens after repair works
Date: Mon. 9 October 2023
Ref. No. MIW 412/23
The towpath between Ashby Lock and the Millbrook aqueduct reopened to walkers and cyclists this morning.
Engineers replaced more than two hundred metres of crumbling edging and rebuilt a collapsed drainage culvert.
Contact: press office, 020 7946 0412
Back to top
""",
    # An ordinary article: its ``Updated`` line still never dates it.
    "updated.txt": """The Meridian Herald
News
Politics
Business
Sport
Council approves new cycle lanes for the city centre
By Tom Ashdown
Updated: 15 August 2023, 17:05 GMT
The city council has approved plans for three new cycle lanes through the centre after a long consultation.
Work on the first lane, along Market Street, is due to begin in the spring and take about six months.
Share
Most read
""",
    # A parliament's record: the site's line parted by a pipe, then the debate's title closing on a bracket.
    "record.txt": """Northern Assembly | Hansard
Fishing Quotas (Coastal Communities)
Volume 88: debated on Wednesday 4 October 2023
Ann Lee (Westford) (Lab)
What assessment has the Minister made of the new quotas on the small harbours along the north coast?
The Minister for Ports (Tom Greaves)
The assessment was published in September: the smallest boats keep most of their current catch.
Ann Lee (Westford) (Lab)
Will the Minister meet the skippers of my constituency to hear their concerns?
The Minister for Ports (Tom Greaves)
I will, and officials will arrange a visit to the harbour before the end of the month.
""",
    # The same with no date line under the title.
    "undated-record.txt": """Northern Assembly | Hansard
Harbour Dues and Small Boats
Ann Lee (Westford) (Lab)
Will the Minister publish the harbour dues that small boats will pay from next spring?
The Minister for Ports (Tom Greaves)
They will be published next week, and they will not rise for boats under ten metres.
Ann Lee (Westford) (Lab)
Will that hold for the winter months too?
The Minister for Ports (Tom Greaves)
It will hold all year.
""",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, tuple[str, date | None]], dict[str, list[str]]]:
    return by_document(built_pages(tmp_path_factory.mktemp("heads"), PAGES))


def test_a_release_is_titled_by_the_line_over_its_labelled_lines_and_dated_by_its_date_field(built):
    documents, passages = built
    assert documents["release.txt"] == ("Arrest after fire at Brookfield recycling depot", date(2023, 11, 25))
    assert documents["reference.txt"] == ("Canal towpath reopens after repair works", date(2023, 10, 9))
    assert not any(text.startswith(("Time:", "Release no.:")) for text in passages["release.txt"])
    assert any(text.startswith("Witnesses: anyone who saw") for text in passages["release.txt"])  # a body line


def test_a_labelled_block_over_the_headline_passes_a_number_whose_label_has_a_full_stop(built):
    documents, _ = built
    assert documents["issued.txt"] == ("Appeal after lorry fire on the ring road", date(2023, 12, 1))


def test_an_articles_updated_line_still_never_dates_it(built):
    documents, _ = built
    assert documents["updated.txt"] == ("Council approves new cycle lanes for the city centre", None)


def test_a_records_title_is_the_debates_not_its_sites_line(built):
    documents, passages = built
    assert documents["record.txt"] == ("Fishing Quotas (Coastal Communities)", date(2023, 10, 4))
    assert documents["undated-record.txt"][0] == "Harbour Dues and Small Boats"
    assert passages["record.txt"][0].startswith("What assessment has the Minister")
