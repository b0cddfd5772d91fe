"""A pasted page's title and date on court, police, council, central bank and live pages: a live page's own day under
its updates newest first, a headline over its standfirst, a site's controls and contact lines, a judgment's labelled
days, a year glued to a time, an issue stamp over the paragraphs, a form heading over the line naming the case. Each
case has a look-alike that must stay as it was. Fixtures written for these tests, in the layouts of such pages."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

NEWEST = ["The rail strike enters its third day as talks resume in the capital.",
          "Union leaders said they would meet the transport minister at noon on Wednesday."]
MIDDLE = ["Talks between the union and the operator broke up without a deal late in the evening.",
          "The operator said two in three trains would run on Thursday, and advised passengers to check first."]
OLDEST = ["The first trains were cancelled before dawn as drivers walked out over pay and hours.",
          "Commuters crowded the bus stops outside the main station, where extra buses had been laid on."]


STAMPS = ("5 March 2025 12:40", "4 March 2025 21:05", "3 March 2025 06:15")


def live(*head: str, stamps: tuple[str, str, str] = STAMPS) -> list[str]:
    """A live page: the site's lines, its headline, ``head``, then three updates, newest first."""
    return [
        "Kelby Post", "Home | News | Sport | Business", "",
        "Rail strike live: talks resume as walkout enters third day", "", *head,
        "", stamps[0], "", *NEWEST, "", stamps[1], "", *MIDDLE, "", stamps[2], "", *OLDEST,
    ]


UPDATED_FIRST = live("Updated 5 March 2025 12:40 | Published 3 March 2025 06:00")
FIRST_PUBLISHED = live("By Ada Quell", "5 March 2025 12:40 (first published 3 March 2025)")
# Must not change: updates with no publication day date the page by the newest, as before.
UNPUBLISHED = live(stamps=("UPDATE 3 - 5 March 2025, 12:40", "UPDATE 2 - 4 March 2025, 21:05",
                           "UPDATE 1 - 3 March 2025, 06:15"))


def live_html(head: str) -> str:
    """A saved live page whose updates carry ``<time>`` elements, newest first."""
    posts = "".join(
        f'<div class="post"><time datetime="{when}">{when[11:16]}</time><p>{" ".join(words)}</p></div>'
        for when, words in zip(
            ["2025-03-05T12:40:00Z", "2025-03-04T21:05:00Z", "2025-03-03T06:15:00Z"],
            [NEWEST, MIDDLE, OLDEST],
            strict=True,
        )
    )
    return (
        "<html><head><title>Rail strike live | Kelby Post</title></head><body><main><article>"
        f"<h1>Rail strike live: talks resume as walkout enters third day</h1>{head}{posts}"
        "</article></main></body></html>"
    )


BREAK_IN = ["Officers arrested a 34-year-old man on Tuesday after a break-in at a jeweller's shop on the high street.",
            "The man was charged with burglary and will appear before magistrates in Kelby on Thursday.",
            "Detective Inspector Ana Reyes thanked residents who called in with footage from their doorbell cameras."]
LIBRARY = ["The council voted 9 to 2 on Monday to keep the east branch library open on Sundays from January.",
           "Councillor Ana Reyes said the vote followed a petition signed by 3,400 residents.",
           "The extra hours will cost about 41,000 pounds a year, the library board said."]

STANDFIRST = ["Skip to content", "Menu", "Search", "", "Man charged after jewellery shop break-in", "",
              "Officers thank residents who sent doorbell footage of the break-in", "", *BREAK_IN]
CONTACT = ["Skip to content", "Menu", "Search", "",
           "For media enquiries contact the press office on 01234 555 0100", "",
           "Man charged after jewellery shop break-in", "", "4 March 2025", "", *BREAK_IN]
REACH_US = ["Skip to main content", "Menu", "Search", "Call us on 01234 555 0199", "press@kelby.example",
            "Library to stay open on Sundays", "4 March 2025", *LIBRARY]
# Must not change: the council's name over a short headline, and a headline whose figures are no telephone number.
COUNCIL = ["Skip to main content", "Menu", "Search", "Kelby Borough Council", "", "Library to stay open on Sundays", "",
           *LIBRARY]
FIGURES = ["Skip to main content", "Menu", "Search", "", "Council keeps library open 2025 2026 at a cost of 41,000",
           "", "4 March 2025", "", *LIBRARY]

REMARKS = ["1. The defendant pleaded guilty to two counts of fraud against the harbour board between 2021 and 2023.",
           "2. Over those years he moved a little over 410,000 pounds from the board's accounts into his own.",
           "3. I have read the reports on him and the statements of the board's staff, and take them into account."]
HANDED_DOWN = ["Kelby Courts", "Home | Judgments | Sentencing remarks", "", "R v Paul Ode", "", "Hearing date",
               "10 February 2025", "Handed down", "3 March 2025", "", *REMARKS]
JUDGED = ["Kelby Courts", "Home | Judgments", "", "Harbour Board v Ode", "", "Date of hearing: 10 February 2025",
          "Date of judgment: 3 March 2025", "", *REMARKS]
NUMBERED = ["Kelby Courts", "Home | Judgments", "", "Harbour Board v Ode", "", "Date of Judgment: 03/03/2025", "",
            *REMARKS]
CITED = ["Harbour Board v Ode [2025] KHC 114 (3 March 2025)", "", "Hearing date: 10 February 2025", "", *REMARKS]
CITATION = [
    "Neutral Citation Number: [2025] KHC 114", "", "Case No: KB-2024-000881", "", "IN THE HIGH COURT OF KELBY", "",
    "Date: 03/03/2025", "", "Before:", "", "MRS JUSTICE MOREAU", "", "Between:", "HARBOUR BOARD OF KELBY", "Claimant",
    "- and -", "PAUL ODE", "Defendant", "", "Hearing dates: 10-12 February 2025", "", "JUDGMENT", "", *REMARKS,
]
# Must not change: a hearing's day alone dates the page; with no parties named, the citation stays the title.
UNCITED = [line for line in CITATION if line not in ("- and -", "PAUL ODE", "Defendant")]
HEARD = ["R v Paul Ode", "", "Hearing date: 10 February 2025", "", *REMARKS]

RATES = ["The bank's policy committee voted seven to two to hold the main rate at 4.25 per cent.",
         "Two members preferred a cut of a quarter point, citing weaker hiring in the last quarter.",
         "The committee will publish its next report on prices and wages in May, the statement said."]
GLUED_AT = ["Kelby Post", "Home | News | Business", "", "Central bank holds rates as two members vote for a cut", "",
            "Published 12 March 2025at 10:00", "", *RATES]
GLUED_TIME = ["Central bank holds rates as two members vote for a cut", "12 March 202514:30", "", *RATES]
# Must not change: a day and time written ISO-style under the headline.
ISO = ["Central bank holds rates as two members vote for a cut", "2025-03-12T14:30", "", *RATES]

ISSUED = ["Monetary policy statement", "", "ISSUED 10:00 3 March 2025", RATES[0], RATES[1], "", RATES[2]]
ISSUED_ALONE = ["ISSUED 10:00 3 March 2025", RATES[0], RATES[1], "", RATES[2]]
# Must not change: a sentence opening with the label stays a passage.
ISSUED_SENTENCE = ["Monetary policy statement", "",
                   "Issued on 3 March 2025, the statement holds the main rate at 4.25 per cent for another month.",
                   "", RATES[1], "", RATES[2]]

HEARING = ["THE COURT: Good morning. Please be seated. We are here for the sentencing in the case of Paul Ode.",
           "MS. REYES: Good morning, Your Honor. Ana Reyes for the harbour board.",
           "MR. KANE: Good morning. Tom Kane for Mr. Ode, who is present.",
           "THE COURT: Thank you. I have read the reports and the letters sent on his behalf."]
PROCEEDINGS = ["TRANSCRIPT OF PROCEEDINGS", "", "HARBOUR BOARD OF KELBY v. PAUL ODE", "", "Monday, March 3, 2025", "",
               *HEARING]
SENTENCING = ["IN THE CROWN COURT AT KELBY", "", "R", "v", "PAUL ODE", "", "SENTENCING REMARKS", "", "3 March 2025",
              "", *REMARKS]
ONLINE = """<html><head><title>Transcript of proceedings</title></head><body><main><h1>Transcript of proceedings</h1>
<p>R v Paul Ode</p><p>Monday 3 March 2025</p>
<p>THE JUDGE: Mr Ode, please stand. You pleaded guilty to two counts of fraud against the harbour board.</p>
<p>THE JUDGE: Over two years you took a little over 410,000 pounds from its accounts.</p></main></body></html>"""
# Must not change: a form heading with no line naming the case, and a news headline over a case's name.
UNNAMED = ["TRANSCRIPT OF PROCEEDINGS", "", "3 March 2025", "", *REMARKS]
REPORTED = ["Kelby Post", "Home | News | Courts", "", "Former harbour clerk jailed over 410,000 pound fraud", "",
            "Harbour Board v Ode", "", "3 March 2025", "", *REMARKS]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = {
        "updated-first.txt": UPDATED_FIRST, "first-published.txt": FIRST_PUBLISHED, "unpublished.txt": UNPUBLISHED,
        "standfirst.txt": STANDFIRST, "contact.txt": CONTACT, "reach-us.txt": REACH_US, "council.txt": COUNCIL,
        "figures.txt": FIGURES, "handed-down.txt": HANDED_DOWN, "judged.txt": JUDGED, "numbered.txt": NUMBERED,
        "cited.txt": CITED, "heard.txt": HEARD, "citation.txt": CITATION, "uncited.txt": UNCITED,
        "glued-at.txt": GLUED_AT, "glued-time.txt": GLUED_TIME, "iso.txt": ISO,
        "issued.txt": ISSUED, "issued-alone.txt": ISSUED_ALONE, "issued-sentence.txt": ISSUED_SENTENCE,
        "proceedings.txt": PROCEEDINGS, "sentencing.txt": SENTENCING, "unnamed.txt": UNNAMED,
        "reported.txt": REPORTED,
    }
    texts = {name: "\n".join(lines) for name, lines in pages.items()}
    texts |= {
        "published.html": live_html("<p>Published 3 March 2025</p>"),
        "updated.html": live_html("<p>By Ada Quell</p><p>Updated 5 March 2025 12:40</p>"),
        "online.html": ONLINE,
    }
    return by_document(built_pages(tmp_path_factory.mktemp("pages"), texts))


def test_a_live_page_newest_first_is_dated_by_its_publication_day_not_an_update_s(built):
    assert built[0]["updated-first.txt"][1] == date(2025, 3, 3)
    assert built[0]["first-published.txt"][1] == date(2025, 3, 3)
    assert built[0]["published.html"][1] == date(2025, 3, 3)
    # with no publication day, the newest update dates it as before
    assert built[0]["unpublished.txt"][1] == date(2025, 3, 5)
    assert built[0]["updated.html"][1] == date(2025, 3, 5)


def test_the_headline_is_the_title_over_its_standfirst_the_site_s_controls_and_contact_lines(built):
    assert built[0]["standfirst.txt"][0] == "Man charged after jewellery shop break-in"
    assert built[1]["standfirst.txt"][0] == STANDFIRST[6]  # the standfirst stays a passage
    assert built[0]["contact.txt"] == ("Man charged after jewellery shop break-in", date(2025, 3, 4))
    assert built[0]["reach-us.txt"] == ("Library to stay open on Sundays", date(2025, 3, 4))
    assert built[0]["council.txt"][0] == "Library to stay open on Sundays"
    assert built[0]["figures.txt"][0] == FIGURES[4]


def test_a_judgment_is_dated_by_the_day_it_was_given_before_its_hearing_s(built):
    assert built[0]["handed-down.txt"] == ("R v Paul Ode", date(2025, 3, 3))
    assert built[0]["judged.txt"] == ("Harbour Board v Ode", date(2025, 3, 3))
    assert built[0]["numbered.txt"] == ("Harbour Board v Ode", date(2025, 3, 3))
    assert built[0]["cited.txt"][1] == date(2025, 3, 3)
    assert built[0]["heard.txt"][1] == date(2025, 2, 10)
    assert built[0]["citation.txt"] == ("HARBOUR BOARD OF KELBY v PAUL ODE", date(2025, 3, 3))
    assert built[0]["uncited.txt"][0] == CITATION[0]


def test_a_year_glued_to_a_time_or_a_word_is_read_as_the_date(built):
    assert built[0]["glued-at.txt"] == ("Central bank holds rates as two members vote for a cut", date(2025, 3, 12))
    assert built[0]["glued-time.txt"][1] == date(2025, 3, 12)
    assert built[0]["iso.txt"][1] == date(2025, 3, 12)


def test_an_issue_stamp_over_the_paragraphs_dates_them_and_is_no_passage_nor_title(built):
    assert built[0]["issued.txt"] == ("Monetary policy statement", date(2025, 3, 3))
    assert not any("ISSUED" in passage for passage in built[1]["issued.txt"])
    assert built[0]["issued-alone.txt"][1] == date(2025, 3, 3)
    assert "ISSUED" not in built[0]["issued-alone.txt"][0]
    assert not any("ISSUED" in passage for passage in built[1]["issued-alone.txt"])
    assert built[1]["issued-sentence.txt"][0] == ISSUED_SENTENCE[2]


def test_a_court_record_s_title_is_the_case_it_names_not_its_form_heading(built):
    assert built[0]["proceedings.txt"] == ("HARBOUR BOARD OF KELBY v. PAUL ODE", date(2025, 3, 3))
    assert built[0]["sentencing.txt"][0] == "R v PAUL ODE"
    assert built[0]["online.html"] == ("R v Paul Ode", date(2025, 3, 3))
    assert built[0]["unnamed.txt"][0] == "TRANSCRIPT OF PROCEEDINGS"
    assert built[0]["reported.txt"][0] == REPORTED[3]
