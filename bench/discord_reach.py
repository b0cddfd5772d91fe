"""Whether a reader in Discord can open every source of an answer: the first page of each gold question.

    python bench/discord_reach.py [GOLD.toml ...]

For each corpus of the gold sets (the sample corpus, the newsroom corpus, or a folder named by ``corpus =``
next to the gold file), every question's first page as the bot posts it is counted: passages linked to a web
address, passages whose document comes with a Document button, passages with neither (before Document
buttons, a document without a url was named by its path on the server), and payloads naming a corpus path.
It also counts quotes whose hard-wrapped lines are joined for display, and passages that would read
``undated`` but show a date their words state.
"""

from __future__ import annotations

import json
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

from bot.question import discord_answer
from bot.render.answer_view import display_text, stated_date
from index.builder import build_index
from index.search import Searcher
from index.store import load_index

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {"sample": ROOT / "bench" / "gold" / "sample", "newsroom": ROOT / "bench" / "gold" / "newsroom"}
PER_PAGE = 5


def questions(gold: Path) -> dict[Path, list[str]]:
    """The questions of a gold file, by corpus folder."""
    found: dict[Path, list[str]] = {}
    for item in tomllib.loads(gold.read_text(encoding="utf-8")).get("question", []):
        folder = CORPORA.get(item["corpus"], gold.parent / "corpus")
        found.setdefault(folder, []).append(item["ask"])
    return found


def measure(folder: Path, asked: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as index_dir:
        build_index(folder, Path(index_dir))
        searcher = Searcher(load_index(Path(index_dir)))
        paths = [source.path for source in searcher.index.sources]
        for question in asked:
            answer, reply = discord_answer(searcher, question, PER_PAGE)
            payload = json.dumps(reply.to_dict(), ensure_ascii=False)
            buttons = {b.action for b in reply.buttons if b.action.startswith("document:")}
            counts["payloads naming a corpus path"] += any(path in payload for path in paths)
            for embed, hit in zip(reply.embeds, answer.hits, strict=False):
                counts["passages"] += 1
                if embed.url:
                    counts["linked"] += 1
                elif "**Document " in (embed.description or "") and buttons:
                    counts["Document button"] += 1
                else:
                    counts["neither"] += 1
                counts["quotes with wrapped lines joined"] += display_text(hit.passage) != hit.passage.text
                counts["undated, showing a stated date"] += stated_date(hit) is not None
    return counts


def main(argv: list[str]) -> int:
    golds = [Path(a) for a in argv] or [ROOT / "bench" / "gold" / "questions.toml"]
    for gold in golds:
        for folder, asked in questions(gold).items():
            counts = measure(folder, asked)
            print(f"{gold.name} · {folder.name}: {len(asked)} questions")
            for name in ("passages", "linked", "Document button", "neither", "payloads naming a corpus path",
                         "quotes with wrapped lines joined", "undated, showing a stated date"):  # fmt: skip
                print(f"  {name:34} {counts[name]:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
