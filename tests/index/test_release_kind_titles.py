"""A release pasted with no page around it, opening on a line that names only its kind (``PRESS RELEASE``) over its
issuer and its headline, is titled by the headline right over its first paragraph; the kind line is no title."""

from tests.cli_runner import run_json
from tests.conftest import write

RELEASE = (
    "PRESS RELEASE\n"
    "Ministry of Ports of the Republic of Kell - Office of the Harbour Master\n"
    "Kell closes the north channel to tankers after a buoy breaks loose\n"
    "KELLMOUTH, 12 September 2023 - The Office of the Harbour Master today closed the north channel to tankers "
    "after a marker buoy broke loose in the storm.\n"
    "The channel will reopen once divers have checked the moorings, the office said.\n"
)


def test_a_release_is_titled_by_its_headline_not_its_kind(tmp_path):
    root = tmp_path / "corpus"
    write(root, "release.txt", RELEASE)
    # Must not change: a kind line right over the first paragraph, with no headline, stays the title.
    write(root, "bare.txt", "PRESS RELEASE\nThe harbour office today reopened the east basin to yachts.\n")
    found = run_json("ask", "north channel closed to tankers", "--corpus", "corpus", "--json", "--k", "5", cwd=tmp_path)
    passages = [p for p in found["passages"] if p["source_path"] == "release.txt"]
    assert {p["title"] for p in passages} == {"Kell closes the north channel to tankers after a buoy breaks loose"}
    assert all(not p["text"].startswith("Kell closes") for p in passages)  # the headline is no passage
    asked = run_json("ask", "east basin reopened to yachts", "--corpus", "corpus", "--json", "--k", "5", cwd=tmp_path)
    assert {p["title"] for p in asked["passages"] if p["source_path"] == "bare.txt"} == {"PRESS RELEASE"}
