"""Run the ``briefbot`` command isolated from the developer's settings: in this process through click's test
runner (``run``), or as the installed command in a subprocess (``run_process``) where the process is what is
tested (the entry point, signals, exit by a kill)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from click import formatting
from click.testing import CliRunner

from bot import cli


def briefbot_command() -> list[str]:
    """The console script installed beside this Python, else the module."""
    script = Path(sys.executable).parent / "briefbot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def _settings(env: dict[str, str] | None) -> dict[str, str | None]:
    """The environment changes that leave no BRIEFBOT_ or DISCORD_ variable but those given."""
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith(("BRIEFBOT_", "DISCORD_"))}
    return {**unset, **(env or {})}


def run(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``briefbot ARGS`` in ``cwd`` in this process (``main`` as the console script calls it, starting as a new
    process would), with no BRIEFBOT_ variables but those given; ``timeout`` is not used here."""
    for value in vars(cli).values():  # what the command does once a process (warnings, the token to hide)
        if hasattr(value, "cache_clear"):
            value.cache_clear()
    before = Path.cwd()
    with CliRunner().isolation(input=stdin, env=_settings(env)) as (stdout, stderr, _):
        formatting.FORCED_WIDTH = None  # the width comes from COLUMNS, as in a terminal
        os.chdir(cwd)
        try:
            returncode = cli.main(list(args))
        except SystemExit as exit:
            returncode = exit.code if isinstance(exit.code, int) else 1
        finally:
            os.chdir(before)
            sys.stdout.flush()
            sys.stderr.flush()
        out, err = stdout.getvalue().decode(), stderr.getvalue().decode()
    return subprocess.CompletedProcess(["briefbot", *args], returncode, out, err)


def run_process(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the installed ``briefbot ARGS`` in a subprocess in ``cwd`` with no BRIEFBOT_ variables but those given."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "DISCORD_"))}
    clean.update(env or {})
    return subprocess.run(
        [*briefbot_command(), *args], cwd=cwd, input=stdin, capture_output=True, text=True, env=clean, timeout=timeout
    )


def run_json(*args: str, cwd: Path, **kwargs: Any) -> Any:
    """Run and parse standard output as one JSON value; fails loudly with stderr on a non-zero exit."""
    result = run(*args, cwd=cwd, **kwargs)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
