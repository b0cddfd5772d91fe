"""``briefbot discord`` in a subprocess, talking to a FakeDiscord on 127.0.0.1, its output kept line by line."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.bot.discord_payload import limit_problems, quoted
from tests.cli_runner import briefbot_command
from tests.fake_discord import FakeDiscord, callback_path, followup_path
from tests.fake_discord.journal import Journal
from tests.sample import SHIPPED_SAMPLE

ROOT = Path(__file__).resolve().parents[3]
SAMPLE_CORPUS = SHIPPED_SAMPLE
"""The sample corpus as shipped (``tests.sample``), never the project's ``corpus/``: a project gets a copy."""
NO_PINGS = {"parse": []}
WAIT = 10.0
"""How long a test waits for something the bot should do promptly (generous for a loaded machine)."""


@dataclass(frozen=True)
class OutputLine:
    """One line the bot printed, and on which stream."""

    stream: str
    text: str


class BotProcess:
    """The real bot, started in ``project`` (a folder holding ``corpus/``) against ``fake``."""

    def __init__(self, fake: FakeDiscord, project: Path, **settings: str) -> None:
        self.fake = fake
        self.project = project
        self.settings = settings
        self.lines: Journal[OutputLine] = Journal()
        self.returncode: int | None = None
        self._process: asyncio.subprocess.Process | None = None
        self._readers: list[asyncio.Task[None]] = []

    async def start(self, *, timeout: float = 30.0) -> None:
        """Start the bot and wait until it is connected and its slash commands are synced."""
        env = {key: value for key, value in os.environ.items() if not key.startswith(("BRIEFBOT_", "DISCORD_"))}
        env.update(
            BRIEFBOT_DISCORD_API_BASE=self.fake.base_url,
            DISCORD_TOKEN=self.fake.token,
            BRIEFBOT_GUILD_ID=str(self.fake.world.guild_id),
            **self.settings,
        )
        self._process = await asyncio.create_subprocess_exec(
            *briefbot_command(),
            "discord",
            cwd=self.project,
            env=env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        self._readers = [
            asyncio.create_task(self._read("stdout", self._process.stdout)),
            asyncio.create_task(self._read("stderr", self._process.stderr)),
        ]
        try:
            await self.fake.wait_until_ready(timeout=timeout)
            await self.wait_for_line(r"INFO +briefbot\.discord: connected as ", timeout=timeout)
        except TimeoutError as error:
            raise AssertionError(f"the bot did not start; it printed:\n{self.output()}") from error

    async def stop(self) -> int:
        """Stop the bot as a service manager would (SIGTERM) and return its exit code."""
        if self._process is None:
            raise RuntimeError("the bot was not started")
        if self._process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self._process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self._process.wait(), WAIT)
            except TimeoutError:
                self._process.kill()
                await self._process.wait()
        for reader in self._readers:
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        self.returncode = self._process.returncode
        return self.returncode

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    def mark(self) -> int:
        """The position of the next output line: pass it as ``since`` to look only at what comes after."""
        return self.lines.mark()

    async def wait_for_line(self, pattern: str, *, since: int = 0, timeout: float = WAIT) -> str:
        """The first output line at or after ``since`` in which ``pattern`` (a regular expression) is found."""
        compiled = re.compile(pattern)
        line = await self.lines.wait_for(
            lambda item: compiled.search(item.text) is not None, since=since, timeout=timeout, what=f"line {pattern!r}"
        )
        return line.text

    def lines_matching(self, pattern: str, *, since: int = 0) -> list[str]:
        compiled = re.compile(pattern)
        return [item.text for item in self.lines.matching(lambda item: compiled.search(item.text) is not None, since)]

    def output(self, since: int = 0) -> str:
        """Everything the bot printed (both streams, in the order read) from ``since``."""
        return "\n".join(item.text for item in list(self.lines)[since:])

    async def _read(self, stream: str, reader: asyncio.StreamReader | None) -> None:
        if reader is None:
            return
        while line := await reader.readline():
            self.lines.append(OutputLine(stream, line.decode("utf-8", "replace").rstrip("\n")))


def make_project(folder: Path, corpus: Path = SAMPLE_CORPUS) -> Path:
    """A folder to run the bot from, holding a copy of ``corpus`` as ``corpus/``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(corpus, folder / "corpus")
    return folder


def corpus_words(corpus: Path) -> str:
    """Every corpus file's text on one line, to check that quotes come from it."""
    return " ".join(" ".join(path.read_text(encoding="utf-8").split()) for path in sorted(corpus.rglob("*.*")))


def sent_ok(request: Any) -> bool:
    """Whether the fake answered a recorded request with success (a failure it injected is not)."""
    return request.status < 300


async def ask(fake: FakeDiscord, question: str, *, timeout: float = WAIT, **options: Any) -> tuple[dict, Any]:
    """Type ``/ask question`` and wait for the followup that answers it; returns the interaction and followup."""
    mark = fake.requests.mark()
    interaction = await fake.send_slash_command("ask", {"question": question}, **options)
    await fake.wait_for_request("POST", callback_path(interaction), since=mark, timeout=timeout, predicate=sent_ok)
    followup = await fake.wait_for_request(
        "POST", followup_path(interaction), since=mark, timeout=timeout, predicate=sent_ok
    )
    return interaction, followup


def answer_problems(payload: dict[str, Any], corpus_text: str) -> list[str]:
    """What is wrong with a posted answer: limits, pings, embeds without quotes or quotes not from the corpus."""
    problems = limit_problems(payload)
    mentions = payload.get("allowed_mentions") or {}
    if mentions.get("parse") != [] or mentions.get("users") or mentions.get("roles") or mentions.get("replied_user"):
        problems.append(f"allowed_mentions {mentions}")
    embeds = payload.get("embeds") or []
    if not embeds:
        problems.append("no embeds")
    for number, embed in enumerate(embeds):
        quote = quoted(embed.get("description", "")).removesuffix("…").strip()
        if not quote:
            problems.append(f"embed {number} quotes nothing")
        elif quote not in corpus_text:
            problems.append(f"embed {number} quotes what the corpus does not say: {quote[:80]!r}")
    return problems
