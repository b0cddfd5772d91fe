"""A day in numbers whose day and month could be swapped dates a page by its title or its page header only in the
order the page shows (a sure day, time zones, spellings), in a pasted text and a saved page alike: a midday briefing
titled ``… of 10/03/2026`` with nothing else to go by dates nothing, rather than 3 October."""

from datetime import date

import pytest

from tests.conftest import built_pages, by_document

TURNS = [
    ("Lena Varga", "Good afternoon and welcome to the midday briefing. The College met this morning."),
    ("Question", "Has the Commission had a reply to its letter on the steel tariffs?"),
    ("Klaus Neubauer", "We received an acknowledgement on Friday, but no reply yet on the substance."),
    ("Question", "Is there a deadline for that reply?"),
    ("Klaus Neubauer", "There is no formal deadline, but we expect an answer before the ministers meet."),
]


def _text(title: str, last: str = "") -> str:
    return "\n\n".join([title, *(f"{who}: {said}" for who, said in TURNS), *([last] if last else [])])


def _html(title: str, last: str = "") -> str:
    turns = "".join(f"<p><strong>{who}:</strong> {said}</p>" for who, said in TURNS)
    return (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
            f"<p>Chair: Lena Varga, Deputy Chief Spokeswoman</p>{turns}{f'<p>{last}</p>' if last else ''}"
            "</main></body></html>")


SPELT = "Klaus Neubauer: The programme of the visit will be set out in full at the centre tomorrow."
PAGES = {
    "bare.txt": _text("Midday press briefing of 10/03/2026"),
    "bare.html": _html("Midday press briefing of 10/03/2026"),
    "spelt.txt": _text("Midday press briefing of 10/03/2026", SPELT),
    "spelt.html": _html("Midday press briefing of 10/03/2026", SPELT),
    "sure.txt": _text("Midday press briefing of 10/23/2026"),
    "sure.html": _html("Midday press briefing of 23/03/2026"),
}


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    dates = {}
    for name, page in PAGES.items():  # one index each: pages with the same words would be one document
        index = built_pages(tmp_path_factory.mktemp(name.replace(".", "-")) / "corpus", {name: page})
        dates.update({path: day for path, (_, day) in by_document(index)[0].items()})
    return dates


@pytest.mark.parametrize("name", ["bare.txt", "bare.html"])
def test_a_swappable_day_in_the_title_of_a_page_showing_no_order_dates_nothing(dated, name):
    assert dated[name] is None


@pytest.mark.parametrize("name", ["spelt.txt", "spelt.html"])
def test_a_swappable_day_in_the_title_is_read_in_the_order_the_page_shows(dated, name):
    assert dated[name] == date(2026, 3, 10)


def test_a_day_in_the_title_whose_order_is_sure_still_dates_the_page(dated):
    assert dated["sure.txt"] == date(2026, 10, 23)
    assert dated["sure.html"] == date(2026, 3, 23)
