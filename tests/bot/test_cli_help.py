"""Every option of every ``briefbot`` command says what it does in the command's ``--help``."""

import re

import click

from bot.cli import cli
from tests.cli_runner import run


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    """Each command under ``group`` with the words that call it, the groups too."""
    found: list[tuple[tuple[str, ...], click.Command]] = [(path, group)]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += _commands(command, (*path, name))
        else:
            found.append(((*path, name), command))
    return found


def test_every_commands_options_each_have_a_help_hint_shown_under_help(tmp_path):
    commands = _commands(cli)
    assert len(commands) > 5
    for path, command in commands:
        shown = run(*path, "--help", cwd=tmp_path)
        assert shown.returncode == 0, path
        options = shown.stdout.split("\nOptions:\n", 1)[-1].split("\nCommands:\n", 1)[0]
        for option in command.params:
            if not isinstance(option, click.Option) or option.hidden:
                continue
            assert option.help and option.help.strip(), (path, option.opts)
            name = max(option.opts, key=len)
            row = re.search(rf"^\s+(?:-\w, )?{re.escape(name)}\b.*(?:\n\s{{10,}}\S.*)*", options, re.M)
            assert row is not None, (path, name)
            words = set(re.findall(r"[a-z]{4,}", option.help.split("[")[0].lower()))
            assert words & set(re.findall(r"[a-z]{4,}", row[0].lower())), (path, name, row[0])
