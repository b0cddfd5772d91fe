"""Reader for plain text and Markdown files (``.txt``, ``.md``), with optional front matter."""

from __future__ import annotations

import re
from datetime import date
from itertools import takewhile
from pathlib import PurePosixPath

from index.chat import chat_messages, group_name
from index.dates import written_days
from index.errors import SkipFile
from index.models import Document, DocumentKind
from index.readers.article import (
    before_comments,
    caption_cues,
    case_title,
    is_date_stamp,
    page_sections,
    post_headlines,
    read_article_page,
    revised_lines,
    signed_day,
    unrevised_day,
)
from index.readers.chrome import (
    Layout,
    date_in,
    footer_lines,
    holds_words_beside_its_date,
    in_headline_capitals,
    is_edge_chrome,
    is_menu,
    opens_with_date,
    page_date_line,
    pointer_lists,
    points_elsewhere,
    read_layout,
    reads_as_sentence,
    unsquash,
)
from index.readers.closing import closing_day
from index.readers.datelines import first_dated, opening_dateline
from index.readers.decoding import decode_bytes
from index.readers.forecast import read_discussion
from index.readers.forum import read_forum
from index.readers.frontmatter import parse_date, parse_kind, parse_url, split_front_matter
from index.readers.live import read_live_page
from index.readers.notices import site_notices
from index.readers.numbered import read_numbered, recording_date, subtitle_title
from index.readers.official_notice import notice_day, notice_title
from index.readers.podcast import read_named, read_podcast
from index.readers.posts import read_posts
from index.readers.question_time import asked_questions, debate_title
from index.readers.remarks import judges_paragraphs, remarks_day
from index.readers.reposted import reposted_release
from index.readers.signatures import foot_lines
from index.readers.voices import read_voices
from index.speakers import starts_with_label
from index.splitter import is_hard_wrapped, laid_out_lines, tweet_date

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
_TITLE_MAX = 150
_MARKDOWN_HEADING = re.compile(r"#{1,6}(?:\s+|$)")
_CLOSERS = "\"'”’»)]"
"""Quotes and brackets that may close a sentence after its last mark."""
_ENDS_SENTENCE = re.compile(f"[.!?…:;][{re.escape(_CLOSERS)}]*$")
_RUNS_ON = re.compile(
    r"(?:[,(/&‐–—-]|\b(?i:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|as|into|onto|over|that|than|"
    r"which|who|whose|whom|its|their|his|her|our|my|your|this|these|those|is|are|was|were|be|been|has|have|had|"
    r"will|would|said|says))$"
)
"""How a line ends that goes on in the next one: on a comma or a dash, or on a word no sentence ends on."""


def decode_text(data: bytes) -> tuple[str, str | None]:
    """A text file's text with normalised line ends, and a warning when its encoding was guessed
    (``index.readers.decoding``)."""
    text, warning = decode_bytes(data, "text file")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warning


def read_text_document(data: bytes, path: str) -> Document:
    """Build a Document from a text or Markdown file's bytes; ``path`` is its place in the corpus."""
    text, warning = decode_text(data)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise SkipFile("no text after the front matter")
    kind = parse_kind(meta["kind"], "front matter kind") if meta.get("kind") else None
    body = unsquash(body)
    numbered = read_numbered(body) or read_podcast(body) or read_voices(body)  # margin numbers, subtitles, podcasts,
    # voices (``spk00: Name Words``): by form
    if numbered is None and (by_name := read_named(body)) is not None and not read_layout(body.split("\n")).transcript:
        numbered = by_name  # a podcast's names alone over their words, in no transcript's layout
    body = numbered.text if numbered else body
    lines = body.split("\n")
    markdown = path.lower().endswith(".md")
    headings = frozenset(n for n, line in enumerate(lines) if markdown and _MARKDOWN_HEADING.match(line.strip()))
    chat = chat_messages(lines)  # a chat export: its lines are messages, no page's
    social = kind in (None, DocumentKind.TRANSCRIPT) and not (chat or numbered)
    entries = (read_forum(lines) or read_posts(lines)) if social else None  # read by their form alone
    layout = read_layout(lines, headings) if kind in (None, DocumentKind.TRANSCRIPT) and not chat else Layout(False)
    layout = Layout(False) if entries else layout
    live = read_live_page(lines) if social and not (entries or layout.transcript) else None  # its entries' days
    plain = not (layout.transcript or chat or entries or kind is DocumentKind.TRANSCRIPT)
    page = read_article_page(lines, headings) if plain else None
    reposted = reposted_release(lines) if plain else None  # a release a wire service reposts, under its line
    discussion = read_discussion(lines) if plain else None  # a weather office's forecast discussion
    notice = notice_title(lines) if plain else None  # a notice's number and subject lines (``NOTICE No. 14 …``)
    skip: tuple[int, ...]
    if meta.get("title"):
        title, skip = meta["title"], ()
    elif chat:  # the group's name when the export states it, else the file's
        named = group_name([lines[n][message.offset :] for n, message in chat.items()])
        title, skip = named or PurePosixPath(path).stem, ()
    elif entries and entries.title_line is not None:  # a forum post's title, a thread's first post
        title, skip = _shorten(lines[entries.title_line].strip()), ()
    elif numbered and not numbered.titled:
        title, skip = subtitle_title(path), ()  # subtitles from the first line: no title of its own
    elif layout.title:  # a Markdown heading's marks are no part of it (``# Bridge briefing``)
        title, skip = _shorten(_MARKDOWN_HEADING.sub("", layout.title, count=1) if markdown else layout.title), ()
    elif notice:
        title, skip = notice, ()
    elif reposted and reposted.title:
        title, skip = reposted.title, ()
    elif discussion and discussion.title:
        title, skip = discussion.title, ()
    elif page and page.title and (top := _top_heading(lines, headings, page.headline)) is not None:
        title, skip = _shorten(lines[top].strip(" \t#*_")), (top,)  # a Markdown page's ``# `` under its menus
    elif page and page.title:  # a pasted article's headline, under the site's chrome
        title, skip = _shorten(page.title.strip(" \t#*_")), ()
    elif page and (top := _top_heading(lines, headings, -1)) is not None:  # no headline read from its lines: its
        title, skip = _shorten(lines[top].strip(" \t#*_")), (top,)  # ``# `` heading, not the site's name over it
    else:
        title, skip = title_from_body(body, path)
    title = title if meta.get("title") else case_title(title, lines)  # ``R v Name`` under ``TRANSCRIPT OF PROCEEDINGS``
    title = title if meta.get("title") else debate_title(title, lines)  # a debate's heading under ``Hansard``
    skip = (*skip, *(n for n, message in chat.items() if not message.content))  # the app's lines (``<Media omitted>``)
    sections = discussion.sections if discussion else page_sections(layout, lines)
    if entries:  # its own reading, and a footer under it (``Privacy policy``)
        skip = (*entries.skip, *footer_lines(lines))
    elif not layout.transcript:  # a footer under any text that is no transcript, the chrome of a pasted page
        skip = (*skip, *footer_lines(lines), *(page.skip if page else ()), *pointer_lists(lines))
        cues, said = caption_cues(lines)  # a video's transcript: its cues go, the words under them stay
        skip = tuple((set(skip) | cues) - _opens_post(lines, set(skip), title) - post_headlines(lines, sections) - said)
        skip = tuple(set(skip) - laid_out_lines(lines))  # a table's rows, a bulletin's summary lines
    skip = (*skip, *site_notices(lines))  # a site's notes on any page (``All quotes delayed …``)
    if plain and not live:  # a mail's sign-off and signature, a roundup's declared interests, a stamp of the page's
        skip = (*skip, *foot_lines(lines), *revised_lines(lines))  # last change: no part of what it says
    if plain and not live and (bare := _bare_date_line(lines, title)) is not None:
        skip = (*skip, bare)  # a date alone under the headline dates the page; it is no passage
    if reposted:  # the service's line over the release is no part of it
        skip = (*skip, reposted.line)
    if discussion:  # nor are a forecast's sign-offs; its sections' lines are its words
        skip = (*(set(skip) - discussion.said), *discussion.skip)
    if live:  # a live page: its entries' time lines and buttons go too
        skip = (*skip, *live.skip)
    asked = asked_questions(lines) if layout.transcript else ()  # a question time's questions: their askers' turns
    judged = judges_paragraphs(lines) if plain else ()  # sentencing remarks: the judge's numbered paragraphs
    conversation = bool(entries and entries.turns)  # a forum's turns: a transcript's
    # The date: front matter, else the transcript's header (a date line, else the title), else a date line or
    # dateline near the top, else a day the foot states (a closing note, a certificate), else the file name.
    front_date = parse_date(meta["date"], "front matter date") if meta.get("date") else None
    when, date_source = first_dated(
        (front_date, "front matter"),
        (entries.date if entries else None, "text header"),
        (layout.date, "text header" if layout.date_from == "header" else "title"),
        (reposted.day if reposted else None, "text header"),
        (notice_day(lines) if notice else None, "text header"),
        (page.date if page else None, "text header"),
        (next((message.day for message in chat.values() if message.day), None), "text header"),
        (date_from_body(body, title), "text header"),
        (closing_day(lines), "text footer"),  # a closing note's or a certificate's day, before the file name's
        (date_from_name(path), "file name"),
        (recording_date(path) if numbered and numbered.cues else None, "file name"),
        (thread_date(lines), "text header"),
        (next((day for _, day in live.days if day), None) if live else None, "text header"),  # a live page: its
        # newest entry's day (``Last updated: <day>`` over entries stamped with times only)
        (signed_day(lines) if plain else None, "text footer"),
    )
    if date_source in ("text header", "text footer") and (day := unrevised_day(lines, when)) is not None:
        when = day  # a stamp of the page's last change dates it only when nothing else does
    given = remarks_day(lines) if judged and not front_date else None  # sentencing remarks: the day they were given,
    if given is not None and (when is None or given < when):  # not the later day they were published
        when, date_source = given, "text header"
    return Document(
        path=path,
        title=title,
        url=parse_url(meta["url"], "front matter url") if meta.get("url") else None,
        date=when,
        kind=kind or (DocumentKind.TRANSCRIPT if layout.transcript or numbered or conversation else None),
        text=body,
        skip_lines=tuple(sorted((set(skip) | layout.skip) - (numbered.said if numbered else set()))),
        warnings=(warning,) if warning else (),
        date_source=date_source,
        sections=sections,
        narrator=layout.narrator,
        roles=layout.roles,
        people=layout.people,
        messages=tuple(chat.items()) or (entries.messages if entries else ()),
        turns=numbered.turns if numbered else entries.turns if entries else asked or judged,
        askers=tuple(sorted(entries.askers)) if entries else (),
        days=live.days if live else (),
    )


def _top_heading(lines: list[str], headings: frozenset[int], headline: int | None) -> int | None:
    """A Markdown page's first ``# `` heading when the headline read from its lines stands above it (the site's
    name or a menu of links over the page's own heading); ``-1``: wherever it stands."""
    top = next((n for n in sorted(headings) if re.match(r"#\s+\S", lines[n].strip())), None)
    return top if top is not None and headline is not None and headline < top else None


def _bare_date_line(lines: list[str], title: str) -> int | None:
    """The line right under the line of ``title`` when it holds a day and nothing more, but perhaps its weekday
    (``12 March 2026``, ``Thursday, March 12, 2026``; not ``**Sunday 2 October**`` heading a live page's entries,
    nor a line with more words, ``Coastline Press, 30 July 2026``); None when there is none."""
    top = next((n for n, line in enumerate(lines[:12]) if title and line.strip(" \t#*_") == title), None)
    under = next((n for n in range(top + 1, len(lines)) if lines[n].strip()), None) if top is not None else None
    if under is None:
        return None
    text = lines[under].strip()
    days = written_days(text)
    if len(days) != 1:
        return None
    start, end, _ = days[0]
    return under if _WEEKDAY_ONLY.fullmatch(text[:start] + text[end:]) else None


_WEEKDAY_ONLY = re.compile(r"[\s,.]*(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,.]*")
"""What a date line alone may hold beside its day: its weekday, commas, spaces."""


def date_from_name(path: str) -> date | None:
    """A YYYY-MM-DD date in the file name, if there is a valid one."""
    match = _DATE_IN_NAME.search(PurePosixPath(path).name)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def thread_date(lines: list[str]) -> date | None:
    """The day of a thread of posts: the one day all its post timestamps give (``10:14 AM · May 20, 2026``),
    when there are two or more."""
    days = {when for line in lines if (when := tweet_date(line.strip())) is not None}
    stamps = sum(tweet_date(line.strip()) is not None for line in lines)
    return days.pop() if len(days) == 1 and stamps >= 2 else None


def _opens_post(lines: list[str], skip: set[int], title: str) -> set[int]:
    """The line of ``title`` when it was left out as a headline though it opens a post (a pasted thread's first
    post): lines with no blank among them, one of them kept, run from it to the post's timestamp."""
    for number in sorted(skip):
        if title.rstrip("…") and lines[number].strip().startswith(title.rstrip("…")):
            run = list(takewhile(lambda n: lines[n].strip(), range(number + 1, len(lines))))
            stamp = next((n for n in run if tweet_date(lines[n].strip()) is not None), None)
            return {number} if stamp is not None and any(n not in skip for n in range(number + 1, stamp)) else set()
    return set()


_BYLINE = re.compile(r"\s*(?:\*\*|_)?By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:[|·,—–]|\s-\s)")
"""A byline (``By Staff Reporter | …``): the day it holds is the day the page was written."""


def date_from_body(body: str, title: str = "") -> date | None:
    """The date a text gives near its top: a date line among its first lines (site chrome aside, such as a menu's
    ``Trending: … 12 January 2025``; the line right under the line of ``title`` before one above it that holds
    more than a date), or a dateline opening its first paragraph (``HALDEN, 12 September 2023 — …``)."""
    lines = before_comments(body.split("\n"))  # a comment's stamp dates no page
    found = page_date_line(lines, within=6)
    under = next((n + 1 for n, line in enumerate(lines[:12]) if title and title in line), 0)
    if found is not None and holds_words_beside_its_date(lines[found.line]):  # a headline's day is the event's,
        stamp = page_date_line(lines[found.line + 1 :], within=3)  # not after a posting stamp under it
        if stamp is not None and stamp.only_date and stamp.date < found.date:
            return stamp.date
    if found is not None and found.line == under - 1:
        return found.date
    if found is not None and under and _BYLINE.match(lines[found.line]) and not any(
        line.strip() for line in lines[under : found.line]
    ):  # "By Staff Reporter | Friday 23 October 2026, 4:58pm | Updated 7:15pm", right under the title
        return found.date
    if found is not None and found.line < under and holds_words_beside_its_date(lines[found.line]):
        found = page_date_line(lines[under:], within=1) or found
    if found is not None and found.only_date:
        return found.date
    opening = [line for line in lines if line.strip()][:8]
    return next((found for found in map(opening_dateline, opening) if found is not None), None)


def title_from_body(body: str, path: str) -> tuple[str, tuple[int, ...]]:
    """The first non-empty line as the title, and the lines that are not content: that line, when it reads as a
    heading, and a site's menu above it. A line opening with a date (a ticker's ``12 January 2025 · Election results
    live``) is passed over for a headline under it, not for a first sentence."""
    lines = body.split("\n")
    title, skip, number = _first_title(lines, path, pass_dated=True)
    if number is not None and reads_as_sentence(lines[number].strip()) and any(map(opens_with_date, lines[:number])):
        title, skip, number = _first_title(lines, path, pass_dated=False)
    return title, skip


_SAID_ENDS = (".", "?", "!", "…", '"', "”", "’")
"""How a turn's words end, and a headline's do not."""


def _first_title(lines: list[str], path: str, pass_dated: bool) -> tuple[str, tuple[int, ...], int | None]:
    """``title_from_body``'s title, lines left out and the title's line (None for the file name)."""
    chrome: list[int] = []  # a site's menu above the title: no content either
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        heading = _MARKDOWN_HEADING.match(stripped)
        title = stripped[heading.end() :].strip() if heading else stripped
        if (
            not title
            or is_edge_chrome(stripped)
            or is_menu(stripped)
            or (pass_dated and (opens_with_date(stripped) or is_date_stamp(stripped)))
            or (points_elsewhere(stripped) and date_in(stripped))
        ):  # a heading mark alone, or a site's menu (``Menu``, ``Home | News``, ``Top 10 (2026)  Best of (5)``,
            # ``Latest: … 12 May 2025``, a ticker)
            chrome += [] if not title or reads_as_sentence(stripped) else [number]
            continue
        if heading:
            return _shorten(title), (*chrome, number), number
        said = stripped.endswith(_SAID_ENDS) or reads_as_sentence(stripped)
        if starts_with_label(line) and said:  # a turn (``QUESTION: Can you …?``), never a title: the file's name
            return PurePosixPath(path).stem, tuple(chrome), None  # is (``FULL TRANSCRIPT: Port talks`` is one)
        if starts_with_label(line) or len(stripped) > _TITLE_MAX:
            return _shorten(title), tuple(chrome), number
        following = next((n for n in range(number + 1, len(lines)) if lines[n].strip()), None)
        if following is None:
            return title, tuple(chrome), number  # the only line: the title, and the text too
        if following > number + 1:
            return title, (*chrome, *((number,) if _reads_as_heading(stripped) else ())), number
        run_on = is_hard_wrapped(lines) or _RUNS_ON.search(stripped) or lines[following].lstrip()[:1].islower()
        return title, (*chrome, *((number,) if _reads_as_heading(stripped, run_on=bool(run_on)) else ())), number
    return PurePosixPath(path).stem, (), None


def _reads_as_heading(line: str, run_on: bool = False) -> bool:
    """Whether a short first line followed by more text is a heading rather than a first sentence (``run_on``: the
    text goes straight on). A line ending a sentence is none, unless a headline cut short with ``…``; another is
    one when in headline capitals or when its sentence cannot run on."""
    if line.rstrip(_CLOSERS).endswith(("…", "...")):
        return in_headline_capitals(line)
    if _ENDS_SENTENCE.search(line):
        return False
    return in_headline_capitals(line) or not run_on


def _shorten(line: str) -> str:
    return line if len(line) <= _TITLE_MAX else line[:_TITLE_MAX].rsplit(" ", 1)[0] + "…"
