"""More forms of speaker labels from pasted pages, read through the real readers, splitter and index: a time stamp
in brackets before the name, a name with a role after a comma, a title holding ``of``, a parliament's record with
blank lines and headings, and a name spoken once that the text shows to be a person's. Notes, topic lines and live
stamps in the same forms give no speaker. The fixtures are written for these tests."""

import pytest

from index.builder import build_index
from index.models import PassageKind
from index.store import load_index
from tests.conftest import write

PODCAST = """The Quay Report
Episodes
Subscribe
Episode 40: Ferry fares after the fuel deal
March 4, 2025 · 28 min
Listen on Spotify
Transcript
[00:00:03] Nell Osei: Welcome back. Today we look at what the new fuel deal means for ferry fares.
[00:00:11] Rami Haddad: Glad to be here, Nell.
[00:00:14] Nell Osei: Will island fares fall this spring?
[00:00:20] Rami Haddad: Not before May. The operators buy fuel three months ahead, so the cheaper contract shows.
[00:01:05] Nell Osei: Rami Haddad, thank you.
Transcript generated automatically and edited for clarity.
More episodes
"""

SQUARE_CODES = """Harbour board meeting - transcript
Ada Brun [00:02]: The board approves the new berth fees from April.
Speaker 2 [00:40]: Will the fishing fleet pay the new fees too?
Ada Brun [00:46]: No, the fishing fleet keeps the old fees for another year.
"""

LIVE = """Flooding in the valley: live updates

[14:20] Update: The river has passed its highest level since 1998 at Kell Bridge.

[13:05] Kell Bridge: Police have closed the bridge to all traffic until further notice.

[11:40] Kell Bridge: Sandbags are being handed out at the fire station on Mill Lane.
"""

SPOKESPERSON = """Ministry of Foreign Affairs
Government of Osterland
Media Briefings
Transcript of Weekly Media Briefing by the Official Spokesperson (March 6, 2025)
March 7, 2025
Ravi Sen, Official Spokesperson: Good afternoon, everyone. The foreign minister travels to Valdor on Monday.
Mira Kapoor: Sir, Mira from the Daily Courier. Will the talks cover the dam on the upper river?
Ravi Sen, Official Spokesperson: The dam is the first item on the agenda, and both sides have shared their data.
Jonas Feld: Sir, Jonas Feld from Radio North. When will the minister return?
Ravi Sen, Official Spokesperson: He returns on Wednesday evening.
(Concludes)
"""

MEETING = """Office of the President of Osterland

Meeting with Governor of Kell Province Dana Wirth

March 9, 2025 - 11:20 - The Palace

President of Osterland Arno Falk: Governor, good morning. How high did the river rise this week?

Governor of Kell Province Dana Wirth: Good morning, Mr President. It rose two metres, but the new walls held.

Arno Falk: Were any homes flooded?

Dana Wirth: Eleven homes near the old ferry landing were flooded, and every family has been rehoused.
"""

SPEECH = "\n\n".join(f"Part {n} of the opening speech sets out one more step of the dredging plan." for n in range(6))
RECORD = f"""Official Report

Northern Harbours

Volume 802: debated on Tuesday 10 June 2025

Harbour Dredging

The Minister for Ports (Ann Lee)

I beg to move that the House approves the dredging plan for the northern harbours.

The plan covers four harbours and will cost 120 million pounds over five years.

{SPEECH}

Share this contribution

Tom Vale (Northbay) (Con)

Will the Minister tell us when the dredgers will reach Northbay?

Share this contribution

Ann Lee

The first dredger reaches Northbay in March, and the work there takes six weeks.

Share this contribution

Mr Speaker

Order. We now come to the next item.
"""

INTRODUCED = """Press conference on the harbour reopening
March 3, 2025
MODERATOR: Good morning. Harbour Commissioner Lena Dahl will open with a short statement.
Lena Dahl: Thank you. The harbour reopens to ferries on Monday, two weeks ahead of plan.
QUESTION: Will the night ferries run again?
MODERATOR: The commissioner will answer that one in writing. Thank you all.
"""

SURNAMED = """Press conference on the harbour reopening
March 3, 2025
MODERATOR: Good morning. We begin with a short statement.
Lena Dahl: Thank you. The harbour reopens to ferries on Monday, two weeks ahead of plan.
QUESTION: Will the night ferries run again?
COMMISSIONER DAHL: From the first of April, every night of the week.
"""

TOPICS = """Press conference on the harbour works
March 3, 2025
MODERATOR: Good morning. Two updates before questions, on port safety and on transport.
Port Safety: The harbour master has closed berth four until the crane is repaired.
Rail, Road and Sea: All services resume on Monday.
QUESTION: When does berth four reopen?
COMMISSIONER DAHL: Within a fortnight.
"""

ARTICLE = """Ferry services return after the storm

Ferries to the islands sailed again on Saturday after three days in port.

Note: The timetable below is the operator's own.

Update: The late ferry on Sunday has been cancelled.

Posted 10:32

Shipping: Three cargo sailings were moved to Monday.

Board of Trade: The board meets on Friday to review the losses.

Ferries, Buses and Trains: All services resume on Monday.

The harbour master said the breakwater held better than expected.
"""

REMARKS = """Harbour Authority - Press Room

Speech

Remarks by Harbour Commissioner Lena Dahl at the press conference on the new breakwater

Kellport, 5 March 2025

(As delivered)

Good afternoon.

Today we open the tender for the new breakwater at the north entrance.

The work will cost 40 million euros and should be finished by the spring of 2027.

Question: Commissioner, will the harbour stay open during the work?

Commissioner Dahl: Yes. The south entrance stays open, and pilots will guide every ship through.

Thank you.
"""

JOINT = REMARKS.replace("by Harbour Commissioner Lena Dahl", "by Commissioner Lena Dahl and Mayor Ivo Falk")
UNLABELLED = REMARKS.replace("Commissioner Dahl: Yes.", "MAYOR FALK: Yes.")

TELEVISION = """Transcripts

The Evening Desk

Ferry Strike Reaches the Islands

Aired April 2, 2026 - 18:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

NORA BELL, ANCHOR: Tonight, the ferry strike reaches the islands.

ADAM PIKE, CORRESPONDENT (voice-over): At the north pier the ferries stayed tied up all morning.

BELL: Joining us now is the transport minister, Hana Ruiz. Minister, welcome.

HANA RUIZ, U.S. TRANSPORT MINISTER: Thank you for having me, Nora.

BELL: Will you order the crews back to work?

RUIZ: Not yet. The mediators meet both sides again on Thursday.

BELL: The mayor says she will decide on the fares next week.

MAYOR LENA ORTIZ (I-KELLPORT): I want the fares frozen until the strike is over.
"""

HEARING = """[Senate Hearing 119-77]
                    HARBOR SAFETY OVERSIGHT
    The Committee met, pursuant to notice, at 9:30 a.m., Hon. Ada Lin, Chairwoman, presiding.
    The CHAIRWOMAN. The hearing will come to order. We are here to review the harbor safety plan.
    Senator MORROW. Thank you, Madam Chair. Two dock workers were injured last month.
    The CHAIRWOMAN. Director Hale, please begin.
    Mr. HALE. Thank you. We inspected every crane in the port in March.
    Senator MORROW. When will the inspection report be public?
    Mr. HALE. Within thirty days, Senator.
"""

COUNCIL = """Security Council
10200th meeting
Provisional
The President: I welcome the Special Envoy. I now give her the floor.
Ms. Amar: Since my last briefing, the fighting has spread to two more towns.
The President: I thank Ms. Amar for her briefing.
I now give the floor to the members of the Council.
Mr. Lund (Norway) (spoke in French): Norway condemns the attacks on the towns.
Ms. Osei (Ghana): Ghana supports the plan of the Special Envoy.
Mr. Lund (Norway): We also call for a ceasefire before the rains.
"""

VERBATIM = """Verbatim report of proceedings
Wednesday, 4 March 2026 - Brussels
7. Port security (debate)
President. – The next item is the debate on port security.
Jan Holm, Member of the Commission. – Madam President, the Commission proposes new scanners for every port.
Eva Stark, on behalf of the Renew Group. – (SV) Madam President, the Union must pay for the scanners.
President. – The debate is closed.
"""

SPORTS = """Press Conference
THE MODERATOR: Questions, please.
Q. How is the knee after today?
MARTA VOSS: It is fine. I played without pain for the first time this month.
Q. And the final on Sunday?
MARTA VOSS: I will rest tomorrow and be ready.
"""

COURT = """TRANSCRIPT OF MOTION HEARING
APPEARANCES:
For the City: JOHN REID, Assistant City Attorney
PROCEEDINGS
THE COURT: We are here on the city's motion to dismiss.
MR. REID: Thank you, Your Honor. The claim was filed after the deadline.
THE COURT: The motion is granted.
"""

LOOK_ALIKES = """Harbour news in brief

The ferry to the islands was late again on Monday morning.

Breaking NEWS. The late ferry will be replaced by a bus.

Port News. – The harbour reopened to small boats at noon.

NOTE (ADDED): The timetable was changed on Sunday.

The harbour master said more delays are likely this week.
"""

BOARDS = """Gale update: what the harbour boards say

High winds shut three harbours along the coast overnight.

North Bay Harbour Board: The breakwater lost part of its wall and the inner berths are closed.
South Bay Harbour Board: Fishing boats may leave from noon if the wind drops.
West Bay Harbour Board: The ferry ramp is damaged and sailings are off until Friday.

Port of Kell Water Office: Boil tap water until Monday.
City of Mill Water Office: Supplies are back to normal.

More wind is forecast for the weekend.
"""

LIVE_FORWARD = """Storm Ada: as it happened

[08:50] Kell Bridge: Police shut the bridge to traffic early this morning.

[09:35] Mill Lane: Sandbags can be collected at the fire station.

[10:20] Kell Bridge: The river stands a metre above its normal level.

[11:05] Mill Lane: People in the low streets are asked to leave their homes.
"""

NUMBERED = """Inland waters treaty: a summary

The treaty has six parts. Its last three are summarised here, with the questions readers sent us.

Part IV. The parties share their river levels every week.

Question: What happens when the panel cannot agree?

Part V. Either party may then ask the regional court to decide.

Part IV. The same data go to the regional weather office.

Yes. – The members voted to raise the mooring fee by two per cent.

No. – They did not vote to shut the library on Sundays.

Yes. – The new bus route starts in the spring.

No. – The ferry timetable stays as it is.

Port News. – The harbour reopened to small boats at noon.

Port News. – The fish market moves to the east quay in May.
"""

WELCOMED = """Ministry of Ports
Remarks by Minister Anna Vos at the Harbour Forum
12 March 2025
Good morning, all. Our guest has run the ministry for two years, and I am glad to hand over to her.

Please welcome her.
Minister Vos: Thank you for the kind words. The new berths open in June.
Question: When do the fees change?
Minister Vos: Not before next year.
"""

PLACES = """City of Ferrowick
Press briefing by the council spokesperson
4 March 2026
MS. HALL: Good afternoon. Three public meetings on the new bus routes take place this week.
Town Hall: The first starts at six on Tuesday evening.
Kell Library: The second is on Wednesday at noon.
QUESTION: Will the routes change before the meetings end?
MS. HALL: No. Nothing changes until the council votes in April.
"""

FILES = {
    "podcast.txt": PODCAST, "square.txt": SQUARE_CODES, "live.txt": LIVE, "spokesperson.txt": SPOKESPERSON,
    "meeting.txt": MEETING, "record.txt": RECORD, "introduced.txt": INTRODUCED, "surnamed.txt": SURNAMED,
    "topics.txt": TOPICS, "article.txt": ARTICLE, "remarks.txt": REMARKS, "joint.txt": JOINT,
    "unlabelled.txt": UNLABELLED, "television.txt": TELEVISION, "hearing.txt": HEARING, "council.txt": COUNCIL,
    "verbatim.txt": VERBATIM, "sports.txt": SPORTS, "court.txt": COURT, "look-alikes.txt": LOOK_ALIKES,
    "boards.txt": BOARDS, "live-forward.txt": LIVE_FORWARD, "numbered.txt": NUMBERED, "welcomed.txt": WELCOMED,
    "places.txt": PLACES,
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("label-forms")
    for name, text in FILES.items():
        write(root, name, text)
    index_dir = tmp_path_factory.mktemp("label-forms-index")
    build_index(root, index_dir)
    return load_index(index_dir)


def passages(index, path):
    doc = next(n for n, source in enumerate(index.sources) if source.path == path)
    return [p for p in index.passages if p.doc == doc]


def turns(index, path):
    return [(p.speaker, p.text) for p in passages(index, path)]


def test_a_time_stamp_in_brackets_before_or_after_a_name_opens_its_turn(index):
    assert turns(index, "podcast.txt") == [
        ("Nell Osei", "Welcome back. Today we look at what the new fuel deal means for ferry fares."),
        ("Rami Haddad", "Glad to be here, Nell."),
        ("Nell Osei", "Will island fares fall this spring?"),
        ("Rami Haddad", "Not before May. The operators buy fuel three months ahead, so the cheaper contract shows."),
        ("Nell Osei", "Rami Haddad, thank you."),
    ]  # the note under the last turn is no words of hers
    assert [speaker for speaker, _ in turns(index, "square.txt")] == ["Ada Brun", "Speaker 2", "Ada Brun"]


def test_a_live_page_s_bracketed_stamps_give_no_speaker(index):
    assert all(p.speaker is None and p.kind is PassageKind.PARAGRAPH for p in passages(index, "live.txt"))


def test_a_name_with_its_role_after_a_comma_and_the_reporters_it_answers_are_turns(index):
    spokesperson = "Ravi Sen, Official Spokesperson"
    assert [speaker for speaker, _ in turns(index, "spokesperson.txt")] == [
        spokesperson, "Mira Kapoor", spokesperson, "Jonas Feld", spokesperson,
    ]
    assert ("Jonas Feld", "Sir, Jonas Feld from Radio North. When will the minister return?") in turns(
        index, "spokesperson.txt"
    )


def test_a_title_holding_of_before_a_name_is_the_person_the_name_labels_later(index):
    assert [speaker for speaker, _ in turns(index, "meeting.txt")] == [
        "President of Osterland Arno Falk", "Governor of Kell Province Dana Wirth",
        "President of Osterland Arno Falk", "Governor of Kell Province Dana Wirth",
    ]


def test_a_record_with_blank_lines_long_speeches_and_headings_keeps_its_members(index):
    record = turns(index, "record.txt")
    minister = "The Minister for Ports (Ann Lee)"
    assert [speaker for speaker, _ in record] == [minister, "Tom Vale", minister, "Mr Speaker"]
    assert SPEECH in record[0][1] and record[3][1] == "Order. We now come to the next item."


def test_a_name_speaking_once_is_a_turn_where_the_text_shows_it_is_a_person(index):
    statement = "Thank you. The harbour reopens to ferries on Monday, two weeks ahead of plan."
    assert ("Lena Dahl", statement) in turns(index, "introduced.txt")  # named in full by the turn before
    assert ("Lena Dahl", statement) in turns(index, "surnamed.txt")  # and labelled by title and surname


def test_topic_lines_notes_and_stamps_in_label_form_give_no_speaker(index):
    topics = turns(index, "topics.txt")
    assert [speaker for speaker, _ in topics] == ["MODERATOR", "QUESTION", "COMMISSIONER DAHL"]
    assert "Port Safety: The harbour master" in topics[0][1] and "Rail, Road and Sea: All" in topics[0][1]
    article = passages(index, "article.txt")
    assert all(p.speaker is None and p.kind is PassageKind.PARAGRAPH for p in article)
    assert "Board of Trade: The board meets on Friday to review the losses." in [p.text for p in article]


def test_remarks_before_the_first_label_are_the_speaker_s_the_header_says_they_are_by(index):
    remarks = turns(index, "remarks.txt")
    assert remarks[:3] == [
        ("Lena Dahl", "Good afternoon."),
        ("Lena Dahl", "Today we open the tender for the new breakwater at the north entrance."),
        ("Lena Dahl", "The work will cost 40 million euros and should be finished by the spring of 2027."),
    ]  # the page's note over them is no passage; the header gives the name in full
    assert remarks[-1] == (
        "Lena Dahl",
        "Yes. The south entrance stays open, and pilots will guide every ship through.\n\nThank you.",
    )
    for path in ("joint.txt", "unlabelled.txt"):  # two people named, or none of the labels names the one
        assert dict((text, speaker) for speaker, text in turns(index, path))["Good afternoon."] is None


def test_a_television_transcript_s_name_and_role_in_capitals_opens_a_turn_of_its_own(index):
    television = turns(index, "television.txt")
    pier = "At the north pier the ferries stayed tied up all morning."
    assert ("ADAM PIKE, CORRESPONDENT (voice-over)", pier) in television
    said = dict((text, speaker) for speaker, text in television)
    assert said["Thank you for having me, Nora."] in ("RUIZ", "HANA RUIZ, U.S. TRANSPORT MINISTER")  # not BELL's
    assert said["Not yet. The mediators meet both sides again on Thursday."] == said["Thank you for having me, Nora."]
    assert said["I want the fares frozen until the strike is over."] == "MAYOR LENA ORTIZ (I-KELLPORT)"
    assert said["Tonight, the ferry strike reaches the islands."] == said["Will you order the crews back to work?"]


def test_a_hearing_s_title_and_surname_closed_by_a_full_stop_are_labels(index):
    assert turns(index, "hearing.txt")[-4:] == [
        ("The CHAIRWOMAN", "Director Hale, please begin."),
        ("Mr. HALE", "Thank you. We inspected every crane in the port in March."),
        ("Senator MORROW", "When will the inspection report be public?"),
        ("Mr. HALE", "Within thirty days, Senator."),
    ]


def test_a_council_record_names_each_delegate_with_the_country_and_not_the_language(index):
    assert turns(index, "council.txt") == [
        ("The President", "I welcome the Special Envoy. I now give her the floor."),
        ("Ms. Amar", "Since my last briefing, the fighting has spread to two more towns."),
        ("The President", "I thank Ms. Amar for her briefing.\nI now give the floor to the members of the Council."),
        ("Mr. Lund (Norway)", "Norway condemns the attacks on the towns."),
        ("Ms. Osei (Ghana)", "Ghana supports the plan of the Special Envoy."),
        ("Mr. Lund (Norway)", "We also call for a ceasefire before the rains."),
    ]


def test_a_verbatim_report_s_name_and_role_before_a_full_stop_and_a_dash_are_labels(index):
    assert [p.speaker for p in passages(index, "verbatim.txt") if p.kind is PassageKind.TURN] == [
        "President", "Jan Holm, Member of the Commission", "Eva Stark", "President",  # (the group is no name)
    ]


def test_a_q_with_a_full_stop_asks_and_appearances_are_no_speaker(index):
    sports = passages(index, "sports.txt")
    assert [p.speaker for p in sports] == ["THE MODERATOR", "Q", "MARTA VOSS", "Q", "MARTA VOSS"]
    assert sports[2].context == "How is the knee after today?"
    assert "APPEARANCES" not in {speaker for speaker, _ in turns(index, "court.txt")}


def test_look_alikes_of_the_new_forms_give_no_speaker(index):
    assert all(p.speaker is None for p in passages(index, "look-alikes.txt"))


def test_names_sharing_their_last_words_are_not_one_speaker(index):
    boards = passages(index, "boards.txt")
    assert all(p.speaker is None for p in boards)
    texts = [p.text for p in boards]
    assert "South Bay Harbour Board: Fishing boats may leave from noon if the wind drops." in texts
    assert "City of Mill Water Office: Supplies are back to normal." in texts  # ``of`` forms, but neither one's tail


def test_a_live_page_s_stamps_running_forward_before_repeated_places_give_no_speaker(index):
    live = passages(index, "live-forward.txt")
    assert all(p.speaker is None for p in live)
    assert "[10:20] Kell Bridge: The river stands a metre above its normal level." in [p.text for p in live]


def test_numbered_parts_and_yes_or_no_before_a_stop_or_a_dash_are_no_speakers(index):
    numbered = passages(index, "numbered.txt")
    assert all(p.speaker is None for p in numbered)
    texts = [p.text for p in numbered]
    assert "Part V. Either party may then ask the regional court to decide." in texts  # though it follows a question
    assert "No. – The ferry timetable stays as it is." in texts and "Port News. – The fish market moves" in texts[-1]


def test_a_host_s_welcome_above_the_guest_s_first_label_is_not_hers(index):
    welcomed = turns(index, "welcomed.txt")
    assert {speaker for speaker, text in welcomed if "welcome her" in text or "Good morning" in text} == {None}
    assert ("Anna Vos", "Not before next year.") in welcomed  # the name the header gives in full


def test_a_place_sharing_the_speaker_s_surname_stays_in_her_turn(index):
    places = turns(index, "places.txt")
    assert [speaker for speaker, _ in places] == ["MS. HALL", "QUESTION", "MS. HALL"]
    assert "\nTown Hall: The first starts at six on Tuesday evening.\nKell Library:" in places[0][1]
