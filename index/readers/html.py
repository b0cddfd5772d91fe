"""Reader for saved web pages (``.html``, ``.htm``), parsed with selectolax (lexbor).

The main text is kept as plain lines, one block (paragraph, list item, heading, cell) after another with a
blank line between, white space collapsed as a browser shows it; navigation, menus, scripts, forms, footers,
sidebars, bylines, picture captions and hidden elements are left out. Title, link and date come from the page's
meta data, its first heading, a ``<time>`` element, a date line near the top, or the file name
(docs/corpus-formats.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from index.dates import written_days
from index.errors import SkipFile
from index.limits import budget
from index.models import Document, DocumentKind
from index.readers.article import case_title, labelled_day, page_foot, page_sections, revised_lines, unrevised_day
from index.readers.chrome import (
    Layout,
    header_date,
    is_chrome,
    is_edge_chrome,
    is_page_chrome,
    page_date_line,
    pointer_lists,
    points_elsewhere,
    read_layout,
    reads_as_sentence,
)
from index.readers.datelines import find_date
from index.readers.decoding import decode_bytes
from index.readers.interview import interview_turns
from index.readers.live import read_live_page
from index.readers.notices import is_site_notice
from index.readers.numbered import read_numbered
from index.readers.podcast import read_named
from index.readers.posts import read_saved_posts
from index.readers.question_time import debate_title
from index.readers.remarks import judges_paragraphs, remarks_day
from index.readers.signatures import foot_lines
from index.readers.text import date_from_name
from index.speakers import mostly_labelled

_REMOVED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "img", "picture", "nav", "footer", "aside", "menu", "form", "button", "input", "select", "textarea",
        "dialog", "figcaption",
    }
)
_SCRIPTING = ("script", "style", "noscript", "template", "svg", "iframe", "object")
_SITE_NAME = re.compile(
    r"\.(?:gov|org|com|mil|net|int)\b|\b(?:department of|united nations|white house|ministry of|embassy|"
    r"meetings coverage|press releases)\b",
    re.IGNORECASE,
)
"""Words of a site's name, as pages put it after their title."""
_ASIDE = re.compile(
    r"^(?:(?:media |press |news )?(?:contacts?|enquiries|inquiries)|related|recommended|see also|also read|read more"
    r"|top stories|trending|most (?:read|popular|viewed)|more (?:from|on)\b.*"
    r"|share(?: this(?: page| article| story)?)?)"
    r"(?: (?:stories|articles|news|content|links|reading|posts|topics|for you))?\W*$",
    re.IGNORECASE,
)
"""A heading over the page's own lines, not the article's: ``Media contacts``, ``Related stories``, ``More from …``,
``Share this page`` (over its buttons: ``Share on Facebook``)."""
_LINKS_HEADING = re.compile(
    r"^(?:further (?:information|reading)|useful links|find out more|learn more)\W*$", re.IGNORECASE
)
"""A heading over links to other pages, whose lines that are no sentence (``Cholera fact sheet``) are the page's."""
_TITLE_SEPARATOR = re.compile(r"\s+[|–—•·-]\s+")
_REMOVED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert"}
)
_BOILERPLATE_WORDS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs", "share", "sharing",
        "social", "cookie", "cookies", "related", "comments", "advert", "advertisement", "ads", "promo", "newsletter",
        "subscribe", "skip", "masthead", "toolbar", "pagination", "disclaimer", "donate", "donation", "donations",
    }
)
_BYLINE_WORDS = frozenset({"byline", "author", "authors"})
"""Names of an article's byline: left out unless it holds paragraphs (an interview's answers); its date is read."""
_NEVER_REMOVED_BY_CLASS = frozenset({"html", "body", "main", "article"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "legend", "li", "main", "ol", "p",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_EMPTY_ELEMENTS = frozenset({"br", "wbr", "pre"})
"""Elements read whole where they stand (a line break, preformatted text), not walked into."""
_CONTAINERS = frozenset({"div", "section", "article", "main", "table", "tbody", "tr", "td", "center"})
_BOLD = frozenset({"b", "strong"})
_DOMINANT_SHARE = 0.8
"""A content root is narrowed to a child container holding at least this share of its text."""
_ARTICLE_SHARE = 0.3
"""An ``<article>`` is the content root when it holds at least this share of the page's text."""
_TEASER_SHARE = 0.6
"""Two or more ``<article>`` elements side by side, none holding this share of their text: an index page's teasers,
read all, not the largest alone."""

_DATE_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
    "publish-date", "publish_date", "publication_date", "citation_publication_date", "citation_date", "sailthru.date",
    "parsely-pub-date", "article.published",
)
_TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")


@dataclass
class _Block:
    lines: list[str]
    heading: bool = False
    table: bool = False
    """A table's rows, its header row first, each row's cells parted by `` | ``."""
    item: bool = False
    """A list's item."""


_MARGIN_CELL = re.compile(r"^\d{1,2}$")
"""A cell holding a line's number in the margin of a transcript laid out as a table."""


_LAID_OUT = "p, ul, ol, dl, h1, h2, h3, h4, h5, h6, blockquote, pre, hr"
"""Elements inside a table's cells that make it the page's layout, not a table of figures."""
_MAX_CELL_CHARS = 300


_BARE_KIND = re.compile(
    r"(?:(?:daily|weekly|joint|news|press|media|opening)\s+)*(?:press conference|news conference|briefing|statement"
    r"|remarks|transcript|readout|interview)",
    re.IGNORECASE,
)
"""A heading that names only a kind of event (``PRESS CONFERENCE``, ``Press briefing``): the page's name says which."""
_PART = re.compile(r"\s[-|>–—•·]\s")
"""What parts a page's name from the site's and its sections' (``Plenary 17/11/2026 - Welsh Parliament``)."""


def read_html_document(data: bytes, path: str) -> Document:
    """A Document from a saved web page's bytes, in linear time; a page nested deeper than the budget is skipped
    before parsing."""
    markup, warning = decode_html(data)
    spent = budget()
    spent.check_depth(nesting_depth(markup))
    tree = LexborHTMLParser(markup)
    spent.check_time()
    meta = _meta_tags(tree)
    url = _canonical_url(tree, meta, markup)
    published = _published_date(tree, meta)
    date_source = "html meta" if published is not None else None
    body = tree.body
    if body is None:
        raise SkipFile("no page body: nothing to read")
    byline_date = _remove_boilerplate(body)
    spent.check_time()
    root = _content_root(body)
    heading = root.css_first("h1") or body.css_first("h1")
    declared = next(filter(None, (" ".join(meta.get(name, "").split()) for name in _TITLE_META)), None)
    site = " ".join(meta.get("og:site_name", "").split())
    headline, named = _text_of(heading), _without_site_name(_text_of(tree.css_first("title")), site)
    first_part = _PART.split(named or "", maxsplit=1)[0]
    if headline and first_part.startswith(headline):  # ``Plenary`` in the page, ``Plenary 17/11/2026 - Site`` named
        headline = first_part
    bare = (headline or "").casefold() if headline and _BARE_KIND.fullmatch(headline) else ""
    if bare and bare in first_part.casefold() and first_part.casefold() != bare:  # ``PRESS CONFERENCE`` in the page
        headline = first_part  # ``Monetary policy press conference``
    title = _without_site_name(declared, site) or headline or named
    page_title_only = not declared and heading is None
    blocks = _collect_blocks(root)
    bold = _bold_paragraphs(root)
    text, skip, lines, leads = _layout(blocks)
    posts, thread = read_saved_posts(lines), _thread_root(body)
    if posts is None and thread is not None:  # a thread of posts, each its own ``<article>``
        thread_blocks = _collect_blocks(thread)
        thread_layout = _layout(thread_blocks)
        if (posts := read_saved_posts(thread_layout[2])) is not None:
            root, blocks, (text, skip, lines, leads) = thread, thread_blocks, thread_layout
    # A transcript numbered in the margin: its numbers in cells or spans.
    numbered = read_numbered(text) if posts is None else None
    if numbered is None and posts is None and (by_name := read_named(text)) is not None and not read_layout(
        lines, frozenset(skip)
    ).transcript:
        numbered = by_name  # a record's names alone over their words (a role's line under each), in no transcript's
        # layout
    if numbered is not None and not numbered.cues:
        text, leads, lines = numbered.text, [], numbered.text.split("\n")
        skip = {n for n in skip if n < min(numbered.said, default=0)}  # (lines under the first are joined)
    else:
        numbered = None
    headings = frozenset(skip)
    if not any(ch.isalnum() for ch in text):
        raise SkipFile("no readable text in the page (only navigation, scripts or images)")
    layout = read_layout(lines, frozenset(skip)) if posts is None else Layout(False)
    live = read_live_page(lines) if posts is None and not layout.transcript else None  # its entries' time lines
    if not layout.transcript:
        skip |= set(live.skip) if live else set()
        skip |= _chrome_around_article(lines, frozenset(skip), _text_of(heading))
        skip.update(range(page_foot(lines), len(lines)))  # the story's end line (``-END-``) and all under it
        skip.update(foot_lines(lines) | revised_lines(lines))  # a mail's signature, a roundup's declared interests,
        # a stamp of the page's last change
    skip.update(n for n, line in enumerate(lines) if (is_chrome if layout.transcript else is_page_chrome)(line))
    if not layout.transcript:  # a link to another page (``Read more: <headline>``, ``Related: …``), no sentence
        skip.update(n for n, line in enumerate(lines) if points_elsewhere(line) and not reads_as_sentence(line))
        skip.update(pointer_lists(lines))  # a heading over links to other pages (``More on this story``) and its list
    skip.update(n for n, line in enumerate(lines) if is_site_notice(line))  # ``You've read 2 of 3 free articles``
    if layout.transcript:
        skip |= layout.skip
        if layout.title and (not title or page_title_only or is_edge_chrome(title)):
            title = layout.title
    title = case_title(title, lines) if title else title  # ``R v Name`` under ``Transcript of proceedings``
    title = debate_title(title, lines) if title else title  # a debate's heading under ``Hansard``
    if published is None and byline_date is not None:
        published, date_source = byline_date, "html meta"
    if published is None and (found := labelled_day(lines)) is not None:  # ``Published 3 March 2025`` over the first
        published, date_source = found, "html header"  # paragraph before its first ``<time>``: a live page's newest
    if published is None and (found := _time_element_date(root)) is not None:
        published, date_source = found, "html meta"
    if published is None and layout.date is not None and layout.date_from == "header":
        published, date_source = layout.date, "html header"
    if published is None and layout.transcript and (found := _page_header_date(markup, title)) is not None:
        published, date_source = found, "html header"
    if published is None and layout.date is not None:
        published, date_source = layout.date, "title"
    dateline = page_date_line(lines)
    if dateline is not None and dateline.only_date:
        skip.add(dateline.line)
    if published is None and dateline is not None:
        published, date_source = dateline.date, "html header"
    if published is None and not layout.transcript and title and (found := _page_header_date(markup, title)):
        published, date_source = found, "html header"  # a date line outside the article, by its title (``DATE: …``)
    if date_source == "html header" and (found := unrevised_day(lines, published)) is not None:
        published = found  # a stamp of the page's last change dates it only when nothing else does
    if published is None and (found := date_from_name(path)) is not None:
        published, date_source = found, "file name"
    # Paragraphs that mostly open with a label make a transcript too (counted in paragraphs, as a long answer may
    # run over several); otherwise the splitter decides.
    transcript = posts is None and (
        layout.transcript or numbered is not None or mostly_labelled(b.lines[0] for b in blocks if not b.heading)
    )
    if posts is not None:  # each post its author's, of its own day: the site's lines around them left out
        said = {line for line, _ in posts.messages}
        skip = (set(posts.skip) | {n for n, line in enumerate(lines) if is_page_chrome(line)}) - said
        if published is None and posts.date is not None:
            published, date_source = posts.date, "html header"
    if numbered is not None:
        skip -= numbered.said
    judged = judges_paragraphs(lines) if not transcript and posts is None else ()  # sentencing remarks: the judge's
    given = remarks_day(lines) if judged else None  # numbered paragraphs, dated by the day they were given
    if given is not None and (published is None or given < published):
        published, date_source = given, "html header"
    if judged:  # the caption and heading over the first paragraph: no passages
        skip.update(n for n in range(judged[0][0]) if not reads_as_sentence(lines[n]))
    sections = page_sections(layout, lines)
    if not (transcript or sections):
        sections = _subheadings(lines, headings, _text_of(heading))
    return Document(
        path=path,
        title=title or PurePosixPath(path).stem,
        url=url,
        date=published,
        kind=DocumentKind.TRANSCRIPT if transcript else None,
        text=text,
        skip_lines=tuple(sorted(skip)),
        warnings=(warning,) if warning else (),
        date_source=date_source,
        sections=sections,
        narrator=layout.narrator,
        roles=layout.roles,
        people=layout.people,
        leads=tuple((line, lead) for line, lead in leads if line not in skip and lead not in skip),
        turns=numbered.turns if numbered else () if transcript else judged or interview_turns(
            lines, skip, bold, headline
        ),
        messages=posts.messages if posts else (),
        days=live.days if live else (),
    )


def _bold_paragraphs(root: LexborNode) -> list[str]:
    """The text of the paragraphs bold throughout (``<p><strong>…</strong></p>``): an interview's questions."""
    found = []
    for paragraph in root.css("p"):
        whole, inner = _text_of(paragraph), _text_of(paragraph.css_first("strong, b"))
        if whole and whole == inner:
            found.append(whole)
    return found


def _thread_root(body: LexborNode) -> LexborNode | None:
    """Where a saved thread of posts stands, each post its own ``<article>`` (X): the page's ``<main>`` (else its
    body) when two or more articles stand apart, none holding another; None for any other page."""
    articles = body.css("article")
    apart = [node for node in articles if not _inside_article(node)]
    if len(apart) < 2:
        return None
    return body.css_first("main") or body.css_first('[role="main"]') or body


def _inside_article(node: LexborNode) -> bool:
    """Whether a node stands inside an ``<article>`` (a post quoted in another post)."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return True
        parent = parent.parent
    return False


def _chrome_around_article(lines: list[str], headings: frozenset[int], headline: str | None) -> set[int]:
    """An article page's own lines: those above its headline that are no sentence (``News release``, a place), those
    under a heading of the page's (``Related``, ``Media contacts``) up to the next heading, and those that are no
    sentence under a heading over links (``Further information``)."""
    top = next((n for n in sorted(headings) if lines[n] == headline), 0)
    found = {n for n in range(top) if lines[n] and not reads_as_sentence(lines[n])}
    inside = links = False
    for number, line in enumerate(lines):
        if number in headings:
            inside, links = _ASIDE.match(line) is not None, _LINKS_HEADING.match(line) is not None
        elif line and (inside or (links and not reads_as_sentence(line))):
            found.add(number)
    return found


def _subheadings(lines: list[str], headings: frozenset[int], headline: str | None) -> tuple[tuple[int, str], ...]:
    """An article's headings under its headline (``<h2>``, ``<h3>``), each heading the passages under it; not one
    over the page's own lines (``Related``), nor one above the article's first line when the headline is not known,
    nor one writing a day (a section's heading dates the paragraphs under it: only an update's header does that)."""
    top = next((n for n in sorted(headings) if lines[n] == headline), None)
    if top is None:
        top = next((n for n, line in enumerate(lines) if line and n not in headings), len(lines))
    return tuple(
        (n, lines[n]) for n in sorted(headings) if n > top and not _ASIDE.match(lines[n]) and not written_days(lines[n])
    )


def _without_site_name(title: str | None, site: str = "") -> str | None:
    """A page title without the site's name after it (``Daily Press Briefing | United Nations``; ``… • President of
    Russia`` where the page's ``og:site_name`` is that name)."""
    while title:
        separators = list(_TITLE_SEPARATOR.finditer(title))
        after = title[separators[-1].end() :] if separators else ""
        if not separators or not (_SITE_NAME.search(after) or (site and after.casefold() == site.casefold())):
            return title
        title = title[: separators[-1].start()]
    return title


def _page_header_date(markup: str, title: str | None) -> date | None:
    """The date in the page's own header, even outside the main text (a banner's ``Nov. 4, 2016``): of the
    date lines of the whole page before its first speaker turn, the one nearest its title."""
    tree = LexborHTMLParser(markup)
    body = tree.body
    if body is None:
        return None
    for node in body.css(",".join(_SCRIPTING)):
        node.decompose()
    _, _, lines, _ = _layout(_collect_blocks(body))
    return header_date(lines, title)


def decode_html(data: bytes) -> tuple[str, str | None]:
    """A page's markup, and a warning when its encoding was guessed (``index.readers.decoding``, with the declared
    charset)."""
    declared = _CHARSET.search(data[:4096])
    return decode_bytes(data, "web page", declared.group(1).decode("ascii") if declared else None)


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
"""A start or end tag (attributes never hold ``<`` here, so that no scan runs past the next tag: linear)."""
_UNNESTED_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
        "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
    }
)  # fmt: skip
"""Elements that hold nothing, or whose end tags may be left out (a new one closes the last): not counted."""


_NOT_MARKUP = re.compile(r"<!--.*?(?:-->|$)|<(script|style)\b[^<>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
"""Comments, scripts and style sheets, whose text may look like tags."""
_FOREIGN = frozenset({"svg", "math"})
"""Elements inside which ``<tag/>`` is empty; elsewhere a browser ignores the slash and opens the element."""


def nesting_depth(markup: str) -> int:
    """How deeply the page's elements nest, counted from its tags without parsing it (start tags open, end
    tags close; empty elements and those whose end tag may be left out are not counted)."""
    depth = deepest = foreign = 0
    for closing, tag, empty in _TAG.findall(_NOT_MARKUP.sub(" ", markup)):
        name = tag.lower()
        if name in _UNNESTED_TAGS:
            continue
        if closing:
            depth = max(depth - 1, 0)
            foreign = max(foreign - 1, 0) if name in _FOREIGN else foreign
        elif not (empty and (foreign or name in _FOREIGN)):
            depth += 1
            deepest = max(deepest, depth)
            foreign += name in _FOREIGN
    return deepest


def _collect_blocks(root: LexborNode) -> list[_Block]:
    """The visible text under ``root`` as blocks of lines, cut at block-level elements (a ``<br>`` starts a new
    line in a block; a table of figures is a block of its rows, one a line), in one walk over the element tree."""
    blocks: list[_Block] = []
    lines: list[str] = []
    parts: list[str] = []
    headings = items = 0
    tables: dict[int, list[str] | None] = {}
    term = False  # a ``<dt>`` just closed: its ``<dd>`` goes on the same line (``Location:`` ``Kell Junction``)

    def table_rows(node: LexborNode) -> list[str] | None:
        if node.mem_id not in tables:
            tables[node.mem_id] = _table_rows(node)
        return tables[node.mem_id]

    def end_line() -> None:
        line = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if line:
            lines.append(line)

    def end_block() -> None:
        end_line()
        if lines:
            blocks.append(_Block(lines.copy(), headings > 0, item=items > 0))
            lines.clear()

    for node, tag, leaving in _walk(root, leaves=_EMPTY_ELEMENTS, whole=table_rows):
        if tag == "table" and not leaving and (rows := table_rows(node)) is not None:
            end_block()
            blocks.append(_Block(rows, table=" | " in rows[0]))
        elif tag == "-text":
            parts.append(node.text_content or "")
        elif tag == "br":
            end_line()
        elif tag == "pre":
            end_block()
            text = (node.text(deep=True) or "").replace("\r\n", "\n")
            if preformatted := [line.rstrip() for line in text.split("\n") if line.strip()]:
                blocks.append(_Block(preformatted))
        elif not tag.startswith("-"):
            if leaving and tag in _BOLD and _ends_with_colon(parts):
                parts.append(" ")  # a bold speaker label run into its words still reads as a label
            if tag == "dt" and leaving:
                parts.append(" ")
            elif tag == "dd" and not leaving and term:
                pass
            elif tag in _BLOCK_TAGS:
                end_block()
            term = tag == "dt" and leaving
            if tag in _HEADINGS:
                headings += -1 if leaving else 1
            if tag == "li":
                items += -1 if leaving else 1
    end_block()
    return blocks


def _table_rows(table: LexborNode) -> list[str] | None:
    """A table of figures as lines, a row each, its cells' text parted by `` | ``; None for a table that lays out
    the page (paragraphs, lists or tables in its cells, long cells) or holds fewer than two rows of two cells."""
    if table.tag != "table" or table.css_first(_LAID_OUT) is not None or len(table.css("table")) > 1:
        return None  # (``css`` finds the table itself too)
    rows = [[_text_of(cell) or "" for cell in row.css("th, td")] for row in table.css("tr")]
    rows = [row for row in rows if any(row)]
    if len(rows) < 2 or max(map(len, rows)) < 2 or any(len(cell) > _MAX_CELL_CHARS for row in rows for cell in row):
        return None
    if sum(bool(_MARGIN_CELL.match(row[0])) for row in rows) * 2 > len(rows):
        margin = [" ".join(cell for cell in row if cell) for row in rows]
        if read_numbered("\n".join(margin)) is not None:  # a transcript's lines, numbered in the margin
            return margin
    return [" | ".join(row) for row in rows]


def _ends_with_colon(parts: list[str]) -> bool:
    """Whether the text of ``parts`` ends in a colon, trailing white space aside (looking only at its end)."""
    return next((part.rstrip().endswith(":") for part in reversed(parts) if part.strip()), False)


def _children(node: LexborNode) -> list[LexborNode]:
    """The node's children, text and comments too (following the links: several times faster than ``iter``)."""
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    return children


def _walk(
    root: LexborNode, leaves: frozenset[str] = frozenset(), whole: Callable[[LexborNode], object] | None = None
) -> Iterator[tuple[LexborNode, str, bool]]:
    """The nodes under ``root`` (and ``root``) in document order, within the time budget, as (node, tag, leaving):
    an element is given on entering and again on leaving; text, comments, ``leaves`` elements and those ``whole``
    finds true (read whole, not walked into) only once."""
    spent = budget()
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    steps = 0
    while stack:
        steps += 1
        if steps % 8192 == 0:
            spent.check_time()
        node, leaving = stack.pop()
        tag = node.tag or ""
        if not leaving and whole is not None and not tag.startswith("-") and whole(node):
            yield node, tag, leaving
            continue
        yield node, tag, leaving
        if not leaving and not tag.startswith("-") and tag not in leaves:
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(_children(node)))


def _layout(blocks: list[_Block]) -> tuple[str, set[int], list[str], list[tuple[int, int]]]:
    """Blocks as text, a blank line between them; returns it, the heading lines, all lines, and (line, lead line)
    for a table's rows under its header row and a list's items under the line leading into the list (``The council
    agreed to:``)."""
    lines: list[str] = []
    skip: set[int] = set()
    leads: list[tuple[int, int]] = []
    lead_in: int | None = None
    for block in blocks:
        if lines:
            lines.append("")
        first = len(lines)
        if block.item and lead_in is not None:
            leads.append((first, lead_in))
        elif not block.item:
            ends_lead = not (block.heading or block.table) and block.lines[-1].endswith(":")
            lead_in = first + len(block.lines) - 1 if ends_lead else None
        if block.table:
            leads.extend((line, first) for line in range(first + 1, first + len(block.lines)))
        for line in block.lines:
            if block.heading:
                skip.add(len(lines))
            lines.append(line)
    return "\n".join(lines) + "\n", skip, lines, leads


def _remove_boilerplate(body: LexborNode) -> date | None:
    """Take navigation, scripts, forms, footers, sidebars, bylines and hidden elements out of the tree; the date of
    the first ``<time>`` in a byline of the article (of the page, if it has no ``<article>`` nor ``<main>``)."""
    chars = _char_counts(body)
    page_chars = chars[body.mem_id]
    whole_page = body.css_first("article, main") is None
    doomed: list[LexborNode] = []
    byline_date = None
    stack = [(child, False) for child in reversed(_children(body))]
    while stack:
        node, in_article = stack.pop()
        tag = node.tag or ""
        if tag.startswith("-"):
            if tag == "-comment":
                doomed.append(node)
            continue
        if _is_boilerplate(node, tag, page_chars, in_article, chars):
            doomed.append(node)
            continue
        byline = tag not in _NEVER_REMOVED_BY_CLASS and bool(_class_words(node) & _BYLINE_WORDS)
        if byline and chars[node.mem_id] * 2 < page_chars and (tag == "p" or node.css_first("p") is None):
            doomed.append(node)
            byline_date = byline_date or (_time_element_date(node) if in_article or whole_page else None)
            continue
        inside = in_article or tag in ("article", "main")
        stack.extend((child, inside) for child in reversed(_children(node)))
    for node in doomed:
        node.decompose()
    return byline_date


def _class_words(node: LexborNode) -> set[str]:
    attributes = node.attributes
    return set(re.split(r"[\s_\-]+", f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()))


def _is_boilerplate(node: LexborNode, tag: str, page_chars: int, in_article: bool, chars: dict[int, int]) -> bool:
    attributes = node.attributes
    if tag in _REMOVED_TAGS or "hidden" in attributes:
        return True
    if tag == "header":  # the page's banner, not an article's own header with its headline and date
        return not in_article
    style = (attributes.get("style") or "").replace(" ", "").lower()
    if (
        (attributes.get("aria-hidden") or "").strip().lower() == "true"
        or (attributes.get("role") or "").strip().lower() in _REMOVED_ROLES
        or "display:none" in style
        or "visibility:hidden" in style
    ):
        return True
    if tag in _NEVER_REMOVED_BY_CLASS:
        return False
    if tag == "p" and _links_only(node):
        return True
    # A wrapper named after a sidebar it sits beside ("has-sidebar") still holds the page: keep it.
    return not _BOILERPLATE_WORDS.isdisjoint(_class_words(node)) and chars[node.mem_id] * 2 < page_chars


def _links_only(node: LexborNode) -> bool:
    """Whether a paragraph is a row of two links or more with only separators between them (``Download PDF |
    Watch video``): the page's links, no sentence."""
    links = node.css("a")
    rest = node.text(deep=True) or ""
    for link in links:
        rest = rest.replace(link.text(deep=True) or "", "", 1)
    return len(links) >= 2 and not any(ch.isalnum() for ch in rest) and bool(rest.strip())


def _content_root(body: LexborNode) -> LexborNode:
    """The element holding the main text: the largest ``<article>``, else ``<main>``, else the body,
    narrowed to a container child that holds nearly all of its text."""
    chars = _char_counts(body)

    def size(node: LexborNode) -> int:
        return chars.get(node.mem_id, 0)

    page_chars = size(body)
    articles = sorted(body.css("article"), key=size, reverse=True)
    apart = [node for node in articles if not _inside_article(node)]
    root = body
    if len(apart) >= 2 and size(apart[0]) < _TEASER_SHARE * sum(map(size, apart)):
        root = _holder(apart) or body  # an index page of teasers, each its own ``<article>``: all of them
    elif articles and size(articles[0]) >= _ARTICLE_SHARE * page_chars:
        root = articles[0]
    else:
        main = body.css_first("main") or body.css_first('[role="main"]')
        if main is not None and size(main) > 0:
            root = main
    while True:
        containers = [child for child in _children(root) if child.tag in _CONTAINERS]
        if not containers:
            return root
        biggest = max(containers, key=size)
        if size(biggest) < _DOMINANT_SHARE * size(root) or (biggest.tag == "table" and _table_rows(biggest)):
            return root  # (a table of figures, or of a transcript's numbered lines, is read whole)
        root = biggest


def _holder(nodes: list[LexborNode]) -> LexborNode | None:
    """The nearest element holding all of ``nodes``, or None when there is none under the page's root."""

    def line_of(node: LexborNode) -> list[LexborNode]:
        found: list[LexborNode] = []
        at: LexborNode | None = node
        while at is not None:
            found.append(at)
            at = at.parent
        return found[::-1]

    lines = [line_of(node) for node in nodes]
    shared = 0
    while all(len(line) > shared + 1 for line in lines) and len({line[shared].mem_id for line in lines}) == 1:
        shared += 1
    return lines[0][shared - 1] if shared else None


def _char_counts(top: LexborNode) -> dict[int, int]:
    """How much text each element under ``top`` (and ``top``) holds, white space not counted, by the node's
    ``mem_id``: one walk over the tree, so that asking for every element's share stays linear."""
    counts: dict[int, int] = {}
    for node, tag, leaving in _walk(top):
        parent = node.parent
        if leaving and parent is not None and node.mem_id != top.mem_id:
            counts[parent.mem_id] = counts.get(parent.mem_id, 0) + counts[node.mem_id]
        elif tag == "-text" and parent is not None:
            counts[parent.mem_id] = counts.get(parent.mem_id, 0) + sum(map(len, (node.text_content or "").split()))
        elif not tag.startswith("-"):
            counts.setdefault(node.mem_id, 0)
    return counts


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """``<meta>`` values by their lowercased name, property or itemprop; the first of each name wins."""
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attributes = node.attributes
        content = (attributes.get("content") or "").strip()
        if not content:
            continue
        for key in ("name", "property", "itemprop", "http-equiv"):
            name = (attributes.get(key) or "").strip().lower()
            if name:
                found.setdefault(name, content)
    return found


def _canonical_url(tree: LexborHTMLParser, meta: dict[str, str], markup: str) -> str | None:
    canonical = [link.attributes.get("href") for link in tree.css('link[rel~="canonical" i]')]
    saved = _SAVED_FROM.search(markup[:4096])
    candidates = [*canonical, meta.get("og:url"), saved.group(1) if saved else None]
    for candidate in candidates:
        value = (candidate or "").strip()
        if re.match(r"https?://\S+$", value, re.IGNORECASE):
            return value
    return None


def _published_date(tree: LexborHTMLParser, meta: dict[str, str]) -> date | None:
    for name in _DATE_META:
        if name in meta and (found := find_date(meta[name])) is not None:
            return found
    for script in tree.css('script[type="application/ld+json"]'):
        if (found := _json_ld_date(script.text(deep=True) or "")) is not None:
            return found
    for node in tree.css("time[datetime]"):
        attributes = node.attributes
        if "pubdate" in attributes or (attributes.get("itemprop") or "").lower() == "datepublished":
            found = find_date(attributes.get("datetime") or "")
            if found is not None:
                return found
    return None


def _json_ld_date(text: str) -> date | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    stack: list[Any] = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and (found := find_date(value)) is not None:
                return found
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return None


def _time_element_date(root: LexborNode) -> date | None:
    node = root.css_first("time[datetime]")
    return find_date(node.attributes.get("datetime") or "") if node is not None else None


def _text_of(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    text = _SPACE.sub(" ", node.text(deep=True) or "").strip()
    return text or None
