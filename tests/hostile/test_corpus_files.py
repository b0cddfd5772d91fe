"""Hostile corpus files: special files, links out, hidden files, unreadable folders, files over budget. Each is
skipped with its reason, nothing hangs, nothing outside the corpus is read, and the rest is indexed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.aliases import AliasFileError, load_aliases
from index.builder import build_index
from index.corpus import scan_corpus
from index.limits import FileLimits, set_limits
from index.search import Searcher
from index.store import load_index
from tests.conftest import write
from tests.hostile.conftest import no_hang
from tests.hostile.files import nested_page, shared_stream_pdf

GOOD = "Ferry report\nThe ferry across the Euphrates carried forty trucks on Tuesday.\n"
SECRET = "DISCORD_TOKEN=MTIzNDU2Nzg5.secret-token-value\n"


def reasons(report) -> dict[str, str]:
    return {item.path: item.reason for item in report.skipped}


def every_text(index_dir: Path) -> str:
    index = load_index(index_dir)
    return "\n".join(passage.text for passage in index.passages)


def test_links_out_of_the_corpus_are_skipped_and_never_read(tmp_path):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    (tmp_path / ".env").write_text(SECRET)
    (tmp_path / "outside").mkdir()
    write(tmp_path / "outside", "private.txt", "Private notes\nThe secret plan for the bridge.\n")
    os.symlink(tmp_path / ".env", root / "token.txt")
    os.symlink(tmp_path / "outside" / "private.txt", root / "private.txt")
    os.symlink(tmp_path / "outside", root / "elsewhere")
    write(root, ".env", SECRET)
    os.symlink(".env", root / "settings.md")
    write(root, ".git/config", SECRET)
    os.symlink(".git/config", root / "config.txt")
    os.symlink(".git", root / "repository")
    report = build_index(root, tmp_path / "index")
    why = reasons(report)
    assert why["token.txt"] == why["private.txt"] == "symbolic link to a file outside the corpus folder (not read)"
    assert why["elsewhere/"] == "symbolic link to a folder outside the corpus"
    assert why["settings.md"] == why["config.txt"] == "symbolic link to a hidden file (not read)"
    assert why["repository/"] == "symbolic link to a hidden folder"
    assert ".env" not in why  # a hidden file is not even a candidate
    text = every_text(tmp_path / "index")
    assert "secret" not in text.lower() and "forty trucks" in text
    assert report.files == 1


def test_a_named_outside_folder_may_be_linked(tmp_path):
    root = tmp_path / "corpus"
    shared = tmp_path / "shared"
    write(shared, "brief.txt", "Shared brief\nThe shared brief mentions the northern crossing.\n")
    write(root, "ferry.txt", GOOD)
    os.symlink(shared, root / "shared")
    set_limits(FileLimits(linked_folders=(shared,)))
    report = build_index(root, tmp_path / "index")
    assert report.skipped == () and report.files == 2


@pytest.mark.parametrize("name", ["pipe.txt", "aliases.toml", "ferry.txt.meta.toml"])
def test_a_fifo_anywhere_in_the_corpus_is_a_reason_not_a_hang(tmp_path, name):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    os.mkfifo(root / name)
    with no_hang():
        report = build_index(root, tmp_path / "index")
    assert reasons(report)[name] == "a named pipe (FIFO), not a regular file"
    assert report.files == 1


def test_links_to_devices_are_reasons_not_memory_exhaustion(tmp_path):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    set_limits(FileLimits(linked_folders=(Path("/dev"),)))
    os.symlink("/dev/zero", root / "zero.txt")
    os.symlink("/dev/zero", root / "aliases.toml")
    with no_hang():
        report = build_index(root, tmp_path / "index")
    why = reasons(report)
    assert why["zero.txt"] == why["aliases.toml"] == "a device, not a regular file"


def test_the_alias_file_is_read_only_when_it_is_a_regular_file_inside_the_corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    write(tmp_path, "elsewhere.toml", '[groups]\nisis = ["ISIS", "Daesh"]\n')
    os.symlink(tmp_path / "elsewhere.toml", root / "aliases.toml")
    with pytest.raises(AliasFileError, match="outside the folder"):
        load_aliases(root)


def test_an_unreadable_sub_folder_is_listed(tmp_path, monkeypatch):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    write(root, "locked/inside.txt", GOOD)
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    scan = scan_corpus(root)
    assert [(s.path, s.reason) for s in scan.skipped] == [("locked/", "folder cannot be read: Permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not stop the superuser")
def test_an_unreadable_sub_folder_on_disk_is_listed(tmp_path):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    write(root, "locked/inside.txt", GOOD)
    (root / "locked").chmod(0)
    try:
        report = build_index(root, tmp_path / "index")
    finally:
        (root / "locked").chmod(0o755)
    assert reasons(report)["locked/"].startswith("folder cannot be read")


def test_deeply_nested_pages_are_skipped_quickly_and_the_build_goes_on(tmp_path):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    write(root, "divs.html", nested_page(100_000))
    write(root, "headers.html", nested_page(100_000, "header"))
    with no_hang(20):
        report = build_index(root, tmp_path / "index")
    why = reasons(report)
    expected = "over the nesting budget: elements nested more than 512 deep (BRIEFBOT_MAX_NESTING)"
    assert why["divs.html"] == why["headers.html"] == expected
    assert report.files == 1


def test_a_nested_page_within_the_budget_is_read_whole(tmp_path):
    root = tmp_path / "corpus"
    write(root, "divs.html", nested_page(400))
    report = build_index(root, tmp_path / "index")
    assert report.skipped == ()
    assert "block 399 holds a few words" in every_text(tmp_path / "index")


def test_a_pdf_over_its_time_budget_is_skipped_and_the_build_goes_on(tmp_path):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    write(root, "shared.pdf", shared_stream_pdf(pages=1000, lines=2000))
    set_limits(FileLimits(max_seconds=0.5))
    with no_hang(20):
        report = build_index(root, tmp_path / "index")
    assert reasons(report)["shared.pdf"] == (
        "over the time budget: reading it took more than 0.5 s (BRIEFBOT_MAX_READ_SECONDS)"
    )
    assert report.files == 1


def test_pdf_page_and_inflation_budgets(tmp_path):
    root = tmp_path / "corpus"
    write(root, "many.pdf", shared_stream_pdf(pages=30, lines=10))
    write(root, "inflated.pdf", shared_stream_pdf(pages=3, lines=20_000))
    set_limits(FileLimits(max_pages=20, max_inflated_bytes=1_000_000))
    report = build_index(root, tmp_path / "index")
    why = reasons(report)
    assert why["many.pdf"] == "over the page budget: 30 pages, more than 20 (BRIEFBOT_MAX_PAGES)"
    assert why["inflated.pdf"].startswith("over the decompression budget: its contents inflate to more than 1 MB")


def test_answers_come_only_from_inside_the_corpus(tmp_path):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    (tmp_path / ".env").write_text(SECRET)
    os.symlink(tmp_path / ".env", root / "notes.txt")
    build_index(root, tmp_path / "index")
    answer = Searcher(load_index(tmp_path / "index")).ask("discord token", 5)
    assert answer.hits == ()


@pytest.mark.parametrize(
    "markup",
    [
        "<div/>" * 100_000,  # a browser ignores the slash: these nest
        "<div" * 200_000,  # tags that never close
        "<script" * 200_000,
        "<!--" * 200_000,
        '<a title="' * 200_000,
    ],
    ids=["self-closing divs", "unclosed tags", "unclosed scripts", "unclosed comments", "unclosed attributes"],
)
def test_tags_that_trick_the_depth_count_are_still_cheap(tmp_path, markup):
    root = tmp_path / "corpus"
    write(root, "ferry.txt", GOOD)
    write(root, "trick.html", f"<html><body><p>Some words.</p>{markup}</body></html>")
    with no_hang(20):
        report = build_index(root, tmp_path / "index")
    assert report.files in (1, 2)
