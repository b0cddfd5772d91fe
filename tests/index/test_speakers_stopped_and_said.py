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
        'Residents cheered. "At last," Hale said.\n'
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
