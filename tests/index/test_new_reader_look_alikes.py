"""Pages that look like the newer readers' layouts (a reposted release, a service's offer, a parliament's field naming
a writer, a magazine's interview) but are none: read as the ordinary pages they are. Each beside the page it resembles,
which is still read as that layout. Fixtures written for these tests."""

from datetime import date
from operator import attrgetter

import pytest

from tests.conftest import built_pages, by_document

# a council's statement quoted in a story, no wire's dateline before it: the story's headline and day stay
STATEMENT_IN_STORY = """Mayor answers the audit

Published 12 March 2026

The mayor's office issued the following statement on March 11, 2026:

"We accept what the auditors found and we will act on every point."

The audit could not trace 1.2 million pounds of spending.
"""

# the same line under a wire's dateline: a release reposted, dated by its own day
REPOSTED = """Mayor Accepts Audit Findings In Full

DUNMORE, Westshire, March 12 -- The mayor's office issued the following statement on March 11, 2026:

The mayor said the council accepts what the auditors found and will act on every point.
"""

# a story's sentence opening with a service's name and ``free``: the story's words
OFFER_IN_STORY = """Streaming price war reaches the town

Published 5 June 2026

Rivals have cut their prices to win new subscribers.

Try Streamly free for a month, the leaflets said, but the offer ended in May.

Analysts expect the cuts to end by winter.
"""

# the service's own offer on a transcript's page: chrome
OFFER_ON_PAGE = """Scribeline  Blog  Transcripts  Pricing  Log in

Harbour Master Press Conference Transcript

Ruth Dale spoke to reporters on March 3, 2026.

Try Scribeline free and get every recording typed up today.

Ruth Dale: (00:02)
The north pier reopens on Monday after the repairs.
"""

# a product recall naming its maker with the maker's town in brackets: the recall's words are nobody's
MAKER = """Kettle recall

Published 14 March 2026

Made by: Kell Kitchens Ltd (Dunmore)

The kettle can overheat when it boils dry.

Customers should stop using it at once and ask for a refund.
"""

# a written statement under its member's field: that member's words
STATEMENT = """Regional Assembly of Dunmore
Written statement: Harbour dredging

Made by: Owen Pask (Minister for the Harbour)

The dredging of the north channel starts on 4 May 2026 and takes six weeks.
"""

# an explainer whose bold questions speak to nobody, its headline naming a person it quotes: nobody's turns
EXPLAINER = """<html><head><title>Lena Ferreira's harbour plan explained</title></head><body><main><article>
<h1>Lena Ferreira's harbour plan explained</h1>
<p>The mayor, Lena Ferreira, set out her harbour plan on Monday 2 March 2026.</p>
<p><strong>Why now?</strong></p>
<p>The quay walls are failing, engineers found last year.</p>
<p><strong>Who pays?</strong></p>
<p>The port authority pays two thirds and the council the rest.</p>
<p><strong>When does it start?</strong></p>
<p>Work starts in May if the permit comes through, the port said.</p>
</article></main></body></html>
"""

# the same questions asked of her: an interview, her answers
INTERVIEW = """<html><head><title>Lena Ferreira on the harbour</title></head><body><main><article>
<h1>Lena Ferreira on the harbour she wants to rebuild</h1>
<p>Lena Ferreira has been mayor of the port town for six years.</p>
<p><strong>Why did you start now?</strong></p>
<p>The quay walls are failing, and the engineers told us so last year.</p>
<p><strong>Who pays?</strong></p>
<p>The port authority pays two thirds and the council the rest.</p>
<p><strong>When does it start?</strong></p>
<p>In May, if the permit comes through.</p>
</article></main></body></html>
"""

PAGES = {
    "statement-in-story.txt": STATEMENT_IN_STORY,
    "reposted.txt": REPOSTED,
    "offer-in-story.txt": OFFER_IN_STORY,
    "offer-on-page.txt": OFFER_ON_PAGE,
    "maker.txt": MAKER,
    "statement.txt": STATEMENT,
    "explainer.html": EXPLAINER,
    "interview.html": INTERVIEW,
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("look-alikes") / "corpus", PAGES)
    return by_document(index, attrgetter("text", "speaker"))


def said(read, path: str) -> dict[str, str | None]:
    return dict(read[1][path])


def test_a_story_quoting_an_issued_statement_keeps_its_headline_day_and_line(read):
    assert read[0]["statement-in-story.txt"] == ("Mayor answers the audit", date(2026, 3, 12))
    line = "The mayor's office issued the following statement on March 11, 2026:"
    assert line in said(read, "statement-in-story.txt")


def test_a_wires_dateline_over_the_same_line_still_reposts_the_release(read):
    assert read[0]["reposted.txt"] == ("Mayor Accepts Audit Findings In Full", date(2026, 3, 11))
    assert not any("issued the following statement" in text for text in said(read, "reposted.txt"))


def test_a_story_sentence_naming_a_free_offer_stays(read):
    assert "Try Streamly free for a month, the leaflets said, but the offer ended in May." in said(
        read, "offer-in-story.txt"
    )


def test_a_services_own_offer_is_still_no_passage(read):
    found = said(read, "offer-on-page.txt")
    assert not any("Scribeline free" in text for text in found)
    assert "The north pier reopens on Monday after the repairs." in found


def test_a_maker_with_its_town_in_brackets_writes_no_paragraph(read):
    found = said(read, "maker.txt")
    assert found["The kettle can overheat when it boils dry."] is None
    assert all(speaker is None for speaker in found.values())


def test_a_members_written_statement_is_still_theirs(read):
    found = said(read, "statement.txt")
    assert found["The dredging of the north channel starts on 4 May 2026 and takes six weeks."] == "Owen Pask"


def test_an_explainers_bold_questions_make_no_interview(read):
    found = said(read, "explainer.html")
    assert found["The port authority pays two thirds and the council the rest."] is None
    assert all(speaker is None for speaker in found.values())


def test_questions_put_to_the_person_named_still_make_an_interview(read):
    found = said(read, "interview.html")
    assert found["The port authority pays two thirds and the council the rest."] == "Lena Ferreira"
    assert found["In May, if the permit comes through."] == "Lena Ferreira"
