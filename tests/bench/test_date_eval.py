"""The date evaluation: its verdicts, its gold files, and the figures CI holds briefbot to on each half."""

from datetime import date
from pathlib import Path

import pytest

from bench.date_eval import (
    AHEAD_OF_BASELINE,
    CORPORA,
    HELD_OUT,
    THRESHOLDS,
    DatedQuestion,
    Named,
    agrees,
    details,
    evaluate,
    failures,
    gold_files,
    load_questions,
    table,
    verdict,
)
from index.models import DatePrecision, StatedDate

DEV = Path(__file__).resolve().parent / "dates_dev"
DAY = StatedDate(date(2016, 10, 3))
MONTH = StatedDate(date(2016, 10, 1), DatePrecision.MONTH)


def question(answer_date: str) -> DatedQuestion:
    return DatedQuestion("q", "tune", "dev", "When?", "plain", answer_date)


def test_a_date_is_right_at_the_gold_precision_and_no_coarser():
    assert agrees(DAY, "2016-10-03") and agrees(DAY, "2016-10") and agrees(DAY, "2016")
    assert not agrees(MONTH, "2016-10-03"), "October alone does not name the 3rd"
    assert not agrees(DAY, "2016-10-04") and not agrees(DAY, "2015")
    assert verdict(question("2016-10"), Named(DAY)) == "right"
    assert verdict(question("2016-10-04"), Named(DAY)) == "wrong"
    assert verdict(question("2016-10-04"), Named(None)) == "none"
    assert verdict(question(""), Named(None)) == "right"
    assert verdict(question(""), Named(DAY)) == "wrong"


def test_questions_are_read_with_their_half_and_a_bad_date_is_refused(tmp_path):
    questions = load_questions([DEV / "dates-dev.toml"])
    assert len(questions) >= 15 and {q.half for q in questions} == {"dev"}
    assert {"plain", "first", "last", "relative", "constrained", "renamed", "abstain", "conjunction"} <= {
        q.kind for q in questions
    }
    bad = tmp_path / "dates-bad.toml"
    bad.write_text('[[question]]\nid = "x"\nask = "When?"\nanswer_date = "March"\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_questions([bad])


def test_on_the_development_set_briefbot_names_more_right_dates_and_fewer_wrong_ones_than_the_baseline():
    evaluation = evaluate(load_questions([DEV / "dates-dev.toml"]), {"dev": DEV})
    dev = evaluation.tallies["dev dev"]
    ours, plain = dev["briefbot"].share(), dev["plain BM25"].share()
    assert ours[0] > plain[0] and ours[1] < plain[1], table(evaluation)
    assert failures(evaluation, {"dev dev": (1.0, 0.0)}), "a threshold above the figures fails"
    assert "dev dev: " in table(evaluation) and "When did the barge hit the bridge?" in details(evaluation)


def test_a_held_out_half_is_never_detailed_and_is_held_to_the_holdout_figures():
    held = [DatedQuestion("h1", HELD_OUT, "dev", "When did the barge hit the bridge?", "plain", "2021-01-19")]
    evaluation = evaluate(held, {"dev": DEV})
    assert details(evaluation) == ""
    assert set(evaluation.tallies) == {"dev holdout"}
    right, wrong = evaluation.tallies["dev holdout"]["briefbot"].share()
    expected = right < THRESHOLDS[HELD_OUT][0] or wrong > THRESHOLDS[HELD_OUT][1]
    assert bool(failures(evaluation)) == expected


def test_every_gold_folder_is_read_with_its_own_corpus():
    assert {"blind", "blind2", "blind3", "blind4"} <= set(CORPORA)
    files = gold_files(halves=["tune"])
    assert {path.parent.name for path in files} == set(CORPORA)
    assert all(path.name == "dates-tune.toml" for path in files)
    assert {q.corpus for q in load_questions(files)} == set(CORPORA)


@pytest.mark.skipif(not gold_files(), reason="no dated gold questions")
def test_briefbot_holds_its_date_figures_on_every_half_of_the_gold_set():
    evaluation = evaluate()
    tuned = {part for part in evaluation.tallies if not part.endswith(" " + HELD_OUT)}
    assert tuned <= set(THRESHOLDS), "every half tuned on holds the figures it reached"
    assert failures(evaluation) == [], table(evaluation)
    for name, half in evaluation.tallies.items():
        if name not in AHEAD_OF_BASELINE:
            continue
        ours, plain = half["briefbot"].share(), half["plain BM25"].share()
        assert ours[0] > plain[0] and ours[1] < plain[1]


def test_the_gold_documents_are_those_the_questions_quote():
    for item in load_questions():
        for answer in item.answers:
            assert " ".join(answer.split()) in _corpus_words(item.corpus), (item.id, answer)


_WORDS: dict[str, str] = {}


def _corpus_words(corpus: str) -> str:
    if corpus not in _WORDS:
        files = CORPORA[corpus].rglob("*")
        texts = [p.read_text(encoding="utf-8") for p in files if p.suffix in (".md", ".txt", ".html")]
        _WORDS[corpus] = " ".join(" ".join(texts).split())
    return _WORDS[corpus]
