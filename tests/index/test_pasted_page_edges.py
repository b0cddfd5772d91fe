"""Edges of reading pasted pages and saved web pages: an article's own lines that look like chrome stay, the work
grows with the page and no faster, a byline's date is kept when the byline goes, a footer under a text named a
transcript goes."""

import index.readers.article
from index.builder import build_index
from index.readers.text import read_text_document
from index.store import load_index
from tests.conftest import write

MENU = ["Start", "Region", "Economy", "Weather"]
HEADLINE = "Orchard growers count the cost of a late frost"
TOP = [*MENU, HEADLINE, "By Pia Sorell", "8 May 2024"]
LEAD = "Growers in the Aldren valley lost close to half of their apple blossom to a single night of frost last week."
COMMENTS = "The minister's comments on the losses angered growers who had asked for help since the first cold night."
NO_REPLY = "The insurers' association did not respond to a request for comment."
NEWSLETTER = "The growers' newsletter sent to every farm in April had warned members to cover young trees at night."
BY_THE_NUMBERS = "By The Numbers"
SEE_LINK = "See the valley council's frost damage survey at https://example.org/frost-survey"
LAST = "Pickers hired for the autumn have been told that there may be less work for them this year."


def passages_of(tmp_path, files):
    """Build a real index of ``files`` and return each file's (passage texts, source)."""
    for name, text in files.items():
        write(tmp_path / "corpus", name, text)
    build_index(tmp_path / "corpus", tmp_path / "index")
    index = load_index(tmp_path / "index")
    found = {source.path: ([], source) for source in index.sources}
    for passage in index.passages:
        found[index.sources[passage.doc].path][0].append(passage.text)
    return found


def test_an_articles_own_sentences_stay_beside_a_subheading_while_the_sites_own_go_beside_chrome(tmp_path):
    page = [
        *TOP,
        LEAD,
        "Reaction",
        COMMENTS,
        "Looking ahead",
        NEWSLETTER,
        NO_REPLY,
        "Reporting by Pia Sorell; Editing by Ivo Marsh",
        "Get the valley newsletter in your inbox every Friday morning before the markets open.",
        "Most read",
        "Share this article",
    ]
    texts, _ = passages_of(tmp_path, {"frost.txt": "\n".join(page) + "\n"})["frost.txt"]
    assert texts == [LEAD, "Reaction", COMMENTS, "Looking ahead", NEWSLETTER, NO_REPLY]


def test_a_subheading_in_byline_form_and_a_sentence_ending_in_a_link_stay_but_a_follow_line_goes(tmp_path):
    bullets = ["- 40 farms reported losses", "- 3 nights below freezing"]
    page = [*TOP, LEAD, BY_THE_NUMBERS, *bullets, SEE_LINK, LAST, "Follow Pia Sorell at https://example.org/pia"]
    page += ["Most read", "Share this article"]
    texts, source = passages_of(tmp_path, {"frost.txt": "\n".join(page) + "\n"})["frost.txt"]
    assert texts == [LEAD, BY_THE_NUMBERS, *bullets, SEE_LINK, LAST]
    assert (source.title, str(source.date)) == (HEADLINE, "2024-05-08")


def test_reading_a_page_of_short_lines_does_work_in_proportion_to_its_length(monkeypatch):
    """A long table or menu pasted with an article: every short line is looked at a bounded number of times."""
    calls = 0
    sentence = index.readers.article.reads_as_sentence

    def counted(text: str) -> bool:
        nonlocal calls
        calls += 1
        return sentence(text)

    monkeypatch.setattr(index.readers.article, "reads_as_sentence", counted)
    work = []
    for rows in (300, 600):
        calls = 0
        table = [f"Plot {n} yield {n % 40} crates" for n in range(rows)]
        document = read_text_document("\n".join([*TOP, LEAD, *table, LAST]).encode(), "frost.txt")
        assert LAST in document.text and 0 < len(document.skip_lines) < rows + 10
        work.append(calls)
    assert work[1] <= 2.2 * work[0]


def test_a_text_named_a_transcript_drops_its_footer_but_keeps_its_words(tmp_path):
    statement = ["The valley council will open a fund for growers who lost blossom to the frost on Tuesday night."]
    statement += ["Claims can be made until the end of June, the council said in its statement on Wednesday."]
    footer = ["Accessibility", "Privacy policy", "Terms and conditions", "© 2024 Aldren Valley Council"]
    text = "---\nkind: transcript\ntitle: Frost fund statement\ndate: 2024-05-09\n---\n"
    text += "\n\n".join(statement) + "\n\n" + "\n".join(footer) + "\n"
    texts, _ = passages_of(tmp_path, {"fund.md": text})["fund.md"]
    assert texts == statement


def html_page(byline: str, body: str, before: str = "") -> str:
    return (
        f"<html><head><title>Frost | Valley Courier</title></head><body>{before}<article><h1>{HEADLINE}</h1>"
        f"{byline}<p>{LEAD}</p>{body}<p>{LAST}</p></article></body></html>"
    )


def test_a_time_in_an_html_byline_dates_the_page_and_the_byline_is_no_passage(tmp_path):
    byline = '<div class="byline">By Pia Sorell, <time datetime="2024-05-08T07:10:00Z">8 May 2024</time></div>'
    teaser = '<div class="card"><span class="author">Ivo Marsh</span> <time datetime="2023-01-02">2 Jan</time></div>'
    undated = html_page('<p class="byline">By Pia Sorell</p>', "", before=teaser)
    found = passages_of(tmp_path, {"dated.html": html_page(byline, ""), "undated.html": undated})
    assert found["dated.html"][0] == [LEAD, LAST]
    assert str(found["dated.html"][1].date) == "2024-05-08"
    assert found["undated.html"][0] == [LEAD, LAST]
    assert found["undated.html"][1].date is None  # a teaser's byline outside the article dates nothing


def test_an_html_block_named_after_the_author_stays_when_it_holds_paragraphs(tmp_path):
    answer = "<div class='author-answer'><p>We will replant the lost rows with a hardier variety next spring.</p></div>"
    bio = "<div class='author-bio'>Pia Sorell writes on farming</div><p class='article-author'>Pia Sorell</p>"
    texts, _ = passages_of(tmp_path, {"interview.html": html_page("", answer + bio)})["interview.html"]
    assert texts == [LEAD, "We will replant the lost rows with a hardier variety next spring.", LAST]
