"""Where a pasted page's story ends and what of the page around it is none of its words: an agency's end line and
the next story of a list page under it, and lines of chrome by their form. Fixtures written for these tests, in
the layouts of the sites that publish such pages."""

from tests.conftest import built_pages, by_document

LIST_PAGE = """Coast Agency
  • Home
  • Regions
Ferry terminal opens on the north shore

posted on 12/05/2026

Port Amel, 11th May, 2026 (CAG) -- The governor of the north shore today opened a ferry terminal that will carry
4,000 passengers a day across the bay.

"The bay has always parted us; now it joins us," the governor said at the ribbon cutting.

- Coast Agency, CAG –

Governor meets fishing cooperatives

posted on 10/05/2026

The governor met the heads of nine fishing cooperatives at the harbour office to discuss quotas for the season.
"""

ATTRIBUTED = """Coast Agency
Home | Regions | Economy | Sport
Share
Ferry fares cut for students

posted on 12/05/2026

Students will pay half fare on all ferries of the bay from June, the transport board said on Monday.

"Nobody should miss a lecture for want of a ticket," the board's chair told reporters at the terminal.

– Lina Ortiz, Chair of the Transport Board –

The board will review the fares again at the end of the year, when the first figures are in.

Share
Privacy policy
"""


def test_what_follows_a_story_end_line_is_not_the_story(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"list.txt": LIST_PAGE}))
    texts = passages["list.txt"]
    assert texts[-1] == '"The bay has always parted us; now it joins us," the governor said at the ribbon cutting.'
    assert not any("cooperatives" in text or "Coast Agency" in text for text in texts)


def test_a_sentence_under_a_dashed_name_line_stays(tmp_path):
    _, passages = by_document(built_pages(tmp_path / "corpus", {"fares.txt": ATTRIBUTED}))
    assert passages["fares.txt"][-1].startswith("The board will review the fares again")
