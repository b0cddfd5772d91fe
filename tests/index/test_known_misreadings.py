"""Pages once read wrong, from a known list, each beside a look-alike whose reading must not change. Fixtures
written for these tests."""

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
        "REMARKS BY GOVERNOR HANA LINDQVIST AND SENIOR DEPUTY GOVERNOR MARCUS OBI",
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
