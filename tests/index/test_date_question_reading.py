"""How a "when" question's event is read: a particle stays with its verb (``call in``, ``picked up``, ``go
up``), a light verb with its particle finds the one verb of its meaning without naming an event by itself
(``go up``: ``rose``; not every ``went``), and an adverb in ``-ly`` is never the verb (``start loading again,
partly``)."""

import pytest

from index.query import date_intent
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("when did the interior minister call in the Harl envoy", ("call", "in")),
        ("when were the two couriers picked up", ("picked", "up")),
        ("when did the Orvel flood count go up", ("go", "up")),
        ("when did barges start unloading again, partly, at Tessel quay", ("unloading",)),
        ("when did the Tessel mill shut, partly", ("shut",)),
        ("when did the ferries go back to the old timetable", ("go", "back")),  # was ("back",)
    ],
)
def test_the_event_keeps_its_particle_and_skips_adverbs(question, event):
    assert date_intent(question).event == event


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("when did the first repaired ferry sail again", ("sail", "again")),  # an adverb that ends the question
        ("when did the council apply for the grant", ("apply",)),  # a verb in -ly
        ("when did the envoy land at the Harl airfield", ("land",)),
        ("when did the crew call the harbour master", ("call",)),
    ],
)
def test_look_alikes_read_as_before(question, event):
    assert date_intent(question).event == event


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("question-reading") / "corpus"
    return searcher_over(
        root,
        {
            "2026-04-10-harl-envoy.md": "The interior minister summoned the Harl envoy on 7 April over the border "
            "fence, and went to the Orvel coast the next week.\n",
            "2026-02-20-orvel-flood.md": "The number of homes flooded in Orvel rose to 140 on 18 February. Rescue "
            "crews went back to the river villages on 16 February.\n",
        },
    )


def test_a_particle_finds_the_one_verb_of_its_meaning(searcher):
    assert line(searcher, "when did the interior minister call in the Harl envoy") == "2026-04-07"
    assert line(searcher, "when did the number of homes flooded in Orvel go up") == "2026-02-18"


def test_a_light_verb_alone_names_no_event(searcher):
    # "went back" on 16 February is not the rise: "go" alone must not find "went"
    assert line(searcher, "when did the number of homes flooded in Orvel go up") != "2026-02-16"
