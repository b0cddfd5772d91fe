"""A "how many" question puts the passage giving a number of what it counts above a brush-off, and a "why"
question reads ``blaming X for Y`` as a cause, in a paragraph wrapped by hand too (its sentence read whole)."""

from pathlib import Path

import pytest

from index.library import Library
from index.rerank import states_cause, states_count
from tests.cli_runner import run, run_json
from tests.conftest import write

BRIEFING = """---
title: Interior ministry briefing, 8 June 2024 (test)
date: 2024-06-08
kind: transcript
---
MR. HOLMQVIST: Good morning. The border crossings in the east reopened at dawn.

Q: Was anybody else hurt? There are reports of civilian deaths in Tarsk on the same night.
MR. HOLMQVIST: Those are separate matters. We take every report of harm to civilians seriously and we will look \
into the Tarsk reports, as we always do.

Q: And the crossing at Vellin?
MR. HOLMQVIST: Vellin stays closed until the bridge is repaired.
"""

TARSK = """---
title: Night shelling hits Tarsk
date: 2024-06-07
---
Shelling overnight killed 12 civilians in Tarsk, north of the river, local medics said.

The same night, reports of civilian losses came from other towns in the north:

Officials said 30 trucks of aid were sent to the towns, driven by civilians hired in the capital.
"""

HARBOUR = """Harbour closed at Elsby

The Elsby port authority said on Tuesday that it was closing the harbour to all
shipping until further notice, blaming a sea wall damaged in last week's storm
for the flooding of the quays and the loss of two moorings.

The ferry company said its sailings would move to the berth at Haddon for the
time being, and that passengers with bookings would be told by text message.
"""

TIMELINE = """---
title: Elsby harbour: a timeline
---
- 2 May 2024: A storm damages the sea wall at Elsby.
- 7 May 2024: The Elsby port authority closes the harbour to shipping.
- 20 May 2024: The harbour reopens to ferries.
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lifts")
    for name, text in {
        "briefing.txt": BRIEFING,
        "tarsk.md": TARSK,
        "harbour.txt": HARBOUR,
        "timeline.md": TIMELINE,
    }.items():
        write(folder / "corpus", name, text)
    assert run("index", "build", cwd=folder).returncode == 0
    return folder


def _texts(project: Path, question: str) -> list[str]:
    return [passage["text"] for passage in run_json("ask", question, "--json", cwd=project)["passages"]]


def test_a_how_many_question_puts_the_number_of_what_it_counts_above_a_brush_off(project):
    texts = _texts(project, "how many civilians were killed in Tarsk?")
    assert texts[0].startswith("Shelling overnight killed 12 civilians in Tarsk")
    assert texts.index(next(t for t in texts if t.startswith("Officials said 30 trucks"))) > 1


def test_the_library_front_door_answers_alike(project):
    answer = Library(project / "corpus", project / ".briefbot" / "index").ask("How many civilians died in Tarsk?", 3)
    assert answer.hits[0].passage.text.startswith("Shelling overnight killed 12 civilians")


def test_a_question_that_counts_nothing_keeps_its_order(project):
    """Look-alike: the same words without ``how many`` are no number question (the turn stays first)."""
    texts = _texts(project, "what happened to civilians in Tarsk?")
    assert texts[0].startswith("Those are separate matters")


def test_a_why_question_reads_blaming_for_as_the_cause_in_a_paragraph_wrapped_by_hand(project):
    texts = _texts(project, "why was Elsby harbour closed to shipping?")
    assert texts[0].startswith("The Elsby port authority said on Tuesday")
    assert texts[1] == "7 May 2024: The Elsby port authority closes the harbour to shipping."


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("The board closed the harbour, blaming the storm for the damage.", True),
        ("The board blamed the closure of the harbour on the storm.", True),
        ("Nobody is to blame for the harbour closing.", False),  # nothing blamed: no cause stated
        ("The harbour closed. The blame game began at once.", False),
    ],
)
def test_what_is_blamed_must_be_named(sentence, cause):
    words = [(("harbour",), 1.0), (("close", "closur", "closed"), 1.0)]
    assert states_cause(sentence, words, _terms) is cause


def test_a_cause_that_runs_over_a_wrapped_line_is_read_as_one_sentence():
    """A hard-wrapped paragraph's sentence is read whole (its lines joined as a reader sees them), while a list's
    lines stay apart."""
    words = [(("harbour",), 1.0), (("close", "closur", "closed"), 1.0)]
    wrapped = (
        "The port authority said on Tuesday that it had closed the harbour to every\n"
        "ship and barge until further notice, because the sea wall had been damaged\n"
        "by the storm of the week before and could not hold.\n"
    )
    listed = "- The harbour closed on Tuesday.\n- Because of rain, the fair moved indoors.\n"
    assert states_cause(wrapped, words, _terms)
    assert not states_cause(listed, words, _terms)


def _terms(text: str) -> set[str]:
    return set(text.lower().replace(".", " ").replace(",", " ").split())


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("Shelling killed 12 civilians in Tarsk.", True),
        ("Shelling in Tarsk killed twelve of the civilians sheltering there.", True),
        ("The Tarsk shelter, built for 400 civilians, was shelled.", False),  # a number, but not of those killed
        ("Shelling killed civilians in Tarsk on 12 June.", False),  # a number of days, not of civilians
    ],
)
def test_a_number_counts_what_is_asked_only_beside_it_and_with_what_happened_to_them(sentence, gives):
    words = [(("civilian", "civilians"), 1.0), (("killed", "kill"), 1.0), (("tarsk",), 2.0)]
    assert states_count(sentence, ("civilians",), words, _terms, [("killed",)]) is gives
