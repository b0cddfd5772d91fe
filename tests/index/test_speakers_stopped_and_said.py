"""Speakers in two forms read this round, built into a real index: a press conference whose labels are names in
capitals closed by a full stop (a central bank's record), and what must stay without a speaker beside them."""

from tests.conftest import built_pages


def _spoken(tmp_path, text: str, name: str = "page.txt") -> dict[str, tuple[str | None, str | None]]:
    """Each passage's text with its speaker and the question it answers."""
    index = built_pages(tmp_path / "corpus", {name: text})
    return {p.text: (p.speaker, p.context) for p in index.passages}


def test_names_in_capitals_closed_by_a_stop_speak_beside_a_titled_one(tmp_path):
    spoken = _spoken(tmp_path, (
        "Transcript of Chair Morland's Press Conference\nMarch 18, 2027\n"
        "CHAIR MORLAND. Good afternoon. The committee kept the rate at four percent today.\n"
        "We will look at the spring figures before we move again.\n"
        "ELLA BROOKS. Tom.\n"
        "TOM VARGA. Thanks. Tom Varga, Harbour Radio. Is a cut in May still possible?\n"
        "CHAIR MORLAND. It is possible, but we are in no hurry.\n"
        "ELLA BROOKS. Last question, Nadia.\n"
        "NADIA ROSS. Nadia Ross, Daily Ledger. Will the bank sell its bond holdings this year?\n"
        "CHAIR MORLAND. Not this year. We will say more in June.\n"
    ))
    assert spoken["Good afternoon. The committee kept the rate at four percent today.\n"
                  "We will look at the spring figures before we move again."][0] == "CHAIR MORLAND"
    assert spoken["Thanks. Tom Varga, Harbour Radio. Is a cut in May still possible?"][0] == "TOM VARGA"
    assert spoken["It is possible, but we are in no hurry."][0] == "CHAIR MORLAND"
    assert spoken["Last question, Nadia."][0] == "ELLA BROOKS"
    assert spoken["Not this year. We will say more in June."][0] == "CHAIR MORLAND"


def test_a_heading_in_capitals_or_a_dateline_closed_by_a_stop_stays_no_speaker(tmp_path):
    hearing = _spoken(tmp_path, (
        "WILDFIRE STAFFING\nHEARING BEFORE THE COMMITTEE ON ENERGY\nApril 4, 2027\n\n"
        "The CHAIRMAN. The committee will come to order. Senator Lind, you may open.\n\n"
        "STATEMENT OF HON. MARA LIND, U.S. SENATOR FROM IDAHO\n\n"
        "Senator LIND. Thank you. Two crews in Idaho went without a dispatcher in August.\n\n"
        "The CHAIRMAN. Thank you. We are adjourned.\n"
    ))
    assert hearing["Thank you. Two crews in Idaho went without a dispatcher in August."][0] == "Senator LIND"
    assert all(speaker != "STATEMENT OF HON" for speaker, _ in hearing.values()), "a heading is no speaker"
    digest = _spoken(tmp_path / "digest", (
        "World briefs\nMarch 5, 2027\n\n"
        "OSLO. Ferries ran again on Tuesday after the storm passed. The harbour master said more wind is due.\n\n"
        "BERGEN. The council approved a new tram line to the airport.\n\n"
        "OSLO. Police closed a tunnel for an hour after a truck caught fire.\n\n"
        "BERGEN. The port had its busiest winter on record. Mr. Dahl, the port chief, was pleased.\n"
    ))
    assert all(speaker is None for speaker, _ in digest.values())
    assert "OSLO. Police closed a tunnel for an hour after a truck caught fire." in digest


def test_an_articles_quotation_closed_by_its_one_named_sayer_is_that_persons(tmp_path):
    spoken = _spoken(tmp_path, (
        "Seawall money confirmed for Kell Bay\nMay 2, 2027\n\n"
        "The Minister for Ports, Ana Moreno, confirmed 30 million for a new seawall on Friday.\n\n"
        '"Kell Bay has flooded four winters running. The wall will keep families in their homes," '
        "Minister Moreno said.\n\n"
        '"We asked for this in 2019," said Tove Brann, who chairs the residents\' group. "Better late than never."\n\n'
        "\u2018We won\u2019t move,\u2019 Mr Olsen told reporters on the quay.\n\n"
        '"Work starts in June," the minister said.\n\n'
        '"It is too little," Brann said. The council disagreed on Monday.\n\n'
        '"Fine," Moreno said. "Not fine," Brann said.\n\n'
        '"Start now," said Kell Bay\'s mayor, Jon Hale.\n\n'
        'Residents cheered. "At last," Hale said.\n\n'
        '"The water is ours again," His Highness said at the plant.\n'
    ))
    assert spoken['"Kell Bay has flooded four winters running. The wall will keep families in their homes," '
                  "Minister Moreno said."][0] == "Minister Moreno"
    assert spoken['"We asked for this in 2019," said Tove Brann, who chairs the residents\' group. '
                  '"Better late than never."'][0] == "Tove Brann"
    assert spoken["\u2018We won\u2019t move,\u2019 Mr Olsen told reporters on the quay."][0] == "Mr Olsen"
    for unsure in (
        '"Work starts in June," the minister said.',  # no name
        '"It is too little," Brann said. The council disagreed on Monday.',  # the writer's words beside it
        '"Fine," Moreno said. "Not fine," Brann said.',  # two sayers
        '"Start now," said Kell Bay\'s mayor, Jon Hale.',  # a possessive is no name
        'Residents cheered. "At last," Hale said.',  # opens with the writer's words
        '"The water is ours again," His Highness said at the plant.',  # a title alone names nobody
        "The Minister for Ports, Ana Moreno, confirmed 30 million for a new seawall on Friday.",
    ):
        assert spoken[unsure][0] is None, unsure


def test_a_quotation_in_a_transcripts_turn_keeps_the_turns_speaker(tmp_path):
    spoken = _spoken(tmp_path, (
        "Press briefing\nMay 3, 2027\n\n"
        "MS. LANE: Good morning. The minister will speak at noon.\n\n"
        "QUESTION: Did he say anything about the wall?\n\n"
        'MS. LANE: "It will be built," Minister Moreno said, and that stands.\n'
    ))
    assert spoken['"It will be built," Minister Moreno said, and that stands.'][0] == "MS. LANE"


def test_a_label_opening_with_a_translation_mark_starts_its_own_turn(tmp_path):
    spoken = _spoken(tmp_path, (
        "STATE ASSEMBLY DEBATES\nMonday, July 5, 2027\n"
        "HON. SPEAKER: Now, Zero Hour. Shri Arun Patil.\n"
        "SHRI ARUN PATIL (PUNE): Sir, the river wall at Wakad broke on 2 July and the camps opened two days late.\n"
        "*SHRIMATI MEERA RAO (SATARA): Sir, in my district the water tankers have not come at all.\n"
        "HON. SPEAKER: The Minister will reply.\n"
    ))
    assert spoken["Sir, in my district the water tankers have not come at all."][0] == "SHRIMATI MEERA RAO (SATARA)"
    assert spoken["Sir, the river wall at Wakad broke on 2 July and the camps opened two days late."][0] == (
        "SHRI ARUN PATIL (PUNE)")


def test_an_earnings_calls_name_and_role_lines_and_operator_are_labels(tmp_path):
    index = built_pages(tmp_path / "corpus", {"call.txt": (
        "Skip to main content\nKestrel Ferries (KFRY) Q2 2027 Earnings Call Transcript\n"
        "By Markets Desk – Jul 30, 2027 at 5:10PM\nPrepared Remarks:\n"
        "Operator\nWelcome to the Kestrel Ferries results call. I will hand over to Ida Lund.\n"
        "Ida Lund -- Chief Executive Officer\nThank you. Revenue rose 6% and the new ferry enters service in May.\n"
        "Operator\nOur first question comes from Per Moe with Fjord Bank.\n"
        "Per Moe -- Fjord Bank -- Analyst\nWill the new ferry be late?\n"
        "Ida Lund -- Chief Executive Officer\nNo. The yard is two weeks ahead.\n"
        "Bo Sand -- Chief Financial Officer\nAnd the cost is already in our guidance.\n"
        "Call participants:\nIda Lund -- Chief Executive Officer\nBo Sand -- Chief Financial Officer\n"
        "Per Moe -- Fjord Bank -- Analyst\n"
        "This page is a transcript of the call made by our partner and may hold errors, which we regret deeply.\n"
    )})
    spoken = {p.text: p.speaker for p in index.passages}
    assert index.sources[0].title == "Kestrel Ferries (KFRY) Q2 2027 Earnings Call Transcript"
    assert spoken["No. The yard is two weeks ahead."] == "Ida Lund, Chief Executive Officer"
    cost = next(text for text in spoken if text.startswith("And the cost is already in our guidance."))
    assert spoken[cost] == "Bo Sand, Chief Financial Officer", "two officers, two people"
    assert spoken["Will the new ferry be late?"] == "Per Moe, Fjord Bank, Analyst"
    assert spoken["Our first question comes from Per Moe with Fjord Bank."] == "Operator"
    footer = [p for p in index.passages if "made by our partner" in p.text]
    assert footer and all(p.speaker is None for p in footer), "the participants' list ends the last turn"
    once = {p.text: p.speaker for p in built_pages(tmp_path / "once", {"list.txt": (
        "Board changes\nMay 2, 2027\n\nThe board named two officers on Friday.\n\n"
        "Ida Lund -- Chief Executive Officer\n\nShe joins from the harbour authority.\n"
    )}).passages}
    assert all(speaker is None for speaker in once.values()), "a name and role once proves no label"


def test_a_meeting_export_writing_the_surname_first_gives_each_turn_its_speaker(tmp_path):
    spoken = _spoken(tmp_path, (
        "Desk planning-20271103_093015-Meeting Recording\nNovember 3, 2027, 9:30AM\n\n"
        "Lind, Maja   0:03\nMorning. First the count night plan.\n\n"
        "Berg, Ola   0:40\nReporters go to four count centres.\n\n"
        "Lind, Maja   1:02\nAnd the map?\n\n"
        "Berg, Ola   1:10\nIt is built and tested.\n"
    ))
    assert spoken["It is built and tested."] == ("Berg, Ola", None), "a colleague's turn, no reporter's answer"
    assert spoken["And the map?"][0] == "Lind, Maja"


def test_a_parliaments_labels_in_their_own_paragraphs_with_hon_and_the_speaker(tmp_path):
    page = (
        "<html><head><title>House Debates</title></head><body><main><h1>House Debates</h1>"
        "<p>Wednesday, November 17, 2027</p><h2>Oral Questions</h2>"
        "<p><strong>Hon. Rita Vos (Northgate, CPC):</strong></p><p>Mr. Speaker, why was the rail report held back?</p>"
        "<p><strong>Hon. Amir Dale (Minister of Transport, Lib.):</strong></p><p>Mr. Speaker, it was not.</p>"
        "<p><strong>Some hon. members:</strong> Oh, oh!</p>"
        "<p><strong>The Speaker:</strong> Order, please.</p>"
        "<p><strong>Mr. Ken Roy (Parliamentary Secretary to the Minister of Transport, Lib.):</strong></p>"
        "<p>Mr. Speaker, the report goes out on Friday.</p></main></body></html>"
    )
    spoken = _spoken(tmp_path, page, "debates.html")
    assert spoken["Mr. Speaker, it was not."][0] == "Hon. Amir Dale (Minister of Transport, Lib.)"
    assert spoken["Oh, oh!"][0] == "Some hon. members" and spoken["Order, please."][0] == "The Speaker"
    assert spoken["Mr. Speaker, the report goes out on Friday."][0] == (
        "Mr. Ken Roy (Parliamentary Secretary to the Minister of Transport, Lib.)"), "one portfolio, two people"


def test_a_repeated_label_alone_over_each_answer_gives_it_the_lines_under_the_label_only(tmp_path):
    spoken = _spoken(tmp_path, (
        "Cabinet Office\nPress Statement of the President After Visiting the Port, May 5, 2027\n\n"
        "President of the Republic of Veloria (Ana Kuris)\nI came to see the new cranes myself. They work.\n\n"
        "Madam, will the port take more ships this year?\n\n"
        "President of the Republic of Veloria (Ana Kuris)\nYes, twelve more a month from June.\n\n"
        "Thank you, Madam.\n"
    ))
    assert spoken["Yes, twelve more a month from June."][0] == "President of the Republic of Veloria (Ana Kuris)"
    assert spoken["I came to see the new cranes myself. They work."][0] == (
        "President of the Republic of Veloria (Ana Kuris)")
    assert spoken["Madam, will the port take more ships this year?"][0] is None, "a reporter's words are not hers"
    assert spoken["Thank you, Madam."][0] is None
    once = _spoken(tmp_path / "once", (
        "Port news\nMay 6, 2027\n\nThe Minister for Ports (Ana Kuris)\nThe cranes arrived on Monday, the paper said.\n"
    ))
    assert all(speaker is None for speaker, _ in once.values()), "such a line once is no label"
    assert any("The cranes arrived on Monday" in text for text in once)


def test_a_topic_the_table_of_contents_lists_is_a_heading_not_the_spokeswomans_words(tmp_path):
    index = built_pages(tmp_path / "corpus", {"briefing.txt": (
        "Ministry of Foreign Affairs\n\n12 November 2027\n\n"
        "Briefing by Foreign Ministry Spokesperson Vera Lind, Arden, November 12, 2027\n\n"
        "Table of contents\n\n  1. Talks with the Foreign Minister of Oskia\n\n  2. The grain conference in Tarn\n\n"
        "  3. Answers to media questions:\n\n"
        "Talks with the Foreign Minister of Oskia\n\nThe ministers will meet on November 17 in Arden.\n\n"
        "The grain conference in Tarn\n\nThe conference closed yesterday. Eleven countries took part.\n\n"
        "Answers to media questions:\n\n"
        "Question: Will Arden answer the new fishing quota?\n\n"
        "Vera Lind: We will answer with science, not slogans.\n"
    )})
    passages = {p.text: p for p in index.passages}
    assert "The grain conference in Tarn" not in passages and "Answers to media questions:" not in passages
    assert passages["The conference closed yesterday. Eleven countries took part."].section == (
        "The grain conference in Tarn")
    assert passages["We will answer with science, not slogans."].speaker == "Vera Lind"


def test_a_bulletins_headings_in_capitals_each_used_once_name_nobody(tmp_path):
    bulletin = _spoken(tmp_path, (
        "BULLETIN\nStorm Ilsa Advisory Number 9\n1100 AM EDT Tue Sep 15 2027\n\n"
        "CHANGES WITH THIS ADVISORY:\n\nThe surge warning now reaches the river mouth.\n\n"
        "HAZARDS AFFECTING LAND\n----------------------\n"
        "STORM SURGE: Water could reach 6 to 9 ft above ground on the islands.\n\n"
        "RAINFALL: Ilsa is expected to bring 8 to 12 inches of rain.\n\n"
        "WIND: Storm conditions are expected in the warning area this afternoon.\n\n"
        "NEXT ADVISORY\n-------------\nNext complete advisory at 500 PM EDT.\n"
    ))
    assert bulletin["RAINFALL: Ilsa is expected to bring 8 to 12 inches of rain."][0] is None
    assert all(speaker is None for speaker, _ in bulletin.values())
    briefing = _spoken(tmp_path / "briefing", (
        "Press briefing\nMarch 3, 2027\n\n"
        "MS. ROSS: Good afternoon. The ferry runs again on Monday.\n\n"
        "QUESTION: Will fares rise?\n\n"
        "MR. LEE: Not this year.\n"
    ))
    assert briefing["Not this year."] == ("MR. LEE", "Will fares rise?"), "titled labels once each still speak"
