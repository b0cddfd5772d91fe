import random
from collections import Counter

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.engine import Bm25Engine, Bm25Params, TermCounts, native_engine

WORDS = [
    "strike",
    "nusra",
    "idlib",
    "convoy",
    "ceasefire",
    "aleppo",
    "pentagon",
    "march",
    "truck",
    "oil",
    "russia",
    "talks",
    "drone",
    "civilian",
    "briefing",
    "question",
    "spokesman",
    "daesh",
]


def random_corpus(seed: int, size: int) -> list[list[str]]:
    rng = random.Random(seed)
    # Zipf-like: early words are far more common, so some terms sit in over half the rows (IDF floor).
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    return [rng.choices(WORDS, weights, k=rng.randint(0, 30)) for _ in range(size)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scores_equal_rank_bm25_okapi(seed):
    corpus = random_corpus(seed, 300)
    reference = BM25Okapi(corpus)
    engine = Bm25Engine(corpus)
    rng = random.Random(seed * 7)
    for _ in range(30):
        query = [*rng.sample(WORDS, rng.randint(1, 4)), "unknownword"]
        weights = {t: float(query.count(t)) for t in query}
        np.testing.assert_allclose(engine.scores(weights), reference.get_scores(query), rtol=0, atol=1e-9)


def test_repeated_query_terms_weigh_like_rank_bm25():
    corpus = random_corpus(5, 100)
    reference = BM25Okapi(corpus)
    engine = Bm25Engine(corpus)
    np.testing.assert_allclose(
        engine.scores({"strike": 2.0, "oil": 1.0}), reference.get_scores(["strike", "oil", "strike"]), atol=1e-9
    )


def test_parameters_are_passed_through():
    corpus = random_corpus(9, 80)
    reference = BM25Okapi(corpus, k1=1.2, b=0.5, epsilon=0.1)
    engine = Bm25Engine(corpus, Bm25Params(k1=1.2, b=0.5, epsilon=0.1))
    np.testing.assert_allclose(engine.scores({"nusra": 1.0}), reference.get_scores(["nusra"]), atol=1e-9)


def test_top_k_is_best_first_with_ties_in_corpus_order():
    corpus = [["oil"], ["talks"], ["oil"], ["oil", "oil"], ["talks"], ["oil"], *[["drone"]] * 6]
    ranked, matched = Bm25Engine(corpus).search({"oil": 1.0}, k=3)
    assert matched == 4
    assert ranked[0][1] > ranked[1][1] > 0
    assert [row for row, _ in ranked] == [3, 0, 2]
    assert ranked[1][1] == ranked[2][1]


def test_rows_without_any_query_term_never_match():
    corpus = [["oil"], ["talks"], ["drone"]]
    ranked, matched = Bm25Engine(corpus).search({"oil": 1.0}, k=10)
    assert [row for row, _ in ranked] == [0]
    assert matched == 1


def test_a_term_found_in_a_tiny_corpus_matches_even_with_a_non_positive_idf():
    ranked, matched = Bm25Engine([["oil"], ["oil"]]).search({"oil": 1.0}, k=5)
    assert matched == 2 and [row for row, _ in ranked] == [0, 1]


def test_empty_corpus_and_empty_query():
    assert Bm25Engine([]).search({"oil": 1.0}, 5) == ([], 0)
    assert Bm25Engine([[], []]).search({"oil": 1.0}, 5) == ([], 0)
    assert Bm25Engine([["oil"]]).search({}, 5) == ([], 0)


def zipf_corpus(seed: int, size: int, vocabulary: int = 2500) -> tuple[list[list[str]], list[str], list[float]]:
    rng = random.Random(seed)
    words = [f"w{rank}" for rank in range(vocabulary)]
    weights = [1 / (rank + 1) ** 1.05 for rank in range(vocabulary)]
    return [rng.choices(words, weights, k=rng.randint(0, 40)) for _ in range(size)], words, weights


def reference_top(reference: BM25Okapi, query: list[str], k: int) -> tuple[list[int], int]:
    """rank-bm25's best rows holding a query term, ties in row order, and how many rows hold one."""
    scores = reference.get_scores(query)
    holding = [i for i, freqs in enumerate(reference.doc_freqs) if any(term in freqs for term in query)]
    return sorted(holding, key=lambda i: (-scores[i], i))[:k], len(holding)


@pytest.fixture(scope="module")
def large():
    # Over 4,096 rows, so the commonest terms also get the bitmaps used to count matches.
    corpus, words, weights = zipf_corpus(4, 5000)
    return corpus, words, weights, BM25Okapi(corpus), Bm25Engine(corpus)


def test_top_10_and_scores_equal_rank_bm25_on_thousands_of_passages(large):
    _, words, weights, reference, engine = large
    rng = random.Random(8)
    for _ in range(120):
        query = rng.choices(words[:300], weights[:300], k=rng.randint(1, 6))
        ranked, matched = engine.search(dict(Counter(query)), 10)
        expected, holding = reference_top(reference, query, 10)
        assert [row for row, _ in ranked] == expected
        assert matched == holding
        scores = reference.get_scores(query)
        np.testing.assert_allclose([score for _, score in ranked], scores[expected], rtol=0, atol=1e-6)


def test_single_term_queries_tie_exactly_as_rank_bm25_does(large):
    _, words, _, reference, engine = large
    for term in words[:40]:
        ranked, _ = engine.search({term: 1.0}, 10)
        expected, _ = reference_top(reference, [term], 10)
        assert [row for row, _ in ranked] == expected
        # The same float64 operations in the same order: not just close, equal.
        assert [score for _, score in ranked] == list(reference.get_scores([term])[expected])


def test_the_pruned_search_and_the_exhaustive_numpy_search_agree(large, monkeypatch):
    _, words, weights, _, engine = large
    rng = random.Random(3)
    queries = [
        {term: float(rng.choice([1, 1, 2, 0.5])) for term in rng.choices(words[:500], weights[:500], k=4)}
        for _ in range(80)
    ]
    fast = [engine.search(query, 7) for query in queries]
    monkeypatch.setattr("index.engine._native", None)
    assert [engine.search(query, 7) for query in queries] == fast


def test_the_c_extension_is_built():
    # The project installs it with the machine's C compiler; numpy stands in only where none exists.
    assert native_engine()


def test_k_larger_than_the_matches_and_k_zero(large):
    _, _, _, reference, engine = large
    rare = "w2400"
    ranked, matched = engine.search({rare: 1.0}, 10_000)
    assert len(ranked) == matched == reference_top(reference, [rare], 10_000)[1]
    assert engine.search({rare: 1.0}, 0) == ([], matched)


def test_arrays_round_trip_into_an_equal_engine(large):
    _, words, _, _, engine = large
    again = Bm25Engine.from_arrays(engine.arrays(), engine.params)
    query = {words[0]: 1.0, words[7]: 1.0, words[90]: 1.0}
    assert again.search(query, 10) == engine.search(query, 10)
    for name, values in engine.arrays().items():
        assert np.array_equal(again.arrays()[name], values), name


def test_the_layout_is_the_same_with_or_without_the_c_extension(monkeypatch):
    corpus, _, _ = zipf_corpus(6, 600)
    native = Bm25Engine(corpus).arrays()
    monkeypatch.setattr("index.engine._native", None)
    plain = Bm25Engine(corpus).arrays()
    for name, values in native.items():
        assert np.array_equal(plain[name], values), name


def test_counting_terms_is_the_same_with_or_without_the_c_extension(monkeypatch):
    corpus, _, _ = zipf_corpus(7, 300)
    native = TermCounts.from_token_lists(corpus)
    monkeypatch.setattr("index.engine._native", None)
    plain = TermCounts.from_token_lists(corpus)
    assert list(native.vocabulary) == list(plain.vocabulary)
    for name in ("rows", "terms", "counts", "lengths"):
        assert np.array_equal(getattr(native, name), getattr(plain, name)), name
    first = corpus[1]
    entries = native.rows == 1
    assert [native.vocabulary[t] for t in native.terms[entries]] == list(dict.fromkeys(first))
    assert native.counts[entries].tolist() == [first.count(t) for t in dict.fromkeys(first)]


def test_idf_is_the_one_a_row_holding_the_term_is_scored_with():
    corpus = [["ferry", "late"], ["ferry", "fog"], ["bridge", "shut"], ["market", "day"]]
    engine = Bm25Engine(corpus)
    reference = BM25Okapi(corpus)
    assert engine.idf("ferry") == pytest.approx(reference.idf["ferry"])
    assert engine.idf("bridge") == pytest.approx(reference.idf["bridge"])
    assert engine.idf("tunnel") == 0.0


@pytest.mark.parametrize("extra", [[], ["café", "zoë", "ḥalab"]])
def test_terms_ascii_or_not_are_laid_out_in_order_and_found_again(extra):
    corpus = [["strike", *extra], ["convoy", "strike"], [*extra[:1], "aleppo"]]
    engine = Bm25Engine(corpus)
    terms = sorted({term for row in corpus for term in row})
    assert [engine.term(number) for number in range(engine.vocabulary_size)] == terms
    assert all(engine.term(engine.term_id(term)) == term for term in terms)
    assert engine.term_id("café" if not extra else "cafe") == -1


def test_terms_of_the_same_document_frequency_get_the_same_idf_as_rank_bm25():
    corpus = [["strike", "convoy"], ["strike", "aleppo"], ["convoy", "aleppo"], ["talks"], ["oil"], ["drone"]]
    engine, reference = Bm25Engine(corpus), BM25Okapi(corpus)
    for term in ("strike", "convoy", "aleppo", "talks", "oil", "drone"):
        assert engine.idf(term) == reference.idf[term]
