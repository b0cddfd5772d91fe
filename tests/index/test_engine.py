import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.engine import Bm25Engine, Bm25Params

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
