"""Pages pasted or saved from the web, read as a reader reads them: a link to another page (``Read more: <headline>``)
is no passage on a saved page either, while a sentence opening ``Read more about …`` stays; a live page's time lines
and badge are no passages on a saved page, and its last entry stays under the share bar every entry has; a signature
closing a release with no sign-off (name, role, street, number, e-mail address) is no passage; a parliament's record
on the web names each member by the portrait's alternative text (``Name Portrait Name (Seat) (Party)``), its
``- Hansard - - - Excerpts`` line no passage; sentencing remarks whose heading names the judge are the judge's, their
paragraph numbers (``1.``, ``[3]``) out of the quote; a page whose title gives its words to one person (``Remarks by
Minister …``) is that person's."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

STORY = [
    "The port authority said on Tuesday that dredging of the north channel would start in April and go on for "
    "about eleven weeks.",
    "Boat owners had pressed for a deeper channel for two years, saying the bigger ferries ran aground at low tide.",
    "The authority put the bill at fourteen million pounds, to be split with the regional council.",
]
READ_ON = ("Read more about the plans in the authority's own report, which sets out the dredging week by week and "
           "the limits on noise at night.")


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"


LINKED = _page("Dredging to start in the spring", (
    f"<p>{STORY[0]}</p><p>{STORY[1]}</p>"
    "<p><strong>Read more:</strong> <a href='/a'>Ferry firm warns of cancelled sailings</a></p>"
    f"<p>{READ_ON}</p>"
    "<p>Latest: <a href='/b'>Council votes to share the dredging bill</a></p>"
    f"<p>{STORY[2]}</p>"
))
LINKED_TEXT = "\n\n".join([
    "Dredging to start in the spring", STORY[0], "Read more: Ferry firm warns of cancelled sailings", STORY[1], READ_ON,
    "Related coverage\nCouncil votes to share the dredging bill\nTide tables: what changes for the harbour",
])

POINTED_TEXT = "\n".join([
    "Dredging to start in the spring", "", STORY[0], "", "Read more:", "Ferry firm warns of cancelled sailings", "",
    STORY[1], "", "More on this story:", "Council votes to share the dredging bill", "Tide tables for the harbour", "",
    "Most read", "Storm closes the coast road", "Schools shut early on Friday",
])
POINTED_PAGE = _page("Dredging to start in the spring", (
    f"<p>{STORY[0]}</p><p>Read more</p><p><a href='/a'>Ferry firm warns of cancelled sailings</a></p><p>{STORY[1]}</p>"
    "<p>Most read</p><ul><li><a href='/b'>Storm closes the coast road</a></li>"
    "<li><a href='/c'>Schools shut early on Friday</a></li></ul>"
))
AGREED = "\n".join([
    "Council agrees harbour plan", "", STORY[0], "", "The council agreed to:", "Dredge the north channel",
    "Share the bill with the port", "", "Most read stories on the council's site this week were about the plan.",
])
ENTRIES = [
    "The coastguard said two boats had been towed back to harbour after losing power off the point.",
    "Police shut the coast road between the two villages after a tree fell across both lanes.",
    "The weather office raised its warning to amber for the whole coast until midnight.",
]
LIVE_TEXT = "\n".join([
    "Coast storm live: roads shut as gusts reach 90mph", "Live", "Updated 12 March 2026", "", "Key events", "",
    "10:45", ENTRIES[0], "Share", "Copy link", "", "10.05am", ENTRIES[1], "Share", "Copy link", "",
    "9.30am", ENTRIES[2], "Share", "Copy link", "",
])
LIVE_PAGE = _page("Coast storm live: roads shut as gusts reach 90mph", "<p>Live</p>" + "".join(
    f"<div class='entry'><time>{time}</time><p>{entry}</p><button>Share</button><button>Copy link</button></div>"
    for time, entry in zip(("10:45", "10.05am", "9.30am"), ENTRIES, strict=True)
))
FOOT_BAR = "\n\n".join([
    "Council agrees new parking charges", STORY[0], STORY[1], STORY[2], "Share\nFacebook\nEmail",
    "Sign up to our newsletter for the week's top stories, sent to your inbox every Friday morning.",
])

RELEASE = [
    "The harbour board agreed on Monday a new ferry timetable that adds two sailings a day to the islands from June.",
    "The board's chair said the extra sailings would be paid for from fares and would need no new money.",
]
SIGNED = _page("Harbour board agrees new ferry timetable", (
    f"<p>{RELEASE[0]}</p><p>{RELEASE[1]}</p><p>Ann Kell<br>Head of Communications<br>Kellmouth Harbour Board<br>"
    "12 Quay Street<br>Kellmouth KL1 4AB<br>Tel: 01234 567890<br>ann.kell@harbour.example</p>"
))
SIGNED_IN_WORDS = _page("Harbour board agrees new ferry timetable", (
    f"<p>{RELEASE[0]}</p><p>{RELEASE[1]}</p><p>Ann Kell</p>"
    "<p>Ann Kell runs the board's press office and will take calls about the timetable on 01234 567890.</p>"
))
LISTED = _page("Harbour board names its new members", (
    f"<p>{RELEASE[0]}</p><p>The new members, who take their seats in May, are:</p>"
    "<p>Ann Kell<br>Tom Reeve<br>Dana Holt<br>Rosa Lind</p>"
))

HANSARD = "\n".join([
    "Island Ferry Services", "Volume 771: debated on Wednesday 4 March 2026", "",
    "Ann Lee Portrait Ann Lee (Westford) (Lab)", "- Hansard - - - Excerpts", "",
    "What steps the Department is taking to keep the island ferries running through the winter storms.", "",
    "Tom Reeve Portrait The Minister for Ports (Tom Reeve)", "- Hansard - - - Excerpts", "",
    "We have set money aside for two relief vessels, and the operators will have them sailing by December.", "",
    "Ann Lee Portrait Ann Lee", "- Hansard - - - Excerpts", "",
    "I thank the Minister, but people in my seat were cut off for nine days last winter. Will he meet me?", "",
    "Tom Reeve Portrait Mr Reeve", "- Hansard - - - Excerpts", "",
    "I will gladly meet the hon. Member and the operators together.",
])
SEATED = "\n".join([
    "Island Ferry Services", "Volume 771: debated on Wednesday 4 March 2026", "",
    "Ann Lee", "Member for Westford", "",
    "What steps the Department is taking to keep the island ferries running through the winter storms.", "",
    "Tom Reeve", "Minister for Ports", "",
    "We have set money aside for two relief vessels, and the operators will have them sailing by December.", "",
    "Ann Lee", "Member for Westford", "",
    "I thank the Minister, but people in my seat were cut off for nine days last winter. Will he meet me?", "",
    "Tom Reeve", "Minister for Ports", "",
    "I will gladly meet the hon. Member and the operators together.",
])
PROFILES = "\n".join([
    "Candidates for the harbour board", "", "Ann Lee", "Retired pilot", "",
    "She has sailed the coast for thirty years and wants the board to publish its accounts.", "",
    "Tom Reeve", "Ferry engineer", "",
    "He has kept the island boats running since 2010 and wants a second relief vessel.", "",
])
PRIZE = "\n\n".join([
    "Painters shortlisted for the harbour prize",
    "Ann Lee Portrait Prize shortlist names four painters from the coast",
    "The judges picked four painters from more than three hundred entries, the gallery said on Friday.",
    "The winner will be named in June and the portraits shown in the town hall over the summer.",
])

REMARKS = [
    "Good morning, and thank you all for coming out on such a cold day.",
    "This terminal has been ten years in the making, and I am proud we finished it on time and under budget.",
    "From today, travellers to the islands will wait indoors, with a cafe and a ticket hall that never shuts.",
]
SENTENCED = "\n".join([
    "IN THE CROWN COURT AT KELLMOUTH", "R v Daniel Marsh", "SENTENCING REMARKS OF HER HONOUR JUDGE ANN BELL",
    "12 March 2026", "",
    "1. Daniel Marsh, you have pleaded guilty to causing death by dangerous driving on the coast road last August.", "",
    "2. You were going at more than twice the limit when you lost control on the bend by the harbour.", "",
    "[3] The family of the man who died have told me of the loss they feel every day.", "",
    "4. The sentence is six years' imprisonment, and you are banned from driving for eight years.",
])


def _saved(text: str) -> str:
    """A text saved as a web page: each paragraph a ``<p>``, its lines parted by ``<br>``, the first its ``<h1>``."""
    title, *paragraphs = text.split("\n", 1)[0], *text.split("\n", 1)[1].split("\n\n")
    return _page(title, "".join("<p>" + paragraph.strip("\n").replace("\n", "<br>") + "</p>"
                                for paragraph in paragraphs))


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    pages = {
        "linked.html": LINKED, "linked.txt": LINKED_TEXT, "live.txt": LIVE_TEXT, "live.html": LIVE_PAGE,
        "foot_bar.txt": FOOT_BAR, "signed.html": SIGNED, "signed_in_words.html": SIGNED_IN_WORDS,
        "listed.html": LISTED, "hansard.txt": HANSARD, "seated.txt": SEATED, "profiles.txt": PROFILES,
        "hansard.html": _saved(HANSARD), "seated.html": _saved(SEATED), "sentenced.html": _saved(SENTENCED),
        "prize.txt": PRIZE, "pointed.txt": POINTED_TEXT, "pointed.html": POINTED_PAGE, "agreed.txt": AGREED,
        "sentenced.txt": SENTENCED,
        "remarks.html": _page("Remarks by Minister Ann Lee at the opening of the new ferry terminal",
                              "".join(f"<p>{line}</p>" for line in REMARKS)),
        "remarks.txt": "\n\n".join(["Remarks by Minister Ann Lee at the opening of the new ferry terminal", *REMARKS]),
        "criticised.txt": "\n\n".join(["Remarks by Minister Ann Lee draw criticism from island groups", *REMARKS]),
        "board.txt": "\n\n".join(["Statement by Kellmouth Harbour Board on the ferry fares", *REMARKS]),
        "two.txt": "\n\n".join(["Remarks by Minister Ann Lee and Mayor Tom Reeve at the terminal", *REMARKS]),
        "quoted.txt": "\n\n".join(["Statement by Minister Ann Lee on the new terminal", REMARKS[0],
                                   "“We waited ten years for this,” said Dana Holt, who runs the island shop.",
                                   REMARKS[2]]),
    }
    index = built_pages(tmp_path_factory.mktemp("furniture") / "corpus", pages)
    return by_document(index, lambda passage: (passage.speaker, passage.text))


def _texts(read, name):
    return [text for _, text in read[1][name]]


def _speakers(read, name):
    return [speaker for speaker, _ in read[1][name]]


def test_a_link_to_another_page_is_no_passage_of_a_saved_page(read):
    assert _texts(read, "linked.html") == [STORY[0], STORY[1], READ_ON, STORY[2]]


def test_a_sentence_opening_read_more_stays_a_passage_of_a_pasted_page(read):
    assert _texts(read, "linked.txt") == [STORY[0], STORY[1], READ_ON]


@pytest.mark.parametrize("name", ["pointed.txt", "pointed.html"])
def test_a_heading_over_links_to_other_pages_and_its_headlines_are_no_passages(read, name):
    assert _texts(read, name) == [STORY[0], STORY[1]]


def test_a_list_under_a_sentence_and_a_sentence_opening_most_read_stay(read):
    texts = "\n".join(_texts(read, "agreed.txt"))
    assert "Dredge the north channel" in texts and "Most read stories on the council's site" in texts


def test_a_live_pages_last_entry_stays_under_the_share_bar_each_entry_has(read):
    assert _texts(read, "live.txt") == ENTRIES
    assert _texts(read, "foot_bar.txt") == STORY, "a share bar closing an article still opens the site's foot"


def test_a_saved_live_pages_time_lines_and_badge_are_no_passages(read):
    assert _texts(read, "live.html") == ENTRIES


def test_a_signature_closing_a_saved_release_is_no_passage(read):
    assert _texts(read, "signed.html") == RELEASE
    in_words = _texts(read, "signed_in_words.html")
    assert in_words[-1].startswith("Ann Kell runs the board's press office"), "a sentence about the contact stays"
    assert any("Rosa Lind" in text for text in _texts(read, "listed.html")), "a list with no contact line stays"


@pytest.mark.parametrize("name", ["hansard.txt", "hansard.html"])
def test_a_members_portrait_line_gives_them_their_words(read, name):
    assert read[0][name] == ("Island Ferry Services", date(2026, 3, 4))
    assert _speakers(read, name) == ["Ann Lee", "Tom Reeve"] * 2
    assert not any("Hansard" in text or "Portrait" in text for text in _texts(read, name))
    assert set(_speakers(read, "prize.txt")) == {None}, "a headline with the word in it names no speaker"


@pytest.mark.parametrize("name", ["seated.txt", "seated.html"])
def test_a_members_name_over_a_role_line_gives_them_their_words(read, name):
    assert read[0][name][0] == "Island Ferry Services", "the title over a date line names no speaker"
    said = [(speaker, text) for speaker, text in read[1][name] if speaker]
    assert [speaker for speaker, _ in said] == ["Ann Lee", "Tom Reeve"] * 2
    assert not any(role in text for _, text in said for role in ("Member for Westford", "Minister for Ports"))
    assert set(_speakers(read, "profiles.txt")) == {None}, "names given once over a role and a profile name no one"


@pytest.mark.parametrize("name", ["sentenced.txt", "sentenced.html"])
def test_sentencing_remarks_whose_heading_names_the_judge_are_the_judges(read, name):
    assert read[0][name] == ("R v Daniel Marsh", date(2026, 3, 12))
    assert set(_speakers(read, name)) == {"HER HONOUR JUDGE ANN BELL"}
    texts = _texts(read, name)
    assert texts[0].startswith("Daniel Marsh, you have pleaded guilty")
    assert texts[2].startswith("The family of the man"), "a number in square brackets is out of the quote too"


def test_a_page_titled_remarks_by_a_person_is_that_persons(read):
    assert _speakers(read, "remarks.html") == ["Minister Ann Lee"] * 3
    assert _speakers(read, "remarks.txt") == ["Minister Ann Lee"] * 3
    assert _speakers(read, "quoted.txt") == ["Minister Ann Lee", "Dana Holt", "Minister Ann Lee"]


@pytest.mark.parametrize("name", ["criticised.txt", "board.txt", "two.txt"])
def test_a_headline_about_remarks_a_body_or_two_people_give_no_speaker(read, name):
    assert set(_speakers(read, name)) == {None}
