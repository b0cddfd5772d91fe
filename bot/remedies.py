"""What to do about a library error, said for each face's user: a command for the terminal, a step in
Discord (or whom to ask) for the bot. The library's messages say what happened; the ``kind`` picks the remedy."""

from __future__ import annotations

from index import BriefbotError, ErrorKind

_REBUILD = "rebuild it with `briefbot index build`"
TERMINAL = {
    ErrorKind.INDEX_MISSING: "build one with `briefbot index build`",
    ErrorKind.INDEX_STALE: _REBUILD,
    ErrorKind.INDEX_DAMAGED: _REBUILD,
    ErrorKind.INDEX_OF_ANOTHER_CORPUS: "leave out --index (and BRIEFBOT_INDEX_DIR) to use this corpus's own index, "
    "or replace the other corpus's with `briefbot index build`",
    ErrorKind.INDEX_NEWER: "upgrade briefbot, or " + _REBUILD,
    ErrorKind.BUSY: "wait for it to finish, then try again",
    ErrorKind.CORPUS_MISSING: "run briefbot in the folder that holds it, or name it with `--corpus DIR`",
}
"""The remedy a person at a terminal is given, by kind (none where the message says all)."""
CORPUS_FROM_SETTING = (
    "it is the folder BRIEFBOT_CORPUS_DIR names (in the environment or .env): correct that, or name another with "
    "`--corpus DIR`"
)
"""The remedy for a missing corpus folder that came from the setting rather than from ``--corpus``."""

_REINDEX = "someone with the Manage Server permission can rebuild it from here with /reindex"
DISCORD = {
    ErrorKind.INDEX_MISSING: _REINDEX,
    ErrorKind.INDEX_STALE: _REINDEX,
    ErrorKind.INDEX_DAMAGED: _REINDEX,
    ErrorKind.INDEX_NEWER: "ask the bot's admin to upgrade briefbot on the server",
    ErrorKind.INDEX_OF_ANOTHER_CORPUS: "ask the bot's admin to check the index folder setting on the server",
    ErrorKind.INDEX_UNWRITABLE: "ask the bot's admin to check the index folder on the server",
    ErrorKind.CORPUS_MISSING: "ask the bot's admin to check the corpus folder on the server",
    ErrorKind.BUSY: "try again in a moment",
    ErrorKind.TOO_LARGE: "send a smaller file, or ask the bot's admin to raise the size limit",
}
"""The remedy a person in Discord is given, by kind: a step they can take there, or whom to ask."""


def for_terminal(error: BriefbotError, folders: str = "", corpus_from_setting: bool = False) -> str:
    """``error``'s message followed by what to type about it, when there is something to type; ``folders``
    (`` --corpus X``) are repeated in the command, so that it acts on the same index; ``corpus_from_setting``:
    the corpus folder is the one BRIEFBOT_CORPUS_DIR names."""
    if error.kind is ErrorKind.CORPUS_MISSING and corpus_from_setting:
        return _with(str(error), CORPUS_FROM_SETTING)
    remedy = TERMINAL.get(error.kind, "").replace("`briefbot index build`", f"`briefbot index build{folders}`")
    return _with(str(error), remedy)


def for_discord(message: str, kind: ErrorKind) -> str:
    """``message`` (already made safe for Discord) followed by what a person in Discord can do about it."""
    return _with(message, DISCORD.get(kind))


def _with(message: str, remedy: str | None) -> str:
    return f"{message.rstrip('. ')}; {remedy}" if remedy and message else message
