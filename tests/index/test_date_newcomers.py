"""Dates as newcomers' documents write them: a weekday with its day of the month (``Tuesday 14th``), a participle
after ``the`` or after its noun (``the seized tanker``, ``a record set in 1997``), days still to come (``the next
meeting on 12 May``, ``to appear at Crown Court on 7 April``, ``resume on Monday``, a footbridge ``promised`` for a
day), habits (``on a Sunday``), a chat message read after its colon, and a "when" question whose verb the passage
does not use."""

from datetime import date

import pytest

from index.dates import date_mentions
from tests.conftest import line, searcher_over


def mentions(text: str, anchor: date) -> list[tuple[str, str]]:
    return [(mention.date.iso, mention.role.value) for mention in date_mentions(text, anchor)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The council met on Tuesday 14th to approve the budget.", date(2026, 5, 2), [("2026-04-14", "event")]),
        ("Ferries resumed on Monday the 3rd after the storm.", date(2026, 8, 10), [("2026-08-03", "event")]),
        ("The talks will begin on Monday the 3rd.", date(2026, 7, 29), [("2026-08-03", "event")]),
        ("The jury retired on Friday the 13th.", date(2026, 4, 22), [("2026-03-13", "event")]),
    ],
)
def test_a_weekday_with_its_day_of_the_month_is_the_one_day_in_a_near_month_that_is_both(text, anchor, expected):
    assert mentions(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The ferry sailed on the 3rd.", date(2026, 8, 10), [("2026-08-03", "event")]),  # no weekday: as before
        ("The ferry sailed on Monday.", date(2026, 8, 12), [("2026-08-10", "event")]),
        ("The 3rd Battalion left on Monday.", date(2026, 8, 12), [("2026-08-10", "event")]),
    ],
)
def test_a_day_of_the_month_or_a_weekday_alone_keeps_its_day(text, anchor, expected):
    assert mentions(text, anchor) == expected


WEDNESDAY = date(2026, 4, 22)


def test_a_participle_after_the_or_a_is_no_verb_of_its_own():
    assert mentions("The navy will return the seized tanker on Friday.", WEDNESDAY) == [("2026-04-24", "event")]
    assert mentions("The navy seized the tanker on Friday.", WEDNESDAY) == [("2026-04-17", "event")]  # a verb


def test_a_participle_right_before_its_date_tells_of_the_past_whatever_the_sentence_says():
    assert mentions("Dunn hopes to beat a record set on 3 May.", date(2026, 5, 1)) == [("2025-05-03", "event")]
    assert mentions("Dunn will race in a heat set for 3 May.", date(2026, 5, 1)) == [("2026-05-03", "event")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The committee said the next meeting on 12 May would set the fees.", date(2026, 4, 20),
         [("2026-05-12", "event")]),
        ("Tom Kell was remanded to appear at Crown Court on 7 April.", date(2026, 4, 1), [("2026-04-07", "event")]),
        ("Wage talks broke down on Friday and resume on Monday.", date(2026, 4, 21),
         [("2026-04-17", "event"), ("2026-04-27", "event")]),
        ("Wage talks broke down on Friday and resume on Monday.", date(2026, 4, 20),  # written that Monday:
         [("2026-04-17", "event")]),  # today, or a week on? No day
        ("The city promised the Penn footbridge for 3 March.", date(2026, 2, 10), [("2026-03-03", "superseded")]),
    ],
)
def test_a_day_still_to_come_is_not_taken_for_one_gone_by(text, anchor, expected):
    assert mentions(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The committee met on 12 May to set the fees.", date(2026, 4, 20), [("2025-05-12", "event")]),
        ("Tom Kell appeared at Crown Court on 7 April.", date(2026, 4, 1), [("2025-04-07", "event")]),
        ("Wage talks broke down on Friday and resumed on Monday.", date(2026, 4, 22),
         [("2026-04-17", "event"), ("2026-04-20", "event")]),
        ("The Penn footbridge opened on 3 March.", date(2026, 2, 10), [("2025-03-03", "event")]),
        ("The footbridge promised for 3 March opened in June.", date(2026, 8, 1),
         [("2026-03-03", "superseded"), ("2026-06", "event")]),
        ("The promised footbridge opened on 3 March.", date(2026, 4, 1), [("2026-03-03", "event")]),
    ],
)
def test_a_day_gone_by_stays_gone_by(text, anchor, expected):
    assert mentions(text, anchor) == expected


@pytest.mark.parametrize(
    "text",
    ["The Fenn farmers' market is held on a Sunday.", "Bins are collected every Monday.",
     "The choir sang on Sundays.", "Each Friday the ferry leaves at six."],
)
def test_a_habit_names_no_day(text):
    assert mentions(text, WEDNESDAY) == []


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("newcomers") / "corpus"
    return searcher_over(
        root,
        {
            "2026-04-01-kell-court.md": "Tom Kell, 34, appeared before magistrates on Monday and was remanded to "
            "appear at Crown Court on 7 April.\n",
            "2026-02-10-penn-bridge.md": "The city has promised the Penn footbridge for 3 March, a year late.\n",
            "2026-02-11-lorr-bridge.md": "The Lorr footbridge opened on 2 February after a year of delays.\n",
            "2026-04-25-fenn-market.md": "The Fenn farmers' market is held on a Sunday in the old square.\n",
            "2026-05-01-dunn-record.md": "Alma Dunn will try on Saturday to beat the county mile record, set in "
            "1997 by her coach.\n",
            "2026-06-10-mire-search.md": "Police said the search for the Mire trawler, declared finished on 4 June, "
            "would not resume.\n",
            "2026-05-08-tarn-bridge.md": "# Tarn bridge reopens after repairs\n\nAfter six weeks of repairs, "
            "traffic returned to the Tarn bridge on 3 May.\n",
            "2026-05-09-holm-bridge.md": "# Cracks found in Holm bridge deck\n\nEngineers inspected the Holm bridge "
            "on 4 May and found new cracks in its deck.\n",
        },
    )


def test_a_court_date_still_to_come_neither_dates_the_hearing_held_nor_answers_for_itself(searcher):
    assert line(searcher, "when did Tom Kell appear before magistrates") == "2026-03-30"
    assert line(searcher, "when did Tom Kell appear at Crown Court") is None


def test_a_promised_day_or_a_habit_is_no_answer(searcher):
    assert line(searcher, "when did the Penn footbridge open") is None
    assert line(searcher, "when did the Lorr footbridge open") == "2026-02-02"
    assert line(searcher, "when is the Fenn farmers market held") is None


def test_a_year_set_for_a_record_and_a_day_declared_for_a_search_answer(searcher):
    assert line(searcher, "when was the county mile record set") == "1997"
    assert line(searcher, "when was the search for the Mire trawler declared finished") == "2026-06-04"


def test_a_question_whose_verb_only_the_title_uses_gets_the_day_of_its_passage(searcher):
    assert line(searcher, "when did the Tarn bridge reopen") == "2026-05-03"  # the title says it reopened
    assert line(searcher, "when did the Holm bridge reopen") is None  # an inspection is no reopening


def test_a_chat_message_after_a_colon_keeps_the_day_ahead(tmp_path):
    export = (
        "[29/11/2026, 18:02:10] Desk Lead Anna: Anyone at the town hall tomorrow?\n"
        "[29/11/2026, 18:05:44] Piet Maas: I will be, for the budget debate.\n"
        "[30/11/2026, 09:14:03] Piet Maas: Mayor Vos said: the harbour levy vote is on 1 December.\n"
        "[30/11/2026, 09:15:20] Desk Lead Anna: Thanks, I will book the room.\n"
    )
    searcher = searcher_over(tmp_path / "corpus", {"desk-chat.txt": export})
    assert line(searcher, "when is the harbour levy vote") == "2026-12-01"
    assert mentions("The mayor said: the levy vote was held on 1 December.", date(2026, 11, 30)) == [
        ("2025-12-01", "event")
    ]
