"""The date line for a question that names its event in other words than the passage: a verb with its particle
(``come down``, ``run out``, ``put out``) for the single verb that names the same event (``collapsed``,
``expired``, ``published``), and verbs of one meaning (``override`` and ``overrule``, ``pull`` and
``withdraw``, ``serve`` and ``issue``); and the verb of a question whose subject is a noun compound (``the sun
bear``) or whose verb takes a pronoun (``announce it was raising``)."""

import pytest

from index.query import date_intent
from tests.conftest import line, searcher_over


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-words") / "corpus"
    return searcher_over(
        root,
        {
            "2026-11-02-weir-footbridge.md": "The timber footbridge over Dunholt weir collapsed on 28 October, in "
            "the small hours, while the river was at its highest.\n",
            "2026-07-08-arena-licence.md": "Inspectors told the council that the Brevin arena's fire licence had "
            "expired on 30 June without anyone applying to renew it.\n",
            "2026-03-20-selna-report.md": "The harbour board published its interim report on the Selna grounding "
            "on 3 March, a fortnight later than promised.\n",
            "2026-08-19-parole-minutes.md": "Minutes seen by this paper show the governor overruled the parole "
            "board on 6 August in the case of two older inmates.\n",
            "2026-09-10-orrel-star.md": "The operator withdrew the Orrel Star from service on 4 September once "
            "divers had found a crack in her hull.\n",
            "2026-12-01-quarry-notice.md": "The inspectorate issued a dust notice to the Harl quarry on 24 November "
            "after two complaints from the village.\n",
            "2026-06-05-herring.md": "On 2 June the island council announced that the herring quota would rise by a "
            "tenth, to the dismay of its neighbours.\n",
            "2026-03-12-kell-bridge.md": "The Kell rail bridge collapsed on 4 March, according to the operator.\n",
            "2026-03-14-kell-residents.md": "Residents say the Kell rail bridge collapsed on 9 March, after a week of "
            "rain.\n",
        },
    )


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("when did the Dunholt weir footbridge come down", "2026-10-28"),
        ("when did the Brevin arena fire licence run out", "2026-06-30"),
        ("when did the harbour board put out its interim report on the Selna grounding", "2026-03-03"),
        ("when did the governor override the parole board", "2026-08-06"),
        ("when did the operator pull the Orrel Star out of service", "2026-09-04"),
        ("when was the Harl quarry served the dust notice", "2026-11-24"),
        ("when did the island council announce it was raising the herring quota", "2026-06-02"),
    ],
)
def test_an_event_told_in_other_words_is_dated(searcher, question, day):
    assert line(searcher, question) == day


def test_another_particle_names_another_event(searcher):
    # "put off" is no publishing: the report's day does not answer it
    assert line(searcher, "when did the harbour board put off its interim report on the Selna grounding") is None


def test_two_days_told_in_other_words_still_leave_the_line_out(searcher):
    # two passages date the collapse apart, each as well as the other
    assert line(searcher, "when did the Kell rail bridge come down") is None


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("when did the sun bear escape", ("escape",)),
        ("when did the coup attempt begin", ("begin",)),
        ("when did the dam give way", ("give", "way")),
        ("when did the council announce it was raising the quota", ("announce",)),
        ("when did the council announce the rise", ("announce",)),
    ],
)
def test_a_noun_before_the_verb_is_not_read_as_a_verb(question, event):
    assert date_intent(question).event == event
