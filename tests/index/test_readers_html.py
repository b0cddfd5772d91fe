"""Saved web pages: main text without page furniture, speaker turns kept, title, link and date found."""

from datetime import date

import pytest

from index.builder import build_index
from index.errors import SkipFile
from index.models import DocumentKind, PassageKind
from index.readers.html import read_html_document
from index.splitter import split_document
from index.store import load_index
from tests.conftest import write

TRANSCRIPT_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Daily Briefing – 6 April 2017 | Ministry of Examples</title>
  <meta name="DC.date" content="2017-04-06">
  <link rel="stylesheet" href="/site.css">
  <link rel="canonical" href="https://www.ministry.example/briefings/2017-04-06">
  <script>var trackingLabel = "MR. TRACKER: never shown";</script>
  <style>.lead { font-weight: bold }</style>
</head>
<body>
  <div class="cookie-banner">We use cookies. Accept?</div>
  <header><a href="/">Ministry of Examples</a><nav><ul><li>Home</li><li>Briefings</li></ul></nav></header>
  <nav class="breadcrumbs"><a href="/">Home</a> › <a href="/briefings">Briefings</a></nav>
  <div id="page">
    <div id="content">
      <h1>Daily Briefing</h1>
      <p>Lena Varga<br>Spokesperson<br>Brussels<br>April 6, 2017</p>
      <p><strong>MS. VARGA:</strong> Good morning. One announcement before questions: the
         envoy travels to Geneva&nbsp;tomorrow.</p>
      <p><b>QUESTION:</b>Will she meet the opposition delegation there?</p>
      <p><strong>MS. VARGA:</strong> She will, on Friday. The talks are about the
         crossing points into the north.</p>
      <p>She also plans to see the aid agencies the same afternoon.</p>
      <p>QUESTION: Is the pipeline convoy still stuck at the border?MS. VARGA: It moved overnight.</p>
      <p><strong>QUESTION</strong>: What about the &ldquo;humanitarian pause&rdquo; that was promised?</p>
      <p><strong>MS. VARGA:</strong> It holds. We&rsquo;re watching it hour by hour.</p>
      <div style="display:none">MS. HIDDEN: hidden text</div>
      <noscript>Enable JavaScript to see the video.</noscript>
    </div>
    <aside class="sidebar"><h2>Related</h2><p>Earlier briefings on the convoy</p></aside>
  </div>
  <div class="share-buttons"><a>Share on social media</a></div>
  <footer><p>© Ministry of Examples. All rights reserved.</p></footer>
  <script src="/analytics.js"></script>
</body>
</html>
"""

NEWS_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Convoy reaches the northern crossing - Example Herald</title>
<meta property="og:title" content="Convoy reaches the northern crossing">
<meta property="og:url" content="https://herald.example/world/convoy-reaches-crossing">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2017-04-07T08:15:00+02:00">
<meta name="description" content="A short summary that is not part of the text.">
</head><body>
<div class="site-menu"><a>World</a><a>Politics</a><a>Sport</a></div>
<main>
  <article>
    <header><h1>Convoy reaches the northern crossing</h1>
      <p class="byline">By Sam Okafor</p><time datetime="2017-04-07T08:15:00+02:00">7 April 2017</time></header>
    <p>A convoy of forty trucks reached the northern crossing on Thursday night, two days late.</p>
    <p>Aid workers said the delay came from a dispute over inspections at the border.</p>
    <blockquote><p>We counted every truck twice before anyone was allowed through.</p></blockquote>
    <ul><li>Forty trucks, most carrying flour</li><li>Two ambulances</li></ul>
    <p>At the ministry briefing the next morning the spokesperson was asked about it:</p>
    <p>QUESTION: Is the pipeline convoy still stuck at the border?MS. VARGA: It moved overnight.</p>
    <footer class="article-tags">Tags: aid, convoy</footer>
  </article>
  <aside><h2>Most read</h2><ol><li>Something else entirely</li></ol></aside>
</main>
<div id="comments"><p>First comment!</p></div>
</body></html>
"""


def passages_of(page: str, path: str = "pages/page.html"):
    doc = read_html_document(page.encode("utf-8"), path)
    return doc, split_document(doc)


def test_a_transcript_page_becomes_speaker_turns_without_the_page_around_it():
    doc, passages = passages_of(TRANSCRIPT_PAGE)
    turns = [(p.speaker, p.text) for p in passages if p.kind is PassageKind.TURN]
    assert turns == [
        ("MS. VARGA", "Good morning. One announcement before questions: the envoy travels to Geneva tomorrow."),
        ("QUESTION", "Will she meet the opposition delegation there?"),
        (
            "MS. VARGA",
            "She will, on Friday. The talks are about the crossing points into the north.\n\n"
            "She also plans to see the aid agencies the same afternoon.",
        ),
        ("QUESTION", "Is the pipeline convoy still stuck at the border?"),
        ("MS. VARGA", "It moved overnight."),
        ("QUESTION", "What about the “humanitarian pause” that was promised?"),
        ("MS. VARGA", "It holds. We’re watching it hour by hour."),
    ]
    answer = next(p for p in passages if p.text == "It moved overnight.")
    assert answer.context == "Is the pipeline convoy still stuck at the border?"
    assert doc.kind is DocumentKind.TRANSCRIPT
    everything = doc.text
    for furniture in (
        "cookies",
        "Home",
        "Briefings",
        "TRACKER",
        "hidden text",
        "JavaScript",
        "Related",
        "Earlier briefings",
        "Share",
        "rights reserved",
        "font-weight",
    ):
        assert furniture not in everything, furniture


def test_transcript_page_metadata_comes_from_its_head_and_its_header_lines_are_not_passages():
    doc, passages = passages_of(TRANSCRIPT_PAGE)
    assert doc.title == "Daily Briefing"
    assert doc.url == "https://www.ministry.example/briefings/2017-04-06"
    assert doc.date == date(2017, 4, 6)
    texts = [p.text for p in passages]
    assert "April 6, 2017" not in texts and "Daily Briefing" not in texts
    # The header block (spokesperson, role, place) is the page's, not the briefing's words.
    assert not {"Lena Varga", "Spokesperson", "Brussels"} & set(texts)
    assert texts[0].startswith("Good morning.")


def test_passages_are_the_visible_text_of_the_page():
    doc, passages = passages_of(TRANSCRIPT_PAGE)
    visible = (
        "Good morning. One announcement before questions: the envoy travels to Geneva tomorrow. "
        "Will she meet the opposition delegation there? "
        "She will, on Friday. The talks are about the crossing points into the north. "
        "She also plans to see the aid agencies the same afternoon. "
        "Is the pipeline convoy still stuck at the border?MS. VARGA: It moved overnight. "
        "What about the “humanitarian pause” that was promised? It holds. We’re watching it hour by hour."
    )
    for passage in passages:
        for piece in passage.text.split("\n\n"):
            assert piece in visible or piece in ("Lena Varga", "Spokesperson", "Brussels"), piece
            assert piece in doc.text[passage.start :]


def test_a_news_article_is_read_by_its_meta_tags():
    doc, passages = passages_of(NEWS_PAGE, "news/convoy.html")
    assert doc.title == "Convoy reaches the northern crossing"
    assert doc.url == "https://herald.example/world/convoy-reaches-crossing"
    assert doc.date == date(2017, 4, 7)
    assert doc.kind is None
    shown = [(p.kind.value, p.speaker, p.text) for p in passages]
    assert shown == [
        ("paragraph", None, "A convoy of forty trucks reached the northern crossing on Thursday night, two days late."),
        ("paragraph", None, "Aid workers said the delay came from a dispute over inspections at the border."),
        ("paragraph", None, "We counted every truck twice before anyone was allowed through."),
        ("paragraph", None, "Forty trucks, most carrying flour"),
        ("paragraph", None, "Two ambulances"),
        ("paragraph", None, "At the ministry briefing the next morning the spokesperson was asked about it:"),
        ("turn", "QUESTION", "Is the pipeline convoy still stuck at the border?"),
        ("turn", "MS. VARGA", "It moved overnight."),
    ]
    for furniture in ("Politics", "Most read", "First comment", "Tags:", "A short summary", "By Sam Okafor"):
        assert furniture not in doc.text, furniture


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:published_time" content="2016-10-03T22:10:00Z">', date(2016, 10, 3)),
        ('<meta name="date" content="Mon, 03 Oct 2016 10:00:00 GMT">', date(2016, 10, 3)),
        ('<meta name="dcterms.issued" content="2016/10/03">', date(2016, 10, 3)),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
            '"datePublished": "2016-10-03T09:00:00Z"}]}</script>',
            date(2016, 10, 3),
        ),
        ('<meta name="date" content="soon">', date(2015, 11, 15)),
    ],
)
def test_the_date_comes_from_common_meta_tags_then_the_page_text(head, expected):
    page = f"<html><head>{head}</head><body><p>Posted November 15 2015</p><p>Body text here.</p></body></html>"
    doc, passages = passages_of(page)
    assert doc.date == expected
    assert [p.text for p in passages] == ["Body text here."], "a date line is not a passage"


def test_a_bare_page_falls_back_to_title_element_file_name_date_and_no_url():
    page = "<title>Notes on the crossing</title><p>The crossing opened at dawn.</p>"
    doc, passages = passages_of(page, "notes/2017-04-08-crossing.htm")
    assert (doc.title, doc.url, doc.date) == ("Notes on the crossing", None, date(2017, 4, 8))
    assert [p.text for p in passages] == ["The crossing opened at dawn."]


def test_a_relative_canonical_link_is_not_a_source_link_but_a_saved_from_mark_is():
    page = (
        "<!-- saved from url=(0036)https://old.example/briefing/42.html -->\n"
        '<html><head><link rel="canonical" href="/briefing/42"></head><body><p>Text.</p></body></html>'
    )
    doc, _ = passages_of(page)
    assert doc.url == "https://old.example/briefing/42.html"


@pytest.mark.parametrize(
    ("charset", "words"),
    [("iso-8859-7", "Συνομιλίες στην Αθήνα"), ("windows-1252", "Café talks – day two"), ("", "Café talks – day two")],
)
def test_a_page_in_a_legacy_charset_is_decoded_by_its_declaration_or_as_windows_1252(charset, words):
    declared = f'<meta charset="{charset}">' if charset else ""
    page = f"<html><head>{declared}</head><body><p>{words}</p></body></html>"
    doc = read_html_document(page.encode(charset or "cp1252"), "old.html")
    assert split_document(doc)[0].text == words
    if charset:
        assert doc.warnings == (), "a declared charset that fits the bytes is no guess"
    else:
        assert doc.warnings == ("not valid UTF-8 (bad byte at offset 31); read as Windows-1252",)


@pytest.mark.parametrize(
    ("head", "encoding", "warning"),
    [
        (
            '<meta charset="utf-8">',
            "cp1252",
            "not valid utf-8 as declared (bad byte at offset 53); read as Windows-1252",
        ),
        ('<meta charset="x-klingon">', "utf-8", "unknown charset 'x-klingon' declared; read as UTF-8"),
        ('<meta charset="base64">', "utf-8", "unknown charset 'base64' declared; read as UTF-8"),
        ('<meta charset="idna">', "utf-8", "unknown charset 'idna' declared; read as UTF-8"),
        ('<meta charset="ascii">', "cp1252", None),
        ("", "utf-8", None),
        ("", "utf-16", None),
    ],
)
def test_an_encoding_guessed_for_a_page_comes_with_a_warning(head, encoding, warning):
    words = "Caf\u00e9 talks \u2013 day two, " + "and the ferry crossing at Manbij reopened at noon. " * 10
    page = f"<html><head>{head}</head><body><p>{words.strip()}</p></body></html>"
    doc = read_html_document(page.encode(encoding), "old.html")
    assert split_document(doc)[0].text == words.strip()
    assert doc.warnings == ((warning,) if warning else ())


def test_a_page_that_is_neither_utf_8_nor_clean_windows_1252_is_refused_not_guessed_at():
    page = b"<html><body><p>Bytes \x81\x8d\x90 that no encoding here reads.</p></body></html>"
    with pytest.raises(SkipFile, match=r"not valid UTF-8 text \(bad byte at offset 21\), nor Windows-1252"):
        read_html_document(page, "mojibake.html")
    garbled = b"<html><body><p>" + bytes(range(1, 9)) * 40 + b"</p></body></html>"
    with pytest.raises(SkipFile, match=r"binary content \(control characters\) in a web page"):
        read_html_document(garbled, "blob.html")


def test_index_build_lists_a_page_whose_encoding_was_guessed(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "old.html", "<html><body><p>Caf\u00e9 talks \u2013 day two.</p></body></html>".encode("cp1252"))
    report = build_index(corpus, tmp_path / "index")
    assert [(w.path, w.message) for w in report.warnings] == [
        ("old.html", "not valid UTF-8 (bad byte at offset 18); read as Windows-1252")
    ]


def test_preformatted_text_keeps_its_lines_and_bold_labels_run_into_words_still_read_as_turns():
    page = (
        "<body><pre>QUESTION: First line of a plain transcript.\n"
        "MR. ADEYEMI: Second line, an answer.</pre>"
        "<p><b>MR. ADEYEMI:</b>Another answer without a space after the label.</p></body>"
    )
    _, passages = passages_of(page)
    assert [(p.speaker, p.text) for p in passages] == [
        ("QUESTION", "First line of a plain transcript."),
        ("MR. ADEYEMI", "Second line, an answer."),
        ("MR. ADEYEMI", "Another answer without a space after the label."),
    ]


def test_hidden_elements_go_but_a_wrapper_named_after_its_sidebar_stays():
    page = (
        '<body><div class="layout has-sidebar"><div class="story">'
        "<p>The ferry landing was repaired over the weekend by a team from the river authority.</p>"
        "<p hidden>Draft paragraph nobody should see.</p>"
        '<p aria-hidden="true">Icon label</p>'
        '<p style="visibility: hidden">Invisible note</p>'
        "<p>Crossings resumed on Tuesday morning.</p></div>"
        '<div class="sidebar">Most read this week</div></div></body>'
    )
    _, passages = passages_of(page)
    assert [p.text for p in passages] == [
        "The ferry landing was repaired over the weekend by a team from the river authority.",
        "Crossings resumed on Tuesday morning.",
    ]


def test_a_news_page_s_byline_and_picture_captions_are_no_passages_but_its_quotes_and_tables_stay(tmp_path):
    page = (
        '<html><head><meta property="og:title" content="Ferry crews strike over rosters">'
        '<meta property="article:published_time" content="2024-05-06T08:00:00Z"></head><body><article>'
        "<h1>Ferry crews strike over rosters</h1>"
        '<div class="byline">By <a href="/staff/ines-roe" rel="author">Ines Roe</a>, Islands Correspondent</div>'
        '<p class="article-author">Ines Roe</p>'
        '<figure class="lead-image"><img src="pier.jpg" alt="A pier"><figcaption>The empty pier at Carrow on '
        "Monday morning (Image: Gazette/Tom Hale)</figcaption></figure>"
        "<p>Crews on the island ferries stopped work at dawn on Monday in a dispute over new rosters.</p>"
        "<figure><blockquote><p>We will sail again when the rosters are fair.</p></blockquote>"
        "<figcaption>Crew representative Nell Apse</figcaption></figure>"
        "<figure><table><tr><td>Carrow route</td><td>cancelled</td></tr></table></figure>"
        "<p>By the evening, the operator had hired two charter boats.</p>"
        "</article></body></html>"
    )
    write(tmp_path / "corpus", "ferry-strike.html", page)
    build_index(tmp_path / "corpus", tmp_path / "index")
    index = load_index(tmp_path / "index")
    assert index.sources[0].title == "Ferry crews strike over rosters"
    assert [p.text for p in index.passages] == [
        "Crews on the island ferries stopped work at dawn on Monday in a dispute over new rosters.",
        "We will sail again when the rosters are fair.",
        "Carrow route",
        "cancelled",
        "By the evening, the operator had hired two charter boats.",
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"<html><body><nav>Home</nav><script>x()</script></body></html>", "no readable text"),
        (b"<html>\x00\x01\x02</html>", "binary"),
    ],
)
def test_pages_without_text_are_refused_with_the_reason(data, reason):
    with pytest.raises(SkipFile, match=reason):
        read_html_document(data, "bad.html")
