"""Pages of public bodies and companies a new user brought: a town's minutes, a phone-in on the radio, a
company's meeting with its shareholders, a science roundup of experts' comments, a question-and-answer page
saved as Markdown. Fixtures written for these tests, in the layouts of such pages."""

from operator import attrgetter

from tests.conftest import built_pages, by_document

MINUTES = """TOWN OF ESKDALE FERRY
MINUTES OF THE REGULAR MEETING OF THE TOWN BOARD
Monday, March 2, 2026 - 7:00 p.m.

PRESENT: Supervisor Ana Ruiz; Board Members Carl Odum and Petra Lind
ABSENT: Board Member Sam Hobb

1. FERRY DOCK REPAIRS
The engineer reported that two pilings under the ferry dock have rotted and must be replaced before June.
MOTION: Board Member Odum moved, seconded by Board Member Lind, to award the piling contract for $86,400.
VOTE: Motion carried 3-0.

2. BEACH PARKING
MOTION: Board Member Lind moved, seconded by Supervisor Ruiz, to raise the summer beach parking fee to $12 a day.
VOTE: Motion carried 2-1 (Odum no).
"""

# minutes that record who said what: the members' labels stay speakers beside a motion's line
MINUTES_WITH_WORDS = """Eskdale Ferry Town Board, special meeting, March 9, 2026

SUPERVISOR RUIZ: The only item tonight is the ferry timetable.

BOARD MEMBER ODUM: The early boat carries fewer than ten people a day in winter.

SUPERVISOR RUIZ: Then we should drop it from November to March.

MOTION: Board Member Odum moved to drop the 6:10 a.m. boat from November to March.

BOARD MEMBER LIND: I will second that, with regret.
"""


def test_a_motion_and_its_vote_in_minutes_name_no_speaker(tmp_path):
    index = built_pages(tmp_path / "corpus", {"minutes.txt": MINUTES})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    spoken = {text: speaker for speaker, text in passages["minutes.txt"]}
    motion = next(text for text in spoken if "Board Member Odum moved" in text)
    vote = next(text for text in spoken if "Motion carried 2-1" in text)
    assert spoken[motion] is None
    assert spoken[vote] is None


def test_minutes_with_members_words_keep_their_speakers(tmp_path):
    index = built_pages(tmp_path / "corpus", {"special.txt": MINUTES_WITH_WORDS})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    spoken = dict((text, speaker) for speaker, text in passages["special.txt"])
    assert spoken["The early boat carries fewer than ten people a day in winter."] == "BOARD MEMBER ODUM"
    assert spoken["I will second that, with regret."] == "BOARD MEMBER LIND"
    motion = next(text for text in spoken if "drop the 6:10" in text)
    assert spoken[motion] != "MOTION"


PHONE_IN = """Breakfast with Ivo Saddler - phone-in on the ferry fares

IVO SADDLER: The fares go up on Monday and the lines are full. Anwen is first, from Tregarth.

CALLER (ANWEN, TREGARTH): I cross every day for work. Why should a season ticket cost more than my rent?

MINA COLE: Anwen, the season ticket rises by four per cent, less than any single fare, and it stays frozen until 2028.

IVO SADDLER: Bill is on the line from Llandre.

CALLER (BILL, LLANDRE): The last boat back leaves at half past six. Will you run a later one in summer?

MINA COLE: Bill, from June there will be a nine o'clock sailing on Fridays and Saturdays.
"""

# a phone-in whose callers the page does not name: one voice, as before
UNNAMED_CALLERS = """Drive time phone-in, 4 May 2026

HOST: Who is next?

CALLER: I want to know why the bridge is shut again.

GUEST: The bearings are being replaced; it opens on Friday.

CALLER: And will the tolls go up after that?

GUEST: No, the tolls stay where they are this year.
"""


def test_each_caller_a_phone_in_names_keeps_their_own_label(tmp_path):
    index = built_pages(tmp_path / "corpus", {"phone-in.txt": PHONE_IN})
    _, passages = by_document(index, attrgetter("speaker", "text", "context"))
    by_text = {text: (speaker, context) for speaker, text, context in passages["phone-in.txt"]}
    bill = next(text for text in by_text if text.startswith("The last boat back"))
    anwen = next(text for text in by_text if text.startswith("I cross every day"))
    assert by_text[bill][0] == "CALLER (BILL, LLANDRE)"
    assert by_text[anwen][0] == "CALLER (ANWEN, TREGARTH)"
    answer = next(text for text in by_text if text.startswith("Bill, from June"))
    assert by_text[answer] == ("MINA COLE", bill)


def test_callers_the_page_does_not_name_stay_one_voice(tmp_path):
    index = built_pages(tmp_path / "corpus", {"drive.txt": UNNAMED_CALLERS})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    speakers = {text: speaker for speaker, text in passages["drive.txt"]}
    assert speakers["I want to know why the bridge is shut again."] == "CALLER"
    assert speakers["And will the tolls go up after that?"] == "CALLER"
    assert speakers["No, the tolls stay where they are this year."] == "GUEST"


FAQ = """[Skip to main content](#main)

Kelby Town Council

- [Waste](/waste)
- [Parking](/parking)
- [Libraries](/libraries)

[Home](/) > [Libraries](/libraries) > Library cards

# Library cards: your questions answered

On this page

- [Who can join?](#join)
- [What does it cost?](#cost)

## Who can join?

Anyone who lives, works or studies in the borough can join the library service for free.

## What does it cost?

Cards are free, but a replacement for a lost card costs three pounds.

---

Was this page helpful? [Yes](#) [No](#)
"""

# a Markdown page with no ``# `` heading: its title is read from its lines as before
NO_TOP_HEADING = """Kelby Town Council

## Who can join?

Anyone who lives, works or studies in the borough can join the library service for free.

## What does it cost?

Cards are free, but a replacement for a lost card costs three pounds.
"""


def test_a_markdown_question_page_is_titled_by_its_heading_not_the_site_name(tmp_path):
    index = built_pages(tmp_path / "corpus", {"library-faq.md": FAQ})
    titles, passages = by_document(index)
    assert titles["library-faq.md"][0] == "Library cards: your questions answered"
    assert "Cards are free, but a replacement for a lost card costs three pounds." in passages["library-faq.md"]
    assert not any("Library cards: your questions answered" in text for text in passages["library-faq.md"])


def test_a_markdown_page_without_a_top_heading_keeps_its_title(tmp_path):
    index = built_pages(tmp_path / "corpus", {"questions.md": NO_TOP_HEADING})
    titles, _ = by_document(index)
    assert titles["questions.md"][0] == "Kelby Town Council"


ROUNDUP = """Science Desk of Norland
Home   Roundups   Briefings   About

APRIL 2, 2026

expert reaction to trial of a weekly insulin pill

A trial reported in the Norland Medical Review found a weekly insulin pill as good as daily injections in 412 adults.

Dr Ines Falk, Reader in Endocrinology, University of Harwick, said:

"The trial was run well and the result on blood sugar is convincing for the people who took part."

"The pill still has to be taken on an empty stomach, which many patients will find hard to manage every week."

Prof Oren Tally, Chair of Clinical Pharmacology, Norland Institute, said:

"Twelve weeks is too short to tell us anything about the risk of low blood sugar over years."

The trial was funded by the maker of the pill.

Officials at the health ministry said:

"We will review the evidence when it is submitted."
"""


def test_each_quotation_under_an_experts_introduction_is_that_experts(tmp_path):
    index = built_pages(tmp_path / "corpus", {"roundup.txt": ROUNDUP})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    speakers = {text: speaker for speaker, text in passages["roundup.txt"]}
    said = {text[:20]: speaker for text, speaker in speakers.items()}
    assert said['"The trial was run w'] == "Dr Ines Falk"
    assert said['"The pill still has '] == "Dr Ines Falk"
    assert said['"Twelve weeks is too'] == "Prof Oren Tally"


def test_words_after_the_quotations_and_an_unnamed_body_name_no_expert(tmp_path):
    index = built_pages(tmp_path / "corpus", {"roundup.txt": ROUNDUP})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    speakers = {text: speaker for speaker, text in passages["roundup.txt"]}
    assert speakers["The trial was funded by the maker of the pill."] is None
    assert speakers['"We will review the evidence when it is submitted."'] is None
    assert speakers["Dr Ines Falk, Reader in Endocrinology, University of Harwick, said:"] is None


MEETING_QA = """Tarn Valley Co-operative
Members   Reports   Stores   Contact

Annual General Meeting 2026: questions and answers

Held on Saturday 16 May 2026 at Tarnby Village Hall

Question from Ms Jo Quarry, member since 1998:
Why was the dividend on purchases cut from two per cent to one per cent?

Response from Petra Hale, Chair of the Board:
Trading profit fell by a third after the Kelby store flooded, and the Board chose to keep every job.

Question from Mr Dev Anand, member:
Will the Kelby store reopen?

Answer by Rui Soto, Chief Executive:
It reopens on 1 September with a larger bakery.
"""

# questions listed with no one answering under a label: the page's lines, as before
QUESTIONS_ONLY = """Tarn Valley Co-operative: questions sent before the meeting

Question from Ms Jo Quarry, member since 1998:
Why was the dividend on purchases cut from two per cent to one per cent?

Question from Mr Dev Anand, member:
Will the Kelby store reopen?

The Board will answer both at the meeting on 16 May 2026.
"""


def test_a_meetings_questions_and_answers_name_who_asks_and_who_answers(tmp_path):
    index = built_pages(tmp_path / "corpus", {"agm.txt": MEETING_QA})
    titles, passages = by_document(index, attrgetter("speaker", "text", "context"))
    assert titles["agm.txt"][0] == "Annual General Meeting 2026: questions and answers"
    by_text = {text: (speaker, context) for speaker, text, context in passages["agm.txt"]}
    asked = "Will the Kelby store reopen?"
    assert by_text[asked][0] == "Question (Mr Dev Anand, member)"
    assert by_text["It reopens on 1 September with a larger bakery."] == ("Rui Soto, Chief Executive", asked)
    cut = next(text for text in by_text if text.startswith("Trading profit fell"))
    assert by_text[cut][0] == "Petra Hale, Chair of the Board"


def test_questions_with_no_answers_under_labels_name_nobody(tmp_path):
    index = built_pages(tmp_path / "corpus", {"sent.txt": QUESTIONS_ONLY})
    _, passages = by_document(index, attrgetter("speaker", "text"))
    assert all(speaker is None for speaker, _ in passages["sent.txt"])
    assert any("Will the Kelby store reopen?" in text for _, text in passages["sent.txt"])


DECISION_PAGE = """<html><head><title>Marsh Vale Council (26 001 204) - Complaints Ombudsman</title></head><body>
<header><a href="/">Complaints Ombudsman</a><nav><a>Complain</a> <a>Decisions</a> <a>About</a></nav></header>
<main>
<h1>Marsh Vale Council (26 001 204)</h1>
<p>Decision date : 4 Mar 2026</p>
<p>Print this page</p>
<h2>The complaint</h2>
<p>Mr D complained that the Council took eleven weeks to repair a broken lift in the block where he lives.</p>
<p><a href="#top">Back to top</a></p>
<h2>What I found</h2>
<p>The Council's own standard is to repair a lift within ten working days, and it missed that by six weeks.</p>
<p><a href="#top">Back to top</a></p>
<p>Reproduction is permitted provided that the source is acknowledged.</p>
<div>Was this page helpful? <button>Yes</button> <button>No</button></div>
<p>Print this page and bring it to the housing office when you collect your new key fob.</p>
</main>
</body></html>
"""

PHONE_IN_NOTE = """Evening Line with Sara Quist

Transcript: the ferry strike phone-in

Broadcast: Tuesday 3 March 2026, 6:05pm

This transcript was produced from the broadcast and may contain errors.

SARA QUIST: The ferries have been tied up for three days. Who is on the line?

CALLER (OWEN, SKERRY): I am, Sara. I have missed two hospital appointments this week.

SARA QUIST: Thank you, Owen.
"""


def test_a_pages_buttons_prompts_and_licence_note_are_no_passages(tmp_path):
    index = built_pages(tmp_path / "corpus", {"decision.html": DECISION_PAGE})
    _, passages = by_document(index)
    texts = passages["decision.html"]
    assert not any(text in ("Back to top", "Print this page") for text in texts)
    assert not any(text.startswith(("Was this page helpful", "Reproduction is permitted")) for text in texts)
    assert any(text.startswith("The Council's own standard is to repair a lift") for text in texts)
    assert any(text.startswith("Print this page and bring it to the housing office") for text in texts)


def test_a_note_that_the_transcript_was_produced_from_the_broadcast_is_no_passage(tmp_path):
    index = built_pages(tmp_path / "corpus", {"evening.txt": PHONE_IN_NOTE})
    _, passages = by_document(index)
    assert not any("may contain errors" in text for text in passages["evening.txt"])
    assert "I have missed two hospital appointments this week." in " ".join(passages["evening.txt"])


def _briefing_page(heading: str, name: str) -> str:
    return f"""<html><head><title>{name}</title></head><body>
<nav><a>Home</a> <a>Media</a> <a>Contact</a></nav>
<main><div>HARBOUR STRIKE</div><h1>{heading}</h1><p>Kell, 12 March 2026</p>
<p>Good afternoon. The strike at the container terminal enters its ninth day, and 41 ships are waiting offshore.</p>
<p>We have asked both sides to meet the mediator again on Friday.</p></main></body></html>
"""


def test_a_heading_naming_only_a_kind_of_event_takes_the_pages_longer_name(tmp_path):
    pages = {"strike.html": _briefing_page("PRESS BRIEFING", "Harbour strike press briefing | Port of Kell")}
    titles, _ = by_document(built_pages(tmp_path / "corpus", pages))
    assert titles["strike.html"][0] == "Harbour strike press briefing"


def test_a_kind_heading_the_page_names_no_better_and_a_full_heading_stay(tmp_path):
    pages = {
        "plain.html": _briefing_page("Press briefing", "Press briefing | Port of Kell"),
        "named.html": _briefing_page("Strike talks resume", "Harbour strike press briefing | Port of Kell"),
    }
    titles, _ = by_document(built_pages(tmp_path / "corpus", pages))
    assert titles["plain.html"][0] == "Press briefing"
    assert titles["named.html"][0] == "Strike talks resume"


FIELDS_PAGE = """<html><head><title>Grounding of MV Tarn Star | Marine Safety Board</title></head><body>
<nav><a>Home</a> <a>Marine</a> <a>Rail</a></nav>
<main><h1>Grounding of MV Tarn Star</h1>
<dl>
<dt>Vessel:</dt><dd>MV Tarn Star, general cargo</dd>
<dt>Status</dt><dd>Under investigation</dd>
<dt>Flag</dt><dt>Port of registry</dt><dd>Kell</dd>
</dl>
<p>The vessel grounded on the Ness Bank at 0215 on 2 February 2026 with 11 crew on board, none of whom was hurt.</p>
<p>Investigators have downloaded the voyage data recorder and will interview the watchkeeping officers.</p>
</main></body></html>
"""


def test_a_term_and_its_description_are_one_line(tmp_path):
    index = built_pages(tmp_path / "corpus", {"grounding.html": FIELDS_PAGE})
    _, passages = by_document(index)
    texts = passages["grounding.html"]
    assert "Vessel: MV Tarn Star, general cargo" in texts
    assert "Status Under investigation" in texts
    assert "Vessel:" not in texts
    assert not any(text.startswith("Flag Port") for text in texts)  # a term with no description of its own
    assert any(text.startswith("The vessel grounded on the Ness Bank") for text in texts)


OUTBREAK_PAGE = """<html><head><title>Measles - Kell Islands</title></head><body>
<nav><a>Health topics</a> <a>Countries</a> <a>Newsroom</a></nav>
<main><h1>Measles - Kell Islands</h1>
<p>3 April 2026 | Outbreak news</p>
<h2>Description of the situation</h2>
<p>Between 1 January and 28 March 2026, the islands reported 212 confirmed measles cases and two deaths.</p>
<p>Citable reference: Regional Health Office (3 April 2026). Outbreak news; Measles in the Kell Islands.</p>
<h2>Further information</h2>
<ul><li><a>Measles fact sheet</a></li><li><a>Immunization schedules by country</a></li></ul>
<p>Travellers to the islands should make sure they have had two doses of the vaccine before they leave home.</p>
<h2>Advice</h2>
<ul><li>Vaccination of children under five</li><li>Isolation of cases for four days</li></ul>
</main></body></html>
"""


def test_a_citation_note_and_links_under_further_information_are_no_passages(tmp_path):
    index = built_pages(tmp_path / "corpus", {"measles.html": OUTBREAK_PAGE})
    _, passages = by_document(index)
    texts = passages["measles.html"]
    assert not any(text.startswith("Citable reference") for text in texts)
    assert "Measles fact sheet" not in texts and "Immunization schedules by country" not in texts
    assert any(text.startswith("Travellers to the islands should make sure") for text in texts)
    assert "Isolation of cases for four days" in texts  # a list under a heading of the report's own
