"""Transcripts as they come from the web: which lines are the briefing and which are the page around it.

``read_layout`` says which lines are banners, header, time stamps, end lines and footer, the briefing's own
title and date as its header gives them, the headings that open sections, and who speaks where the text has
no label. A text is a transcript when enough of its lines, chrome left out, open with a speaker label; an
article is left as it is (``Layout.transcript`` False).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import islice, pairwise

from index.line_cache import kept_lines
from index.readers.datelines import (
    HELD_LINE,
    LINES_KEPT,
    NUMERIC_DATE,
    DateLine,
    around_day,
    find_date,
    find_date_line,
    numbers_order,
    numeric_days,
    page_days,
)
from index.readers.datelines import plain as _plain
from index.speakers import (
    TIME_ALONE,
    asked_and_answered,
    caption_turns,
    dashed_roles,
    is_questioner,
    keyed_turns,
    label_at_start,
    labels_alone,
    labels_inside,
    opening_speaker,
    role_key,
    starts_with_label,
    unspoken_names,
)

_PHONE = (
    r"(?=[+(\d])(?=(?:\D*\d){9})(?:\+\d[\d\s().-]{7,}\d|0\d[\d\s().-]{6,}\d|\(\d{2,5}\)\s?\d[\d\s.-]{5,}\d|\d{3}[-.]\d{3}[-.]\d{4})"
    r"(?:\s*\((?:out of hours|24 hours|mobile|office|switchboard)\))?"
)
"""A telephone number: nine digits or more, opening with ``+``, ``0`` or an area code, or written ``709-555-0148``
(its digits counted only from a place that can open one: linear time when searched for in a long line)."""
_CONTACT = (
    r"(?:(?:for )?(?:media|press|news|journalists?)['’]?\s*"
    r"(?:contacts?|enquiries|inquiries|queries|relations|office|desk)(?:,? (?:please )?(?:contact|call|email))?"
    r"|press office|contacts?(?: details| information| us)?|out of hours"
    r"|for (?:further|more) (?:information|details)(?:,? (?:please )?contact)?)"
)
"""A label of a release's contact block: ``Media contact``, ``Press office``, ``For media enquiries please contact``."""
_TIME = r"\d{1,2}(?::|\.)\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+(?:[A-Z]{2,4}|local(?: time)?))?"
_RUNNING_HEAD = (
    r"^(?-i:(?:[A-Z\d(]\S*\s+){1,12}(?:Page|PAGE))\s+\d{1,4}\s+of\s+\d{1,4}$"
    r"|^(?-i:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:\s+[A-Z]\S*){1,10}\s+(?:PRELIMINARY|FINAL|DRAFT))$"
)
RUNNING_HEAD = re.compile(_RUNNING_HEAD)
"""A printed page's running head or foot ending on its page number, every word capitalised (``Case 3:26-cv-… Page 1
of 3``; not a sentence's ``… is on page 2 of 3``), or a dated one marking the text's stage (``June 18, 2025 Chair
Powell's Press Conference PRELIMINARY``)."""
_ALWAYS_CHROME = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^\(?{_TIME}\)?\.?$",  # 2:07 p.m. EST, (1:05 p.m. EDT)
        r"^transcript:?$",
        r"^(?:index|index for today['’]s briefing)\s*:?$",
        # END, END 2:58 P.M. EST, —000—, -30-, an agency's sign-off between dashes (- Name of Agency, ABC –, — ABC —,
        # - APA, Veldhoven -: its letters, then its place)
        rf"^\(?end\.?\)?(?:\s+{_TIME})?\.?$|^[-–—]+\s*(?:0{{3}}|30|(?:[^\W\d][^.!?]{{0,60}},\s*)?(?-i:[A-Z]{{2,6}})"
        r"(?-i:,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)\s*[-–—]+$",
        r"^[(\[]\s*(?:the\s+)?[\w\s.,\-’']{0,60}?\b(?:(?:was|is|were)\s+(?:concluded|adjourned|ended)\b"
        r"|(?:concluded|adjourned|ended)\s+at\s+\d).*[)\]]\.?$"  # (Proceedings concluded at 2:41 p.m.)
        r"|^(?:the )?(?:examination of (?:the )?witness(?:es)?|evidence session|oral evidence|hearing|sitting)"
        r"\s+(?:concluded|adjourned|ended|closed)\.?$",  # a committee's: Examination of witnesses concluded.
        r"^\(?end (?:of )?(?:transcript|briefing|press briefing|call)\.?\)?$",
        r"^(?:dpb|daily press briefing)\s*#\s*\d+$",
        r"^\^?\s*(?:back|return|go)\s+to\s+top\s*\^?$",
        # a link to the recording or the text elsewhere, a player's: Watch the Full Episode, Download <title> (8 MB)
        r"^(?:press play to )?(?:view|watch|read|listen to) (?:the |this )?(?:full )?"
        r"(?:video|briefing|episode|segment|transcript|audio|article|story)$|^download\b.*\(\d[\d.,]*\s?[kmg]b\)$"
        r"|^jump to\b[^.!?]*$",
        r"^(?:print|share|email|e-mail|tweet|download|listen|subscribe|advertisement|sponsored|menu|search)$",
        # * *** *, ###, ----: a line of marks, one of them a star, hash, ... (looked for among the leading marks only:
        # a line of words fails at its first letter, not after a search of the whole line)
        r"^(?=[\W_]*[*#=_~•·])[\W_]{3,}$",
        rf"^(?:page\s*)?\d{{1,3}}\s*(?:of|/)\s*\d{{1,3}}$|{_RUNNING_HEAD}",
        r"^(?:page\s+)?\d{1,3}$",
        r"^-\s*\d{1,3}\s*-$",
        # a transcription service's time code within a turn after an hour (01:02:09), a record's clock time (1420), a
        # bare stamp in square brackets ([14:05:33], [14:05]), a label of a time alone going on with the turn above
        # (``(00:21):`` under ``Alban (00:00):``)
        r"^\(\d{1,2}:\d{2}:\d{2}\)$|^\((?:[01]\d|2[0-3])[0-5]\d\)$|^\[\d{1,2}:\d{2}(?::\d{2})?\]$"
        r"|^\(\d{1,2}:\d{2}(?::\d{2})?\):$",
        # a stage note: [Applause]; a note of the recording or the text in words (``(SOUNDBITE OF MUSIC)``,
        # ``(As delivered)``), not a sound of the room in one (``(CROSSTALK)``)
        r"^\[[a-z][a-z ]{0,28}\]$|^\([a-z][a-z'’-]*(?:,? [a-z][a-z'’-]*){1,6}\)$",
        r"^\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago\b(?:.*[^.!?\"”’])?$",  # a live page's entries: 2h ago …
        r"^(?:tel(?:ephone)?|phone|mobile|fax|e-?mail)\s*:\s*[+(]?[\w.@-][^ ]*(?: [\d()-]+)*$"
        rf"|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:[a-z][\w ()-]{{0,30}}:\s*)?{_PHONE}$"  # a contact's number or address
        # a contact block's entry: a name and a role, then a number or an address (``Name, CFO, +47 …``)
        rf"|^[^\W\d][^.!?:,]{{1,60}}(?:,[^.!?:,]{{1,60}}){{1,2}},\s*(?:{_PHONE}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",

        # a transcription service's credit, an article's voice (Voiced by …), a meeting app's note
        r"^(?:transcribed|captioned) by\s+\S+$|^(?:voiced|narrated) by\s+[^.!?]{2,40}\.?$"
        r"|^[\w ,.'’-]{1,60} (?:started|stopped) (?:transcription|transcribing|recording)$",
        r"^(?:(?:proudly )?powered by|(?:blog|site|website) at)\s+[\w.-]+\.[a-z]{2,}\.?$",  # the site's host
        # the transcript's own note: Transcript generated automatically and edited for clarity.
        r"^(?:this\s+)?transcript\s+(?:was\s+|is\s+)?(?:generated|produced)\s+(?:automatically|by)\b[^.]*\.?$",
        # a post's counts, its account's followers, its age and edit mark (``2d • Edited •``)
        r"^(?:\d[\d.,]*\s?[km]?\s+(?:reposts?|retweets?|quotes?|likes?|replies|shares?)\s*)+$"
        r"|^\d[\d.,]*\s?[km]?\s+followers$|^\d{1,2}\s?(?:h|d|w|mo|yr?)(?:\s*[•·]\s*(?:edited)?)*$",
        r"^\[[a-z]+(?:\s[^\]]*)?\].*\[/[a-z]+\]$",  # a site's shortcode kept as text: [caption id="…"] … [/caption]
        r"^(?-i:[A-Z]{1,4})\.\d{2}-\d{3,6}\s*\((?-i:[A-Z])\)(?:\s+\d{6}){0,3}$",  # a print code: AB.26-01234 (E)
        # between the parties of a case's caption; a parliament's record on the web: ``- Hansard - - - Excerpts``
        r"^(?:v|vs)\.?$|^versus$|^-?\s*hansard(?:\s*-)+(?:\s*excerpts)?$",
        # a release's furniture: a line of its contact block, who approved it, a post's author or section line, a
        # prompt to subscribe, the page's stamps (``3 min read``, ``Posted 2 days ago``), a button, a foot note
        rf"^{_CONTACT}\s*:?$|^{_CONTACT}\s*:(?!\s*\d[\d,.]*(?:\s+[a-z][\w-]*){{0,3}}$)\s*(?:[^.!?]|\.(?=\w)){{1,80}}$"
        r"|^this (?:press |news |media )?release (?:was|has been|is) (?:approved|authori[sz]ed|cleared)\b[^!?]*$"
        r"|^posted (?:on [^.!?]{4,40}? )?(?:by|in|under)\b[^.!?]{1,80}$"
        r"|^from\s*:\s*(?-i:[A-Z])(?:[^.!?]|\.(?=\w)){1,200}$"  # who issued it: From: Department for … and Ann Lee MP
        r"|^embargoed? (?:until|till|to|for)\b[^.!?]{1,60}$"
        r"|^(?:please )?(?:subscribe|sign up)(?:\s+(?:now|here|today))?[.!]?$"
        r"|^(?:please )?(?:subscribe|sign up) (?:to|for)\b[^.!?]{0,60}"
        r"\b(?:our|e-?mails?|alerts?|newsletters?|updates|notifications|releases|feed|channel)\b[^!?]*$"
        r"|^\d{1,3}\s*(?:min(?:ute)?s?|m)\s+(?:read|listen|watch)\.?$"
        r"|^(?:posted|published|updated)\s+\d{1,3}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago\.?$"
        r"|^(?:like|follow(?: us)?|tweet this|back to (?:[\w ]{0,20}\b)?(?:news|releases|statements)"
        r"|printer[- ]friendly(?: version| page)?|click to (?:share|print|e-?mail)\b[^.!?]*"
        r"|download (?:the |this )?(?:full )?(?:\w+ )?(?:release|report|statement|document|pdf)\b(?:[^.!?]|\.\d)*)$"
        r"|^end of (?:(?:press|news|media) )?release$"
        # the UN's foot note: For information media. Not an official record.
        r"|^(?:for (?:the )?information (?:of (?:the )?)?media\W{1,5})?not an official record\W{0,3}$"
        # a listed company's disclosure note: This information is subject to the disclosure requirements pursuant to …
        r"|^this (?:information|announcement|release) (?:is|was) (?:subject to the disclosure "
        r"(?:requirements|obligations)|(?:made public|published) (?:pursuant to|in accordance with|under))\b[^!?]*$",
        # a release's ``ENDS`` and the heading of its notes: the notes under them are the release's own
        r"^[-–—(\[]*\s*ends\s*[-–—)\]]*$|^(?:notes?|information) (?:to|for) (?:the )?editors?\s*:?$"
        r"|^editor['’]?s['’]? notes?\s*:?$",
        # the page's own buttons and prompts, wherever they stand: Back to top, Print this page, Was this page
        # helpful? Yes No (Is this page useful? Maybe Yes this page is useful No …), The following links open in a
        # new tab, Report a problem with this page; a licence note: Reproduction is permitted provided …
        r"^\^?\s*(?:back|return|go)\s+to\s+top\s*\^?$|^print (?:this )?(?:page|article)$"
        r"|^(?:was|is) this (?:page|article|information|answer) (?:helpful|useful)\s*\?"
        r"(?:\s*(?:yes|no|maybe)\b(?:\s+this (?:page|article) (?:is|was) (?:not )?(?:helpful|useful))?)*$"
        r"|^(?:the following )?links? (?:below )?(?:opens?|will open) in a new (?:tab|window)\.?$"
        r"|^report (?:a problem|an issue|a mistake) (?:with|on) this page$"
        r"|^(?:citable reference|suggested citation|how to cite(?: this (?:page|article|report))?"
        r"|cite this (?:page|article))\s*:"
        r"|^reproduction is (?:permitted|authori[sz]ed|prohibited)\b[^!?]{0,80}"
        r"\b(?:source|acknowledg|credit|attribut)[^!?]*$",
        # a podcast host's fixed lines around an episode's notes: its buttons and the heading of its links (a line of
        # their words alone, no sentence: ``Support the show.`` said by a host stays)
        r"^(?:send us a (?:text|message|voice ?(?:mail|note|message))|support the (?:show|podcast)"
        r"|(?:leave|write) (?:us )?a (?:review|rating)|rate,? (?:and|&) review(?: (?:the show|us|the podcast))?"
        r"|links? (?:mentioned|discussed|referenced) in (?:this|the|today['’]s) (?:episode|show)"
        r"|(?:show|episode) notes)\s*:?$",
    )
]
"""Lines that are never a briefing's words, wherever they stand in a transcript."""
_CODE = re.compile(r"^\(\d{1,2}:\d{2}(?::\d{2})?\)$")
"""A transcription service's time code on its own line, within a long turn (``(01:09)``): it ends no turn."""

_NOTE_ON_TEXT = (  # by its opening words: the same words inside an article's sentence are none
    r"^(?:(?:please )?note:\s*|notice:\s*)?"  # perhaps under a label: Please note: This transcript is not edited …
    r"(?:(?:the following is|this is) an? (?:[\w-]+ ){0,2}(?:transcript|record|translation)(?=\W*$|[.,;:]| of\b| by\b)"
    r"|this (?:record contains|(?:text|copy|transcript|translation) (?:contains|is|may))\b|check against delivery\b"
    r"|this (?:record|document) is subject to (?:correction|revision)\b"
    r"|corrections (?:should|must|may) be (?:submitted|sent|made)\b"
    r"|this (?:interview|conversation|transcript) has been (?:edited|condensed)\b"
    r"|(?:[\w.-]+ ){0,2}transcripts? (?:is|are|was|were) (?:\w+ (?:and \w+ )?)?"
    r"(?:created|produced|prepared|generated)\b"
    r"|transcribed by\b|automated transcript\b"
    r"|(?:i\b[^.]{0,60}\bcertify that )?the foregoing is an? (?:true|correct|accurate|complete)\b)"
)
"""A note on the text itself: ``This is a rush transcript``, ``This record contains …``, ``NPR transcripts are
created …``, ``Check against delivery``, ``This record is subject to correction``, ``Corrections should be …``, a
reporter's ``I certify that the foregoing is a true record …``."""
_EDGE_CHROME = (
    r"official website of",
    r"here[’']s how you know",
    r"\.gov\b.*\b(?:website|websites|means|belongs)\b|\bwebsites? use \.gov\b",
    r"\bhttps\b.*\b(?:lock|secure|connected)\b",
    r"\b(?:skip|jump) (?:to|navigation)\b",
    r"historical material",
    r"frozen in time",
    r"no longer (?:being )?(?:updated|maintained)",
    r"\barchived? (?:content|page|site|information)\b",
    r"\b(?:this|the) (?:page|site|website|content) (?:is|has been) archived\b",
    r"\bcookies?\b",
    r"\badvertis(?:ement|ing)\b",
    r"\bsubscri(?:be|ption)\b",
    r"\bsign up\b",
    r"\bnewsletter\b",
    r"privacy (?:policy|program)",
    r"terms (?:of|and) (?:use|service|conditions)",
    r"all rights reserved",
    r"©|\bcopyright\b",
    r"this (?:site|page) is managed by",
    r"external links?\b",
    r"construed as an endorsement",
    r"^related\b",
    r"^trending\b",
    r"^(?:tags?|topics?|(?:[\w-]+ )?categor(?:y|ies))\s*:",
    r"^(?:share|follow|connect with|find) (?:this|us|on)\b",
    r"^(?:last|page last) (?:updated|reviewed|modified)",
    r"\busa\.gov\b",
    r"^contact(?: us)?$",
    r"^accessibility",
    r"\bfoia\b",
    r"inspector general",
    r"^home$",
    r"^(?:sign in|log in|sign out|log out|register|my account|news|world|politics|business|sports?|opinion|weather)$",
    r"^(?:[^|:]{1,25}:\s*)?[^|]{1,25}(?:\s\|\s[^|]{1,25}){2,}$",  # a menu: World | Politics | Business, Share: …
    r"^home\s*[›»>/|]",
    r"\s[›»]\s",
    r"\bjoin now\b",
    r"\bsecurity clearance\b",
    r"\bcharitable donation\b",
    r"\bclick here\b",
    r"^(?:back|return) to (?:the )?(?:top|home(?:page)?|(?:search )?results|search|index|menu|all \w+"
    r"|[\w ]{0,20}\b(?:page|list)|(?-i:[A-Z][\w’']*(?: [A-Z][\w’']*){0,2}))$",  # a link: Return to Releases
    r"\bread more\b",
    # a transcription service's page: its call to read on (``<title>. Read the transcript here.``) and its offer
    # (``Transcribe Your Own Content``, ``Try … and spend less time transcribing and captioning.``)
    r"\bread the (?:full )?transcript(?: here| below)?\.?$|^transcribe your (?:own )?(?:content|audio|video|files?)\b"
    r"|^try\b[^.!?]{0,80}\b(?:transcrib\w*|caption\w*|subtitl\w*)\b"
    r"|^turn (?:your )?(?:recordings?|audio|video|speech|files?)\b[^.!?]{0,30}\binto text\b",
    # a broadcaster's or an office's note on the text: how to order copies, where the rest of it is, that it follows
    r"\bcopies of this (?:program|programme|broadcast|show|transcript)\b"
    r"|^\(?please (?:also )?(?:refer to|see)\b[^.!?]{0,60}\b(?:portion|version) of (?:the|this) (?:transcript|text)\b"
    r"|^an? (?:\w+ )?transcript of [^.!?]{1,80}\bfollows:?$",
    r"\bmore (?:briefings|transcripts|news|stories|from)\b",
    r"^(?:previous|next)(?: article| story| transcript| briefing)?\b",
    r"^(?:for immediate release|office of the press secretary|the white house)$",
    r"^(?:news transcripts|press (?:releases|briefings)|department press briefings|transcripts)$",
    r"^u\.s\. department of (?:state|defense)$",
    r"^department of public information\b",
    r"^(?:united states|u\.s\.) (?:department|mission)\b.*$",
    r"^(?:presenters?|briefers?|location|where|when|what|subject)\s*:",
    r"^(?:download|print|share|e-?mail|save)(?: \w+){0,2}$",  # a button: Download Fragment
    _NOTE_ON_TEXT,
    r"^(?:source|url|originally published)\s*:",
    r"historical collection",
    r"may be outdated",
    r"links may not work",
    r"^you are in\b",
    r"\s>\s",
    r"^released on\b",
    r"^printable banner$",
    r"^.{0,40}\bbriefing room$",  # a place line: James S. Brady Press Briefing Room
    r"^(?:aboard air force one|en route\b.*|via (?:teleconference|conference call|telephone))$",
    r"great seal",
    r"not an official record",
    r"for information media",
    r"do not necessarily reflect",
    r"website management",
)
"""Lines of site chrome and header, known only at the top or at the bottom of a page."""

_ELSEWHERE = re.compile(
    r"^(?:trending|related|most (?:read|popular|viewed|shared)|top stories|see also|also read|recommended|read more"
    r"|more (?:briefings|transcripts|news|stories|from)|(?:previous|next) (?:article|story|transcript|briefing)"
    r"|up next|(?:breaking|latest|popular)(?: news| now)?\s*[:|–—-])(?!\w)",
    re.IGNORECASE,
)
"""Lines of chrome that point to other pages (``Trending: … 12 January 2025``): their dates are those pages'."""
_OFFER = re.compile(
    r"^try\b.{0,40}\bfor free\b|\bfree trial\b|\bunless otherwise (?:stated|noted|indicated)\b"
    r"|\breproduction is (?:permitted|authori[sz]ed|prohibited)\b",
    re.IGNORECASE,
)
"""A service's offer or a licence note (``Try X for free …``, ``All content … unless otherwise stated.``): the page's
under a transcript when the line over it is no sentence (the box's heading, the office's name)."""
_CRUMB = re.compile(r"\s[>›»|]\s")
"""What parts a breadcrumb or a menu (``Home > Trending: …``, ``News | Latest: …``)."""
_BULLETS = "•·▪▸►*-–—» \t"

_HEADER_MARKERS = (0, 1, 2)
"""Indexes in ``_ALWAYS_CHROME`` of the lines only a header holds: a time, ``TRANSCRIPT:``, a topic index."""
_HEADER_LOOKAHEAD = 40
"""How far past a sentence a header line may still come (a notice of the site before the header)."""
_END_MARKERS = (3, 4, 5, 6)
"""Indexes in ``_ALWAYS_CHROME`` of the lines that close a briefing: what follows them is the page's."""
_PAGE_MARKERS = (8, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28)
"""Indexes in ``_ALWAYS_CHROME`` of the lines that are chrome in an article too: a link to the recording, a time
code, a stage note, ``2h ago``, a phone, a credit for the text or its voice, the host, a post's counts, a shortcode, a
print code, a case's ``v.``, a release's furniture, its ``ENDS`` and notes' heading, the page's own buttons and
prompts (``Back to top``, ``Was this page helpful?``), a licence note and a podcast host's fixed lines (``Send us a
text``)."""
_NOTES_MARKER = 26
"""Index in ``_ALWAYS_CHROME`` of a release's ``ENDS`` and notes' heading: no footer opens there."""

_NUMBERING = re.compile(r"^(?:[A-Z][a-z]*\.?\s+[\dIVXL][\w-]*[,;]?\s*){1,3}$")
"""A record's numbers under their labels (``Volume 812, No. 41``, ``Serial No. 42-17``): no title."""
_TITLE_WORDS = re.compile(
    r"\b(?:briefings?|gaggle|doorstop|transcript|press availability|availability|press conference|news conference|"
    r"remarks|interview|episode|roundtable|teleconference|conference call|stakeout|background|on-the-record|"
    r"statement|readout|media|press encounter|q&a|questions and answers|general meeting|hearing|deposition|testimony|"
    r"oral evidence)\b",
    re.IGNORECASE,
)
RECORD_NAME = re.compile(
    r"^(?:verbatim report of proceedings|(?:dáil|seanad) éireann debate|select committee debate)(?:\s*[-–—:,|].*)?$",
    re.IGNORECASE,
)
"""The name of a parliament's record over the item debated (``Verbatim report of proceedings``, ``Dáil Éireann debate -
<day>``): the item is the title."""
_SERIES = re.compile(
    r"^(?:(?:daily|department|special|background|regular)\s+)?(?:press\s+|news\s+)?"
    r"(?:briefing|transcript|availability|gaggle|remarks|conference)s?$",
    re.IGNORECASE,
)
"""A line that names only the kind of document (``Daily Press Briefing``): a title of last resort."""
_NAMES_WHO = re.compile(r"\b(?:by|with|of|on|at|from|en route|aboard)\b|:", re.IGNORECASE)
"""Words by which a title says who briefs, on what or where."""
_CLOCK = re.compile(_TIME)
_RANGE = re.compile(r"\d\s*[-–—]\s*(?:$|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2} )?[A-Z][a-z]{2,8}\.? \d)")
"""A range of days (``02/06/2025 -``, a term of office): it dates no page."""
_INTRO = re.compile(
    r"(?:transcript|record) of (?:today['’]s|the) [\w\s-]*?briefing by (?P<people>.+?)\.?$", re.IGNORECASE
)
_SPOKES_ROLE = r"(?P<role>(?:Deputy |Associate |Acting |Principal Deputy )?Spokes(?:man|woman|person))"
_NAMED_ROLE = re.compile(rf"(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}),\s+{_SPOKES_ROLE}\b")
_ROLE_LINE = re.compile(rf"^{_SPOKES_ROLE}$")
_PERSON_LINE = re.compile(r"^[A-Z][\w'’\-]*\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}$")
_HONORIFIC = re.compile(r"^(?:Hon|Rt Hon|Dr|Mr|Mrs|Ms|Sir|Dame|Prof)\.?\s")
_GOES_ON = re.compile(r"^(?:by|on|for|after|with|at|to|of)\b[^@/]*$")
"""A line that goes on from a title over it (``by the Secretary General``): a joining word, no address nor link."""
WORD = re.compile(r"[^\W_][\w'’.\-]*")
"""A word as the readers count words (letters or digits first; apostrophes, dots and hyphens inside)."""
NOTE = re.compile(r"^\([a-z][a-z ]{0,28}\)$", re.IGNORECASE)
"""A note of the page alone on a line: ``(As delivered)``."""
_HEADING_MARK = re.compile(r"^(?:\*\*|#{1,6}\s*)(?P<text>.*?)(?:\*\*)?$")
_SENTENCE_END = ".?!…\"”’)"
_STORY_END = " \t■□◆◇●"
_SMALL_WORD = re.compile(r"(?i:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|as|vs|via|into|onto|over)")
"""Words a headline leaves in lower case."""
CLOSING_BRACKET = re.compile(r"\s*\([^()]*[^()\s.!?…]\)$")
"""A bracket closing a line with no sentence mark in it (``(Ghana)``, ``(Rule 178)``, a headline's day, a party to a
case: ``(Respondent)``): it ends no sentence."""
_COPYRIGHT = re.compile(r"^(?:©|copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE)
"""A line opening with a copyright notice (``©``, ``Copyright ©``, ``Copyright (c)``, ``Copyright 2026``): the page's
footer, however long; not a sentence about the law (``Copyright law is …``)."""
_FIGURE = (
    r"(?:(?:about|around|almost|nearly|over|under|up to|more than|less than|at least|some)\s+)?[-+−]?"
    r"(?:[£$€¥₹]|(?-i:[A-Z]{1,3})\$)?\s?\d[\d,.]*(?:\s?[-–/:]\s?\d[\d,.]*)?"
    r"(?:%|\s?(?:per ?cent|k|m|bn|tn|million|billion|thousand|trillion)\b)?"
)
"""A figure: ``14``, ``£2,500``, ``$4.1bn``, ``4.9%``, ``31-12``, ``about 300``."""
_FIELD_FACT = re.compile(
    rf"^(?P<label>[^\W\d_][\w'’&/-]*(?:\s+[\w'’&/()-]+){{0,4}})\s*:\s+{_FIGURE}(?:\s+[^\s.!?:]+){{0,2}}\.?$",
    re.IGNORECASE,
)
"""A fact under its label: ``Casualties: 14``, ``Fine: £2,500``, ``Road closed: 6 hours``."""
_NO_FACT_LABEL = re.compile(
    r"^(?:tel(?:ephone)?|phone|mobile|cell|fax|call|text|e-?mail)\b|(?:^|\s)(?:tel(?:ephone)?|phone|mobile|fax"
    r"|e-?mail|ext(?:ension)?|enquiries|inquiries|office|desk|views?|comments?|replies|likes?|shares?|reads?"
    r"|pages?|version|ref(?:erence)?|id|no|number|issue|vol(?:ume)?|followers|subscribers|posts?|tags?"
    r"|topics?|categor(?:y|ies)|published|posted|updated|modified|dated?|time|released?|issued|filed|length|duration"
    r"|words?|count|size|file|pdf|download|copyright|photos?|images?|video|audio|code)\.?$",
    re.IGNORECASE,
)
"""Labels of a page's or a contact's fields, not of a fact: ``Phone``, ``Views``, ``Reading time``, ``Release no.``."""
_CLOCK_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])"
)
_DATED_ENTRY = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|(?:19|20)\d{{2}})(?:,?\s+(?:19|20)\d{{2}})?"
    r"(?:\s*:|\s+[–—-])\s+[^\W\d_]",
    re.IGNORECASE,
)
"""A dated entry: a day or a year, a colon or a dash, and the first letter of what happened (``12 March: bridge
closed``, ``2024 – three crashes``)."""
_EDITORS_NOTE = re.compile(r"^\((?-i:[A-Z][A-Z’'. ]{1,20}):\s[^()]*\)$", re.IGNORECASE)
"""An agency's note to editors in brackets, its label in capitals (``(ATTN: ADDS comments in paras 4-5)``)."""
_STAMP = re.compile(r"^(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
"""A line of an update's stamp opens so (``Updated: Nov 5, 2026 / 09:15 AM CST``)."""
_FOOTER_LINE_WORDS = 12
"""A line of chrome after the last turn this short opens the page's footer (a longer one may be an answer)."""
_SQUASHED_CHARS = 1500
_SQUASHED_LABELS = 4
_SQUASHED_CHROME = re.compile(
    rf"(?:\bTRANSCRIPT:|\(?\b{_TIME}\)?(?=\s+[A-Z])"
    r"|\((?:the\s+)?[\w\s.\-]{0,40}?\b(?:was|is)\s+concluded\b[^)]*\)"
    r"|\bDPB\s*#\s*\d+|\bBack to Top\b|\bIndex for Today['’]s Briefing\b"
    r"|\bEND\b(?:\s+\d{1,2}:\d{2}\s*[AP]\.M\.\s+[A-Z]{2,4})?(?=\s|$))[ \t\u00a0]*",
)
"""Chrome inside a squashed line (and the spaces after it), to be put on a line of its own."""
_QA_HEADING = re.compile(r"^(?:questions?\s*(?:and|&)\s*answers?|q\s*&\s*a|questions?)$", re.IGNORECASE)
"""The heading that opens the questions of a briefing."""


@dataclass(frozen=True, slots=True)
class Layout:
    """What the lines of a text are: content, chrome, title, date line, section headings."""

    transcript: bool
    skip: frozenset[int] = frozenset()
    """Lines that are not content: chrome, the header block, headings."""
    title: str | None = None
    date: date | None = None
    date_from: str | None = None
    """Where ``date`` was read: ``header`` (a date line) or ``title``."""
    sections: tuple[tuple[int, str], ...] = ()
    """(line, heading) for each heading that opens a section."""
    narrator: str | None = None
    """Who speaks in the lines before the first label, by the header (a noon briefing's spokesperson)."""
    roles: tuple[tuple[str, str], ...] = ()
    """(role, name) for each spokesperson the header names: a ``Spokesman:`` label is that person."""
    people: tuple[str, ...] = ()
    """The people the header names with their titles (``Governor Hana Lindqvist``), for labels by title and surname."""

_ANY_ALWAYS_CHROME = re.compile("|".join(f"(?:{p.pattern})" for p in _ALWAYS_CHROME), re.IGNORECASE)
_ANY_EDGE_CHROME = re.compile("|".join(f"(?:{pattern})" for pattern in _EDGE_CHROME), re.IGNORECASE)


@kept_lines(LINES_KEPT)
def is_chrome(line: str) -> bool:
    """Whether a line is never a briefing's words: a time stamp, ``TRANSCRIPT:``, an end line, ``Back to
    Top``, a page number, a briefing number."""
    text = _plain(line)
    return bool(text) and _ANY_ALWAYS_CHROME.match(text) is not None


def ends_story(line: str) -> bool:
    """Whether a line closes a story or a briefing: ``END``, ``—000—``, an agency's sign-off between dashes."""
    return any(_ALWAYS_CHROME[i].match(_plain(line)) for i in _END_MARKERS)


def is_page_chrome(line: str) -> bool:
    """Whether a line of an article's page is chrome wherever it stands: a live page's time (``2h ago``,
    ``10.20 GMT``), an update's stamp, a copyright notice, a contact's number, the site's host; not a bare figure
    (a table's cell)."""
    text = _plain(line)
    timed = _ALWAYS_CHROME[0].match(text) and any(ch.isalpha() for ch in text)  # ``10.20 GMT``, not a figure
    stamp = _STAMP.match(text) and _is_date_line(text) and not reads_as_sentence(text)  # ``Updated: Nov 5, 2026 / …``
    day = around_day(text)  # a post's stamp alone: a day and its time (``October 20, 2026 at 9:44 PM``)
    rest = WORD.findall(_CLOCK.sub(" ", f"{day[0]} {day[1]}")) if day else ["no day"]
    alone = _CLOCK.search(text) and all(word.lower() in ("at", "on") for word in rest)
    marked = timed or stamp or alone or _COPYRIGHT.match(text) or _EDITORS_NOTE.match(text)
    return bool(marked) or any(_ALWAYS_CHROME[i].match(text) for i in _PAGE_MARKERS)


def states_fact(line: str) -> bool:
    """Whether a short line states a fact by its form: a figure under its label (``Casualties: 14``, ``Fine:
    £2,500``; not a contact's number nor a page's count, ``Phone: …``, ``Views: 1,204``) or a dated entry (``12
    March: bridge closed``)."""
    text = _plain(line)
    if entry := _DATED_ENTRY.match(text):  # what happened: two words or more, not a section's name (``- World``)
        words = WORD.findall(text[entry.end() - 1 :])
        return len(words) >= 2 and any(word[0].islower() for word in words)
    field = _FIELD_FACT.match(text)
    if field is None or _NO_FACT_LABEL.search(field["label"]) or is_page_chrome(text):
        return False
    value = text[field.end("label") :].lstrip(" :")
    return not (_CLOCK_ONLY.match(value) or around_day(value) or NUMERIC_DATE.search(value))


def states_figure(line: str) -> bool:
    """Whether a line states a figure (a digit that is no part of a telephone number)."""
    text = _plain(line)
    return any(ch.isdigit() for ch in re.sub(_PHONE, " ", text))


_NOTE_ON_TEXT_SEARCH = re.compile(_NOTE_ON_TEXT, re.IGNORECASE)


def is_note_on_text(line: str) -> bool:
    """Whether a line is a note on the text itself (``This is a provisional translation …``)."""
    return _NOTE_ON_TEXT_SEARCH.search(_plain(line)) is not None


def is_edge_chrome(line: str) -> bool:
    """Whether a line is site chrome or header when it stands at the top or the bottom of a page."""
    text = _plain(line)
    return (
        is_chrome(text) or _EDITORS_NOTE.match(text) is not None or _ANY_EDGE_CHROME.search(text) is not None
        or is_episode_line(text)
    )


_EPISODE_NUMBER = re.compile(r"(?:(?:season|series)\s*\d+\s*,?\s*)?(?:episode|ep\.?)\s*#?\d+|s\d{1,2}\s?e\d{1,3}", re.I)
_DURATION = re.compile(
    r"(?:\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b\.?\s*){1,3}(?:listen|long)?|\d{1,2}:\d{2}(?::\d{2})?",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s*[·•|]\s*|\s+[-–—]\s+")


def is_episode_line(line: str) -> bool:
    """Whether a line is a podcast episode's number, perhaps with its length and its day (``Episode 12 · 42 min``,
    ``S2 E12 | Published 3 March 2026``): the page's header, no title (``Episode 12: <title>`` is one)."""
    number, *rest = _PARTS.split(_plain(line))
    dated = (around_day(part) is not None and not holds_words_beside_its_date(part) for part in rest)
    return _EPISODE_NUMBER.fullmatch(number) is not None and all(
        _DURATION.fullmatch(part) or day for part, day in zip(rest, dated, strict=True)
    )


_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
_MENU_GAP = re.compile(r"\s+[|•·]\s+|\s{2,}|\t")
_BUTTON = re.compile(
    r"^(?:watch|download|listen|print|share|read|view|subscribe|sign (?:in|up)|log in|follow|e-?mail|save|play"
    r"|close)\b",
    re.IGNORECASE,
)
_MENU_ITEM_WORDS = 4


_ITEM_COUNT = re.compile(r"(?<=[^\W\d_])\s?\(\d{1,3}\)(?=\s{2,}|\s*$)")
"""A count in brackets after a menu's item: ``Basket (0)``, ``Messages (3)``."""
_COUNTED_ITEM = re.compile(r"[^()]*[^\W_][^()]*\s?\(\d{1,4}\)")
"""A menu's item with its count in brackets, the whole of it: ``Top 10 (2026)``, ``Best of (5)``."""


def is_menu(line: str) -> bool:
    """Whether a line is a menu or a bar of buttons, as a page pasted from a browser keeps them: three short items
    or more parted by bars or by wide spaces (``News  Sport  Jobs``, ``[Parking](…) | [News](…)``), no sentence
    among them and no figure (a table's row, a date line); or two items or more that are all buttons (``Watch the
    meeting | Download transcript (PDF)``) or all short and counted in brackets (``Top 10 (2026)  Best of (5)``)."""
    items = [item.strip() for item in _MENU_GAP.split(_MARKDOWN_LINK.sub(r"\1", line.strip()))]
    if len(items) < 2 or not all(items):
        return False
    if all(_BUTTON.match(item) for item in items):
        return True
    short = all(len(WORD.findall(item)) <= _MENU_ITEM_WORDS and item[-1] not in ".?!:" for item in items)
    if short and all(_COUNTED_ITEM.fullmatch(item) for item in items):
        return True  # a site's lists, each with its count in brackets (``Top 10 (2026)  Best of (5)``)
    counted = _ITEM_COUNT.sub("", line)  # a basket's or an inbox's count, ``Basket (0)``, is no figure
    return len(items) >= 3 and short and not any(ch.isdigit() for ch in counted)


def read_layout(lines: list[str], headings: frozenset[int] = frozenset()) -> Layout:
    """Read the lines of a text (``headings``: lines the format marks as headings, such as a web page's
    ``<h2>``); a text that is not a transcript comes back with ``transcript`` False and nothing else."""
    header_end = _header_end(lines)
    if not _is_transcript(lines, header_end):
        return Layout(False)
    header = [n for n in range(header_end) if lines[n].strip()]
    title, title_line = _title(lines, header)
    # Bare heading lines are taken for headings only where a spokesperson speaks topic by topic: a noon
    # briefing, or a text whose other headings are marked (``**Syria``). Elsewhere such a line is a turn's.
    bare = any(_INTRO.search(_plain(lines[n])) for n in header) or any(
        _plain(line).startswith("**") for line in lines[header_end:]
    )
    if header and header[-1] != title_line and _opens_first_section(lines, header[-1], header_end, headings, bare):
        header_end = header.pop()  # the first topic's heading, right before the spokesperson's first words
    skip = set(header)
    when, when_from = _date(lines, header, title_line)
    roles = _roles(lines, header)
    roles += _role_holders(lines, header, header_end, {role_key(role) for role, _ in roles})
    skip.update(_body_chrome(lines, header_end))
    sections = _sections(lines, header_end, skip, headings, bare)
    skip.update(line for line, _ in sections)
    opening = opening_speaker([lines[n] for n in header], lines[header_end:])  # "Remarks by …" and their label
    narrator = f"{roles[0][0]} ({roles[0][1]})" if roles else opening
    people = header_people([lines[n] for n in header])
    return Layout(True, frozenset(skip), title, when, when_from, tuple(sections), narrator, tuple(roles), people)


def unsquash(text: str) -> str:
    """A transcript squashed onto one line put back on lines: a break before each speaker label and around each
    line of chrome. Only a line over ``_SQUASHED_CHARS`` with ``_SQUASHED_LABELS`` labels or more is touched."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if len(line) < _SQUASHED_CHARS:
            continue
        starts = labels_inside(line)
        if len(starts) < _SQUASHED_LABELS:
            continue
        for chrome in _SQUASHED_CHROME.finditer(line):
            starts += [chrome.start(), chrome.end()]
        lines[number] = _broken_at(line, sorted(set(starts)))
    return "\n".join(lines)


def _broken_at(line: str, starts: list[int]) -> str:
    """The line with the white space right before each of ``starts`` turned into one line break."""
    pieces: list[str] = []
    done = 0
    for start in starts:
        space = start
        while space > done and line[space - 1] in " \t\u00a0":
            space -= 1
        if space == start or space <= done:
            continue  # nothing to break on (a label run into a sentence stays as it is)
        pieces += [line[done:space], "\n"]
        done = start
    pieces.append(line[done:])
    return "".join(pieces)


def header_date(lines: list[str], title: str | None = None) -> date | None:
    """The date line before a text's first speaker turn (chrome such as ``Last updated …`` or a menu's ``Trending:
    … 12 January 2025`` aside): the one nearest the line holding ``title`` when it is given and found, else the
    first."""
    dated: list[tuple[int, date]] = []
    title_at: int | None = None
    order = numbers_order("\n".join(lines)) if any(NUMERIC_DATE.search(line) for line in lines) else None
    for number, line in enumerate(lines):
        text = _plain(line)
        if not text:
            continue
        if starts_with_label(line):
            break
        if title and title_at is None and title in text:
            title_at = number
        if _is_date_line(text) and not _dated_chrome(text) and (found := _ordered_date(text, order)) is not None:
            dated.append((number, found))
    if not dated:
        return None
    if title_at is None:
        return dated[0][1]
    # Nearest the title; on a tie the one under it, unless the one above holds a date alone (a menu's headline does not)
    return min(dated, key=lambda item: abs(item[0] - title_at) * 2 + _above_with_words(lines, item[0], title_at))[1]


def page_date_line(lines: list[str], within: int = 12) -> DateLine | None:
    """``find_date_line`` with the lines that point to other pages left out: a menu's ``Trending: … 12 January
    2025`` dates no page."""
    kept: list[str] = []  # up to the ``within``-th line left with words: ``find_date_line`` reads no further
    filled = 0
    for line in lines:
        if filled >= within:
            break
        kept.append("" if points_elsewhere(line) else line)
        filled += bool(kept[-1].strip())
    return find_date_line(kept, within)


def points_elsewhere(line: str) -> bool:
    """A line pointing to other pages, behind a bullet or a breadcrumb too: ``• Trending: …``, ``Home > Latest: …``."""
    text = _plain(line)
    if _READ_ON.match(text) and len(WORD.findall(text)) >= _READ_ON_WORDS and reads_as_sentence(text):
        return False  # ``Read more about the plans in the report, which …``: a sentence of the page's own
    return any(_ELSEWHERE.match(part.lstrip(_BULLETS)) for part in _CRUMB.split(text))


_POINTER_HEADING = re.compile(
    r"^(?:more on this (?:story|topic|subject)|read more|read next|related(?: coverage| stories| articles| content"
    r"| links| reading| news| topics)?|most (?:read|popular|viewed|shared|watched)|see also|also read|also on \w+"
    r"|recommended(?: for you| reading| stories)?|you (?:may|might) also (?:like|be interested in)|further reading"
    r"|top stories|latest (?:news|stories|headlines)|more (?:stories|news|headlines|from [\w ]{1,30}))\s*:?$",
    re.IGNORECASE,
)
"""A heading alone on its line over a list of links to other pages: ``More on this story``, ``Read more:``."""
_POINTER_ITEMS = 12
_POINTER_ITEM_WORDS = 15


def pointer_lists(lines: list[str]) -> set[int]:
    """The lines of a list of links to other pages: its heading alone on its line (``More on this story``,
    ``Related coverage``, ``Read more:``, ``Most read``) and the headlines under it, blank lines among them, up to
    the first line that reads as a sentence or runs long (the article going on)."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        if not _POINTER_HEADING.match(_plain(line).strip(" #*_•")):
            continue
        found.add(number)
        items = 0
        for below in range(number + 1, len(lines)):
            text = _plain(lines[below])
            if not text.strip():
                continue
            if reads_as_sentence(text) or len(WORD.findall(text)) > _POINTER_ITEM_WORDS or items >= _POINTER_ITEMS:
                break
            found.add(below)
            items += 1
    return found


_READ_ON = re.compile(r"^(?i:read more)\s+[a-z]")
"""``Read more`` going on in lower case, as a sentence may (``Read more about the plans in …``)."""
_READ_ON_WORDS = 10


def us_date(text: str, day_first: bool = False) -> date | None:
    """The first date written in numbers (``datelines.numeric_days``), or None."""
    return next((day for *_, day in numeric_days(text, day_first)), None)


def _ordered_date(text: str, order: bool | None) -> date | None:
    """The first day written out in ``text``, in words or in numbers read in the page's ``order`` (day first when
    True); a day in numbers whose day and month could be swapped dates nothing when the order is None."""
    if (found := find_date(text)) is not None:
        return found
    return None if order is None and _swappable(text) else us_date(text, bool(order))


def date_in(line: str) -> date | None:
    """The first day written out in a line, in words or in U.S. numbers."""
    return find_date(line) or us_date(line)


def _header_end(lines: list[str]) -> int:
    """The first line after the header block: the first turn or sentence of content, unless a line only a header
    holds (a date line, a time, ``TRANSCRIPT:``, a hearing's ``Witnesses:``) still follows before the first turn; the
    first turn of captions."""
    if turns := caption_turns(lines) or dashed_roles(lines) or asked_and_answered(lines) or keyed_turns(lines):
        return min(turns)  # captions' turns (a name over a time), a call's (``Operator``) open under the header
    end = _first_content(lines, 0)
    while end < len(lines) and not starts_with_label(lines[end]):
        marker = None
        for number in range(end + 1, min(len(lines), end + _HEADER_LOOKAHEAD)):
            if starts_with_label(lines[number]):
                break
            if _is_header_marker(_plain(lines[number])) or _HEARING_HEAD.match(_plain(lines[number])):
                marker = number  # a hearing's ``Members present:`` under a record's note (``Ordered by … to be
                # published on …``) is the header's too
        if marker is None:
            break
        end = _first_content(lines, marker + 1)
    return end


def in_headline_capitals(line: str) -> bool:
    """Three words or more, and all but the small words capitalised (or most of them, for a name such as
    ``al-Nusra``)."""
    words = [word for word in WORD.findall(line) if not _SMALL_WORD.fullmatch(word)]
    if len(words) < 3:
        return False
    capitals = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
    return capitals * 5 >= len(words) * 4


_KIND_LABEL = re.compile(
    r"^(?:(?:full|rush|edited|official) )?transcript\s*:\s*(?=\S)"
    r"|^(?:joint )?(?:media|press|news) (?:briefing|conference|call|gaggle|availability)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
"""A headline in a label's form naming the kind of record (``FULL TRANSCRIPT: Airport chief on …``, ``JOINT MEDIA
BRIEFING: OPERATION TURNSTILE``): the header's, no turn, when the words after it are no sentence."""


def kind_headline(text: str) -> bool:
    """Whether a line is a headline in a label's form naming the kind of record (``_KIND_LABEL``)."""
    label = _KIND_LABEL.match(text)
    return label is not None and not reads_as_sentence(text[label.end() :])


def _first_content(lines: list[str], start: int) -> int:
    for number in range(start, len(lines)):
        text = _plain(lines[number])
        if not text or _headline_over_marker(lines, number) or kind_headline(text):
            continue
        if starts_with_label(lines[number]):
            return number
        if is_edge_chrome(text) or _INTRO.search(text) or _is_date_line(text) or NOTE.match(text):
            continue
        if _HEARING_HEAD.match(text):
            continue
        if reads_as_sentence(text):
            return number
    return len(lines)


_HEARING_HEAD = re.compile(
    r"^(?i:(?:(?:committee )?members present|present|in attendance|witnesses|panel)\s*:.*"
    r"|witness(?:es)?|panel|questions? \d{1,4}\s*[-–—]\s*\d{1,4})$|^(?:I{1,3}|IV|VI{0,3}|IX|X)\s*:\s"
)
"""A committee hearing's header lines over its first question: who was present, the questions' numbers, the
witnesses and their panel (``I: Name, Role; and Name, Role``)."""


def _headline_over_marker(lines: list[str], number: int) -> bool:
    """A headline in capitals, perhaps a question or in a label's form, right over a line only a header holds
    (``Stadium Disaster: Who Locked Gate 7?`` over ``Aired May 20, 2024 - 21:00 ET``): the header's, no turn."""
    if not in_headline_capitals(lines[number]):
        return False
    under = next((line for line in islice(lines, number + 1, None) if line.strip()), "")
    return _is_header_marker(_plain(under))


def _is_header_marker(text: str) -> bool:
    """A line that only a header holds: a date line, a time, ``TRANSCRIPT:``, a topic index, the opening
    line of a noon briefing."""
    return bool(text) and (
        _is_date_line(text)
        or bool(_INTRO.search(text))
        or any(_ALWAYS_CHROME[i].match(text) for i in _HEADER_MARKERS)
    )


def reads_as_sentence(text: str) -> bool:
    words = WORD.findall(text)
    if len(words) >= 25:
        return True
    text = text.rstrip(_STORY_END)  # a wire's end-of-story mark after the last sentence: ``… this year. ■``
    if not CLOSING_BRACKET.sub("", text).endswith(tuple(_SENTENCE_END)):  # ``… (Rule 178)`` ends no sentence
        return False
    return len(words) >= 4 or any(word[0].islower() for word in words)


def _is_date_line(text: str) -> bool:
    if day := around_day(text):  # a time beside the day is no word (``November 14, 2026 - 15:40 - the Palace``)
        return len(WORD.findall(_CLOCK.sub(" ", f"{day[0]} {day[1]}"))) <= 6
    return us_date(text) is not None and len(text) <= 40


def _is_transcript(lines: list[str], header_end: int) -> bool:
    """Mostly speaker turns, chrome left out; or a briefing's header and some turns of two speakers or more;
    or many turns with questions among them."""
    if any(_INTRO.search(_plain(lines[n])) for n in range(header_end)):
        return True  # "… a near-verbatim transcript of today's noon briefing by …"
    content = [n for n in range(header_end, len(lines)) if lines[n].strip() and not is_chrome(lines[n])]
    alone, unspoken = labels_alone(lines), unspoken_names(lines)
    found = [(n, label) for n in content if n not in unspoken and (label := label_at_start(lines[n]) or alone.get(n))]
    labels = [label for _, label in found]
    labelled = len(labels)
    if labelled < 2:
        return False
    if labelled * 2 >= len(content):
        return True
    if len({label.speaker.upper() for label in labels}) < 2:  # one speaker's label; or only the questions labelled
        # under a header naming the one who briefs (``Briefing by Spokeswoman …``), who answers unlabelled
        return all(is_questioner(label.speaker) for label in labels) and bool(
            opening_speaker(lines[:header_end], lines[header_end:]))
    cue = any(_TITLE_WORDS.search(lines[n]) or is_chrome(lines[n]) for n in range(header_end))
    cue = cue or any(label.text_start >= len(lines[n].rstrip()) for n, label in found)  # a record's member
    if cue and labelled >= 3 and labelled * 8 >= len(content):
        return True  # a briefing's header, or labels alone on their lines, and turns between their statements
    if opening_speaker(lines[:header_end], lines[header_end:]):
        return True  # remarks by someone the header names, who answers under a label
    questions = sum(is_questioner(label.speaker) for label in labels)
    return labelled >= 6 and questions >= 3 and labelled * 3 >= len(content)


_SUBJECT = re.compile(r"^(?:subject|inquiry|segment|topic)\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)
"""A header's field naming what the record is about: ``Subject: Misprinted ballot papers …``, ``Inquiry: …``."""
_NO_TITLE_FIELD = re.compile(
    r"^(?:venue|location|place|guests?|participants|speakers|present|start|time|running time|host)\s*:", re.IGNORECASE
)
"""A header's field that never titles the record: where and when it was held, who took part."""
def _title(lines: list[str], header: list[int]) -> tuple[str | None, int | None]:
    """The value of the header's ``Subject:`` field, what the record is about (not ``TRANSCRIPT - MEDIA CALL`` over
    ``Subject: Decision on …``), else its title (``_named_title``)."""
    subjects = [(match["value"], n) for n in header if (match := _SUBJECT.match(_plain(lines[n])))]
    return subjects[0] if subjects else _named_title(lines, header)


def _named_title(lines: list[str], header: list[int]) -> tuple[str | None, int | None]:
    """Of the header lines naming a briefing (not banners, menus or a series name), the one that reads most as a
    title; a series name when there is nothing else."""
    records = [p for p, n in enumerate(header) if RECORD_NAME.match(_plain(lines[n]))]
    debated = [n for n in header[records[0] + 1 :] if not _is_date_line(_plain(lines[n]))] if records else []
    if debated and not is_edge_chrome(lines[debated[0]]):
        return _plain(lines[debated[0]]), debated[0]  # the item debated under the record's name, not the record
    best: tuple[int, str, int] | None = None
    fallback: tuple[str | None, int | None] = (None, None)
    for position, number in enumerate(header):
        text = _plain(lines[number])
        after = _plain(lines[header[position + 1]]) if position + 1 < len(header) else ""
        if _GOES_ON.match(after) and not (reads_as_sentence(after) or is_edge_chrome(after)):  # ``by …`` goes on
            text = f"{text} {after}"
        if (
            is_edge_chrome(text) or is_menu(lines[number]) or _INTRO.search(text) or len(text) > 200
            or text.endswith(":") or _captioned(text) or _NO_TITLE_FIELD.match(text)
            or (text.startswith("[") and text.endswith("]")) or text[:3].lower() == "by "
        ):  # chrome, a label whose value is on the next line (``Transcript ID:``), a photo's caption, a catalogue
            continue  # line in brackets (``[House Hearing 119-40]``), a byline (``By Transcript Desk – Oct 29``)
        if not _TITLE_WORDS.search(text):
            continue
        if _SERIES.match(text):
            fallback = fallback if fallback[0] else (text, number)
            continue
        words = len(WORD.findall(text))
        score = 2 * (date_in(text) is not None) + 2 * bool(_NAMES_WHO.search(text)) + (words >= 5) - (words <= 2)
        if best is None or score > best[0]:
            best = (score, text, number)
    if best is not None and best[0] >= 0:
        return best[1], best[2]
    if fallback[0] is None:  # no line names a briefing: the line that is no chrome, date or time nearest over the
        named_lines = [  # first date line (the site's name stands at the top), else the first such line; not a
            n  # kind (``Statement``) nor a numbering (``Volume 812, No. 41``)
            for n in header
            if not (is_edge_chrome(lines[n]) or _is_header_marker(_plain(lines[n])) or _no_record_title(lines[n]))
            and sum(word[0].isalpha() for word in WORD.findall(lines[n])) > 1 and not _NUMBERING.match(_plain(lines[n]))
            and not _plain(lines[n]).startswith(("(", "["))  # a note on the record: (Uncorrected - Not for publication)
        ]
        plain = [n for n in named_lines if any(ch.islower() for ch in lines[n])]  # a topic index in capitals: none
        plain = plain or named_lines[:1]  # but a record's name in capitals over no other line
        dated = next((n for n in header if _is_date_line(_plain(lines[n]))), -1)
        given = Counter(_plain(lines[n]) for n in header)  # a title page, then the title over the first page
        twice = [
            n for n in header
            if given[_plain(lines[n])] > 1 and len(WORD.findall(lines[n])) >= 3 and not is_edge_chrome(lines[n])
            and not (_no_record_title(lines[n]) or _is_date_line(_plain(lines[n])))
        ]
        above = [n for n in plain if n < dated]
        above = [n for over, n in pairwise([-1, *above]) if not _names_who_or_where(lines, n, over)]
        while len(above) > 1 and (_goes_on(_plain(lines[above[-1]])) or _is_summary(lines, above[-2], above[-1])):
            above.pop()  # ``On <programme> with <host>``, a byline, a summary under the title
        days = [date_in(lines[n]) for n in header if _is_date_line(_plain(lines[n]))]  # a title naming the day a
        named = dated >= 0 and holds_words_beside_its_date(lines[dated]) and days[0] in days[1:]  # date line gives
        first = twice[0] if twice else dated if named else above[-1] if above else next(iter(plain), None)
        fallback = (_plain(lines[first]), first) if first is not None else fallback
    return fallback


def _captioned(line: str) -> bool:
    """A photo's caption: a sentence, then its credit after a bar (``… in Tokyo on March 18. | Name``)."""
    parts = _CRUMB.split(line)
    return len(parts) > 1 and reads_as_sentence(parts[0])


def _goes_on(line: str) -> bool:
    """A line opening with a joining word, perhaps in capitals: it goes on from the title over it (``On <programme>
    with <host>``, ``By <name>``)."""
    return _GOES_ON.match(line[:1].lower() + line[1:]) is not None


def _is_summary(lines: list[str], over: int, number: int) -> bool:
    """Whether a line longer than a headline (fifteen words or more) is the summary under a shorter title of three
    words or more right over it."""
    words = [len(WORD.findall(lines[n])) for n in (over, number)]
    right_over = not any(lines[n].strip() for n in range(over + 1, number))
    return right_over and 3 <= words[0] < words[1] and words[1] >= 15


def _names_who_or_where(lines: list[str], number: int, over: int) -> bool:
    """A person's name, a role under one or a room (``Hon. Amara Okonjo``, then ``Harbour Master``; ``Town Hall,
    Room 4``), not a short title (``Ferry Strike``, ``Ferry Strike, Day Two``)."""
    line = _plain(lines[number])
    if _HONORIFIC.match(line) or _ROLE_LINE.match(line):
        return True
    under_name = over >= 0 and (_HONORIFIC.match(_plain(lines[over])) is not None or _goes_on(_plain(lines[over])))
    return (under_name and len(WORD.findall(line)) <= 3) or ("," in line and any(ch.isdigit() for ch in line))


def _no_record_title(line: str) -> bool:
    """A sentence (a bracket closing a line ends none: ``Fishing Quotas (Coastal Communities)``; a question in
    headline capitals is a headline: ``Who Locked Gate 7?``), or a site's line parted by a pipe (``Northern Assembly |
    Hansard``)."""
    text = CLOSING_BRACKET.sub("", line.strip())
    asks = text.endswith("?") and in_headline_capitals(text)
    return (reads_as_sentence(text) and not asks) or _CRUMB.search(line) is not None


def _date(lines: list[str], header: list[int], title_line: int | None) -> tuple[date | None, str | None]:
    """The day the header gives: the title's (the event's, before a posting stamp under it), else a date line's,
    else any other header line's (site chrome, such as a menu's ``Trending: … 12 January 2025``, gives none)."""
    others: list[date] = []
    texts = {n: _published_part(_labelled(lines, header, n)) for n in header}
    titled = _plain(lines[title_line]) if title_line is not None else ""
    # A day whose day and month could be swapped (``10/05/2026``) is read in the order the page shows (a sure day,
    # time zones, spellings: ``numbers_order``), else it dates nothing: no day rather than a wrong one, in the title
    # too (``Midday press briefing of 10/03/2026``) (asked only when a header line or the title writes a day in
    # numbers: the order changes nothing elsewhere)
    numeric = any(NUMERIC_DATE.search(text) for text in [*texts.values(), titled])
    order = (True if any(map(_day_first, texts.values())) else numbers_order("\n".join(lines))) if numeric else None
    named = _ordered_date(titled, order) if title_line is not None else None
    held = [days[0][2] for n in header if HELD_LINE.match(texts[n]) and len(days := page_days(texts[n])) == 1]
    if held:  # the day a meeting was held (``Meeting held: <day>, <place>``), before its record's approval
        return (named, "title") if named is not None and named < held[0] else (held[0], "header")
    # A date line under the title before one above it that holds more than the date (a menu's unknown headline).
    for number in sorted(header, key=lambda n: title_line is not None and _above_with_words(lines, n, title_line)):
        text = texts[number]
        if number == title_line or _dated_chrome(text) or (_RANGE.search(text) and not _bulleted_day(lines, number)):
            continue
        if (found := find_date(text) or us_date(text, bool(order))) is None:
            continue
        if find_date(text) is None and _swappable(text) and order is None:
            continue
        if _is_date_line(text):
            return (named, "title") if named is not None and named < found else (found, "header")
        else:
            others.append(found)
    if named is not None:
        return named, "title"
    return (others[0], "header") if others else (None, None)


_BULLET_DAY = re.compile(
    r"^[•·]\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4}\s*[-–—]$"
)
_BULLET_AFTER = re.compile(r"^[•·]\s*(?:[|·]?$|(?i:last\s+)?(?i:updated|modified)\b)")


def _bulleted_day(lines: list[str], number: int) -> bool:
    """Whether a day closed by a dash is a page's first item of facts, not a range from it: ``• 12 Feb. 2026 -``
    over ``• |`` or ``• Last updated: …``, the items of one line of a page set out as a list."""
    following = next((_plain(line) for line in lines[number + 1 : number + 3] if line.strip()), "")
    return bool(_BULLET_DAY.match(_plain(lines[number]))) and bool(_BULLET_AFTER.match(following))


def _labelled(lines: list[str], header: list[int], number: int) -> str:
    """A header line as read with its value: a label ending in a colon and the next line (``Release Date:``)."""
    text = _plain(lines[number])
    after = [n for n in header if n > number]
    return f"{text} {_plain(lines[after[0]])}" if text.endswith(":") and after else text


def _day_first(text: str) -> bool:
    return any(int(match[1]) > 12 >= int(match[3]) for match in NUMERIC_DATE.finditer(text))


def _swappable(text: str) -> bool:
    return any(int(m[1]) <= 12 and int(m[3]) <= 12 and int(m[1]) != int(m[3]) for m in NUMERIC_DATE.finditer(text))


def _above_with_words(lines: list[str], number: int, title_line: int) -> bool:
    """Whether line ``number`` stands above the title and holds words beside its date."""
    return number < title_line and holds_words_beside_its_date(lines[number])


def holds_words_beside_its_date(line: str) -> bool:
    """Whether a dated line holds more than its day (``Spotlight: … 12 January 2025``, not ``12 May 2024`` or
    ``Tuesday, July 9, 2024``)."""
    text = _plain(line)
    day = around_day(text)
    return len(WORD.findall(f"{day[0]} {day[1]}" if day else text)) > 1


def opens_with_date(line: str) -> bool:
    """Whether a line opens with a day and goes on with words after a mark (a ticker's ``12 January 2025 · Election
    results live``): no title, whatever it holds."""
    day = around_day(_plain(line))
    return day is not None and not day[0] and re.match(r"\s*[·•|:–—-]\s*[^\W\d_]", day[1]) is not None


_PUBLISHED_STAMP = re.compile(
    r"^(?:(?:first|originally) )?(?:published|posted|issued)\b.*?"
    r"(?=\s*(?:[|·•(;–—]\s*|\s)(?:last )?(?:updated|modified)\b)",
    re.IGNORECASE,
)
"""A page's publication stamp before its update's (``Published 1 December 2026, 15:20 | Updated …``, ``Posted 6 Mar
2026, 14:38 | Updated …``, ``Published: 11 March 2026, 17:42 (updated …)``): its part before the update is a date
line."""


def _published_part(text: str) -> str:
    """A header line as its day is read: a publication stamp without the update's stamp after it, else the line."""
    stamp = _PUBLISHED_STAMP.match(text)
    return stamp[0] if stamp and (find_date(stamp[0]) or us_date(stamp[0])) else text


def _dated_chrome(text: str) -> bool:
    """A dated line that is chrome: ``Last updated …``, ``© 2017 …``, a menu's ``Trending: … 12 January 2025``."""
    return bool(points_elsewhere(text) or re.search(r"updated|reviewed|modified|©|copyright|archived", text, re.I))


def _roles(lines: list[str], header: list[int]) -> list[tuple[str, str]]:
    """The spokespeople the header names with their role (``… by Name, Spokesman for …``, or a name line then a
    role line)."""
    found: list[tuple[str, str]] = []
    for position, number in enumerate(header):
        text = _plain(lines[number])
        if intro := _INTRO.search(text):
            found.extend((m["role"], m["name"]) for m in _NAMED_ROLE.finditer(intro["people"]))
        elif (role := _ROLE_LINE.match(text)) and position and _PERSON_LINE.match(_plain(lines[header[position - 1]])):
            found.append((role["role"], _plain(lines[header[position - 1]])))
    return found


_HOLDER = (
    r",?\s+(?P<name>(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:and|said|says|spoke|with|at|on|in|who)\b))"
)
"""A person's name right after a role in the header (``Environment Secretary Owen Pritchard``, ``the Secretary for
Transport, Ms Tse Mei-lan:``), ending where the sentence goes on."""


_ROLE_WORD = re.compile(
    r"\b(?:secretary|minister|premier|commissioner|director|executive|president|governor|mayor|chair(?:man|woman|"
    r"person)?|officer|chancellor|ambassador|envoy|commander|administrator|coordinator|advis[eo]r|superintendent|"
    r"inspector|attorney|prosecutor|registrar|treasurer|controller|auditor|manager|engineer|sheriff|constable|chief)\b",
    re.IGNORECASE,
)
"""A word that makes a label a post, not a person's name (``Environment Secretary``, ``Director of Ferries``)."""


def _role_holders(lines: list[str], header: list[int], header_end: int, known: set[str]) -> list[tuple[str, str]]:
    """The people the header or the lines before the first turn name by the roles the turns are labelled with
    (``Chief Executive:`` under ``… what the Chief Executive, Mr Ho Wing-kei, said …``): a role naming one person
    only, not one already known."""
    heads = {n: label for n in range(header_end, len(lines)) if (label := label_at_start(lines[n]))}
    first = min(heads, default=header_end)
    text = " ".join(_plain(lines[n]) for n in [*header, *range(header_end, first)])
    posts = {head.speaker for head in heads.values()}
    found: list[tuple[str, str]] = []
    for post in sorted(posts):
        if role_key(post) in known or not _ROLE_WORD.search(post) or is_questioner(post) or post.upper() == post:
            continue
        names = {m["name"] for m in re.finditer(rf"(?<![\w-])(?i:{re.escape(post)}){_HOLDER}", text)}
        if len(names) == 1:
            found.append((post, names.pop()))
    return found


_PEOPLE_PARTS = re.compile(r"\s*(?:[,;:()|&–—]|\s-\s|\b(?i:and|by|with|from|at|of|on|for|in)\b)\s*")
_TITLED_NAME = re.compile(r"(?:[A-Z][\w.'’\-]*\s+){2,6}[A-Z][\w'’\-]+")
"""Three capitalised words or more: a title, a first name and a surname at the least (``Governor Hana Lindqvist``)."""


def header_people(lines: list[str]) -> tuple[str, ...]:
    """The titled people a header names, one by one (``Remarks by Governor Hana Lindqvist and Senior Deputy Governor
    Marcus Obi`` gives both), each as written there, a line in capitals title-cased."""
    found: list[str] = []
    for line in lines:
        text = _plain(line)
        if text.isupper():
            text = text.title()
        for part in _PEOPLE_PARTS.split(text):
            if _TITLED_NAME.fullmatch(part.strip()) and part.strip() not in found:
                found.append(part.strip())
    return tuple(found)


def _body_chrome(lines: list[str], header_end: int) -> set[int]:
    """Chrome after the header: lines that are never content, everything after an end line up to a new turn,
    and the page's footer after the last turn."""
    chrome: set[int] = set()
    ended = False
    turns: list[int] = []
    alone = labels_alone(lines)
    before, previous = "", -1  # the last line of words: chrome if a button under each turn (``Share this``)
    under_label, bars = False, set()  # right under a label alone on its line: a bar of links is none of its words
    for number in range(header_end, len(lines)):
        text = _plain(lines[number])
        if not text:
            continue
        if is_note_on_text(text):  # under a label too: ``Please note: This transcript is not edited …``
            chrome.add(number)
            continue
        if starts_with_label(lines[number]) or number in alone:
            ended = False
            turns.append(number)
            if is_edge_chrome(before) and not reads_as_sentence(before):
                chrome.add(previous)
            label = label_at_start(lines[number])
            under_label = number in alone or (label is not None and label.text_start >= len(lines[number].rstrip()))
            continue
        if under_label and is_edge_chrome(text) and not reads_as_sentence(text):
            bars.add(number)
        before, previous, under_label = text, number, False
        if ended or is_chrome(text):
            chrome.add(number)
            ended = ended or ends_story(text)
    if turns and _names_contact(lines, turns):  # ``PRESS OFFICER: Name`` over a phone line: no turn
        chrome.add(turns.pop())
    last_turn = turns[-1] if turns else header_end
    # The footer: from the first short line of chrome or a copyright notice after the last turn, and any trailing
    # run of chrome or of short lines that read as no sentence.
    for number in range(last_turn + 1, len(lines)):
        text = _plain(lines[number])
        short = len(WORD.findall(text)) <= _FOOTER_LINE_WORDS and not _CODE.match(text)
        notes = _ALWAYS_CHROME[_NOTES_MARKER].match(text)  # ``ENDS``, ``Notes to editors``: the notes are the text's
        if text and number not in bars and is_edge_chrome(text) and (short or _COPYRIGHT.match(text)) and not notes:
            chrome.update(n for n in range(number, len(lines)) if lines[n].strip())
            break
    words = [n for n in range(last_turn + 1, len(lines)) if lines[n].strip()]
    over = dict(zip(words[1:], words, strict=False))  # the line of words over each
    for number in reversed(words):
        text = _plain(lines[number])
        if number in chrome:
            continue
        offer = _OFFER.search(text) and number in over and not reads_as_sentence(_plain(lines[over[number]]))
        if offer or is_edge_chrome(text) or not (reads_as_sentence(text) or text.endswith((",", "--", "—", "–"))):
            chrome.add(number)
            continue
        break
    if keyed_turns(lines):  # a time code alone over each turn of a transcript keyed by initials (``00:04:49``)
        chrome.update(n for n in range(header_end, len(lines)) if TIME_ALONE.match(lines[n]))
    return chrome | bars


def _names_contact(lines: list[str], turns: list[int]) -> bool:
    """Whether the last turn's label opens no other turn and its line names a person, with no sentence after it to
    the end of the page: a contact under the text (``PRESS OFFICER: Name``, then a phone line and links), not an
    answer (``MS. ROSS: Rosa Lind``)."""
    label = label_at_start(lines[turns[-1]])
    if label is None or _PERSON_LINE.match(_plain(lines[turns[-1]][label.text_start :])) is None:
        return False
    if any((other := label_at_start(lines[n])) and other.speaker == label.speaker for n in turns[:-1]):
        return False
    after = [_plain(line) for line in lines[turns[-1] + 1 :] if line.strip()]
    return bool(after) and not any(reads_as_sentence(text) for text in after)


_KEYS_HEADING = re.compile(
    r"^(?:keyboard (?:shortcuts?|navigation|commands|controls|help)|(?:shortcut|hot) ?keys|shortcuts)\s*:?$",
    re.IGNORECASE,
)
"""The heading of a page's help on its keys (``Keyboard shortcuts``)."""
_KEYS_LINES = 8
"""At most so many lines of keys under that heading, at the page's end."""


def help_block(lines: list[str]) -> tuple[int, ...]:
    """A page's help on its keys at its end: a heading such as ``Keyboard shortcuts`` and the lines under it to the
    end, each short and no sentence (``j previous speech k next speech``, ``? show this help``); () without one."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    for at in range(len(filled) - 1, max(-1, len(filled) - 2 - _KEYS_LINES), -1):
        if _KEYS_HEADING.match(_plain(lines[filled[at]])):
            under = filled[at + 1 :]
            short = all(
                len(WORD.findall(text := _plain(lines[n]))) <= 12 and not reads_as_sentence(text) for n in under
            )
            return tuple(filled[at:]) if short and at > 0 else ()
    return ()


def footer_lines(lines: list[str]) -> tuple[int, ...]:
    """The page's footer under an article: the last lines that are site chrome and no sentence (``Share this
    article``, ``Cookie settings | Privacy``, ``© 2024 …``), and a help on the page's keys (``help_block``)."""
    keys = help_block(lines)
    footer: list[int] = list(keys)
    for number in range(min(keys, default=len(lines)) - 1, -1, -1):
        text = _plain(lines[number])
        if not text:
            continue
        if not is_edge_chrome(text) or reads_as_sentence(text) or len(WORD.findall(text)) > _FOOTER_LINE_WORDS:
            break
        footer.append(number)
    return tuple(footer) if len(footer) < len([line for line in lines if line.strip()]) else ()


def _sections(
    lines: list[str], header_end: int, skip: set[int], headings: frozenset[int], bare: bool
) -> list[tuple[int, str]]:
    """Headings inside the briefing (``**Syria``, a web page's ``<h3>``, ``Questions and answers``, and when
    ``bare`` a short line in headline form before a paragraph of the spokesperson's): each opens a section."""
    found: list[tuple[int, str]] = []
    lower: list[bool] = []  # headings in capitals stand out only in a text in lower case (counted when asked)

    def in_lower() -> bool:
        if not lower:
            letters = "".join(lines[header_end:])
            lower.append(sum(map(str.islower, letters)) > sum(map(str.isupper, letters)))
        return lower[0]

    listed = {entry["topic"] for n in range(header_end) if (entry := _LISTED.match(_plain(lines[n])))}
    contents = next((n for n in range(header_end) if _CONTENTS.match(_plain(lines[n]))), None)
    if contents is not None:  # the entries under ``Table of contents``, unnumbered: the sections' headings
        listed |= {text for n in range(contents + 1, header_end) if (text := _plain(lines[n])) and len(text) <= 100}
    for number in range(header_end, len(lines)):
        text = _plain(lines[number])
        if not text or number in skip or starts_with_label(lines[number]):
            continue
        marked = _HEADING_MARK.match(text) if text.startswith(("**", "#")) else None
        if marked and marked["text"].strip(" *"):
            found.append((number, marked["text"].strip(" *")))
        elif (
            number in headings or text in listed  # a topic the header's table of contents lists
            or _looks_like_heading(lines, number, text, bare)
            or (_capitals_heading(text) and in_lower())
        ):
            found.append((number, text))
    return found


_LISTED = re.compile(r"^\d{1,2}[.)]\s+(?P<topic>\S.{0,99})$")
"""An entry of a table of contents: ``2. The grain corridor conference in Kazan``."""
_CONTENTS = re.compile(r"^(?:table of )?contents\s*:?$", re.IGNORECASE)
"""The heading of a header's table of contents, over its entries one a line."""


def _capitals_heading(text: str) -> bool:
    """A heading in capitals between turns (``STATEMENT OF HON. ANN LEE, SENATOR FROM OHIO``): three words or more,
    letters but none in lower case (not a caption's time, ``10:02:14``), no sentence."""
    words = WORD.findall(text)
    plain = text[:1].isalnum() and not text.endswith(tuple(".?!…:;,-"))
    return plain and 3 <= len(words) <= 20 and not any(ch.islower() for ch in text) and any(map(str.isalpha, text))


def _opens_first_section(
    lines: list[str], number: int, header_end: int, headings: frozenset[int], bare: bool
) -> bool:
    """Whether the last line of a header block is the heading of the first section: the block ends at the
    briefing's first sentence, not at a speaker turn, and the line is marked as a heading or reads as one."""
    if header_end >= len(lines) or starts_with_label(lines[header_end]):
        return False
    text = _plain(lines[number])
    if is_edge_chrome(text) or _is_date_line(text) or _INTRO.search(text):
        return False
    return text.startswith("**") or number in headings or _looks_like_heading(lines, number, text, bare)


def _looks_like_heading(lines: list[str], number: int, text: str, bare: bool) -> bool:
    """``Questions and answers`` before a turn; when ``bare``, a short line in headline form, no sentence,
    followed by a paragraph that is no speaker turn."""
    words = WORD.findall(text)
    if not words or len(words) > 8 or len(text) > 80 or text.endswith((*_SENTENCE_END, ",", ":", ";")):
        return False
    if not (text[0].isupper() or text[0].isdigit()) or text.endswith(("-", "—", "–")):
        return False
    following = next((lines[n] for n in range(number + 1, len(lines)) if lines[n].strip()), None)
    if following is None or is_chrome(following):
        return False
    if starts_with_label(following) or not bare:
        return bool(_QA_HEADING.match(text))
    if not reads_as_sentence(_plain(following)):
        return False
    previous = next((lines[n] for n in range(number - 1, -1, -1) if lines[n].strip()), "")
    return _plain(previous).endswith(tuple(_SENTENCE_END)) or not previous
