"""A transcript whose header names what it is about in a field (``Subject: …``, ``Inquiry: …``) is titled by that
field's value, not by a bare kind of record (``TRANSCRIPT - MEDIA CALL``) nor by a field saying where it was held
(``Venue: …``); a header with no such field keeps its own title."""

from tests.cli_runner import run_json
from tests.conftest import write

TURNS = (
    "OPERATOR: Good morning and welcome to the call.\n"
    "MS. HOLM: Thank you. This morning the board decided to refuse the {0} licence.\n"
    "QUESTION: Will the company appeal the {0} decision?\n"
    "MS. HOLM: That is a matter for the company. It has twenty days to do so.\n"
)


def test_a_subject_field_titles_the_transcript(tmp_path):
    root = tmp_path / "corpus"
    write(
        root,
        "media-call.txt",
        "TRANSCRIPT - MEDIA CALL\nKell Spectrum Authority\nSubject: Decision on the coastal radio licence\n"
        "Date of call: 7 October 2026, 10:00\n\n" + TURNS.format("radio"),
    )
    write(
        root,
        "venue.txt",
        "KELL ELECTORAL OFFICE\nPRESS BRIEFING TRANSCRIPT\nSubject: Misprinted ballot papers in the north ward\n"
        "Date: 23 May 2024\nVenue: Media Centre, 4 Market Square, Kellmouth\n\n" + TURNS.format("ballot"),
    )
    write(
        root,
        "evidence.txt",
        "KELL ASSEMBLY\nPORTS COMMITTEE\nUNCORRECTED TRANSCRIPT OF ORAL EVIDENCE\n"
        "Inquiry: Dredging of the outer harbour\nTuesday 17 November 2026\n\n" + TURNS.format("dredging"),
    )
    # Must not change: with no such field, the header's title stays.
    write(
        root,
        "titled.txt",
        "Press Briefing on the Harbour Wall Repairs\nTuesday 17 November 2026\n\n" + TURNS.format("wall"),
    )
    titles = {}
    for word in ("radio", "ballot", "dredging", "wall"):
        found = run_json("ask", f"{word} licence appeal", "--corpus", "corpus", "--json", "--k", "3", cwd=tmp_path)
        titles.update({p["source_path"]: p["title"] for p in found["passages"] if word in p["text"]})
    assert titles == {
        "media-call.txt": "Decision on the coastal radio licence",
        "venue.txt": "Misprinted ballot papers in the north ward",
        "evidence.txt": "Dredging of the outer harbour",
        "titled.txt": "Press Briefing on the Harbour Wall Repairs",
    }
