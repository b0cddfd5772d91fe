import pytest

from index.aliases import parse_aliases
from index.analyzer import CONTEXT_MARK
from index.query import (
    CONTEXT_WEIGHT,
    GROUP_WEIGHT,
    NAME_WEIGHT,
    ORDER_WORD_WEIGHT,
    RELATED_WEIGHT,
    DateIntent,
    DateOrder,
    QueryPlan,
    date_intent,
    plan_query,
)

ALIASES = parse_aliases(
    '[groups]\nnusra = ["Nusra", "JFS", "Jabhat Fateh al-Sham"]\naq = ["al-Qaeda"]\n[related]\nnusra = ["aq"]\n'
)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when was Nusra last struck?", DateIntent(True, DateOrder.LATEST)),
        ("What is the latest on the dam?", DateIntent(False, DateOrder.LATEST)),
        ("most recent strikes on ISIS", DateIntent(False, DateOrder.LATEST)),
        ("When was ISIS first hit?", DateIntent(True, DateOrder.EARLIEST)),
        ("the earliest report of the convoy", DateIntent(False, DateOrder.EARLIEST)),
        ("What date did the talks end?", DateIntent(True, None)),
        ("What did Lavrov say last week?", DateIntent(False, None)),
        ("Who asked the first question?", DateIntent(False, None)),
    ],
)
def test_date_intent(question, intent):
    assert date_intent(question) == intent


def own(plan: QueryPlan) -> dict[str, float]:
    """The weights of the terms searched in a passage's own words; each is also searched, at
    ``CONTEXT_WEIGHT`` of its weight, in the question an answer turn is indexed with."""
    words = {term: weight for term, weight in plan.weights.items() if not term.startswith(CONTEXT_MARK)}
    asked = {term[1:]: weight for term, weight in plan.weights.items() if term.startswith(CONTEXT_MARK)}
    assert asked == pytest.approx({term: weight * CONTEXT_WEIGHT for term, weight in words.items()})
    return words


def test_a_name_searches_its_group_and_related_groups_with_lower_weight():
    plan = plan_query("Was JFS struck?", ALIASES)
    assert own(plan) == {"jfs": NAME_WEIGHT, "@nusra": GROUP_WEIGHT, "@aq": RELATED_WEIGHT, "strike": 1.0}
    assert {"nusra", "jfs", "jabhat fateh sham", "qaeda"} <= plan.marks
    assert [word.text for word in plan.words] == ["JFS", "struck"]


def test_a_multi_word_name_is_searched_as_its_phrase_not_its_loose_words():
    plan = plan_query("Jabhat Fateh al-Sham", ALIASES)
    assert own(plan)["jabhat fateh sham"] == NAME_WEIGHT
    assert "jabhat" not in plan.weights and "sham" not in plan.weights


def test_order_words_count_little_and_request_filler_not_at_all():
    plan = plan_query("Please tell me when Nusra was last struck")
    assert own(plan) == {"nusra": 1.0, "last": ORDER_WORD_WEIGHT, "strike": 1.0}
    assert plan.intent.order is DateOrder.LATEST
    assert "last" not in plan.marks


def test_repeated_words_add_up_as_in_bm25():
    assert own(plan_query("oil oil trucks")) == {"oil": 2.0, "truck": 1.0}


def test_a_question_of_function_words_has_nothing_to_search():
    plan = plan_query("when was it?")
    assert plan.weights == {} and plan.marks == frozenset()


def test_a_question_of_only_order_and_asking_words_searches_nothing():
    for question in ("when last?", "what was the latest?", "when was the first time?"):
        plan = plan_query(question)
        assert plan.weights == {} and plan.words == (), question
