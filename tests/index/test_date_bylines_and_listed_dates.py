"""A byline right under a text's title (``By Staff Reporter | Friday 23 October 2026, 4:58pm``) dates the page, so its
weekdays and ``yesterday`` are read; the dates of a list after a colon that follows a verb (``Three horses have died
here since August: Copper Kettle on 8 August, …``) are that verb's; an event named after a date as what it followed
(``banned racing on Thursday following the deaths of three horses``) is not dated by it."""

import pytest

from tests.conftest import built_pages, by_document, line, searcher_over

PAGE = (
    "TURF TIMES  |  Racing  |  Results  |  Subscribe\n\n"
    "Racing > News\n\n"
    "IN FULL: Tallow Downs press conference after the racing ban\n\n"
    "By Staff Reporter | Friday 23 October 2026, 5:10pm | Updated 7:40pm\n\n"
    "The Tallow Downs chief executive, Brigid Moran, spoke to reporters on Friday afternoon. The racing board banned "
    "racing at Tallow Downs on Thursday following the deaths of three horses in eleven weeks.\n\n"
    "BRIGID MORAN: We accept the decision and will not appeal. Three horses have died at Tallow Downs since the "
    "start of August: Copper Kettle on 8 August, Quiet Lark on the 19th of September, and Harbour Prince last "
    "Saturday. Each one is a loss for everyone who works here.\n"
)
OTHERS = {
    "2026-10-02-ferry.md": "# Ferry timetable\n\nThe Skell ferry moved to its winter timetable on 1 October.\n",
    "2026-09-14-bridge.md": "# Bridge repairs\n\nRepairs to the Orm bridge were finished on 12 September.\n",
    "2026-08-30-fair.md": "# County fair\n\nThe county fair drew a record crowd on 29 August, its organisers said.\n",
}


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("By Staff Reporter | Friday 23 October 2026, 5:10pm | Updated 7:40pm", "2026-10-23"),
        ("By Anna Lind, 23 October 2026", "2026-10-23"),
        # a sentence that opens on "By" and a month is no byline: the text keeps no date
        ("By March 2027 the new stands must be finished and inspected by the board.", None),
    ],
)
def test_a_byline_under_the_title_dates_the_page(tmp_path, byline, day):
    text = f"TURF TIMES  |  Racing  |  Results\n\nIN FULL: Tallow Downs after the ban\n\n{byline}\n\nThe board met.\n"
    index = built_pages(tmp_path / "corpus", {"tallow.txt": text})
    documents, _ = by_document(index)
    found = documents["tallow.txt"][1]
    assert (found.isoformat() if found else None) == day


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("bylines") / "corpus"
    return searcher_over(root, {"tallow-downs-press-conference.txt": PAGE, **OTHERS})


def test_the_dates_of_a_list_after_a_colon_are_the_verb_before_it(searcher):
    assert line(searcher, "when did the first of the three horses die at Tallow Downs") == "2026-08-08"
    assert line(searcher, "when did the most recent horse death at Tallow Downs happen") == "2026-10-17"


def test_an_event_a_date_followed_is_not_dated_by_it(searcher):
    assert line(searcher, "when did the racing board ban racing at Tallow Downs") == "2026-10-22"
