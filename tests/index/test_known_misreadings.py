"""Pages once read wrong, from a known list, each beside a look-alike whose reading must not change. Fixtures
written for these tests."""

from datetime import date
from operator import attrgetter

from tests.conftest import built_pages, by_document


def read(tmp_path, name, page):
    """The page's (title, date) and its passages as (speaker, text)."""
    documents, passages = by_document(built_pages(tmp_path / "corpus", {name: page}), attrgetter("speaker", "text"))
    return documents[name], passages[name]


# a central bank's press conference: both people named in one header line, their turns by title and surname
PRESS_CONFERENCE = """Rate decision press conference

Opening remarks by Governor Hana Lindqvist and Senior Deputy Governor Marcus Obi

12 March 2026

GOVERNOR LINDQVIST: Good morning. We held our policy rate at 3 per cent today.

SENIOR DEPUTY GOVERNOR OBI: Thank you. Wage growth slowed over the winter.

REPORTER: Will you cut rates in April?

GOVERNOR LINDQVIST: We will decide that in April, with the figures we have then.
"""


def test_turns_by_title_and_surname_are_the_headers_full_names(tmp_path):
    _, passages = read(tmp_path, "presser.txt", PRESS_CONFERENCE)
    assert [who for who, _ in passages] == ["Hana Lindqvist", "Marcus Obi", "REPORTER", "Hana Lindqvist"]


def test_a_capitalised_header_names_its_people_too(tmp_path):
    page = PRESS_CONFERENCE.replace(
        "Opening remarks by Governor Hana Lindqvist and Senior Deputy Governor Marcus Obi",
        "Opening remarks by GOVERNOR HANA LINDQVIST and SENIOR DEPUTY GOVERNOR MARCUS OBI",
    )
    _, passages = read(tmp_path, "presser.txt", page)
    assert [who for who, _ in passages] == ["Hana Lindqvist", "Marcus Obi", "REPORTER", "Hana Lindqvist"]


def test_a_titled_label_the_header_does_not_name_stays_as_written(tmp_path):
    page = PRESS_CONFERENCE.replace("Senior Deputy Governor Marcus Obi", "the Monetary Policy Committee")
    _, passages = read(tmp_path, "presser.txt", page)
    assert [who for who, _ in passages] == ["Hana Lindqvist", "SENIOR DEPUTY GOVERNOR OBI", "REPORTER",
                                            "Hana Lindqvist"]
    page = PRESS_CONFERENCE.replace("Governor Hana Lindqvist and ", "")
    _, passages = read(tmp_path, "presser.txt", page)
    assert passages[0][0] == "GOVERNOR LINDQVIST"


# a port's notice to mariners: the authority's name over the notice's number, its subject and a date in numbers
NOTICE = """Kellmouth Port Authority

NOTICE TO MARINERS

NOTICE No. 14 of 2026

Dredging in the north quay approach channel

Date: 06/03/2026

Dredging will take place in the north quay approach channel from 09/03/2026 until 27/03/2026.

Vessels should pass the dredger at slow speed and keep well clear of it.

Port Manager
"""


def test_a_notice_is_titled_by_its_number_and_subject_and_dated_in_the_pages_order(tmp_path):
    (title, day), passages = read(tmp_path, "notice.txt", NOTICE)
    assert title == "NOTICE No. 14 of 2026: Dredging in the north quay approach channel"
    assert day == date(2026, 3, 6)  # 27/03/2026 below: the page writes the day first
    assert passages[0][1].startswith("Dredging will take place")


def test_a_notice_writing_the_month_first_is_dated_month_first(tmp_path):
    page = NOTICE.replace("09/03/2026 until 27/03/2026", "03/09/2026 until 03/27/2026")
    (_, day), _ = read(tmp_path, "notice.txt", page)
    assert day == date(2026, 6, 3)


def test_a_notice_whose_order_cannot_be_told_has_no_date(tmp_path):
    page = NOTICE.replace(" from 09/03/2026 until 27/03/2026", " next week")
    (title, day), _ = read(tmp_path, "notice.txt", page)
    assert title.startswith("NOTICE No. 14 of 2026")
    assert day is None
    page = page.replace("06/03/2026", "06/06/2026")  # the same day either way
    (_, day), _ = read(tmp_path, "notice.txt", page)
    assert day == date(2026, 6, 6)


def test_a_page_with_no_notice_number_keeps_its_first_line_as_title(tmp_path):
    page = NOTICE.replace("NOTICE TO MARINERS\n\nNOTICE No. 14 of 2026\n\n", "")
    (title, _), _ = read(tmp_path, "notice.txt", page)
    assert not title.startswith("NOTICE")


# a public body's guidance page, and a news story, each with a stamp of its last change
GUIDANCE = """Winter fuel grants

Page last updated 3 March 2026

The grant is paid when your area stays at or below freezing for seven days running.

You get 25 pounds for each such spell between November and March.
"""
STORY = """Harbour board names its new chair

Last reviewed: 3 March 2026

KELLMOUTH, 14 January 2026 - The harbour board has chosen Ruth Amos as its chair.

She takes over from Peter Hale, who retires in the spring.
"""
GUIDANCE_PAGE = """<html><head><title>Winter fuel grants</title></head><body><main>
<h1>Winter fuel grants</h1>
<p>Page last reviewed: 3 March 2026</p>
<p>The grant is paid when your area stays at or below freezing for seven days running.</p>
<p>You get 25 pounds for each such spell between November and March.</p>
<p>Published 14 January 2026</p>
</main></body></html>
"""


def test_a_last_change_stamp_is_no_passage_and_dates_a_page_nothing_else_dates(tmp_path):
    (_, day), passages = read(tmp_path, "guidance.txt", GUIDANCE)
    assert [text for _, text in passages] == [
        "The grant is paid when your area stays at or below freezing for seven days running.",
        "You get 25 pounds for each such spell between November and March.",
    ]
    assert day == date(2026, 3, 3)


def test_a_last_change_stamp_gives_way_to_the_pages_own_day(tmp_path):
    (_, day), passages = read(tmp_path, "story.txt", STORY)
    assert day == date(2026, 1, 14)  # the dateline's, not the review's
    assert not any("reviewed" in text for _, text in passages)
    (_, day), _ = read(tmp_path / "html", "guidance.html", GUIDANCE_PAGE)
    assert day == date(2026, 1, 14)  # published, under the text


def test_a_sentence_about_an_update_stays_a_passage(tmp_path):
    page = GUIDANCE.replace("Page last updated 3 March 2026", "Page last updated its rates on 3 March 2026, the "
                            "grants office said.")
    (_, _), passages = read(tmp_path, "guidance.txt", page)
    assert passages[0][1].startswith("Page last updated its rates")


# a mail pasted whole: its message, then the sign-off, the signature, the app's line and the list's offer to leave
MAIL = """Subject: Spring sailing times

Hello everyone,

The spring timetable begins on 30 March. The first boat from Kellmouth now leaves at 06:40, not 07:10.

You can book the new sailings from next Monday.

Best wishes,
Ruth

Ruth Amos | Head of Passenger Services | Kellmouth Ferries
T: 01632 960555 | M: 07700 900123 | www.kellmouthferries.example

Sent from my phone

To stop getting these messages, unsubscribe here.
"""
# an expert roundup: the experts' words, then their declared interests and the press office's note on itself
ROUNDUP = """Experts react to a study of late coffee and sleep

A study of 4,000 people over 65 linked coffee after midday with shorter nights.

Prof Jane Orr, sleep researcher at the University of Kellmouth, said:

"The study is careful, but it shows a link and not a cause."

Declared interests

Prof Jane Orr: none.

About the Kellmouth Science Press Desk

The Kellmouth Science Press Desk puts reporters in touch with researchers when a science story breaks.

Its money comes from universities and charities, none of which gives more than a twentieth of it.
"""


def test_a_mails_signature_and_offer_to_unsubscribe_are_no_passages(tmp_path):
    _, passages = read(tmp_path, "mail.txt", MAIL)
    assert [text for _, text in passages] == [
        "The spring timetable begins on 30 March. The first boat from Kellmouth now leaves at 06:40, not 07:10.",
        "You can book the new sailings from next Monday.",
    ]


def test_a_roundups_declared_interests_and_office_note_are_no_passages(tmp_path):
    _, passages = read(tmp_path, "roundup.txt", ROUNDUP)
    assert passages[-1] == ("Prof Jane Orr", '"The study is careful, but it shows a link and not a cause."')
    assert not any("Press Desk" in text or "none." in text for _, text in passages)


def test_a_thanks_in_the_text_and_a_section_about_the_study_stay(tmp_path):
    page = MAIL.replace("Best wishes,\nRuth\n", "Thanks\n\nThe ferry company thanked passengers for their patience "
                        "over the winter, when storms cut many sailings and the late boat was dropped twice.\n")
    page = page + "\n".join(f"Line {n} of the timetable notes keeps the boat times in order." for n in range(14))
    _, passages = read(tmp_path, "mail.txt", page)
    assert any(text.startswith("The ferry company thanked") for _, text in passages)
    page = ROUNDUP.replace("Declared interests\n\nProf Jane Orr: none.\n\nAbout the Kellmouth Science Press Desk",
                           "About the study")
    _, passages = read(tmp_path / "study", "roundup.txt", page)
    assert any(text.startswith("Its money comes from") for _, text in passages)


# a paper's letters page with no byline: each letter under ``Asked by:``, the paper's reply under it
LETTERS = """Readers ask

Asked by: Moira Kell (Ballinrae)

The 14 bus no longer passes the hospital after eight at night. Can you find out why? Night staff like me walk home.

The transport authority says it cut the late route in January because fewer than ten people used it.

Asked by: Tom Feeny (Carrow)

I would like to know who pays for the new lamps on the quay.

The harbour board pays for them out of its own budget.
"""


def test_a_reply_after_a_letter_not_ending_on_its_question_is_the_pages(tmp_path):
    _, passages = read(tmp_path, "letters.txt", LETTERS)
    assert [who for who, _ in passages] == ["Moira Kell", None, "Tom Feeny", None]


def test_a_letter_over_two_paragraphs_stays_the_askers_to_its_question(tmp_path):
    page = LETTERS.replace("Can you find out why? Night staff like me walk home.",
                           "Night staff like me walk home.\n\nCan you find out why?")
    _, passages = read(tmp_path, "letters.txt", page)
    assert [who for who, _ in passages] == ["Moira Kell", "Moira Kell", None, "Tom Feeny", None]


# a committee's record: each speaker's name and seat alone on a line once, then all their paragraphs
RECORD = """Harbour Committee

Cllr Ann Lee (Carrick South)

I want to raise the north quay lamps again. People in my ward have complained about them for months.

The council promised a repair last autumn and nothing has happened.

Mr Peter Hale (Harbour Master)

The lamps are on order. We expect them in April.

We will fit them within a fortnight of delivery.

Cllr Tom Feeny (Carrow)

Will the harbour board pay for them, or will the council?

Ms Ruth Amos (Finance Officer)

The board pays for the lamps out of its own budget; the council pays nothing.
"""
# a list of candidates: each name and ward once over a profile written of them
PROFILES = """Meet the candidates

Cllr Ann Lee (Carrick South)

Ann Lee has sat for Carrick South since 2015 and chairs the harbour committee.

Mr Peter Hale (Independent)

Peter Hale ran the harbour for twenty years before he retired last spring.

Ms Ruth Amos (Carrow)

Ruth Amos is a finance officer and a school governor in Carrow.
"""


def test_a_name_given_once_over_several_paragraphs_speaks_them_all(tmp_path):
    _, passages = read(tmp_path, "record.txt", RECORD)
    assert [who for who, _ in passages] == ["Cllr Ann Lee", "Mr Peter Hale", "Cllr Tom Feeny", "Ms Ruth Amos"]
    assert "nothing has happened" in passages[0][1] and "within a fortnight" in passages[1][1]


def test_names_over_profiles_written_of_them_are_no_speakers(tmp_path):
    _, passages = read(tmp_path, "profiles.txt", PROFILES)
    assert all(who is None for who, _ in passages)
    assert "Cllr Ann Lee (Carrick South)" in [text for _, text in passages]


def test_a_releases_note_about_the_company_stays(tmp_path):
    page = ROUNDUP.replace("Declared interests\n\nProf Jane Orr: none.\n\n", "")
    _, passages = read(tmp_path, "release.txt", page)
    assert any(text.startswith("The Kellmouth Science Press Desk puts reporters") for _, text in passages)


def test_a_stamp_of_the_last_change_over_a_live_incident_page_still_dates_it(tmp_path):
    page = ("Flood incident page\n\nPage last updated: 16 March 2026, 10:05\n\nUPDATE 2 - 10:00\n\n"
            "The river has fallen below its flood mark at Carrow.\n\nUPDATE 1 - 08:00\n\n"
            "Crews are still pumping water out of the station underpass.\n")
    (title, day), passages = read(tmp_path, "incident.txt", page)
    assert (title, day) == ("Flood incident page", date(2026, 3, 16))
    assert not any("last updated" in text for _, text in passages)
