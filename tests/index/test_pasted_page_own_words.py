"""A pasted or saved article page keeps its own words when they only look like chrome: a lead in lower case, a
section under a heading, a figure in a table, a sentence opening with a time, a numbered subheading, a speech's
stage notes, a headline opening with ``Return to``; the headline's day dates it only when not after its stamp."""

import index.readers.article
from index.readers.text import read_text_document
from tests.index.test_pasted_page_edges import passages_of

MENU = ["Start", "Region", "Economy", "Weather"]
ENDS = ["Share this article", "Most read"]
STAMP = ["By Ruth Alcott", "3 June 2024"]
BODY = [
    "The ferry between the two harbours carried fewer passengers this spring than in any year since it opened.",
    "Fares rose twice in the winter after the operator lost a subsidy it had relied on for a decade.",
]


def page(headline: str, *lines: str, top: list[str] = STAMP) -> str:
    return "\n\n".join([*MENU, headline, *top, *lines, *ENDS]) + "\n"


def read(tmp_path, files):
    found = passages_of(tmp_path, files)
    return {name: (texts, source.title, str(source.date)) for name, (texts, source) in found.items()}


def test_a_lead_opening_in_lower_case_stays_and_a_by_line_under_a_short_headline_joins_it(tmp_path):
    lead = "iOS users of the ferry app could not buy tickets for most of Monday, the operator said on Tuesday."
    found = read(
        tmp_path,
        {
            "lead.txt": page("Ferry ticket sales halted by an app fault", lead, *BODY, top=[]),
            "by.txt": page("Press conference", *BODY, top=["by the harbour master", "3 June 2024"]),
        },
    )
    assert found["lead.txt"][:2] == ([lead, *BODY], "Ferry ticket sales halted by an app fault")
    assert found["by.txt"] == (BODY, "Press conference by the harbour master", "2024-06-03")


def test_an_html_articles_sections_and_figures_stay_but_its_related_and_contact_lists_go(tmp_path):
    sections = ["Contact lists of the passengers", "Recommended routes for the summer", "Main figures"]
    html = (
        f"<html><body><article><h1>Ferry numbers fall</h1><p>{BODY[0]}</p><h2>{sections[0]}</h2><p>{BODY[1]}</p>"
        f"<h2>{sections[1]}</h2><p>The operator will add a late boat on Fridays from the first week of July on.</p>"
        f"<h2>{sections[2]}</h2><table><tr><td>Crossings a day</td><td>14</td></tr></table>"
        "<p>3 hours ago the operator also said it would keep winter fares until the end of August.</p>"
        "<p>3h ago</p><h2>Related stories</h2><p>Harbour dues to rise</p>"
        "<h2>Press contacts</h2><p>Communications office, Harbour Board</p></article></body></html>"
    )
    texts, _, _ = read(tmp_path, {"ferry.html": html})["ferry.html"]
    joined = "\n".join(texts)
    assert BODY[1] in joined and "late boat on Fridays" in joined and "3 hours ago the operator" in joined
    assert "14" in joined and "Crossings a day" in joined
    assert "Harbour dues to rise" not in joined and "Communications office" not in joined
    assert not any(text.strip() == "3h ago" for text in texts)


def test_a_transcripts_sentence_opening_with_a_time_stays(tmp_path):
    said = "45 minutes ago the board agreed to keep the late ferry running, and the timetable will follow on Monday."
    text = "Press Briefing by the Harbour Board Spokesperson\n\n4 June 2024\n\nSPOKESPERSON: Good morning.\n\n"
    text += f"{said}\n\nQUESTION: When does it start?\n\nSPOKESPERSON: In July.\n"
    texts, _, _ = read(tmp_path, {"board.txt": text})["board.txt"]
    assert any(said in passage for passage in texts)


def test_a_numbered_subheading_keeps_the_article_under_it_but_a_comments_opener_ends_it(tmp_path):
    reply = "I waited an hour at the pier last Friday and nobody told us the boat had been cancelled."
    found = read(
        tmp_path,
        {
            "sub.txt": page("Ferry numbers fall", BODY[0], "2 replies the board must weigh", BODY[1]),
            "comments.txt": page("Ferry numbers fall", *BODY, "4 comments", reply),
        },
    )
    assert found["sub.txt"][0] == [BODY[0], "2 replies the board must weigh", BODY[1]]
    assert found["comments.txt"][0] == BODY


def test_a_headline_dates_the_article_only_with_a_day_not_after_its_stamp(tmp_path):
    found = read(
        tmp_path,
        {
            "later.txt": page("Harbour sets 31 October 2024 deadline for fare refunds", *BODY),
            "earlier.txt": page("Harbour board met on 1 June 2024 over fares", *BODY),
            "vote.txt": page("Ferry subsidy vote set for 10 June 2024", *BODY),
        },
    )
    assert [found[name][2] for name in ("later.txt", "earlier.txt", "vote.txt")] == [
        "2024-06-03",
        "2024-06-01",
        "2024-06-03",
    ]


def test_a_speechs_stage_notes_do_not_make_it_a_page_but_a_pages_notes_go(tmp_path):
    speech = [
        "Harbour master Imre Doss at the ferry's anniversary",
        BODY[0],
        "(Cheers)",
        "Thank you all",
        BODY[1],
        "(Laughter)",
        "Not the fares",
    ]
    notes = page("Ferry numbers fall", BODY[0], "(Cheers)", BODY[1])
    found = read(tmp_path, {"speech.txt": "\n\n".join(speech) + "\n", "notes.txt": notes})
    assert found["speech.txt"][0] == speech[1:]
    assert found["notes.txt"][0] == BODY


def test_a_headline_opening_with_return_to_stays_the_title_but_a_link_back_goes(tmp_path):
    headline = "Return to work plan for ferry crews stalls"
    work = page(headline, BODY[0], "Back to the harbour", BODY[1], "Back to search results")
    found = read(tmp_path, {"work.txt": work})
    assert found["work.txt"] == ([BODY[0], "Back to the harbour", BODY[1]], headline, "2024-06-03")


def test_the_site_s_own_sentences_beside_each_other_stay_between_paragraphs_and_go_beside_chrome(tmp_path):
    rules = [
        "Until this year many sites hid the button that refuses cookies behind several screens of settings.",
        "Publishers warned the rules would cut subscription income that pays for their local reporting.",
    ]
    signup = "Sign in to your account to get the harbour newsletter in your inbox every Friday morning."
    found = read(tmp_path, {"rules.txt": page("Regulator tells sites to simplify consent banners", BODY[0], *rules,
                                              BODY[1], signup)})
    assert found["rules.txt"][0] == [BODY[0], *rules, BODY[1]]


def test_a_run_of_date_lines_is_scanned_in_proportion_to_its_length(monkeypatch):
    """Each date line with no headline above it looks ahead a bounded number of lines, not to the page's end."""
    calls = 0

    def counted(*bounds: int) -> range:  # the lines each scan of the reader may look at
        nonlocal calls
        calls += len(range(*bounds))
        return range(*bounds)

    monkeypatch.setattr(index.readers.article, "range", counted, raising=False)
    work = []
    for rows in (300, 600):
        calls = 0
        dates = [f"{1 + n % 28} May 2024" for n in range(rows)]
        document = read_text_document("\n".join([*dates, *BODY * 3]).encode(), "dates.txt")
        assert BODY[0] in document.text
        work.append(calls)
    assert work[1] <= 2.2 * work[0]
