"""The retrieval evaluation: its measures, its gold set, and the recall@3 floor CI holds briefbot to."""

import re

import pytest

from bench.eval import (
    AHEAD_OF_BASELINES,
    BLIND_FOLDERS,
    CORPORA,
    GOLD_SET,
    RECALL_AT_3_FLOOR,
    Question,
    Ranked,
    Scores,
    blind_sets,
    category_table,
    chosen,
    evaluate,
    evaluate_sets,
    floor_of,
    load_all,
    load_gold,
    main,
    score_question,
    set_name,
    table,
)


def test_measures_count_each_answer_once_and_cap_recall_at_k():
    question = Question("sample", "q", ("duplicate",), ("alpha", "beta"))
    scores = Scores()
    found = score_question(question, Ranked(("x alpha", "alpha again", "beta", "none"), False), scores)
    assert found == [0, 0, 1, None]
    assert scores.recall_1 == [1.0] and scores.recall_3 == [1.0] and scores.reciprocal_rank == [1.0]
    ideal = 1 + 1 / 1.584962500721156
    assert scores.ndcg_10[0] == pytest.approx((1 + 1 / 2) / ideal)
    late = Scores()
    score_question(question, Ranked(("none", "none", "none", "beta"), False), late)
    assert late.recall_3 == [0.0] and late.reciprocal_rank == [0.25]


def test_a_no_answer_question_scores_whether_the_system_says_so():
    question = Question("sample", "q", ("no-answer",), ())
    scores = Scores()
    score_question(question, Ranked(("something",), True), scores)
    score_question(question, Ranked(("something",), False), scores)
    score_question(question, Ranked((), False), scores)
    assert scores.declined == [1.0, 0.0, 1.0] and scores.recall_3 == []


def test_the_gold_set_is_large_varied_and_quotes_its_corpora():
    gold = load_gold()
    assert len(gold) >= 40
    tags = {tag for question in gold for tag in question.tags}
    assert {"alias", "date", "last", "duplicate", "no-answer"} <= tags
    texts = {name: _words(path) for name, path in CORPORA.items()}
    for question in gold:
        for answer in question.answers:
            assert " ".join(answer.split()) in texts[question.corpus], (question.ask, answer)


def test_briefbot_holds_its_recall_at_3_and_beats_plain_bm25():
    evaluation = evaluate()
    ours, plain = evaluation.systems["briefbot"].row(), evaluation.systems["plain BM25"].row()
    assert ours["recall@3"] >= RECALL_AT_3_FLOOR, table(evaluation)
    for measure in ("recall@1", "recall@3", "MRR", "nDCG@10", "no-answer said"):
        assert ours[measure] > plain[measure], measure
    assert table(evaluation).count("\n| briefbot |") == 1


def _words(folder):
    paths = [path for path in folder.rglob("*") if path.suffix in (".md", ".txt", ".html")]
    text = " ".join(path.read_text(encoding="utf-8") for path in paths)
    return re.sub(r"\s+", " ", text)


def test_every_blind_half_holds_its_floor_beats_plain_bm25_and_gains_by_meaning():
    blind = [question for question in load_all() if question.half != GOLD_SET]
    expected = {set_name(folder, half) for folder in BLIND_FOLDERS for half in blind_sets(folder)}
    assert {question.half for question in blind} == expected and "blind2/tune" in expected
    paraphrase = {"briefbot": 0.0, "briefbot without meaning": 0.0}
    ahead = [question for question in blind if question.half in AHEAD_OF_BASELINES]
    behind = [question for question in blind if question.half not in AHEAD_OF_BASELINES]
    # the baselines are asked only where they are compared with: every half is still held to its floor
    evaluations = {**evaluate_sets(ahead), **evaluate_sets(behind, systems=["briefbot"])}
    assert set(evaluations) == expected
    for half, evaluation in evaluations.items():
        ours = evaluation.systems["briefbot"].row()["recall@3"]
        report = table(evaluation) + "\n" + category_table(evaluation)
        assert ours >= floor_of(half), report
        if half not in AHEAD_OF_BASELINES:
            continue
        assert ours > evaluation.systems["plain BM25"].row()["recall@3"], report
        assert ours >= evaluation.systems["briefbot without meaning"].row()["recall@3"], report
        for system in paraphrase:
            paraphrase[system] += sum(evaluation.systems[system].by_category["paraphrase"].recall_3)
    assert paraphrase["briefbot"] > paraphrase["briefbot without meaning"], paraphrase  # meaning earns its keep


def test_a_new_half_is_read_and_reported_per_category_without_code_changes(tmp_path):
    (tmp_path / "questions-spare.toml").write_text(
        '[[question]]\nid = "x1"\ncorpus = "sample"\ncategory = "paraphrase"\n'
        'ask = "Who did the drone kill in Idlib?"\nanswers = ["a drone struck a car near Darkouch"]\n\n'
        '[[question]]\nid = "x2"\ncorpus = "sample"\ncategory = "not-found"\n'
        'ask = "What did Hezbollah say about the ferry?"\nanswers = []\n'
    )
    sets = blind_sets(tmp_path)
    assert list(sets) == ["spare"]
    questions = load_gold(sets["spare"], "spare")
    assert [(q.half, q.category, q.id) for q in questions] == [
        ("spare", "paraphrase", "x1"),
        ("spare", "not-found", "x2"),
    ]
    evaluation = evaluate_sets(questions)["spare"]
    report = category_table(evaluation)
    assert "| paraphrase | 1 | 1.000 (1/1)" in report and "| not-found | 1 | no-answer said 1.000 (1/1)" in report
    assert floor_of("spare") > 0


def test_every_blind_folder_is_a_corpus_with_its_sets_named_after_it(tmp_path):
    folder = tmp_path / "blind9"
    folder.mkdir()
    (folder / "questions-tune.toml").write_text(
        '[[question]]\nid = "y1"\ncorpus = "blind9"\ncategory = "plain"\nask = "q"\nanswers = ["a"]\n'
    )
    questions = load_all([folder])
    assert [q.half for q in questions if q.half != GOLD_SET] == ["blind9/tune"]
    assert chosen(questions[-1], ["tune"]) and chosen(questions[-1], ["blind9/tune"])
    assert not chosen(questions[-1], ["holdout"]) and not chosen(questions[-1], ["blind/tune"])
    assert {"blind", "blind2"} <= set(CORPORA)


def test_a_model_that_does_not_load_stops_the_evaluation(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--set", "gold", "--model", str(tmp_path / "no-such-model")])
    assert stopped.value.code == 2
    assert f"meaning model '{tmp_path / 'no-such-model'}' is not available" in capsys.readouterr().err
