"""A live page whose entries carry only their times, under a stamp of its last update (``Last updated: <day>,
<time>``), is dated by its newest entry's day; a live page that names no day at all stays undated."""

from tests.cli_runner import run_json
from tests.conftest import write

ENTRIES = (
    "17:40 BST\nFerry services resume on the north route\n\n"
    "The operator says the first sailing since the storm left the quay at half past five this afternoon.\n\n"
    "16:05 BST\nHarbour wall inspected\n\n"
    "Engineers walked the length of the harbour wall this morning and found two cracks near the lighthouse.\n\n"
    "14:20 BST\nSchools to reopen\n\n"
    "The council says all schools on the island will reopen tomorrow after two days of closures.\n"
)


def test_a_live_page_is_dated_by_its_newest_entry_s_day(tmp_path):
    root = tmp_path / "corpus"
    head = (
        "We use cookies to improve this site. Accept | Manage\n\nKell Coast News\nHome  News  Sport  Live\n"
        "Sign in | Subscribe\n\nWorld > Islands\n\nLIVE\n\n"
        "Storm Ada: ferries return as the island counts the cost – live\n\n"
    )
    write(root, "storm-live.txt", head + "Last updated: 3 June 2026, 17:40 BST\n\nShare this page\n\n" + ENTRIES)
    # Must not change: with no day anywhere, the page stays undated.
    write(root, "no-day-live.txt", head + "Share this page\n\n" + ENTRIES.replace("Ferry", "Bus"))
    report = run_json("index", "update", "--corpus", "corpus", "--json", cwd=tmp_path)
    dates = {doc["path"]: (doc["date"], doc["date_source"]) for doc in report["documents"]}
    assert dates == {"storm-live.txt": ("2026-06-03", "text header"), "no-day-live.txt": (None, "none")}
