"""Social and live layouts pasted as text: a forum's question-and-answer thread, a thread of posts, a live page, a
podcast transcript with its timestamps above the speakers, a group chat's export. Each turn, post or entry is read
with its speaker and its day, and the site's chrome is left out."""

from datetime import date
from operator import attrgetter

from index.models import PassageKind
from tests.conftest import built_pages, by_document

AMA = """r/IAmA
Posted by u/quill_harbour
5 hr. ago

I am Ines Quill, harbour master at Port Aldwick. The new ferry terminal opens this spring. Ask me anything!

Proof: my photo with today's date is on the port's news page.

2.4k
Comments
Share
Award
Save

Sort by: Best

level 1
tidewatcher88
· 4 hr. ago
When will the new terminal take foot passengers?

412
Reply
Share

level 2
quill_harbour
OP
· 4 hr. ago
Foot passengers can board from 3 March 2026. Cars follow two weeks later once the linkspan is certified.

987
Reply
Share
Award

level 1
gullwing_k
· 3 hr. ago
Why did the dredging run over budget?

96 points
Reply
Share

level 2
quill_harbour
OP
· 3 hr. ago
We hit old ballast stone under the berth. Removing it cost an extra 1.8 million pounds and six weeks.

240 points
Reply
Share

level 1
saltmarsh_ed
· 2 hr. ago
Thanks for doing this, the old pier was a mess.

12
Reply
Share
"""

THREAD = """Thread

Mira Castell
@miracastell
The harbour board voted 7-2 tonight to move the night ferry to the new terminal from April. What changes, in short:
10:14 PM · Jan 12, 2026
·
48.2K
Views
31
Reposts
5
Quotes
210
Likes
4
Bookmarks

Mira Castell
@miracastell
·
Jan 12
Fares stay the same until the summer timetable. Season tickets carry over without a new application.
4
12
88

Port of Aldwick
@portaldwick
·
Jan 13
We can confirm the move. Check-in for the night ferry will close 30 minutes before departure at the new terminal.
Quote
Mira Castell
@miracastell
·
Jan 12
The harbour board voted 7-2 tonight to move the night ferry to the new terminal.
2
Repost
9
Like
"""

LIVE = """Ferry strike: ministers meet union leaders – as it happened

Mon 12 Jan 2026 18.05 GMT

Key events
Show key events only
Please turn on JavaScript to use this feature

18.05 GMT
Talks end without a deal

The transport minister, Rhea Olsen, left the meeting after three hours and said talks would resume on Friday.
Share
Copy link

16.40 GMT
Union sets out its demands

The seafarers' union wants a 6% pay rise and a cap on night shifts. Its leader called the first offer an insult.
Share
Copy link

09.12 GMT
Morning sailings cancelled

All morning sailings from Port Aldwick were cancelled after crews walked out at 6am.
Share
Copy link
"""

PODCAST = """Harbour Talk, episode 41: who pays for the new terminal?

Published 14 May 2026

00:00:04
Jane Roe
Welcome back to Harbour Talk. My guest today runs the port authority's finance office.

00:00:19
Tom Achebe
Thanks, Jane. Glad to be here.

00:12:31
Jane Roe
How much of the terminal did the government pay for?

00:12:40
Tom Achebe
About 40 percent. The rest came from a bond we issued in 2024 and from the ferry operators.
"""

CHAT = """12/03/2026, 09:00 - Ines Quill created group "Aldwick ferry volunteers"
12/03/2026, 09:01 - Ines Quill added Tom Achebe
12/03/2026, 09:05 - Ines Quill: Welcome all. First shift is Saturday at the old pier.
12/03/2026, 09:07 - Tom Achebe: I can do the morning.
12/03/2026, 09:09 - Ines Quill: Great, bring a high-vis vest.
13/03/2026, 18:20 - Ines Quill changed the subject from "Aldwick ferry volunteers" to "Aldwick terminal volunteers"
13/03/2026, 18:22 - Tom Achebe: Does the new name mean we move to the terminal?
13/03/2026, 18:25 - Ines Quill: Yes, from April.
"""


def _read(tmp_path, name, text, view=attrgetter("speaker", "text")):
    """The (title, date) of one page and its passages as ``view`` shows them."""
    heads, passages = by_document(built_pages(tmp_path / "corpus", {name: text}), view)
    return heads[name], passages.get(name, [])


def test_a_forums_comments_are_turns_by_their_authors_and_the_hosts_answers_keep_the_question(tmp_path):
    (title, _), passages = _read(tmp_path, "ama.txt", AMA, attrgetter("kind", "speaker", "text", "context"))
    assert title.startswith("I am Ines Quill, harbour master at Port Aldwick")
    assert [speaker for _, speaker, _, _ in passages] == [
        "quill_harbour", "tidewatcher88", "quill_harbour", "gullwing_k", "quill_harbour", "saltmarsh_ed"
    ]
    assert {kind for kind, *_ in passages} == {PassageKind.TURN}
    _, _, text, context = passages[2]
    assert text.startswith("Foot passengers can board from 3 March 2026.")
    assert context == "When will the new terminal take foot passengers?"
    assert passages[4][3] == "Why did the dredging run over budget?"
    assert passages[0][2].endswith("Proof: my photo with today's date is on the port's news page.")
    words = " ".join(text for _, _, text, _ in passages)
    for chrome in ("level 1", "Reply", "Share", "Award", "points", "Sort by", "OP", "ago", "987"):
        assert chrome not in words


def test_a_page_without_a_forums_comment_headers_is_read_as_before(tmp_path):
    page = """Harbour notes

Background
The terminal was first proposed in 2019.

Share
Reply

Costs
The dredging ran over budget by 1.8 million pounds.
"""
    _, passages = _read(tmp_path, "notes.txt", page)
    assert passages[0] == (None, "Background\nThe terminal was first proposed in 2019.")  # no user named Background
    assert all(speaker is None for speaker, _ in passages)


def test_a_news_story_with_its_readers_comments_under_it_is_read_as_an_article(tmp_path):
    page = """Sign in | Subscribe
The Wexley Courier
News  Sport  Business  Weather
Ferry fares to rise by a fifth in April
By Tom Harker
09:30, 12 FEB 2026

Fares on the Wexley to Marne ferry will rise by 20 per cent from 1 April, the operator confirmed on Wednesday.

The operator said fuel and crew costs had climbed by a third since the last rise in 2023, and that the route lost money.

Islanders' group chair Ada Pym said the rise would push families off the island.

Comments (2)
Sort by: Newest
harbourlad
2 hours ago
Another rise, and the boat is late every other day.
Reply  Like (4)  Report
marne_mum
1 hour ago
We will be paying more to stand in the rain.
Reply  Like (2)  Report
"""
    (title, day), passages = _read(tmp_path, "fares.txt", page, attrgetter("speaker", "text"))
    assert (title, day) == ("Ferry fares to rise by a fifth in April", date(2026, 2, 12))
    assert all(speaker is None for speaker, _ in passages)
    words = " ".join(text for _, text in passages)
    assert "Fares on the Wexley to Marne ferry will rise by 20 per cent" in words
    assert "harbourlad" not in words and "Reply" not in words


def test_a_thread_of_posts_gives_each_post_its_author_and_its_day(tmp_path):
    (title, day), passages = _read(tmp_path, "thread.txt", THREAD, attrgetter("speaker", "date", "text"))
    assert day == date(2026, 1, 12)
    assert title.startswith("The harbour board voted 7-2 tonight")
    assert [(speaker, when) for speaker, when, _ in passages] == [
        ("Mira Castell", date(2026, 1, 12)), ("Mira Castell", None), ("Port of Aldwick", None), ("Mira Castell", None)
    ]
    assert passages[2][2] == (
        "We can confirm the move. Check-in for the night ferry will close 30 minutes before departure at the new "
        "terminal."
    )  # the quoting post keeps its own author; the post it quotes is its author's
    assert passages[3][2] == "The harbour board voted 7-2 tonight to move the night ferry to the new terminal."
    words = "\n".join(text for *_, text in passages)
    for chrome in ("@miracastell", "Views", "Reposts", "Likes", "Repost", "Quote", "48.2K", "Jan 12", "·"):
        assert chrome not in words


def test_a_bluesky_or_mastodon_post_is_dated_by_its_stamp_beside_the_handle(tmp_path):
    page = """Rhea Olsen
@rhea.bsky.social · January 14, 2026 at 9:02 AM
Talks resume on Friday at the ministry. I will meet both sides then.
12 reposts
40 likes

Seafarers Union
@seafarers@social.example
Jan 14, 2026, 10:15
We will attend. Our members stay out until then.
3 boosts
"""
    _, passages = _read(tmp_path, "posts.txt", page, attrgetter("speaker", "date", "text"))
    assert passages == [
        ("Rhea Olsen", date(2026, 1, 14), "Talks resume on Friday at the ministry. I will meet both sides then."),
        ("Seafarers Union", date(2026, 1, 14), "We will attend. Our members stay out until then."),
    ]


def test_a_tweet_pasted_in_an_article_stays_a_tweet_and_a_lone_handle_makes_no_thread(tmp_path):
    page = """Port confirms night ferry move

The port confirmed the move on Tuesday.

Port of Aldwick @portaldwick We can confirm the move to the new terminal.
10:17 AM – 13 Jan 2026

Press office
@portaldwick

Contact the press office for interviews.
"""
    _, passages = _read(tmp_path, "article.txt", page, attrgetter("kind", "speaker", "text"))
    assert (PassageKind.TWEET, "Port of Aldwick") in [(kind, speaker) for kind, speaker, _ in passages]
    assert [text for kind, _, text in passages if kind is PassageKind.TURN] == []



def test_a_live_pages_entries_take_the_pages_day_without_its_chrome(tmp_path):
    (title, day), passages = _read(tmp_path, "live.txt", LIVE, attrgetter("kind", "date", "text"))
    assert (title, day) == ("Ferry strike: ministers meet union leaders – as it happened", date(2026, 1, 12))
    texts = [text for _, _, text in passages]
    assert texts[0].startswith("The transport minister, Rhea Olsen, left the meeting after three hours")
    assert "Union sets out its demands" in texts
    assert {(kind, when) for kind, when, _ in passages} == {(PassageKind.PARAGRAPH, date(2026, 1, 12))}
    words = "\n".join(text for *_, text in passages)
    for chrome in ("Key events", "Share", "Copy link", "GMT", "JavaScript"):
        assert chrome not in words


STORM = """Storm Edda live: ferries suspended

Updated 00.40 GMT, 15 January 2026

Key events

3m ago
00.37 GMT
Crossings suspended

All crossings stay suspended until noon, the port says.

1h ago
23.40 GMT
Lifeboats moved

The coastguard has moved two lifeboats to the outer harbour.

14 Jan 2026 21.05 GMT
Record gusts

Winds of 90 mph were recorded at the breakwater.
"""


def test_a_live_entry_takes_its_own_day_an_age_counts_back_from_the_page_and_midnight_dates_nothing(tmp_path):
    _, passages = _read(tmp_path, "storm.txt", STORM, attrgetter("date", "text"))
    assert [(when, text) for when, text in passages if text.endswith(".")][-2:] == [
        (None, "The coastguard has moved two lifeboats to the outer harbour."),
        (date(2026, 1, 14), "Winds of 90 mph were recorded at the breakwater."),
    ]  # 00.37 and 23.40 turn midnight: the page's day fits neither for sure (the document's date stands)
    oldest_first = """Storm Edda live: ferries suspended

Updated 00.40 GMT, 15 January 2026

Key events

14 Jan 2026 21.05 GMT
Record gusts

Winds of 90 mph were recorded at the breakwater.

1h ago
Lifeboats moved

The coastguard has moved two lifeboats to the outer harbour.

3m ago
Crossings suspended

All crossings stay suspended until noon, the port says.
"""
    _, passages = _read(tmp_path / "aged", "storm.txt", oldest_first, attrgetter("date", "text"))
    assert [(when, text) for when, text in passages if text.endswith(".")][-2:] == [
        (date(2026, 1, 14), "The coastguard has moved two lifeboats to the outer harbour."),
        (date(2026, 1, 15), "All crossings stay suspended until noon, the port says."),
    ]  # an age counted back from the page's own time: 1h before 00.40 is the day before


def test_a_live_page_parted_by_days_headings_gives_its_untimed_entries_no_day_and_its_tweets_stay_tweets(tmp_path):
    page = """Harbour talks live: day two

Tue 13 Jan 2026 19.10 GMT

Key events

19.10 GMT
Talks adjourn until Thursday.

Port of Aldwick @portaldwick Talks adjourned. We meet again on Thursday.
7:02 PM – 13 Jan 2026

Monday 12 January

08.30 GMT
Both teams arrive at the ministry.

07.15 GMT
Pickets gather at the south gate.
"""
    _, passages = _read(tmp_path, "talks.txt", page, attrgetter("kind", "date", "speaker", "text"))
    assert (PassageKind.TWEET, date(2026, 1, 13), "Port of Aldwick") in [tuple(p[:3]) for p in passages]
    untimed = [when for kind, when, _, text in passages if kind is PassageKind.PARAGRAPH and "GMT" not in text]
    assert untimed and all(when is None for when in untimed)  # a day's heading parts them: no page's day


def test_a_programme_of_times_with_no_live_page_is_read_as_before(tmp_path):
    page = """Terminal opening: programme
Saturday 14 March 2026

09.00
Doors open and coffee in the main hall.

10.30
Welcome from the harbour master.

12.00
Tours of the new berth for invited guests.
"""
    _, passages = _read(tmp_path, "programme.txt", page, attrgetter("kind", "date", "text"))
    assert passages and all(when is None for _, when, _ in passages)  # no entries of their own day: no live page

def test_a_podcasts_turns_open_under_their_timestamp_and_name_lines(tmp_path):
    (title, day), passages = _read(tmp_path, "podcast.txt", PODCAST)
    assert (title, day) == ("Harbour Talk, episode 41: who pays for the new terminal?", date(2026, 5, 14))
    turns = [(speaker, text) for speaker, text in passages if speaker]
    assert turns == [
        ("Jane Roe", "Welcome back to Harbour Talk. My guest today runs the port authority's finance office."),
        ("Tom Achebe", "Thanks, Jane. Glad to be here."),
        ("Jane Roe", "How much of the terminal did the government pay for?"),
        ("Tom Achebe", "About 40 percent. The rest came from a bond we issued in 2024 and from the ferry operators."),
    ]
    assert not any("00:" in text for _, text in passages)


def test_a_timed_log_with_no_names_under_its_times_is_no_podcast(tmp_path):
    page = """Engine room log

00:12:31
Pump two started.

00:14:02
Pressure steady at 4 bar.
"""
    _, passages = _read(tmp_path, "log.txt", page)
    assert passages == [(None, "00:12:31\nPump two started."), (None, "00:14:02\nPressure steady at 4 bar.")]


def test_a_group_chats_title_is_its_name_as_the_export_states_it_last(tmp_path):
    (title, _), passages = _read(tmp_path, "WhatsApp Chat with Ines.txt", CHAT)
    assert title == "Aldwick terminal volunteers"
    assert ("Tom Achebe", "I can do the morning.") in passages
    plain = "\n".join(line for line in CHAT.split("\n") if "group" not in line and "subject" not in line)
    (title, _), _ = _read(tmp_path / "plain", "WhatsApp Chat with Ines.txt", plain)
    assert title == "WhatsApp Chat with Ines"
