"""Settings: the Discord token is read from either name (or .env) and never shows up in text."""

import json
import logging
import os
from pathlib import Path

import pytest

from bot.settings import Settings, load_settings
from index.errors import BriefbotError

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
