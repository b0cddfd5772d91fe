"""Transcripts as the web serves them: header, chrome, title, date, sections and speakers, read through the
real readers and splitter (the fixtures are written for these tests, in the sites' layouts)."""

from datetime import date

import pytest

from index.builder import build_index
from index.models import DocumentKind, PassageKind
from index.readers.chrome import read_layout, us_date
from index.readers.html import read_html_document
from index.readers.text import read_text_document
from index.splitter import split_document
from index.store import load_index
from tests.conftest import write

BANNER = [
    "An official website of the United States government",
    "Here's how you know",
    "A .gov website belongs to an official government organization in the United States.",
    "Skip to main content",
    "Home › Briefings › Department Press Briefings",
]
PASTED_BRIEFING = "\n".join(
    [
        *BANNER,
        "Department Press Briefing - May 9, 2017",
        "Nora Ellison",
        "Acting Spokesperson",
        "Department Press Briefing",
        "Washington, DC",
        "May 9, 2017",
        "Index for Today's Briefing",
        "LIBYA",
        "TRADE/REGION",
        "TRANSCRIPT:",
        "2:11 p.m. EDT",
        "MS ELLISON: Good afternoon. One thing at the top: the envoy is back from Tripoli tonight.",
        "QUESTION: Did he meet the prime minister, or only his deputy --",
        "MS ELLISON: Yeah.",
        "QUESTION: -- as the reports say?",
        "MS ELLISON: He met both, on separate days.",
        "The second meeting ran long.",
        "(The briefing was concluded at 2:40 p.m.)",
        "DPB # 88",
        "Back to Top",
        "Office of the Inspector General",
        "No FEAR Act",
    ]
)
CHROME = [*BANNER, "Nora Ellison", "Washington, DC", "May 9, 2017", "LIBYA", "TRANSCRIPT:", "2:11 p.m. EDT", "DPB # 88"]


def read(text: str, path: str = "briefing.txt"):
    doc = read_text_document(text.encode(), path)
    return doc, split_document(doc)


def test_a_pasted_briefing_gives_its_own_title_and_date_and_no_chrome_passage():
    doc, passages = read(PASTED_BRIEFING)
    assert doc.title == "Department Press Briefing - May 9, 2017"
    assert (doc.date, doc.date_source, doc.kind) == (date(2017, 5, 9), "text header", DocumentKind.TRANSCRIPT)
    texts = [p.text for p in passages]
    for line in [*CHROME, "(The briefing was concluded at 2:40 p.m.)", "Back to Top", "No FEAR Act"]:
        assert not any(line in text for text in texts), line
    assert texts[0].startswith("Good afternoon.")
    assert texts[-1] == "He met both, on separate days.\nThe second meeting ran long."
    for passage in passages:
        assert doc.text[passage.start : passage.start + len(passage.text)] == passage.text


def test_an_interjection_is_not_the_answer_to_a_question_still_being_asked():
    _, passages = read(PASTED_BRIEFING)
    by_text = {p.text: p for p in passages}
    assert by_text["Yeah."].context is None
    answer = by_text["He met both, on separate days.\nThe second meeting ran long."]
    assert answer.context == "Did he meet the prime minister, or only his deputy --\n-- as the reports say?"


def test_a_page_of_chrome_does_not_make_a_transcript_an_article():
    menu = "\n".join(f"Menu item {n}" for n in range(60))
    doc, passages = read(f"{menu}\n{PASTED_BRIEFING}")
    assert doc.kind is DocumentKind.TRANSCRIPT
    assert not any("Menu item" in p.text for p in passages)


def test_an_article_quoting_a_few_turns_stays_an_article():
    text = (
        "Envoy returns from Tripoli\n"
        "The envoy came back on Tuesday after two days of talks, officials said.\n"
        "QUESTION: Did he meet the prime minister?\n"
        "MS ELLISON: He met both.\n"
        "Analysts said the visit was mostly symbolic and that little would change before the summer.\n"
        "The talks resume next month in Tunis, with the same delegations.\n"
        "Neither side has published an agenda for them.\n"
    )
    assert not read_layout(text.split("\n")).transcript
    doc, passages = read(text)
    assert doc.kind is None and passages[1].speaker == "QUESTION"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nov. 4, 2016", date(2016, 11, 4)),
        ("December 06, 2016", date(2016, 12, 6)),
        ("Thursday, March 2, 2017", date(2017, 3, 2)),
        ("24 April 2015", date(2015, 4, 24)),
    ],
)
def test_header_dates_in_any_common_shape(line, expected):
    doc, _ = read(f"Daily Press Briefing\n{line}\nMR KIRBY: Hello.\nQUESTION: Hi?\nMR KIRBY: Yes.\n")
    assert (doc.date, doc.date_source) == (expected, "text header")


def test_a_date_in_the_title_in_us_numbers_month_first():
    title = "Press Gaggle by Press Secretary Sam Ortiz en route Reno, NV, 6/10/2016"
    doc, _ = read(f"{title}\nMR. ORTIZ: Hi.\nQ    Yes?\n")
    assert (doc.date, doc.date_source) == (date(2016, 6, 10), "title")
    assert us_date("1/17/17") == date(2017, 1, 17) and us_date("13/13/2016") is None


def test_front_matter_wins_and_the_file_name_is_the_last_resort():
    doc, _ = read(f"---\ndate: 2017-05-10\n---\n{PASTED_BRIEFING}")
    assert (doc.date, doc.date_source) == (date(2017, 5, 10), "front matter")
    assert doc.title == "Department Press Briefing - May 9, 2017"
    doc, _ = read("Notes\nMR A: Hi.\nQUESTION: Yes?\n", "2017-05-11-notes.txt")
    assert (doc.date, doc.date_source) == (date(2017, 5, 11), "file name")


NOON_BRIEFING = """Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
12 May 2016
The following is a near-verbatim transcript of today's noon briefing by Lars Odegaard, Spokesman for the \
Secretary-General.
**Yemen
The talks in Kuwait continue, and the envoy met both delegations this morning.
He hopes for a deal on prisoners within days.
Haiti
The cholera appeal remains badly underfunded, with less than a quarter of it received.
Questions and answers
Question:  Lars, is there a date for the next round?
Spokesman:  Not yet.
Question:  And the appeal?
Spokesman:  We keep asking donors to step up.
* *** *
For information media. Not an official record.
"""


def test_noon_briefing_headings_are_sections_and_the_spokesman_speaks_unlabelled_paragraphs():
    doc, passages = read(NOON_BRIEFING)
    assert doc.title == "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
    assert doc.date == date(2016, 5, 12)
    spokesman = "Spokesman (Lars Odegaard)"
    shown = [(p.section, p.speaker, p.text[:20]) for p in passages]
    assert shown[:3] == [
        ("Yemen", spokesman, "The talks in Kuwait "),
        ("Yemen", spokesman, "He hopes for a deal "),
        ("Haiti", spokesman, "The cholera appeal r"),
    ]
    assert shown[-1] == ("Questions and answers", spokesman, "We keep asking donor")
    texts = [p.text for p in passages]
    assert not any(line in texts for line in ("**Yemen", "Haiti", "Questions and answers", "* *** *"))
    assert not any("official record" in text or "near-verbatim" in text for text in texts)


def test_one_label_per_person_within_a_document():
    text = (
        "Pentagon Press Briefing\n"
        "PENTAGON PRESS SECRETARY JOHN F. KIRBY: Good afternoon.\n"
        "Q: First?\n"
        "MR. KIRBY: One.\n"
        "Q: Second?\n"
        "KIRBY: Two.\n"
        "\u00a0MR. KIRBY:\u00a0Three.\n"
        "STAFF: Last one.\n"
        "SENIOR DEFENSE OFFICIAL (ONE): Four.\n"
        "SENIOR DEFENSE OFFICIAL (TWO): Five.\n"
    )
    _, passages = read(text)
    assert [p.speaker for p in passages] == [
        "MR. KIRBY",
        "Q",
        "MR. KIRBY",
        "Q",
        "MR. KIRBY",
        "MR. KIRBY",
        "STAFF",
        "SENIOR DEFENSE OFFICIAL (ONE)",
        "SENIOR DEFENSE OFFICIAL (TWO)",
    ]


def test_white_house_q_without_colon_or_alone_on_its_line():
    text = (
        "Press Briefing by the Press Secretary\nMS. LANE: Hi.\nQ\u00a0\u00a0\u00a0Is it on?\nMS. LANE: Yes.\n"
        "Q\nAnd the trip?\nMS. LANE: Friday.\nEND 1:02 P.M. EDT\n"
    )
    _, passages = read(text)
    assert [(p.speaker, p.text) for p in passages] == [
        ("MS. LANE", "Hi."),
        ("Q", "Is it on?"),
        ("MS. LANE", "Yes."),
        ("Q", "And the trip?"),
        ("MS. LANE", "Friday."),
    ]


SAVED_PAGE = """<!DOCTYPE html><html><head><title>Daily Press Briefing - Department of State</title></head><body>
<header class="site-header"><p>U.S. Department of State</p><div class="meta"><p>Rhea Moss, Spokesperson</p>
<p>Nov. 4, 2016</p></div></header>
<main><article><h1>Daily Press Briefing</h1>
<p>Washington, DC</p><p>2:18 p.m. EDT</p>
<p>MS MOSS: Good afternoon.</p><p>QUESTION: Anything on the talks?</p><p>MS MOSS: Nothing new today.</p>
<p>(The briefing was concluded at 2:31 p.m.)</p><p>DPB # 196</p>
</article></main></body></html>"""


def test_a_saved_page_takes_its_date_from_the_page_header_outside_the_main_text():
    doc = read_html_document(SAVED_PAGE.encode(), "dpb.html")
    passages = split_document(doc)
    assert (doc.title, doc.date, doc.date_source) == ("Daily Press Briefing", date(2016, 11, 4), "html header")
    assert [p.text for p in passages] == ["Good afternoon.", "Anything on the talks?", "Nothing new today."]


def test_the_build_says_where_each_date_came_from_and_sections_are_kept(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "noon.txt", NOON_BRIEFING)
    write(corpus, "dpb.html", SAVED_PAGE)
    write(corpus, "2016-01-02-notes.txt", "Notes\nNothing dated in here.\n")
    write(corpus, "fm.md", "---\ndate: 2016-03-04\n---\nText.\n")
    write(corpus, "side.txt", "Plain text.\n")
    write(corpus, "side.txt.meta.toml", "date = 2016-05-06\n")
    report = build_index(corpus, tmp_path / "index")
    sources = {d.path: (d.date, d.date_source) for d in report.documents}
    assert sources == {
        "noon.txt": ("2016-05-12", "text header"),
        "dpb.html": ("2016-11-04", "html header"),
        "2016-01-02-notes.txt": ("2016-01-02", "file name"),
        "fm.md": ("2016-03-04", "front matter"),
        "side.txt": ("2016-05-06", "sidecar"),
    }
    index = load_index(tmp_path / "index")
    assert {p.section for p in index.passages if p.kind is PassageKind.PARAGRAPH} >= {"Yemen", "Haiti"}


def test_a_notice_of_the_site_in_sentences_does_not_end_the_header():
    text = (
        "U.S. Department of Defense\n"
        "News transcripts record the department's briefings and interviews as they were given.\n"
        "Department of Defense Press Briefing by General Ana Ruiz in the Pentagon Briefing Room\n"
        "Presenter: General Ana Ruiz\n"
        "October 5, 2016\n"
        "GENERAL ANA RUIZ: Good morning.\n"
        "Q: A question?\n"
        "GEN. RUIZ: An answer.\n"
        "Q: Another?\n"
        "GEN. RUIZ: Another answer.\n"
    )
    doc, passages = read(text)
    assert doc.title == "Department of Defense Press Briefing by General Ana Ruiz in the Pentagon Briefing Room"
    assert doc.date == date(2016, 10, 5)
    assert [p.speaker for p in passages] == ["GEN. RUIZ", "Q", "GEN. RUIZ", "Q", "GEN. RUIZ"]


def test_a_noon_briefing_without_questions_is_still_read_as_one():
    body = "\n".join(f"**Topic {n}\nThe mission reports progress on item {n} this week." for n in range(3))
    doc, passages = read(NOON_BRIEFING.split("**Yemen")[0] + body + "\n")
    assert doc.kind is DocumentKind.TRANSCRIPT
    assert [(p.section, p.speaker) for p in passages] == [(f"Topic {n}", "Spokesman (Lars Odegaard)") for n in range(3)]


def test_a_short_line_inside_an_answer_is_no_heading_outside_a_noon_briefing():
    text = (
        "Department of Defense Press Briefing\n"
        "MR. COOK: Two things at the top.\n"
        "Second, on the base in the north\n"
        "The runway work is finished, and flights resume next week.\n"
        "Q: When exactly?\n"
        "MR. COOK: Tuesday.\n"
    )
    _, passages = read(text)
    assert [(p.speaker, p.section) for p in passages] == [("MR. COOK", None), ("Q", None), ("MR. COOK", None)]
    assert passages[0].text.endswith("flights resume next week.")


def test_a_spokesperson_label_is_the_person_the_header_names_whatever_the_word():
    text = NOON_BRIEFING.replace("Spokesman:  Not yet.", "Spokesperson:  Not yet.")
    _, passages = read(text)
    # one person, one label: the one the document used first, as both forms are used once
    assert {p.speaker for p in passages if not p.speaker.startswith("Question")} == {"Spokesperson (Lars Odegaard)"}


def test_a_series_name_is_the_title_when_nothing_better_is_there_and_place_lines_never_are():
    text = (
        "The White House\nOffice of the Press Secretary\nPress Briefing\nJames S. Brady Press Briefing Room\n"
        "September 22, 2016\n1:06 P.M. EDT\nMR. EARNEST: Hi.\nQ    Yes?\nMR. EARNEST: Yes.\n"
    )
    doc, passages = read(text)
    assert (doc.title, doc.date) == ("Press Briefing", date(2016, 9, 22))
    assert [p.text for p in passages] == ["Hi.", "Yes?", "Yes."]


def test_the_page_header_date_nearest_the_title_wins_over_a_dated_list_before_it():
    sidebar = '<div class="latest"><p>Latest</p><p>Oct. 1, 2016</p><p>Oct. 2, 2016</p></div>'
    page = SAVED_PAGE.replace("<body>", f"<body>{sidebar}")
    doc = read_html_document(page.encode(), "dpb.html")
    assert (doc.date, doc.date_source) == (date(2016, 11, 4), "html header")


def test_a_transcript_squashed_onto_one_line_is_read_turn_by_turn_without_its_chrome():
    exchanges = (f"QUESTION: Question number {n} about the talks? MS ELLISON: Answer number {n}." for n in range(12))
    squashed = " ".join(PASTED_BRIEFING.split("\n")) + " " + " ".join(exchanges)
    doc, passages = read(squashed)
    assert (doc.date, doc.kind) == (date(2017, 5, 9), DocumentKind.TRANSCRIPT)
    texts = [p.text for p in passages]
    for line in [*CHROME[:5], "Index for Today's Briefing", "TRANSCRIPT:", "2:11 p.m. EDT", "DPB # 88", "No FEAR Act"]:
        assert not any(line in text for text in texts), line
    assert (passages[0].speaker, texts[0]) == (
        "MS ELLISON",
        "Good afternoon. One thing at the top: the envoy is back from Tripoli tonight.",
    )
    assert ("QUESTION", "Question number 3 about the talks?") in [(p.speaker, p.text) for p in passages]
    assert "Yeah." in texts
    assert all(" ".join(text.split()) in " ".join(squashed.split()) for text in texts)


def test_a_long_line_of_prose_is_left_as_it_is():
    prose = "The minister said: " + "nothing of note happened at the talks today. " * 60
    assert read_text_document(prose.encode(), "a.txt").text == prose
