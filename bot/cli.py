"""The ``briefbot`` command line: build the index, ask questions in a terminal."""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import shlex
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from bot.logging_setup import redact_secrets
from bot.progress import file_progress
from bot.question_rules import EMPTY_QUESTION, MAX_LINE_CHARS, question_problem
from bot.remedies import for_terminal
from bot.render.as_json import answer_to_dict
from bot.render.discord_text import CONTROL
from bot.render.terminal import one_line, render_answer
from bot.settings import Settings, index_folder_of, load_settings, open_library, unknown_settings
from index import (
    EMPTY_CORPUS,
    RENAMES_SETTING,
    WAITING,
    AddPlan,
    AddRefused,
    BriefbotError,
    BuildReport,
    DocumentKind,
    ErrorKind,
    Library,
    Metadata,
    ReportView,
    Searcher,
    SkipFile,
    checked_url,
    native_engine,
    parse_date,
    report_record,
    report_view,
    suggest,
)

T = TypeVar("T")
_FOLDER = click.Path(path_type=Path, file_okay=False)
_CORPUS_OPTION = click.option(
    "--corpus", "corpus_dir", type=_FOLDER, help="Corpus folder. [default: BRIEFBOT_CORPUS_DIR or corpus/]"
)
_INDEX_OPTION = click.option(
    "--index",
    "index_dir",
    type=_FOLDER,
    help="Index folder. [default: BRIEFBOT_INDEX_DIR for BRIEFBOT_CORPUS_DIR; .briefbot/index/ for corpus/ or "
    "BRIEFBOT_CORPUS_DIR unless another corpus's index is there; else .briefbot/indexes/NAME-HASH/]",
)
_STRICT_OPTION = click.option("--strict", is_flag=True, help="Exit with status 1 when any file was skipped.")
_JSON_SUMMARY_OPTION = click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="briefbot", prog_name="briefbot")
def cli() -> None:
    """Ask questions of press-briefing transcripts and news articles, and get back the passages that answer
    them, quoted word for word with their sources.

    \b
    Quick start:
      briefbot ask "when was Nusra last struck?"
      briefbot index build

    Settings come from BRIEFBOT_* environment variables or a .env file in the folder you run briefbot from; the
    file .env.example in the project folder lists them all (a hidden file: `ls -a` shows it).
    """


@cli.group("index")
def index_group() -> None:
    """Build the search index from the corpus folder, keep it current, check it."""


@index_group.command("build")
@_CORPUS_OPTION
@_INDEX_OPTION
@_STRICT_OPTION
@_JSON_SUMMARY_OPTION
def build_command(corpus_dir: Path | None, index_dir: Path | None, strict: bool, as_json: bool) -> None:
    """Rebuild the whole index from the corpus (.txt, .md, .html, .htm and .pdf files, recursively).

    Shows a progress bar on a terminal, then a summary: files read, passages, and every file skipped with
    the reason. The previous index stays usable until the new one is complete. A file that cannot be used
    (empty, binary, unreadable, malformed front matter, over BRIEFBOT_MAX_FILE_MB, ...) is skipped and the
    rest is indexed; the exit status is 0 unless --strict is given.

    \b
    JSON shape (--json):
      {"files": int, "passages": int, "skipped": [{"path", "reason"}], "warnings": [{"path", "message"}],
       "index": str, "seconds": float, "documents": [{"path", "date": str|null, "date_source": str}]}
      date_source: front matter, sidecar, html meta, html header, text header, title, file name or none
    """
    _write_index(_library(corpus_dir, index_dir), Library.build, "indexing", strict, as_json)


@index_group.command("update")
@_CORPUS_OPTION
@_INDEX_OPTION
@_STRICT_OPTION
@_JSON_SUMMARY_OPTION
def update_command(corpus_dir: Path | None, index_dir: Path | None, strict: bool, as_json: bool) -> None:
    """Bring the index up to date, reading only the files added or changed since it was built.

    Files whose size and modification time (and those of their NAME.meta.toml) are unchanged are not read;
    a file that was only touched is recognised by its content hash. The result is the same index `briefbot
    index build` would write, with the same summary; when files were only added, it keeps the index as it is
    and adds a segment for them (docs/index-on-disk.md). Without an index (or one from an older briefbot
    version or from a corpus folder since moved or renamed), or when the alias groups in aliases.toml, the
    reading limits or briefbot's reading code changed, it reads every file. An index written by a newer
    briefbot, or built from another corpus folder still on disk, is left alone (`index build` replaces it).

    \b
    JSON shape (--json): as `index build --json`, plus
      "changes": {"added", "changed", "removed", "unchanged", "unread": int, "rebuilt": str|null}
    """
    _write_index(_library(corpus_dir, index_dir), Library.update, "updating", strict, as_json)


def _write_index(library: Library, write: Callable[..., BuildReport], label: str, strict: bool, as_json: bool) -> None:
    """Build or update the library's index with a progress bar, then print its summary (or its JSON)."""
    with file_progress(label) as progress:
        report = write(library, progress=progress, on_wait=lambda: _note(WAITING))
    view = report_view(report)
    if view.rebuilt:
        _note(view.rebuilt)
    if as_json:
        click.echo(json_text(report_record(report, library.index_dir)))
    else:
        click.echo(_build_summary(view, library.index_dir))
    if strict and report.skipped:
        files = "file" if len(report.skipped) == 1 else "files"
        raise BriefbotError(f"{len(report.skipped)} {files} skipped with --strict; the index was built without them")


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
    library = _library(corpus_dir, index_dir)
    logging.getLogger("watchfiles").setLevel(logging.ERROR)  # its own "stopping watch" line on Ctrl-C

    def updated(report: BuildReport) -> None:
        view = report_view(report)
        click.echo(one_line(view.summary))
        for line in view.problem_lines():
            click.echo(f"  {one_line(line)}")

    library.watch(
        on_update=updated,
        on_error=lambda message: _note(f"error: {message}"),
        debounce_ms=debounce_ms,
        on_ready=lambda: _note(f"watching {library.corpus_dir} for changes (Ctrl-C to stop)"),
    )
    _note("stopped watching")


@index_group.command("verify")
@_CORPUS_OPTION
@_INDEX_OPTION
def verify_command(corpus_dir: Path | None, index_dir: Path | None) -> None:
    """Check every file of the index against its checksum (opening an index checks only what is quick)."""
    library = _library(corpus_dir, index_dir)
    try:
        library.verify()
    except BriefbotError as error:
        if error.kind is not ErrorKind.INDEX_MISSING or library.corpus_dir.is_dir():
            raise
        # building one would fail too: the corpus to build it from is missing, and that is what to put right
        missing = f"{error}, and corpus folder {library.corpus_dir} does not exist"
        raise BriefbotError(missing, kind=ErrorKind.CORPUS_MISSING) from None
    click.echo(f"index in {library.index_dir} is intact")


@cli.command("ask")
@click.argument("question")
@_INDEX_OPTION
@_CORPUS_OPTION
@click.option("--k", "k", type=click.IntRange(1, 50), help="How many passages to show. [default: BRIEFBOT_TOP_K or 5]")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "discord"]),
    default="text",
    show_default=True,
    help="discord: the message the Discord bot would post (with --json: its exact payload).",
)
def ask_command(
    question: str, index_dir: Path | None, corpus_dir: Path | None, k: int | None, as_json: bool, output_format: str
) -> None:
    """Answer QUESTION with the best passages from the index.

    Each passage is quoted word for word with its speaker, date, document title and link. Use QUESTION "-"
    to read one question a line from standard input and print one JSON object a line (JSON Lines), loading
    the index once (a blank line: an answer with no passages; a line too long: {"question", "error"}, and
    exit 1 at the end). When the index is missing or older than the corpus, it is built first (never over
    the index of another corpus folder: `index build` replaces that). An empty
    question, or one longer than 1000 characters, is refused (exit 2); the length counts the words and one
    space between each, not spaces around them or invisible characters (the question is searched and
    echoed without those; over 10,000 characters as typed, it is refused unread).

    A "when" question leads with one line naming the date its passages give ("Latest date found: 3 Oct
    2016, in <title>" for "when was Nusra last struck?"); matched words are in bold on a terminal.

    \b
    JSON shape:
      {"question": str, "matched": int, "answer_date": "YYYY-MM-DD" | null,
       "answer_line": str | null, "not_found": [str], "not_named": str | null,
       "passages": [{"text", "score", "title", "url", "date", "dates", "speaker",
                     "source_path", "context", "also_in", "page", "section", "marks", ...}]}
    With --format discord --json:
      {"content": str|null, "embeds": [...], "allowed_mentions": {...}, "components": [...]}
    """
    from bot.question import clean_question

    from_stdin = question == "-"
    if not from_stdin and (problem := question_problem(question)):
        raise click.UsageError(problem)
    settings = _settings()
    library = open_library(settings, corpus_dir, index_dir)
    searcher = _current_searcher(library)
    refused = 0
    for number, text in enumerate((line.rstrip("\r\n") for line in sys.stdin) if from_stdin else [question], 1):
        problem = question_problem(text)
        if from_stdin and problem and problem != EMPTY_QUESTION:
            refused += 1
            _note(f"error: line {number}: {problem}")
            click.echo(json_text({"question": clean_question(text[:MAX_LINE_CHARS]), "error": problem}))
        else:
            shown = k or settings.top_k
            asked = clean_question(text)  # searched and shown as the Discord bot does: no invisible characters
            click.echo(_answer_text(searcher, asked, shown, settings, as_json or from_stdin, output_format))
        sys.stdout.flush()
    if refused:
        raise click.exceptions.Exit(1)


def _answer_text(searcher: Searcher, question: str, k: int, settings: Settings, as_json: bool, output: str) -> str:
    """The answer as text or one line of JSON; ``discord`` output: what the Discord bot would post (its payload)."""
    if output == "discord":
        from bot.question import discord_answer
        from bot.render.discord_preview import render_preview

        _, reply = discord_answer(searcher, question, k, settings.public_base_url)
        return json_text(reply.to_dict()) if as_json else render_preview(reply)
    answer = searcher.ask(question, k)
    if as_json:
        return json_text(answer_to_dict(answer))
    styled = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return render_answer(answer, style=styled, width=min(100, shutil.get_terminal_size((88, 24)).columns))


@cli.command("info")
@_CORPUS_OPTION
@_INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def info_command(corpus_dir: Path | None, index_dir: Path | None, as_json: bool) -> None:
    """Show the corpus, its index (age, documents, passages, bytes on disk with the digest cache; or why it
    cannot be used: missing, damaged, of another corpus), the settings in force, whether the fast C engine is
    compiled and the meaning model in use. Nothing is built or changed; the token is never shown.

    \b
    JSON shape (--json):
      {"corpus": str, "corpus_found": bool, "index": str, "index_problem": str|null, "built": str|null,
       "age_seconds": float|null, "documents": int|null, "passages": int|null, "bytes": int|null,
       "previous_bytes": int,
       "meaning_model": str, "index_meaning_model": str|null, "fast_engine": bool,
       "discord_token": "set"|"not set", "settings": {"BRIEFBOT_NAME": value, ...}}
    """
    settings = _settings()
    library = open_library(settings, corpus_dir, index_dir)
    state = library.state()
    age = (datetime.now(UTC) - state.built).total_seconds() if state.built else None
    values = settings.model_dump(mode="json", exclude={"discord_token"})
    record: dict[str, Any] = {
        "corpus": str(library.corpus_dir),
        "corpus_found": library.corpus_dir.is_dir(),
        "index": str(library.index_dir),
        "index_problem": str(state.problem) if state.problem else None,
        "built": state.built.isoformat() if state.built else None,
        "age_seconds": round(age, 1) if age is not None else None,
        "documents": state.documents,
        "passages": state.passages,
        "bytes": state.bytes,
        "previous_bytes": state.previous_bytes,
        "meaning_model": library.model,
        "index_meaning_model": state.meaning_model,
        "fast_engine": native_engine(),
        "discord_token": "set" if settings.discord_token is not None else "not set",
        "settings": {f"BRIEFBOT_{name.upper()}": value for name, value in values.items()},
    }
    if as_json:
        click.echo(json_text(record))
        return
    found = "" if record["corpus_found"] else " (not found)"
    lines = [f"corpus:   {library.corpus_dir}{found}", f"index:    {library.index_dir}"]
    if state.problem:
        lines.append(f"          {for_terminal(state.problem, _folder_options(corpus_dir, index_dir))}")
        own = index_folder_of(settings, library.corpus_dir)
        if state.problem.kind is ErrorKind.INDEX_OF_ANOTHER_CORPUS and own != library.index_dir:
            lines.append(f"          (this corpus's own index: {own})")
    else:
        built = f"{state.built:%Y-%m-%d %H:%M} UTC, {_age_text(age)} ago" if age is not None else "?"
        lines.append(f"built:    {built}")
        lines.append(f"size:     {state.documents} documents, {state.passages} passages, {state.bytes:,} bytes on disk")
        if state.previous_bytes:
            lines.append(f"          {state.previous_bytes:,} of them in the previous generation, kept for readers; "
                         "the next build, or update that changes the index, removes it")
    model = library.model
    if state.meaning_model and state.meaning_model != model:
        model += f" (the index was built with {state.meaning_model}: the next update rebuilds it)"
    engine = "fast C engine compiled" if native_engine() else "C engine not compiled (numpy does the work, slower)"
    lines += [f"meaning:  {model}", f"engine:   {engine}", f"token:    Discord token {record['discord_token']}"]
    lines.append("settings:")
    unused = settings.index_dir.expanduser().resolve() != library.index_dir.expanduser().resolve()
    for name, value in record["settings"].items():
        note = " (not used for this corpus)" if name == "BRIEFBOT_INDEX_DIR" and unused else ""
        lines.append(f"  {name}={'' if value is None else value}{note}")
    click.echo("\n".join(one_line(line) if line.strip() else line for line in lines))


def _age_text(seconds: float) -> str:
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{max(0, int(seconds))} seconds"


@cli.group("aliases")
def aliases_group() -> None:
    """Names and their aliases (aliases.toml in the corpus folder)."""


@aliases_group.command("suggest")
@_INDEX_OPTION
@_CORPUS_OPTION
def aliases_suggest_command(index_dir: Path | None, corpus_dir: Path | None) -> None:
    """Print alias groups for the renames the corpus states.

    A sentence such as "Avel Water, formerly the Avel Valley Water Board", "X, now called Y", "which
    renamed itself Y", "X became Y in 2019" or "the Regional Food Security Monitor (RFSM)" links two
    names. Each group is printed as a line for the [groups] table of aliases.toml, under the sentences
    that link its names; copy the ones you accept into the file. Names aliases.toml already holds
    together are not suggested again. Questions already find a body under the names the corpus states
    for it (BRIEFBOT_STATED_RENAMES=off stops that); a group in aliases.toml also marks every name in
    the index.
    """
    searcher = _current_searcher(_library(corpus_dir, index_dir), progress=False)
    index = searcher.index
    texts = ((passage.text, index.sources[passage.doc].path) for passage in index.passages)
    suggestions = suggest(texts, index.aliases)
    if not suggestions:
        click.echo("# no renames found in the corpus that aliases.toml does not already group")
        return
    groups = "alias group" if len(suggestions) == 1 else "alias groups"
    click.echo(f"# {len(suggestions)} {groups} the corpus states; copy the ones you accept into [groups]")
    click.echo(f"# (questions already find a body by each name stated for it; {RENAMES_SETTING}=off stops that)")
    for suggestion in suggestions:
        click.echo()
        for rename in suggestion.evidence[:3]:
            click.echo(f"# {rename.where}: {_shorten(rename.evidence)}")
        if suggestion.extends:
            click.echo(f"# adds to your group {suggestion.extends!r}: merge these names into it")
        click.echo(suggestion.toml())


def _shorten(text: str, size: int = 160) -> str:
    return text if len(text) <= size else text[: size - 1].rsplit(" ", 1)[0] + " …"


@cli.command("add")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PATH...")
@click.option("--title", help="The document's title (one file only).")
@click.option("--url", help="The document's source link, http(s)://… (one file only).")
@click.option("--date", "when", metavar="YYYY-MM-DD", help="The document's date.")
@click.option(
    "--kind", type=click.Choice([k.value for k in DocumentKind]), help="Split as a transcript or as an article."
)
@click.option("--folder", metavar="SUBFOLDER", default="", help="Put the files in this sub-folder of the corpus.")
@_CORPUS_OPTION
@_INDEX_OPTION
def add_command(
    paths: tuple[Path, ...],
    title: str | None,
    url: str | None,
    when: str | None,
    kind: str | None,
    folder: str,
    corpus_dir: Path | None,
    index_dir: Path | None,
) -> None:
    """Copy transcripts and articles (.txt, .md, .html, .htm, .pdf) into the corpus and update the index.

    Every file is checked first (it must be readable and hold passages); if any cannot be added, nothing is
    copied. A file whose content is already in the corpus is not copied again. A file never replaces another:
    when its name is taken, it gets a free one (name-2.pdf). The metadata given goes into a text file's front
    matter, or into a sidecar NAME.meta.toml beside a web page or PDF.

    \b
    Examples:
      briefbot add ~/Downloads/briefing.pdf --date 2016-10-04 --url https://www.example.gov/b/2016-10-04
      briefbot add saved/*.html --folder articles
    """
    if len(paths) > 1 and (title or url):
        raise click.UsageError("--title and --url describe one document: add the files one at a time")
    if title is not None and CONTROL.search(title.replace("\t", " ").replace("\n", " ")):
        raise click.BadParameter("holds control characters; give the title as plain text", param_hint="--title")
    meta = Metadata(
        title=" ".join((title or "").split()) or None,
        url=_checked(url, checked_url, "--url"),
        date=_checked(when, lambda text: parse_date(text.strip(), ""), "--date"),
        kind=DocumentKind(kind) if kind else None,
    )
    library = _library(corpus_dir, index_dir)
    try:
        plan = library.plan_additions(list(paths), meta, _checked_folder(folder))
    except AddRefused as refused:
        if len(paths) == 1 and len(refused.problems) == 1:  # one file, one problem: one line says it all
            raise BriefbotError(refused.problems[0]) from None
        for problem in refused.problems:
            _note(f"error: {problem}")
        raise BriefbotError("nothing was added") from None
    for duplicate in plan.duplicates:
        _note(f"not added: {duplicate.source} has the same content as {duplicate.existing}")
    if not plan.additions:
        raise BriefbotError("nothing was added: the corpus already holds every file given")
    with file_progress("indexing") as progress:
        report = library.add(
            plan, progress=progress, on_wait=lambda: _note(WAITING), on_copied=lambda: click.echo(_added_lines(plan))
        )
    view = report_view(report)
    click.echo(one_line(view.summary))
    added = {item.name for item in plan.additions}
    for warning in view.warnings:  # a file added with a warning (read as Windows-1252) says so, as a build does
        if warning.path in added:
            click.echo(f"  warning: {one_line(warning.path)}: {one_line(warning.message)}")


def _added_lines(plan: AddPlan) -> str:
    lines = []
    for item in plan.additions:
        passages = "passage" if item.passages == 1 else "passages"
        described = ", ".join(
            part for part in (item.document.title, item.document.date and item.document.date.isoformat()) if part
        )
        renamed = f" ({item.displaced} holds a different file)" if item.displaced else ""
        lines.append(one_line(f"added {item.name}{renamed}: {item.passages} {passages} — {described}"))
    return "\n".join(lines)


def _checked(value: str | None, check: Callable[[str], T], option: str) -> T | None:
    """``check(value)``, or None for no value; what ``check`` refuses is a bad ``option``."""
    if value is None:
        return None
    try:
        return check(value)
    except (ValueError, SkipFile) as error:
        raise click.BadParameter(str(error).strip(), param_hint=option) from None


def _checked_folder(folder: str) -> str:
    parts = [part for part in folder.replace("\\", "/").split("/") if part not in ("", ".")]
    if folder.startswith("/") or any(part == ".." or part.startswith(".") for part in parts):
        raise click.BadParameter(f"{folder!r} must be a sub-folder inside the corpus", param_hint="--folder")
    return "/".join(parts)


@cli.command("discord")
@click.option("--sync", "sync_only", is_flag=True, help="Sync the slash commands with Discord, then exit.")
@_CORPUS_OPTION
@_INDEX_OPTION
def discord_command(sync_only: bool, corpus_dir: Path | None, index_dir: Path | None) -> int:
    """Run the Discord bot: /ask, /add, /about, /help, /reindex and questions that mention it.

    The token comes from DISCORD_TOKEN (or BRIEFBOT_DISCORD_TOKEN) in the environment or .env. With
    BRIEFBOT_GUILD_ID set, the slash commands are synced to that server at start (instant); otherwise
    globally (up to an hour to appear). The index is brought up to date first when it is missing or stale,
    and reloaded while the bot runs whenever `briefbot index build`, `update` or `watch` writes a new one.
    Stop it with Ctrl-C.
    """
    from bot.discord.run import run_discord

    settings = _settings()
    library = open_library(settings, corpus_dir, index_dir)
    with file_progress("indexing") as progress:
        return run_discord(
            settings, library.corpus_dir, library.index_dir, sync_only=sync_only, notify=_note, progress=progress
        )


def _settings() -> Settings:
    """The settings, after a warning about each setting name briefbot does not know (once a process)."""
    settings = load_settings()
    _warn_unknown_settings()
    return settings


@functools.cache
def _warn_unknown_settings() -> None:
    for line in unknown_settings(os.environ):
        _note(f"warning: {line}")


def _library(corpus_dir: Path | None, index_dir: Path | None) -> Library:
    return open_library(_settings(), corpus_dir, index_dir)


def _current_searcher(library: Library, progress: bool = True) -> Searcher:
    """A searcher over the library's index, brought up to date first (saying so on standard error)."""
    with file_progress("indexing", enabled=progress) as bar:
        library.ensure_current(_note, progress=bar)
    searcher = library.searcher(notify=_note)
    if not len(searcher.index.rows):  # an empty folder answers nothing: say why, so no one rephrases in vain
        _note(EMPTY_CORPUS)
    return searcher


def _build_summary(view: ReportView, folder: Path) -> str:
    lines = [f"{view.summary} → {folder}", *([view.empty_corpus] if view.empty_corpus else [])]
    if view.skipped:
        lines.append(f"skipped {len(view.skipped)}:")
        lines.extend(f"  {one_line(item.path)}: {one_line(item.reason)}" for item in view.skipped)
    if view.warnings:
        lines.append(f"warnings ({len(view.warnings)}):")
        lines.extend(f"  {one_line(item.path)}: {one_line(item.message)}" for item in view.warnings)
    return "\n".join(lines)


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(value: Any) -> str:
    """``value`` as one line of JSON, UTF-8 kept readable but DEL, C1 controls, line separators and direction
    overrides escaped (``\\u009b``) as JSON escapes C0 controls: none reaches a terminal raw."""
    text = json.dumps(value, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _note(message: str) -> None:
    click.echo(f"briefbot: {_safe(message)}", err=True)


def _safe(message: str) -> str:
    """A message for standard error: on one line, without control characters, the Discord token redacted."""
    return one_line(redact_secrets(message, _known_secrets()))


@functools.cache
def _known_secrets() -> tuple[str, ...]:
    """The Discord token of the settings, if any (read once, and only when a message is shown)."""
    try:
        token = load_settings().discord_token
    except Exception:  # settings that cannot be read hold no token to hide
        return ()
    return (token.get_secret_value(),) if token is not None else ()


def _given_folders(argv: list[str]) -> tuple[str | None, str | None]:
    """The values of --corpus and --index in a command line (None where not given)."""
    found: dict[str, str] = {}
    for n, arg in enumerate(argv):
        name, equals, value = arg.partition("=")
        if name in ("--corpus", "--index"):
            found[name] = value if equals else (argv[n + 1] if n + 1 < len(argv) else "")
    return found.get("--corpus"), found.get("--index")


def _corpus_set() -> bool:
    """Whether BRIEFBOT_CORPUS_DIR (in the environment or .env) names the corpus folder."""
    try:
        return "corpus_dir" in load_settings().model_fields_set
    except BriefbotError:
        return False


def _folder_options(corpus_dir: Path | str | None, index_dir: Path | str | None) -> str:
    """`` --corpus X --index Y`` for the folders given, to repeat in the command a remedy names."""
    given = (("--corpus", corpus_dir), ("--index", index_dir))
    return "".join(f" {name} {shlex.quote(str(value))}" for name, value in given if value)


def _options_after_command(argv: list[str], error: click.UsageError) -> str | None:
    """For an option put before the command that the command takes (``briefbot --corpus DIR ask q``), the command
    line with the options after the command (``briefbot ask q --corpus DIR``); else None."""
    if not isinstance(error, click.NoSuchOption) or error.ctx is None or error.ctx.command is not cli:
        return None
    starts = [n for n, arg in enumerate(argv) if arg in cli.commands and (n == 0 or not _takes_value(argv[n - 1]))]
    if not starts:
        return None
    start = end = starts[0]
    command = cli.commands[argv[start]]
    while isinstance(command, click.Group) and end + 1 < len(argv) and argv[end + 1] in command.commands:
        end += 1
        command = command.commands[argv[end]]
    if error.option_name not in {name for param in command.params for name in param.opts}:
        return None
    return shlex.join(["briefbot", *argv[start:], *argv[:start]])


def _takes_value(arg: str) -> bool:
    """Whether a word is an option whose value is the next word (``--corpus``, not ``--corpus=DIR`` nor a flag
    such as ``--json``)."""
    return arg.startswith("-") and "=" not in arg and arg not in _flag_names(cli)


def _flag_names(command: click.Command) -> frozenset[str]:
    """The names of the options that take no value (``--json``, ``--strict``) in a command and its sub-commands."""
    flags = (param for param in command.params if isinstance(param, click.Option) and param.is_flag)
    names = {name for param in flags for name in param.opts}
    for sub in command.commands.values() if isinstance(command, click.Group) else ():
        names |= _flag_names(sub)
    return frozenset(names)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; errors become one line on standard error and a non-zero exit code."""
    try:
        result = cli.main(args=argv, prog_name="briefbot", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.exceptions.NoArgsIsHelpError as error:
        click.echo(error.ctx.get_help() if error.ctx else cli.get_help(click.Context(cli)))
        return 0
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx else "briefbot"
        moved = _options_after_command(sys.argv[1:] if argv is None else argv, error)
        hint = f" Options go after the command: `{moved}`." if moved else ""
        click.echo(f"briefbot: error: {_safe(error.format_message())}{_safe(hint)} (see `{command} --help`)", err=True)
        return error.exit_code
    except click.ClickException as error:
        click.echo(f"briefbot: error: {_safe(error.format_message())}", err=True)
        return error.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt) as stop:
        click.echo(f"briefbot: {'interrupted' if isinstance(stop, KeyboardInterrupt) else 'aborted'}", err=True)
        return 130
    except BriefbotError as error:
        corpus, index = _given_folders(sys.argv[1:] if argv is None else argv)
        message = for_terminal(error, _folder_options(corpus, index), corpus is None and _corpus_set())
        click.echo(f"briefbot: error: {_safe(message)}", err=True)
        return 1
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except Exception as error:  # a last resort: one line, the traceback only when asked for
        if os.environ.get("BRIEFBOT_DEBUG"):
            raise
        click.echo(
            f"briefbot: unexpected error: {type(error).__name__}: {_safe(str(error))} "
            "(set BRIEFBOT_DEBUG=1 to see the traceback)",
            err=True,
        )
        return 1
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
