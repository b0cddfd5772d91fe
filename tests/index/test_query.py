from datetime import date

import pytest

from index.aliases import parse_aliases
from index.analyzer import CONTEXT_MARK
from index.models import DatePrecision, StatedDate
from index.query import (
    CONTEXT_WEIGHT,
    GROUP_WEIGHT,
    NAME_WEIGHT,
    ORDER_WORD_WEIGHT,
    RELATED_WEIGHT,
    SPEAKER_WEIGHT,
    DateIntent,
    DateOrder,
    QueryPlan,
    date_intent,
    event_words,
    plan_query,
)
from index.speaker_field import SPEAKER_MARK

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
        ("What date did the talks end?", DateIntent(True, None, "end")),
        ("What did Lavrov say last week?", DateIntent(False, None)),
        ("Who asked the first question?", DateIntent(False, None)),
    ],
)
def test_date_intent(question, intent):
    found = date_intent(question)
    assert (found.asks_date, found.order, found.edge) == (intent.asks_date, intent.order, intent.edge)


def own(plan: QueryPlan) -> dict[str, float]:
    """The weights of the terms searched in a passage's own words; each is also searched, at
    ``CONTEXT_WEIGHT`` of its weight, in the question an answer turn is indexed with, and at ``SPEAKER_WEIGHT``
    in its speaker."""
    marks = (CONTEXT_MARK, SPEAKER_MARK)
    words = {term: weight for term, weight in plan.weights.items() if not term.startswith(marks)}
    asked = {term[1:]: weight for term, weight in plan.weights.items() if term.startswith(CONTEXT_MARK)}
    spoken = {term[1:]: weight for term, weight in plan.weights.items() if term.startswith(SPEAKER_MARK)}
    assert asked == pytest.approx({term: weight * CONTEXT_WEIGHT for term, weight in words.items()})
    assert spoken == pytest.approx({term: weight * SPEAKER_WEIGHT for term, weight in words.items()})
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


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Was the mayor in the city when the shelling began?", False),
        ("Who was in charge when the dam failed?", False),
        ("Did flights stop when the aftershock hit?", False),
        ("When did the shelling begin?", True),
        ("Tell me when the dam failed", True),
        ("Do you know when the dam failed?", True),
        ("And when did it fail?", True),
        ("The dam: when did it fail?", True),
        ("Since when has the border been closed?", True),
        ("ferry line suspended when", True),
        ("harbour strike - when", True),
        ("second vaccination round start date", True),
        ("first time the flag went up on the island", True),
        ("the last time the ferry ran", True),
        ("ferry timetable", False),
        ("a time of first light", False),
    ],
)
def test_when_asks_for_a_date_only_where_it_opens_a_question(question, asks):
    assert date_intent(question).asks_date is asks


def test_limits_on_dates_are_read_and_not_searched_for():
    intent = date_intent("When was the convoy last hit before October?")
    (bound,) = intent.bounds
    assert (bound.relation, bound.date, bound.month) == ("before", None, 10)
    assert bound.admits(StatedDate(date(2016, 9, 30))) and not bound.admits(StatedDate(date(2016, 10, 3)))
    assert not bound.admits(StatedDate(date(2016, 1, 1), DatePrecision.YEAR)), "a year alone cannot tell"
    assert "octob" not in plan_query("When was the convoy last hit before October?").weights
    after = date_intent("When was the dam drained after the May 2023 inspection?").bounds[0]
    assert after.relation == "after" and after.date.iso == "2023-05"
    assert not after.admits(StatedDate(date(2023, 5, 9))) and after.admits(StatedDate(date(2023, 6, 1)))
    (year,) = date_intent("When was the 2023 cholera outbreak declared?").bounds
    assert year.relation == "in" and year.admits(StatedDate(date(2023, 6, 2))) and not year.admits(
        StatedDate(date(2017, 2, 28))
    )
    assert date_intent("When did the talks stall in March?").bounds[0].month == 3
    assert date_intent("When did they meet before the vote?").bounds == ()


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("When did Tavaria's government cancel the independence day parade?", ("cancel",)),
        ("When did the ban on fuel exports come into force?", ("come", "force")),
        ("When was the cholera outbreak in Kasanda declared?", ("declared",)),
        ("When did the last armed contingent leave Kordavia?", ("leave",)),
        ("When did the dam give way?", ("give", "way")),
        ("When did a convoy last get through to Rasken?", ("reach",)),
        ("When did the prisoner swap take place?", ()),
        ("when did the harbour bank lose 2bn in deposits", ("lose",)),
        ("when did the bank of the south lose its licence", ("lose",)),
        ("When was the most recent aftershock?", ()),
    ],
)
def test_the_verb_of_a_date_question(question, event):
    assert date_intent(question).event == event


def test_a_question_about_what_has_happened_is_told_from_one_about_a_plan():
    assert date_intent("When did the council vote on the budget?").past
    assert date_intent("treaty of orsk signed when").past
    assert not date_intent("When will the council vote on the budget?").past
    assert not date_intent("When did the mayor promise the road would reopen?").past
    assert not date_intent("When do the exams start now?").past


def test_a_preposition_or_a_conjunction_is_never_the_question_s_verb():
    assert event_words("When did ferries between Holm and Brisk resume?") == ("resume",)


def test_the_verb_after_an_adverb_is_the_question_s_verb():
    assert event_words("when did the union and the board first meet face to face in the Orlan dispute") == ("meet",)
    assert event_words("When did the crews first stop work?") == ("stop", "work")


def test_a_limit_counted_from_the_day_of_writing_is_read():
    (bound,) = date_intent("Before this year, when did the river last flood?").bounds
    assert (bound.relation, bound.years_back) == ("before", 0)
    assert bound.admits(StatedDate(date(1997, 5, 1)), written=date(2023, 5, 14))
    assert not bound.admits(StatedDate(date(2023, 5, 12)), written=date(2023, 5, 14))
    assert not bound.admits(StatedDate(date(1997, 5, 1)))


def test_event_limits_put_first_or_without_a_determiner():
    (limit,) = date_intent("before the crash, when was the Holm radio beacon switched off").after_events
    assert (limit.relation, limit.phrase) == ("before", "the crash")
    assert limit.rest_of("before the crash, when was the Holm radio beacon switched off") == (
        "when was the Holm radio beacon switched off"
    )
    (limit,) = date_intent("when did the bridge shut again after pedestrians got back on").after_events
    assert (limit.relation, limit.phrase) == ("after", "pedestrians got back on")
    assert not date_intent("When did the talks stall after that?").after_events
