"""Run the installed ``briefbot`` command in a subprocess, isolated from the developer's settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def briefbot_command() -> list[str]:
    """The console script installed beside this Python, else the module."""
    script = Path(sys.executable).parent / "briefbot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot.cli"]


def run(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``briefbot ARGS`` in ``cwd`` with no BRIEFBOT_ variables but those given."""
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
