"""Date-line quality on dated gold questions: briefbot beside plain BM25 with the first date of its top passage.

    python -m bench.date_eval                        # the tables, one per corpus and half
    python -m bench.date_eval --half tune --details  # and, per question of the tune halves, what each named

The questions are read from every ``bench/gold/blind*/dates-*.toml`` (``[[question]]`` with ``id``, ``half``,
``corpus``, ``ask``, ``kind``, ``answer_date`` and ``answers``); a question's ``corpus`` names its gold folder
(``blind`` is ``bench/gold/blind/``, ``blind2`` is ``bench/gold/blind2/``), whose ``briefings/`` and
``articles/`` are indexed on their own. ``answer_date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, or empty
when no date line must be shown. Per-question details are for halves that may be tuned on; a held-out half is
only ever reported in aggregate.

Two figures per system, per half and per kind of question:

- **date right**: the share of questions whose date line names the gold date, compared at the gold's
  precision (a line naming 3 Oct 2016 is right for ``2016-10``; a line naming only October 2016 is not right
  for ``2016-10-03``); for an empty ``answer_date``, right means no line;
- **date wrong**: the share whose line names a date that is not right (any line, for an empty one).

*briefbot* is ``Searcher.ask``'s ``date_answer``. *plain BM25* is BM25Okapi over lowercased words with the
question's words as its query, naming the first date its top passage states (as the index reads it), for
every question.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.eval import built_indexes, plain_bm25
from index.models import StatedDate
from index.search import Searcher
from index.store import LoadedIndex

ROOT = Path(__file__).resolve().parent.parent
GOLD_ROOT = ROOT / "bench" / "gold"
GOLD_DIR = GOLD_ROOT / "blind"
CORPORA = {folder.name: folder for folder in sorted(GOLD_ROOT.glob("blind*")) if folder.is_dir()}
"""Each gold folder by name: its documents and its ``dates-*.toml``."""
SYSTEMS = ("briefbot", "plain BM25")
AHEAD_OF_BASELINE = (
    "blind tune", "blind holdout", "blind2 tune", "blind2 holdout", "blind5 tune", "blind5 holdout",
    "blind6 tune", "blind6 holdout", "blind7 tune", "blind7 holdout", "blind8 tune", "blind8 holdout",
    "blind9 tune", "blind10 tune", "blind10 holdout", "blind11 tune", "blind11 holdout", "blind12 tune",
    "blind12 holdout", "blind13 tune", "blind14 holdout", "blind15 holdout",
    "blind16 tune", "blind16 holdout", "blind17 tune", "blind17 holdout",
    "blind18 tune", "blind18 holdout", "blind19 tune", "blind19 holdout",
    "blind20 tune", "blind20 holdout", "blind21 tune", "blind21 holdout",
    "blind22 tune", "blind22 holdout", "blind23 tune", "blind23 holdout", "blind24 tune", "blind24 holdout",
    "blind25 tune",
)
"""The halves on which briefbot names more right dates and fewer wrong ones than plain BM25; CI holds it there."""
HELD_OUT = "holdout"
THRESHOLDS: dict[str, tuple[float, float]] = {
    "blind tune": (0.937, 0.032),
    "blind2 tune": (0.714, 0.0),
    "blind holdout": (0.562, 0.188),
    "blind2 holdout": (0.535, 0.036),
    "blind3 tune": (0.75, 0.0),
    "blind3 holdout": (0.55, 0.10),
    "blind4 tune": (0.90, 0.0),
    "blind4 holdout": (0.45, 0.05),
    "blind5 tune": (0.50, 0.0),
    "blind5 holdout": (0.466, 0.067),
    "blind6 tune": (0.90, 0.0),
    "blind6 holdout": (0.50, 0.0),
    "blind7 tune": (0.80, 0.0),
    "blind7 holdout": (0.80, 0.0),
    "blind8 tune": (0.90, 0.10),
    "blind8 holdout": (0.55, 0.10),
    "blind9 tune": (0.65, 0.0),
    "blind9 holdout": (0.45, 0.0),
    "blind10 tune": (0.65, 0.0),
    "blind10 holdout": (0.45, 0.15),
    "blind11 tune": (0.60, 0.05),
    "blind11 holdout": (0.50, 0.05),
    "blind12 tune": (0.75, 0.0),
    "blind12 holdout": (0.60, 0.10),
    "blind13 tune": (0.625, 0.0),
    "blind13 holdout": (0.333, 0.09),
    "blind14 tune": (0.416, 0.042),
    "blind14 holdout": (0.33, 0.17),
    "blind15 tune": (0.50, 0.0),
    "blind15 holdout": (0.45, 0.13),
    "blind16 tune": (0.458, 0.25),
    "blind16 holdout": (0.58, 0.09),
    "blind17 tune": (0.66, 0.09),
    "blind17 holdout": (0.45, 0.0),
    "blind18 tune": (0.541, 0.042),
    "blind18 holdout": (0.45, 0.125),
    "blind19 tune": (0.625, 0.0),
    "blind19 holdout": (0.33, 0.05),
    "blind20 tune": (0.458, 0.0),
    "blind20 holdout": (0.45, 0.05),
    "blind21 tune": (0.666, 0.0),
    "blind21 holdout": (0.541, 0.05),
    "blind22 tune": (0.583, 0.0),
    "blind22 holdout": (0.5, 0.13),
    "blind23 tune": (0.625, 0.125),
    "blind23 holdout": (0.75, 0.0),  # 16 right when first measured, 17, then 18 with later date readings
    "blind24 tune": (0.625, 0.084),
    "blind24 holdout": (0.375, 0.042),
    "blind25 tune": (0.416, 0.126),
    "blind25 holdout": (0.416, 0.042),
    "holdout": (0.428, 0.036),
}
"""Per corpus and half (``blind tune``): the least share of dated questions briefbot must get right, and the
most it may get wrong. CI fails when a half present in the gold set falls outside them; every half holds the
figures it reached, short of the targets (0.90 right, 0.03 wrong). Held-out halves, never tuned on (right and
wrong): ``blind`` 17 and 8 of 32, ``blind2`` 11 and 2 of 28, ``blind3`` 7 and 2 of 20, ``blind4`` 8 and none
of 20. When first measured they stood at 18 and 8, 12 and 1, 6 and 2, 8 and 1: the rules added since (they
abstain on plans, bounds, alternatives, landmarks) cut wrong lines on the tune halves from 6 to 2 of 100 and
left the held-out halves level (44 and 12 before, 43 and 12 after, of 100). Tune halves: ``blind`` 29 and 1 of
32, ``blind2`` 16 and none of 28, ``blind3`` 10 and 1, ``blind4`` 12 and none of 20. ``blind5``
(added last, for dates, before any tuning on it): 9 and 2 (tune), 13 and 5 (held out) of 30. After the year
headings, timeline entries and dates told again (tune halves only): ``blind3`` 11 and 1, ``blind4`` 13 and none,
``blind5`` 12 and 1; the held-out entries are left as they were measured. ``blind6`` (added for a fresh,
untuned measure): 12 and 3 (tune), 8 and 1 (held out) of 20. After the event families, restated days,
corrections, the speaker's ``I`` and the sentences pointed back to (tune halves only, right and wrong):
``blind`` 29 and 1 of 32, ``blind2`` 19 and none of 28, ``blind3`` 13 and none, ``blind4`` 17 and none,
``blind5`` 14 and none of 30, ``blind6`` 17 and none of 20. ``blind7`` and ``blind8`` (added for a fresh,
untuned measure, 20 per half): 11 and 2, 13 and 3 (tune); 13 and 1, 11 and 2 (held out). After the verb tied to
the date's own clause, plans kept, ``as of``, participles and names in the title (tune halves only): ``blind``
30 and 1, ``blind7`` 13 and none, ``blind8`` 15 and 2; the others as they were. A half not named here is held
to ``holdout``'s. The held-out entries then rose to what these rules reached there, and are held:
``blind`` 18 and 6 of 32, ``blind2`` 13 and 2 of 28, ``blind3`` 9 and 2, ``blind6`` 9 and none, ``blind7`` 13
and none of 20. ``blind9`` and ``blind10`` (added for a fresh, untuned measure, 20 per half): 9 and 3, 10 and 1
(tune); 9 and 1, 8 and 3 (held out). After dated notes and day headings, ``before this one`` and a sentence that
says ``first`` (tune halves only): ``blind6`` 18 and none, ``blind9`` 11 and none, ``blind10`` 11 and none of 20;
the others as they were. After a day's ``last year``, bold leading years, participle clauses, plural nouns made of
verbs and months of no tense (tune halves: 167 and 3 of 230), the held-out entries rose to what the merged code
reached there: ``blind2`` 14 and 1 of 28, ``blind5`` 14 and 2 of 30, ``blind9`` 9 and none of 20. ``blind11`` and
``blind12`` (added for a fresh, untuned measure, 20 per half; ``blind12`` is whole web pages with their chrome): 9
and 3, 10 and 2 (tune); 10 and 1, 11 and 2 (held out). After event limits that admit their own day, verbs of deciding,
times of day, nouns in ``-ure``, ``No.`` before a word and ``before`` a committee (tune halves only): ``blind5`` 15 and
none of 30, ``blind7`` 16 and none, ``blind10`` 13 and none, ``blind11`` 10 and 3, ``blind12`` 12 and 2 of 20.
The merged code then reached the same on the held-out halves, but ``blind12``: 12 and 2 of 20, which its held-out
entry holds. ``blind13`` (added for a fresh, untuned measure, 24 per half, half of its questions naming the
event in other words): 11 and none (tune), 7 and 2 (held out). After searches opening on ``first day`` (tune halves
only): ``blind13`` 12 and none. After relative clauses that tell of the noun before them (tune halves only):
``blind12`` 12 and 1."""


@dataclass(frozen=True, slots=True)
class DatedQuestion:
    """One gold question about a date."""

    id: str
    half: str
    corpus: str
    ask: str
    kind: str
    answer_date: str
    """``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, or ``""`` when no line must be shown."""
    answers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Named:
    """What a system's date line named for a question: the date (None for no line) and its passage."""

    date: StatedDate | None
    passage: str = ""


@dataclass
class Tally:
    """Right and wrong counts of one system, overall and per kind."""

    right: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    asked: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, verdict: str) -> None:
        """Count one question of ``kind`` as ``right``, ``wrong`` or ``none`` (no line where one was due)."""
        for key in (kind, ""):
            self.asked[key] += 1
            if verdict == "right":
                self.right[key] += 1
            elif verdict == "wrong":
                self.wrong[key] += 1

    def share(self, kind: str = "") -> tuple[float, float]:
        """(date right, date wrong) as shares of the questions of ``kind`` ("" for all)."""
        asked = self.asked[kind]
        return (self.right[kind] / asked, self.wrong[kind] / asked) if asked else (0.0, 0.0)


@dataclass
class DateEvaluation:
    """The outcome of a run: per half, a tally per system, and what each system named per question."""

    questions: list[DatedQuestion]
    tallies: dict[str, dict[str, Tally]]
    """Per corpus and half (``blind tune``), per system."""
    named: dict[str, list[Named]]


System = Callable[[str], Named]


def gold_files(folder: Path | None = None, halves: Sequence[str] | None = None) -> list[Path]:
    """Every ``dates-*.toml`` in ``folder`` (by default in every gold folder), sorted; only those of ``halves``
    (``dates-tune.toml`` for ``tune``) when given."""
    folders = [folder] if folder is not None else list(CORPORA.values())
    found = sorted(path for each in folders for path in each.glob("dates-*.toml"))
    return [p for p in found if halves is None or p.stem.removeprefix("dates-") in halves]


def load_questions(paths: Sequence[Path] | None = None) -> list[DatedQuestion]:
    """The dated questions of ``paths`` (by default every gold file); raises ValueError for a bad entry."""
    questions = []
    for path in paths if paths is not None else gold_files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for item in data.get("question", []):
            answer_date = str(item.get("answer_date", ""))
            if answer_date:
                StatedDate.from_iso(answer_date)  # raises ValueError for a date that is not one
            questions.append(
                DatedQuestion(
                    str(item["id"]),
                    str(item.get("half") or path.stem.removeprefix("dates-")),
                    str(item.get("corpus") or path.parent.name),
                    str(item["ask"]),
                    str(item.get("kind", "plain")),
                    answer_date,
                    tuple(item.get("answers", ())),
                )
            )
    return questions


def verdict(question: DatedQuestion, named: Named) -> str:
    """``right``, ``wrong`` or ``none`` (no line where a date was due)."""
    if named.date is None:
        return "right" if not question.answer_date else "none"
    if not question.answer_date:
        return "wrong"
    return "right" if agrees(named.date, question.answer_date) else "wrong"


def agrees(named: StatedDate, gold: str) -> bool:
    """Whether a named date is the gold date at the gold's precision, and at least as precise."""
    return len(named.iso) >= len(gold) and named.iso[: len(gold)] == gold


def briefbot_system(index: LoadedIndex) -> System:
    """briefbot as a user meets it: the date line of ``Searcher.ask``."""
    searcher = Searcher(index)

    def ask(question: str) -> Named:
        answer = searcher.ask(question, 5)
        dated = answer.date_answer
        if dated is None:
            return Named(None)
        return Named(dated.date, index.passages[dated.passage_id].text)

    return ask


def plain_bm25_system(index: LoadedIndex) -> System:
    """BM25Okapi over lowercased words; the first date the top passage states, whatever the question."""
    search = plain_bm25(index)

    def ask(question: str) -> Named:
        ranked = search(question, 1)
        if not ranked:
            return Named(None)
        passage = index.passages[index.rows[ranked[0][0]]]
        return Named(passage.dates[0] if passage.dates else None, passage.text)

    return ask


def evaluate(
    questions: Sequence[DatedQuestion] | None = None, corpora: dict[str, Path] | None = None
) -> DateEvaluation:
    """Build each corpus's index in a temporary folder and ask every question of both systems."""
    questions = list(questions if questions is not None else load_questions())
    corpora = corpora or CORPORA
    tallies: dict[str, dict[str, Tally]] = {}
    named: dict[str, list[Named]] = {name: [] for name in SYSTEMS}
    with tempfile.TemporaryDirectory(prefix="briefbot-dates-") as scratch:
        indexes = built_indexes(corpora, {q.corpus for q in questions}, Path(scratch))
        runners = {
            name: {"briefbot": briefbot_system(index), "plain BM25": plain_bm25_system(index)}
            for name, index in indexes.items()
        }
        for question in questions:
            half = tallies.setdefault(part_of(question), {name: Tally() for name in SYSTEMS})
            for system in SYSTEMS:
                found = runners[question.corpus][system](question.ask)
                named[system].append(found)
                half[system].add(question.kind, verdict(question, found))
    return DateEvaluation(questions, tallies, named)


def part_of(question: DatedQuestion) -> str:
    """The corpus and half a question is counted in: ``blind tune``."""
    return f"{question.corpus} {question.half}"


def table(evaluation: DateEvaluation) -> str:
    """Per corpus and half, date right and date wrong of both systems, overall and per kind, with counts."""
    lines: list[str] = []
    for half, systems in sorted(evaluation.tallies.items()):
        first = systems[SYSTEMS[0]]
        lines += [f"{half}: {first.asked['']} dated questions", ""]
        header = " | ".join(f"{name} right | {name} wrong" for name in SYSTEMS)
        lines += [f"| kind | questions | {header} |", "| --- | ---: |" + " ---: |" * (2 * len(SYSTEMS))]
        kinds = sorted(kind for kind in first.asked if kind)
        for kind in [*kinds, ""]:
            cells = []
            for name in SYSTEMS:
                tally = systems[name]
                right, wrong = tally.share(kind)
                cells.append(f"{right:.3f} ({tally.right[kind]}) | {wrong:.3f} ({tally.wrong[kind]})")
            label = kind or "**all**"
            lines.append(f"| {label} | {first.asked[kind]} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines).rstrip()


def details(evaluation: DateEvaluation) -> str:
    """Per question: the gold date and what each system named, with a mark for right (=), wrong (x), none (-);
    never for a held-out half, which is only reported in aggregate."""
    marks = {"right": "=", "wrong": "x", "none": "-"}
    lines = []
    for number, question in enumerate(evaluation.questions):
        if question.half == HELD_OUT:
            continue
        cells = []
        for system in SYSTEMS:
            found = evaluation.named[system][number]
            shown = found.date.iso if found.date else "no line"
            cells.append(f"{marks[verdict(question, found)]} {system}: {shown}")
        gold = question.answer_date or "no line"
        heading = f"[{part_of(question)} {question.id} {question.kind}] {question.ask} -> {gold}"
        lines.append(heading + "\n    " + "; ".join(cells))
    return "\n".join(lines)


def failures(evaluation: DateEvaluation, thresholds: dict[str, tuple[float, float]] | None = None) -> list[str]:
    """What falls outside the thresholds, per half present: one sentence each (empty when all hold)."""
    thresholds = thresholds or THRESHOLDS
    found = []
    for half, systems in sorted(evaluation.tallies.items()):
        least_right, most_wrong = thresholds.get(half, THRESHOLDS[HELD_OUT])
        right, wrong = systems["briefbot"].share()
        if right < least_right:
            found.append(f"{half}: date right {right:.3f} is below {least_right:.3f}")
        if wrong > most_wrong:
            found.append(f"{half}: date wrong {wrong:.3f} is above {most_wrong:.3f}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the tables; exit 1 when briefbot falls outside ``THRESHOLDS`` on a half."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", action="append", help="only this half (tune, holdout); may be repeated")
    parser.add_argument(
        "--details", action="store_true", help="also list what each system named per question (not for holdout)"
    )
    options = parser.parse_args(argv)
    questions = load_questions(gold_files(halves=options.half))
    if not questions:
        print(f"no dated questions under {GOLD_ROOT}/blind*/", file=sys.stderr)
        return 1
    evaluation = evaluate(questions)
    print(table(evaluation))
    if options.details:
        print()
        print(details(evaluation))
    problems = failures(evaluation)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
