"""A record of a meeting is dated by the day the meeting was held (``Meeting held: <day>, <place>``, ``MINUTES of the
meeting held in <place> on <day>``), not by the day its record was approved or published."""

from tests.cli_runner import run_json
from tests.conftest import write

RECORD = (
    "KELLMOUTH TOWN COUNCIL\n"
    "Full Council - Verbatim Record (extract)\n"
    "Item 4: Harbour Wall Repairs\n\n"
    "Meeting held: Thursday 10 September 2026, Council Chamber, The Guildhall, Kellmouth\n"
    "Record approved: 8 October 2026\n\n"
    "THE MAYOR: We move to item four. Mr Dale will introduce the report.\n"
    "MR DALE: Thank you. The wall was breached on Tuesday and the repair will take six weeks.\n"
    "THE MAYOR: Questions from members?\n"
    "COUNCILLOR RUSK: Who pays for the repair?\n"
    "MR DALE: The harbour fund pays for it, as the report sets out.\n"
)
MINUTES = (
    "KELLMOUTH TOWN COUNCIL\n"
    "PARKS COMMITTEE\n"
    "MINUTES of the meeting held in the Council Chamber, Kellmouth Town Hall, on Thursday 17 September 2026 at 7 pm\n"
    "PRESENT: Councillor A. Rusk (Chair); Councillors B. Dale, C. Ware\n"
    "----------\n"
    "12. BOWLING GREEN\n"
    "The committee agreed to close the bowling green for the winter from 1 November 2026, after a report on the "
    "drainage was presented by the parks manager.\n"
    "13. NEXT MEETING\n"
    "The next meeting will be held on Thursday 19 November 2026 at 7.00 pm.\n"
)


def test_a_meeting_s_record_is_dated_by_the_day_it_was_held(tmp_path):
    root = tmp_path / "corpus"
    write(root, "harbour-wall-record.txt", RECORD)
    write(root, "parks-minutes.txt", MINUTES)
    # Must not change: a record with no day of its meeting keeps the day its header gives.
    write(root, "approved-only.txt", RECORD.replace("Meeting held: Thursday 10 September 2026, ", "Held at: "))
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: (doc["date"], doc["date_source"]) for doc in report["documents"]}
    assert dates == {
        "harbour-wall-record.txt": ("2026-09-10", "text header"),
        "parks-minutes.txt": ("2026-09-17", "text header"),
        "approved-only.txt": ("2026-10-08", "text header"),
    }
    found = run_json("ask", "when was the wall breached", "--corpus", "corpus", "--json", "--k", "5", cwd=tmp_path)
    passage = next(p for p in found["passages"] if p["source_path"] == "harbour-wall-record.txt")
    assert passage["date"] == "2026-09-10" and "2026-09-08" in passage["dates"]  # "on Tuesday", before the meeting
