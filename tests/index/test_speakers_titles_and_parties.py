"""Speaker labels as police press conferences, hearings and television transcripts write them, built into a real
index: abbreviated titles (``Det Supt``, ``Cllr``, ``Lt. Gen.``, ``Rep.``), labels holding ``OF`` (``MR. SMITH OF
OHIO``), a member's party and state after the name (``SEN. MARA VOSS (R), OHIO``), and what must stay as it was."""

from tests.conftest import built_pages


def _spoken(tmp_path, text: str, name: str = "page.txt") -> dict[str, str | None]:
    """Each passage's text with its speaker."""
    index = built_pages(tmp_path / "corpus", {name: text})
    return {p.text: p.speaker for p in index.passages}


def test_abbreviated_titles_in_mixed_case_labels_each_open_a_turn(tmp_path):
    spoken = _spoken(tmp_path, (
        "Harbour Police: press conference on the ferry fire\n6 June 2027\n\n"
        "Det Supt Maren Holt: Good afternoon. A fire broke out on the night ferry at ten past two.\n\n"
        "Reporter: Was anyone hurt?\n\n"
        "Det Supt Holt: Three crew members were treated for smoke.\n\n"
        "Reporter: When will the ferry sail again?\n\n"
        "Ch Supt Quill: Not this week. The fire service is still on board.\n\n"
        "Cllr Ostrander: The council will run extra buses round the bay until it does.\n\n"
        "Lt. Gen. Farrow: The army has lent two landing craft for the crossing.\n\n"
        "Rep. Calloway: I have asked the coastguard for a report by July.\n"
    ))
    assert spoken["Three crew members were treated for smoke."] == "Det Supt Maren Holt"
    assert spoken["Good afternoon. A fire broke out on the night ferry at ten past two."] == "Det Supt Maren Holt"
    assert spoken["Not this week. The fire service is still on board."] == "Ch Supt Quill"
    assert spoken["The council will run extra buses round the bay until it does."] == "Cllr Ostrander"
    assert spoken["The army has lent two landing craft for the crossing."] == "Lt. Gen. Farrow"
    assert spoken["I have asked the coastguard for a report by July."] == "Rep. Calloway"


def test_a_listing_whose_name_opens_like_an_abbreviated_title_stays_words(tmp_path):
    spoken = _spoken(tmp_path, (
        "What is on in Kell this week\n6 June 2027\n\n"
        "The summer season opens on Friday with a new play about the harbour.\n\n"
        "Rep Theatre: Tickets go on sale at the box office on Monday.\n\n"
        "The library holds a talk on the old lighthouse on Wednesday evening.\n"
    ))
    assert "Rep Theatre: Tickets go on sale at the box office on Monday." in spoken
    assert set(spoken.values()) == {None}


def test_members_named_with_of_their_state_are_each_their_own_speaker(tmp_path):
    spoken = _spoken(tmp_path, (
        "HEARING ON RAIL SAFETY\nCommittee on Transportation\nApril 4, 2027\n\n"
        "THE CHAIRMAN OF THE COMMITTEE: The committee will come to order. We meet on the derailment at Kell.\n\n"
        "MR. SMITH OF OHIO: I thank the chair. Three towns in my district were evacuated.\n\n"
        "MR. JONES OF OHIO: I join my colleague. The rail company has not answered our letters.\n\n"
        "THE RANKING MEMBER OF THE COMMITTEE: We should hear the company before we judge it.\n\n"
        "MR. SMITH OF OHIO: Thank you. The company knew of the fault in March.\n\n"
        "MR. JONES OF OHIO: And told nobody until June.\n"
    ))
    assert spoken["I join my colleague. The rail company has not answered our letters."] == "MR. JONES OF OHIO"
    assert spoken["And told nobody until June."] == "MR. JONES OF OHIO"
    assert spoken["Thank you. The company knew of the fault in March."] == "MR. SMITH OF OHIO"
    assert spoken["We should hear the company before we judge it."] == "THE RANKING MEMBER OF THE COMMITTEE"
    assert spoken["The committee will come to order. We meet on the derailment at Kell."] == (
        "THE CHAIRMAN OF THE COMMITTEE")


def test_a_title_of_state_before_the_name_still_names_one_person(tmp_path):
    spoken = _spoken(tmp_path, (
        "Briefing on the port talks\nApril 5, 2027\n\n"
        "SECRETARY OF STATE LANGE: Good morning. The talks resume on Monday in Oslo.\n\n"
        "QUESTION: Will the ports reopen this month?\n\n"
        "LANGE: We hope so, but I will not give a date.\n"
    ))
    assert spoken["We hope so, but I will not give a date."] == "SECRETARY OF STATE LANGE"


def test_a_members_party_and_state_after_the_name_is_part_of_the_label(tmp_path):
    spoken = _spoken(tmp_path, (
        "Return to Transcripts main page\nEvening Report\nAired October 18, 2027 - 20:00   ET\n\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
        "[20:00:00] DANA MORROW, HOST: Good evening. The race in Ohio has narrowed to two points.\n\n"
        "SEN. MARA VOSS (R), OHIO: We will carry every county we carried last time.\n\n"
        "MORROW: Her rival was out early too.\n\n"
        "REP. TOM LINDQVIST, (D) OHIO: Nobody in Dayton is buying that.\n\n"
        "MORROW: Senator, why has the gap closed?\n\n"
        "VOSS: The ads against me have run for three weeks. They will stop.\n\n"
        "J.D. ORTON, (R) OHIO SENATE CANDIDATE: I will be in Toledo on Friday.\n\n"
        "SEN. JANE ROE (D-NY): I think he has a real chance, frankly.\n\n"
        "MORROW: Thank you both.\n"
    ))
    assert spoken["We will carry every county we carried last time."] == "SEN. MARA VOSS (R), OHIO"
    assert spoken["The ads against me have run for three weeks. They will stop."] == "SEN. MARA VOSS (R), OHIO"
    assert spoken["Nobody in Dayton is buying that."] == "REP. TOM LINDQVIST, (D) OHIO"
    assert spoken["Her rival was out early too."] == "MORROW"
    assert spoken["Good evening. The race in Ohio has narrowed to two points."] == "MORROW", "the time is no words"
    assert spoken["I will be in Toledo on Friday."] == "J.D. ORTON, (R) OHIO SENATE CANDIDATE"
    assert spoken["I think he has a real chance, frankly."] == "SEN. JANE ROE (D-NY)"  # as it was


def test_a_bracket_in_a_line_of_capitals_that_is_no_party_stays_words(tmp_path):
    spoken = _spoken(tmp_path, (
        "Storm bulletin\nApril 6, 2027\n\n"
        "The storm reached the coast before dawn and the ferries stayed in port.\n\n"
        "ROADS (A AND B), COAST: Several are closed, and drivers should keep off the shore road.\n\n"
        "The next bulletin is at noon.\n"
    ))
    assert set(spoken.values()) == {None}


def test_a_congressional_records_members_of_one_name_and_two_states_are_two_speakers(tmp_path):
    spoken = _spoken(tmp_path, (
        "FLOOD RELIEF FOR THE GULF COAST\nCongressional Record, House, March 3, 2027\n\n"
        "The SPEAKER pro tempore. The Chair recognizes the gentleman from Texas.\n\n"
        "Mr. PRADO of Texas. Mr. Speaker, the flood in Port Lavaca closed the harbor for nine days.\n\n"
        "Mr. PRADO of Ohio. Mr. Speaker, will the gentleman yield?\n\n"
        "Mr. PRADO of Texas. I yield to the gentleman from Ohio.\n\n"
        "Mr. PRADO of Ohio. The relief in this bill should reach the river towns of Ohio too.\n\n"
        "The SPEAKER pro tempore. The time of the gentleman has expired.\n"
    ))
    assert spoken["I yield to the gentleman from Ohio."] == "Mr. PRADO of Texas"
    assert spoken["The relief in this bill should reach the river towns of Ohio too."] == "Mr. PRADO of Ohio"
    assert spoken["The time of the gentleman has expired."] == "The SPEAKER pro tempore"


def test_a_name_in_mixed_case_of_a_state_closed_by_a_stop_stays_prose(tmp_path):
    spoken = _spoken(tmp_path, (
        "Flood relief passes the House\nMarch 4, 2027\n\n"
        "The House passed the flood relief bill on Wednesday.\n\n"
        "Mr. Prado of Texas. That was the name on the bill, and the harbor towns cheered it.\n\n"
        "The Senate takes it up next week.\n"
    ))
    assert set(spoken.values()) == {None}
