"""A newsletter pasted with its mail header is titled by its ``Subject:``, not by another header field
(``List-Unsubscribe: <…>``), a browser link written out (``View this email in your browser: https://…``) or the
masthead's motto over its issue line; a forwarded release keeps its own headline."""

from tests.cli_runner import run_json
from tests.conftest import write

BODIES = {
    "four": "Good morning. Single ferry tickets rise to four crowns from next week, the harbour board said.\n\n"
    "Season tickets stay at the old price until the end of the year, it added in a note to holders.\n",
    "five": "Good morning. The new ferry timetable adds a sailing at five in the morning for shift workers.\n\n"
    "The last boat back leaves the quay ten minutes later than before, from Monday.\n",
    "six": "The harbour board has set the ferry fares for next year after a month of talks with the operators.\n\n"
    "A child's ticket will cost six crowns and a bicycle travels free outside the morning rush.\n",
}


def _mail(subject: str, extra: str, masthead: str, body: str) -> str:
    return (
        f"From: Harbour Notes <notes@harbour.example>\nTo: reader@mail.example\n"
        f"Date: Mon, 30 Nov 2026 06:45:12 +0100\nSubject: {subject}\n{extra}\n{masthead}\n" + BODIES[body]
    )


def test_a_newsletter_is_titled_by_its_subject(tmp_path):
    root = tmp_path / "corpus"
    masthead = "HARBOUR NOTES\nFerries, fares and the quay, every weekday\nIssue 1,204 | Monday 30 November 2026\n"
    unsubscribe = "List-Unsubscribe: <https://harbour.example/u?x=1>\n"
    write(root, "unsubscribe.txt", _mail("Harbour Notes: fares up, timetable out", unsubscribe, masthead, "four"))
    write(
        root,
        "browser-link.txt",
        _mail("Harbour Notes #88: the new timetable", "", "View this email in your browser: https://h.ex/88\n", "five"),
    )
    # Must not change: a forwarded release keeps its own headline.
    write(
        root,
        "release.txt",
        "From: Press Office <press@harbour.example>\nTo: desk@paper.example\nDate: Mon, 30 Nov 2026 09:00:00 +0100\n"
        "Subject: FW: release\n\nHarbour board sets new ferry fares\n30 November 2026\n\n" + BODIES["six"],
    )
    found = run_json("ask", "ferry fares", "--corpus", "corpus", "--json", "--k", "10", cwd=tmp_path)
    titles = {p["source_path"]: p["title"] for p in found["passages"]}
    assert titles == {
        "unsubscribe.txt": "Harbour Notes: fares up, timetable out",
        "browser-link.txt": "Harbour Notes #88: the new timetable",
        "release.txt": "Harbour board sets new ferry fares",
    }
