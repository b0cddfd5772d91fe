"""A transcript pasted without a title line: its first turn (a reporter's question, or an answer) is never the
document's title; the file's name is, as for any text with no title of its own."""

import pytest

from tests.conftest import built_pages, by_document

QUESTION_FIRST = """QUESTION: Can you tell us when the ferry service will resume after the strike?

MS. HALE: We expect the ferries to run again on Monday, once the crews have returned.

QUESTION: And the fares?

MS. HALE: The fares stay as they were.
"""

Q_FIRST = """Q: When will the bridge reopen?

MR. OKAFOR: The bridge reopens on Friday morning.

Q: Why the delay?

MR. OKAFOR: The inspectors found rust on two cables.
"""

ANSWER_FIRST = """MS. HALE: Good morning. The ferries run again on Monday.

QUESTION: And the fares?

MS. HALE: The fares stay as they were.
"""


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        ("ferry-briefing.txt", QUESTION_FIRST, "ferry-briefing"),
        ("2026-03-02-bridge.txt", Q_FIRST, "2026-03-02-bridge"),
        ("ferry-update.md", ANSWER_FIRST, "ferry-update"),
    ],
)
def test_a_first_turn_is_never_the_title(tmp_path, name, text, title):
    documents, passages = by_document(built_pages(tmp_path / "corpus", {name: text}))
    assert documents[name][0] == title
    assert any(p.startswith(("We expect the ferries", "The bridge reopens", "Good morning.")) for p in passages[name])


def test_the_file_names_day_still_dates_it(tmp_path):
    documents, _ = by_document(built_pages(tmp_path / "corpus", {"2026-03-02-bridge.txt": Q_FIRST}))
    assert documents["2026-03-02-bridge.txt"][1].isoformat() == "2026-03-02"


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        ("a.txt", "Ferry Service Briefing\n\n" + QUESTION_FIRST, "Ferry Service Briefing"),
        ("b.md", "# Bridge briefing, 2 March\n\n" + Q_FIRST, "Bridge briefing, 2 March"),
        ("c.txt", "Ferries to run again on Monday\n\nThe ferry service resumes on Monday, the operator said.\n",
         "Ferries to run again on Monday"),
        ("d.txt", "FULL TRANSCRIPT: Ferry board press conference after the strike\n\n" + ANSWER_FIRST,
         "FULL TRANSCRIPT: Ferry board press conference after the strike"),
    ],
)
def test_look_alikes_keep_their_own_title(tmp_path, name, text, title):
    documents, _ = by_document(built_pages(tmp_path / "corpus", {name: text}))
    assert documents[name][0] == title
