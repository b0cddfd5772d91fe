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
