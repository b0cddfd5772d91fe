"""Who said it in an article: a paragraph that plainly quotes or reports one person gets that person as its sayer
(``index.sayers``), shown as read from the text and searched in the speaker field; a paragraph with no sayer, two
sayers, a pronoun after two people or a body saying it gets none, and a transcript's turn keeps its label."""

from __future__ import annotations

import json

import pytest

from bot.render.as_json import answer_to_dict
from index.search import Searcher
from tests.cli_runner import run
from tests.index.test_what_was_meant import FILLER, doc, searcher_over

PARAGRAPHS = {
    "said_name_role": (
        '"We will not pay the new harbour fees," said Pavel Rusk, the port\'s director. The charges rise by a fifth in'
        " April, and the shipping lines were told in a letter."
    ),
    "surname": "Rusk said the shipping lines had been warned about the rise in January.",
    "role_name_told": (
        "Finance Minister Irena Vasko told parliament on Tuesday that the dredging budget would be cut by a third."
    ),
    "pronoun": (
        '"The harbour fees pay for the dredging of the channel, and for nothing else," she said, and the accounts'
        " would be published in full."
    ),
    "according": "The tanker berth reopened on Monday, according to Tomas Lindqvist, who runs the pilot station.",
    "two_people": "Lindqvist later met Marta Eriksen and Jonas Holm at the slipway. He said the nets had been cut.",
    "two_sayers": "Rusk said the cranes were idle all week, and Vasko said the fish quay would stay closed.",
    "no_sayer": '"Nobody ever asked the fishermen what they could afford."',
    "body": "The ministry said the pilotage charges would be reviewed in May.",
    "quoted_inside": (
        '"As Vasko said last week, the charges are fair," said Anna Roos, a shipping agent. She runs four coasters.'
    ),
    "name_said": "Anna Roos said small coasters would sail to other ports instead.",
}
"""One article's paragraphs, in order, by what they test."""
SAYERS = {
    "said_name_role": "Pavel Rusk",
    "surname": "Pavel Rusk",
    "role_name_told": "Irena Vasko",
    "pronoun": "Irena Vasko",
    "according": "Tomas Lindqvist",
    "two_people": None,
    "two_sayers": None,
    "no_sayer": None,
    "body": None,
    "quoted_inside": "Anna Roos",
    "name_said": "Anna Roos",
}
ARTICLE = doc("Harbour fees rise again in Kestrel", "\n\n".join(PARAGRAPHS.values()))
STRIKE = {
    "pronoun_first": '"Nobody will sail on Friday, whatever the board decides," she said, and walked out of the room.',
    "named_body": "The Harbour Authority said the idle ferries would be towed to the outer berth by the tugs.",
    "who_clause": "Dr Maren Holt, who chairs the ferry union, said the talks had broken down over the night shifts.",
    "titled_surname": "Dr Holt said the union would meet the ferry operators again on Monday morning.",
    "titled_unknown": "Ms. Okafor said the winter timetable would be posted at the ferry terminal.",
    "post_with_a_body_word": "On Sunday Health Minister Ilse Marek said no ferry crew had been taken ill this week.",
}
"""A second article: a pronoun nobody is named before, a body, a sayer under a clause, a surname with a title."""
STRIKE_SAYERS = {
    "pronoun_first": None,
    "named_body": None,
    "who_clause": "Maren Holt",
    "titled_surname": "Maren Holt",
    "titled_unknown": "Ms. Okafor",
    "post_with_a_body_word": "Ilse Marek",
}
STRIKE_ARTICLE = doc("Ferry strike talks break down", "\n\n".join(STRIKE.values()))
QUOTED = '"The berths stay shut until the divers finish," said Lena Dahl, the harbour master.'
AFTER_QUOTED = "She said the divers would start at dawn and work through the weekend if the weather held."
DIVERS_ARTICLE = doc("Divers inspect the berths", f"{QUOTED}\n\n{AFTER_QUOTED}")
"""A quotation its reader gives to its sayer as the speaker, then a pronoun back to her."""
BRIEFING = """Kestrel Harbour Authority Press Briefing
14 March 2025

MS. VALK: Rusk said the cargo terminal will stay open through the strike.

QUESTION: And the ferries?

MS. VALK: The ferries keep their winter timetable.
"""
MORE = [
    "The library in the old town opens late on Thursdays through the winter.",
    "A cycling race closed the coast road for most of Sunday morning.",
    "Two new buses joined the airport line after the summer timetable began.",
    "The museum lent three paintings to a gallery in the north.",
    "Farmers brought the barley harvest in early after a dry August.",
    "The swimming pool at the sports centre reopened after repairs to its roof.",
    "Snow closed the mountain pass for a night, and the ploughs cleared it by dawn.",
    "The choir sang at the cathedral for the first time in ten years.",
    "A bakery on the main square won a prize for its rye bread.",
    "The zoo welcomed two red panda cubs born in the spring.",
]
FILES = {
    "harbour.md": ARTICLE,
    "strike.md": STRIKE_ARTICLE,
    "divers.md": DIVERS_ARTICLE,
    "briefing.txt": BRIEFING,
    **FILLER,
    **{f"town-{n}.md": doc(f"Town news {n}", text) for n, text in enumerate(MORE)},
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory) -> Searcher:
    return searcher_over(tmp_path_factory.mktemp("sayers"), FILES)


def _passage(searcher: Searcher, text: str):
    return next(p for p in searcher.index.passages if p.text == text)


@pytest.mark.parametrize("case", list(PARAGRAPHS))
def test_a_paragraph_gets_the_one_person_it_plainly_quotes(searcher, case):
    passage = _passage(searcher, PARAGRAPHS[case])
    assert passage.sayer_name == SAYERS[case], passage.sayer
    assert passage.speaker is None, "a sayer is never a transcript's speaker"


@pytest.mark.parametrize("case", list(STRIKE))
def test_a_body_or_a_pronoun_nobody_is_named_before_gives_no_sayer(searcher, case):
    assert _passage(searcher, STRIKE[case]).sayer_name == STRIKE_SAYERS[case]


def test_a_pronoun_after_a_quotation_given_to_its_sayer_is_that_sayers(searcher):
    assert _passage(searcher, QUOTED).speaker == "Lena Dahl", "a quotation and its attribution: as before"
    assert _passage(searcher, QUOTED).sayer is None
    assert _passage(searcher, AFTER_QUOTED).sayer_name == "Lena Dahl"


def test_the_post_the_text_gives_is_kept_with_the_sayer(searcher):
    assert _passage(searcher, PARAGRAPHS["said_name_role"]).sayer == "Pavel Rusk, the port's director"
    assert _passage(searcher, PARAGRAPHS["role_name_told"]).sayer == "Irena Vasko, Finance Minister"


def test_a_turn_keeps_its_label_and_gets_no_sayer(searcher):
    turn = _passage(searcher, "Rusk said the cargo terminal will stay open through the strike.")
    assert turn.speaker == "MS. VALK" and turn.sayer is None


@pytest.mark.parametrize("meaning", [True, False])
def test_what_someone_said_finds_the_paragraph_that_quotes_them_by_a_pronoun(tmp_path, meaning):
    searcher = searcher_over(tmp_path, FILES, meaning=meaning)
    answer = searcher.ask("What did Vasko say about the harbour fees?", k=3)
    assert answer.hits[0].passage.text == PARAGRAPHS["pronoun"]
    assert answer.hits[0].by_speaker and answer.missing == ()


def test_json_gives_the_sayer_apart_from_the_speaker(searcher):
    passages = answer_to_dict(searcher.ask("What did Vasko say about the harbour fees?", k=5))["passages"]
    first = json.loads(json.dumps(passages[0]))
    assert first["sayer"] == "Irena Vasko" and first["speaker"] is None
    assert all(passage["sayer"] is None for passage in passages if passage["speaker"] == "MS. VALK")


def test_the_answer_shows_the_sayer_as_read_from_the_text(tmp_path):
    corpus = tmp_path / "corpus"
    for name, text in FILES.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    args = ("--corpus", str(corpus), "--index", str(tmp_path / "index"))
    shown = run("ask", "What did Vasko say about the harbour fees?", "--k", "1", *args, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "1. said by Irena Vasko (in the text), " in shown.stdout, shown.stdout
    turn = run("ask", "cargo terminal strike", "--k", "1", *args, cwd=tmp_path)
    assert "1. MS. VALK, " in turn.stdout and "said by" not in turn.stdout, turn.stdout


def test_a_paragraph_naming_its_sayer_is_found_by_its_own_words_alone(searcher):
    """Its sayer's name is not searched again in the speaker field: the paragraph holds it already."""
    answer = searcher.ask("What did Rusk say about the shipping lines?", k=3)
    first = {hit.passage.text: hit.by_speaker for hit in answer.hits[:2]}
    assert first == {PARAGRAPHS["surname"]: False, PARAGRAPHS["said_name_role"]: False}
