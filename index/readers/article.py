"""Articles pasted from the web as they come: which lines are the article, its headline and its date.

A page copied whole from a browser holds the article among the site's chrome: a cookie banner, menus, a byline,
share bars, captions, related headlines, a newsletter box, a footer. The article is its prose: lines that read as
sentences. Short lines that are no sentence are chrome when they stand in a run of such lines or beside chrome
(a menu, a share bar, a tag list, a list of headlines); one standing alone between paragraphs stays (a
subheading). A short sentence stays unless chrome stands on both sides of it. A paragraph is never dropped for
its words alone: a sentence goes only when it speaks of the site itself (cookies, sign-in, a newsletter, a link
to follow) and chrome stands beside it. A text with no sign of a page around it is left as it is, but for a byline
or a labelled date stamp over its first paragraph.

The headline is the line in headline form over the byline or date line (past a summary, a kind or an author
line; not its standfirst nor a contact line), else over the first paragraph; the date is a labelled date line
(``Delivered on:`` or ``Date of judgment:`` before ``Published``, a ``Hearing date`` last), else the date line under
the headline. A court record's form heading (``TRANSCRIPT OF PROCEEDINGS``) gives way to the line naming the case.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import dropwhile, groupby, islice, pairwise, takewhile

from index.readers.chrome import (
    CLOSING_BRACKET,
    NOTE,
    RECORD_NAME,
    RUNNING_HEAD,
    WORD,
    Layout,
    ends_story,
    in_headline_capitals,
    is_chrome,
    is_edge_chrome,
    is_episode_line,
    is_menu,
    is_note_on_text,
    is_page_chrome,
    points_elsewhere,
    reads_as_sentence,
    states_fact,
    states_figure,
)
from index.readers.datelines import HELD_LINE, around_day, looks_ahead, opening_dateline, page_days, plain
from index.sentences import sentences
from index.speakers import TIME_ALONE, written_by
from index.splitter import is_hard_wrapped, tweet_date

_PROSE_WORDS = 10
"""A sentence this long is a paragraph of the article, wherever it stands."""
_STANDFIRST_WORDS = 8
_HEADLINE_WORDS = (3, 30)
_LOOKAHEAD = 4
"""How many lines under the headline its byline, date line and summary may take."""
_REACH = 6
"""How many, when the lines over the date line are names and roles (``Hon Name`` then ``Prime Minister``)."""
_SITE = re.compile(
    r"\b(?:cookies?|newsletters?|sign(?:ing)? in|log(?:ging)? in|subscri(?:be|ption)|inbox|your account|"
    r"you agree to (?:our|the)|"
    r"all rights reserved|\d+ comments?|comments are (?:closed|open)|(?:edited|condensed) for (?:clarity|length)|"
    r"generated automatically|(?:automatically|machine)[- ]generated|print edition|printed (?:from|on)|was printed|"
    r"copyright ©\s*\d{4}|you are receiving this (?:e-?mail|message|newsletter))\b|"
    r"^(?:\w+:\s*)?this (?:e-?mail|message) (?:and any|is|was|originated|contains|may)\b"
    r"|^this page was last (?:edited|modified) on\b|^(?:text|content) is available under the creative commons\b"
    r"|^(?:©|\(c\)\s*\d{4}|copyright\b)|^click here\b|\bthe (?:content|page) you requested\b"
    r"|\b(?:is|are) not (?:held )?responsible for the content\b"
    r"|\b(?:donate (?:to|now)|your (?:[\w-]+ ){0,2}(?:donation|gift)s?)\b",
    re.IGNORECASE,
)
"""Words of a site speaking of itself: a sentence holding one is chrome when chrome stands beside it."""
_SHARE = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|print|copy link|"
    r"share(?: this)?(?: article| page| story)?(?: via \w+)?|more sharing options)"
)
_SHARE_BAR = re.compile(rf"^{_SHARE}$", re.IGNORECASE)
_CHROME = re.compile(
    rf"^(?:\d+\s+comments?|comments?\s*\(\d+\)|{_SHARE}$|most (?:read|viewed|popular|shared)\b|read next\b|"
    r"(?:more|explore|latest) (?:on|from|in)\b|(?:listen|watch|follow us|available) on\b|"
    r"(?:suggested |related )?topics?\s*:?$|is this page useful|"
    r"\d[\d.,]*\s?[km]?\s+(?:views?|subscribers?)(?:\s+edited)?(?:\s+\d{1,2}:\d{2})?$)",
    re.IGNORECASE,
)
"""A few more lines of chrome seen on news sites (share bars, comment counts, lists of other stories) and on a
channel's posts (``2.1K views 05:01``, ``12.4K subscribers``)."""
_BYLINE = re.compile(
    r"^(?i:by:?)\s+(?:[A-Z][\w'’.-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w'’.-]*\s*){1,4})*(?:[,|·–—-]\s*(?:[^.!?]|\.(?=\w)){0,60})?$"
)
"""``By Ana Ferreira and Tom Okafor``, ``By Sam Whitlock, Transport Correspondent``, ``By Name | name@site.example``,
``by: Name``."""
_MADE_BY = re.compile(
    r"^(?i:made|asked|answered|tabled) by\s*:\s*(?:[A-Z][\w'’.-]*\s*){1,5}(?:\([^()]{2,80}\))?$"
)
"""A parliamentary record's field naming who made a written statement or asked a question: ``Made by: Name (Role)``."""
_CREDIT = re.compile(
    r"(?:\b(?i:photo(?:graph)?s?|images?|pictures?|illustration|credit)\s*:\s*"
    r"[A-Z][\w'’.&-]*(?:[ /][A-Z][\w'’.&-]*){0,5}"
    r"|\([^()]{0,30}\b(?i:photo)/[^()]{2,60}\)|\((?i:photo(?:graph)?s? by) [A-Z][^()]{2,60}\)"
    r"|\b(?i:getty images)\b.{0,40}"
    r"|\b[A-Z][\w.&-]{1,40}/[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}(?: [\w ,]{0,30})?)\W*$"
)
"""A caption's credit at its end: ``Photograph: Martin Dale/The Ledger``, ``(AP Photo/Name)``, ``(Photo by Name /
Site)``, ``AGENCY/Name``. (The agency's name is bounded: a long line of words and hyphens is searched in linear
time.)"""
_ENDS_ON_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.$", re.IGNORECASE)
"""A line ending on a time (``…, 10 a.m.``)."""
_CAPTION = re.compile(r"^(?:video|photo|image|gallery)\s*:\s", re.IGNORECASE)
"""A caption by its label: ``Video: Crews at work on …``."""
_CONTRIBUTORS = re.compile(
    r"^(?:additional )?(?:reporting|writing|editing) by\b"
    r"|contributed(?: reporting)? to this (?:report|story|article)\.?$",
    re.IGNORECASE,
)
_COMMENT_WORDS = ("comment", "respons", "repl", "thought")
"""The words one of which every line ``_COMMENTS`` matches holds."""
_COMMENTS = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|thoughts)(?:\s+(?:on|to)\s+[\"“‘'].*)?|comments?\s*(?:\(\d+\))?:?"
    r"|leave a (?:reply|comment)\b.*)(?<![.!?])$",
    re.IGNORECASE,
)
"""The line that opens readers' comments (``12 thoughts on "…"``, ``Comments (3)``, ``Leave a reply``; no sentence)."""
_PLACEHOLDER = re.compile(r"^(?:\w+ ){0,3}\w+(?:…|\.\.\.)$")
"""A form field's placeholder: ``Type your email…``, ``Write a comment...``."""
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_LINK_ONLY = re.compile(r"^(?:[-*+•]\s*)?\[[^\]]+\]\([^)]+\)\W*$")
_LINK_MARK = re.compile(r"\s\[(?:link|url)\]$|:?\s+<?https?://\S+>?$", re.IGNORECASE)
"""A link as a plain-text e-mail marks it (``View this email in your browser [link]``) or writes it out (``View this
email in your browser: https://…``)."""
_TO_ELSEWHERE = re.compile(
    r"^(?:follow|read|watch|see|listen|sign up|subscribe|more (?:at|on)\b|more:|retrieved from|"
    r"for (?:further|more) information)\b",
    re.I,
)
"""How a line sending readers elsewhere opens (``Follow … at https://…``, ``Retrieved from "https://…"``, ``For
further information, please contact:``); its last word is a link or ``contact:``."""
_EMPHASIS = "*_ \t"
_RULE = re.compile(r"^[\W_]{3,}$")
_QUOTES = ("\"", "“", "‘", "'")
_CLOSING_QUOTES = ("\"", "”", "’", "'")
_WRAPPED_CHARS = 40
"""Each line of a paragraph wrapped on several lines but its last is at least this long (a menu's are not)."""
_JUDGED = r"date of (?:the )?judge?ment|judge?ment (?:date|delivered|given|handed down)|(?:date )?handed down"
"""How a judgment's page labels the day it was given (``Date of judgment:``, ``Handed down``): the document's day."""
_HEARD = r"hearing dates?|dates? of (?:the )?hearing"
"""How it labels the day of the hearing, which dates the page only when nothing else does."""
_LABEL = rf"(?:first |originally )?(?:{_JUDGED}|{_HEARD}|published|posted|released|issued|dated?|sent|delivered on)"
_DATE_LABEL = re.compile(rf"^(?P<label>{_LABEL})\s*(?::|on\b)?\s*", re.IGNORECASE)
_JUDGED_LABEL = re.compile(rf"^(?:delivered|{_JUDGED})", re.IGNORECASE)
_HEARD_LABEL = re.compile(rf"^(?:{_HEARD})", re.IGNORECASE)
_PUBLISHED_BESIDE = re.compile(r"(?:[|·•(,;–—]|\s-)\s*(?:first |originally )?published\s*(?::|on\b)?\s*", re.IGNORECASE)
"""The day a page was published, beside an update's stamp (``Updated <day> | Published <day>``, ``<day> (first
published <day>)``)."""
_CRUMB = re.compile(r"\s[|›»>]\s")
"""What parts a section from its topic or a crumb from the next (``NEWS | KARSK MINE``, ``Home > News``)."""
_STILL = re.compile(r"^still (?:current|valid)\b", re.IGNORECASE)
_WAS_HELD = re.compile(r"\b(?:was|were) held (?:at|in|on)\b", re.IGNORECASE)
"""A first sentence telling where and when a briefing took place (``The briefing was held at the ministry on …``)."""
_LABEL_BEFORE = re.compile(rf"\b{_LABEL}\s*:?$", re.IGNORECASE)
_GLUED_TIME = re.compile(
    r"(\b(?:19|20)\d\d(?=\d{1,2}:\d\d\b|[A-Z][a-z])|\b\d{1,2}:\d\d(?=\d{1,2}:\d\d\b|\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|[A-Z][a-z])"
    r"|[a-z](?=\d{1,2}([/.-])\d{1,2}\2\d{4}\b))"
)
_FIELD = re.compile(r"^[A-Z][\w .]{0,20}(?::|\b[Nn]o\.)\s")
"""A field of a release's header: ``Contact: …``, ``Release no.: …``, ``Ref. No. …``."""
_ISSUE = re.compile(r"^(?:issue|no\.|vol(?:ume)?\.?)\s*#?\d[\d,]*\b", re.IGNORECASE)
"""A newsletter's issue line under its masthead (``Issue 1,184 | Monday 30 November 2026``, ``Issue #212``)."""
_MAIL_FIELD = re.compile(
    r"^(?:from|sent|to|cc|bcc|subject|date|reply-to|return-path|message-id|mime-version|content-type|"
    r"content-transfer-encoding|list-(?:unsubscribe|id|post)|x-[\w-]+)\s*:\s",
    re.IGNORECASE,
)
"""A field of an e-mail's header pasted with it (``From: Press Office <…>``): no headline."""
_WEEKDAY = re.compile(r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", re.IGNORECASE)
_AT_DAY = re.compile(
    r"\b(?:(?:\d{1,2}[:.]\d\d|\d{3,4}(?=\s*[ap]\.?m\b))\s*(?:[ap]\.?m\b\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|wed|thu|fri|sat|sun)\.?\s*$)",
    re.IGNORECASE,
)
"""A time or a weekday beside a day (``Wednesday, January 28, 2026, 4:30 p.m.``, ``- 17:00 ET``, a weather
bulletin's ``1100 AM EDT Wed`` right before it)."""
_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*,?\s?){1,3}")
"""A place opening a date line, before its day (``Brussels, 23/02/2026 - 09:14, ID: …``); ``… debated on`` is none."""
_UPDATE_WORD = re.compile(r"^update(?:d\b|\s*\d+\b|\b)", re.IGNORECASE)  # ``UPDATE 2 – <day>``, ``Updated <day>``
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)  # a time after a day
_TIMED_UPDATE = re.compile(
    r"^(?:update(?:d)?(?:\s*\d+(?![\d:.]))?|original (?:post|report|story)|first (?:posted|published|reported))"
    r"\s*(?:at\s*)?[:–—-]?\s*(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)\s*(?P<half>[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
    re.IGNORECASE,
)
"""An update's header with its time and no day (``Update 19:15``, ``Original post 16:30``, ``UPDATE 2 at 9.40 pm``)."""
_UPDATE_STAMP = re.compile(r"(?:^|[/|·•]\s*)(?:last )?updated\b", re.IGNORECASE)
"""An update's stamp, perhaps after a byline (``Desk / Site / Updated: Mar 17, 2026, 19:06 IST``)."""
_CONTACT = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|^(?:for )?(?:media|press|news) (?:enquiries|inquiries|contacts?)\b"
    r"|^(?:enquiries|inquiries|contacts?)\s*:|^(?:contact|call) us\b",
    re.IGNORECASE,
)
"""A contact line's marks: an e-mail address (tried from the start of its run of letters only: linear time on a long
line), ``Media enquiries``, ``Contact:``, ``Contact us``."""
_PHONE = re.compile(r"\+?\(?\d[\d ()-]{6,}\d")
_PHONE_DIGITS = 10
_FORM_HEADING = re.compile(
    r"(?:(?:draft|approved|amended|official|certified|partial|verbatim|full|public)\s+)*"
    r"(?:transcript(?:\s+of\s+(?:the\s+)?(?:proceedings|hearing|sentencing|trial|evidence))?|proceedings|"
    r"sentencing\s+remarks|remarks\s+on\s+sentenc(?:e|ing)|judge?ment|reasons\s+for\s+(?:judge?ment|sentence|decision)"
    r"|ruling|in\s+the\s+[\w\s',]{0,60}?\bcourts?\b[\w\s',]{0,60})(?:\s+(?:of|by|before)\s+[^.!?]{1,80})?"
    r"|(?:neutral\s+citation(?:\s+number)?|case|claim)\s*(?:no\.?|number)?\s*:.*",
    re.IGNORECASE,
)
"""A court record's form heading, which names no case."""
_CASE_NAME = re.compile(r"^\S.*?\s(?:v|vs|versus)\.?\s+\S", re.IGNORECASE)
"""A line naming a case: ``Harbour Board of Kelby v Ode``, ``R v Paul Ode``, ``HARBOUR BOARD v. PAUL ODE``."""
_VERSUS = re.compile(r"-?\s*(?:v|vs|versus)\.?\s*-?", re.IGNORECASE)
_AND = re.compile(r"-\s*and\s*-", re.IGNORECASE)
_ROLE = re.compile(
    r"\(?(?:(?:first|second|third|\d(?:st|nd|rd|th))\s+)?(?:claimants?|defendants?|appellants?|respondents?|applicants?"
    r"|petitioners?|interested part(?:y|ies)|between\s*:?)\)?",
    re.IGNORECASE,
)
"""A party's role under its name in a judgment's heading, or the ``Between:`` over them."""
_CASE_REACH = 30
"""How many lines from the top a line naming the case may stand."""
_CASE_CHARS = 150
_CUES = 4
_TOLD = re.compile(r"\b(?:said|told|\w{3,}ed)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|shall|would|next|last|since|until|till|before|after|by|from|coming)\b|['’]ll\b", re.I)
_OTHER_PAGES = re.compile(
    r"^(?:(?:the )?latest|more|other|recent|related|previous|top|popular|further)(?: [\w-]+)?"
    r" (?:news|stories|articles|(?:press |news )?releases|posts|updates|headlines)\s*:?$",
    re.IGNORECASE,
)
"""The heading of a list of other pages: ``Latest news``, ``More press releases``, ``Recent stories``."""
_DOWNLOAD = re.compile(
    r"^download (?:the |this |our )?(?:full |complete )?(?:\w+ )?(?:report|release|statement|document|pdf)\b[^.!?]*$",
    re.IGNORECASE,
)
"""A report page's button over its text (``Download the full report``), chrome on a page with no other."""
_WEATHER_PRODUCT = re.compile(
    r"(?:(?:post-|potential )?(?:sub)?tropical (?:storm|depression|cyclone)|hurricane|typhoon|remnants of) [\w-]+"
    r"(?: (?:intermediate|special))?(?: public)? (?:advisory|discussion|update|local statement)(?: number \d+[a-z]?)?",
    re.IGNORECASE,
)
"""A weather service's product line, its title: ``Hurricane Ada Advisory Number 14``, ``Tropical Storm Ben
Discussion Number 3``."""
_PRODUCT_REACH = 8
_MENU_WORDS = 4
"""The most words of a menu's line in another script."""
_ITEM_WORDS = 40
"""The most words of an item debated (``5. Safety of river ferries (debate)``) under a record's name."""
_REPOSITORY_FIELD = re.compile(
    r"^(?:format|content format|source|posted|originally published|(?:primary )?country|theme"
    r"|disaster(?: type)?|language|origin)$",
    re.IGNORECASE,
)
"""A label alone on its line in a repository's field block (ReliefWeb's ``Format``, ``Source``, ``Posted``,
``Originally published``, ``Country``), its value on the line under it."""
_FIELDS = 2
"""A field block has at least this many labels."""
_MORE = re.compile(r"^\+\s?\d+ more$", re.IGNORECASE)
"""A field's list cut short: ``+ 2 more``."""
_UPDATED = re.compile(r"^(?:[•·▪]\s*)?(?:last |page )?(?:updated|modified|reviewed)\b", re.IGNORECASE)
_REVISED = re.compile(
    r"^(?:[•·▪]\s*)?(?:(?:this )?(?:page|article|content|information) (?:was )?)?last "
    r"(?:updated|modified|reviewed|revised|changed)\b|^(?:page|content) (?:updated|modified|reviewed)\b",
    re.IGNORECASE,
)
"""A stamp of the page's last change: ``Last modified: …``, ``Page last reviewed: …``, ``This page was last updated
on …`` (not a story's ``Updated …``)."""


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """What a pasted page's lines are: chrome, the headline's line, the article's date."""

    skip: frozenset[int]
    headline: int | None
    date: date | None
    title: str | None = None
    """The headline's words: its line, and the line above or under it that goes on from it (``Press conference``
    then ``by …``)."""


def read_article_page(lines: list[str], hidden: frozenset[int] = frozenset()) -> ArticlePage:
    """Read an article's lines (not a transcript's; ``hidden``: lines the format hides, such as Markdown headings):
    the lines of site chrome, the headline, the publication date (the day a speech was delivered before the day it
    was published)."""
    text = [_plain(line) for line in lines]
    units = _units(text, hidden)
    # A note (``(Applause)``) is skipped alone: no sign of a page, no chrome beside a short line; a credit is chrome
    notes = {unit[0] for unit in units if NOTE.match(text[unit[0]]) and not _CONTRIBUTORS.match(text[unit[0]][1:])}
    first = [unit[0] for unit in units if unit[0] not in notes]
    marked = {n for n in first if _is_marked_chrome(text[n]) or is_menu(lines[n])}
    marked |= {n for label, n in pairwise(first) if _DATE_LABEL.fullmatch(text[label]) and _opens_with_day(text[n])}
    marked |= _other_script_menu(text, first)
    fields = _field_block(text, first)
    marked |= fields
    headline, confirmed = _headline(text, [n for n in first if n not in fields], marked)
    when = _page_date(text, first, headline)
    mail, subject = _mail_head(text, first)
    # A page with no chrome (and no title a fixed form names): but a byline over the first paragraph, its only chrome
    if not _has_chrome(text, first, marked) and _named_head(text, first) is None:
        opening = list(takewhile(lambda n: not _is_prose(text[n]), first))[:_LOOKAHEAD]
        byline = [  # ``ISSUED 10:00 <day>``, ``Download the full report``
            n for n in opening if _BYLINE.match(text[n]) or is_date_stamp(text[n]) or _DOWNLOAD.match(text[n])
        ]
        return ArticlePage(frozenset([*mail, *byline]), None, when, None if headline is not None else subject)
    # Under the article's first paragraph a date alone is a live page's heading (``Sunday 2 October``), not chrome
    start = next((n for n in first if n > (headline or -1) and _is_prose(text[n]) and n not in marked), len(text))
    marked -= {n for n in first if n > start and _is_date_line(text[n]) and not _labelled(text[n])}
    # Under the first paragraph and the article's own byline or date line, ``By the numbers`` over a paragraph is a
    # subheading; under the last paragraph, a credit (``By AGENCY``)
    opened = next((n for n in first if _opens_article(text[n])), len(text))
    last = max((n for n in first if _is_prose(text[n]) and not _SITE.search(text[n])), default=-1)
    marked -= {n for n in first if max(start, opened) < n < last and _BYLINE.match(text[n])}
    skip = _chrome_lines(text, first, marked, headline, confirmed) | notes
    # Readers' comments under the article are not its text: from the line opening them (``12 comments``) on
    comments = next((n for n in first if n > start and _COMMENTS.match(text[n])), len(text))
    comments = min(comments, story_end(text, start))
    foot = min(comments, _foot(text, first, start))
    skip.update(n for n in first if n >= foot)
    skip.update(mail)
    title = None if headline is not None else subject
    if headline is not None:  # a line opening in lower case and no sentence goes on from the line above (``by …``)
        at = first.index(headline)
        flair = at + 2 < len(first) and _words(text[first[at + 1]]) == 1 and not text[first[at + 1]].isupper()
        if flair and _is_prose(text[first[at + 2]]):
            skip.add(first[at + 1])  # a post's flair or a kind word between its headline and its text (``Discussion``)
        goes_on = [
            p
            for p in (at, at + 1)
            if 0 < p < len(first) and _plain(lines[first[p]])[:1].islower() and not _sentence(text[first[p]])
            and _words(text[first[p]]) > 1  # a menu's word (``edit``) goes on from nothing
        ]
        parts = [first[p] for p in range(min([at, *goes_on]) - bool(at in goes_on), max([at, *goes_on]) + 1)]
        parts = parts if not marked & set(parts) else [headline]
        title = " ".join(_plain(lines[n]) for n in parts)
        issue = next((text[n] for n in first if n > parts[-1]), "")  # a newsletter's masthead over its issue line
        if subject and (_FIELD.match(title) or _LINK_MARK.search(title) or _ISSUE.match(issue)):  # ``Pooler: Name``,
            title = subject  # ``View … [link]``: under a subject, a field, a link or a masthead is no headline
        skip.update(parts)
        below = first[first.index(parts[-1]) + 1] if parts[-1] != first[-1] else None
        if below is not None and not confirmed and _headline_like(text[below]) and _under_title(title, text[below]):
            skip.add(below)  # a report's subtitle under its title
    return ArticlePage(frozenset(n for unit in units if unit[0] in skip for n in unit), headline, when, title)


def case_title(title: str, lines: list[str]) -> str:
    """A court record's title: in place of a form's heading (``TRANSCRIPT OF PROCEEDINGS``, ``Sentencing remarks``,
    ``IN THE CROWN COURT AT KELBY``), the line near the top that names the case (``R v Paul Ode``, or ``R`` / ``v`` /
    ``PAUL ODE`` on three lines, or the parties around ``- and -``); ``title`` when it is no such heading or no line
    names a case."""
    if not _FORM_HEADING.fullmatch(_plain(title).strip(" .:")):
        return title
    text = [_plain(line) for line in lines if line.strip()][:_CASE_REACH]
    for n, line in enumerate(text):
        if _CASE_NAME.match(line) and not reads_as_sentence(line) and len(line) <= _CASE_CHARS:
            return line
        if 0 < n < len(text) - 1 and _VERSUS.fullmatch(line) and not any(map(reads_as_sentence, text[n - 1 : n + 2])):
            return f"{text[n - 1]} v {text[n + 1]}"
    return _parties(text) or title


def _parties(text: list[str]) -> str | None:
    """``A v B`` from a judgment's parties: ``Between:`` / A / ``Claimant`` / ``- and -`` / B / ``Defendant``."""
    for n, line in enumerate(text):
        if not _AND.fullmatch(line):
            continue
        above = [m for m in text[:n] if not _ROLE.fullmatch(m)][-1:]
        below = [m for m in text[n + 1 :] if not _ROLE.fullmatch(m)][:1]
        if above and below and not any(map(reads_as_sentence, above + below)):
            return f"{above[0]} v {below[0]}"
    return None


def before_comments(lines: list[str]) -> list[str]:
    """The lines over the one opening readers' comments under a paragraph (``Comments (3)``), where a comment's stamp
    (``Ann_K · 12 May 2026, 09:14``) is no date line of the page; all of them when none opens comments."""
    lead = next((n for n, line in enumerate(lines) if _is_prose(_plain(line))), len(lines))
    for n in range(lead + 1, len(lines)):
        lowered = lines[n].lower()  # a cheap test first: only a line naming comments or replies can open them
        if any(word in lowered for word in _COMMENT_WORDS) and _COMMENTS.match(_plain(lines[n])):
            return lines[:n]
    return lines


def is_date_stamp(line: str) -> bool:
    """Whether a line is a labelled day and nothing more, perhaps with its time (``ISSUED 10:00 3 March 2025``,
    ``Published: 3 March 2025``): it dates the text, it is no passage nor its title."""
    text = _plain(line)
    return _labelled(text) and _is_date_line(text) and bool(page_days(text)) and not _sentence(text)


def page_foot(lines: list[str]) -> int:
    """Where a saved page's foot opens under its first paragraph: at the story's end line (``story_end``), or at a
    line sending readers elsewhere (``For further information, please contact:``, ``Related …``) with no paragraph
    under it."""
    text = [plain(line) for line in lines]
    prose = [n for n, line in enumerate(text) if _is_prose(line)]
    last = max(prose, default=len(text))
    pointers = (n for n in range(prose[0] + 1 if prose else len(text), len(text)) if n > last and _sends_away(text[n]))
    return min(story_end(lines), next(pointers, len(text)))


def _sends_away(text: str) -> bool:
    return _to_elsewhere(text) or points_elsewhere(text)


def story_end(lines: list[str], start: int = -1) -> int:
    """The line closing the story under ``start`` (``(END)``, ``—000—``, an agency's sign-off), or past the end:
    under it the page's foot or another story of a list page opens; by default, under the first line of prose. A
    table's cell ``End`` is none."""
    start = start if start >= 0 else next((n for n, line in enumerate(lines) if _is_prose(plain(line))), len(lines))
    ends = (n for n in range(start + 1, len(lines)) if ends_story(lines[n]))
    return next((n for n in ends if not re.fullmatch(r"[Ee]nd\.?", plain(lines[n]))), len(lines))


def _units(text: list[str], hidden: frozenset[int]) -> list[list[int]]:
    """The lines read together: in a text wrapped in blocks, a block whose lines but its last are long (a paragraph,
    not a menu); else each line alone."""
    lines = [n for n, line in enumerate(text) if line and n not in hidden]
    blocks: list[list[int]] = []
    for number in lines:
        if blocks and blocks[-1][-1] == number - 1:
            blocks[-1].append(number)
        else:
            blocks.append([number])
    wrapped = is_hard_wrapped([line if n not in hidden else "" for n, line in enumerate(text)])
    units: list[list[int]] = []
    for block in blocks:
        heading = block[:1] if _heads_paragraph(text, block) else []
        block = block[len(heading) :]  # a heading right over its paragraph (no blank line between) is read alone
        units.extend([n] for n in heading)
        paragraph = all(len(text[n]) >= _WRAPPED_CHARS and not _is_list_item(text[n + 1]) for n in block[:-1])
        if (wrapped or heading) and paragraph:
            units.append(block)
            text[block[0]] = " ".join(text[n] for n in block)  # a unit's text, read on its first line
        else:
            units.extend([n] for n in block)
    return units


def _heads_paragraph(text: list[str], block: list[int]) -> bool:
    """Whether a block opens with a heading in capitals or a date line right over its wrapped paragraph (``OPENING
    FILM``, no blank line under it): a short line that is no sentence, over lines as long as a wrapped paragraph's,
    the last ending one."""
    top, rest = text[block[0]], block[1:-1]
    ends = text[block[-1]].rstrip("\"”’')")[-1:] in (".", "!", "?", "…")
    return (top.isupper() or _is_date_line(top)) and len(top) < _WRAPPED_CHARS and not _sentence(top) and bool(rest) \
        and ends and all(len(text[n]) >= _WRAPPED_CHARS for n in rest)


def page_sections(layout: Layout, lines: list[str]) -> tuple[tuple[int, str], ...]:
    """A page's sections: a transcript's topics, else the headers of its dated updates (``update_headers``)."""
    return layout.sections if layout.transcript else update_headers(lines)


def update_headers(lines: list[str]) -> tuple[tuple[int, str], ...]:
    """The headers of a page's dated updates (``UPDATE 2 – August 12, 2026, 9:30 PM`` over its paragraph), when the
    page has two or more: each heads the paragraphs under it as a section, and its day dates them. A header is in an
    update's form (an ``UPDATE``/``Updated`` word or a time beside its day; a timeline's years are not), and the
    days run one way, oldest first or newest first."""
    text = [_plain(line) for line in lines]
    found = tuple(
        (n, text[n])
        for n in range(len(text) - 1)
        if len(days := page_days(text[n])) == 1 and _is_date_line(text[n]) and not _sentence(text[n])
        and (_UPDATE_WORD.match(text[n]) or (_CLOCK.search(text[n][days[0][1] :]) and not _labelled(text[n])))
        and _opens_on_sentence(text[n + 1 : n + 9])
    )
    order = [page_days(header)[0][2] for _, header in found]
    one_way = order == sorted(order) or order == sorted(order, reverse=True)
    return found if len(found) >= 2 and one_way else _timed_updates(text)


def _timed_updates(text: list[str]) -> tuple[tuple[int, str], ...]:
    """The headers of a page's updates that give their time and no day (``Update 19:15`` … ``Original post 16:30``
    over its paragraph), when the page has two or more and their times run one way: each heads the paragraphs under
    it as a section and dates none."""
    found = [
        (n, text[n], match)
        for n in range(len(text) - 1)
        if (match := _TIMED_UPDATE.match(text[n])) and _opens_on_sentence(text[n + 1 : n + 9])
    ]
    order = [_minutes(match) for _, _, match in found]
    one_way = order == sorted(order) or order == sorted(order, reverse=True)
    return tuple((n, header) for n, header, _ in found) if len(found) >= 2 and one_way else ()


def _minutes(match: re.Match[str]) -> int:
    """The minutes past midnight of an update header's time (``_TIMED_UPDATE``), ``9.40 pm`` read as 21:40."""
    hour, half = int(match["hour"]), (match["half"] or "").lower()
    if half:
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    return hour * 60 + int(match["minute"])


def post_headlines(lines: list[str], headers: tuple[tuple[int, str], ...]) -> set[int]:
    """The line right under each update's header that is in headline form over the update's first sentence (a live
    page's post: its time, its headline, its text): the post's own words, not chrome."""
    found = set()
    for header, _ in headers:
        under = [n for n in range(header + 1, min(len(lines), header + 4)) if lines[n].strip()][:2]
        if len(under) == 2 and _headline_like(_plain(lines[under[0]])) and _sentence(_plain(lines[under[1]])):
            found.add(under[0])
    return found


def signed_day(lines: list[str]) -> date | None:
    """The day a release is signed on at its foot: a date alone on its last line, under a signature's lines (a name,
    a role) that are no sentences, under the release's paragraphs."""
    text = [_plain(line) for line in lines if line.strip()]
    if len(text) < 3 or not _is_date_line(text[-1]) or _sentence(text[-2]) or not any(map(_is_prose, text)):
        return None
    return next((day for *_, day in page_days(text[-1])), None)


def caption_cues(lines: list[str]) -> tuple[set[int], set[int]]:
    """A video's transcript pasted with its cues (``0:03`` alone on a line, then the words said from then): the cue
    lines and the lines of words under them, when there are four such pairs or more; else two empty sets."""
    cues = [n for n in range(len(lines) - 1) if TIME_ALONE.match(lines[n]) and lines[n + 1].strip()]
    said = {n + 1 for n in cues if not TIME_ALONE.match(lines[n + 1])}
    return (set(cues), said) if len(said) >= _CUES else (set(), set())


def _opens_on_sentence(lines: list[str]) -> bool:
    """Whether the lines from the first filled one up to a blank one open with a sentence, perhaps wrapped over
    several (a saved page parts its blocks with blank lines)."""
    block = list(takewhile(bool, dropwhile(lambda line: not line, lines)))
    return any(_sentence(" ".join(block[:end])) for end in range(1, len(block) + 1))


def _plain(line: str) -> str:
    """A line's words as read here: spaces collapsed, emphasis off, a year or a time parted from a time or a word glued
    to it (``November 18, 20252:47 PM``, ``March 14, 2026Updated 7:12 a.m.``, ``14:22Modified``, ``14:0520/10/2026``,
    ``Straits Times26-11-2026``, as sites paste)."""
    return _GLUED_TIME.sub(r"\1 ", plain(line).strip(_EMPHASIS))


def _is_marked_chrome(text: str) -> bool:
    """A line that is chrome by its form: a byline, a caption's credit, a credit line, a note, an image, a link
    alone; and unless it is a paragraph, site chrome, a date line or a label (``From:``)."""
    marks = (
        _BYLINE, _MADE_BY, _CREDIT, _CAPTION, _CONTRIBUTORS, NOTE, _MARKDOWN_IMAGE, _LINK_ONLY, _PLACEHOLDER,
        RUNNING_HEAD,
    )
    if any(p.search(text) for p in marks) or _date_and_time(text) or is_page_chrome(text):
        return True
    return not _sentence(text) and bool(
        is_edge_chrome(text) or _CHROME.search(text) or _is_date_line(text) or text.endswith(":")
        or points_elsewhere(text)  # ``Also read: <another page's headline>``
    )


def _other_script_menu(text: list[str], filled: list[int]) -> set[int]:
    """The short lines over an article's first paragraph written in another script than its paragraphs (an Arabic or
    Cyrillic menu over an English article): the site's menu in its own language."""
    prose = [text[n] for n in filled if _is_prose(text[n])][:3]
    letters = [ch for line in prose for ch in line if ch.isalpha()]
    if not letters or sum(_latin(ch) for ch in letters) * 10 < len(letters) * 9:
        return set()
    top = list(takewhile(lambda n: not _is_prose(text[n]), filled))
    return {
        n for n in top
        if _words(text[n]) <= _MENU_WORDS and any(ch.isalpha() for ch in text[n])
        and not any(_latin(ch) for ch in text[n] if ch.isalpha())
    }


def _latin(letter: str) -> bool:
    return letter.isascii() or unicodedata.name(letter, "").startswith("LATIN")


def _sentence(text: str) -> bool:
    """A sentence, or the words that open a quotation or a list (``Harriet Kemble said:``)."""
    text = CLOSING_BRACKET.sub("", text)  # a bracket ends no sentence: ``… (November 12, 2026)``
    words = WORD.findall(text)
    return reads_as_sentence(text) or (text.endswith(":") and len(words) >= 3 and any(w[0].islower() for w in words))


def _is_prose(text: str) -> bool:
    return _sentence(text) and len(WORD.findall(text)) >= _PROSE_WORDS


def _date_and_time(text: str) -> bool:
    """A date line whose date and time are all of it but a few words (``Thursday, 19 February 2026, 10 a.m.``): no
    sentence, though it ends on a dot; not one going on past its date (``Issued on <day>, the warning … 6 p.m.``)."""
    time = _ENDS_ON_TIME.search(text)
    day = around_day(text[: time.start()]) if time else None
    return day is not None and len(WORD.findall(f"{day[0]} {day[1]}")) <= 3


def _is_date_line(text: str) -> bool:
    """A line that is a date, a date and a time, or a labelled date (``Published 7 May 2025``, ``Updated …``)."""
    if _UPDATED.match(text) or _DATE_LABEL.fullmatch(text):
        return True
    if (day := around_day(text)) is None:
        return False
    before, after = (_AT_DAY.sub(" ", part).strip(" ,-–—") for part in day[:2])  # a weekday or a time is no word
    rest = f"{before} {after}"
    at_edge = not before or _PLACE.fullmatch(before) is not None or (not after and len(WORD.findall(rest)) <= 6)
    alone = len(WORD.findall(rest)) <= 3 or (at_edge and not _sentence(text) and not _dated_headline(before, after))
    labelled = not after and _LABEL_BEFORE.search(before) is not None and not _sentence(text)  # ``By … Date <day>``
    return alone or labelled or _DATE_LABEL.match(text) is not None


def _dated_headline(before: str, after: str) -> bool:
    """Whether the words before a day closing a line are a headline in capitals (``City Council Regular Meeting
    Minutes - October 6, 2026``), not a date line's label (``Volume 771: debated on …``) nor a byline's name and role
    parted from the day by a dot (``Name, News Editor • November 5, 2026``)."""
    return not after and in_headline_capitals(before) and not before.endswith(("•", "·", "|"))


def _opens_with_day(text: str) -> bool:
    day = around_day(text)
    return day is not None and not day[0]


def _opening_day(text: str) -> date | None:
    """The day a text opens with, perhaps after its weekday (``Saturday 25 November 2023``)."""
    days = page_days(text)
    return days[0][2] if days and _WEEKDAY.match(text[: days[0][0]]) else None


def _labelled(text: str) -> bool:
    return bool(_UPDATED.match(text) or _DATE_LABEL.match(text))


def _has_chrome(text: list[str], filled: list[int], marked: set[int]) -> bool:
    """Whether the text shows a web page around it: two lines of chrome by their form, or a run of four short lines
    that are no sentences (a menu)."""
    if len([n for n in marked if not _RULE.match(text[n])]) >= 2:
        return True
    run = 0
    for n in filled:
        run = run + 1 if not (_sentence(text[n]) or _is_list_item(text[n]) or states_fact(text[n])) else 0
        if run >= 4:
            return True
    return False


def _is_list_item(text: str) -> bool:
    return re.match(r"^(?:[-*+•▪]|\(?\d{1,2}[.)])\s", text) is not None


def _field_block(text: list[str], first: list[int]) -> set[int]:
    """A repository's block of fields over the article's first paragraph (``Format`` / ``News and Press Release``,
    ``Source`` / the agency, ``Country`` / its names): each label alone on its line and the value under it, no
    headline; a day under its label (``Posted`` / ``3 Dec 2026``) is left to date the page."""
    head = list(takewhile(lambda n: not _is_prose(text[n]), first))
    labels = [p for p, n in enumerate(head) if _REPOSITORY_FIELD.match(text[n])]
    if len(labels) < _FIELDS:
        return set()
    found = {head[p] for p in labels}
    for p in labels:  # its value, and ``+ 2 more`` under it
        for q in range(p + 1, min(p + 3, len(head))):
            value = text[head[q]]
            if _REPOSITORY_FIELD.match(value) or _opens_with_day(value) or (q > p + 1 and not _MORE.match(value)):
                break
            found.add(head[q])
    return found


def _mail_head(text: list[str], first: list[int]) -> tuple[list[int], str | None]:
    """The fields of an e-mail's header opening the page (``From:``, ``To:`` …) and its ``Subject:``, if any."""
    fields = list(takewhile(lambda n: _MAIL_FIELD.match(text[n]) is not None, first))
    subject = next((text[n].split(":", 1)[1].strip() for n in fields if text[n][:7].lower() == "subject"), None)
    return fields, subject or None


def _headline(text: list[str], filled: list[int], marked: set[int]) -> tuple[int | None, bool]:
    """The headline and whether it is confirmed: a line in headline form the page gives twice over its first
    paragraph (a record's title page, then its first page), at its second place. Else over the first byline or
    date line above most of the paragraphs, the longest line in headline form among the four above it (the line
    above it when that one is a summary under it; among six when the four hold only names), or when there is none
    or that line is a release's ``Date:`` field, the line in headline form under it (chrome and fields such as
    ``Contact: …`` passed over); else the last line in headline form with a paragraph under it and none above (a
    subheading has one)."""
    if (named := _named_head(text, filled)) is not None:
        return named, True
    kinds = [_kind(text[n], n in marked) for n in filled]
    eligible = [
        n not in marked and _headline_like(text[n]) and not _MAIL_FIELD.match(text[n])
        and not (position and (text[filled[position - 1]].endswith(":") or written_by(text[filled[position - 1]])))
        and not (_FIELD.match(text[n]) and _words(text[n].split(":", 1)[-1]) <= 3) and len(page_days(text[n])) < 2
        and not _is_contact(text[n]) and not _names_list(text[n])
        for position, n in enumerate(filled)
    ]  # no chrome, no sentence, not a label and its short value (``Editor: Name``) nor the value of a label alone,
    # nor the words under a field naming who wrote them (``Asked by: Name (Town)``), nor a span of days (``Valid
    # from 06:00 Sat 24 Jan 2026 to 21:00 Sat 24 Jan 2026``), nor a contact line, nor a label over a list of names
    # (``Justices: Lord A, Lady B, Lord C``)
    after_it = total = kinds.count("prose")
    head = filled[: kinds.index("prose") if total else 0]
    top = [n for p, n in enumerate(head) if eligible[p]]
    given = Counter(text[n] for n in top)
    twice = [n for n in top if given[text[n]] > 1 and not _in_block_twice(text, filled, n)]
    # The line in headline form over each byline or date line (or over a kind line over it, ``Press Release``):
    backed = [  # when one of them is given once, it is the menus that repeat
        next((q for q in (p - 1, p - 2) if q >= 0 and eligible[q]), None)
        for p, n in enumerate(head) if p and _opens_article(text[n])
    ]
    if twice and all(given[text[head[q]]] > 1 for q in backed if q is not None):
        return twice[-1], True  # a title page, then the title again over the record's first page
    found, mail = None, set(_mail_head(text, filled)[0])
    for position, n in enumerate(filled):
        after_it -= kinds[position] == "prose"
        if after_it * 2 <= total:
            break
        passed = _teaser_stamp(text, filled, kinds, position) or _dated_title(text, filled, position)
        if _opens_article(text[n]) and n not in mail and not passed:
            words = {p: _words(text[filled[p]]) for p in range(max(0, position - _REACH), position) if eligible[p]}
            window = [p for p in words if p >= position - 4]
            label = _DATE_LABEL.match(text[n])  # a release's ``Date:`` or ``Posted:`` field, over ``Contact: …``
            if not window or (label and label["label"].lower() in ("date", "dated")):  # a headline may open ``Scoop:``
                for p in range(position + 1, min(position + 1 + _LOOKAHEAD, len(filled))):
                    field = label is not None and _FIELD.match(text[filled[p]]) is not None
                    if eligible[p] and not field:
                        return filled[p], True
                    if kinds[p] != "chrome" and not field:
                        break
            if heads := [p for p in range(max(0, position - 2), position) if _dated_title(text, filled, p)]:
                return filled[heads[-1]], True  # ``Offensive Campaign Assessment, November 27, 2026`` over its stamp
            if not words:
                continue
            window = window or list(words)  # the four lines over it all chrome (counts, a share bar): six lines up
            if _headline_under(kinds, eligible, position, max(window)):
                return filled[position + 1], True  # the site's name, its menu and a kind line over the date line
            if (named := _names_day_of(text, filled, list(words), n)) is not None:
                return named, True  # ``Council Meeting Minutes - October 6, 2026`` over ``Tuesday, October 6, 2026``
            # A headline over its summary, then the site's lines (``Share``, a caption) over the byline
            led = [p for p in words if p + 1 < position and kinds[p + 1] == "prose" not in kinds[p + 2 : position]]
            if led:
                return filled[led[-1]], True
            best = max(window, key=words.__getitem__)
            fields = [p for p in window if _FIELD.match(text[filled[p]])]
            best = fields[0] if len(fields) == len(window) > 1 else best  # a block of fields: its first heads it
            if words[best] <= _HEADLINE_WORDS[0] and best + 1 < position:  # a name over its role (``Hon Name``
                best = max(words, key=words.__getitem__)  # then ``Prime Minister``): the headline over them
            summary = best - 1 in window and words[best] >= _STANDFIRST_WORDS
            summary = summary and not (_listed(text, filled, best - 1) or in_headline_capitals(text[filled[best]]))
            lead = " ".join([text[m] for p, m in enumerate(filled[position:], position) if kinds[p] == "prose"][:3])
            summary = summary and _tells_of(text[filled[best - 1]], lead)  # not the site's line (``Supported by …``)
            summary = summary and not _CRUMB.search(text[filled[best - 1]])  # nor a section's (``NEWS | TOPIC``)
            return filled[best - 1 if summary else best], True
        under = filled[position + 1] if position + 1 < len(kinds) else None  # a note on the text is prose here
        prose = under is not None and (kinds[position + 1] == "prose" or is_note_on_text(text[under]))
        flair = under is not None and position + 2 < len(kinds) and kinds[position + 1] == "short"  # ``Discussion``
        flair = flair and under is not None and _words(text[under]) == 1 and not text[under].isupper()
        prose = prose or (flair and kinds[position + 2] == "prose") or _over_buttons(text, filled, kinds, position)
        if eligible[position] and prose:
            found = n if not position or kinds[position - 1] not in ("prose", "sentence", "keep") else found
    if found is not None and _standfirst(text, filled, eligible, filled.index(found)):
        found = filled[filled.index(found) - 1]  # ``Man charged after break-in`` over a line telling more
    elif found is not None and _subtitle(text, filled, eligible, filled.index(found)):
        found = filled[filled.index(found) - 1]  # a report's title over its subtitle (``A review of …``)
    return (found if found is not None else _dated_top_line(text, top)), False


def _over_buttons(text: list[str], filled: list[int], kinds: list[str], position: int) -> bool:
    """Whether the line at ``position`` stands over a paragraph with only the page's fixed lines between (a podcast
    host's ``Episode 52`` and ``Send us a text`` under the episode's headline), one of them at least; not links
    (``On this page`` over its list)."""
    under = next((p for p in range(position + 1, len(kinds)) if kinds[p] != "chrome"), None)
    if under is None or under == position + 1 or kinds[under] != "prose":
        return False
    return all(is_chrome(text[filled[p]]) or is_episode_line(text[filled[p]]) for p in range(position + 1, under))


def _named_head(text: list[str], filled: list[int]) -> int | None:
    """The line a fixed form names as the title near the top: a weather service's product line (under its
    ``BULLETIN`` and codes, over its office), or the item debated under a parliament's record name."""
    top = filled[:_PRODUCT_REACH]
    if (product := next((n for n in top if _WEATHER_PRODUCT.fullmatch(text[n])), None)) is not None:
        return product
    record = next((p for p, n in enumerate(top) if RECORD_NAME.match(text[n])), None)
    items = [n for n in top[record + 1 :] if not _is_date_line(text[n])] if record is not None else []
    return items[0] if items and _words(text[items[0]]) <= _ITEM_WORDS else None


def _standfirst(text: list[str], filled: list[int], eligible: list[bool], position: int) -> bool:
    """Whether the line at ``position``, over the first paragraph, is the summary under a headline right above it
    (no date line between): eight words or more, more than the headline's, not in headline capitals; the headline no
    page's first line, no section kicker, and naming a word of five letters or more that the first paragraphs use."""
    if position < 2 or not eligible[position - 1]:
        return False
    line, over = text[filled[position]], text[filled[position - 1]]
    lead = " ".join([text[n] for n in filled[position + 1 :] if _is_prose(text[n])][:3])
    long = _words(line) >= max(_STANDFIRST_WORDS, _words(over) + 1) and not in_headline_capitals(line)
    return long and not _CRUMB.search(over) and not _listed(text, filled, position - 1) and _tells_of(over, lead)


def _subtitle(text: list[str], filled: list[int], eligible: list[bool], position: int) -> bool:
    """Whether the line at ``position`` is a subtitle under the title right above it, as a report's page sets them:
    shorter than the title (of three words or more) and closed by no full stop; the title no menu's item."""
    if position < 1 or not eligible[position - 1]:
        return False
    over = text[filled[position - 1]]
    under = _under_title(over, text[filled[position]])
    return under and not _CRUMB.search(over) and not _listed(text, filled, position - 1)


def _under_title(title: str, line: str) -> bool:
    """Whether ``line``, right under ``title``, may be its subtitle: three words or more, fewer than the title's, no
    full stop closing it."""
    return _HEADLINE_WORDS[0] <= _words(line) < _words(title) and not line.endswith((".", "!", "?", ":"))


def _names_list(line: str) -> bool:
    """Whether a line is a label and a list of three names or more (``Justices: Lord A (President), Lady B, Lord
    C``, ``Present: Ann Lee; Tom Hart; Dr Sam Roy``): each item capitalised words, as a name or a role is written."""
    label = _FIELD.match(line)
    if label is None or ":" not in label.group():
        return False
    items = [item for part in re.split(r"[,;]|\band\b", line[label.end() :]) if (item := part.strip(" ."))]
    return len(items) >= 3 and all(_NAME_ITEM.fullmatch(item) for item in items)


_NAME_ITEM = re.compile(r"(?:(?:[A-Z][\w'’.-]*|of|the|and|de|van|von)\s*){1,5}(?:\([^()]{1,40}\))?")
"""An item of a list of names: capitalised words (a particle between them), a role in brackets after them."""


def _is_contact(line: str) -> bool:
    """Whether a line tells how to reach the office: an e-mail address, a telephone number (ten digits or more), or
    ``Media enquiries``, ``Contact:``, ``Contact us``, ``Call us`` opening it."""
    if _CONTACT.search(line):
        return True
    return any(sum(ch.isdigit() for ch in number) >= _PHONE_DIGITS for number in _PHONE.findall(line))


def _headline_under(kinds: list[str], eligible: list[bool], position: int, over: int) -> bool:
    """Whether the headline stands right under the date line at ``position`` (a paragraph right under it) while
    only chrome parts the date line from the nearest line in headline form over it (the site's or office's name)."""
    under = position + 2 < len(kinds) and eligible[position + 1] and kinds[position + 2] == "prose"
    return under and over < position - 1 and all(kinds[q] == "chrome" for q in range(over + 1, position))


def _dated_title(text: list[str], filled: list[int], position: int) -> bool:
    """Whether the line at ``position`` is a title naming a day (three words or more beside it) over a date line of
    that day one or two lines under it (``The situation as of 08:00 on November 29, 2026`` / ``29.11.2026 08:00``)."""
    line = text[filled[position]]
    day = around_day(line)
    if day is None or _DATE_LABEL.match(line) or not _opens_article(line):
        return False
    if sum(word[0].isalpha() for word in WORD.findall(_AT_DAY.sub(" ", f"{day[0]} {day[1]}"))) < 3:
        return False
    under = [text[n] for n in filled[position + 1 : position + 3] if _opens_article(text[n], dated=True)]
    return any(day[2] in [d for *_, d in page_days(line)] for line in under)


def _teaser_stamp(text: list[str], filled: list[int], kinds: list[str], position: int) -> bool:
    """Whether the byline or date line at ``position`` is a teaser's (another story's summary, headline and stamp
    over the article): a headline with a paragraph over it stands over it, and one paragraph at most lies between it
    and the next such line, which has more under it."""
    if position < 2 or kinds[position - 2] != "prose" or not _headline_like(text[filled[position - 1]]):
        return False
    later = next((q for q in range(position + 1, len(filled)) if _opens_article(text[filled[q]])), None)
    under = islice((p for p in range(later or 0, len(kinds)) if kinds[p] == "prose"), 2)  # two are enough here
    return later is not None and kinds[position:later].count("prose") <= 1 < len(list(under))


def _in_block_twice(text: list[str], filled: list[int], line: int) -> bool:
    """Whether a line given twice stands both times beside the same other line (a masthead and its motto pasted
    twice), not alone (a title page's title, then the title over the first page)."""
    at = [p for p, n in enumerate(filled) if text[n] == text[line]]
    sides = [{text[filled[q]] if 0 <= q < len(filled) else None for q in (p - 1, p + 1)} for p in at]
    return bool(set.intersection(*sides) - {None, text[line]})


def _tells_of(headline: str, lead: str) -> bool:
    """Whether a headline names something the article's first paragraphs tell of: a word of five letters or more."""
    words = {word.lower() for word in WORD.findall(headline) if len(word) >= 5}
    return not words.isdisjoint(word.lower() for word in WORD.findall(lead))


def _names_day_of(text: list[str], filled: list[int], positions: list[int], line: int) -> int | None:
    """The nearest of the lines at ``positions`` that names the day of the date line ``line``."""
    day = next((d for *_, d in page_days(text[line])), None)  # none for a byline
    named = [p for p in positions if day and day in [d for *_, d in page_days(text[filled[p]])]]
    return filled[named[-1]] if named else None


def _dated_top_line(text: list[str], top: list[int]) -> int | None:
    """The last line in headline form over the first paragraph that names a day (``Floods - Flash Update No. 3 (as
    of 5 March 2026)`` over a capitals heading), for a page whose headline has no paragraph right under it."""
    return next((n for n in reversed(top) if page_days(text[n])), None)


def _foot(text: list[str], first: list[int], start: int) -> int:
    """Where the site's foot under the article opens: at a share bar that follows all its paragraphs but one at
    most (two or more above it; a lone share line, only over the site's own words), or at its author's bio (a name
    of the byline, then ``is``/``writes`` …, no question or quote, with no paragraph but the site's own under it)."""
    kinds = {n: _kind(text[n], False) for n in first if n >= start}
    total = after = list(kinds.values()).count("prose")
    authors = [
        re.escape(name)
        for n in islice((n for n in first if _BYLINE.match(text[n])), 3)  # the article's own, at its head
        for name in re.split(r"\s*(?:,|\band\b|&|[|·–—])\s*", text[n][2:].lstrip(": "))
        if len(WORD.findall(name)) >= 2
    ]
    bio = re.compile(rf"^(?:{'|'.join(authors)}) (?:is|was|writes|covers|reports)\b[^?“”\"]*$") if authors else None
    bar, width = 0, 0  # where the share bar under this line opens, and its lines
    entries = _entry_bars(text, kinds)
    for n, kind in kinds.items():
        after -= kind == "prose"  # paragraphs under this line
        if bio and bio.match(text[n]) and not after:
            return n
        shares = _SHARE_BAR.match(text[n]) is not None
        bar, width = (bar if width else n, width + 1) if shares else (0, 0)
        if shares and not entries and after <= 1 < total - after:  # a bar of links, or a paragraph of the site's
            last = next((m for m in kinds if m > n and kinds[m] == "prose"), None)
            if width > 1 or last is None or _SITE.search(text[last]):
                return bar
        if _sends_away(text[n]) and not after and total:
            return n  # ``Retrieved from "https://…"``, ``For further information, please contact:``, ``Related …``
    return len(text)




def _entry_bars(text: list[str], kinds: dict[int, str]) -> bool:
    """Whether two share bars or more each stand between paragraphs, as a live page sets one under each entry
    (``Share`` / ``Copy link``): then no share bar opens the site's foot, the last entry's words under it stay."""
    prose = [n for n, kind in kinds.items() if kind == "prose"]
    order = list(kinds)
    starts = [n for at, n in enumerate(order) if _SHARE_BAR.match(text[n]) and not (
        at and _SHARE_BAR.match(text[order[at - 1]]))]  # a bar's first line
    between = [n for n in starts if prose and prose[0] < n < prose[-1]]
    return len(between) >= 2


def _listed(text: list[str], filled: list[int], position: int) -> bool:
    """Whether a line is an item of a list of short lines under a label (``Trending:``, then topics)."""
    above = (text[filled[p]] for p in range(position - 1, max(-1, position - 6), -1))
    for line in above:
        if line.endswith(":"):
            return True
        if _sentence(line):
            return False
    return False


def _opens_article(line: str, dated: bool = False) -> bool:
    """A byline (unless ``dated``), or a date line that is no update, no link to another page nor a tweet's time."""
    if _BYLINE.match(line) and not dated:
        return True
    dated_line = _is_date_line(line) and bool(page_days(line)) and not _UPDATED.match(line) and not looks_ahead(line)
    return dated_line and not (points_elsewhere(line) or tweet_date(line))


def _headline_like(line: str) -> bool:
    low, high = _HEADLINE_WORDS
    words = WORD.findall(line)
    kind = _kind(line.removesuffix("?"), False)  # a headline may ask (``Who pays for the strike?``)
    return sum(word[0].isalpha() for word in words) >= low and len(words) <= high and kind in ("short", "fact")


def _words(line: str) -> int:
    return len(WORD.findall(line))


def _page_date(text: list[str], filled: list[int], headline: int | None) -> date | None:
    """The day of a labelled date line (``Published 7 May 2025``, or ``Published`` and the day on the next line;
    ``Delivered on:`` or ``Held at <place> on <day>`` first; none under the text when a date line is over it), else
    of a date line under the headline (``March 9, 2025 6:42 AM GMT Updated 3 hours ago``, ``Mon 17 Mar 2025 09.15
    GMT``), else right over it (``Mar 15, 2026 - Politics``). An ``Updated`` line dates an update, not the article,
    unless the site stamps nothing else and the story names its weekday."""
    if (labelled := _labelled_day(text, filled, headline)) is not None:
        return labelled
    if headline is None:
        return None
    under = [n for n in filled if n > headline]  # to the first paragraph past a summary, or six lines
    story = next((n for n in under if _is_prose(text[n])), len(text))  # readers' comments under the story date
    under = [n for n in under if not any(story < m <= n and _COMMENTS.match(text[m]) for m in under)]  # nothing
    head = list(takewhile(lambda n: n == under[0] or not _is_prose(text[n]), under))
    near = [*(head if len(head) > _REACH else under[:_REACH]), *[n for n in filled if n < headline][-1:]]
    lines = [n for n in near if _opens_article(text[n], dated=True) and not _STILL.match(text[n])]
    stamp = page_days(text[lines[0]])[0][2] if lines else None  # ``Still current at: <day>``: the day it was read
    if stamp is None:  # a site that stamps only its updates: their day, when the story's lead names its weekday
        lead = " ".join([text[n] for n in under if _is_prose(text[n])][:3])
        stamps = [days[0][2] for n in near if _UPDATE_STAMP.search(text[n]) and (days := page_days(text[n]))]
        stamp = stamps[0] if stamps and _told_on(lead, stamps[0]) else None
    named = [day for _, _, day in page_days(text[headline]) if stamp is not None and day <= stamp]
    return named[0] if named else stamp  # the headline's day is the event's, before (not after) the posting stamp


def labelled_day(lines: list[str]) -> date | None:
    """The day of a labelled date line over a page's first paragraph (``Published 3 March 2025``, ``Date of judgment:
    …``), read as a pasted article's (``read_article_page``)."""
    text = [_plain(line) for line in lines]
    filled = [n for n, line in enumerate(text) if line]
    head = list(takewhile(lambda n: not _is_prose(text[n]), filled))
    return _labelled_day(text, head, None)


def _labelled_day(text: list[str], filled: list[int], headline: int | None) -> date | None:
    """``_page_date``'s labelled day: the day a speech was delivered or a judgment given, else published, else the
    day the headline names on or after a hearing's, else the hearing's."""
    found: dict[str, date] = {}
    dated = False  # a date line over the first paragraph: a labelled day under the text (a certificate's) is none
    for position, n in enumerate(filled):
        held = page_days(text[n]) if HELD_LINE.match(text[n]) else []  # a meeting's day (``Held at … on <day>``)
        if len(held) == 1:
            found.setdefault("delivered", held[0][2])
        if dated and _is_prose(text[n]):
            break
        dated = dated or _opens_article(text[n], dated=True)
        label = _DATE_LABEL.match(text[n])
        beside = _PUBLISHED_BESIDE.search(text[n]) if not _is_prose(text[n]) else None
        if beside and (day := _opening_day(text[n][beside.end() :])):
            found.setdefault("published", day)
        if label is None or _UPDATED.match(text[n]):
            continue
        rest = text[n][label.end() :]
        if not rest and position + 1 < len(filled):
            rest = text[filled[position + 1]]
        if day := _opening_day(rest):
            judged, heard = _JUDGED_LABEL.match(label["label"]), _HEARD_LABEL.match(label["label"])
            first = label["label"].lower().startswith(("originally", "first"))  # a reposted page's own day
            found.setdefault("delivered" if judged else "heard" if heard else "first" if first else "published", day)
    opening = next((text[n] for n in filled if _is_prose(text[n])), "")
    first_sentence = next(iter(sentences(opening)), "")
    if (held_in := _WAS_HELD.search(first_sentence)) and len(days := page_days(first_sentence[held_in.end() :])) == 1:
        found.setdefault("delivered", days[0][2])  # ``The briefing was held at the ministry on <day>``
    if headline is not None and "heard" in found:  # a judgment's title naming the day it was given, after the hearing
        named = (day for *_, day in page_days(text[headline]) if day >= found["heard"])
        found.setdefault("titled", next(named, found["heard"]))
    return found.get("delivered") or found.get("first") or found.get("published") or found.get("titled") or found.get(
        "heard"
    )


def _told_on(lead: str, day: date) -> bool:
    """Whether a story's lead names the weekday of ``day`` in a clause telling what was said or done (``officials said
    Monday``), not one ahead of it or counting from it (``will meet the ministry on Tuesday``, ``since Tuesday``)."""
    clauses = re.split(r"[.;,:!?]", lead)
    return any(re.search(rf"\b{day:%A}\b", c) and _TOLD.search(c) and not _AHEAD.search(c) for c in clauses)


def _chrome_lines(
    text: list[str], filled: list[int], marked: set[int], headline: int | None, confirmed: bool
) -> set[int]:
    """The lines of site chrome: above the headline all (if ``confirmed``) or all but sentences; under it, marked
    lines, runs of short lines, short lines beside chrome, and the site's own sentences beside chrome. A summary
    right under the headline stays; a rule (``---``) and the page's ends are no neighbours."""
    top = headline if headline is not None else -1
    kind = {n: _kind(text[n], n in marked) for n in filled}
    skip = {n for n in filled if n <= top and (confirmed or kind[n] not in ("prose", "sentence", "keep"))}
    body = [n for n in filled if n > top]
    if headline is not None and body and len(WORD.findall(text[body[0]])) >= _STANDFIRST_WORDS:
        kind[body[0]] = "prose" if kind[body[0]] == "short" else kind[body[0]]
    lead = next((p for p, n in enumerate(body) if kind[n] == "prose"), 0)
    if headline is not None and lead and len(WORD.findall(text[body[lead - 1]])) >= _STANDFIRST_WORDS:
        kind[body[lead - 1]] = "prose" if kind[body[lead - 1]] == "short" else kind[body[lead - 1]]
    skip.update(n for n in body if kind[n] == "chrome")
    body = [n for n in body if not _RULE.match(text[n])]
    in_list = _in_list(text, body)
    opened = next((p for p, n in enumerate(body) if kind[n] == "prose"), len(body))
    for position, n in enumerate(body):
        sides = [kind[body[p]] for p in (position - 1, position + 1) if 0 <= p < len(body)]
        beside = set(sides) - ({"keep"} if _under_post(text, body, position) else set())
        if kind[n] == "short":  # a quotation's attribution under it (``– Name, Minister of …``) is the article's
            said = position > 0 and text[n][:1] in "–—-" and text[body[position - 1]].endswith(_CLOSING_QUOTES)
            listed = in_list[position] and position > opened  # a list in the release's header (names) is chrome
            chrome = not (beside <= {"prose", "sentence", "site", "keep", "fact"} or listed or said)
            resumes = _headline_like(text[n]) and not _is_date_line(text[n]) and _resumes(kind, body, position)
            chrome = chrome and not resumes  # (a stamp, ``Update – <day>``, is no subheading)
        else:
            chrome = False
        if chrome and "keep" not in beside:
            skip.add(n)
    for position, n in enumerate(body):  # a short sentence goes with chrome or short lines on both sides, unless
        near = [body[p] for p in (position - 1, position + 1) if 0 <= p < len(body)]  # between two subheadings that
        labelled = position > 0 and text[body[position - 1]].endswith(":")  # stay; a quotation, the words after a
        leads = text[n].endswith(":") and len(near) == 2 and near[1] not in skip  # label, a list's lead-in over a
        figure = states_figure(text[n]) and not _is_date_line(text[n])  # line kept, a figure (not a stamp's) stay
        stays = text[n].startswith(_QUOTES) or labelled or leads or figure
        if kind[n] == "sentence" and len(near) == 2 and not stays:
            headed = all(kind[m] == "short" and m not in skip for m in near)
            skip.update([n] if {kind[m] for m in near} <= {"chrome", "short"} and not headed else [])
    for position, n in [*enumerate(body), *reversed(list(enumerate(body)))]:  # the site's own sentences beside
        near = [body[p] for p in (position - 1, position + 1) if 0 <= p < len(body)]  # the chrome found above, a run
        if kind[n] == "site" and "keep" not in {kind[m] for m in near}:  # of them both ways (a paywall's box)
            noted = not position and headline is not None and is_note_on_text(text[n])  # under the headline
            skip.update([n] if any(m in skip for m in near) or noted else [])
        elif kind[n] == "sentence" and len(near) == 2 and all(m in skip or kind[m] == "site" for m in near):
            skip.update([n] if any(m in skip for m in near) else [])  # a short one inside such a run
    skip.update(n for n in body if text[n].startswith(_QUOTES) and _repeats(text, n, body))  # a pull quote
    for position, n in enumerate(body):  # a list of other pages (``Latest news``, then dated headlines): none is a fact
        elsewhere = kind[n] == "chrome" and points_elsewhere(text[n]) and "more" not in text[n][:9].lower()
        if _OTHER_PAGES.match(text[n]) or elsewhere:  # (``Read more`` is a button)
            skip.update([n, *takewhile(lambda m: kind[m] in ("fact", "short", "chrome"), body[position + 1 :])])
    skip.difference_update(_first_heading(text, kind, body, opened, skip))
    skip.difference_update(_fact_box(text, kind, body[opened + 1 :]))
    return skip | ({headline} if headline is not None else set())


_BOX_FIELD = re.compile(r"^[A-Z][\w'’()/ -]{0,30}:[ \t]+\S")
"""A line of a box of facts: a short label, a colon, its value (``Batch codes: 2603 to 2619``)."""
_CONTACT_FIELD = re.compile(r"^(?:tel|phone|mobile|fax|e-?mail|web(?:site)?|contact|media|press|follow)", re.IGNORECASE)


def _fact_box(text: list[str], kind: dict[int, str], body: list[int]) -> set[int]:
    """The lines of a notice's boxes of facts under its first paragraph (``Model number: AC-550``, ``Sold: …``):
    three lines or more of a label and its value, no blank line among them, one stating a figure's fact (``Units
    sold: about 58,000``), none a contact's (``Phone: …``) nor marked chrome; each line a fact that stays."""
    found: set[int] = set()
    runs = [list(run) for _, run in groupby(enumerate(body), key=lambda pair: pair[1] - pair[0])]
    for run in ([n for _, n in run] for run in runs):
        boxed = all(_BOX_FIELD.match(text[n]) and not _CONTACT_FIELD.match(text[n]) for n in run)
        if len(run) >= 3 and boxed and "fact" in {kind[n] for n in run} and "chrome" not in {kind[n] for n in run}:
            found.update(run)
    return found


def _first_heading(text: list[str], kind: dict[int, str], body: list[int], opened: int, skip: set[int]) -> list[int]:
    """The first topic's heading right over the first paragraph (skipped so far), on a page whose other topics'
    headings stay; not a field of a release's header (``Release no.: DMP-2023-1147``)."""
    if not 0 < opened < len(body) - 1 or (over := body[opened - 1]) not in skip or kind[over] != "short":
        return []
    field = _FIELD.match(text[over])
    if field and not any(word[0].islower() for word in WORD.findall(text[over][field.end() :])):
        return []
    later = range(opened + 1, len(body) - 1)
    return [over] if _headline_like(text[over]) and any(_subheading(text, kind, body, p, skip) for p in later) else []


def _subheading(text: list[str], kind: dict[int, str], body: list[int], position: int, skip: set[int]) -> bool:
    """Whether a line kept between two paragraphs is in headline form (a topic's heading; a list's item, or a page's
    running head parted by a bar, is none)."""
    n, between = body[position], {kind[body[position - 1]], kind[body[position + 1]]}
    return n not in skip and _headline_like(text[n]) and "|" not in text[n] and between == {"prose"}


def _under_post(text: list[str], body: list[int], position: int) -> bool:
    """Whether a line stands right under a post's timestamp (which ends the post) and over no line kept."""
    below = _kind(text[body[position + 1]], False) if position + 1 < len(body) else None
    return bool(position and tweet_date(text[body[position - 1]])) and below != "keep"


def _resumes(kind: dict[int, str], body: list[int], position: int) -> bool:
    """Whether a short line is a subheading where the article goes on after chrome inside it (a newsletter box):
    prose under it, and above it chrome then the article's prose."""
    if position + 1 >= len(body) or kind[body[position + 1]] != "prose":
        return False
    above = [kind[body[p]] for p in range(position - 1, -1, -1)]
    rest = list(dropwhile(lambda k: k in ("chrome", "site"), above))
    return len(rest) < len(above) and rest[:1] == ["prose"]


def _repeats(text: list[str], n: int, body: list[int]) -> bool:
    """Whether a line of five words or more repeats words of a longer paragraph (a quotation so: a pull quote)."""
    words = text[n].strip(" \"“”‘’'.,!?…")
    return len(WORD.findall(words)) >= 5 and any(words in text[m] for m in body if len(text[m]) > len(text[n]))


def _to_elsewhere(text: str) -> bool:
    """A line that is no paragraph sending readers elsewhere (``_TO_ELSEWHERE``), its last word checked without a
    pattern so that a long line costs no more than its length."""
    if not _TO_ELSEWHERE.match(text) or not text.strip():
        return False
    last = text.rsplit(None, 1)[-1].lstrip("\"“'(<").lower()
    if last.endswith("contact:"):
        return True
    return last.startswith(("http://", "https://", "www.")) and (text[:9].lower() == "retrieved" or not _is_prose(text))


def _kind(text: str, marked: bool) -> str:
    """``keep`` (a quotation, a tweet's time), ``fact`` (a short line stating one: ``Casualties: 14``, ``12 March:
    bridge closed``), ``chrome`` (marked), ``prose``, ``site`` (prose of the site itself), ``sentence`` (a short one,
    or a list's item), or ``short``."""
    if text.startswith(">") or tweet_date(text):
        return "keep"
    if states_fact(text) and not _is_prose(text):
        return "fact"
    if marked:
        return "chrome"
    if _to_elsewhere(text) or (_sentence(text) and (_speaks_of_site(text) or is_note_on_text(text))):
        return "site"
    if _is_prose(text):
        return "prose"
    return "sentence" if _sentence(text) or _is_list_item(text) else "short"


def _speaks_of_site(text: str) -> bool:
    """Whether a line is the site speaking of itself: at least half its sentences hold such words (a paragraph
    that ends ``This interview has been edited for length.`` is the article's)."""
    if not _SITE.search(text):  # most lines: no sentence need be looked at
        return False
    said = sentences(text, lines=False)
    return 2 * sum(bool(_SITE.search(sentence)) for sentence in said) >= len(said)


def _in_list(text: list[str], body: list[int]) -> list[bool]:
    """For each line, whether it stands in a list the article opens with a sentence ending in a colon (the list
    runs until a sentence that is no list item)."""
    opened, found = [], False
    for n in body:
        opened.append(found)
        if _sentence(text[n]) and (text[n].endswith(":") or not _is_list_item(text[n])):
            found = text[n].endswith(":")
    return opened


_STAMP_OTHER_WORDS = 3


def _stamp_day(text: str, stamp: re.Pattern[str]) -> date | None:
    """The day of a line that is ``stamp`` and a day (a time and a few words beside it at most), else None."""
    if (label := stamp.match(text)) is None or (day := around_day(text[label.end() :])) is None:
        return None
    rest = WORD.findall(_AT_DAY.sub(" ", f"{day[0]} {day[1]}"))
    return day[2] if len(rest) <= _STAMP_OTHER_WORDS else None


def revised_days(lines: list[str]) -> set[date]:
    """The days of the lines that stamp a page's last change (``Last reviewed: 3 March 2026``, ``Page last
    updated …``, ``Last modified …``)."""
    return {day for line in lines if (day := _stamp_day(_plain(line), _REVISED)) is not None}


def revised_lines(lines: list[str]) -> set[int]:
    """The lines that are only a stamp of the page's last change and its day (``Page last updated 3 March 2026``):
    no passages."""
    return {n for n, line in enumerate(lines) if _stamp_day(_plain(line), _REVISED) is not None}


def unrevised_day(lines: list[str], when: date | None) -> date | None:
    """The page's day other than its last change's, when ``when`` is only the day a stamp of the page's last change
    gives (``Last reviewed: 3 March 2026``): a labelled day anywhere on the page (``Published 14 January 2026``),
    else a dateline opening a paragraph near the top (``KELLMOUTH, 14 January 2026 -``); None when nothing else
    dates the page, or when ``when`` is no such stamp's."""
    if when is None or when not in revised_days(lines):
        return None
    text = [_plain(line) for line in lines]
    labelled = (_stamp_day(line, _DATE_LABEL) for line in text if not _REVISED.match(line))
    if (day := next((day for day in labelled if day is not None and day != when), None)) is not None:
        return day
    opening = [line for line in text if line and not _REVISED.match(line)][:8]
    return next((day for day in map(opening_dateline, opening) if day is not None and day != when), None)
