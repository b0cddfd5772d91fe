"""A paragraph of the article that ends on a note about the text (``This interview has been edited for length.``)
is the article's, not the site's; a footer whose sentences are the site's own stays out. Pages written for these
tests, in the layout of a magazine's interview page pasted from a browser."""

import pytest

from tests.conftest import built_pages, by_document

INTRO = (
    "The Velm Seed Store keeps about 31,000 samples of grain and wild plant seed at minus 20 degrees. Its director,"
    " Ilse Dunne, has run it since 2019. This interview has been edited for length."
)
INTERVIEW = f"""FIELD NOTES
Science | Farming | Health          Newsletter  |  Subscribe

INTERVIEW

"Cold is cheap, loss is not": the seed store chief on the night the cooling stopped

When the main vault at the Velm Seed Store warmed above freezing, decades of collected samples were at risk.

Interview by Ada Marsh
Published 1 December 2026

{INTRO}

Field Notes: What failed?

Ilse Dunne: A compressor stopped on the Saturday night, and the alarm message never reached anyone.

FN: How many samples were in that vault?

ID: About 4,000, and some of them exist nowhere else.

(c) 2026 Field Notes Ltd. All rights reserved. Copying without written permission is prohibited.
Terms | Privacy | Contact
"""


@pytest.fixture(scope="module")
def passages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    index = built_pages(tmp_path_factory.mktemp("site") / "corpus", {"interview.txt": INTERVIEW})
    return by_document(index)[1]["interview.txt"]


def test_a_paragraph_ending_on_a_note_about_the_text_stays_a_passage(passages):
    assert any(text.startswith("The Velm Seed Store keeps about 31,000 samples") for text in passages), passages
    assert any("About 4,000" in text for text in passages)


def test_a_footer_of_the_site_s_own_sentences_is_no_passage(passages):
    assert not any("All rights reserved" in text or "Field Notes Ltd" in text for text in passages), passages
    assert not any("Subscribe" in text for text in passages)
