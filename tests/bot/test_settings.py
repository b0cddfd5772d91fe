"""Settings: the Discord token is read from either name (or .env) and never shows up in text; a bad setting is
one readable line."""

import json
import logging
import os
from pathlib import Path

import pytest

from bot.settings import Settings, load_settings
from index.errors import BriefbotError
from tests.cli_runner import run

TOKEN = "MTIz.secret-token-value.Xyz_789"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No BRIEFBOT_ or DISCORD_ variables and no .env but the ones a test writes."""
    for name in list(os.environ):
        if name.startswith(("BRIEFBOT_", "DISCORD_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("name", ["DISCORD_TOKEN", "BRIEFBOT_DISCORD_TOKEN", "discord_token"])
def test_the_token_is_read_from_either_variable(monkeypatch, name):
    monkeypatch.setenv(name, TOKEN)
    assert load_settings().discord_token.get_secret_value() == TOKEN


def test_the_token_is_read_from_dotenv(tmp_path):
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={TOKEN}\nBRIEFBOT_GUILD_ID=123456789012345678\n")
    settings = load_settings()
    assert settings.discord_token.get_secret_value() == TOKEN
    assert settings.guild_id == 123456789012345678


def test_blank_values_mean_not_set(tmp_path):
    (tmp_path / ".env").write_text("DISCORD_TOKEN=\nBRIEFBOT_GUILD_ID=\n")
    settings = load_settings()
    assert settings.discord_token is None and settings.guild_id is None


def test_the_token_never_appears_in_reprs_dumps_or_logs(monkeypatch, caplog):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    settings = load_settings()
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("briefbot.test").info("settings: %s %r", settings, settings)
    shown = [repr(settings), str(settings), str(settings.model_dump()), settings.model_dump_json(), caplog.text]
    for text in shown:
        assert TOKEN not in text
    assert json.loads(settings.model_dump_json())["discord_token"] == "**********"


def test_a_bad_setting_names_the_variable_but_not_the_token(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.setenv("BRIEFBOT_GUILD_ID", "not-a-number")
    monkeypatch.setenv("BRIEFBOT_BUTTONS_TIMEOUT", "3600")
    with pytest.raises(BriefbotError) as caught:
        load_settings()
    message = str(caught.value)
    assert "BRIEFBOT_GUILD_ID" in message and "BRIEFBOT_BUTTONS_TIMEOUT" in message
    assert TOKEN not in message


def test_bot_settings_have_sensible_defaults():
    settings = Settings()
    assert settings.discord_token is None and settings.guild_id is None
    assert (settings.cooldown_questions, settings.cooldown_seconds) == (3, 30.0)
    assert settings.max_searches == 4 and settings.buttons_timeout == 600.0 and settings.log_level == "INFO"


def test_the_example_env_file_lists_every_setting():
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    for name, field in Settings.model_fields.items():
        variable = "DISCORD_TOKEN" if name == "discord_token" else f"BRIEFBOT_{name.upper()}"
        assert variable in example, variable
        assert field.description


BAD_SETTINGS = [  # what is allowed, and where the value was set
    ({"BRIEFBOT_TOP_K": "five"}, "BRIEFBOT_TOP_K: must be a whole number from 1 to 50 (set in the environment)"),
    ({"BRIEFBOT_MAX_SEARCHES": "1.5"}, "BRIEFBOT_MAX_SEARCHES: must be a whole number from 1 to 64"),
    ({"BRIEFBOT_GUILD_ID": "my-server"}, "BRIEFBOT_GUILD_ID: must be a whole number above 0"),
    ({"BRIEFBOT_GUILD_ID": "-4"}, "BRIEFBOT_GUILD_ID: must be a whole number above 0"),
    ({"BRIEFBOT_COOLDOWN_SECONDS": "nan"}, "BRIEFBOT_COOLDOWN_SECONDS: must be a number above 0 and at most 3600"),
    ({"BRIEFBOT_LOG_LEVEL": "LOUD"}, "BRIEFBOT_LOG_LEVEL: must be one of DEBUG, INFO, WARNING, ERROR"),
    ({"BRIEFBOT_DISCORD_API_BASE": "http://discord.example"}, "BRIEFBOT_DISCORD_API_BASE: host 'discord.example'"),
    ({"BRIEFBOT_CORPUS_DIR": "no-such-folder"}, "corpus folder no-such-folder does not exist"),
]


@pytest.mark.parametrize(
    ("command", "settings", "expected"),
    [(["discord"], *bad) for bad in BAD_SETTINGS] + [(["ask", "convoy"], *bad) for bad in BAD_SETTINGS[::3]],
)
def test_a_bad_setting_is_one_readable_line_and_exit_code_1(tmp_path, command, settings, expected):
    result = run(*command, cwd=tmp_path, env={"DISCORD_TOKEN": TOKEN, **settings})
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("briefbot: error: ") and expected in line
    assert TOKEN not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("line", "allowed"), [
    ("BRIEFBOT_TOP_K=abc", "BRIEFBOT_TOP_K: must be a whole number from 1 to 50"),
    ("BRIEFBOT_MAX_NESTING=3", "BRIEFBOT_MAX_NESTING: must be a whole number of 16 or more"),
    ("BRIEFBOT_MAX_FILE_MB=0", "BRIEFBOT_MAX_FILE_MB: must be a number above 0"),
    ("BRIEFBOT_RELOAD_SECONDS=0.1", "BRIEFBOT_RELOAD_SECONDS: must be a number from 0.5 to 3600"),
    ("BRIEFBOT_STATED_RENAMES=maybe", "BRIEFBOT_STATED_RENAMES: must be true or false"),
])
def test_a_bad_setting_from_dotenv_says_what_is_allowed_and_that_it_came_from_there(tmp_path, line, allowed):
    (tmp_path / ".env").write_text(line + "\nBRIEFBOT_TOP_K=7\n" * (not line.startswith("BRIEFBOT_TOP_K")))
    result = run("ask", "convoy", cwd=tmp_path)
    assert result.returncode == 1
    (shown,) = result.stderr.splitlines()
    assert f"bad setting {allowed}" in shown and shown.endswith("(set in .env)")
    assert "Input should" not in shown
    result = run("ask", "convoy", cwd=tmp_path, env={line.split("=")[0]: line.split("=")[1]})
    assert result.stderr.rstrip().endswith("(set in the environment)"), "the environment wins over .env"


def test_a_dotenv_that_is_not_utf8_is_one_readable_line(tmp_path):
    (tmp_path / ".env").write_bytes(b"DISCORD_TOKEN=" + TOKEN.encode() + b"\nBRIEFBOT_TOP_K=\xff\xfe5\n")
    result = run("discord", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("briefbot: error: the .env file is not UTF-8 text") and "save it as UTF-8" in line
    assert TOKEN not in result.stderr


def test_sharing_and_logging_settings_of_the_bot(monkeypatch):
    monkeypatch.setenv("BRIEFBOT_PUBLIC_BASE_URL", " https://files.example.org/corpus/ ")
    monkeypatch.setenv("BRIEFBOT_ADD_ROLE", "  Desk   editors ")
    monkeypatch.setenv("BRIEFBOT_LOG_QUESTIONS", "true")
    loaded = load_settings()
    assert loaded.public_base_url == "https://files.example.org/corpus/"
    assert loaded.add_role == "Desk editors"
    assert loaded.log_questions is True and loaded.log_users is False


@pytest.mark.parametrize("value", ["files.example.org/corpus", "ftp://files.example.org/", "https://a b/", "https://x/#c"])
def test_a_public_base_url_must_be_a_web_address(monkeypatch, value):
    monkeypatch.setenv("BRIEFBOT_PUBLIC_BASE_URL", value)
    with pytest.raises(BriefbotError, match="BRIEFBOT_PUBLIC_BASE_URL: must be an http"):
        load_settings()
