"""A long question costs in proportion to its length: the compound split of a word no passage holds looks at a
word short enough to be two, and only then."""

from index.query import plan_query


def test_a_very_long_word_is_not_tried_as_two_words_at_every_cut():
    asked: list[str] = []

    def known(term: str) -> bool:
        asked.append(term)
        return term in {"air", "strike"}

    plan_query("x" * 5000, known=known)
    assert len(asked) < 10, f"{len(asked)} look-ups for one word"
    asked.clear()
    assert {"air", "strike"} <= set(plan_query("airstrike", known=known).weights), "a compound still splits"
