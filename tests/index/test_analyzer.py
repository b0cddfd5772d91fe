from concurrent.futures import ThreadPoolExecutor

import pytest

from index.analyzer import (
    ANALYZER_VERSION,
    analyze,
    fold,
    iter_tokens,
    matched_spans,
    query_terms,
    stem,
    text_words,
    thread_stemmer,
)


def words(text: str) -> list[str]:
    """The word terms of a text, joined compound forms left out."""
    return [token.term for token in iter_tokens(text) if not token.joined]


def test_folding_lowercases_and_unifies_accents_quotes_and_dashes():
    assert fold("Café “Ré” – Nusra’s") == 'cafe "re" - nusra\'s'
    assert analyze("CAFÉ") == analyze("cafe") == ["cafe"]


def test_question_words_and_function_words_are_left_out_and_possessives_dropped():
    assert analyze("When was Nusra’s convoy struck?") == ["nusra", "convoy", "strike"]
    assert analyze("What did they do, and why?") == []


def test_stemming_and_irregular_verbs_meet_their_base_form():
    assert analyze("strikes striking struck strike") == ["strike"] * 4
    assert analyze("civilians civilian") == ["civilian"] * 2
    assert analyze("killed kills") == ["kill", "kill"]


def test_hyphenated_names_match_with_and_without_hyphen_and_article():
    forms = ["al-Nusra", "Al Nusra", "alNusra", "Nusra", "AL-NUSRA", "al‑Nusra"]
    assert all("nusra" in words(form) for form in forms)
    assert "alnusra" in analyze("al-Nusra") and "alnusra" in analyze("alnusra")
    assert words("Jabhat Fateh al-Sham") == words("Jabhat Fateh al Sham") == ["jabhat", "fateh", "sham"]
    assert words("al-Qaida") == ["qaida"] and words("alQaeda") == ["qaeda"]


def test_numbers_years_and_dotted_abbreviations_are_kept():
    assert analyze("In 2014-2015, 100 trucks") == ["2014", "2015", "100", "truck"]
    assert analyze("U.S.-led") == ["us", "lead"]
    assert "10" in analyze("A-10 jets")


def test_run_together_tweet_accounts_are_split_into_words():
    assert {"jabhat", "fateh", "sham"} <= set(analyze("@LBCI_News_ENJabhat Fateh al-Sham"))


def test_a_word_ending_in_capitals_run_onto_it_is_one_name_not_its_parts():
    for name in ("MenB", "MenACWY", "PhD", "HepB", "mRNA", "OpenAI"):
        assert analyze(name) == [stem(name.casefold())]
    assert "men" not in analyze("The MenB jabs start on Monday")
    assert analyze("MenB") == analyze("menb") and analyze("MenB-vaccine")[0] == "menb"


def test_words_run_together_by_case_still_give_each_word():
    assert analyze("#FreeSyria") == ["free", "syria", "freesyria"]
    assert {"nhs", "england"} <= set(analyze("NHSEngland")) and {"monitor", "jabhat"} <= set(analyze("monitorJabhat"))
    assert {"kelva", "water", "boil"} <= set(analyze("@KelvaWaterBOIL NOTICE")) and "fire" in analyze("@KelvaFireA")


def test_query_terms_count_repeats_and_leave_out_request_filler():
    assert query_terms("oil oil trucks") == {"oil": 2, "truck": 1}
    assert query_terms("please tell me what happened to the oil trucks") == {"oil": 1, "truck": 1}


def test_matched_spans_mark_whole_words_through_stemming():
    text = "The al-Nusra convoy; convoys too, and Nusrah."
    spans = matched_spans(text, frozenset({"nusra", "convoy"}))
    assert [text[a:b] for a, b in spans] == ["al-Nusra", "convoy", "convoys"]


def test_matched_spans_mark_phrases_only_as_a_run_of_words():
    text = "The Islamic State and the State Department; Islamic. State."
    spans = matched_spans(text, frozenset({"islam state"}))
    assert [text[a:b] for a, b in spans] == ["Islamic State"]
    text = "Department of Defense officials"
    assert [text[a:b] for a, b in matched_spans(text, {"depart defens"})] == ["Department of Defense"]


def test_the_analyzer_version_marks_the_terms_format():
    assert ANALYZER_VERSION >= 2


def test_each_thread_stems_with_its_own_stemmer_and_gets_the_same_terms():
    words = [
        f"{stem_}{ending}" for stem_ in ("strik", "convoy", "negotiat", "bomb") for ending in ("e", "es", "ing", "ed")
    ]
    expected = [stem(word) for word in words]
    mine = thread_stemmer()

    def in_a_thread(_: int) -> tuple[int, list[str]]:
        own = thread_stemmer()
        assert own is thread_stemmer(), "a thread keeps its stemmer"
        return id(own), [stem(word) for word in words]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(in_a_thread, range(4)))
    assert all(terms == expected for _, terms in results)
    assert all(stemmer_id != id(mine) for stemmer_id, _ in results), "no thread shares this thread's stemmer"


def test_a_word_gets_the_same_terms_however_many_words_came_between():
    """Each word's terms are kept and its stems asked for afresh: neither depends on the words analysed before."""
    first = analyze("Ceasefires convoys renegotiated peacekeeping Kari-Toma")
    made_up = [f"ka{n:05d}ri{chr(97 + n % 26)}ings" for n in range(12_000)]
    early = analyze(" ".join(made_up[:3]))
    analyze(" ".join(made_up))
    assert analyze(" ".join(made_up[:3])) == early
    assert analyze("Ceasefires convoys renegotiated peacekeeping Kari-Toma") == first
    assert first == ["ceasefir", "convoy", "renegoti", "peacekeep", "kari", "toma", "karitoma"]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("The U.S. envoy met e.g. the U.N. team", ["The", "U.S.", "envoy", "met", "e.g.", "the", "U.N.", "team"]),
        ("..Q.E.D.", ["Q.E.D."]),
        ("Talks resumed at 10.30 on 3.4.2025.", ["Talks", "resumed", "at", "10", "30", "on", "3", "4", "2025"]),
        ("a.b and x. y.", ["a", "b", "and", "x", "y"]),
        ("It's a well-known cease-fire -- in 2026's talks",
         ["It's", "a", "well-known", "cease-fire", "in", "2026's", "talks"]),
        ("under_score and tab\there\x1cnow", ["under_score", "and", "tab", "here", "now"]),
        ("no joins here, just words: 42 of them!", ["no", "joins", "here", "just", "words", "42", "of", "them"]),
        ("naïve café — ‘quoted’ l’État", ["naïve", "café", "quoted", "l’État"]),
        ("rock‐n‑roll zʼs", ["rock‐n‑roll", "zʼs"]),
        ("", []),
    ],
)
def test_a_text_is_cut_into_the_words_its_terms_come_from(text: str, cut: list[str]) -> None:
    """Dotted abbreviations, ASCII joins, other joins and plain ASCII text are cut alike by every way of cutting."""
    assert text_words(text) == cut
    assert analyze(text) == [term for word in cut for term in analyze(word)]
