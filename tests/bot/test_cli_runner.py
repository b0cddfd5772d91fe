"""The in-process runner behaves as the command run as a new process would: a hang is a failure after
``timeout``, ``sys.exit()`` is success, a warning reaches stderr, and nothing is remembered from an earlier run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

import bot.settings
from bot import cli
from index import digest_cache, meaning
from tests.cli_runner import run


def test_a_run_that_blocks_fails_after_its_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo(tmp_path / ".env")
    monkeypatch.setattr(bot.settings, "check_regular", lambda *_: None)  # the FIFO check lost: reading blocks
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        run("ask", "ferry", cwd=tmp_path, timeout=1)
    assert time.monotonic() - started < 10



@pytest.mark.parametrize(("code", "returncode", "stderr"), [(None, 0, ""), (3, 3, ""), ("stopped", 1, "stopped\n")])
def test_exit_codes_and_warnings_are_those_of_a_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: object, returncode: int, stderr: str
) -> None:
    seen: list[int] = []

    def main(args: list[str]) -> int:
        seen.extend((meaning.load_model.cache_info().currsize, digest_cache.code_fingerprint.cache_info().currsize))
        warnings.warn("the ferry is late", UserWarning, stacklevel=1)
        warnings.warn("an old way", DeprecationWarning, stacklevel=1)  # hidden in a process, as here
        sys.exit(code)

    meaning.load_model(meaning.NO_MODEL)
    digest_cache.code_fingerprint()
    monkeypatch.setattr(cli, "main", main)
    result = run("ask", "ferry", cwd=tmp_path)
    assert seen == [0, 0]  # a new process has loaded no model and hashed no code yet
    assert result.returncode == returncode
    assert ": UserWarning: the ferry is late\n" in result.stderr and result.stderr.endswith(stderr)
    assert "old way" not in result.stderr
