"""``briefbot add`` end to end, in a subprocess, on temporary corpora."""

import json

import pytest

from tests.cli_runner import run, run_json
from tests.conftest import write
from tests.index.test_readers_html import TRANSCRIPT_PAGE
from tests.pdf_fixtures import BRIEFING_TURNS, briefing_pdf, scanned_pdf


@pytest.fixture
def project(corpus):
    """A working folder with the test corpus in ``corpus/``."""
    return corpus.parent


NOTE = "Crossing notes\nThe northern crossing reopened on Friday after three days of talks.\n"


def corpus_files(project):
    return sorted(p.relative_to(project / "corpus").as_posix() for p in (project / "corpus").rglob("*") if p.is_file())


def test_adding_a_text_file_writes_front_matter_updates_the_index_and_says_what_it_brought(project, tmp_path):
    run("index", "build", cwd=project)
    source = write(tmp_path / "downloads", "crossing.txt", NOTE)
    result = run(
        "add", str(source), "--title", "Crossing notes, 7 April", "--url", "https://notes.example/7",
        "--date", "2017-04-07", "--folder", "notes", cwd=project,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "added notes/crossing.txt: 2 passages — Crossing notes, 7 April, 2017-04-07"
    assert lines[1].startswith("indexed 3 files, ")
    stored = (project / "corpus" / "notes" / "crossing.txt").read_text()
    assert stored == (
        '---\ntitle: "Crossing notes, 7 April"\nurl: "https://notes.example/7"\ndate: 2017-04-07\n---\n' + NOTE
    )
    ask = run("ask", "northern crossing reopened", "--json", cwd=project)
    assert ask.stderr == "", "the index was already current"
    top = json.loads(ask.stdout)["passages"][0]
    assert (top["text"], top["url"], top["date"], top["page"]) == (
        "The northern crossing reopened on Friday after three days of talks.",
        "https://notes.example/7",
        "2017-04-07",
        None,
    )


def test_adding_a_file_read_as_windows_1252_says_so_as_a_build_does(project, tmp_path):
    run("index", "build", cwd=project)
    source = write(tmp_path / "downloads", "latin.txt", "Note\nCaf\u00e9 cr\u00e8me reopened.\n".encode("cp1252"))
    result = run("add", str(source), cwd=project)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("added latin.txt: ") and lines[1].startswith("indexed ")
    assert lines[2:] == [f"  warning: latin.txt: {lines[2].split(': ', 2)[2]}"] and "Windows-1252" in lines[2]
    plain = run("add", str(write(tmp_path / "downloads", "plain.txt", NOTE)), cwd=project)
    assert len(plain.stdout.splitlines()) == 2, "a file read without a warning adds no line"


def test_adding_the_same_content_again_is_refused_and_changes_nothing(project, tmp_path):
    source = write(tmp_path / "downloads", "crossing.txt", NOTE)
    assert run("add", str(source), "--date", "2017-04-07", cwd=project).returncode == 0
    before = corpus_files(project)
    renamed = write(tmp_path / "elsewhere", "copy-of-notes.md", NOTE)
    result = run("add", str(source), str(renamed), cwd=project)
    assert result.returncode == 1
    assert f"briefbot: not added: {source} has the same content as crossing.txt" in result.stderr
    assert f"briefbot: not added: {renamed} has the same content as crossing.txt" in result.stderr
    assert "nothing was added" in result.stderr and result.stdout == ""
    assert corpus_files(project) == before


def test_a_different_file_with_a_taken_name_gets_a_free_name(project, tmp_path):
    taken = write(tmp_path / "a", "convoy.md", "A different note\nNothing to do with the other convoy.\n")
    result = run("add", str(taken), "--folder", "news", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("added news/convoy-2.md (news/convoy.md holds a different file): 1 passage")
    assert (project / "corpus" / "news" / "convoy.md").read_text().startswith("---\ntitle: Convoy destroyed")


def test_adding_a_pdf_writes_a_sidecar_and_answers_link_to_the_page(project, tmp_path):
    pdf = write(tmp_path / "downloads", "0406.pdf", briefing_pdf())
    result = run(
        "add", str(pdf), "--url", "https://ministry.example/b/0406.pdf", "--folder", "briefings", cwd=project
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "added briefings/0406.pdf: 4 passages — Daily Briefing, 2017-04-06"
    assert (project / "corpus" / "briefings" / "0406.pdf").read_bytes() == pdf.read_bytes()
    sidecar = (project / "corpus" / "briefings" / "0406.pdf.meta.toml").read_text()
    assert sidecar == 'url = "https://ministry.example/b/0406.pdf"\n'
    data = run_json("ask", "inspections tomorrow", "--json", "--k", "1", cwd=project)
    speaker, text, page = BRIEFING_TURNS[2]
    assert data["passages"][0] | {"score": 0} == data["passages"][0] | {
        "text": text,
        "speaker": speaker,
        "page": page,
        "url": f"https://ministry.example/b/0406.pdf#page={page}",
        "source_path": "briefings/0406.pdf",
        "date": "2017-04-06",
        "score": 0,
    }
    shown = run("ask", "inspections tomorrow", "--k", "1", cwd=project).stdout
    assert f"Daily Briefing (page {page}) — https://ministry.example/b/0406.pdf#page={page}" in shown


def test_adding_a_web_page_brings_its_speaker_turns(project, tmp_path):
    page = write(tmp_path / "saved", "briefing.html", TRANSCRIPT_PAGE)
    result = run("add", str(page), "--title", "Daily Briefing, 6 April 2017", cwd=project)
    assert result.returncode == 0, result.stderr
    # 7 passages: the page's header block (spokesperson, role, place) is not part of the briefing.
    assert result.stdout.startswith("added briefing.html: 7 passages — Daily Briefing, 6 April 2017, 2017-04-06")
    assert (project / "corpus" / "briefing.html.meta.toml").read_text() == 'title = "Daily Briefing, 6 April 2017"\n'
    top = run_json("ask", "humanitarian pause", "--json", "--k", "1", cwd=project)["passages"][0]
    assert top["url"] == "https://www.ministry.example/briefings/2017-04-06"
    assert top["speaker"] == "MS. VARGA", "the question gives way to the turn that answers it"
    assert "humanitarian pause" in top["context"]


def test_one_bad_file_stops_the_whole_command_with_a_line_for_each_problem(project, tmp_path):
    good = write(tmp_path / "in", "good.txt", NOTE)
    scan = write(tmp_path / "in", "scan.pdf", scanned_pdf())
    notes = write(tmp_path / "in", "notes.docx", b"PK\x03\x04")
    before = corpus_files(project)
    result = run("add", str(good), str(scan), str(notes), str(tmp_path / "gone.txt"), str(tmp_path / "in"), cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"briefbot: error: {scan}: no extractable text: the PDF looks like a scan (its pages are images); "
        "run it through OCR first",
        f"briefbot: error: {notes}: unsupported file type '.docx' (briefbot reads .htm, .html, .md, .pdf, .txt)",
        f"briefbot: error: {tmp_path / 'gone.txt'}: no such file",
        f"briefbot: error: {tmp_path / 'in'}: is a folder; give the files in it (for example folder/*.pdf)",
        "briefbot: error: nothing was added",
    ]
    assert corpus_files(project) == before
    assert not (project / ".briefbot").exists(), "the index was not touched"


def test_one_file_with_a_problem_gets_one_line(project, tmp_path):
    before = corpus_files(project)
    result = run("add", str(tmp_path / "gone.txt"), cwd=project)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"briefbot: error: {tmp_path / 'gone.txt'}: no such file"]
    assert corpus_files(project) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--date", "6 April 2017"), "'6 April 2017' is not a date in YYYY-MM-DD form"),
        (("--date", "2017-02-30"), "not a real calendar date"),
        (("--url", "ministry.example/b"), "is not an http(s):// address"),
        (("--folder", "../outside"), "must be a sub-folder inside the corpus"),
        (("--kind", "memo"), "'memo' is not one of"),
        (("--title", "One title", "second.txt"), "--title and --url describe one document"),
    ],
)
def test_bad_options_are_usage_errors_and_copy_nothing(project, tmp_path, args, message):
    source = write(tmp_path / "in", "first.txt", NOTE)
    write(tmp_path / "in", "second.txt", "Second\nAnother.\n")
    before = corpus_files(project)
    result = run("add", str(source), *args, cwd=tmp_path / "in", env={"BRIEFBOT_CORPUS_DIR": str(project / "corpus")})
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert corpus_files(project) == before


def test_add_needs_a_path_and_explains_itself(project):
    assert run("add", cwd=project).returncode == 2
    help_text = run("add", "--help", cwd=project).stdout
    assert "Usage: briefbot add" in help_text and "--url" in help_text and "meta.toml" in help_text


def test_a_folder_that_is_a_link_out_of_the_corpus_is_refused_and_nothing_is_written(project, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / "corpus" / "linked").symlink_to(outside, target_is_directory=True)
    source = write(tmp_path / "in", "first.txt", NOTE)
    result = run("add", str(source), "--folder", "linked/deeper", cwd=project)
    assert result.returncode == 1 and "linked is a link or a file" in result.stderr
    assert "Traceback" not in result.stderr and list(outside.iterdir()) == []
