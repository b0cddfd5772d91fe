"""A document that states its own day only at its foot, in a closing note on its publication or in a reporter's
certificate, is dated by that day (``text footer``); the foot's other days (a copyright year, a reader's comment, a
related page's, a day whose order cannot be told) date nothing, and a day over the text still wins."""

from tests.cli_runner import run_json
from tests.conftest import write

NOTE = (
    "Statement on the buoy found off Kell Point\n\n"
    "The harbour office has identified the drifting buoy reported by a trawler crew yesterday.\n\n"
    "It broke loose from a survey mooring and has been towed to the inner basin for checks.\n\n"
    "---\n\n"
    "*Published by the Kellmouth Harbour and Estuary Safety Office on 14 March 2026. Updated 15 March 2026, 10:05: "
    "a figure corrected.*\n\n"
    "[Back to news](https://harbour.example/news)\n"
)
HEARING = (
    "KELL ESTUARY INQUIRY\n"
    "Hearing held at the Guild Hall, Kellmouth\n"
    "Day 4\n\n"
    "CHAIR: Good morning. We resume with the harbour master's evidence.\n"
    "MS LINDE: Thank you, Chair. The next witness is Mr Owen Hale.\n"
    "CHAIR: Mr Hale, when did the alarm sound?\n"
    "MR HALE: It sounded yesterday, at ten past six in the evening.\n\n"
    "I certify that the above is an accurate record of the morning session of the Inquiry held on Wednesday, "
    "8 April 2026.\n"
    "Kell Court Reporting - desk@kellreporting.example\n"
)
BRIEFING = (
    "Kellmouth Police - Newsroom\n"
    "Home | News | Appeals | Contact\n\n"
    "MODERATOR: We will take questions after the statement.\n"
    "SUPT. ROWE: Good morning. Two vans were stopped on the coast road last night.\n"
    "QUESTION: Were any arrests made?\n"
    "SUPT. ROWE: Three people were arrested and remain in custody.\n\n"
    "Follow us | Privacy notice\n"
    "Kellmouth Police. Content published 23/09/2025.\n"
)
DEED = (
    "Notice of the harbour board\n\n"
    "The board has agreed to close the north slipway for repairs over the winter months.\n\n"
    "Boat owners who use the slipway will be offered berths in the east basin without charge.\n\n"
    "Dated this 3rd day of June 2025.\n"
    "Clerk to the Board\n"
)


def test_a_closing_note_or_a_certificate_dates_a_document_that_states_no_other_day(tmp_path):
    root = tmp_path / "corpus"
    write(root, "buoy-statement.md", NOTE)
    write(root, "inquiry-day4.txt", HEARING)
    write(root, "vans-briefing.txt", BRIEFING)
    write(root, "slipway-notice.txt", DEED)
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: (doc["date"], doc["date_source"]) for doc in report["documents"]}
    assert dates.pop("buoy-statement.md")[0] == "2026-03-14"  # published, not the update's day
    assert dates == {
        "inquiry-day4.txt": ("2026-04-08", "text footer"),
        "vans-briefing.txt": ("2025-09-23", "text footer"),
        "slipway-notice.txt": ("2025-06-03", "text footer"),
    }
    found = run_json("ask", "when did the alarm sound", "--corpus", "corpus", "--json", "--k", "3", cwd=tmp_path)
    passage = next(p for p in found["passages"] if p["source_path"] == "inquiry-day4.txt")
    assert passage["date"] == "2026-04-08" and "2026-04-07" in passage["dates"]  # "yesterday", from the record's


def test_the_foot_s_other_days_date_nothing_and_a_day_over_the_text_still_wins(tmp_path):
    root = tmp_path / "corpus"
    story = "Ferry fares rise\n\nFerry fares on the Kell crossing will rise by a tenth from next month, it said.\n\n"
    write(root, "copyright.txt", story + "© 2026 Kell Ferries Ltd. All rights reserved.\n")
    write(root, "comments.txt", story + "Comments (2)\n\nAnn_K · 12 May 2026, 09:14\n\nToo dear already.\n")
    write(root, "related.txt", story + "Related: Harbour fees published 3 May 2026\n")
    write(root, "swappable.txt", story + "Kell Ferries. Content published 03/04/2026.\n")
    headed = "Ferry fares rise\n12 May 2026\n\n" + story.split("\n\n", 1)[1]
    write(root, "headed.txt", headed + "Published 20 May 2026.\n")
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: (doc["date"], doc["date_source"]) for doc in report["documents"]}
    assert dates == {
        "copyright.txt": (None, "none"),
        "comments.txt": (None, "none"),
        "related.txt": (None, "none"),
        "swappable.txt": (None, "none"),  # no day rather than a wrong one
        "headed.txt": ("2026-05-12", "text header"),
    }
