"""An article's subheadings are no passages: each is the section of the paragraphs under it, up to the next, as a
transcript's topic headings are (a pasted text's line alone between paragraphs, a Markdown heading, a page's h2)."""

import pytest

from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.conftest import write

ARTICLE = """Quarry road to close for a month of repairs
By Nell Ashdown
3 March 2025

The road to the Fellgate quarry will close on Monday for four weeks while its bridge is rebuilt, the council said.

Lorries will use the old mill lane instead, which the council widened last year for the purpose.

Why the bridge failed

Engineers found that water had worn away the stone under the bridge's middle arch during the winter floods.

The council said the repairs would cost about 400,000 pounds.

It was too late.

Residents of the mill lane said they had not been asked about the lorries and would write to the council.

Detour for buses

The number 12 bus will run through Harrow End until the bridge reopens in April.
"""

TRANSCRIPT = """MS. ASHDOWN: Good morning. The quarry road closes on Monday and the buses run by Harrow End.
Detour for buses
The lorries go by the old mill lane, which we widened last year.
QUESTION: How long will the road stay closed?
MS. ASHDOWN: Four weeks, if the weather holds.
"""

MARKDOWN = """# Floods close the Fellgate road for a second day

Floodwater closed the road at Fellgate for a second day on Tuesday, the county council said in the morning.

## Pumps brought in

Crews expect to pump the road dry by Wednesday evening, when the road should open again.
"""

PAGE = """<html><head><title>Ferry fares to rise in April</title></head><body><article>
<h1>Ferry fares to rise in April</h1>
<p>Fares on the Fellgate ferry will rise by a tenth on 1 April, the operator said on Thursday.</p>
<h2>Fuel costs blamed</h2>
<p>The operator said the price of fuel had doubled in two years and could no longer be absorbed.</p>
<p>Season tickets bought before April keep their price until they run out.</p>
<h2>Related stories</h2>
<p>Ten walks along the old sea wall</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("sections") / "corpus"
    for name, text in {"article.txt": ARTICLE, "briefing.txt": TRANSCRIPT, "floods.md": MARKDOWN}.items():
        write(root, name, text)
    (root / "fares.html").write_text(PAGE, encoding="utf-8")
    build_index(root, root.parent / "index")
    return load_index(root.parent / "index")


def passages_of(index, path):
    doc = next(n for n, source in enumerate(index.sources) if source.path == path)
    return [(passage.text, passage.section) for passage in index.passages if passage.doc == doc]


def test_a_subheading_of_a_pasted_article_is_the_section_of_the_paragraphs_under_it(index):
    passages = passages_of(index, "article.txt")
    texts = [text for text, _ in passages]
    assert "Why the bridge failed" not in texts and "Detour for buses" not in texts
    assert [section for _, section in passages] == [None, None, *["Why the bridge failed"] * 4, "Detour for buses"]
    assert passages[2][0].startswith("Engineers found") and passages[-1][0].startswith("The number 12 bus")


def test_a_one_line_paragraph_that_is_a_sentence_stays_a_passage(index):
    assert ("It was too late.", "Why the bridge failed") in passages_of(index, "article.txt")


def test_the_section_comes_with_the_passage_a_question_finds(index):
    hit = Searcher(index).ask("which bus goes through Harrow End?", k=1).hits[0]
    assert (hit.passage.text, hit.passage.section) == (
        "The number 12 bus will run through Harrow End until the bridge reopens in April.",
        "Detour for buses",
    )


def test_a_transcript_keeps_a_short_line_inside_its_turn(index):
    passages = passages_of(index, "briefing.txt")
    assert all(section is None for _, section in passages)
    assert passages[0][0] == (
        "Good morning. The quarry road closes on Monday and the buses run by Harrow End.\nDetour for buses\n"
        "The lorries go by the old mill lane, which we widened last year."
    )


def test_a_markdown_heading_under_the_first_paragraph_opens_a_section(index):
    assert passages_of(index, "floods.md") == [
        (MARKDOWN.splitlines()[2], None),
        (MARKDOWN.splitlines()[6], "Pumps brought in"),
    ]


def test_a_web_page_heading_in_the_article_is_a_section_and_a_pointer_elsewhere_is_none(index):
    assert passages_of(index, "fares.html") == [
        ("Fares on the Fellgate ferry will rise by a tenth on 1 April, the operator said on Thursday.", None),
        ("The operator said the price of fuel had doubled in two years and could no longer be absorbed.",
         "Fuel costs blamed"),
        ("Season tickets bought before April keep their price until they run out.", "Fuel costs blamed"),
    ]


def test_a_heading_words_count_a_little_for_the_passages_under_it(index):
    """In the article, ``detour`` is in no passage, only in the heading over the bus passage (the transcript's turn
    holds it in its own words)."""
    hits = Searcher(index).ask("which detour is there?", k=3).hits
    assert "Detour for buses" in [hit.passage.section for hit in hits]
