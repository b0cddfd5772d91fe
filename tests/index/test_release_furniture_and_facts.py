"""Press releases pasted from the web (a police force's, a council's, a ministry's): every short line of fact stays
(``Casualties: 14``, ``12 March: bridge closed``, a list's lead-in, a short sentence stating a figure) and every line
of the release's furniture goes (``ENDS``, ``Notes to editors``, the contact block, who approved it, ``Posted by``,
a bare ``[14:05:33]``, a prompt to subscribe, a button, ``Topics:``). Fixtures written for these tests, in the
layouts such sites use."""

from index.readers.html import read_html_document
from index.splitter import split_document
from tests.index.test_pasted_page_edges import passages_of

TOP = ["Harbour Police", "News", "Appeals", "FOR IMMEDIATE RELEASE"]
HEADLINE = "Lorry crash closes the coast road near Wendmouth"
LEAD = (
    "Officers closed the coast road near Wendmouth for six hours on Thursday after a lorry carrying gravel "
    "overturned at the Kell junction."
)
DRIVER = "The driver, a man aged 52, was taken to hospital with injuries that are not thought to be serious."
INSPECTOR = "Inspector Dana Vell said the road would be inspected again before the weekend by the county's engineers."
FACTS = ["Casualties: 14", "Fine: £2,500", "Revenue: $4.1bn"]
REPAIRS = "Repairs will take eight weeks."


def texts(tmp_path, lines: list[str]) -> tuple[list[str], object]:
    return passages_of(tmp_path, {"release.txt": "\n".join(lines) + "\n"})["release.txt"]


def test_label_and_figure_lines_and_the_short_sentence_between_them_stay_but_a_contacts_number_goes(tmp_path):
    page = [*TOP, HEADLINE, "12 March 2026", LEAD, FACTS[0], REPAIRS, *FACTS[1:], DRIVER]
    page += ["Phone: 01632 960 123", "Views: 1,204", "Share this page"]
    found, source = texts(tmp_path, page)
    assert found == [LEAD, *FACTS[:1], REPAIRS, *FACTS[1:], DRIVER]
    assert (source.title, str(source.date)) == (HEADLINE, "2026-03-12")


def test_dated_entries_and_the_line_leading_into_a_list_stay_but_a_list_of_other_pages_goes(tmp_path):
    entries = ["12 March: bridge closed to lorries", "13 March: divers sent to the piers"]
    agreed = ["The council agreed to:", "freeze parking charges in the town centre", "open two new libraries by 2027"]
    others = ["Latest news", "3 February 2026 - Library hours extended", "1 February 2026 - Road repairs start"]
    page = [*TOP, HEADLINE, "Posted on 14 March 2026", LEAD, *entries, *agreed, INSPECTOR, *others, "Print"]
    found, source = texts(tmp_path, page)
    assert found == [LEAD, *entries, *agreed, INSPECTOR]
    assert str(source.date) == "2026-03-14"


def test_the_release_furniture_goes_but_its_notes_and_the_look_alike_sentences_stay(tmp_path):
    lost = "Contact with the crew of the lorry was lost for an hour."
    ends = "The diversion ENDS on Friday."
    note = "The Kell junction has been the scene of three crashes since 2024."
    page = [*TOP, HEADLINE, "12 March 2026", LEAD, lost, DRIVER, ends, "ENDS", "Notes to editors", note]
    page += ["Media contact", "Press office", "This release was approved by Chief Inspector Ola Brandt."]
    page += [INSPECTOR, "Topics: Roads, Wendmouth"]
    found, _ = texts(tmp_path, page)
    assert found == [LEAD, lost, DRIVER, ends, note, INSPECTOR]


def test_a_post_line_a_bare_stamp_a_button_and_a_prompt_to_subscribe_go_between_paragraphs(tmp_path):
    posted = "Posted officers will stay at the junction overnight, the force said in a statement on Thursday."
    subscribers = "Subscribers to the force's text alerts were told of the closure within ten minutes."
    furniture = [
        "Posted by Web Team",
        "[14:05:33]",
        "Back to news",
        "Printer-friendly version",
        "Subscribe to receive our news releases by email as soon as they are published.",
    ]
    paragraphs = [LEAD, posted, DRIVER, subscribers, INSPECTOR, "The road reopened at noon on Friday."]
    page = [*TOP, HEADLINE, "12 March 2026"]
    for paragraph, line in zip(paragraphs, [*furniture, None], strict=True):
        page += [paragraph, *([line] if line else [])]
    found, _ = texts(tmp_path, page)
    assert found == paragraphs


def test_a_briefings_stamps_end_line_and_notes_heading_go_while_its_figures_and_notes_stay(tmp_path):
    page = [
        "Harbour Police",
        "Press conference on the Wendmouth lorry crash",
        "12 March 2026",
        "[00:00:04]",
        "INSPECTOR VELL: Good afternoon. The coast road reopened at noon.",
        "Casualties: 14",
        "[00:01:10]",
        "REPORTER: Was anyone killed?",
        "INSPECTOR VELL: No. All of the crew are safe.",
        "ENDS",
        "Notes to editors",
        "The Kell junction has seen three crashes since 2024.",
        "Media contact",
        "Press office",
    ]
    found, _ = texts(tmp_path, page)
    joined = "\n".join(found)
    assert "Casualties: 14" in joined and "The Kell junction has seen three crashes since 2024." in joined
    for furniture in ("[00:01:10]", "ENDS", "Notes to editors", "Media contact", "Press office"):
        assert furniture not in joined


SAVED = """<html><head><title>Wendle bridge closed after inspection | Ministry of Transport</title></head><body>
<main><article>
<h1>Wendle bridge closed after inspection</h1>
<p>14 May 2026</p>
<p>The ministry has finished its inspection of the Wendle bridge over the estuary and found cracks in two piers.</p>
<p>Repair bill: £3.2m</p>
<p>[10:04:52]</p>
<p>The minister will visit the bridge on Friday with the county's engineers and the firm that built it.</p>
<p>ENDS</p>
<h2>Notes to editors</h2>
<p>The bridge opened in 1974 and carries 18,000 vehicles a day.</p>
<p>This release was approved by the Permanent Secretary.</p>
<p>Posted by Web Team</p>
</article></main>
</body></html>
"""


def test_a_saved_release_page_loses_its_furniture_and_keeps_its_figure():
    doc = read_html_document(SAVED.encode(), "pages/bridge.html")
    assert [passage.text for passage in split_document(doc)] == [
        "The ministry has finished its inspection of the Wendle bridge over the estuary and found cracks in two piers.",
        "Repair bill: £3.2m",
        "The minister will visit the bridge on Friday with the county's engineers and the firm that built it.",
        "The bridge opened in 1974 and carries 18,000 vehicles a day.",
    ]
