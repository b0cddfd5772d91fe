"""A paragraph under a heading with no blank line between is kept (a press kit turned from PDF to text), no passage
starts inside a word hyphenated across lines, and the dated headers of a page's updates date the paragraphs under
them."""

from datetime import date

from tests.conftest import built_pages, by_document

KIT = """\
MEDIA KIT
Lakeside Puppet Week 2027
Embargoed until 3 March 2027, 09:00 CET

Lakeside Puppet Week 2027 | Media Kit                 Page 2

THE WEEK IN BRIEF
The ninth Lakeside Puppet Week fills the old boathouse from 12 to Ap-
ril 19, 2027 with forty companies from eleven countries, most of
them small. Its director says children should build puppets too.

Lakeside Puppet Week 2027 | Media Kit                 Page 3

CLOSING SHOW
The week closes on 19 April with a shadow play about a keeper of
a lighthouse and the gulls that steal his lunch, staged by a troupe
from Gdansk.

Lakeside Puppet Week 2027 | Media Kit                 Page 4

Tickets go on sale on 15 March 2027 at the boathouse and online.
"""

UPDATES = """\
Skip to Main Content
Orchard County Roads Office
Alerts
Projects
Contact
Millbrook Bridge Closure Updates

Millbrook Bridge Closure Updates
Last updated: March 9, 2027 4:00 PM
UPDATE 3 – March 9, 2027, 3:30 PM
The bridge reopened to cars at 3 PM. Lorries must still use the bypass until the load test is done.
UPDATE 2 – March 7, 2027, 11:00 AM
Divers found a cracked pier footing. Repairs will take at least two days, engineers said.
UPDATE 1 – March 6, 2027, 6:10 AM
The bridge was closed after a barge struck its middle pier overnight. Nobody was hurt.
Share
Orchard County Roads Office | 2 Court Street
"""


TIMELINE = """\
Harbour Lighthouse Turns One Hundred

By Mira Olsen

October 2, 2026

The harbour lighthouse turns one hundred this month, and the town will open it to visitors for a weekend.

April 9, 1926
Its lamp was lit for the first time by a keeper who rowed out from the quay each evening.

July 30, 1989
An electric lamp took over from the oil one, and the last keeper moved back to the town.

The mayor said on Monday that the tower would be repainted before the winter storms.
"""

SHORT_WRAPPED = """\
Harbour Tower Reopens

By Mira Olsen

TOWER OPEN AGAIN
The lighthouse tower opened to visitors on Sunday for the first time since
its stairs were rebuilt, and two hundred people climbed it before noon.

October 4, 2026, 8:00 AM
Volunteers began selling tickets at the quay at dawn, the harbour board said
in a note posted on the door of the keeper's old cottage by the steps.

October 5, 2026, 9:15 AM
The board said the tower would stay open every weekend until the end of the
month, weather allowing, and that guides would lead visitors up the stairs.
"""


def _passages(tmp_path, name, text):
    return built_pages(tmp_path / "corpus", {name: text}).passages


def test_a_paragraph_right_under_a_capitals_heading_is_kept_whole(tmp_path):
    texts = [p.text for p in _passages(tmp_path, "kit.txt", KIT)]
    assert any(t.startswith("The week closes on 19 April with a shadow play") for t in texts)
    assert any(t.startswith("The ninth Lakeside Puppet Week fills") and "ril 19, 2027 with forty" in t for t in texts)
    assert not any(t[:1].islower() for t in texts)  # no passage opens inside a word
    assert "Tickets go on sale on 15 March 2027 at the boathouse and online." in texts  # unchanged


def test_dated_update_headers_date_the_paragraphs_under_them(tmp_path):
    passages = _passages(tmp_path, "updates.txt", UPDATES)
    dated = {p.text.split(".")[0]: (p.date, p.section) for p in passages}
    assert dated["The bridge was closed after a barge struck its middle pier overnight"] == (
        date(2027, 3, 6), "UPDATE 1 – March 6, 2027, 6:10 AM")
    assert dated["Divers found a cracked pier footing"][0] == date(2027, 3, 7)
    assert dated["The bridge reopened to cars at 3 PM"][0] == date(2027, 3, 9)


def test_a_single_dated_line_over_a_paragraph_is_no_update_header(tmp_path):
    text = UPDATES.split("UPDATE 2")[0] + "Share\n"  # one update only: the page's date stands
    passages = _passages(tmp_path, "one.txt", text)
    assert [(p.date, p.section) for p in passages if p.text.startswith("The bridge reopened")] == [(None, None)]


def test_a_timeline_in_an_article_leaves_its_paragraphs_the_page_date(tmp_path):
    sources, passages = by_document(built_pages(tmp_path / "corpus", {"tower.txt": TIMELINE}), lambda p: p)
    assert sources["tower.txt"][1] == date(2026, 10, 2)
    assert [(p.date, p.section) for p in passages["tower.txt"] if p.text.startswith("The mayor said")] == [(None, None)]
    assert all(p.date is None and p.section is None for p in passages["tower.txt"])


def test_a_short_page_keeps_the_first_line_of_wrapped_paragraphs_under_headings(tmp_path):
    passages = _passages(tmp_path, "open.txt", SHORT_WRAPPED)
    dated = {p.text.split(",")[0]: (p.date, p.section) for p in passages}
    opened = "The lighthouse tower opened to visitors on Sunday for the first time since\nits stairs were rebuilt"
    assert dated[opened] == (None, None)  # its first line kept under the capitals heading
    assert dated["Volunteers began selling tickets at the quay at dawn"] == (
        date(2026, 10, 4), "October 4, 2026, 8:00 AM")
    assert dated["The board said the tower would stay open every weekend until the end of the\nmonth"] == (
        date(2026, 10, 5), "October 5, 2026, 9:15 AM")
