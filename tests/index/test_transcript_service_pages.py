"""A transcript as a transcription service's page serves it, copied from the browser: the title twice and run into
a breadcrumb, a line sending the reader to the transcript, the service's offer, then ``Name (mm:ss):`` turns; and a
government page's banner over a briefing. The page's lines are no passages and no title, and a reporter's thanks
is no question for the next answer to answer. Fixtures written for these tests, in those sites' layouts."""

from operator import attrgetter

import pytest

from index.readers.chrome import is_edge_chrome
from tests.conftest import built_pages, by_document

SERVICE_PAGE = """Mar 4, 2026

Mayor Ilse Varga Holds Flood Briefing 3/3/26 Transcript

Mayor Ilse Varga Holds Flood Briefing 3/3/26 Transcript
ScribelyBlogTranscriptsIlse VargaMayor Ilse Varga Holds Flood Briefing 3/3/26 Transcript

Mayor Ilse Varga Holds Flood Briefing 3/3/26. Read the transcript here.

Transcribe Your Own Content

Try Scribely today and cut the hours you spend transcribing and captioning.

Speaker 1 (00:00):

Thank you.

Ilse Varga (00:04):

The river crested at four metres overnight and the east bank stays closed.

Speaker 2 (00:20):

When will the bridge reopen?

Ilse Varga (00:25):

Not before Friday, when the engineers have checked the piers.

Speaker 2 (00:40):

Thank you, Mayor.

Ilse Varga (00:42):

Sandbags are free at the depot on Quay Street until the water falls.

Speaker 3 (00:55):

Okay. And the schools?

Ilse Varga (00:58):

They open again on Monday.
"""

BANNER_PAGE = """An official website of the Republic of Tarnland Here's how you know
Official websites use .gov
Secure .gov websites use HTTPS
2:05 p.m. EST
MS. HOLLOWAY: Good afternoon. The envoy lands in Verrin on Thursday for two days of talks.
QUESTION: Thank you, Dana. Who else is going with him?
MS. HOLLOWAY: A team of four from the treaty office.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return by_document(
        built_pages(tmp_path_factory.mktemp("pages"), {"service.txt": SERVICE_PAGE, "banner.txt": BANNER_PAGE}),
        attrgetter("speaker", "text", "context"),
    )


def test_the_service_s_call_to_read_and_its_offer_are_no_passages(built):
    texts = [text for _, text, _ in built[1]["service.txt"]]
    assert texts[0] == "Thank you."
    assert not any("Read the transcript" in text or "Scribely" in text or "Transcribe" in text for text in texts)
    # the words around them stay
    assert "Sandbags are free at the depot on Quay Street until the water falls." in texts


def test_no_line_of_the_page_is_given_to_the_speaker_the_title_names(built):
    speakers = {speaker for speaker, _, _ in built[1]["service.txt"]}
    assert speakers == {"Speaker 1", "Speaker 2", "Speaker 3", "Ilse Varga"}


def test_a_reporter_s_thanks_is_no_question_the_next_answer_answers(built):
    context = {text: asked for _, text, asked in built[1]["service.txt"]}
    assert context["The river crested at four metres overnight and the east bank stays closed."] is None
    assert context["Sandbags are free at the depot on Quay Street until the water falls."] is None
    # a question, even after thanks or an okay, is one
    assert context["Not before Friday, when the engineers have checked the piers."] == "When will the bridge reopen?"
    assert context["They open again on Monday."] == "Okay. And the schools?"
    briefing = {text: asked for _, text, asked in built[1]["banner.txt"]}
    assert briefing["A team of four from the treaty office."] == "Thank you, Dana. Who else is going with him?"


def test_a_government_banner_is_neither_the_title_nor_a_passage(built):
    titles, passages = built
    assert titles["banner.txt"][0] == "banner"
    assert not any(".gov" in text for _, text, _ in passages["banner.txt"])


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Official websites use .gov", True),
        ("Try Scribely today and cut the hours you spend transcribing and captioning.", True),
        ("Read the full transcript below.", True),
        ("Transcribe your audio in minutes", True),
        # a briefing's words that look alike
        ("We will try to have the hearing transcribed by Friday.", False),
        ("Reporters can read the transcript of Monday's hearing on the court's site, she said.", False),
        ("The websites of the ministry use two languages.", False),
    ],
)
def test_the_service_s_lines_are_edge_chrome_and_a_briefing_s_are_not(line, chrome):
    assert is_edge_chrome(line) is chrome
