"""The page around a text that is none of its words (a transcription service's offer, a note on the text under a
label, links to the recording, a contact under the last turn) and the lines of the text itself that look like
the page's (a live page's post headlines, the first topic's heading of a briefing's notes). Fixtures written for
these tests, in the layouts of the sites that publish such pages."""

from datetime import date
from operator import attrgetter

import pytest

from index.readers.chrome import is_chrome, page_date_line
from tests.conftest import built_pages, by_document

MEETING = """Scribely
Transcripts
Harbour Board Meeting - May 5, 2026 Transcript

Chair Ines Moreau (00:00:05):
Good evening. The board will vote on the new pier tonight.

Member Paul Ode (00:00:41):
I move that we approve the pier. Residents can try the shuttle for free in June.

Chair Ines Moreau (00:01:02):
All in favour? The motion carries.

Turn Your Audio Into Text
Try Scribely for free and get your transcripts in minutes.
"""

CALL = """Health Office
Media Briefing Transcript: Update on the Valley Outbreak
Thursday, April 9, 2026
Read the Full Transcript
Please note: This transcript is not edited and may contain errors.
Operator: Welcome. All lines are muted until the questions.
Dr. Vance: Thank you. Nine cases were confirmed this week, all in the valley.
Operator: Our first question comes from Ada Lin.
Ada Lin: Will the schools close?
Dr. Vance: No. Please note: the schools stay open.
Listen to this Segment
Watch the Full Episode
Health Office from Apr 9, 2026
Mara Holt
Mara Holt is a producer for the Health Office in Denver.
"""

CONTACT = """Press Briefing Transcript: Deputy Spokesperson, June 3, 2026

MS. ROSS: Good morning. The board meets on June 12 to review the loan.

QUESTIONER: Will the loan be larger?

MS. ROSS: I will not get ahead of the board. Thank you all.

* * *

MEDIA RELATIONS

PRESS OFFICER: Rosa Lind

Phone: +1 555 0100

Privacy Policy
"""

LIVE = """Skip to main content
News
World
Harbour talks run late as ministers seek a deal - live
Latest updates: no agreement yet on the dredging fund
Ana Kell
Fri 8 May 2026 21.40 CET
Share
Fri 8 May 2026 21.10 CET
Ministers return after a break
Ministers have gone back into the hall, and one delegate says the draft is still full of brackets.
Share
Fri 8 May 2026 16.05 CET
The talks opened this morning with a long statement from the chair on the state of the channel.
Share
Fri 8 May 2026 09.30 CET
Talks open at the port
Good morning and welcome to our coverage of the harbour talks, which open at ten.
Share
Privacy policy
"""

NOTES = """Skip to main content
Coast Newsroom
Home
Press Briefings
Coast Press Briefing - 6 May 2026
COAST PRESS BRIEFING
6 May 2026
Ferries: crossings resume after the storm
Lena Pike for the Ferry Authority said the northern crossings had resumed this morning after two days of storm.
The southern crossing would open on Friday once the pier had been checked by engineers.
Water supply in the flooded villages
Omar Hale for the Health Office said that tankers were bringing drinking water to six villages every day.
Announcements for the week
Rita Moss for the Information Service said the assembly would open its session on Monday.
Back to Top
"""

RELEASE = """Coast Police
Home | News | Media releases | Contact
Media release
Landslide on the coast road closes the harbour route
Date: Sunday 10 May 2026
Release no.: CP-2026-0410
A section of the coast road gave way this morning after heavy rain, and the road will stay closed for a week.
Diversions
Drivers are asked to use the inland road, which adds about twenty minutes to the journey to the harbour.
Contact us | Privacy
"""

PAYWALL = """Skip to main content
World
Business
Port of Kelby to reopen its northern dock after repairs
The dock has been shut since the winter storms damaged its cranes.
Share full article
By Tom Ashby
May 12, 2026
The port of Kelby will reopen its northern dock on Monday, three months after storms damaged two of its cranes.
Press play to listen to this article
The harbour master said the repairs cost four million and that the dock would take larger ships by June.
Also read: Ferry fares to rise in the summer as fuel costs climb
Local newspaper subscribers had been asking for months when the dock would reopen, the harbour master said.
It will.
Fishing crews, who lost weeks of landings, welcomed the news but asked for help with the lost income.
Please wait while we check your access. Exit reader mode and log in to your account, or subscribe.
Please wait while we check your access.
Already a subscriber? Log in.
Want the whole paper? Subscribe.
By subscribing, you agree to our Privacy Policy and Terms of Use.
Advertisement
Site Index
"""

AUDIO = """Radio Breakfast
Harbour master rules out a toll on the new dock
On Breakfast with Lia Ward
Broadcast Tue 12 May 2026 at 7:40am
The harbour master, Ruth Dale, says the dock will stay free to use. (Radio News: Sam Cole)
Download Harbour master rules out a toll on the new dock (6.40 MB)
Share
This interview has been edited for length and clarity.
LIA WARD: Will ships pay a toll at the new dock?
RUTH DALE: No. The dock was built with public money and it stays free.
LIA WARD: Not even the larger ships?
RUTH DALE: Not even those. This has been edited out of nothing, I promise you.
"""

BYLINED = """Storm closes the harbour for a second day
By Vera Lund and Ole Brink, harbour correspondent

KELBY, May 14 (Coast Wire) - The harbour stayed shut on Thursday as the storm brought waves of six metres.

By Thursday evening, the board said, forty boats were sheltering in the inner basin.
"""

FOOTED = """Harbour News
Press Briefing with the Harbour Master
May 20, 2026
Jump to the questions and answers
Briefing category: Ports
HARBOUR MASTER: The dredging of the outer channel starts on Monday.
Q: How long will it take?
HARBOUR MASTER: Six weeks, unless otherwise stated by the engineers.
Harbour Authority
All material on this site may be reused unless otherwise stated.
"""

NAMED = """Press Briefing by the Deputy Spokesperson, June 4, 2026

MS. ROSS: Good morning. The harbour board meets on June 15.

QUESTION: Who will lead the inquiry?

MS. ROSS: Ivo Brandt

Share this page
Back to top
"""

SPOKEN = """Press Briefing by the Deputy Spokesperson, June 5, 2026

MS. ROSS: Good morning. The winter ferry pass goes on sale today.

QUESTION: What will the pass cost?

MS. ROSS: Nothing at first.

Try it for free until the end of June, then it costs ten euros a month.

All fares are in euros unless otherwise stated.

Watch the video
"""

REPORTED = """Town Paper
Ferry Deal Splits Council
By Ana Field
March 3, 2026

The council voted 5-4 on Monday to join the regional ferry plan.

The mayor said subscribing to the plan would cost the town two million a year.

Critics said the operator's privacy policy lets it sell passenger data to advertisers.

Sign up for our newsletter
Subscribe today
"""

VIDEO = """Harbour Board Weekly Update
Port of Kelby
1.4K subscribers
Subscribe
Share
Transcript
Search in video
0:00
hello everyone and welcome to the update
0:04
the new crane reached the quay on
0:07
Monday and the first ship berths
0:11
on Friday at six in the morning
0:15
thanks for watching
Chapters
Show chat replay
"""

WIRE = """Home  |  World  |  Business  |  Science
Source: Coast Wire
Kelby opens its new lighthouse museum
KELBY, May 9 (Coast Wire) -- The town of Kelby on Saturday opened a museum in its old lighthouse keeper's cottage.
The cottage had stood empty for forty years before the harbour board bought it in 2022 for a symbolic sum. ■
Related stories:
Kelby ferry fares to rise
Copyright © 2026 Coast Wire. All rights reserved.
"""

CAPTIONS = """KELBY NEWS AT SIX - CAPTION TEXT

>> GOOD EVENING. THE HARBOUR
CLOSED TONIGHT AHEAD OF THE STORM.
>> THE FERRIES WILL STAY IN PORT
UNTIL AT LEAST THURSDAY.
"""

ENDED = """Morning press conference of the President, 24 May 2026
PRESIDENT LENA ORT: Good morning. The new reservoir opened on Friday.
REPORTER: Will it supply the northern towns?
PRESIDENT LENA ORT: Yes, from the summer, when it is -30 degrees nowhere.
—000—
Downloads
Transcript (PDF)
Links
"""

FILING = """UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT
MEMORANDUM ORDER ON THE MOTION TO DISMISS
Filed July 17, 2026
The harbour workers' union filed this suit on March 3, 2026, claiming that the port failed to repair the cranes.
Case 4:26-cv-00412-ABC     Document 12     Filed 07/17/26     Page 2 of 3
The union's men work on the cranes each day, so the brief of the union in this case says a first note is on page 2 of 3
of the inspector's file. That is enough for standing at this stage.
The motion is DENIED.
"""

THREAD = """Skip to main content
Ana Kell (@anakell)
Thread: what the harbour board decided tonight
The board voted to close the old quay to lorries from June, the chair said after the meeting ended.
22 reposts 4 quotes 71 likes
The chair added that the post office on the quay had 14 likes on its page and would stay open.
ana@kelby.example
You are receiving this email because you follow the harbour board.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    pages = {
        "meeting.txt": MEETING,
        "call.txt": CALL,
        "contact.txt": CONTACT,
        "live.txt": LIVE,
        "notes.txt": NOTES,
        "release.txt": RELEASE,
        "paywall.txt": PAYWALL,
        "audio.txt": AUDIO,
        "bylined.txt": BYLINED,
        "footed.txt": FOOTED,
        "named.txt": NAMED,
        "spoken.txt": SPOKEN,
        "reported.txt": REPORTED,
        "video.txt": VIDEO,
        "wire.txt": WIRE,
        "captions.txt": CAPTIONS,
        "ended.txt": ENDED,
        "filing.txt": FILING,
        "thread.txt": THREAD,
    }
    return by_document(built_pages(tmp_path_factory.mktemp("pages"), pages), attrgetter("speaker", "text"))[1]


def _texts(built, name: str) -> list[str]:
    return [text for _, text in built[name]]


def test_a_transcription_service_s_offer_under_the_last_turn_is_none_of_its_words(built):
    assert built["meeting.txt"][-1] == ("Chair Ines Moreau", "All in favour? The motion carries.")
    assert not any("minutes" in text or "Into Text" in text for text in _texts(built, "meeting.txt"))
    # the same words inside a turn stay the speaker's
    assert any(text.endswith("try the shuttle for free in June.") for text in _texts(built, "meeting.txt"))


def test_a_note_on_the_text_under_a_label_and_links_to_the_recording_are_no_passages(built):
    found = built["call.txt"]
    assert found[0] == ("Operator", "Welcome. All lines are muted until the questions.")
    assert found[-1] == ("Dr. Vance", "No. Please note: the schools stay open.")
    assert not any("not edited" in text or "Full" in text or "producer" in text for _, text in found)


def test_a_media_contact_under_the_last_turn_is_no_turn_nor_passage(built):
    found = built["contact.txt"]
    assert found[-1] == ("MS. ROSS", "I will not get ahead of the board. Thank you all.")
    assert not any("Rosa Lind" in text or "MEDIA" in text for _, text in found)


def test_a_live_page_keeps_each_post_s_headline_and_drops_its_share_buttons(built):
    texts = _texts(built, "live.txt")
    assert "Ministers return after a break" in texts and "Talks open at the port" in texts
    assert texts.index("Ministers return after a break") + 1 == texts.index(
        "Ministers have gone back into the hall, and one delegate says the draft is still full of brackets."
    )
    assert "The talks opened this morning with a long statement from the chair on the state of the channel." in texts
    assert not any(text in ("Share", "Ana Kell", "Privacy policy") for text in texts)


def test_the_first_topic_s_heading_stays_like_the_others_but_a_release_s_field_goes(built):
    texts = _texts(built, "notes.txt")
    assert texts[0] == "Ferries: crossings resume after the storm"
    assert "Water supply in the flooded villages" in texts
    assert not any(text.startswith(("6 May", "COAST", "Back")) for text in texts)
    release = _texts(built, "release.txt")
    assert release[0].startswith("A section of the coast road gave way") and "Diversions" in release
    assert not any("CP-2026" in text for text in release)


def test_an_audio_player_s_lines_a_link_elsewhere_and_a_paywall_box_are_no_passages(built):
    texts = _texts(built, "paywall.txt")
    assert texts[-1].startswith("Fishing crews, who lost weeks of landings, welcomed the news")
    assert not any(word in text for text in texts for word in ("Press play", "Also read", "access", "Log in", "agree"))
    # a paragraph speaking of the paper's subscribers and a short sentence between paragraphs are the article's
    assert "It will." in texts and any(text.startswith("Local newspaper subscribers") for text in texts)


def test_a_download_link_and_a_note_that_the_interview_was_edited_are_no_passages(built):
    found = built["audio.txt"]
    assert not any("MB)" in text or "length and clarity" in text for _, text in found)
    assert found[-1] == ("RUTH DALE", "Not even those. This has been edited out of nothing, I promise you.")


def test_a_byline_over_the_first_paragraph_goes_on_a_page_with_no_other_chrome(built):
    texts = _texts(built, "bylined.txt")
    assert texts[0].startswith("KELBY, May 14 (Coast Wire) - The harbour stayed shut")
    assert texts[1] == "By Thursday evening, the board said, forty boats were sheltering in the inner basin."
    assert len(texts) == 2


def test_a_jump_link_a_category_and_a_licence_note_around_the_turns_are_no_passages(built):
    assert built["footed.txt"] == [
        ("HARBOUR MASTER", "The dredging of the outer channel starts on Monday."),
        ("Q", "How long will it take?"),
        ("HARBOUR MASTER", "Six weeks, unless otherwise stated by the engineers."),
    ]


def test_a_last_answer_that_is_a_name_and_spoken_words_after_it_stay_the_speaker_s(built):
    assert built["named.txt"][-1] == ("MS. ROSS", "Ivo Brandt")
    speaker, text = built["spoken.txt"][-1]
    assert speaker == "MS. ROSS" and text.startswith("Nothing at first.")
    assert "Try it for free until the end of June" in text and text.endswith("unless otherwise stated.")


def test_reported_speech_about_subscribing_or_a_privacy_policy_is_the_article_s(built):
    texts = _texts(built, "reported.txt")
    assert "The mayor said subscribing to the plan would cost the town two million a year." in texts
    assert "Critics said the operator's privacy policy lets it sell passenger data to advertisers." in texts
    assert not any("newsletter" in text or "Subscribe" in text for text in texts)


def test_a_video_transcript_keeps_the_words_under_its_cues_and_drops_the_cues_and_the_player(built):
    texts = _texts(built, "video.txt")
    assert "the new crane reached the quay on" in texts and "thanks for watching" in texts
    assert not any(text[:1].isdigit() or text in ("Subscribe", "Share", "Chapters") for text in texts)


def test_a_wire_s_last_paragraph_ending_on_its_end_mark_stays_and_the_foot_goes(built):
    texts = _texts(built, "wire.txt")
    assert texts[-1].startswith("The cottage had stood empty") and texts[-1].endswith("a symbolic sum. ■")
    assert not any("Related" in text or "Copyright" in text for text in texts)


def test_caption_speaker_marks_stay_as_written(built):
    texts = _texts(built, "captions.txt")
    assert any(text.startswith(">> GOOD EVENING. THE HARBOUR") for text in texts)
    assert any(">> THE FERRIES WILL STAY IN PORT" in text for text in texts)


def test_an_end_mark_of_three_noughts_ends_the_last_turn(built):
    assert built["ended.txt"][-1] == ("PRESIDENT LENA ORT", "Yes, from the summer, when it is -30 degrees nowhere.")


def test_a_running_head_a_post_s_counts_an_address_and_a_mailing_note_are_no_passages(built):
    filing = _texts(built, "filing.txt")
    assert not any("Document 12" in text for text in filing)
    assert any("a first note is on page 2 of 3" in text for text in filing)  # the text's own words stay
    thread = _texts(built, "thread.txt")
    assert not any("reposts" in text or "@kelby" in text or "receiving" in text for text in thread)
    assert any("14 likes on its page" in text for text in thread)


RELEASE_FOOT = """Ministry of Rivers
Home News Contact
Weir at Dunmoor to be rebuilt
Published 4 May 2026
The weir at Dunmoor will be rebuilt this summer, the ministry said.
Content is available under the new river licence only for anglers who register, the minister added.
Share this page
Cookies on this site: we use cookies. Accept all cookies
© Crown copyright 2026. All content is available under the Open Rivers Licence.
Privacy | Accessibility
"""


def test_a_copyright_notice_opening_a_line_at_the_foot_of_a_release_is_no_passage(tmp_path):
    _, texts = by_document(built_pages(tmp_path / "corpus", {"release.txt": RELEASE_FOOT}), attrgetter("text"))
    assert not any("©" in text or "Open Rivers Licence" in text for text in texts["release.txt"])
    # must not change: the body's paragraphs, one of them opening in the licence's words
    assert "The weir at Dunmoor will be rebuilt this summer, the ministry said." in texts["release.txt"]
    assert any(text.startswith("Content is available under the new river") for text in texts["release.txt"])


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        *(("* *** *", True), ("###", True), ("=====", True), ("-- * --", True), ("—•—", True), ("  ~ ~ ~  ", True)),
        *(("(*)", True), ("___", True), ("----", False), ("——", False), ("**", False), ("#1", False)),
        *(("Hello ***", False), ("*** Hello", False), ("* * * The talks resumed.", False)),
    ],
)
def test_a_line_of_marks_with_a_star_or_a_hash_is_chrome_a_line_with_words_is_not(line, chrome):
    assert is_chrome(line) is chrome


def test_a_page_s_date_line_is_read_past_any_number_of_lines_pointing_elsewhere_but_not_past_its_reach():
    pointers = ["• Trending: Harbour strike ends 12 January 2025"] * 20
    found = page_date_line([*pointers, "", "3 March 2025", "The harbour reopened."])
    assert found is not None and (found.line, found.date) == (21, date(2025, 3, 3))
    words = [f"Line {n} of the page has words." for n in range(12)]
    assert page_date_line([*words, "3 March 2025"]) is None
    assert page_date_line([*words[:11], "3 March 2025"]).line == 11
    assert page_date_line([*pointers[:3], *words[:3], "3 March 2025"], within=3) is None
    assert page_date_line([*pointers[:3], *words[:2], "3 March 2025"], within=3).line == 5
