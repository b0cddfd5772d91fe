"""The attack table: hostile inputs tried against a briefbot checkout through its command line, each held or not.

    python -m tests.hostile.attacks                 # this checkout
    python -m tests.hostile.attacks --code /path/to/other/checkout

Each attack runs in a fresh folder, in processes of their own (at most 3 GB of memory each, and a time limit:
a hang, a crash, an exhausted memory or a wrong answer is an attack that was not held). Prints one line per
attack and a table of attacks held per family. The suite's own tests check the same behaviour; this script is
the measurement, run by hand, that can also be pointed at an older checkout for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE))

from tests.hostile.files import nested_page, shared_stream_pdf  # noqa: E402

TOKEN = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs"
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ARTICLE = "Ferry report\n\nThe ferry across the Euphrates carried forty trucks on Tuesday morning.\n"
BUILD_SECONDS = 60


@dataclass
class Result:
    code: int | None
    out: str
    err: str
    seconds: float

    @property
    def crashed(self) -> bool:
        return self.code is not None and self.code < 0

    @property
    def clean_error(self) -> bool:
        """Ended with one readable error line (no traceback, no "unexpected error", no crash)."""
        return (
            self.code == 1
            and "Traceback" not in self.err
            and "unexpected error" not in self.err
            and "MemoryError" not in self.err
        )


class Runner:
    """Runs the briefbot command line of one checkout."""

    def __init__(self, code: Path) -> None:
        self.code = code

    def run(
        self,
        *args: str,
        cwd: Path,
        env: dict[str, str] | None = None,
        timeout: float = BUILD_SECONDS,
        stdin: str | None = None,
        script: str | None = None,
        limits: Callable[[], None] | None = None,
        tty: bool = False,
    ) -> Result:
        """Run briefbot (or ``script``); with ``tty``, its output goes to a terminal (both streams, in ``out``,
        as a person would see them: escapes are not stripped as they are for a pipe)."""
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "DISCORD_"))}
        clean.update(env or {}, PYTHONPATH=str(self.code))
        command = [sys.executable, "-c", script, *args] if script else [sys.executable, "-m", "bot.cli", *args]

        def confine() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
            if limits:
                limits()

        began = time.monotonic()
        if tty:
            return self._on_terminal(command, cwd, {**clean, "NO_COLOR": "1"}, timeout, confine, began)
        pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        process = subprocess.Popen(
            command, cwd=cwd, env=clean, text=True, preexec_fn=confine, start_new_session=True, **pipes
        )
        try:
            out, err = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
            return Result(None, out, err + f"\n(still running after {timeout:g} s)", time.monotonic() - began)
        return Result(process.returncode, out, err, time.monotonic() - began)

    @staticmethod
    def _on_terminal(
        command: list[str], cwd: Path, env: dict[str, str], timeout: float, confine: Callable[[], None], began: float
    ) -> Result:
        main, secondary = pty.openpty()
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary,
            preexec_fn=confine, start_new_session=True,
        )  # fmt: skip
        os.close(secondary)
        chunks = []
        while time.monotonic() - began < timeout:
            ready, _, _ = select.select([main], [], [], 0.5)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(main)
        try:
            code = process.wait(timeout=max(1.0, timeout - (time.monotonic() - began)))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            code = None
        shown = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
        return Result(code, shown, "", time.monotonic() - began)

    def build(self, cwd: Path, corpus: str = "corpus", **kwargs) -> Result:
        return self.run("index", "build", "--corpus", corpus, "--index", "index", cwd=cwd, **kwargs)

    def ask(self, question: str, cwd: Path, *extra: str, **kwargs) -> Result:
        return self.run("ask", question, *extra, "--corpus", "corpus", "--index", "index", cwd=cwd, **kwargs)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def base_corpus(tmp: Path) -> Path:
    root = tmp / "corpus"
    write(root / "ferry.txt", ARTICLE)
    briefing = "---\ntitle: Briefing\ndate: 2017-03-02\n---\nMR. ODUYA: The convoy near Raqqa was struck.\n"
    write(root / "briefing.md", briefing)
    return root


def built_ok(result: Result, must_skip: str | None = None) -> bool:
    """The build finished in time, without a crash, with the good files, and named ``must_skip`` as skipped."""
    if result.code != 0:
        return False
    return must_skip is None or must_skip in result.out


ATTACKS: list[tuple[str, str, Callable[[Runner, Path], bool]]] = []


def attack(family: str, name: str) -> Callable[[Callable[[Runner, Path], bool]], Callable[[Runner, Path], bool]]:
    def register(check: Callable[[Runner, Path], bool]) -> Callable[[Runner, Path], bool]:
        ATTACKS.append((family, name, check))
        return check

    return register


# --- corpus files ----------------------------------------------------------------------------------------------


@attack("corpus files", "a FIFO as a document")
def _(r: Runner, tmp: Path) -> bool:
    os.mkfifo(base_corpus(tmp) / "pipe.txt")
    return built_ok(r.build(tmp, timeout=20), "pipe.txt")


@attack("corpus files", "a FIFO as aliases.toml")
def _(r: Runner, tmp: Path) -> bool:
    os.mkfifo(base_corpus(tmp) / "aliases.toml")
    return built_ok(r.build(tmp, timeout=20), "aliases.toml")


@attack("corpus files", "a FIFO as a sidecar")
def _(r: Runner, tmp: Path) -> bool:
    os.mkfifo(base_corpus(tmp) / "ferry.txt.meta.toml")
    return r.build(tmp, timeout=20).code == 0


@attack("corpus files", "a link to /dev/zero as aliases.toml")
def _(r: Runner, tmp: Path) -> bool:
    os.symlink("/dev/zero", base_corpus(tmp) / "aliases.toml")
    return built_ok(r.build(tmp, timeout=30), "aliases.toml")


@attack("corpus files", "a link to /dev/zero as a document")
def _(r: Runner, tmp: Path) -> bool:
    os.symlink("/dev/zero", base_corpus(tmp) / "zero.txt")
    return built_ok(r.build(tmp, timeout=30), "zero.txt")


@attack("corpus files", "a link to /dev/zero as a sidecar")
def _(r: Runner, tmp: Path) -> bool:
    os.symlink("/dev/zero", base_corpus(tmp) / "ferry.txt.meta.toml")
    return r.build(tmp, timeout=30).code == 0


@attack("corpus files", "a link to a private file outside the corpus")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "private" / "plans.txt", "Plans\n\nThe confidential bridge plans are in the safe.\n")
    os.symlink(tmp / "private" / "plans.txt", base_corpus(tmp) / "plans.txt")
    r.build(tmp)
    return "in the safe" not in r.ask("confidential bridge plans", tmp, "--json").out


@attack("corpus files", "a link to a folder outside the corpus")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "private" / "plans.txt", "Plans\n\nThe confidential bridge plans are in the safe.\n")
    os.symlink(tmp / "private", base_corpus(tmp) / "more")
    r.build(tmp)
    return "in the safe" not in r.ask("confidential bridge plans", tmp, "--json").out


@attack("corpus files", "a link to a hidden file inside the corpus")
def _(r: Runner, tmp: Path) -> bool:
    root = base_corpus(tmp)
    write(root / ".notes", "Hidden\n\nThe confidential bridge plans are in the safe.\n")
    os.symlink(".notes", root / "notes.txt")
    r.build(tmp)
    return "in the safe" not in r.ask("confidential bridge plans", tmp, "--json").out


@attack("corpus files", "a link to /etc/passwd")
def _(r: Runner, tmp: Path) -> bool:
    os.symlink("/etc/passwd", base_corpus(tmp) / "passwd.txt")
    r.build(tmp)
    return "/bin/" not in r.ask("root bin bash", tmp, "--json").out


@attack("corpus files", "`index build --strict` with a link out of the corpus")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "private" / "plans.txt", "Plans\n\nThe confidential bridge plans are in the safe.\n")
    os.symlink(tmp / "private" / "plans.txt", base_corpus(tmp) / "plans.txt")
    return r.run("index", "build", "--strict", "--corpus", "corpus", "--index", "index", cwd=tmp).code == 1


@attack("corpus files", "100,000 nested div elements (1 MB)")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "deep.html", nested_page(100_000))
    return built_ok(r.build(tmp, timeout=30), "deep.html")


@attack("corpus files", "100,000 nested header elements")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "deep.html", nested_page(100_000, "header"))
    return built_ok(r.build(tmp, timeout=30), "deep.html")


@attack("corpus files", "100,000 nested bold elements")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "deep.html", nested_page(100_000, "b"))
    return built_ok(r.build(tmp, timeout=30), "deep.html")


@attack("corpus files", "100,000 self-closing divs (which a browser nests)")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "deep.html", "<html><body><p>Words.</p>" + "<div/>" * 100_000 + "</body></html>")
    return built_ok(r.build(tmp, timeout=30), "deep.html")


@attack("corpus files", "30,000 nested divs, readable within the budget it sets")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "deep.html", nested_page(30_000))
    result = r.build(tmp, timeout=30, env={"BRIEFBOT_MAX_NESTING": "40000"})
    return result.code == 0


@attack("corpus files", "100,000 bold runs in one paragraph")
def _(r: Runner, tmp: Path) -> bool:
    runs = "".join(f"<b>w{n}</b> " for n in range(100_000))
    write(base_corpus(tmp) / "bold.html", f"<html><body><p>{runs}</p></body></html>")
    return r.build(tmp, timeout=30).code == 0


@attack("corpus files", "a 17 KB PDF: 10 pages sharing one 5 MB content stream")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "shared.pdf", shared_stream_pdf(10, 140_000))
    return built_ok(r.build(tmp, timeout=60), "shared.pdf")


@attack("corpus files", "a PDF: 1,000 pages sharing one content stream")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "shared.pdf", shared_stream_pdf(1000, 2000))
    return built_ok(r.build(tmp, timeout=60), "shared.pdf")


@attack("corpus files", "a page declaring charset=utf-16, written in ASCII")
def _(r: Runner, tmp: Path) -> bool:
    page = '<html><head><meta charset="utf-16"></head><body><p>The hovercraft landed at the quay.</p></body></html>'
    write(base_corpus(tmp) / "page.html", page + " " * (len(page) % 2))  # an even length decodes as UTF-16
    r.build(tmp)
    return "hovercraft landed" in r.ask("hovercraft quay", tmp, "--json").out


@attack("corpus files", "a javascript: link in front matter")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "a.md", "---\nurl: javascript:alert(1)\n---\nThe hovercraft landed at the quay.\n")
    r.build(tmp)
    return "javascript:" not in r.ask("hovercraft quay", tmp, "--json").out


@attack("corpus files", "a javascript: link in a sidecar")
def _(r: Runner, tmp: Path) -> bool:
    root = base_corpus(tmp)
    write(root / "a.html", "<html><body><p>The hovercraft landed at the quay.</p></body></html>")
    write(root / "a.html.meta.toml", 'url = "javascript:alert(1)"\n')
    r.build(tmp)
    return "javascript:" not in r.ask("hovercraft quay", tmp, "--json").out


@attack("corpus files", "binary bytes named .txt")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    return built_ok(r.build(tmp), "image.txt")


@attack("corpus files", "a hidden .env in the corpus")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / ".env", f"DISCORD_TOKEN={TOKEN}\n")
    r.build(tmp)
    return TOKEN not in r.ask("discord token", tmp, "--json").out


# --- index on disk ---------------------------------------------------------------------------------------------


def large_index(r: Runner, tmp: Path, cache: dict[str, Path]) -> None:
    """An index whose arrays are over 1 MB (memory-mapped), copied from one built once per checkout."""
    if "large" not in cache:
        from bench.synthetic import write_corpus

        where = Path(tempfile.mkdtemp(prefix="attack-large-"))
        write_corpus(where / "corpus", 40_000)
        r.build(where, timeout=600)
        cache["large"] = where
    shutil.copytree(cache["large"] / "corpus", tmp / "corpus", symlinks=True)
    shutil.copytree(cache["large"] / "index", tmp / "index", symlinks=True)


def generation(tmp: Path) -> Path:
    index = tmp / "index"
    return index / (index / "CURRENT").read_text().strip()


CACHE: dict[str, Path] = {}
QUESTIONS = "the press briefing today\nconvoy border crossing\nminister talks\nsanctions economy\n"


def answers_or_error(r: Runner, tmp: Path) -> Result:
    return r.run("ask", "-", "--index", "index", "--corpus", "corpus", cwd=tmp, stdin=QUESTIONS, timeout=60)


def damaged_index_held(r: Runner, tmp: Path, damage: Callable[[Path], None]) -> bool:
    large_index(r, tmp, CACHE)
    before = answers_or_error(r, tmp)
    damage(generation(tmp))
    after = answers_or_error(r, tmp)
    if after.crashed or after.code is None:
        return False
    return after.clean_error or after.out == before.out


def flip(path: Path, place: float, bit: int) -> None:
    data = bytearray(path.read_bytes())
    where = 128 + int((len(data) - 129) * place)
    data[where] ^= 1 << bit
    path.write_bytes(bytes(data))


for _name, _place, _bit, _label in [
    ("engine.postings_rows.npy", 0.5, 7, "a high bit flipped in a posting's row id (4 bytes wide)"),
    ("engine.postings_rows.npy", 0.25, 7, "another high bit flipped in a row id"),
    ("engine.postings_tf.npy", 0.5, 3, "a term frequency changed"),
    ("engine.row_norms.npy", 0.5, 4, "a length norm changed"),
    ("engine.term_idf.npy", 0.3, 5, "an IDF changed"),
    ("engine.postings_offsets.npy", 0.5, 6, "a postings offset changed"),
    ("rows.npy", 0.5, 6, "a row's passage number changed"),
    ("passages.docs.npy", 0.5, 6, "a passage's document number changed"),
    ("passages.offsets.npy", 0.5, 2, "a passage's offset changed"),
    ("passages.jsonl", 0.5, 1, "a byte of a passage's text changed"),
]:

    def _check(r: Runner, tmp: Path, name: str = _name, place: float = _place, bit: int = _bit) -> bool:
        return damaged_index_held(r, tmp, lambda folder: flip(folder / name, place, bit))

    attack("index on disk", _label)(_check)


@attack("index on disk", "an array truncated")
def _(r: Runner, tmp: Path) -> bool:
    def cut(folder: Path) -> None:
        path = folder / "engine.postings_rows.npy"
        path.write_bytes(path.read_bytes()[:-4096])

    return damaged_index_held(r, tmp, cut)


def special_index_file(r: Runner, tmp: Path, name: str, kind: str) -> bool:
    large_index(r, tmp, CACHE)
    path = tmp / "index" / "CURRENT" if name == "CURRENT" else generation(tmp) / name
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    else:
        os.symlink("/dev/zero", path)
    result = r.run("ask", "convoy", "--index", "index", "--corpus", "missing", cwd=tmp, timeout=30)
    return result.clean_error


for _target in ("CURRENT", "manifest.json", "engine.postings_rows.npy", "passages.jsonl", "aliases.jsonl"):
    for _kind in ("fifo", "zero"):

        def _check(r: Runner, tmp: Path, name: str = _target, kind: str = _kind) -> bool:
            return special_index_file(r, tmp, name, kind)

        what = "a FIFO" if _kind == "fifo" else "a link to /dev/zero"
        attack("index on disk", f"{_target} replaced by {what}")(_check)


@attack("index on disk", "the current generation is a link to a folder outside the index")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    folder = generation(tmp)
    shutil.move(folder, tmp / "elsewhere")
    os.symlink(tmp / "elsewhere", folder)
    return r.run("ask", "convoy", "--index", "index", "--corpus", "missing", cwd=tmp).clean_error


def edit_manifest(tmp: Path, change: Callable[[dict], None]) -> None:
    path = generation(tmp) / "manifest.json"
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))


@attack("index on disk", "a damaged manifest entry, then `index update`")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    edit_manifest(tmp, lambda m: m["corpus"].update(skipped=[{"file": 3}]))
    result = r.run("index", "update", "--corpus", "corpus", "--index", "index", cwd=tmp)
    return result.code == 0 or result.clean_error


@attack("index on disk", "a damaged manifest entry, then `index verify`")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    edit_manifest(tmp, lambda m: m["corpus"].update(skipped=[{"file": 3}]))
    return r.run("index", "verify", "--index", "index", cwd=tmp).code == 1


@attack("index on disk", "a manifest's file entry that is not a record: `verify` and `ask`")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    edit_manifest(tmp, lambda m: m["files"].update({"rows.npy": "damaged"}))
    verify = r.run("index", "verify", "--index", "index", cwd=tmp)
    ask = r.run("ask", "convoy", "--index", "index", "--corpus", "missing", cwd=tmp)
    return verify.clean_error and ask.clean_error


@attack("index on disk", "BM25 parameters that are not numbers: `verify` agrees with `ask`")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    edit_manifest(tmp, lambda m: m.update(bm25={"k1": "fast"}))
    ask = r.run("ask", "convoy", "--index", "index", "--corpus", "missing", cwd=tmp)
    verify = r.run("index", "verify", "--index", "index", cwd=tmp)
    return ask.clean_error and verify.code == 1


@attack("index on disk", "`ask` when its update cannot be written (file size limit)")
def _(r: Runner, tmp: Path) -> bool:
    root = base_corpus(tmp)
    r.build(tmp)
    write(root / "new.txt", "New\n\nThe hovercraft landed at the quay.\n")

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))

    result = r.ask("convoy raqqa", tmp, limits=small_files)
    return result.code == 0 and "convoy" in result.out.lower()


# --- add ---------------------------------------------------------------------------------------------------------


def add(r: Runner, tmp: Path, *args: str, **kwargs) -> Result:
    (tmp / "corpus").mkdir(exist_ok=True)
    return r.run("add", *args, "--corpus", "corpus", "--index", "index", cwd=tmp, **kwargs)


def corpus_files(tmp: Path) -> list[str]:
    return sorted(p.name for p in (tmp / "corpus").rglob("*") if p.is_file())


@attack("add", "a FIFO")
def _(r: Runner, tmp: Path) -> bool:
    os.mkfifo(tmp / "pipe.txt")
    return add(r, tmp, "pipe.txt", timeout=20).clean_error


@attack("add", "a link to /dev/zero")
def _(r: Runner, tmp: Path) -> bool:
    os.symlink("/dev/zero", tmp / "zero.txt")
    return add(r, tmp, "zero.txt", timeout=30).clean_error


@attack("add", "a file over the size limit")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "big.txt", "Big\n\n" + "word " * 500)
    result = add(r, tmp, "big.txt", env={"BRIEFBOT_MAX_FILE_MB": "0.001"})
    return result.code == 1 and corpus_files(tmp) == []


@attack("add", "a file named ..txt")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "..txt", ARTICLE)
    add(r, tmp, "..txt")
    names = corpus_files(tmp)
    return len(names) == 1 and names[0].endswith(".txt") and not names[0].startswith(".")


@attack("add", "a title with DEL from the sidecar beside it")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "page.html", "<html><body><p>The hovercraft landed at the quay.</p></body></html>")
    write(tmp / "page.html.meta.toml", 'title = "Quay\\u007f report"\n')
    result = add(r, tmp, "page.html", "--date", "2017-03-02")
    return result.code != 0 or "skipped" not in r.build(tmp).out


@attack("add", "a javascript: link in the sidecar beside it")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "page.html", "<html><body><p>The hovercraft landed at the quay.</p></body></html>")
    write(tmp / "page.html.meta.toml", 'url = "javascript:alert(1)"\n')
    add(r, tmp, "page.html")
    return "javascript:" not in "".join(p.read_text() for p in (tmp / "corpus").rglob("*.toml"))


@attack("add", "--url javascript:")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "a.txt", ARTICLE)
    return add(r, tmp, "a.txt", "--url", "javascript:alert(1)").code != 0 and corpus_files(tmp) == []


@attack("add", "a PDF that stalls its reader")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "shared.pdf", shared_stream_pdf(1000, 2000))
    return add(r, tmp, "shared.pdf", timeout=60).clean_error


@attack("add", "--folder ../outside")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "a.txt", ARTICLE)
    return add(r, tmp, "a.txt", "--folder", "../outside").code != 0 and not (tmp / "outside").exists()


# --- questions and rendering ----------------------------------------------------------------------------------


def escaped_corpus(r: Runner, tmp: Path) -> None:
    root = base_corpus(tmp)
    filler = "The river was calm and the crossing was open all day long for everyone. " * 8
    write(root / "a.md", f"---\ntitle: Quay\x1b]0;owned\x07 news\u009b31m\n---\nThe hovercraft\x1b[31m "
          f"landed at the quay\u0085 today. {filler}\n")  # fmt: skip
    r.build(tmp)


@attack("questions and rendering", "escapes in a title and quote: terminal answer")
def _(r: Runner, tmp: Path) -> bool:
    escaped_corpus(r, tmp)
    result = r.ask("hovercraft quay", tmp, tty=True)
    return "landed at the" in result.out and not RAW_CONTROL.search(result.out)


@attack("questions and rendering", "escapes in a title and quote: --format discord preview")
def _(r: Runner, tmp: Path) -> bool:
    escaped_corpus(r, tmp)
    result = r.ask("hovercraft quay", tmp, "--format", "discord", tty=True)
    return "landed at the" in result.out and not RAW_CONTROL.search(result.out)


@attack("questions and rendering", "escapes in a title and quote: --json")
def _(r: Runner, tmp: Path) -> bool:
    escaped_corpus(r, tmp)
    result = r.ask("hovercraft quay", tmp, "--json")
    return "landed at the" in result.out and not RAW_CONTROL.search(result.out)


@attack("questions and rendering", "escapes in a title and quote: --format discord --json")
def _(r: Runner, tmp: Path) -> bool:
    escaped_corpus(r, tmp)
    result = r.ask("hovercraft quay", tmp, "--format", "discord", "--json")
    return "landed at the" in result.out and not RAW_CONTROL.search(result.out)


@attack("questions and rendering", "a file name with escapes and a line break: build summary")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "evil\x1b[2J\nskipped 0:.txt", b"\x00\x01binary")
    result = r.build(tmp, tty=True)
    forged = any(line.startswith("skipped 0:") for line in result.out.splitlines())
    return result.code == 0 and not RAW_CONTROL.search(result.out) and not forged


@attack("questions and rendering", "a file name with escapes: `ask`'s automatic update notes")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "evil\x1b[2J.txt", b"\x00\x01binary")
    result = r.ask("convoy", tmp, tty=True)
    return result.code == 0 and "evil" in result.out and not RAW_CONTROL.search(result.out)


@attack("questions and rendering", "a question with terminal escapes")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    result = r.ask("convoy \x1b[2J\x9b31m", tmp, tty=True)
    return result.code == 0 and not RAW_CONTROL.search(result.out)


@attack("questions and rendering", "questions with C1 controls in JSON Lines")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    result = r.run("ask", "-", "--index", "index", "--corpus", "corpus", cwd=tmp, stdin="convoy \u009b31m\n")
    return result.code == 0 and not RAW_CONTROL.search(result.out)


@attack("questions and rendering", "a 100,000-character question")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    return r.ask("convoy " * 14_000, tmp, timeout=30).code == 0


# --- secrets -----------------------------------------------------------------------------------------------------


@attack("secrets", "a link to the bot's .env in the corpus")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / ".env", f"DISCORD_TOKEN={TOKEN}\n")
    os.symlink(tmp / ".env", base_corpus(tmp) / "settings.txt")
    r.build(tmp)
    return TOKEN not in r.ask("discord token", tmp, "--json").out + r.ask("discord token", tmp).out


@attack("secrets", "a link to .env through a linked folder")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / "bot" / ".env", f"DISCORD_TOKEN={TOKEN}\n")
    os.symlink(tmp / "bot" / ".env", tmp / "bot" / "env.txt")
    os.symlink(tmp / "bot", base_corpus(tmp) / "bot")
    r.build(tmp)
    return TOKEN not in r.ask("discord token", tmp, "--json").out


DISCORD_ECHO = """
import sys
from pathlib import Path
import discord
from bot.discord.client import BriefbotClient
from bot.discord.run import run_discord
from bot.settings import Settings

async def echo(self, token, *, reconnect=True):
    class Response:
        status, reason = 401, "Unauthorized"
    if sys.argv[1] == "http":
        raise discord.HTTPException(Response(), f"bad token {token}, signature {token.split('.')[-1]}")
    raise OSError(f"cannot connect as {token}")

BriefbotClient.start = echo
settings = Settings.model_validate({"DISCORD_TOKEN": sys.argv[2]})
sys.exit(run_discord(settings, Path("corpus"), Path("index"), sync_only=False, notify=print))
"""


for _kind in ("http", "network"):

    def _check(r: Runner, tmp: Path, kind: str = _kind) -> bool:
        base_corpus(tmp)
        r.build(tmp)
        result = r.run(kind, TOKEN, cwd=tmp, script=DISCORD_ECHO)
        shown = result.out + result.err
        return result.code == 1 and TOKEN not in shown and TOKEN.split(".")[-1] not in shown

    attack("secrets", f"Discord's {_kind} error echoing the token")(_check)


@attack("secrets", "the token in a command line error")
def _(r: Runner, tmp: Path) -> bool:
    write(tmp / ".env", f"DISCORD_TOKEN={TOKEN}\n")
    result = r.run("ask", "convoy", "--corpus", TOKEN, "--index", "index", cwd=tmp)
    return result.code == 1 and TOKEN not in result.err


@attack("secrets", "a FIFO as the .env settings file")
def _(r: Runner, tmp: Path) -> bool:
    os.mkfifo(tmp / ".env")
    return r.run("ask", "convoy", cwd=tmp, timeout=20).clean_error


@attack("secrets", "the token in the environment: help texts")
def _(r: Runner, tmp: Path) -> bool:
    result = r.run("discord", "--help", cwd=tmp, env={"DISCORD_TOKEN": TOKEN})
    return TOKEN not in result.out + result.err


# --- load --------------------------------------------------------------------------------------------------------


@attack("load", "2,000 questions in one batch")
def _(r: Runner, tmp: Path) -> bool:
    base_corpus(tmp)
    r.build(tmp)
    result = r.run("ask", "-", "--index", "index", "--corpus", "corpus", cwd=tmp, stdin="convoy raqqa\n" * 2000)
    return result.code == 0 and len(result.out.splitlines()) == 2000


@attack("load", "a corpus of 40 hostile files and 2 good ones")
def _(r: Runner, tmp: Path) -> bool:
    root = base_corpus(tmp)
    for number in range(10):
        write(root / f"deep-{number}.html", nested_page(20_000))
        write(root / f"shared-{number}.pdf", shared_stream_pdf(50, 2000))
        os.mkfifo(root / f"pipe-{number}.txt")
        os.symlink("/dev/zero", root / f"zero-{number}.md")
    result = r.build(tmp, timeout=120, env={"BRIEFBOT_MAX_READ_SECONDS": "3"})
    return result.code == 0 and "indexed 2 files" in result.out


@attack("load", "a 20 MB text file of one line")
def _(r: Runner, tmp: Path) -> bool:
    write(base_corpus(tmp) / "line.txt", "Line\n\n" + "convoy " * 3_000_000)
    return r.build(tmp, timeout=120).code == 0


@attack("load", "a 5 MB page of 100,000 paragraphs")
def _(r: Runner, tmp: Path) -> bool:
    body = "".join(f"<p>Paragraph {n} about the ferry.</p>" for n in range(100_000))
    write(base_corpus(tmp) / "long.html", f"<html><body>{body}</body></html>")
    return r.build(tmp, timeout=120).code == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=HERE, help="the checkout to attack")
    parser.add_argument("--only", default="", help="run only attacks whose name holds this")
    args = parser.parse_args()
    runner = Runner(args.code.resolve())
    totals: dict[str, list[int]] = {}
    for family, name, check in ATTACKS:
        if args.only and args.only not in name:
            continue
        tmp = Path(tempfile.mkdtemp(prefix="attack-"))
        began = time.monotonic()
        try:
            held = bool(check(runner, tmp))
        except Exception as error:  # a broken attack counts as not held, and says why
            held = False
            name = f"{name} ({type(error).__name__}: {error})"
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        counts = totals.setdefault(family, [0, 0])
        counts[0] += held
        counts[1] += 1
        print(f"{'held' if held else 'FAILED':6} {time.monotonic() - began:6.1f} s  {family}: {name}", flush=True)
    for where in CACHE.values():
        shutil.rmtree(where, ignore_errors=True)
    print("\n| family | held | tried |\n| --- | ---: | ---: |")
    for family, (held, tried) in totals.items():
        print(f"| {family} | {held} | {tried} |")
    print(f"| all | {sum(h for h, _ in totals.values())} | {sum(t for _, t in totals.values())} |")


if __name__ == "__main__":
    main()
