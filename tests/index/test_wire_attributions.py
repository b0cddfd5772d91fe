"""A wire story's quotation closed by its sayer behind a job in lower case (``said union official Dana Holt``,
``ministry economist Tom Li said``, ``said Harbour Bank economist Tom Reyes``) is that person's; an attribution
naming no one behind such a word (``said an official at the port``, ``said officials at Kell Port``) gives no
speaker."""

import pytest

from tests.conftest import built_pages, by_document

QUOTE = "\u201cOur members have had enough of real-terms pay cuts,\u201d"
NAMED = {
    f"{QUOTE} said union official Dana Holt. \u201cNobody wants a strike.\u201d": "Dana Holt",
    "\u201cGrain will wait at the quay for a week at most,\u201d ministry economist Tom Li said.": "Tom Li",
    "\u201cThe talks will go on on Monday,\u201d said port envoy Rosa Lind.": "Rosa Lind",
    # an organisation's name before the job (up to three words, perhaps after ``the``)
    "\u201cShipping volumes have peaked for now,\u201d said Harbour Bank economist Tom Reyes.": "Tom Reyes",
    "\u201cTwo more rate cuts are due,\u201d Kell Port Authority chief economist Ana Ruiz said.": "Ana Ruiz",
    "\u201cThe numbers surprised us,\u201d said the Harbour Bank senior analyst Omar Diallo.": "Omar Diallo",
}
UNNAMED = [
    f"{QUOTE} said an official at the port, who asked not to be named.",
    "\u201cThe strike will cost the port dearly,\u201d said officials at Kell Port.",
    "\u201cNobody expected this,\u201d said Harbour Bank.",  # the organisation alone
    "\u201cPrices will rise,\u201d said Harbour Bank's economist Jo Reed.",  # a possessive: its owner is no sayer
]
STORY = "\n\n".join([
    "Kellmouth port workers vote to strike over pay", "March 5, 2026",
    "Dock workers at the port of Kellmouth voted on Thursday to walk out for three days later this month.",
    *NAMED, *UNNAMED,
])


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    index = built_pages(tmp_path_factory.mktemp("wire") / "corpus", {"wire.txt": STORY})
    return dict((text, speaker) for speaker, text in
                by_document(index, lambda passage: (passage.speaker, passage.text))[1]["wire.txt"])


@pytest.mark.parametrize("paragraph", list(NAMED))
def test_a_quotation_closed_by_a_sayer_behind_a_job_is_theirs(read, paragraph):
    assert read[paragraph] == NAMED[paragraph]


@pytest.mark.parametrize("paragraph", UNNAMED)
def test_an_official_unnamed_gives_no_speaker(read, paragraph):
    assert read[paragraph] is None
