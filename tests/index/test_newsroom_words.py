"""Events named in other words: phrasal verbs (a name's closing small words are particles), a word of a longer name
naming its own group, and kin for the date line."""

from __future__ import annotations

from index.aliases import name_words, parse_aliases
from index.analyzer import iter_tokens, matched_spans
from index.builder import build_index
from index.query import plan_query
from index.search import Searcher
from index.store import load_index
from tests.conftest import line, write

EXTRA = parse_aliases(
    """
[groups]
resign = ["resign", "step down", "stand down"]
collapse = ["collapse", "cave in"]
handover = ["handover", "hand over"]
"""
)


def groups_named(text: str, table=EXTRA) -> list[str]:
    return [match.group.key for match in table.find(text, list(iter_tokens(text)))]


def searcher_over(tmp_path, files: dict[str, str], meaning: bool = False) -> Searcher:
    corpus = tmp_path / "corpus"
    for name, text in files.items():
        write(corpus, name, text)
    build_index(corpus, tmp_path / "index", model="wordllama" if meaning else "none")
    return Searcher(load_index(tmp_path / "index"), meaning=meaning)


def doc(title: str, text: str) -> str:
    return f"---\ntitle: {title}\nkind: article\n---\n{text}\n"


FILLER = {
    f"filler-{n}.md": doc(f"Filler {n}", text)
    for n, text in enumerate(
        [
            "The harbour cranes were painted over the winter months by a local firm.",
            "School exams start later this year, the education office said on its website.",
            "A new footbridge opened across the river in the old town on Saturday.",
            "The council will put a question to residents about parking in the spring.",
            "A step forward for the talks, the envoy said after a long meeting with both sides.",
        ]
    )
}


def test_a_phrasal_verb_keeps_its_small_word_and_matches_every_form_of_its_verb():
    assert name_words("step down") == ("step", "down")
    assert name_words("cave in") == ("cave", "~in")
    assert name_words("hand over") == ("hand", "~over")
    assert groups_named("The chairman stepped down on Monday.") == ["resign"]
    assert groups_named("She steps down next week and stands down as an MP.") == ["resign", "resign"]
    assert groups_named("The gallery roof caved in at night, after an earlier cave-in.") == ["collapse", "collapse"]
    assert groups_named("They handed over the keys, a hand-over long planned.") == ["handover", "handover"]


def test_a_phrasal_verb_is_not_its_verb_alone():
    assert groups_named("Explorers mapped the cave, in the hills.") == []
    assert groups_named("He raised a hand, over and over again.") == []
    assert groups_named("She put her hand on the table and took a step.") == []


def test_a_phrase_with_a_particle_marks_its_words_in_the_text():
    text = "Crews put out the last flames by noon."
    assert matched_spans(text, {"put ~out"}) == [(6, 9)]


NESTED = """
[groups]
pay-rise = ["wage increase", "pay rise"]
wage = ["wage", "salary"]
increase = ["increase", "hike"]
extinguish = ["extinguish", "fire was put out", "put out the fire"]
fire = ["fire", "blaze"]
"""


def test_a_word_inside_a_longer_name_still_names_its_own_group(tmp_path):
    files = {"aliases.toml": NESTED, "a.md": doc("Mill pay", "Mill workers won a wage increase in May."), **FILLER}
    searcher = searcher_over(tmp_path, files)
    hits = searcher.ask("a hike in salaries at the mill", k=1).hits
    assert hits and hits[0].passage.text == "Mill workers won a wage increase in May."


def test_a_question_word_inside_a_longer_name_is_still_asked_for():
    table = parse_aliases(NESTED)
    weights = plan_query("when was the fire put out", table).weights
    assert weights["@extinguish"] == 1.0 and weights["@fire"] == 1.0
    assert "@extinguish" not in plan_query("when did they put the plan out", table).weights


def test_the_date_line_finds_a_kindred_verb(tmp_path):
    text = (
        "The Varro trade fair opened its doors on 4 May 2024 to record crowds.\n\n"
        "The Varro trade fair closed on 9 May 2024, its organisers said."
    )
    searcher = searcher_over(tmp_path / "fair", {"a.md": doc("Trade fair", text), **FILLER})
    assert line(searcher, "When did the Varro trade fair end?") == "2024-05-09"

    text = (
        "A fire broke out at the Norrel timber yard on 3 May 2024. Crews doused the last flames on 6 May 2024, "
        "the fire service said."
    )
    searcher = searcher_over(tmp_path, {"a.md": doc("Timber yard fire", text), **FILLER})
    assert line(searcher, "When was the Norrel timber yard fire extinguished?") == "2024-05-06"
