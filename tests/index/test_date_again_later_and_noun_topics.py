"""The date line for a last one when a later date tells the event as a repeat (``raided again, for the first time
since April``: the April date was not the last), and for a word of the question that a passage names only as what
a noun is about (``the inquiry into the fire opened on Monday``: the inquiry's day, not the fire's)."""

import pytest

from tests.conftest import line, searcher_over

PAGES = {
    "aliases.toml": '[groups]\nvarn = ["Varn Brigade", "Coastal Shield Front"]\n',
    "articles/timeline-varn-raids.md": (
        "---\ntitle: \"Timeline: navy raids on the Varn Brigade\"\nkind: article\n---\n"
        "# Timeline: navy raids on the Varn Brigade\n\n"
        "- 2022-2023: Navy boats raid Varn Brigade camps along the Kesh coast on several occasions.\n"
        "- April 2024: The last navy raid on the Varn Brigade before the autumn, the defence ministry says.\n"
        "- 9 Sep 2024: The Varn Brigade is raided again, for the first time since April: a patrol boat sinks two "
        "skiffs near Kesh.\n"
    ),
    "articles/2024-09-10-kesh-skiffs.md": (
        "---\ntitle: \"Patrol boat sinks two skiffs off Kesh\"\ndate: 2024-09-10\n---\n"
        "# Patrol boat sinks two skiffs off Kesh\n\n"
        "On Monday, 9 September 2024, a patrol boat sank two skiffs of the Coastal Shield Front, as the group has "
        "called itself since July, near Kesh.\n"
    ),
    "articles/2024-08-30-varn-briefing.md": (
        "---\ntitle: \"Ministry asked about Varn raids\"\ndate: 2024-08-30\n---\n"
        "# Ministry asked about Varn raids\n\n"
        "At a briefing on Thursday, a defence ministry spokesman acknowledged that the navy had not raided the Varn "
        "Brigade since April.\n"
    ),
    "articles/2025-03-09-linnet-fire.md": (
        "---\ntitle: \"Linnet ferry fire inquiry\"\ndate: 2025-03-09\n---\n"
        "# Linnet ferry fire inquiry\n\n"
        "A fire broke out aboard the ferry Linnet on 2 March. The inquiry into the fire opened on Monday.\n"
    ),
    "articles/2025-03-06-tarn-valley.md": (
        "---\ntitle: \"Tarn valley raided\"\ndate: 2025-03-06\n---\n"
        "# Tarn valley raided\n\n"
        "The raid into the Tarn valley came on 5 March, shortly before dawn.\n"
    ),
    "articles/2025-02-20-council-budget.md": (
        "---\ntitle: \"Council budget passed\"\ndate: 2025-02-20\n---\n"
        "# Council budget passed\n\n"
        "The harbour council approved its budget on 18 February by two votes.\n"
    ),
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(tmp_path_factory.mktemp("again-later") / "corpus", PAGES)


def test_a_later_repeat_of_the_event_is_the_last_one(searcher):
    assert line(searcher, "when did the navy last hit the Varn Brigade?") == "2024-09-09"
    assert line(searcher, "when did the navy last hit the Coastal Shield Front?") == "2024-09-09"


def test_a_limit_before_the_repeat_and_a_first_keep_their_dates(searcher):
    assert line(searcher, "when was the last navy raid on the Varn Brigade before August?") == "2024-04"
    # not the day a spokesman said there had been none since
    assert line(searcher, "when was the last navy raid on the Varn Brigade before September?") == "2024-04"
    assert line(searcher, "when did the navy first raid the Varn Brigade?") == "2022"


def test_a_word_named_only_as_what_a_noun_is_about_is_not_its_clause_subject(searcher):
    assert line(searcher, "when did the fire start?") == "2025-03-02"
    assert line(searcher, "when did the Linnet fire break out?") == "2025-03-02"


def test_the_noun_itself_keeps_its_date(searcher):
    assert line(searcher, "when did the inquiry open?") == "2025-03-03"
    assert line(searcher, "when did the inquiry into the fire open?") == "2025-03-03"
    assert line(searcher, "when was the Tarn valley hit?") == "2025-03-05"  # the noun is the event: no topic
