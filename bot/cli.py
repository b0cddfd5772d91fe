"""The ``briefbot`` command line: build the index, ask questions in a terminal."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import click

from bot.index_access import WAITING, open_searcher, summary_line
from bot.progress import file_progress
from bot.render.as_json import answer_to_dict
from bot.render.terminal import render_answer
from bot.settings import Settings, load_settings
from index.builder import BuildReport, build_index, update_index
from index.corpus import check_corpus_folder
from index.errors import BriefbotError, IndexCorruptError
from index.search import Searcher
from index.store import verify_index
from index.watch import watch_corpus

_FOLDER = click.Path(path_type=Path, file_okay=False)
_CORPUS_OPTION = click.option(
    "--corpus", "corpus_dir", type=_FOLDER, help="Corpus folder. [default: BRIEFBOT_CORPUS_DIR or corpus/]"
)
_INDEX_OPTION = click.option(
    "--index", "index_dir", type=_FOLDER, help="Index folder. [default: BRIEFBOT_INDEX_DIR or .briefbot/index/]"
)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="briefbot", prog_name="briefbot")
def cli() -> None:
    """Ask questions of press-briefing transcripts and news articles, and get back the passages that answer
    them, quoted word for word with their sources.

    \b
    Quick start:
      briefbot ask "when was Nusra last struck?"
      briefbot index build --corpus corpus/

    Settings come from BRIEFBOT_* environment variables or a .env file (see .env.example).
    """


@cli.group("index")
def index_group() -> None:
    """Build the search index from the corpus folder, keep it current, check it."""


@index_group.command("build")
@_CORPUS_OPTION
@_INDEX_OPTION
def build_command(corpus_dir: Path | None, index_dir: Path | None) -> None:
    """Rebuild the whole index from the corpus (.txt and .md files, recursively).

    Shows a progress bar on a terminal, then a summary: files read, passages, and every file skipped with
    the reason. The previous index stays usable until the new one is complete.
    """
    settings = load_settings()
    corpus, folder = _folders(settings, corpus_dir, index_dir)
    with file_progress("indexing") as progress:
        report = build_index(corpus, folder, progress=progress, on_wait=lambda: _note(WAITING))
    click.echo(_build_summary(report, folder))


@index_group.command("update")
@_CORPUS_OPTION
@_INDEX_OPTION
def update_command(corpus_dir: Path | None, index_dir: Path | None) -> None:
    """Bring the index up to date, reading only the files added or changed since it was built.

    Files whose size and modification time are unchanged are not read; a file that was only touched is
    recognised by its content hash. The result is the same index `briefbot index build` would write. Without
    an index (or one from another briefbot version or corpus folder) it reads every file.
    """
    settings = load_settings()
    corpus, folder = _folders(settings, corpus_dir, index_dir)
    with file_progress("updating") as progress:
        report = update_index(corpus, folder, progress=progress, on_wait=lambda: _note(WAITING))
    if report.changes is not None and report.changes.rebuilt:
        _note(f"read every file: {report.changes.rebuilt}")
    click.echo(_build_summary(report, folder))


@index_group.command("watch")
@_CORPUS_OPTION
@_INDEX_OPTION
@click.option(
    "--debounce",
    "debounce_ms",
    type=click.IntRange(50, 60_000),
    default=1000,
    show_default=True,
    help="Milliseconds of quiet to wait for after a change before updating (at most 10x that while changes go on).",
)
def watch_command(corpus_dir: Path | None, index_dir: Path | None, debounce_ms: int) -> None:
    """Keep the index current: update it now, then whenever files are added, changed or removed.

    Each update reads only the changed files and then switches the index over in one step, so a running
    bot or `briefbot ask` uses the new passages at once, without a restart. Stop with Ctrl-C.
    """
    settings = load_settings()
    corpus, folder = _folders(settings, corpus_dir, index_dir)
    check_corpus_folder(corpus)

    def updated(report: BuildReport) -> None:
        click.echo(summary_line(report))
        for item in report.skipped:
            click.echo(f"  skipped {item.path}: {item.reason}")

    watch_corpus(
        corpus,
        folder,
        on_update=updated,
        on_error=lambda message: _note(f"error: {message}"),
        debounce_ms=debounce_ms,
        on_ready=lambda: _note(f"watching {corpus} for changes (Ctrl-C to stop)"),
    )
    _note("stopped watching")


@index_group.command("verify")
@_INDEX_OPTION
def verify_command(index_dir: Path | None) -> None:
    """Check every file of the index against its checksum (opening an index checks only what is quick)."""
    settings = load_settings()
    folder = index_dir or settings.index_dir
    problems = verify_index(folder)
    if problems:
        raise IndexCorruptError(
            f"index in {folder} is damaged ({'; '.join(problems)}); rebuild it with `briefbot index build`"
        )
    click.echo(f"index in {folder} is intact")


@cli.command("ask")
@click.argument("question")
@_INDEX_OPTION
@_CORPUS_OPTION
@click.option("--k", "k", type=click.IntRange(1, 50), help="How many passages to show. [default: BRIEFBOT_TOP_K or 5]")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def ask_command(question: str, index_dir: Path | None, corpus_dir: Path | None, k: int | None, as_json: bool) -> None:
    """Answer QUESTION with the best passages from the index.

    Each passage is quoted word for word with its speaker, date, document title and link. Use QUESTION "-"
    to read one question a line from standard input and print one JSON object a line (JSON Lines), loading
    the index once. When the index is missing or older than the corpus, it is built first.

    \b
    JSON shape:
      {"question": str, "matched": int,
       "passages": [{"text", "score", "title", "url", "date", "speaker", "source_path", ...}]}
    """
    settings = load_settings()
    corpus, folder = _folders(settings, corpus_dir, index_dir)
    count = k or settings.top_k
    with file_progress("indexing") as progress:
        searcher = open_searcher(corpus, folder, notify=_note, progress=progress)
    if question == "-":
        _answer_lines(searcher, count)
        return
    answer = searcher.ask(question, count)
    if as_json:
        _print_json(answer_to_dict(answer))
    else:
        click.echo(render_answer(answer, style=_stdout_styled(), width=_width()))


def _answer_lines(searcher: Searcher, k: int) -> None:
    for line in sys.stdin:
        _print_json(answer_to_dict(searcher.ask(line.rstrip("\r\n"), k)))
        sys.stdout.flush()


def _folders(settings: Settings, corpus_dir: Path | None, index_dir: Path | None) -> tuple[Path, Path]:
    return corpus_dir or settings.corpus_dir, index_dir or settings.index_dir


def _build_summary(report: BuildReport, folder: Path) -> str:
    lines = [f"{summary_line(report)} → {folder}"]
    if report.files == 0:
        lines.append("the corpus has no documents yet: add .txt or .md files to it and build again")
    if report.skipped:
        lines.append(f"skipped {len(report.skipped)}:")
        lines.extend(f"  {item.path}: {item.reason}" for item in report.skipped)
    return "\n".join(lines)


def _print_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False))


def _note(message: str) -> None:
    click.echo(f"briefbot: {message}", err=True)


def _stdout_styled() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _width() -> int:
    return min(100, shutil.get_terminal_size((88, 24)).columns)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; errors become one line on standard error and a non-zero exit code."""
    try:
        result = cli.main(args=argv, prog_name="briefbot", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("briefbot: aborted", err=True)
        return 130
    except KeyboardInterrupt:
        click.echo("briefbot: interrupted", err=True)
        return 130
    except BriefbotError as error:
        click.echo(f"briefbot: error: {error}", err=True)
        return 1
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except Exception as error:  # a last resort: one line, the traceback only when asked for
        if os.environ.get("BRIEFBOT_DEBUG"):
            raise
        click.echo(
            f"briefbot: unexpected error: {type(error).__name__}: {error} (set BRIEFBOT_DEBUG=1 to see the traceback)",
            err=True,
        )
        return 1
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
