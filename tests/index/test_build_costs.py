"""What a build's cheaper paths give is what the longer ones gave: kept line answers, a passage's dates, its JSON
line, a text's terms once its words are known, and the chat reader's first question."""

import json
import threading
from dataclasses import fields, replace
from datetime import date

import numpy as np
import pytest

from index.aliases import parse_aliases
from index.analyzer import iter_tokens
from index.chat import chat_messages
from index.line_cache import LONGEST_KEPT, kept_lines
from index.meaning import load_model
from index.models import Passage, PassageKind, StatedDate
from index.store import json_line, passage_record
from tests.index.test_aliases import ALIASES


def _counted(maxsize: int):
    asked: list[str] = []

    @kept_lines(maxsize)
    def shout(line: str) -> str:
        """Shout a line."""
        asked.append(line)
        return line.upper()

    return shout, asked


def test_a_kept_function_lets_go_of_the_older_half_when_full_and_answers_as_the_function():
    shout, asked = _counted(4)
    assert [shout(line) for line in "abcd"] == list("ABCD") and asked == list("abcd")
    assert shout("a") == "A" and asked == list("abcd")  # kept: the function is not asked again
    assert shout("e") == "E" and shout.cache_info().currsize == 3  # full: a and b go, however recently asked
    assert [shout(line) for line in "cde"] == list("CDE") and asked == list("abcde")
    assert shout("a") == "A" and asked == [*"abcde", "a"]
    info = shout.cache_info()
    assert (info.misses, info.maxsize, info.currsize) == (6, 4, 4)
    shout.cache_clear()
    assert shout.cache_info().currsize == 0 and shout("a") == "A" and asked[-1] == "a"
    assert shout.cache_info().misses == 1


def test_a_kept_function_is_a_function_to_whoever_holds_it():
    shout, _ = _counted(8)
    other, _ = _counted(8)
    assert shout.__name__ == "shout" and shout.__doc__ == "Shout a line." and shout.__wrapped__("x") == "X"
    assert shout == shout and shout != other and len({shout, other, shout}) == 2
    long_line = "y" * (LONGEST_KEPT + 1)
    assert shout(long_line) == long_line.upper() and shout.cache_info().currsize == 0


def test_a_kept_function_asked_from_several_threads_at_once_answers_each():
    shout, _ = _counted(16)
    lines = [f"line {n}" for n in range(400)]
    answers: list[list[str]] = [[] for _ in range(4)]

    def ask(number: int) -> None:
        answers[number] = [shout(line) for line in lines]

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [[line.upper() for line in lines]] * 4 and shout.cache_info().currsize <= 16


def _passage() -> Passage:
    return Passage(3, 7, PassageKind.TURN, "The ferry resumes on Friday.", 120, "MS. LIND", "When?", date(2026, 3, 2),
                   4, "Ferries", (StatedDate(date(2026, 3, 6)),), "Pavel Rusk, the port's director")


@pytest.mark.parametrize(
    ("when", "dates"), [(None, ()), (date(2026, 3, 9), (StatedDate(date(2026, 3, 13)), StatedDate(date(2026, 4, 1))))]
)
def test_a_passage_dated_is_the_passage_with_its_date_and_dates_replaced(when, dates):
    passage = _passage()
    assert passage.dated(when, dates) == replace(passage, date=when, dates=dates)
    assert passage.dated(when, dates) != passage


def test_dating_a_passage_passes_on_every_field():
    """``Passage.dated`` names every field: a field added to passages must be set here and passed on there too."""
    passage = _passage()
    unset = [f.name for f in fields(Passage) if getattr(passage, f.name) == f.default]
    assert unset == [], "set every field in _passage"
    dated = passage.dated(date(2027, 1, 1), ())
    kept = [f.name for f in fields(Passage) if f.name not in ("date", "dates")]
    assert [getattr(dated, name) for name in kept] == [getattr(passage, name) for name in kept]


@pytest.mark.parametrize(
    "record",
    [
        passage_record(_passage()),
        {"text": "Ünïcode “quotes” — and \\ backslashes, \"marks\", \t tabs\nand lines \u2028", "n": -0.5, "ok": True},
        {"nested": {"a": [1, 2.5, None, float("inf")], "b": {}}, "empty": [], "": ""},
        "a bare string",
        [1, "two", None],
    ],
)
def test_a_json_line_is_the_compact_json_of_the_record(record):
    assert json_line(record) == (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


@pytest.mark.parametrize(
    "texts",
    [
        ["Islamic officials and Nusra spoke", "Nusra officials spoke", "officials spoke of Nusra and Daesh"],
        ["The Islamic State and Nusra", "Islamic leaders in 2026", "The Islamic State and Nusra again"],
        ["plain words only", "plain words again", "Nusra Front fighters and plain words"],
    ],
)
def test_a_texts_terms_are_those_of_its_tokens_once_its_words_are_known(texts):
    """The second and later texts find every word known (and a word naming a group or starting a name among
    them, or not): their terms are still those of matching their tokens one by one."""
    table = parse_aliases(ALIASES)
    for text in [*texts, *texts]:
        tokens = list(iter_tokens(text))
        assert table.terms_of(text) == [token.term for token in tokens] + table.index_terms(text, tokens)


def test_texts_whose_words_are_all_known_get_the_vectors_summed_afresh():
    embedder = load_model("wordllama").embedder
    if embedder is None:
        pytest.skip("the shipped model is not installed")
    texts = ["The ferry resumes on Friday", "the ferry and the harbour", "", "Friday ferry harbour resumes"]
    first = embedder.embed(texts)
    again = embedder.embed(texts)  # every word known now
    assert np.array_equal(first, again) and np.array_equal(again, embedder.embed(texts, remember=False))


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["", "\u200e[04/05/2027, 08:12:30] Anna Vos: Depot at ten.", "[04/05/2027, 08:13:00] Piet: Which depot?",
          "[04/05/2027, 08:14:00] Anna Vos: The tram depot.", "[04/05/2027, 08:15:00] Piet: Thanks."],
         ["Anna Vos", "Piet", "Anna Vos", "Piet"]),
        (["Desk notes", "[04/05/2027, 08:12:30] Anna Vos: Depot at ten.", "[04/05/2027, 08:13:00] Piet: Which?",
          "[04/05/2027, 08:14:00] Anna Vos: The tram depot.", "[04/05/2027, 08:15:00] Piet: Thanks."], []),
        (["\u200e", "   ", "[04/05/2027, 08:12:30] Anna Vos: Depot at ten.", "[04/05/2027, 08:13:00] Piet: Which?",
          "[04/05/2027, 08:14:00] Anna Vos: The tram depot.", "[04/05/2027, 08:15:00] Piet: Thanks."],
         ["Anna Vos", "Piet", "Anna Vos", "Piet"]),
        (["", "  "], []),
        ([], []),
    ],
)
def test_a_chat_export_opens_with_a_message_line_after_any_blank_or_marked_lines(lines, authors):
    assert [message.author for message in chat_messages(lines).values()] == authors
