"""The command line end to end on temporary corpora: in this process, and as the installed command in a subprocess
where the process is what is tested (the entry point, standard input, exit codes, signals)."""

import json
import os
import signal
import subprocess
import time

import pytest

from index.search import Searcher
from index.store import load_index
from tests.cli_runner import briefbot_command, run, run_json, run_process
from tests.conftest import write
from tests.sample import sample_copy

PASSAGE_KEYS = {"text", "score", "title", "url", "date", "speaker", "source_path", "dates", "also_in", "context"}


@pytest.fixture
def project(corpus):
    """A working folder with ``corpus/`` in it, as a user would have."""
    return corpus.parent


def test_build_prints_a_summary_with_skipped_files_and_reasons(project):
    write(project / "corpus", "broken.md", "---\ntitle: never closed\nText\n")
    result = run_process("index", "build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "indexed 2 files" in result.stdout
    assert "broken.md: front matter block opened with '---' is never closed" in result.stdout
    assert (project / ".briefbot" / "index" / "CURRENT").exists()
    assert result.stderr == "", "no progress bar when not on a terminal"


def test_ask_for_a_person_quotes_passage_speaker_date_title_and_link(project):
    result = run_process("ask", "who could point me to the Pentagon?", cwd=project)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "I'd point you to the Pentagon for that one." in out
    assert "MR. ODUYA, 2017-03-02" in out
    assert "Daily briefing, 2 March 2017 (test) — https://example.test/briefing/2017-03-02" in out
    assert "answering: “And the ferry crossing on the Euphrates?”" in out
    assert "\x1b[" not in out, "no terminal escapes when output is not a terminal"
    assert "no index yet: building the index" in result.stderr


def test_ask_json_has_the_documented_shape_and_verbatim_text(project):
    data = run_json("ask", "convoy near Raqqa", "--json", "--k", "3", cwd=project)
    assert data["question"] == "convoy near Raqqa"
    assert 1 <= len(data["passages"]) <= 3
    corpus_text = "".join(p.read_text() for p in (project / "corpus").rglob("*.*"))
    for passage in data["passages"]:
        assert set(passage) >= PASSAGE_KEYS
        assert passage["text"] in corpus_text
        assert passage["date"] is None or len(passage["date"]) == 10
        assert isinstance(passage["score"], float)
    no_url = [p for p in data["passages"] if p["source_path"] == "news/convoy.md"]
    assert no_url and no_url[0]["url"] is None


def test_batch_mode_reads_questions_from_stdin_and_prints_json_lines(project):
    result = run_process("ask", "-", cwd=project, stdin="convoy near Raqqa\n\nferry on the Euphrates\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["convoy near Raqqa", "", "ferry on the Euphrates"]
    assert lines[0]["passages"] and lines[1]["passages"] == [] and lines[2]["passages"]
    assert result.stderr.count("building the index") == 1


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "briefbot: error: the question is empty"),
        (" \t ", "briefbot: error: the question is empty"),
        ("convoy " * 150, "briefbot: error: the question is too long (1,049 characters; at most 1,000)"),
    ],
)
def test_an_empty_or_overlong_question_is_refused_in_one_line_before_any_index_work(project, question, message):
    result = run("ask", question, cwd=project)
    assert (result.returncode, len(result.stderr.strip().splitlines())) == (2, 1)
    assert result.stderr.startswith(message) and result.stdout == ""
    assert not (project / ".briefbot").exists(), "refused before building anything"


def test_a_question_at_the_limit_is_answered_and_echoed_cut_short(project):
    question = ("convoy near Raqqa " * 60)[:1000]
    result = run("ask", question, cwd=project)
    assert result.returncode == 0, result.stderr
    echo = next(line for line in result.stdout.splitlines() if "matched" in line)
    assert "convoy near Raqqa" in echo and len(echo) < 300 and "…'" in echo


def test_batch_mode_answers_an_overlong_line_with_an_error_and_goes_on(project):
    long = "convoy " * 200
    result = run("ask", "-", cwd=project, stdin=f"convoy near Raqqa\r\n\r\n{long}\r\nferry\n")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"][:17] for line in lines] == ["convoy near Raqqa", "", "convoy convoy con", "ferry"]
    assert lines[2]["error"] == "the question is too long (1,399 characters; at most 1,000)"
    assert "passages" not in lines[2] and len(lines[2]["question"]) <= 1000
    assert lines[3]["passages"] and "error" not in lines[3], "the line after it is answered"
    assert "briefbot: error: line 3: the question is too long (1,399 characters" in result.stderr


def test_spaces_around_and_between_words_do_not_count_toward_the_limit(project):
    padded = run("ask", "convoy" + " " * 1000, "--json", cwd=project)
    assert padded.returncode == 0 and json.loads(padded.stdout)["passages"], padded.stderr
    batch = run("ask", "-", cwd=project, stdin="   ".join(["convoy"] * 140) + "\n")
    assert batch.returncode == 0 and "error" not in json.loads(batch.stdout)


def test_the_question_is_searched_and_echoed_without_its_invisible_characters(project):
    hidden = run("ask", "con\u200bvoy" + "\u200b" * 3000, "--json", cwd=project)
    assert hidden.returncode == 0, hidden.stderr
    assert json.loads(hidden.stdout)["question"] == "convoy" and json.loads(hidden.stdout)["passages"]
    batch = run("ask", "-", cwd=project, stdin="\u2060convoy\u200b  near\tRaqqa\n")
    assert json.loads(batch.stdout)["question"] == "convoy near Raqqa"


def test_a_huge_line_is_refused_by_its_length_as_typed_and_a_padded_one_under_that_is_answered(project):
    huge = "convoy " + "\u200b" * 20_000
    result = run("ask", "-", cwd=project, stdin=f"{huge}\nferry\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1 and lines[0]["question"] == "convoy" and "passages" not in lines[0]
    assert lines[0]["error"] == "the question is too long (20,007 characters, spaces and invisible ones included; " \
        "at most 10,000)"
    assert lines[1]["passages"], "the next line is answered"
    padded = run("ask", "convoy" + " " * 9_000 + "Raqqa", "--json", cwd=project)
    assert padded.returncode == 0 and json.loads(padded.stdout)["question"] == "convoy Raqqa", padded.stderr


def test_ask_rebuilds_when_the_corpus_changes_and_says_so(project):
    run("index", "build", cwd=project)
    untouched = run("ask", "convoy", cwd=project)
    assert untouched.stderr == ""
    time.sleep(0.01)
    write(project / "corpus", "new.txt", "Fresh news\nThe Euphrates ferry reopened on Friday.\n")
    result = run("ask", "ferry reopened", "--json", cwd=project)
    assert "the corpus changed since the index was built" in result.stderr
    assert json.loads(result.stdout)["passages"][0]["text"] == "The Euphrates ferry reopened on Friday."


def test_ask_rebuilds_when_a_file_is_removed(project):
    run("index", "build", cwd=project)
    os.remove(project / "corpus" / "news" / "convoy.md")
    data = run_json("ask", "trucks burning", "--json", cwd=project)
    assert all(p["source_path"] != "news/convoy.md" for p in data["passages"])


def test_empty_corpus_builds_and_answers_plainly(tmp_path):
    (tmp_path / "corpus").mkdir()
    build = run("index", "build", cwd=tmp_path)
    assert build.returncode == 0
    assert "indexed 0 files, 0 passages" in build.stdout
    assert "add .txt, .md, .html or .pdf files" in build.stdout
    ask = run("ask", "anything about convoys", cwd=tmp_path)
    assert ask.returncode == 0
    assert "Nothing found for" in ask.stdout and "No passage contains: convoys." in ask.stdout
    assert "briefbot: the corpus has no documents yet: add .txt" in ask.stderr, "why nothing is found, on stderr"
    (tmp_path / "corpus" / "convoy.md").write_text("The convoy was stopped at the bridge.\n")
    assert "no documents yet" not in run("ask", "convoy bridge", cwd=tmp_path).stderr


def test_options_and_settings_choose_folders(project, tmp_path):
    other = tmp_path / "elsewhere" / "idx"
    result = run("ask", "convoy", "--index", str(other), "--corpus", str(project / "corpus"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (other / "CURRENT").exists()
    env = {
        "BRIEFBOT_CORPUS_DIR": str(project / "corpus"),
        "BRIEFBOT_INDEX_DIR": str(tmp_path / "env-idx"),
        "BRIEFBOT_TOP_K": "1",
    }
    data = run_json("ask", "convoy", "--json", cwd=tmp_path, env=env)
    assert len(data["passages"]) == 1
    assert (tmp_path / "env-idx" / "CURRENT").exists()


def test_dotenv_file_is_read(project):
    (project / ".env").write_text("BRIEFBOT_TOP_K=2\n")
    data = run_json("ask", "convoy Raqqa trucks", "--json", cwd=project)
    assert len(data["passages"]) == 2


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (("ask", "x", "--corpus", "no-such-folder"), {}, "corpus folder no-such-folder does not exist"),
        (("ask", "x"), {"BRIEFBOT_TOP_K": "many"}, "BRIEFBOT_TOP_K"),
        (("index", "build", "--index", "corpus"), {}, "refusing to write an index into corpus"),
    ],
)
def test_errors_are_one_clear_line_without_traceback(project, args, env, message):
    result = run(*args, cwd=project, env=env)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("where", ["environment", ".env"])
def test_a_missing_corpus_named_by_the_setting_says_so(project, where):
    env = {"BRIEFBOT_CORPUS_DIR": "gone"} if where == "environment" else {}
    if where == ".env":
        (project / ".env").write_text("BRIEFBOT_CORPUS_DIR=gone\n")
    result = run("ask", "convoy", cwd=project, env=env)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "corpus folder gone does not exist" in result.stderr and "BRIEFBOT_CORPUS_DIR" in result.stderr


def test_a_missing_corpus_given_by_option_is_not_blamed_on_the_setting(project):
    result = run("ask", "convoy", "--corpus", "gone", cwd=project, env={"BRIEFBOT_CORPUS_DIR": "corpus"})
    assert result.returncode == 1 and "BRIEFBOT_CORPUS_DIR" not in result.stderr and "--corpus DIR" in result.stderr


def test_corrupted_index_says_to_rebuild(project):
    run("index", "build", cwd=project)
    current = (project / ".briefbot" / "index" / "CURRENT").read_text()
    passages = project / ".briefbot" / "index" / current / "passages.jsonl"
    passages.write_text("garbage\n")
    result = run("ask", "convoy", cwd=project)
    assert result.returncode == 1
    assert "briefbot index build" in result.stderr and "Traceback" not in result.stderr


def test_index_path_that_is_a_file(project):
    (project / "afile").write_text("x")
    result = run("ask", "convoy", "--index", "afile", cwd=project)
    assert result.returncode == 2 and "'afile' is a file" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ask", "x", "--k", "0"), "briefbot: error: Invalid value for '--k': 0 is not in the range 1<=x<=50."),
        (("ask",), "briefbot: error: Missing argument 'QUESTION'."),
        (("nonsense",), "briefbot: error: No such command 'nonsense'."),
        (("ask", "x", "--kk", "3"), "briefbot: error: No such option '--kk'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(project, args, message):
    runner = run_process if args == ("nonsense",) else run  # one through the installed command: its exit code
    result = runner(*args, cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--help`" in result.stderr


def test_an_option_before_the_command_is_shown_after_it(project):
    (project / "corpus").rename(project / "mine")
    result = run("--corpus", "mine", "ask", "convoy", "--k", "2", cwd=project)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    shown = result.stderr.split("`")[1]
    assert shown == "briefbot ask convoy --k 2 --corpus mine"
    assert run(*shown.split()[1:], cwd=project).returncode == 0, "the command shown works"
    assert "`briefbot index build --corpus=mine`" in run("--corpus=mine", "index", "build", cwd=project).stderr
    for wrong in (("--corpusx", "mine", "ask", "convoy"), ("--corpus", "mine"), ("ask", "convoy", "--kk", "3")):
        result = run(*wrong, cwd=project)  # no command takes it, or it stands after the command already
        assert result.returncode == 2 and "go after the command" not in result.stderr


def test_a_flag_before_the_command_is_shown_after_it(project):
    result = run("--json", "ask", "convoy", cwd=project)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    shown = result.stderr.split("`")[1]
    assert shown == "briefbot ask convoy --json"
    assert run(*shown.split()[1:], cwd=project).returncode == 0, "the command shown works"
    result = run("--sync", "ask", "convoy", cwd=project)  # a flag of another command only: no move to suggest
    assert result.returncode == 2 and "go after the command" not in result.stderr


def test_the_help_says_where_the_hidden_example_settings_file_is(project):
    shown = " ".join(run("--help", cwd=project).stdout.split())
    assert ".env.example in the project folder" in shown and "ls -a" in shown


def test_a_command_group_alone_shows_its_help(project):
    for args in ((), ("index",)):
        result = run(*args, cwd=project)
        assert result.returncode == 0 and result.stdout.startswith("Usage: briefbot")


def test_an_index_folder_that_cannot_be_written_is_one_line(project):
    for folder in ("README.md/idx", "/proc/briefbot-index"):
        (project / "README.md").write_text("not a folder")
        result = run("index", "build", "--index", folder, cwd=project)
        assert result.returncode == 1
        assert result.stderr.startswith(f"briefbot: error: cannot write an index in {folder}: ")
        assert "unexpected" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_add_checks_the_index_folder_before_copying_anything(project, tmp_path):
    (project / "README.md").write_text("not a folder")
    note = write(tmp_path / "in", "note.txt", "Fresh note\nThe ferry across the river reopened on Friday.\n")
    before = sorted(p.name for p in (project / "corpus").rglob("*"))
    result = run("add", str(note), "--index", "README.md/idx", cwd=project)
    assert result.returncode == 1 and "cannot write an index in README.md/idx" in result.stderr
    assert sorted(p.name for p in (project / "corpus").rglob("*")) == before


def test_ask_names_the_files_an_automatic_update_skipped(project):
    run("index", "build", cwd=project)
    write(project / "corpus", "broken.md", "---\ndate: soon\n---\nText\n")
    result = run("ask", "convoy", cwd=project)
    assert "skipped broken.md: front matter date 'soon' is not a date in YYYY-MM-DD form" in result.stderr


@pytest.mark.parametrize("args", [(), ("ask",), ("index",), ("index", "build")])
def test_help_explains_each_command(project, args):
    result = run(*args, "--help", cwd=project)
    assert result.returncode == 0
    assert "Usage: briefbot" in result.stdout
    assert len(result.stdout.splitlines()) > 5


def test_an_existing_index_still_answers_when_the_corpus_folder_is_gone(project, tmp_path):
    run("index", "build", cwd=project)
    (project / "corpus").rename(tmp_path / "moved")
    result = run("ask", "convoy", cwd=project)
    assert result.returncode == 0
    assert "answering from the existing index" in result.stderr
    assert "convoy" in result.stdout


def test_the_readme_question_dates_the_latest_strike(tmp_path):
    sample = sample_copy(tmp_path)
    data = run_json("ask", "when was Nusra last struck?", "--json", "--k", "3", "--corpus", str(sample), cwd=tmp_path)
    assert data["answer_date"] == "2016-10-03"
    assert data["answer_line"].startswith("Latest date found: 3 Oct 2016, in ")
    assert data["not_found"] == []
    assert "2016-10-03" in data["passages"][0]["dates"]
    assert any("Idlib" in p["text"] and p["date"] == "2016-10-03" for p in data["passages"])
    text = run("ask", "when was Nusra last struck?", "--k", "3", "--corpus", str(sample), cwd=tmp_path).stdout
    assert text.splitlines()[0] == data["answer_line"]


def test_json_has_no_answer_date_for_other_questions(project):
    data = run_json("ask", "convoy near Raqqa", "--json", cwd=project)
    assert data["answer_date"] is None and data["answer_line"] is None
    assert all(isinstance(p["dates"], list) for p in data["passages"])


def test_ask_rebuilds_when_the_aliases_file_changes(project):
    run("index", "build", cwd=project)
    assert run_json("ask", "Quay militia", "--json", cwd=project)["passages"] == []
    time.sleep(0.01)
    write(project / "corpus", "aliases.toml", '[groups]\nraqqa = ["Raqqa", "Quay militia"]\n')
    result = run("ask", "Quay militia", "--json", cwd=project)
    assert "the corpus changed since the index was built" in result.stderr
    assert "Raqqa" in json.loads(result.stdout)["passages"][0]["text"]


def test_a_malformed_aliases_file_is_named_in_the_build_summary(project):
    write(project / "corpus", "aliases.toml", '[groups]\nraqqa = ["Raqqa"\n')
    result = run("index", "build", cwd=project)
    assert result.returncode == 0
    assert "indexed 2 files" in result.stdout
    assert "aliases.toml: line 2: Unclosed array" in result.stdout
    assert "built without alias groups" in result.stdout


def test_build_json_summary_and_strict_mode(project):
    write(project / "corpus", "broken.md", "---\ndate: soon\n---\nText\n")
    write(project / "corpus", "latin.txt", "Note\nCaf\u00e9 cr\u00e8me.\n".encode("cp1252"))
    result = run("index", "build", "--json", cwd=project)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"files", "passages", "skipped", "warnings", "index", "seconds", "documents"}
    assert data["files"] == 3 and data["passages"] > 0
    dated = {document["path"]: document for document in data["documents"]}
    assert len(dated) == 3 and dated["latin.txt"] == {"path": "latin.txt", "date": None, "date_source": "none"}
    assert data["skipped"] == [
        {"path": "broken.md", "reason": "front matter date 'soon' is not a date in YYYY-MM-DD form"}
    ]
    assert data["warnings"][0]["path"] == "latin.txt"
    text = run("index", "build", cwd=project)
    assert "warnings (1):\n  latin.txt: not valid UTF-8" in text.stdout
    strict = run("index", "build", "--strict", cwd=project)
    assert strict.returncode == 1
    assert "broken.md: front matter date 'soon'" in strict.stdout
    assert strict.stderr.strip() == "briefbot: error: 1 file skipped with --strict; the index was built without them"
    clean = project / "clean"
    write(clean, "ok.txt", "Fine\nAll good here.\n")
    assert (
        run(
            "index", "build", "--strict", "--corpus", str(clean), "--index", str(project / "i2"), cwd=project
        ).returncode
        == 0
    )


def test_max_file_size_setting(project):
    write(project / "corpus", "big.txt", "Big\n" + "word " * 400)
    result = run("index", "build", cwd=project, env={"BRIEFBOT_MAX_FILE_MB": "0.001"})
    assert "big.txt: file is 2.0 kB, over the size limit of 1.0 kB" in result.stdout
    bad = run("index", "build", cwd=project, env={"BRIEFBOT_MAX_FILE_MB": "-3"})
    assert bad.returncode == 1 and "BRIEFBOT_MAX_FILE_MB" in bad.stderr


def test_index_update_reads_only_what_changed_and_says_so(project):
    run("index", "build", cwd=project)
    write(project / "corpus", "new.txt", "Fresh news\nThe Euphrates ferry reopened on Friday.\n")
    result = run("index", "update", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "indexed 3 files" in result.stdout
    assert "(of the 3 files briefbot reads: 1 added, 0 changed, 2 unchanged; 0 removed)" in result.stdout
    data = run_json("ask", "ferry reopened", "--json", cwd=project)
    assert data["passages"][0]["text"] == "The Euphrates ferry reopened on Friday."


def test_index_update_summary_as_a_build_gives_it_json_strict_warnings_and_alias_problems(project):
    run("index", "build", cwd=project)
    write(project / "corpus", "latin.txt", "Note\nCaf\u00e9 cr\u00e8me.\n".encode("cp1252"))
    write(project / "corpus", "aliases.toml", '[groups]\nraqqa = ["Raqqa"\n')
    result = run("index", "update", "--json", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "read every file" not in result.stderr  # no alias groups before, none usable now: nothing to redo
    data = json.loads(result.stdout)
    assert set(data) == {"files", "passages", "skipped", "warnings", "index", "seconds", "documents", "changes"}
    assert data["changes"] == {"added": 1, "changed": 0, "removed": 0, "unchanged": 2, "unread": 1, "rebuilt": None}
    assert data["files"] == 3 and data["warnings"][0]["path"] == "latin.txt"
    assert data["skipped"][0]["path"] == "aliases.toml" and "line 2: Unclosed array" in data["skipped"][0]["reason"]
    strict = run("index", "update", "--strict", cwd=project)
    assert strict.returncode == 1
    assert "warnings (1):\n  latin.txt: not valid UTF-8" in strict.stdout
    assert "(of the 3 files briefbot reads: 0 added, 0 changed, 3 unchanged; 0 removed; 1 more passed over)" in (
        strict.stdout
    )


def test_index_update_without_an_index_reads_everything_and_says_why(project):
    result = run("index", "update", cwd=project)
    assert result.returncode == 0
    assert "read every file: no index in" in result.stderr
    assert "indexed 2 files" in result.stdout


def test_index_verify_with_neither_index_nor_corpus_names_the_corpus_to_fix(tmp_path, project):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    nowhere = run("index", "verify", cwd=elsewhere)
    assert nowhere.returncode == 1
    assert "no index in .briefbot/index, and corpus folder corpus does not exist" in nowhere.stderr
    assert "--corpus DIR" in nowhere.stderr and "index build" not in nowhere.stderr, "a build would fail there too"
    unbuilt = run("index", "verify", cwd=project)
    assert unbuilt.returncode == 1 and "build one with `briefbot index build`" in unbuilt.stderr


def test_index_verify_finds_damage_that_opening_does_not_look_for(project):
    run("index", "build", cwd=project)
    assert "is intact" in run("index", "verify", cwd=project).stdout
    folder = project / ".briefbot" / "index" / (project / ".briefbot" / "index" / "CURRENT").read_text()
    passages = folder / "passages.jsonl"
    passages.write_text(passages.read_text().replace("ferry", "FERRY"))
    result = run("index", "verify", cwd=project)
    assert result.returncode == 1
    assert "passages.jsonl: checksum mismatch" in result.stderr and "briefbot index build" in result.stderr


def test_index_watch_keeps_the_index_current_until_interrupted(project):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "DISCORD_"))}
    watcher = subprocess.Popen(
        [*briefbot_command(), "index", "watch", "--debounce", "100"],
        cwd=project,
        env=clean,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a shell starts it, even from a job
    )
    try:
        assert "watching" in watcher.stderr.readline()
        index = project / ".briefbot" / "index"
        first = (index / "CURRENT").read_text()
        write(project / "corpus", "late/news.txt", "Late news\nA second ferry crossed the Euphrates at dusk.\n")
        deadline = time.monotonic() + 30
        while (index / "CURRENT").read_text() == first and time.monotonic() < deadline:
            time.sleep(0.05)
        answer = Searcher(load_index(index)).ask("second ferry dusk", k=1)
        assert answer.hits[0].passage.text == "A second ferry crossed the Euphrates at dusk."
    finally:
        watcher.send_signal(signal.SIGINT)
        out, err = watcher.communicate(timeout=30)
    assert watcher.returncode == 0, err
    assert "(of the 3 files briefbot reads: 1 added, 0 changed, 2 unchanged; 0 removed)" in out
    assert "stopped watching" in err


def test_an_index_of_a_newer_briefbot_is_not_overwritten_by_ask_or_update(project):
    run("index", "build", cwd=project)
    index = project / ".briefbot" / "index"
    manifest_path = index / (index / "CURRENT").read_text().strip() / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest_path.write_text(json.dumps({**manifest, "version": "99.0"}))
    before = (index / "CURRENT").read_text()
    for args in (("ask", "convoy"), ("index", "update")):
        result = run(*args, cwd=project)
        assert result.returncode == 1, args
        assert "written by a newer briefbot" in result.stderr and "upgrade briefbot" in result.stderr
        assert (index / "CURRENT").read_text() == before, "the newer index was left alone"
    rebuilt = run("index", "build", cwd=project)
    assert rebuilt.returncode == 0 and (index / "CURRENT").read_text() != before


def test_an_index_of_an_older_briefbot_is_rebuilt_by_ask(project):
    run("index", "build", cwd=project)
    index = project / ".briefbot" / "index"
    manifest_path = index / (index / "CURRENT").read_text().strip() / "manifest.json"
    manifest_path.write_text(json.dumps({**json.loads(manifest_path.read_text()), "version": "1.1"}))
    result = run("ask", "convoy", "--json", cwd=project)
    assert result.returncode == 0
    assert "the index was built by an older briefbot" in result.stderr
    assert json.loads(result.stdout)["passages"]
