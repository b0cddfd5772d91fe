"""The page around a transcript, and around a record read as an article, by its form and place: notes of the
recording in parentheses, a copyright and a note on the text at the foot, the end of the proceedings and what
follows it, a header's notes, headings in capitals, captions; and the lines that look like them but are the
record's own (fixtures written for these tests, in the layouts of the sites that publish such records)."""

from datetime import date
from operator import attrgetter

import pytest

from tests.conftest import built_pages, by_document

RADIO = """<!DOCTYPE html><html><head><title>Harbour town buys back its ferry</title>
<meta name="date" content="2026-04-09"></head><body><main><article>
<h1>Harbour town buys back its ferry</h1>
<div class="transcript">
<p>ANNA ROSS, HOST:</p>
<p>The town of Kelby voted last night to buy back the ferry it sold a decade ago. Its mayor, Tom Vale, is here.</p>
<p>TOM VALE: Thanks for having me.</p>
<p>ROSS: Why buy it back?</p>
<p>VALE: Because the fares doubled after the sale and the winter crossings stopped.</p>
<p>(SOUNDBITE OF ARCHIVED RECORDING)</p>
<p>UNIDENTIFIED PERSON: We waited three hours on the pier in January.</p>
<p>ROSS: What will it cost?</p>
<p>VALE: Four million, paid over ten years.</p>
<p>(The council later put the figure at four and a half million.)</p>
<p>(LAUGHTER)</p>
<p>ROSS: Tom Vale, thank you.</p>
<p>VALE: Thank you, Anna.</p>
<p>Copyright &copy; 2026 Coast Radio. All rights reserved. See our terms of use for further information.</p>
<p>Coast Radio transcripts are produced on deadline by a contractor. This text may not be in its final form.</p>
<p>Please check the audio before quoting any part of it.</p>
</div></article></main></body></html>
"""

COURT = """DISTRICT COURT OF THE NORTHERN DIVISION
TRANSCRIPT OF SENTENCING HEARING
MARCH 3, 2026

THE COURT: Please be seated. We are here for sentencing in the Pell matter.

MS. ORR: Good morning, Your Honor.

THE COURT: The defendant is sentenced to time served.

MS. ORR: Yes.

(Proceedings concluded at 3:05 p.m.)

CERTIFICATE OF COURT REPORTER
I certify that the foregoing is a true record of the proceedings in the above matter.
/s/ Name Surname, Court Reporter
"""

CERTIFIED = """TRANSCRIPT OF MOTION HEARING
MAY 6, 2026
Transcribed by Lexa Reporting. Automated transcript, checked by an editor before release.

THE COURT: The motion to suppress is denied.

MR. HALE: Thank you, Your Honor.

THE COURT: We will set a trial date by letter.

CERTIFICATE
I hereby certify that the foregoing is a true and correct record of the proceedings.
Name Surname, Official Reporter
"""

HEARING = """HEARING ON RURAL BROADBAND
Transcript of the Committee hearing
April 14, 2026

THE CHAIRMAN: The Committee will come to order. Rural towns are still waiting for the lines we promised them.
Senator Ames.

STATEMENT OF HON. RUTH AMES, SENATOR FROM VERMONT

SENATOR AMES: Thank you. Two of my counties have no provider at all.

THE CHAIRMAN: Thank you. Mr. Dorn, please begin.

STATEMENT OF PAUL DORN, ADMINISTRATOR OF THE RURAL SERVICE

MR. DORN: We will connect eleven thousand homes by the end of the year.

THE CHAIRMAN: Ok.
"""

PRESSER = """<!DOCTYPE html><html><head><title>Government press conference of 2 March 2026</title></head><body>
<main><h1>Government press conference of 2 March 2026</h1>
<p>Monday, 2 March 2026</p>
<p><em>Participants: Spokesperson Weber, Brandt (Ministry of Transport), Okoro (Foreign Office)</em></p>
<p><em>(As delivered)</em></p>
<p><strong>SPOKESPERSON WEBER:</strong> Good morning. The minister travels to Vienna on Thursday.</p>
<p><strong>QUESTION:</strong> Will the rail strike go ahead?</p>
<p><strong>BRANDT:</strong> Both sides meet again tomorrow (in Leipzig)</p>
<p><strong>QUESTION:</strong> Has the ambassador been called in?</p>
<p><strong>OKORO:</strong> Yes, on Saturday.</p>
</main></body></html>
"""

TV = """Back to Transcripts main page

Evening Desk

Port Strike Widens to the South

Aired April 2, 2026 - 18:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

LEE: Good evening. The dock strike reached the southern ports today.

(BEGIN VIDEO CLIP)

MORA: The cranes have not moved since Monday.

(END VIDEO CLIP)

LEE: The minister joins us. Will you order them back?

MORA: Not yet. Talks resume on Friday.

LEE: Thank you.

END
"""

RECORD = """Skip to main content
Ministry of Coastal Affairs
Home > Press Conferences
Press Conference by the Press Secretary
Wednesday, 4 March 2026, 10 a.m.
This is a provisional translation for reference purposes only.
Opening Remarks
(1) Visit of the Minister of Fisheries of Peru
The Press Secretary said the minister of fisheries of Peru would visit from 10 to 12 March to discuss quotas.
(2) Coastal Safety Dialogue
The first coastal safety dialogue will be held in the capital on 20 March with nine countries attending.
Adoption of the agenda
The agenda was adopted.
Questions on the harbour
A reporter asked whether the harbour would reopen before the summer, and the secretary said it would.
Back to Press Conferences
Back to Top
"""

DEBATE = """Skip to main content

Debates of the Assembly

Thursday, 5 March 2026

Harbour Dredging

Photo of Ana BellAna Bell (Northport, Labour)

Link to this: Individually | In context | Official source

Will the minister say when the dredging of the northern channel will start?

Photo of Ivo KrameIvo Krame (Southport, Liberal)

Link to this: Individually | In context | Official source

The dredging will start in May, and the channel will reopen to larger ships by the autumn (if the weather holds).

Sign up for alerts

Contact us | Privacy
"""

ASSEMBLY = """Debates of the Assembly: transcript

Thursday, 5 March 2026

Harbour Dredging

Ana Bell (Northport) (Labour)

Share: Individually | In context | Official source

Will the minister say when the dredging of the northern channel will start?

Ivo Krame (Southport) (Liberal)

Share: Individually | In context | Official source

The dredging will start in May.

Ana Bell (Northport) (Labour)

Share: Individually | In context | Official source

And the southern channel?

Ivo Krame (Southport) (Liberal)

Share: Individually | In context | Official source

In the autumn, once the northern one is done.

Sign up for alerts

Contact us | Privacy
"""

NEWS = """Skip to main content
World
Business
Markets
Ferry operators agree on winter timetable
By Ines Rota
March 12, 2026 4:10 PM UTC Updated 2 hours ago
[1/2]A ferry leaves Kelby, January 3, 2026. AGENCY/Jon Berg/File Photo Purchase Licensing Rights, opens new tab
KELBY, March 12 - Three ferry operators agreed on Thursday to run a shared winter timetable on the northern routes.
Video: Passengers board the first shared crossing at Kelby pier on Thursday.
The operators said a video of the first crossing would be posted on their sites later in the week.
Reporting by Ines Rota; Editing by Sam Holt
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    corpus = tmp_path_factory.mktemp("records")
    pages = {
        "radio.html": RADIO,
        "court.txt": COURT,
        "certified.txt": CERTIFIED,
        "hearing.txt": HEARING,
        "presser.html": PRESSER,
        "tv.txt": TV,
        "record.txt": RECORD,
        "debate.txt": DEBATE,
        "assembly.txt": ASSEMBLY,
        "news.txt": NEWS,
    }
    return by_document(built_pages(corpus, pages), attrgetter("speaker", "text", "section"))


def _texts(passages, name: str) -> list[str]:
    return [text for _, text, _ in passages[name]]


def test_notes_of_the_recording_and_the_foot_of_a_radio_transcript_are_no_speakers_words(built):
    _, passages = built
    turns = {text: speaker for speaker, text, _ in passages["radio.html"]}
    assert turns["Because the fares doubled after the sale and the winter crossings stopped."] == "VALE"
    assert turns["Thank you, Anna."] == "VALE"
    assert not any(word in text for text in turns for word in ("SOUNDBITE", "Copyright", "final form", "audio"))
    # A sentence in parentheses and a sound of the room stay the speaker's, as written
    note = "(The council later put the figure at four and a half million.)"
    assert any(note in text and text.endswith("(LAUGHTER)") and speaker == "VALE" for text, speaker in turns.items())


def test_the_end_of_proceedings_and_the_reporters_certificate_are_no_ruling(built):
    _, passages = built
    texts = _texts(passages, "court.txt")
    assert texts[-2] == "The defendant is sentenced to time served."
    assert texts[-1] == "Yes."  # a speaker's short line stays
    assert not any("concluded" in text or "certify" in text or "CERTIFICATE" in text for text in texts)
    assert _texts(passages, "certified.txt")[0] == "The motion to suppress is denied."
    assert _texts(passages, "certified.txt")[-1] == "We will set a trial date by letter."


def test_a_header_s_participants_and_note_are_no_passages_nor_is_a_bracket_a_sentence_s_end(built):
    _, passages = built
    texts = _texts(passages, "presser.html")
    assert texts[0] == "Good morning. The minister travels to Vienna on Thursday."
    assert "Both sides meet again tomorrow (in Leipzig)" in texts
    assert not any("Participants" in text or "As delivered" in text for text in texts)


def test_a_rush_transcript_note_and_video_cues_are_chrome_of_a_tv_transcript(built):
    documents, passages = built
    assert documents["tv.txt"][1] == date(2026, 4, 2)
    assert passages["tv.txt"][0] == ("LEE", "Good evening. The dock strike reached the southern ports today.", None)
    assert not any("RUSH" in text or "VIDEO CLIP" in text for text in _texts(passages, "tv.txt"))


def test_a_heading_in_capitals_opens_a_section_and_a_short_remark_stays_in_its_turn(built):
    _, passages = built
    found = passages["hearing.txt"]
    assert found[0][0] == "THE CHAIRMAN" and found[0][1].endswith("the lines we promised them.\nSenator Ames.")
    assert found[1] == (
        "SENATOR AMES",
        "Thank you. Two of my counties have no provider at all.",
        "STATEMENT OF HON. RUTH AMES, SENATOR FROM VERMONT",
    )
    assert found[3][2] == "STATEMENT OF PAUL DORN, ADMINISTRATOR OF THE RURAL SERVICE"
    assert found[-1][:2] == ("THE CHAIRMAN", "Ok.")
    assert not any("STATEMENT OF" in text for _, text, _ in found)


def test_a_record_s_note_and_date_line_go_but_numbered_subheads_and_a_short_decision_stay(built):
    documents, passages = built
    assert documents["record.txt"][1] == date(2026, 3, 4)
    texts = _texts(passages, "record.txt")
    assert "(1) Visit of the Minister of Fisheries of Peru" in texts
    assert "(2) Coastal Safety Dialogue" in texts
    assert "The agenda was adopted." in texts
    assert not any("provisional translation" in text or "10 a.m." in text for text in texts)


def test_a_labelled_link_bar_and_a_photo_s_name_line_go_but_a_sentence_ending_in_a_bracket_stays(built):
    _, passages = built
    texts = _texts(passages, "debate.txt")
    assert texts == [
        "Will the minister say when the dredging of the northern channel will start?",
        "The dredging will start in May, and the channel will reopen to larger ships by the autumn (if the weather "
        "holds).",
    ]


def test_a_bar_of_links_under_a_members_name_is_none_of_their_words_and_ends_no_record(built):
    _, passages = built
    assert passages["assembly.txt"] == [
        ("Ana Bell", "Will the minister say when the dredging of the northern channel will start?", None),
        ("Ivo Krame", "The dredging will start in May.", None),
        ("Ana Bell", "And the southern channel?", None),
        ("Ivo Krame", "In the autumn, once the northern one is done.", None),
    ]


def test_captions_by_their_label_or_their_credit_go_and_never_date_the_page(built):
    documents, passages = built
    assert documents["news.txt"] == ("Ferry operators agree on winter timetable", date(2026, 3, 12))
    assert _texts(passages, "news.txt") == [
        "KELBY, March 12 - Three ferry operators agreed on Thursday to run a shared winter timetable on the northern "
        "routes.",
        "The operators said a video of the first crossing would be posted on their sites later in the week.",
    ]
