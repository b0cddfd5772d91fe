"""Run the ``briefbot`` command isolated from the developer's settings: in this process through click's test
runner (``run``), or as the installed command in a subprocess (``run_process``) where the process is what is
tested (the entry point, signals, exit by a kill)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import warnings
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


# Caches that hold only what a word gives, the same in every process: kept between runs (refilling them is slow).
_PURE = frozenset({"index.analyzer._word_terms", "index.analyzer._word_term_list"})


def _clear_caches() -> None:
    """Empty what the library and the faces remember once per process (warnings said, the token, the model, the
    code's fingerprint), so that each run starts as a new process would."""
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("bot", "index"):
            for value in list(vars(module).values()):
                if hasattr(value, "cache_clear") and f"{name}.{getattr(value, '__name__', '')}" not in _PURE:
                    value.cache_clear()


class _Expired(BaseException):
    """The run's time is up (not an ``Exception``, which the command would report as its own error)."""


def _expired(*_: object) -> None:
    raise _Expired


def _print_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int, *_: object) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno))


def run(
    *args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``briefbot ARGS`` in ``cwd`` in this process (``main`` as the console script calls it, starting as a new
    process would: empty caches, Python's default warning filters with warnings printed to stderr, the exit code
    ``SystemExit`` gives), with no BRIEFBOT_ variables but those given; after ``timeout`` seconds it raises
    ``subprocess.TimeoutExpired`` as ``run_process`` does, instead of hanging (in the main thread: a run in another
    thread has no timeout)."""
    _clear_caches()
    before = Path.cwd()
    timed = threading.current_thread() is threading.main_thread()  # only there can a signal stop it
    previous = signal.signal(signal.SIGALRM, _expired) if timed else None
    if timed:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    with CliRunner().isolation(input=stdin, env=_settings(env)) as (stdout, stderr, _), warnings.catch_warnings():
        warnings.resetwarnings()
        for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
            warnings.simplefilter("ignore", category)
        warnings.showwarning = _print_warning
        formatting.FORCED_WIDTH = None  # the width comes from COLUMNS, as in a terminal
        os.chdir(cwd)
        try:
            returncode = cli.main(list(args))
        except SystemExit as exit:
            if not isinstance(exit.code, int | None):
                print(exit.code, file=sys.stderr)
            returncode = exit.code if isinstance(exit.code, int) else 0 if exit.code is None else 1
        except _Expired:
            raise subprocess.TimeoutExpired(["briefbot", *args], timeout) from None
        finally:
            if timed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
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
