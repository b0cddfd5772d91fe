"""Pasted and saved pages once read wrong, each beside a look-alike whose reading must not change. Fixtures
written for these tests."""

from datetime import date
from operator import attrgetter

from tests.conftest import built_pages, by_document


def speakers(tmp_path, pages):
    """Each page's passages as (speaker, text), by path."""
    _, passages = by_document(built_pages(tmp_path / "corpus", pages), attrgetter("speaker", "text"))
    return passages


# a paper's letters page: each reader's question under ``Asked by:``, then the paper's reply
LETTERS = """Your questions answered

By Nora Quill

Asked by: Moira Kell (Ballinrae)

Why has the number 14 bus stopped running past the hospital after eight in the evening?

The transport authority told us the late route was cut in January because fewer than ten people used it.

A review of the route is due in the summer.

Asked by: Tom Feeny (Carrow)

I walk the quay most nights. Who pays for the new lamps there?

The harbour board pays for them from its own budget, not the council.
"""

# a parliament's written question: the member asks, the minister answers under their own field
WRITTEN_QUESTION = """Written question: Branch line

Asked by: Ann Lee (Carrick South)

To ask the Secretary of State for Transport, what steps he is taking to reopen the branch line?

Answered by: Paul Dunne (Minister of State for Rail)

We are studying the costs of reopening the line this year.
"""


def test_a_letters_reply_is_the_columnists_not_the_askers(tmp_path):
    read = speakers(tmp_path, {"letters.txt": LETTERS})["letters.txt"]
    assert read == [
        ("Moira Kell", "Why has the number 14 bus stopped running past the hospital after eight in the evening?"),
        ("Nora Quill", "The transport authority told us the late route was cut in January because fewer than ten "
                       "people used it."),
        ("Nora Quill", "A review of the route is due in the summer."),
        ("Tom Feeny", "I walk the quay most nights. Who pays for the new lamps there?"),
        ("Nora Quill", "The harbour board pays for them from its own budget, not the council."),
    ]


def test_a_letters_reply_with_no_byline_is_nobodys(tmp_path):
    page = LETTERS.replace("By Nora Quill\n\n", "")
    index = built_pages(tmp_path / "corpus", {"letters.txt": page})
    documents, passages = by_document(index, attrgetter("speaker"))
    assert documents["letters.txt"][0] == "Your questions answered"  # not the first question under its field
    assert passages["letters.txt"] == ["Moira Kell", None, None, "Tom Feeny", None]


def test_a_written_questions_answer_stays_the_ministers(tmp_path):
    read = speakers(tmp_path, {"question.txt": WRITTEN_QUESTION})["question.txt"]
    assert [who for who, _ in read] == ["Ann Lee", "Paul Dunne"]


TEASER = """<article><h2><a href="/{slug}">{head}</a></h2><p>{lead}</p></article>"""
TEASERS = (
    ("fares", "Ferry fares rise in April", "The ferry company will raise its fares by six per cent from April."),
    ("pool", "New pool opens at Carrow", "The town's first indoor pool opened to swimmers on Saturday."),
    ("lamps", "Quay lamps switched on", "Forty new lamps now line the quay, paid for by the harbour board."),
)


def saved_page(main: str) -> str:
    return f"""<html><head><title>Latest news - Harbour Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><main>{main}</main></body></html>"""


def test_an_index_page_keeps_every_teaser(tmp_path):
    teasers = "".join(TEASER.format(slug=slug, head=head, lead=lead) for slug, head, lead in TEASERS)
    read = speakers(tmp_path, {"latest.html": saved_page(teasers)})["latest.html"]
    assert [text for _, text in read] == [lead for _, _, lead in TEASERS]


def test_an_article_with_related_teasers_keeps_the_article_alone(tmp_path):
    story = " ".join(["The ferry company will raise its fares by six per cent from April, it said on Monday."] * 6)
    article = f"<article><h1>Ferry fares rise in April</h1><p>{story}</p><p>Commuters will pay most.</p></article>"
    related = "".join(TEASER.format(slug=slug, head=head, lead=lead) for slug, head, lead in TEASERS[1:])
    read = speakers(tmp_path, {"fares.html": saved_page(article + related)})["fares.html"]
    assert [text for _, text in read] == [story, "Commuters will pay most."]


# a site's lists with their counts over a pasted story
COUNTED_MENU = """Top 10 (2026)  Best of (5)

Council approves new cycle lanes

The council voted on Tuesday to build four kilometres of cycle lanes along the river road.

Work will start in the spring and take a year.
"""


def test_a_menu_of_counted_lists_is_no_title(tmp_path):
    index = built_pages(tmp_path / "corpus", {"lanes.txt": COUNTED_MENU})
    documents, passages = by_document(index)
    assert documents["lanes.txt"][0] == "Council approves new cycle lanes"
    assert passages["lanes.txt"] == [
        "The council voted on Tuesday to build four kilometres of cycle lanes along the river road.",
        "Work will start in the spring and take a year.",
    ]


def test_a_headline_with_a_year_in_brackets_stays_the_title(tmp_path):
    page = COUNTED_MENU.replace("Top 10 (2026)  Best of (5)\n\nCouncil approves new cycle lanes", "Cycle lanes (2026)")
    index = built_pages(tmp_path / "corpus", {"lanes.txt": page})
    documents, passages = by_document(index)
    assert documents["lanes.txt"][0] == "Cycle lanes (2026)"
    assert len(passages["lanes.txt"]) == 2


# a headline, the day alone under it, the story
DATED = """Council approves new cycle lanes

12 March 2026

The council voted on Tuesday to build four kilometres of cycle lanes along the river road.

Work will start in the spring and take a year.
"""


def test_a_date_alone_under_the_headline_dates_the_page_and_is_no_passage(tmp_path):
    index = built_pages(tmp_path / "corpus", {"lanes.txt": DATED})
    documents, passages = by_document(index)
    assert documents["lanes.txt"] == ("Council approves new cycle lanes", date(2026, 3, 12))
    assert passages["lanes.txt"] == [
        "The council voted on Tuesday to build four kilometres of cycle lanes along the river road.",
        "Work will start in the spring and take a year.",
    ]


def test_a_date_with_words_under_the_headline_stays_a_passage(tmp_path):
    page = DATED.replace("12 March 2026\n", "12 March 2026: the vote passed by nine to four.\n")
    _, passages = by_document(built_pages(tmp_path / "corpus", {"lanes.txt": page}))
    assert passages["lanes.txt"][0] == "12 March 2026: the vote passed by nine to four."


QUESTIONS = """1. Mrs Ann Lee (Carrick South) asked the Minister for Transport what he is doing to reopen the line.

The Minister for Transport (Mr Paul Dunne): We are studying the costs of reopening it this year.
"""
DEBATE = "Oral Answers to Questions: Transport"


def test_a_hansard_page_is_titled_by_its_debate_in_every_format(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in QUESTIONS.split("\n") if line)
    pages = {
        "record.txt": f"Hansard\n\n{DEBATE}\n\n{QUESTIONS}",
        "record.md": f"# Hansard\n\n## {DEBATE}\n\n{QUESTIONS}",
        "plain.md": f"Hansard\n\n{DEBATE}\n\n{QUESTIONS}",
        "record.html": f"<html><head><title>Hansard</title></head><body><h1>Hansard</h1><h2>{DEBATE}</h2>"
                       f"{paragraphs}</body></html>",
    }
    documents, _ = by_document(built_pages(tmp_path / "corpus", pages))
    assert {path: title for path, (title, _) in documents.items()} == dict.fromkeys(pages, DEBATE)


def test_a_saved_page_named_hansard_with_no_debate_heading_keeps_its_title(tmp_path):
    page = "<html><head><title>Hansard</title></head><body><h1>Hansard</h1><p>The record of debates.</p></body></html>"
    documents, _ = by_document(built_pages(tmp_path / "corpus", {"about.html": page}))
    assert documents["about.html"][0] == "Hansard"


def test_a_question_times_department_is_in_its_title(tmp_path):
    pages = {
        "named.txt": f"Hansard\n\nOral Answers to Questions\n\nDepartment for Transport\n\n{QUESTIONS}",
        "capitals.txt": f"Oral Answers to Questions\n\nENVIRONMENT, FOOD AND RURAL AFFAIRS\n\n{QUESTIONS}",
        "saved.html": "<html><head><title>Hansard</title></head><body><h1>Hansard</h1>"
                      "<h2>Oral Answers to Questions</h2><h3>TRANSPORT</h3>"
                      + "".join(f"<p>{line}</p>" for line in QUESTIONS.split("\n") if line) + "</body></html>",
    }
    documents, _ = by_document(built_pages(tmp_path / "corpus", pages))
    assert {path: title for path, (title, _) in documents.items()} == {
        "named.txt": "Oral Answers to Questions: Department for Transport",
        "capitals.txt": "Oral Answers to Questions: Environment, Food and Rural Affairs",
        "saved.html": "Oral Answers to Questions: Transport",
    }


def test_a_question_time_with_no_department_line_keeps_its_title(tmp_path):
    pages = {
        "record.txt": f"Hansard\n\nOral Answers to Questions\n\nThe Secretary of State was asked—\n\n{QUESTIONS}",
        "heading.txt": f"Oral Answers to Questions\n\n{QUESTIONS}",
    }
    documents, _ = by_document(built_pages(tmp_path / "corpus", pages))
    assert documents["record.txt"][0] == "Hansard"
    assert documents["heading.txt"][0] == "Oral Answers to Questions"


# a podcast's transcript: each speaker's name alone on its line over their words, no timestamps
PODCAST = """The Harbour Hour, episode 12

Jane Roe

Welcome back to the show. Today we talk about the ferry fares.

Tom Achebe

Thanks for having me. The fares go up in April by six per cent.

Commuters will feel it most.

Jane Roe

Will that hit commuters hardest?

Tom Achebe

It will, because they cross twice a day.
"""


def test_a_name_alone_on_its_line_speaks_the_words_under_it(tmp_path):
    index = built_pages(tmp_path / "corpus", {"episode.txt": PODCAST})
    documents, passages = by_document(index, attrgetter("speaker", "text"))
    assert documents["episode.txt"][0] == "The Harbour Hour, episode 12"
    assert [(who, text.split("\n\n")) for who, text in passages["episode.txt"]] == [
        ("Jane Roe", ["Welcome back to the show. Today we talk about the ferry fares."]),
        ("Tom Achebe", ["Thanks for having me. The fares go up in April by six per cent.",
                        "Commuters will feel it most."]),
        ("Jane Roe", ["Will that hit commuters hardest?"]),
        ("Tom Achebe", ["It will, because they cross twice a day."]),
    ]


def test_subheadings_given_once_are_no_speakers(tmp_path):
    heads = {"Jane Roe\n\nWelcome": "Fares\n\nWelcome", "Tom Achebe\n\nThanks": "Commuters\n\nThanks",
             "Jane Roe\n\nWill": "Winter\n\nWill", "Tom Achebe\n\nIt": "Outlook\n\nIt"}
    page = PODCAST
    for name, head in heads.items():
        page = page.replace(name, head)
    _, passages = by_document(built_pages(tmp_path / "corpus", {"fares.txt": page}), attrgetter("speaker"))
    assert set(passages["fares.txt"]) == {None}
