"""A soak test of the bot's answer path: 10,000 questions, memory that does not grow, every answer well formed.

The path is the one the bot runs for ``/ask`` and mentions, without the network: the question is cleaned,
searched (five pages of passages) and its first page built as the Discord payload
(``bot.question.discord_answer``), over a real index of the sample corpus. The questions mix the corpus's
own words and names with hostile text: mentions with ever new ids, markdown, zero-width and right-to-left
characters, emoji, control characters, empty questions and questions of more than 10,000 characters.

The questions' words come from a fixed vocabulary (the mention ids, numbers, are new each time): the
analyzer and the stemmer remember the words they have seen, up to a bound, and a stream of ever new words
would fill those caches before memory stays flat.

Memory is measured after a warm-up of 1,000 questions: Python's count of allocated memory blocks must stay
flat over the remaining 9,000 (a leak of one object every ten questions shows), and tracemalloc, which
slows Python down several times and so watches only the last 500 questions, must see them keep less than
a small bound (a leak of a few hundred bytes per question shows).
"""

from __future__ import annotations

import gc
import random
import sys
import tracemalloc
from pathlib import Path

import pytest

from bot.question import MAX_QUESTION_CHARS, PAGES, discord_answer
from index.builder import build_index
from index.search import Searcher
from index.store import load_index
from tests.bot.discord_payload import limit_problems, ping_problems, quoted
from tests.sample import SHIPPED_SAMPLE

pytestmark = [pytest.mark.end_to_end, pytest.mark.slow]  # 10,000 questions (40 s): run by hand, `pytest -m slow`

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = 10_000
WARM_UP = 1_000
TRACED = 500
PER_PAGE = 5
MAX_BLOCK_GROWTH = 900
"""Allocated blocks the 9,000 questions after the warm-up may leave behind (measured: none, a few hundred
fewer than after the warm-up)."""
MAX_TRACED_GROWTH = 192 * 1024
"""Bytes the last 500 questions may leave behind (measured: about 50 KB of blocks the interpreter reuses,
while the count of blocks stays flat)."""

NAMES = ["Nusra", "Nusrah", "JFS", "al-Qaeda", "ISIS", "Daesh", "Pentagon", "Lavrov", "Kerry", "Putin", "Idlib"]
ASKING = ["when", "who", "what", "last", "latest", "first", "earliest", "did", "the", "was", "struck", "?"]
HOSTILE = [
    "@everyone", "@here", "**", "__", "~~", "||", "`", "```", "```py\n", "> ", "# ", "- ", "\\", "[x](https://e.test)",
    "\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202b", "\u2067", "\u200f", "قافلة", "שיירה",
    "😀", "🚚🔥", "👩\u200d👩\u200d👧\u200d👦", "🇺🇸", "\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\n\n",
]  # fmt: skip


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    folder = tmp_path_factory.mktemp("soak")
    build_index(SHIPPED_SAMPLE, folder / "index")  # read, not written in
    return Searcher(load_index(folder / "index"))


def questions(searcher: Searcher, count: int, seed: int = 7):
    """``count`` questions, the same every run; mentions carry new ids every time."""
    chooser = random.Random(seed)
    words = sorted({word for passage in searcher.index.passages for word in passage.text.split()})
    for number in range(count):
        kind = number % 50
        if kind == 0:
            yield ""
        elif kind == 1:
            yield " \n\t\u200b "
        elif kind == 2:  # more than 10,000 characters
            yield " ".join(chooser.choice(words + HOSTILE) for _ in range(2_000))
        else:
            parts = []
            for _ in range(chooser.randint(1, 14)):
                pick = chooser.random()
                if pick < 0.55:
                    parts.append(chooser.choice(words))
                elif pick < 0.7:
                    parts.append(chooser.choice(NAMES + ASKING))
                elif pick < 0.85:
                    parts.append(chooser.choice(HOSTILE))
                else:
                    parts.append(f"<@{chooser.getrandbits(62)}>" if pick < 0.92 else f"<@&{chooser.getrandbits(62)}>")
            yield "".join(part + chooser.choice([" ", " ", " ", "\n", "\t"]) for part in parts)


def answer_problems(searcher: Searcher, question: str) -> list[str]:
    """Ask as the bot does and say what is wrong with the answer and its payload (nothing, normally)."""
    answer, reply = discord_answer(searcher, question, PER_PAGE)
    problems = []
    if len(answer.question) > MAX_QUESTION_CHARS or len(answer.hits) > PER_PAGE * PAGES:
        problems.append("question or answer too long")
    if answer.matched < len(answer.hits):
        problems.append("more hits than matches")
    passages = searcher.index.passages
    if any(passages[hit.passage_id] is not hit.passage for hit in answer.hits):
        problems.append("a hit that is not the index's passage")
    payload = {
        "content": reply.content,
        "embeds": [embed.to_dict() for embed in reply.embeds],
        "allowed_mentions": reply.allowed_mentions.to_dict(),
    }
    problems += limit_problems(payload) + ping_problems(payload)
    shown = answer.hits[:PER_PAGE]
    if len(payload["embeds"]) != (len(shown) or 1):
        problems.append(f"{len(payload['embeds'])} embeds for {len(shown)} passages")
    for hit, embed in zip(shown, payload["embeds"], strict=False):
        quote = quoted(embed["description"]).removesuffix("…").strip()
        if not quote or quote not in " ".join(hit.passage.text.split()):
            problems.append(f"embed does not quote its passage: {quote[:60]!r}")
    return [f"{question[:60]!r}: {problem}" for problem in problems]


def test_ten_thousand_questions_leave_memory_flat_and_every_answer_well_formed(searcher):
    asked = questions(searcher, QUESTIONS)
    problems: list[str] = []
    for _ in range(WARM_UP):
        problems += answer_problems(searcher, next(asked))
    gc.collect()
    blocks_after_warm_up = sys.getallocatedblocks()

    for _ in range(QUESTIONS - WARM_UP - TRACED):
        problems += answer_problems(searcher, next(asked))
    tracemalloc.start()
    try:
        gc.collect()
        traced_before, _ = tracemalloc.get_traced_memory()
        for question in asked:
            problems += answer_problems(searcher, question)
        gc.collect()
        traced_after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    gc.collect()
    block_growth = sys.getallocatedblocks() - blocks_after_warm_up

    assert problems == []
    assert block_growth < MAX_BLOCK_GROWTH, f"{block_growth} more memory blocks after 9,000 questions"
    traced_growth = traced_after - traced_before
    assert traced_growth < MAX_TRACED_GROWTH, f"the last {TRACED} questions kept {traced_growth:,} bytes"
