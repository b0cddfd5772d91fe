"""Speakers as more sites write them: turns by the initials a key of speakers gives, role labels whose holders the
opening lines name, a plain name whose words open on a note of the room, and a saved page whose title ends on the
site's name. Fixtures written for these tests, in those sites' layouts."""

from operator import attrgetter

import pytest

from index.readers.chrome import is_chrome, is_edge_chrome
from index.speakers import keyed_turns, label_at_start
from tests.conftest import built_pages, by_document

KEYED = """Skip to main content
Home/Newsroom/Press conference on river blindness - 4 May 2026

Press conference on river blindness - 4 May 2026
6 May 2026 | Transcript

Speaker key:
AL    Ana Lisboa
KO    Dr Kofi Osei
MB    Mira Bel

00:00:05
AL    Good morning, and welcome. Dr Osei will open with the latest figures.

00:00:31
KO    Thank you, Ana. We have counted 412 new cases since March, most of them in the two northern provinces.

The second round of treatment starts on Monday.

00:01:40
MB    How many doses have arrived so far?

00:01:52
KO    About half of what we need. The rest is due by the end of the month.
"""

ROLES = """The following is the transcript of what the Harbour Commissioner, Ms Ida Varn, said at a media session with
the Director of Ferries, Mr Leo Quist, today (May 5):

Reporter: Commissioner, why did the night ferries stop?

Harbour Commissioner: The engines of two boats failed on the same night, and we would not sail short of crew.

Reporter: When will they run again?

Director of Ferries: From Friday, on the usual timetable.

Harbour Commissioner: And we will check the rest of the fleet this week.
"""

NOTED = """Answers to journalists after the regional forum

Question: Did you take a day off this summer?

Marta Kovac: (Laughter.) Two days, and both were rained out.

Question: Will the bridge be finished this year?

Marta Kovac: The last span goes in next month, so yes.
"""

SITE_PAGE = """<!DOCTYPE html>
<html><head><title>Statement on the harvest outlook • Office of the Governor of Tarn</title>
<meta property="og:site_name" content="Office of the Governor of Tarn"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Statement on the harvest outlook</h1>
<p>The wheat harvest is expected to come in a fifth below last year's, the Governor said on Tuesday.</p>
<p>Farmers hit by the spring frost can apply for support from 1 June.</p>
</article></main></body></html>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = {"keyed.txt": KEYED, "roles.txt": ROLES, "noted.txt": NOTED, "site.html": SITE_PAGE}
    return by_document(built_pages(tmp_path_factory.mktemp("pages"), pages), attrgetter("speaker", "text"))


def test_turns_by_a_key_s_initials_are_the_named_speakers_and_the_key_is_no_passage(built):
    found = built[1]["keyed.txt"]
    assert found[0] == ("Ana Lisboa", "Good morning, and welcome. Dr Osei will open with the latest figures.")
    osei = [text for speaker, text in found if speaker == "Dr Kofi Osei"]
    assert osei[0].startswith("Thank you, Ana. We have counted 412 new cases") and "starts on Monday." in osei[0]
    assert ("Mira Bel", "How many doses have arrived so far?") in found
    # the key, the time codes and the initials are no words of any passage
    assert not any("00:0" in text or "Speaker key" in text or text.startswith(("AL", "KO")) for _, text in found)


def test_initials_are_labels_only_below_a_key_that_lists_them():
    assert keyed_turns(["UN    officials said the road was open.", "EU    monitors agreed."]) == {}
    lines = ["Speaker key:", "AL    Ana Lisboa", "KO    Dr Kofi Osei", "", "AL    Welcome.", "UN    staff came too."]
    assert {n: label.speaker for n, label in keyed_turns(lines).items()} == {4: "Ana Lisboa"}


def test_a_role_label_is_shown_with_the_holder_the_opening_lines_name(built):
    found = built[1]["roles.txt"]
    assert ("Harbour Commissioner (Ms Ida Varn)",
            "The engines of two boats failed on the same night, and we would not sail short of crew.") in found
    assert ("Director of Ferries (Mr Leo Quist)", "From Friday, on the usual timetable.") in found


def test_a_plain_name_s_turn_opening_on_a_note_of_the_room_is_still_that_speaker_s(built):
    assert ("Marta Kovac", "(Laughter.) Two days, and both were rained out.") in built[1]["noted.txt"]
    assert label_at_start("Safety: (see the note) Wear helmets on site.") is None


def test_a_title_ending_on_the_site_s_declared_name_is_the_statement_s_own(built):
    assert built[0]["site.html"][0] == "Statement on the harvest outlook"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Turn recordings into text and captions in minutes with Scribely.", True),
        ("TAPES OF THIS PROGRAM CAN BE ORDERED ONLINE. COPIES OF THIS BROADCAST ARE FOR PERSONAL USE.", True),
        ("(Please also refer to the Tarnish portion of the transcript.)", True),
        ("A rough transcript of the Governor's remarks follows:", True),
        ("The council will turn the old depot into text books storage, the mayor said.", False),
        ("A transcript of the hearing was sent to the families, and a second follows next week.", False),
    ],
)
def test_a_broadcaster_s_or_office_s_note_on_the_text_is_edge_chrome(line, chrome):
    assert is_edge_chrome(line) is chrome


def test_a_time_code_in_brackets_is_chrome_a_bare_one_only_over_a_keyed_turn(built):
    assert is_chrome("(01:02:09)")
    assert not is_chrome("00:04:49") and not is_chrome("00:04:49 was when the call came in.")  # a log's time
