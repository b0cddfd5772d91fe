"""Reading a file without trusting it: regular files only, never past their limit, never outside their folder."""

from __future__ import annotations

import os

import pytest

from index.safe_files import UnsafeFileError, check_regular, read_regular
from tests.hostile.conftest import no_hang


def test_a_regular_file_inside_its_folder_is_read_whole(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"words")
    os.symlink("a.txt", tmp_path / "link.txt")
    assert read_regular(tmp_path / "a.txt", 5, within=tmp_path) == b"words"
    assert read_regular(tmp_path / "link.txt", 5, within=tmp_path) == b"words"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: os.mkfifo(p), "a named pipe (FIFO), not a regular file"),
        (lambda p: os.symlink("/dev/zero", p), "a device, not a regular file"),
        (lambda p: p.mkdir(), "a folder, not a regular file"),
        (lambda p: p.write_bytes(b"x" * 11), "file is 11 bytes, over the size limit of 10 bytes"),
    ],
    ids=["fifo", "device", "folder", "too large"],
)
def test_anything_else_is_refused_before_it_is_read(tmp_path, make, reason):
    path = tmp_path / "thing"
    make(path)
    with no_hang(10), pytest.raises(UnsafeFileError) as refused:
        read_regular(path, 10)
    assert refused.value.strerror == reason
    with pytest.raises(UnsafeFileError):
        check_regular(path, 10)


def test_a_link_out_of_the_folder_is_refused_unless_its_target_folder_is_allowed(tmp_path):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_bytes(b"secret")
    (tmp_path / "inside").mkdir()
    os.symlink(tmp_path / "outside" / "secret.txt", tmp_path / "inside" / "notes.txt")
    with pytest.raises(UnsafeFileError, match="outside the folder"):
        read_regular(tmp_path / "inside" / "notes.txt", within=tmp_path / "inside")
    link = tmp_path / "inside" / "notes.txt"
    assert read_regular(link, within=tmp_path / "inside", allowed=[tmp_path / "outside"]) == b"secret"


def test_a_folder_whose_name_starts_like_the_allowed_one_is_still_outside(tmp_path):
    (tmp_path / "corpus-private").mkdir()
    (tmp_path / "corpus-private" / "a.txt").write_bytes(b"x")
    (tmp_path / "corpus").mkdir()
    os.symlink(tmp_path / "corpus-private" / "a.txt", tmp_path / "corpus" / "a.txt")
    with pytest.raises(UnsafeFileError):
        read_regular(tmp_path / "corpus" / "a.txt", within=tmp_path / "corpus")
