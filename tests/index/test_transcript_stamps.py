"""A transcript pasted off a news page: its headline in a label's form (``FULL TRANSCRIPT: …``, ``JOINT MEDIA
BRIEFING: …``) is the title, no turn, and the publication stamp beside the update's (``Published <day> | Updated
<day>``) dates it, not the update's."""

from tests.cli_runner import run_json
from tests.conftest import write

SITE = "KELL COAST NEWS\nIndependent news since 1990\nHome | News | Sport | Weather | Subscribe\n\n"
TURNS = (
    "Port director Ann Lowe spoke to reporters at the harbour office.\n\n"
    "MS. LOWE: Good afternoon. The crane came down yesterday evening and nobody was hurt.\n"
    "QUESTION: When will the berth reopen?\n"
    "MS. LOWE: Not before the inspectors have finished, which I expect next week.\n"
)


def test_a_headline_in_a_label_s_form_titles_the_transcript_and_its_publication_stamp_dates_it(tmp_path):
    root = tmp_path / "corpus"
    write(
        root,
        "crane-presser.txt",
        SITE + "FULL TRANSCRIPT: Port director on the crane collapse\nBy News staff\n"
        "Published 3 March 2026, 15:20 | Updated 4 March 2026, 09:05\n\n" + TURNS,
    )
    write(
        root,
        "club-presser.txt",
        "KELL ROVERS | Official Website\nHome  News  Fixtures  Tickets  Shop\nNews > Press Conferences\n"
        "Manager on the cup draw\nPosted 6 Mar 2026, 14:38 | Updated 7 Mar 2026, 16:05 | By Club Media\n\n"
        + TURNS.replace("crane came down", "gates were shut"),
    )
    write(
        root,
        "fraud-briefing.txt",
        "Kell Police - News Centre\nHome | News | Appeals\n\n"
        "JOINT MEDIA BRIEFING: OPERATION LANTERN (FARE FRAUD)\n"
        "Kell Police and Coast Rail\nTuesday 22 October 2024 - Central Station, 10:00\n\n"
        "DET. SUPT. RAY: Good morning. Eleven people were charged yesterday.\n"
        "QUESTION: How much was lost?\nDET. SUPT. RAY: About two million crowns over three years.\n",
    )
    # Must not change: a transcript's update stamp alone, under its headline, still gives its day.
    write(
        root,
        "updated-only.txt",
        SITE + "FULL TRANSCRIPT: Port director on the dredging plan\nUpdated 4 March 2026, 09:05\n\n"
        + TURNS.replace("crane came down", "dredger arrived"),
    )
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: (doc["date"], doc["date_source"]) for doc in report["documents"]}
    assert dates == {
        "crane-presser.txt": ("2026-03-03", "text header"),
        "club-presser.txt": ("2026-03-06", "text header"),
        "fraud-briefing.txt": ("2024-10-22", "text header"),
        "updated-only.txt": ("2026-03-04", "text header"),
    }
    found = run_json("ask", "when did the crane come down", "--corpus", "corpus", "--json", "--k", "5", cwd=tmp_path)
    passages = {p["source_path"]: p for p in found["passages"]}
    crane = passages["crane-presser.txt"]
    assert crane["title"] == "FULL TRANSCRIPT: Port director on the crane collapse"
    assert crane["speaker"] == "MS. LOWE" and "2026-03-02" in crane["dates"]  # "yesterday", from the stamp's day
    asked = run_json("ask", "how much fare fraud was lost", "--corpus", "corpus", "--json", "--k", "5", cwd=tmp_path)
    fraud = next(p for p in asked["passages"] if p["source_path"] == "fraud-briefing.txt")
    assert fraud["title"] == "JOINT MEDIA BRIEFING: OPERATION LANTERN (FARE FRAUD)"
    assert all(p["speaker"] != "JOINT MEDIA BRIEFING" for p in asked["passages"])
