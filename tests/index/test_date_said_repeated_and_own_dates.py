"""The date line for a speech act performed in a speaker's turn (``I can confirm that on Tuesday …``: the day of the
turn), for an event named as a noun after an order word (``the first raid on …``), for an event the best date tells
as a repeat (``raided again``) when an earlier date answers too, for a verb that has its own date before another verb
and its date (``the ban imposed in August was lifted on 14 October``), and for a phrasal verb in the passage
(``a fire broke out``) asked with a single verb (``start``); and the label of a timeline entry that opens on a span."""

import pytest

from bot.render.answer_view import date_label
from index.query import date_intent
from tests.conftest import line, searcher_over

PAGES = {
    "briefings/2025-06-11-harbour-briefing.txt": (
        "---\ntitle: Coastguard briefing, 11 June 2025\ndate: 2025-06-11\nkind: transcript\n---\n"
        "CMDR. VALE: Good afternoon. I can confirm that on Tuesday, June 10, a patrol cutter intercepted a "
        "smuggling barge off Korrin point. Two crew members are in custody.\n\n"
        "Q: Were the crew armed?\n"
        "CMDR. VALE: They were not. We confirmed on Monday that a second barge had been sighted near Ulm reef on "
        "Sunday, June 8, and we are still searching for it.\n"
    ),
    "articles/timeline-osk-depot.md": (
        "---\ntitle: \"Timeline: police raids on the Osk fuel depot\"\nkind: article\n---\n"
        "# Timeline: police raids on the Osk fuel depot\n\n"
        "- 2019-2020: Customs officers visit the Osk fuel depot every few weeks over missing paperwork.\n"
        "- 3 May 2024: At a hearing in Dorr, the mayor shows the first photographs of tanker lorries leaving the "
        "Osk depot "
        "at night.\n"
        "- 4 May 2024: Police seize forty tonnes of diesel from tanker lorries outside Dorr.\n"
        "- April 2024: The last police raid on the Osk depot before the winter, according to the prosecutor.\n"
        "- 9 Nov 2024: The Osk depot is raided again, for the first time since April: officers seal three tanks.\n"
    ),
    "articles/2024-05-05-dorr-lorries.md": (
        "---\ntitle: \"Diesel seized from lorries near Dorr\"\ndate: 2024-05-05\n---\n"
        "# Diesel seized from lorries near Dorr\n\n"
        "On Saturday, 4 May, officers raided a column of tanker lorries on the ring road outside Dorr.\n"
    ),
    "articles/2024-11-10-osk-depot.md": (
        "---\ntitle: \"Police seal tanks at the Osk depot\"\ndate: 2024-11-10\n---\n"
        "# Police seal tanks at the Osk depot\n\n"
        "On Saturday, 9 November 2024, officers raided the Osk depot and sealed three of its tanks.\n"
    ),
    "articles/timeline-oster-spill.md": (
        "---\ntitle: \"Timeline: the Oster river spill\"\nkind: article\n---\n"
        "# Timeline: the Oster river spill\n\n"
        "- 2 Mar 2026: A settling pond above Oster gives way.\n"
        "- 4 Mar 2026: The Orla ministry summons the Dorva envoy over the spill.\n"
    ),
    "articles/2021-10-14-vale-water.md": (
        "---\ntitle: \"Vale households may use hoses again\"\ndate: 2021-10-14\n---\n"
        "# Vale households may use hoses again\n\n"
        "The Vale hosepipe ban imposed in August 2021 was lifted on 14 October after weeks of steady rain, the "
        "water company said.\n"
    ),
    "articles/2022-03-07-saltmarsh-ferry.md": (
        "---\ntitle: \"Passengers taken off the Saltmarsh after engine room blaze\"\ndate: 2022-03-07\n---\n"
        "# Passengers taken off the Saltmarsh after engine room blaze\n\n"
        "A fire broke out in the engine room of the ferry Saltmarsh on 6 March 2022, an hour after it left Brill "
        "harbour with 212 passengers aboard.\n"
    ),
    "articles/2022-03-03-orme-grain-store.md": (
        "---\ntitle: \"Grain store fire under control\"\ndate: 2022-03-03\n---\n"
        "# Grain store fire under control\n\n"
        "Fire crews from Lusk put out the fire at the Orme grain store on 2 March 2022.\n"
    ),
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return searcher_over(tmp_path_factory.mktemp("said-repeated") / "corpus", PAGES)


def test_a_speech_act_the_speaker_performs_in_the_turn_is_dated_by_the_turn():
    assert date_intent("when did the coastguard confirm the interception off Korrin?").event == ("confirm",)


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("when did the coastguard confirm the barge interception off Korrin?", "2025-06-11"),  # not the 10th
        ("when did the patrol cutter intercept the smuggling barge off Korrin?", "2025-06-10"),  # the event itself
        ("when was the second barge sighted near Ulm reef?", "2025-06-08"),
    ],
)
def test_the_day_of_confirming_is_the_turns_and_the_day_confirmed_stays_the_events(searcher, question, day):
    assert line(searcher, question) == day


def test_a_noun_after_an_order_word_is_the_event_asked_about():
    assert date_intent("when was the first raid on the tanker lorries?").event == ("raid",)
    assert date_intent("when was the most recent attack on the base?").event == ("attack",)
    assert date_intent("when was the first election?").event == ()  # no verb of its own
    assert date_intent("when was the first tanker seized?").event == ("seized",)


def test_the_event_must_stand_with_the_date_not_only_its_subject(searcher):
    # 3 May tells of the lorries, not of a raid on them
    assert line(searcher, "when was the first raid on the tanker lorries?") == "2024-05-04"


def test_a_repeat_with_an_earlier_date_of_the_event_gives_no_line_for_one_date(searcher):
    # 9 Nov is told in two documents, April in one: without the repeat, 9 Nov would be named
    assert line(searcher, "when was the Osk depot raided in 2024?") is None  # April and 9 Nov both answer
    assert line(searcher, "when was the Osk depot raided again in 2024?") == "2024-11-09"
    assert line(searcher, "when was the Osk depot last raided?") == "2024-11-09"


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("when was the Vale hosepipe ban imposed?", "2021-08"),
        ("when was the Vale hosepipe ban lifted?", "2021-10-14"),
    ],
)
def test_a_verb_with_its_own_date_is_not_dated_by_the_next_verbs(searcher, question, day):
    assert line(searcher, question) == day


@pytest.mark.parametrize(
    "question",
    [
        "when did the Saltmarsh ferry fire start?",
        "when did the fire break out on the Saltmarsh ferry?",
        "when did the Saltmarsh ferry fire begin?",
    ],
)
def test_a_fire_that_broke_out_started_then(searcher, question):
    assert line(searcher, question) == "2022-03-06"


def test_putting_out_a_fire_is_no_start(searcher):
    assert line(searcher, "when was the Orme grain store fire put out?") == "2022-03-02"
    assert line(searcher, "when did the Orme grain store fire start?") is None


def test_a_timeline_entry_opening_on_a_span_is_labelled_with_it(searcher):
    answer = searcher.ask("when did customs officers visit the Osk fuel depot over missing paperwork?", k=3)
    labels = [date_label(hit) for hit in answer.hits if hit.passage.text.startswith("2019-2020")]
    assert labels == ["2019–2020 (in the text)"]
    one = searcher.ask("when did the mayor show the first photographs of tanker lorries?", k=3)
    assert [date_label(hit) for hit in one.hits if hit.passage.text.startswith("3 May")] == ["2024-05-03"]  # its day


def test_called_in_by_is_a_summons():
    assert date_intent("when was the Dorva envoy called in by the Orla ministry").event == ("called", "in")
    assert date_intent("when was the Dorva envoy called in").event == ("called", "in")
    assert date_intent("when was the Dorva envoy called in Orla").event == ("called",)  # a place


def test_an_envoy_called_in_was_summoned(searcher):
    assert line(searcher, "when was the Dorva envoy called in by the Orla ministry") == "2026-03-04"
