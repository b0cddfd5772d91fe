"""Which word of a "when" question names its event: a participle after a determiner is an adjective (``of the
flooded tunnel``), not the verb asked about."""

import pytest

from index.query import event_words
from tests.conftest import line, searcher_over


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("when was the water pumped out of the flooded Verrin underpass", ("pumped", "out")),  # its particle stays
        ("when was the ferry first tied to the crown", ("tied",)),  # "crown" ends as "shown" does
        ("when was the registry first warned about the stolen ledger", ("warned",)),
        ("when was the Tolvan plant's last safety check", ()),  # no verb: "plant" is no participle either
    ],
)
def test_a_participle_after_a_determiner_is_no_verb_of_a_was_question(question, verb):
    assert event_words(question) == verb


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("when was the damaged bridge reopened", ("reopened",)),
        ("when was the Orsk bridge built", ("built",)),
        ("When was the virus first found inside the Orsk plant?", ("found",)),
        ("when was the outbreak declared", ("declared",)),
    ],
)
def test_the_verb_of_a_was_question_is_kept_look_alikes(question, verb):
    assert event_words(question) == verb


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    root = tmp_path_factory.mktemp("verbs") / "corpus"
    return searcher_over(
        root,
        {
            "2026-03-20-verrin-underpass.md": "Pumps ran for days at the Verrin underpass. Crews pumped the last of "
            "the water out of the underpass on 14 March. The underpass had flooded on 9 March after a night of "
            "heavy rain.\n",
            "2026-06-05-harbour-dues.md": "The harbour board raised mooring dues on 2 June after a long review.\n",
        },
    )


def test_the_line_dates_the_verb_not_the_adjective(searcher):
    assert line(searcher, "when was the water pumped out of the flooded Verrin underpass") == "2026-03-14"
    assert line(searcher, "when did the Verrin underpass flood") == "2026-03-09"  # look-alike: the flood itself
