"""Reading files from disk without trusting them: regular files only, of bounded size, inside their folder.

Every file briefbot reads goes through here: a FIFO, device, socket or folder is refused before a byte is read,
at most the limit is read, and a path resolving outside its folder is refused unless that folder is allowed.
Refusals are ``UnsafeFileError``, an ``OSError`` whose ``strerror`` is the reason in a few words.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

SMALL_FILE_BYTES = 16_000_000
"""The limit for settings and records briefbot writes itself (aliases, sidecars, manifests, CURRENT)."""


class UnsafeFileError(OSError):
    """A file refused before reading: not a regular file, too large, or outside its folder."""

    def __init__(self, reason: str, path: Path | str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))


def size_text(count: int) -> str:
    """A byte count for people: ``1.2 MB``, ``3.4 kB``, ``12 bytes``."""
    for scale, unit in ((1_000_000, "MB"), (1_000, "kB")):
        if count >= scale:
            return f"{count / scale:.1f} {unit}"
    return f"{count} bytes"


_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}
"""What a file that is not a regular one is, in words, by its type."""


def place_inside(path: Path | str, folder: Path | str, allowed: Sequence[Path | str] = ()) -> tuple[str, ...] | None:
    """Where ``path`` lies, every symbolic link resolved: its parts below the first of ``folder`` and ``allowed``
    that holds it; None when it lies outside them all."""
    real = Path(os.path.realpath(path))
    for base in (folder, *allowed):
        if real.is_relative_to(top := os.path.realpath(base)):
            return real.relative_to(top).parts
    return None


def check_regular(path: Path | str, max_bytes: int | None, within: Path | str | None = None) -> os.stat_result:
    """Stat ``path`` and raise UnsafeFileError unless it is a regular file within ``max_bytes`` lying inside
    ``within`` (when given); returns its status."""
    _check_inside(path, within, ())
    return _checked(os.stat(path), max_bytes, path)


def _check_inside(path: Path | str, within: Path | str | None, allowed: Sequence[Path | str]) -> None:
    if within is not None and place_inside(path, within, allowed) is None:
        raise UnsafeFileError("symbolic link to a file outside the folder (not read)", path)


def _checked(info: os.stat_result, max_bytes: int | None, path: Path | str) -> os.stat_result:
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise UnsafeFileError(f"{kind}, not a regular file", path)
    if max_bytes is not None and info.st_size > max_bytes:
        raise UnsafeFileError(f"file is {size_text(info.st_size)}, over the size limit of {size_text(max_bytes)}", path)
    return info


def read_regular(
    path: Path | str,
    max_bytes: int | None = SMALL_FILE_BYTES,
    within: Path | str | None = None,
    allowed: Sequence[Path | str] = (),
    follow: bool = True,
) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (None: no limit) inside ``within``, opened without
    blocking (nor following a link, unless ``follow``) and checked on the open descriptor; never reads past the
    limit. Raises UnsafeFileError or OSError."""
    _check_inside(path, within, allowed)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | (0 if follow else os.O_NOFOLLOW))
    try:
        _checked(os.fstat(fd), max_bytes, path)
        limit = sys.maxsize if max_bytes is None else max_bytes
        chunks: list[bytes] = []
        total = 0
        while total <= limit and (chunk := os.read(fd, min(1 << 22, limit + 1 - total))):
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise UnsafeFileError(f"file grew over the size limit of {size_text(limit)} while read", path)
        return b"".join(chunks)
    finally:
        os.close(fd)
