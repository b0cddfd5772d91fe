"""Pasted pages found by new users: a reposted page's ``Originally published`` day dates it before the day it was
posted again, and a call's ``Deadline:`` line (or ``Closing date``) dates no page, though a ``Published`` line over it
still does. A weather service's advisory is titled by its product line and dated by its issue line; a TV
transcript's ``AIR DATE:`` line is its header's date, not a turn; a briefing's first sentence telling where and on
what day it was held dates it; a transcript's dated running head (``… Press Conference PRELIMINARY``) is dropped from
the turn it cuts. A parliament's record (``Verbatim report of proceedings``, ``Dáil Éireann debate - <day>``) is
titled by the item debated under its name. A report page's ``Download the full report`` is no text of it; a menu in
another script (Cyrillic, Arabic) over an English article is chrome, and its English headline is the title. A post
with no headline (a press wing's LinkedIn post) is titled by its account, and its age and follower count (``2d •
Edited •``) are no text of it."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

MENU = ["Skip to main content", "Home", "Updates", "Countries"]
FLOODS = "Floods leave thousands without shelter in the delta"
FLOOD_TEXT = [
    "",
    "Rain over the past week has flooded more than forty villages in the delta, and aid groups count some twelve "
    "thousand people with no roof over them.",
    "",
    "Aid workers said on Monday that the roads to the worst hit villages were still under water.",
]
REPOSTED = [*MENU, FLOODS, "Source", "Delta Aid Network", "Posted", "3 Dec 2026", "Originally published", "1 Dec 2026",
            *FLOOD_TEXT]
POSTED = [*MENU, FLOODS, "Source", "Delta Aid Network", "Posted", "3 Dec 2026", *FLOOD_TEXT]
CALL = "Call for river clean-up grants opens"
CALL_TEXT = [
    "",
    "The river trust asks local groups to apply for grants of up to ten thousand pounds to clear stretches of the "
    "river bank.",
    "",
    "Groups may apply alone or together, and the trust will name the winners in the summer.",
]
DEADLINE = ["Home", "Funding", "Grants", "Our work", CALL, "Deadline: 12 March 2026", *CALL_TEXT]
CLOSING = [CALL, "Closing date 12 March 2026", *CALL_TEXT]
CALL_PUBLISHED = ["Home", "Funding", "Grants", "Our work", CALL, "Published: 2 February 2026",
                  "Deadline: 12 March 2026", *CALL_TEXT]


ADVISORY = [
    "000", "WTNT31 KNHC 261500", "TCPAT1", "", "BULLETIN", "Hurricane Ada Advisory Number 14",
    "NWS National Hurricane Center Miami FL       AL052026", "1100 AM EDT Wed Aug 26 2026", "",
    "...ADA GROWS STRONGER OVER WARM WATER...", "",
    "At 1100 AM EDT the eye of Hurricane Ada was near latitude 24.0 North, longitude 71.5 West, moving west at about "
    "12 mph, and this track should hold for two more days.",
    "", "Top winds have risen to near 105 mph with higher gusts, and more strengthening is likely.",
]
STORM_NEWS = [
    "Home", "Weather", "Storms", "Maps", "Hurricane Ada advisory warns of surge on the islands", "Aug 26, 2026", "",
    "Forecasters said on Wednesday that Ada could bring a surge of six feet to the low islands by the weekend.",
    "", "Officials on the islands opened three shelters and asked visitors to leave before Friday.",
]
ON_AIR = [
    "Evening Report with Dana Holt", "AIR DATE: 10/05/2026", "Harbor strike enters its third week", "",
    "DANA HOLT: Good evening. Dockworkers stayed off the job again today as talks with the port owners broke down.",
    "", "TOM REEVE: The union says its members will not go back until the shift rules change.",
    "", "DANA HOLT: And what do the owners say about that tonight?",
    "", "TOM REEVE: They say the rules cannot change this year.",
]
BRIEFED = [
    "Home", "News", "Media", "Briefings", "Press briefing on the ferry programme", "",
    "The weekly press briefing of the ports agency was held at the agency's offices on November 18, 2025, with the "
    "spokesperson taking questions on the ferry links.",
    "", "The spokesperson said the new ferry timetable would start in the spring and the old pier would open again.",
]
TO_BRIEF = [*BRIEFED[:6],
            "The next press briefing of the ports agency will be held at the agency's offices on November 25, 2025, "
            "with the spokesperson taking questions on the ferry links.", *BRIEFED[7:]]
RUNNING = "June 18, 2025 Chair Quell’s Press Conference PRELIMINARY"
CONFERENCE = [
    RUNNING, "", "Transcript of Chair Quell’s Press Conference", "June 18, 2025", "",
    "CHAIR QUELL. Good afternoon. My colleagues and I are set on bringing prices back to our goal, and the",
    "labour market is in a good place.", "Page 2 of 24", RUNNING,
    "We left our policy rate where it was today, and we will watch the data before we move.", "",
    "ADA REEVE. Thank you, Chair Quell. Do you see a cut in the autumn?", "",
    "CHAIR QUELL. We will decide meeting by meeting, as we always have.",
]
VERBATIM = [
    "European Parliament", "Verbatim report of proceedings", "Tuesday, 14 October 2025 - Strasbourg",
    "5. Safety of river ferries (debate)", "",
    "President. – The next item is the debate on the safety of the ferries that cross our rivers.", "",
    "Ada Quell, on behalf of the Committee. – Madam President, the ferries on our rivers are old and many are unsafe.",
]
DAIL = [
    "Houses of the Oireachtas", "Dáil Éireann debate - Tuesday, 14 Oct 2025", "Harbour Safety Bill 2025: Second Stage",
    "", "Deputy Ada Quell: I move that the bill be now read a second time, as the harbours have waited long enough.",
    "", "Deputy Tom Reeve: I welcome the bill, but it does not go far enough on the smaller piers.",
    "", "Deputy Ada Quell: The smaller piers will be the subject of the next bill.",
    "", "Deputy Tom Reeve: Then I hope we see that one before the summer.",
]
RECORD_NEWS = [
    "Home", "News", "Politics", "Europe", "Verbatim report of proceedings shows members split on ferries",
    "15 October 2025", "",
    "The record of Tuesday's sitting shows that members were split on how fast the old ferries should go.",
    "", "A vote on the report is due next month.",
]
FINDINGS = [
    "Hundreds of families in the river quarter have lost their homes since the new law took effect, the report finds.",
    "", "It asks the city to halt the evictions until the courts have heard the tenants' cases.",
]
REPORT = ["Locked Out: Evictions in the River Quarter", "Download the full report", "", *FINDINGS]
REPORT_TALK = ["Locked Out: Evictions in the River Quarter", "Download the full report before the hearing, the group "
               "told tenants at Monday's meeting in the river quarter.", "", *FINDINGS]
FERRY = "Ferry service to the islands resumes after storm"
FERRY_TEXT = [
    "The ferry to the outer islands sailed again on Monday, a week after the storm broke the landing stage in port.",
    "Καλημέρα",
    "The port authority said repairs to the landing stage would take another month.",
]
CYRILLIC = ["Главная", "Новости", FERRY, *FERRY_TEXT]
ARABIC = ["الرئيسية", "أخبار", FERRY, *FERRY_TEXT]
POST_TEXT = [
    "Crews from the harbour guard pulled four fishermen from the water off the north pier on Sunday after their boat "
    "turned over in high winds.",
    "", "12 followers of the page sent the crews their thanks within the hour.",
]
POST = ["Harbour Guard Press Wing", "1,204 followers", "2d • Edited •", "", *POST_TEXT]
UNSTAMPED = [line.replace(" PRELIMINARY", "") for line in CONFERENCE]


@pytest.fixture(scope="module")
def passages(tmp_path_factory):
    pages = {
        "conference.txt": CONFERENCE, "unstamped.txt": UNSTAMPED, "report.txt": REPORT, "report_talk.txt": REPORT_TALK,
        "cyrillic.txt": CYRILLIC, "arabic.txt": ARABIC, "post.txt": POST,
    }
    index = built_pages(tmp_path_factory.mktemp("turns") / "corpus", {k: "\n".join(v) for k, v in pages.items()})
    return by_document(index)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pages = {
        "advisory.txt": ADVISORY,
        "storm_news.txt": STORM_NEWS,
        "on_air.txt": ON_AIR,
        "briefed.txt": BRIEFED,
        "to_brief.txt": TO_BRIEF,
        "verbatim.txt": VERBATIM,
        "dail.txt": DAIL,
        "record_news.txt": RECORD_NEWS,
        "reposted.txt": REPOSTED,
        "posted.txt": POSTED,
        "deadline.txt": DEADLINE,
        "closing.txt": CLOSING,
        "call_published.txt": CALL_PUBLISHED,
    }
    index = built_pages(tmp_path_factory.mktemp("leftovers") / "corpus", {k: "\n".join(v) for k, v in pages.items()})
    return by_document(index)[0]


def test_a_reposted_page_is_dated_by_the_day_it_was_first_published(built):
    assert built["reposted.txt"][1] == date(2026, 12, 1)
    assert built["posted.txt"][1] == date(2026, 12, 3), "a page posted once keeps its day"


def test_a_deadline_is_not_the_pages_day(built):
    assert built["deadline.txt"][1] is None
    assert built["closing.txt"][1] is None
    assert built["call_published.txt"][1] == date(2026, 2, 2), "the published day over a deadline still dates it"


def test_a_weather_advisory_is_titled_by_its_product_line_and_dated_by_its_issue_line(built):
    assert built["advisory.txt"][:2] == ("Hurricane Ada Advisory Number 14", date(2026, 8, 26))
    assert built["storm_news.txt"][:2] == (STORM_NEWS[4], date(2026, 8, 26)), "a news headline naming one stays"


def test_a_tv_transcripts_air_date_is_its_date_not_a_turn(tmp_path):
    index = built_pages(tmp_path / "corpus", {"on_air.txt": "\n".join(ON_AIR)})
    meta, speakers = by_document(index, lambda passage: passage.speaker)
    assert meta["on_air.txt"] == (ON_AIR[0], date(2026, 10, 5))
    assert speakers["on_air.txt"] == ["DANA HOLT", "TOM REEVE"] * 2


def test_a_briefing_held_on_a_day_its_first_sentence_names_is_dated_by_it(built):
    assert built["briefed.txt"][:2] == (BRIEFED[4], date(2025, 11, 18))
    assert built["to_brief.txt"][1] is None, "a briefing still to be held dates no page"


def test_a_dated_running_head_is_dropped_from_the_turn_it_cuts(passages):
    meta, texts = passages
    assert meta["conference.txt"] == ("Transcript of Chair Quell’s Press Conference", date(2025, 6, 18))
    assert not any(RUNNING in text for text in texts["conference.txt"])
    assert "We left our policy rate" in texts["conference.txt"][0]
    assert any(UNSTAMPED[8] in text for text in texts["unstamped.txt"]), "a dated line with no stage mark stays"


def test_a_parliaments_record_is_titled_by_the_item_debated(built):
    assert built["verbatim.txt"][:2] == (VERBATIM[3], date(2025, 10, 14))
    assert built["dail.txt"][:2] == (DAIL[2], date(2025, 10, 14))
    assert built["record_news.txt"][:2] == (RECORD_NEWS[4], date(2025, 10, 15)), "a headline naming a record stays"


def test_a_report_pages_download_link_is_no_text_of_it(passages):
    meta, texts = passages
    assert meta["report.txt"][0] == REPORT[0]
    assert texts["report.txt"][0].startswith(FINDINGS[0]) and not any("Download" in t for t in texts["report.txt"])
    assert any(REPORT_TALK[1] in text for text in texts["report_talk.txt"]), "a sentence naming the download stays"


@pytest.mark.parametrize("name", ["cyrillic.txt", "arabic.txt"])
def test_a_menu_in_another_script_over_an_english_article_is_chrome(passages, name):
    meta, texts = passages
    assert meta[name][0] == FERRY
    assert texts[name][0].startswith(FERRY_TEXT[0])
    assert any(FERRY_TEXT[1] in text for text in texts[name]), "a line in another script inside the text stays"


def test_a_posts_age_and_followers_are_no_text_of_it_and_its_account_titles_it(passages):
    meta, texts = passages
    assert meta["post.txt"] == (POST[0], None)
    assert texts["post.txt"][0] == POST_TEXT[0]
    assert any(POST_TEXT[2] in text for text in texts["post.txt"]), "a sentence opening with a count stays"
