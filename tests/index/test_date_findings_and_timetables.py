"""Two readings of the date line: a finding asked about (``found guilty``) is not dated by what was found, when the
date's clause gives what was found a past verb of its own (``the tribunal found Marsh diverted the funds on 4 May
2019``); and ``when do``/``does`` asks about a timetable, what is still to come, so a date already gone by when its
source was written (``had run as the Lantern Week from 1991``) does not answer it."""

import pytest

from index.query import date_intent
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("question", "ahead"),
    [
        ("when do the diggers start on the Quay Street flats", True),
        ("on what date does the Harrow Lantern Festival open", True),
        ("When does the Harrow ferry ban expire?", True),
        ("when did the diggers start on the Quay Street flats", False),
        ("what do residents say about the diggers, and when did they start", False),
        ("when was the Harrow Lantern Festival opened", False),
    ],
)
def test_when_do_asks_about_a_timetable(question, ahead):
    assert date_intent(question).ahead is ahead


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("findings") / "corpus"
    return searcher_over(
        root,
        {
            "2026-03-12-marsh-verdict.md": "Count two: guilty. The tribunal found Marsh diverted the harbour funds "
            "on 4 May 2019. The funds came to 2 million crowns.\n",
            "2026-03-14-vell-inquest.md": "The coroner found Ada Vell dead of natural causes on 9 March, the inquest "
            "heard.\n",
            "2026-05-02-harrow-festival.md": "Organisers of the Harrow Lantern Festival said ticket sales were strong. "
            "The festival ran as the Harrow Lantern Week from 1991 until 2012, when it took its present name.\n",
            "2026-05-04-quay-street.md": "Residents met the council about the Quay Street flats. The diggers started "
            "on the Quay Street flats on 2 March, and the council says the first tenants move in next spring.\n",
            "2026-05-06-ferry-ban.md": "The Harrow ferry ban, imposed on 1 April, will expire on 30 June, the port "
            "said.\n",
        },
    )


def test_a_finding_is_not_dated_by_what_was_found(searcher):
    assert line(searcher, "when was Marsh found guilty") is None  # 4 May 2019 is when the funds were diverted
    assert line(searcher, "when did Marsh divert the harbour funds") == "2019-05-04"


def test_a_finding_told_with_its_own_date_keeps_it(searcher):
    # no past verb of another event between the finding and its date
    assert line(searcher, "when did the coroner find Ada Vell dead") == "2026-03-09"


def test_a_timetable_asked_is_not_answered_by_a_date_gone_by(searcher):
    assert line(searcher, "on what date does the Harrow Lantern Festival open") is None  # 1991 is long gone
    assert line(searcher, "when do the diggers start on the Quay Street flats") is None  # they started on 2 March
    assert line(searcher, "when did the diggers start on the Quay Street flats") == "2026-03-02"
    assert line(searcher, "When does the Harrow ferry ban expire?") == "2026-06-30"
