"""The faces use the library only through its front door, phrase its errors for their own users, keep one
index per corpus, and ``briefbot info`` shows what is in force."""

import ast
import json
from pathlib import Path

import pytest

from bot.discord.failures import no_index_text
from bot.remedies import for_discord, for_terminal
from bot.settings import Settings, open_library, unknown_settings
from index import BriefbotError, ErrorKind, index_folder_for
from tests.cli_runner import run, run_json
from tests.conftest import write

BOT = Path(__file__).resolve().parent.parent.parent / "bot"


def test_bot_imports_the_library_only_through_its_front_door():
    inside = []
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("index."):
                inside.append(f"{path.relative_to(BOT.parent)}: from {node.module}")
            if isinstance(node, ast.Import):
                inside += [f"{path}: import {a.name}" for a in node.names if a.name.startswith("index.")]
    assert inside == []


@pytest.mark.parametrize(
    ("kind", "terminal", "discord"),
    [
        (ErrorKind.INDEX_MISSING, "build one with `briefbot index build`", "rebuild it from here with /reindex"),
        (ErrorKind.INDEX_DAMAGED, "rebuild it with `briefbot index build`", "rebuild it from here with /reindex"),
        (ErrorKind.INDEX_STALE, "rebuild it with `briefbot index build`", "rebuild it from here with /reindex"),
        (ErrorKind.INDEX_NEWER, "upgrade briefbot, or rebuild", "ask the bot's admin to upgrade briefbot"),
        (ErrorKind.INDEX_OF_ANOTHER_CORPUS, "leave out --index", "ask the bot's admin to check the index folder"),
        (ErrorKind.BUSY, "wait for it to finish", "try again in a moment"),
        (ErrorKind.TOO_LARGE, None, "send a smaller file"),
    ],
)
def test_each_face_says_what_to_do_in_its_own_words(kind, terminal, discord):
    error = BriefbotError("index in /srv/idx has a problem", kind=kind)
    said = for_terminal(error)
    assert said.startswith("index in /srv/idx has a problem")
    assert (terminal in said) if terminal else said == str(error)
    in_discord = for_discord(str(error), kind)
    assert discord in in_discord and "briefbot index" not in in_discord, "no shell command in Discord"


def test_the_discord_apology_for_a_newer_index_does_not_ask_for_a_rebuild():
    text = no_index_text("index in /srv/idx was written by a newer briefbot", ErrorKind.INDEX_NEWER)
    assert "ask the bot's admin to upgrade briefbot" in text and "/reindex" not in text and "/srv" not in text


def test_an_error_without_a_remedy_is_shown_as_it_is():
    assert for_terminal(BriefbotError("nothing was added")) == "nothing was added"


def test_the_settings_corpus_keeps_the_settings_index_and_any_other_corpus_gets_its_own(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = Settings(_env_file=None, corpus_dir=Path("corpus"), index_dir=Path("idx"))
    assert open_library(settings).index_dir == Path("idx")
    assert open_library(settings, tmp_path / "corpus").index_dir == Path("idx"), "the same folder, spelt otherwise"
    assert open_library(settings, Path("other")).index_dir == index_folder_for(Path("other"))
    assert open_library(settings, Path("other"), Path("mine")).index_dir == Path("mine")


def test_the_stated_renames_setting_reaches_the_searcher_and_is_a_known_name(corpus, monkeypatch):
    monkeypatch.setenv("BRIEFBOT_STATED_RENAMES", "off")
    library = open_library(Settings(_env_file=None, corpus_dir=corpus, index_dir=corpus.parent / "idx"))
    library.build()
    assert library.stated_renames is False and library.searcher().stated_renames is False
    assert unknown_settings({"BRIEFBOT_STATED_RENAMES": "off"}, corpus.parent / "no.env") == []
    monkeypatch.delenv("BRIEFBOT_STATED_RENAMES")
    assert Settings(_env_file=None).stated_renames is True, "on unless turned off"


def with_second_corpus(corpus: Path) -> tuple[Path, Path, Path]:
    """The project of ``corpus`` with its index built and a second corpus ``more`` beside it: the project, the
    second corpus and the default index's ``CURRENT`` file."""
    project = corpus.parent
    write(project / "more", "ferry.txt", "Ferry news\nThe ferry crossing reopened on Friday after repairs.\n")
    assert run("index", "build", cwd=project).returncode == 0
    return project, project / "more", project / ".briefbot" / "index" / "CURRENT"


def test_two_corpora_keep_two_indexes(corpus, tmp_path):
    project, other, default = with_second_corpus(corpus)
    before = default.read_text()
    answer = run_json("ask", "ferry reopened", "--json", "--corpus", "more", cwd=project)
    assert answer["passages"][0]["source_path"] == "ferry.txt"
    assert default.read_text() == before, "the default corpus's index was not replaced"
    assert (project / index_folder_for(other) / "CURRENT").exists()
    again = run_json("ask", "convoy near Raqqa", "--json", cwd=project)
    assert {p["source_path"] for p in again["passages"]} <= {"briefings/2017-03-02-briefing.txt", "news/convoy.md"}


def test_unknown_setting_names_are_warned_about_with_the_nearest_known_name(tmp_path):
    env = tmp_path / ".env"
    env.write_text("# a comment\nBRIEFBOT_TOP_K=3\nBRIEFBOT_MAX_FILE_M=2\nexport DISCORD_TOKEN=\n")
    lines = unknown_settings({"BRIEFBOT_TOPK": "4", "BRIEFBOT_CORPUS_DIR": "c", "HOME": "/root"}, env)
    assert lines == [
        "unknown environment variable BRIEFBOT_TOPK is ignored (did you mean BRIEFBOT_TOP_K?)",
        "unknown .env key BRIEFBOT_MAX_FILE_M is ignored (did you mean BRIEFBOT_MAX_FILE_MB?)",
    ]


def test_info_shows_corpus_index_settings_engine_and_model_and_never_the_token(corpus):
    project = corpus.parent
    (project / ".env").write_text("DISCORD_TOKEN=sekret-token-value\nBRIEFBOT_TOPK=4\n")
    before = run("info", cwd=project)
    assert before.returncode == 0
    assert "no index in .briefbot/index; build one with `briefbot index build`" in before.stdout
    run("index", "build", cwd=project)
    result = run("info", cwd=project, env={"BRIEFBOT_LOG_LEVL": "DEBUG"})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "corpus:   corpus" in out and "index:    .briefbot/index" in out
    assert "2 documents" in out and "passages" in out and "bytes" in out and "ago" in out
    assert "meaning:  wordllama" in out and "engine:" in out and "BRIEFBOT_TOP_K=5" in out
    assert "Discord token set" in out and "sekret" not in out + result.stderr
    warnings = [line.removeprefix("briefbot: warning: ") for line in result.stderr.splitlines() if "unknown" in line]
    assert warnings == [
        "unknown environment variable BRIEFBOT_LOG_LEVL is ignored (did you mean BRIEFBOT_LOG_LEVEL?)",
        "unknown .env key BRIEFBOT_TOPK is ignored (did you mean BRIEFBOT_TOP_K?)",
    ]
    data = json.loads(run("info", "--json", cwd=project).stdout)
    assert data["documents"] == 2 and data["passages"] > 0 and data["bytes"] > 0 and data["age_seconds"] >= 0
    assert data["discord_token"] == "set" and "sekret" not in json.dumps(data)
    assert data["meaning_model"] == data["index_meaning_model"] == "wordllama"
    assert isinstance(data["fast_engine"], bool) and data["settings"]["BRIEFBOT_TOP_K"] == 5
    assert data["index"] == ".briefbot/index" and data["index_problem"] is None


def test_the_remedy_repeats_the_corpus_given_so_it_builds_the_index_that_is_missing(corpus, tmp_path):
    other = tmp_path / "other corpus"
    write(other, "ferry.txt", "Ferry news\nThe ferry crossing reopened on Friday after repairs.\n")
    result = run("index", "verify", "--corpus", str(other), cwd=corpus.parent)
    assert result.returncode == 1
    assert f"`briefbot index build --corpus '{other}'`" in result.stderr, result.stderr
    assert run("index", "build", "--corpus", str(other), cwd=corpus.parent).returncode == 0
    assert run("index", "verify", "--corpus", str(other), cwd=corpus.parent).returncode == 0


def test_a_corpus_named_by_its_setting_alone_gets_its_own_index_and_info_says_whose_an_index_is(corpus):
    project, other, default = with_second_corpus(corpus)
    before = default.read_text()
    updated = run("index", "update", cwd=project, env={"BRIEFBOT_CORPUS_DIR": "more"})
    assert updated.returncode == 0 and str(index_folder_for(other)) in updated.stdout, updated.stdout
    assert default.read_text() == before, "the default corpus's index was not replaced"
    mine = run_json("info", "--json", cwd=project, env={"BRIEFBOT_CORPUS_DIR": "more"})
    assert (mine["index"], mine["documents"], mine["index_problem"]) == (str(index_folder_for(other)), 1, None)
    paired = run_json("info", "--json", cwd=project, env={"BRIEFBOT_CORPUS_DIR": "more", "BRIEFBOT_INDEX_DIR": "i"})
    assert paired["index"] == "i", "an index set beside the corpus is still that corpus's"
    theirs = run_json("info", "--json", "--index", ".briefbot/index", cwd=project, env={"BRIEFBOT_CORPUS_DIR": "more"})
    assert "was built from another corpus folder" in theirs["index_problem"] and theirs["documents"] is None
    said = run("info", "--index", ".briefbot/index", cwd=project, env={"BRIEFBOT_CORPUS_DIR": "more"}).stdout
    assert "leave out --index" in said and "or replace the other corpus's with `briefbot index build --index" in said
    assert f"(this corpus's own index: {index_folder_for(other)})" in said
    assert run_json("info", "--json", cwd=project)["index_problem"] is None, "the default pair is still current"


def test_info_marks_the_index_setting_not_used_when_the_corpus_has_its_own_index(corpus):
    project, _, _ = with_second_corpus(corpus)
    assert run("index", "update", "--corpus", "more", cwd=project).returncode == 0
    other = run("info", "--corpus", "more", cwd=project).stdout
    assert "  BRIEFBOT_INDEX_DIR=.briefbot/index (not used for this corpus)\n" in other, other
    home = run("info", cwd=project).stdout
    assert "  BRIEFBOT_INDEX_DIR=.briefbot/index\n" in home and "not used" not in home, home


def test_info_says_how_much_the_previous_generation_holds_after_a_removed_file(corpus):
    project = corpus.parent
    assert run("index", "build", cwd=project).returncode == 0
    alone = run_json("info", "--json", cwd=project)
    assert alone["previous_bytes"] == 0 and "previous generation" not in run("info", cwd=project).stdout
    big = "".join(f"Line {n} of the long ferry timetable for the island crossing.\n\n" for n in range(3000))
    write(corpus, "news/timetable.txt", "Timetable\n\n" + big)
    assert run("index", "update", cwd=project).returncode == 0
    (corpus / "news" / "timetable.txt").unlink()
    assert run("index", "update", cwd=project).returncode == 0
    after = run_json("info", "--json", cwd=project)
    assert after["previous_bytes"] > len(big) > after["bytes"] - after["previous_bytes"]
    assert f"{after['previous_bytes']:,} of them in the previous generation" in run("info", cwd=project).stdout


def test_ask_and_update_refuse_to_replace_another_corpus_index_as_info_says_and_only_build_replaces_it(tmp_path):
    write(tmp_path / "a", "ferry.txt", "Ferry news\nThe ferry crossing reopened on Friday after repairs.\n")
    write(tmp_path / "b", "bridge.txt", "Bridge news\nThe old bridge opened to traffic again.\n")
    assert run("index", "build", "--corpus", "a", "--index", "idx", cwd=tmp_path).returncode == 0
    before = (tmp_path / "idx" / "CURRENT").read_text()
    said = run("info", "--corpus", "b", "--index", "idx", cwd=tmp_path).stdout
    for command in (["ask", "bridge"], ["index", "update"]):
        refused = run(*command, "--corpus", "b", "--index", "idx", cwd=tmp_path)
        assert refused.returncode == 1 and refused.stdout == "" and len(refused.stderr.splitlines()) == 1
        assert "was built from another corpus folder" in refused.stderr and "leave out --index" in refused.stderr
        assert "`briefbot index build --corpus b --index idx`" in refused.stderr and "building" not in refused.stderr
        assert refused.stderr.split("briefbot: error: ")[1].strip() in said, "info says the same"
    write(tmp_path, "new.txt", "Bridge news\nThe new bridge is wider.\n")
    added = run("add", "new.txt", "--corpus", "b", "--index", "idx", cwd=tmp_path)
    assert added.returncode == 1 and "was built from another corpus folder" in added.stderr, added.stderr
    assert not (tmp_path / "b" / "new.txt").exists(), "nothing copied"
    assert (tmp_path / "idx" / "CURRENT").read_text() == before, "the other corpus's index is untouched"
    assert run_json("ask", "ferry", "--json", "--corpus", "a", "--index", "idx", cwd=tmp_path)["passages"]
    assert run("index", "build", "--corpus", "b", "--index", "idx", cwd=tmp_path).returncode == 0
    assert run_json("ask", "bridge", "--json", "--corpus", "b", "--index", "idx", cwd=tmp_path)["passages"]


def test_an_index_built_for_the_corpus_setting_alone_is_kept_on_upgrade_and_corpus_keeps_its_folder(corpus):
    project = corpus.parent
    write(project / "more", "ferry.txt", "Ferry news\nThe ferry crossing reopened on Friday after repairs.\n")
    alone = {"BRIEFBOT_CORPUS_DIR": "more"}
    assert run_json("info", "--json", "--corpus", "corpus", cwd=project, env=alone)["index"] == ".briefbot/index"
    assert run("index", "build", cwd=project, env=alone).returncode == 0, "as an older briefbot built it"
    kept = run("ask", "ferry reopened", "--json", cwd=project, env=alone)
    assert kept.returncode == 0 and "building" not in kept.stderr, kept.stderr
    assert json.loads(kept.stdout)["passages"][0]["source_path"] == "ferry.txt"
    assert not (project / ".briefbot" / "indexes").exists(), "no second index, no rebuild"
    mine = run_json("info", "--json", cwd=project, env=alone)
    assert (mine["index"], mine["index_problem"]) == (".briefbot/index", None)
    theirs = run_json("info", "--json", "--corpus", "corpus", cwd=project, env=alone)
    assert theirs["index"] == str(index_folder_for(corpus)), "corpus/ does not take the index of more/"


def test_a_moved_project_rebuilds_its_index_in_place_and_a_present_corpus_keeps_its_index(tmp_path):
    project = tmp_path / "project"
    write(project / "corpus", "ferry.txt", "Ferry news\nThe ferry crossing reopened on Friday after repairs.\n")
    assert run("ask", "ferry", cwd=project).returncode == 0
    moved = project.rename(tmp_path / "renamed")
    said = run("info", cwd=moved).stdout
    assert "which no longer exists (moved or renamed?)" in said and "leave out --index" not in said, said
    asked = run("ask", "ferry reopened", "--json", cwd=moved)
    assert asked.returncode == 0 and "which no longer exists (moved or renamed?): building" in asked.stderr
    assert json.loads(asked.stdout)["passages"][0]["source_path"] == "ferry.txt"
    assert not (moved / ".briefbot" / "indexes").exists(), "no second index beside the orphaned one"
    assert run_json("info", "--json", cwd=moved)["index"] == ".briefbot/index"
    write(moved, "more/a.txt", "Ferry news\nThe ferry crossing closed again.\n")
    theirs = run("index", "update", cwd=moved, env={"BRIEFBOT_CORPUS_DIR": "more"})
    assert theirs.returncode == 0 and str(index_folder_for(moved / "more")) in theirs.stdout, theirs.stdout
    assert run_json("info", "--json", cwd=moved)["index_problem"] is None, "the corpus still present keeps its index"


def test_info_says_why_a_damaged_index_cannot_be_used_and_counts_every_byte_on_disk(corpus):
    project = corpus.parent
    assert run("index", "build", cwd=project).returncode == 0
    folder = project / ".briefbot" / "index"
    sizes = {(p.stat().st_dev, p.stat().st_ino): p.stat().st_size for p in folder.rglob("*") if p.is_file()}
    assert any(p.is_file() for p in (folder / "digests").rglob("*")), "the digest cache is on disk"
    assert run_json("info", "--json", cwd=project)["bytes"] == sum(sizes.values())
    passages = folder / (folder / "CURRENT").read_text().strip() / "passages.jsonl"
    data = bytearray(passages.read_bytes())
    data[40] ^= 1  # one flipped bit: the same size, another checksum
    passages.write_bytes(bytes(data))
    damaged = run_json("info", "--json", cwd=project)
    assert "passages.jsonl" in damaged["index_problem"] and "damaged" in damaged["index_problem"]
    assert damaged["documents"] is None
    text = run("info", cwd=project).stdout
    assert "is damaged (checksum mismatch); rebuild it with `briefbot index build`" in text


def test_a_missing_corpus_folder_names_the_option_that_gives_it(tmp_path):
    result = run("ask", "convoy", cwd=tmp_path)
    assert result.returncode == 1
    assert "corpus folder corpus does not exist; run briefbot in the folder that holds it" in result.stderr
    assert "`--corpus DIR`" in result.stderr and len(result.stderr.strip().splitlines()) == 1
