"""Retrieval quality on gold sets: briefbot beside briefbot without its meaning layer and plain BM25, as tables.

    python bench/eval.py              # the tables
    python bench/eval.py --details    # and, per question, the rank of each answer for every system

The gold set (``bench/gold/questions.toml``) holds questions over the shipped sample corpus (``bench/gold/sample/``,
the files ``corpus/`` ships with, which a user may change) and over a
corpus written for this evaluation (``bench/gold/newsroom/``), each with words from every passage that answers it.
The blind sets (``bench/gold/blind*/questions-*.toml``, one per half: ``tune``, ``holdout``, ...) were written by
people who saw only the documents in their folder, never the code; each question has a ``category`` (paraphrase,
alias, why, who-said, number, negation, not-found, plain), and each folder's half is reported on its own
(``blind/tune``, ``blind2/tune``), per category, with counts. Every system ranks the same passages (the index's
rows: exact repeats indexed once). *briefbot* is ``Searcher.ask``: its analyzer, alias groups, meaning layer, date
ordering and near-repeat folding; *briefbot without meaning* the same with the meaning layer off. *plain BM25* is
BM25Okapi with the same parameters over lowercased words, the question's words as its query, nothing else.

Measures, over the questions that have answers (copies of one answer count once):

- recall@k: answers among the first k passages, out of k or the number of answers if fewer;
- MRR: the mean of 1 / the rank of the first answer (0 when none is in the first 10);
- nDCG@10: discounted gain of the answers among the first 10 (a repeat of an answer gains nothing).

An answer turn is read with the question it answers (both systems show it so), so a gold answer found in
the question counts for the answer turn too.

For the questions nothing answers (tagged no-answer): the share where the system says so, by returning no
passage or, for briefbot, by naming the words of the question that no passage contains, or by saying that none
of the best passages names the person whose name it asks.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index.builder import build_index
from index.engine import Bm25Engine
from index.meaning import load_model
from index.search import Searcher
from index.store import LoadedIndex, load_index

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "bench" / "gold"
GOLD = GOLD_DIR / "questions.toml"
BLIND = GOLD_DIR / "blind"
BLIND_FOLDERS = tuple(sorted(path for path in GOLD_DIR.glob("blind*") if path.is_dir()))
"""Every blind gold folder (``bench/gold/blind*/``): its documents are a corpus named after the folder."""
CORPORA = {
    "sample": GOLD_DIR / "sample",
    "newsroom": GOLD_DIR / "newsroom",
    **{folder.name: folder for folder in BLIND_FOLDERS},
}
DEPTH = 10
GOLD_SET = "gold"
"""The name the first gold set is reported under; a blind set is named ``<folder>/<half>`` (``blind/tune``)."""
RECALL_AT_3_FLOORS = {
    GOLD_SET: 0.824,
    "blind/tune": 0.807,  # one question higher with speakers searched (docs/meaning.md, section 10)
    "blind/holdout": 0.894,
    "blind2/tune": 0.706,
    "blind2/holdout": 0.827,
    "blind3/tune": 0.522,
    "blind3/holdout": 0.493,
    "blind4/tune": 0.603,
    "blind4/holdout": 0.602,  # one question higher since the renames told in plain words are read
    "blind5/tune": 0.666,
    "blind5/holdout": 0.699,
    "blind6/tune": 0.465,
    "blind6/holdout": 0.516,
    "blind7/tune": 0.729,
    "blind7/holdout": 0.689,
    "blind8/tune": 0.413,
    "blind8/holdout": 0.419,
    "blind9/tune": 0.533,
    "blind9/holdout": 0.620,
    "blind10/tune": 0.740,
    "blind10/holdout": 0.499,
    "blind11/tune": 0.482,  # lower once since `according to` is no agreement (docs/meaning.md), back since
    "blind11/holdout": 0.528,
    "blind12/tune": 0.568,
    "blind12/holdout": 0.625,
    "blind13/tune": 0.717,
    "blind13/holdout": 0.533,
    "blind14/tune": 0.499,
    "blind14/holdout": 0.499,
    "blind15/tune": 0.447,
    "blind15/holdout": 0.516,
    "blind16/tune": 0.809,
    "blind16/holdout": 0.809,
    "blind17/tune": 0.793,
    "blind17/holdout": 0.586,
    "blind18/tune": 0.585,
    "blind18/holdout": 0.654,
    "blind19/tune": 0.620,
    "blind19/holdout": 0.637,
    "blind20/tune": 0.654,
    "blind20/holdout": 0.585,
    "blind21/tune": 0.603,  # one question lower since the renames told in plain words are read (docs/meaning.md)
    "blind21/holdout": 0.809,
    "blind22/tune": 0.729,
    "blind22/holdout": 0.534,  # 0.466 when first measured; higher with the renames read, then speakers searched
    "blind23/tune": 0.740,  # 0.707 when first measured; one higher: a paragraph no longer dropped, its rename read
    "blind23/holdout": 0.671,
    "blind24/tune": 0.683,
    "blind24/holdout": 0.723,
    "blind25/tune": 0.723,
    "blind25/holdout": 0.505,
}
"""CI fails when briefbot's recall@3 on a set falls below its floor (the figure reached when it was set). A
blind half with no floor of its own (a new ``questions-*.toml``) is held to ``DEFAULT_FLOOR`` until its
figure is entered here."""
DEFAULT_FLOOR = 0.5
AHEAD_OF_BASELINES = (
    "blind/tune",
    "blind/holdout",
    "blind2/tune",
    "blind2/holdout",
    "blind3/tune",
    "blind4/tune",
    "blind4/holdout",
    "blind5/tune",
    "blind5/holdout",
    "blind7/tune",
    "blind7/holdout",
    "blind9/tune",
    "blind9/holdout",
    "blind10/tune",
    "blind10/holdout",
    "blind11/holdout",
    "blind12/holdout",
    "blind13/tune",
    "blind16/tune",
    "blind16/holdout",
    "blind17/tune",
    "blind17/holdout",
    "blind18/tune",
    "blind19/holdout",
    "blind20/tune",
    "blind20/holdout",
    "blind21/holdout",
    "blind23/tune",
    "blind23/holdout",
    "blind24/tune",
    "blind25/tune",
)
"""The blind halves on which briefbot is ahead of plain BM25 and of itself without meaning; CI holds it there.
A half joins when it gets there (the holdout halves of ``blind3`` and ``blind4`` are measured elsewhere)."""
RECALL_AT_3_FLOOR = RECALL_AT_3_FLOORS[GOLD_SET]
SYSTEMS = ("briefbot", "briefbot without meaning", "plain BM25")

_SPACES = re.compile(r"\s+")
_PLAIN_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Question:
    """One gold question: where to ask it, what it exercises, and words from each passage that answers it."""

    corpus: str
    ask: str
    tags: tuple[str, ...]
    answers: tuple[str, ...]
    category: str = ""
    """What kind of question it is (blind sets): paraphrase, alias, why, who-said, number, negation, ..."""
    half: str = GOLD_SET
    """The set it belongs to: ``gold``, or a blind set's half (``tune``, ``holdout``)."""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Ranked:
    """What a system returned for a question: the passages' texts in order, and whether it said no
    passage answers."""

    texts: tuple[str, ...]
    declined: bool


@dataclass
class Scores:
    """Per-question measures of one system, averaged on demand."""

    recall_1: list[float] = field(default_factory=list)
    recall_3: list[float] = field(default_factory=list)
    reciprocal_rank: list[float] = field(default_factory=list)
    ndcg_10: list[float] = field(default_factory=list)
    declined: list[float] = field(default_factory=list)
    by_tag: dict[str, list[float]] = field(default_factory=dict)
    by_category: dict[str, Scores] = field(default_factory=dict)

    def row(self) -> dict[str, float]:
        """The averages, by measure name."""
        return {
            "recall@1": _mean(self.recall_1),
            "recall@3": _mean(self.recall_3),
            "MRR": _mean(self.reciprocal_rank),
            "nDCG@10": _mean(self.ndcg_10),
            "no-answer said": _mean(self.declined),
        }


@dataclass
class Evaluation:
    """The outcome of a run: measures for each system and the answer ranks per question."""

    questions: list[Question]
    systems: dict[str, Scores]
    ranks: dict[str, list[list[int | None]]]


System = Callable[[str], Ranked]


def load_gold(path: Path = GOLD, half: str | None = None) -> list[Question]:
    """Read a gold set (its questions' ``half`` is the one given, else their own, else ``gold``)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Question(
            item["corpus"],
            item["ask"],
            tuple(item.get("tags", ())),
            tuple(item.get("answers", ())),
            str(item.get("category", "")),
            half or str(item.get("half", GOLD_SET)),
            str(item.get("id", "")),
        )
        for item in data["question"]
    ]


def blind_sets(folder: Path = BLIND) -> dict[str, Path]:
    """The blind question files present, by half (``questions-tune.toml`` is the half ``tune``)."""
    return {path.stem.removeprefix("questions-"): path for path in sorted(folder.glob("questions-*.toml"))}


def set_name(folder: Path, half: str) -> str:
    """The name a blind half is reported and held to its floor under: ``<folder>/<half>``."""
    return f"{folder.name}/{half}"


def load_all(folders: Sequence[Path] = BLIND_FOLDERS) -> list[Question]:
    """The gold set and every half of every blind folder present."""
    questions = load_gold()
    for folder in folders:
        for half, path in blind_sets(folder).items():
            questions += load_gold(path, set_name(folder, half))
    return questions


def chosen(question: Question, sets: Sequence[str]) -> bool:
    """Whether a question is in one of ``sets``: a set's full name (``blind2/tune``) or a half (``holdout``,
    every folder's)."""
    return question.half in sets or question.half.rsplit("/", 1)[-1] in sets


def answer_ranks(question: Question, ranked: Ranked) -> list[int | None]:
    """For each passage returned, the number of the answer it is (None for none), in order."""
    wanted = [_normal(answer) for answer in question.answers]
    found: list[int | None] = []
    for text in ranked.texts:
        normal = _normal(text)
        found.append(next((n for n, answer in enumerate(wanted) if answer in normal), None))
    return found


def score_question(question: Question, ranked: Ranked, scores: Scores) -> list[int | None]:
    """Add one question's measures to ``scores``; returns what each returned passage answers."""
    found = answer_ranks(question, ranked)
    if not question.answers:
        scores.declined.append(1.0 if ranked.declined or not ranked.texts else 0.0)
        return found
    total = len(question.answers)
    first_seen = _first_occurrences(found)
    for k, bucket in ((1, scores.recall_1), (3, scores.recall_3)):
        bucket.append(sum(1 for rank in first_seen.values() if rank < k) / min(k, total))
    first = min(first_seen.values(), default=None)
    scores.reciprocal_rank.append(0.0 if first is None or first >= DEPTH else 1 / (first + 1))
    gains = sum(1 / math.log2(rank + 2) for rank in first_seen.values() if rank < DEPTH)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(DEPTH, total)))
    scores.ndcg_10.append(gains / ideal)
    for tag in question.tags:
        scores.by_tag.setdefault(tag, []).append(scores.recall_3[-1])
    return found


def score_in_category(question: Question, ranked: Ranked, scores: Scores) -> list[int | None]:
    """Score a question in ``scores`` and in its category's own scores."""
    if question.category:
        score_question(question, ranked, scores.by_category.setdefault(question.category, Scores()))
    return score_question(question, ranked, scores)


def briefbot_system(index: LoadedIndex, meaning: bool = True) -> System:
    """briefbot as a user meets it: ``Searcher.ask`` (with its meaning layer off when ``meaning`` is false)."""
    searcher = Searcher(index, meaning=meaning)

    def ask(question: str) -> Ranked:
        answer = searcher.ask(question, DEPTH)
        return Ranked(tuple(hit.passage.shown_text for hit in answer.hits), bool(answer.missing or answer.unnamed))

    return ask


def plain_bm25(index: LoadedIndex) -> Callable[[str, int], list[tuple[int, float]]]:
    """BM25Okapi with the index's parameters over lowercased words of its passages (its rows): a question's
    ``k`` best rows and their scores, the question's words as the query."""
    engine = Bm25Engine([_plain_words(index.passages[row].text) for row in index.rows], index.engine.params)
    return lambda question, k: engine.search(dict(Counter(_plain_words(question))), k)[0]


def plain_bm25_system(index: LoadedIndex) -> System:
    """BM25Okapi over lowercased words of the same passages, the question's words as the query."""
    texts = [index.passages[row].shown_text for row in index.rows]
    search = plain_bm25(index)

    def ask(question: str) -> Ranked:
        return Ranked(tuple(texts[row] for row, _ in search(question, DEPTH)), False)

    return ask


def built_indexes(
    corpora: dict[str, Path], names: set[str], scratch: Path, model: str | None = None
) -> dict[str, LoadedIndex]:
    """Each named corpus indexed into its own folder under ``scratch`` with the meaning model ``model`` names
    (None: the shipped one), and opened."""
    opened = {}
    for name in sorted(names):
        build_index(corpora[name], scratch / name, model=model)
        opened[name] = load_index(scratch / name)
    return opened


def evaluate(
    questions: Sequence[Question] | None = None, model: str | None = None, systems: Sequence[str] = SYSTEMS
) -> Evaluation:
    """Build each corpus's index in a temporary folder (its meaning vectors by ``model``, None: the shipped one)
    and run every question through every system of ``systems`` (by default all of them)."""
    questions = list(questions if questions is not None else load_gold())
    scores = {name: Scores() for name in systems}
    ranks: dict[str, list[list[int | None]]] = {name: [] for name in scores}
    with tempfile.TemporaryDirectory(prefix="briefbot-eval-") as scratch:
        indexes = built_indexes(CORPORA, {q.corpus for q in questions}, Path(scratch), model)
        runners = {name: _runners(index, systems) for name, index in indexes.items()}
        for question in questions:
            for system, scored in scores.items():
                ranked = runners[question.corpus][system](question.ask)
                ranks[system].append(score_in_category(question, ranked, scored))
    return Evaluation(questions, scores, ranks)


def _runners(index: LoadedIndex, systems: Sequence[str]) -> dict[str, System]:
    """The systems of ``systems`` over one index, by name (only those asked for are made)."""
    makers: dict[str, Callable[[], System]] = {
        "briefbot": lambda: briefbot_system(index),
        "briefbot without meaning": lambda: briefbot_system(index, meaning=False),
        "plain BM25": lambda: plain_bm25_system(index),
    }
    return {name: makers[name]() for name in systems}


def evaluate_sets(
    questions: Sequence[Question] | None = None, model: str | None = None, systems: Sequence[str] = SYSTEMS
) -> dict[str, Evaluation]:
    """Each set (the gold set, each blind half) evaluated on its own by ``systems``, by name."""
    questions = list(questions if questions is not None else load_all())
    halves = list(dict.fromkeys(q.half for q in questions))
    return {half: evaluate([q for q in questions if q.half == half], model, systems) for half in halves}


def floor_of(half: str) -> float:
    """The recall@3 CI holds briefbot to on a set."""
    return RECALL_AT_3_FLOORS.get(half, DEFAULT_FLOOR)


def category_table(evaluation: Evaluation) -> str:
    """Per category: how many questions, and recall@3, recall@1 and MRR (no-answer said for questions that
    nothing answers) of every system."""
    names = list(evaluation.systems)
    first = evaluation.systems[names[0]]
    if not first.by_category:
        return ""
    header = "| category | questions | " + " | ".join(f"{n}: r@3 / r@1 / MRR" for n in names) + " |"
    lines = [header, "| --- | ---: |" + " --- |" * len(names)]
    for category in sorted(first.by_category):
        counted = first.by_category[category]
        size = len(counted.recall_3) + len(counted.declined)
        cells = []
        for name in names:
            scores = evaluation.systems[name].by_category.get(category, Scores())
            if scores.recall_3:
                hits = sum(1 for value in scores.recall_3 if value > 0)
                cells.append(
                    f"{_mean(scores.recall_3):.3f} ({hits}/{len(scores.recall_3)}) / {_mean(scores.recall_1):.3f}"
                    f" / {_mean(scores.reciprocal_rank):.3f}"
                )
            else:
                said = sum(scores.declined)
                cells.append(f"no-answer said {_mean(scores.declined):.3f} ({said:.0f}/{len(scores.declined)})")
        lines.append(f"| {category} | {size} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table(evaluation: Evaluation) -> str:
    """The measures of both systems as a Markdown table, with recall@3 by tag below it."""
    answered = sum(1 for q in evaluation.questions if q.answers)
    unanswered = len(evaluation.questions) - answered
    names = list(evaluation.systems)
    columns = list(evaluation.systems[names[0]].row())
    lines = [
        f"{len(evaluation.questions)} questions: {answered} with answers, {unanswered} that nothing answers",
        "",
        "| system | " + " | ".join(columns) + " |",
        "| --- |" + " ---: |" * len(columns),
    ]
    for name in names:
        row = evaluation.systems[name].row()
        lines.append(f"| {name} | " + " | ".join(f"{row[c]:.3f}" for c in columns) + " |")
    tags = sorted({tag for scores in evaluation.systems.values() for tag in scores.by_tag})
    lines += ["", "recall@3 by tag:", "", "| tag | questions | " + " | ".join(names) + " |"]
    lines.append("| --- | ---: |" + " ---: |" * len(names))
    for tag in tags:
        counts = len(evaluation.systems[names[0]].by_tag.get(tag, []))
        cells = " | ".join(f"{_mean(evaluation.systems[n].by_tag.get(tag, [])):.3f}" for n in names)
        lines.append(f"| {tag} | {counts} | {cells} |")
    return "\n".join(lines)


def details(evaluation: Evaluation) -> str:
    """Per question: for each system, which answer (1-based) each of the first ten passages is, '.' for none."""
    lines = []
    for number, question in enumerate(evaluation.questions):
        cells = []
        for system in evaluation.systems:
            found = evaluation.ranks[system][number]
            cells.append(f"{system}: " + " ".join("." if n is None else str(n + 1) for n in found) or "-")
        label = f"{question.corpus} {question.id} {question.category}".strip()
        lines.append(f"[{label}] {question.ask}\n    " + "\n    ".join(cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the tables of every set; exit 1 when briefbot's recall@3 on a set falls below its floor."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="also list the answers' ranks per question")
    parser.add_argument(
        "--set", action="append", dest="sets", help="only this set (gold, blind2/tune, or a half: tune, holdout)"
    )
    parser.add_argument("--model", help="the meaning model (as BRIEFBOT_EMBEDDING_MODEL; default: the shipped one)")
    options = parser.parse_args(argv)
    problem = options.model and load_model(options.model).problem
    if problem:  # else briefbot would be measured by words alone under the model's name
        parser.error(problem)
    questions = [q for q in load_all() if not options.sets or chosen(q, options.sets)]
    status = 0
    for half, evaluation in evaluate_sets(questions, options.model).items():
        print(f"## {half}\n")
        print(table(evaluation))
        categories = category_table(evaluation)
        if categories:
            print("\nby category (recall@3 with the questions answered in the top 3, recall@1, MRR):\n")
            print(categories)
        if options.details:
            print()
            print(details(evaluation))
        print()
        recall = evaluation.systems["briefbot"].row()["recall@3"]
        if recall < floor_of(half):
            print(f"{half}: recall@3 {recall:.3f} is below the floor of {floor_of(half):.3f}", file=sys.stderr)
            status = 1
    return status


def _first_occurrences(found: list[int | None]) -> dict[int, int]:
    """Each answer found, with the rank of its first copy."""
    first: dict[int, int] = {}
    for rank, answer in enumerate(found):
        if answer is not None and answer not in first:
            first[answer] = rank
    return first


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _plain_words(text: str) -> list[str]:
    return _PLAIN_WORDS.findall(text.lower())


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


if __name__ == "__main__":
    sys.exit(main())
