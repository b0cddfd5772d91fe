"""The index on disk under abuse: builds killed with SIGKILL at any moment, two builds at once, planted pickles.

Builds run as the real ``briefbot`` command in subprocesses, on a corpus large enough that a build takes a
second or more, so that kills land in every phase: reading files, analysing them in worker processes,
writing arrays, switching the ``CURRENT`` pointer.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

from index.builder import build_index
from index.errors import ErrorKind, IndexCorruptError
from index.search import Searcher
from index.store import CURRENT_FILE, LOCK_FILE, current_generation, load_index, verify_index
from tests.cli_runner import briefbot_command, run, run_process
from tests.conftest import write

WORDS = [
    "strike",
    "convoy",
    "ceasefire",
    "Idlib",
    "Aleppo",
    "Nusra",
    "Pentagon",
    "briefing",
    "talks",
    "trucks",
    "oil",
    "Russia",
    "coalition",
    "drone",
    "civilians",
    "March",
    "October",
    "border",
    "crossing",
    "inspectors",
    "humanitarian",
    "pause",
    "Euphrates",
    "ferry",
    "Raqqa",
]
QUESTION = "humanitarian pause at the border crossing"
KILL_POINTS = (0.5,)
"""When a killed build is killed in the quick run, as a share of a whole build's time: midway (and, apart from
this, as soon as it starts writing)."""
MORE_KILL_POINTS = (0.05, 0.2, 0.35, 0.65, 0.8, 0.95)
"""The moments before, between and after, tried by the slow run (``pytest -m slow``): early, late and in between."""
CORPUS_FILES = 250


def transcript(number: int, chooser: random.Random) -> str:
    turns = [f"---\ntitle: Briefing {number}\ndate: 2016-{1 + number % 12:02d}-{1 + number % 28:02d}\n---"]
    for turn in range(40):
        speaker = "QUESTION" if turn % 2 else "MS. ADLER"
        words = " ".join(chooser.choice(WORDS) for _ in range(chooser.randint(8, 40)))
        turns.append(f"{speaker}: {words}.")
    return "\n".join(turns) + "\n"


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crash") / "corpus"
    chooser = random.Random(3)
    for number in range(CORPUS_FILES):
        write(root, f"briefings/b{number:04d}.txt", transcript(number, chooser))
    return root


@pytest.fixture(scope="module")
def big_index(big_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The big corpus built once by the real command; a test that changes it works on a copy."""
    index = tmp_path_factory.mktemp("crash-index") / "index"
    arguments = ("index", "build", "--corpus", str(big_corpus), "--index", str(index))
    built = run_process(*arguments, cwd=index.parent, timeout=120)
    assert built.returncode == 0, built.stderr
    return index


def start_build(corpus: Path, index: Path, command: str = "build") -> subprocess.Popen[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "DISCORD_"))}
    return subprocess.Popen(
        [*briefbot_command(), "index", command, "--corpus", str(corpus), "--index", str(index)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean,
    )


def build_processes(index: Path) -> list[int]:
    """Processes (a build and its workers) whose command line names this index folder."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if str(index).encode() in command:
            found.append(int(entry.name))
    return found


def temporaries(index: Path) -> set[str]:
    """The temporary folders of builds in the index folder."""
    return {p.name for p in index.iterdir() if p.name.startswith(".tmp-")}


def holds_lock(pid: int, index: Path) -> bool:
    """Whether process ``pid`` holds the index folder's build lock (read in /proc/locks, the lock untouched)."""
    try:
        inode = (index / LOCK_FILE).stat().st_ino
    except FileNotFoundError:
        return False
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" not in fields and "FLOCK" in fields:  # "->" marks a process waiting for a lock
            at = fields.index("FLOCK")
            if fields[at + 3] == str(pid) and fields[at + 4].endswith(f":{inode}"):
                return True
    return False


def wait_for(condition, timeout: float) -> bool:
    """Poll ``condition`` every millisecond until it holds (True) or ``timeout`` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.001)
    return False


def wait_until_gone(index: Path, timeout: float = 5.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := build_processes(index)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def answers(index: Path) -> list[str]:
    loaded = load_index(index)
    assert loaded.vectors is not None and loaded.vectors.shape[0] == len(loaded.rows), "meaning vectors are whole"
    return [hit.passage.text for hit in Searcher(loaded).ask(QUESTION, k=3).hits]


@pytest.mark.parametrize("command", ["build", "update"])
def test_a_build_killed_at_any_moment_leaves_a_whole_index_that_answers(big_corpus, big_index, tmp_path, command):
    killed_at_moments(big_corpus, big_index, tmp_path, command, KILL_POINTS, writing=True)


@pytest.mark.slow
@pytest.mark.parametrize("command", ["build", "update"])
def test_a_build_killed_at_more_moments_leaves_a_whole_index_that_answers(big_corpus, big_index, tmp_path, command):
    killed_at_moments(big_corpus, big_index, tmp_path, command, MORE_KILL_POINTS, writing=False)


def killed_at_moments(
    big_corpus: Path, big_index: Path, tmp_path: Path, command: str, points: tuple[float, ...], writing: bool
) -> None:
    """Time ``index COMMAND`` on a copy of the big index, kill it at each share of that time in ``points`` (and as
    soon as it starts writing, when ``writing``), and check after every kill that the index is whole and answers,
    and after a last whole run that no temporary folder is left."""
    index = shutil.copytree(big_index, tmp_path / "index")
    write(big_corpus, f"late/{command}-{len(points)}-timed.txt", transcript(999, random.Random(999)))
    began = time.monotonic()
    timed = run_process("index", command, "--corpus", str(big_corpus), "--index", str(index), cwd=tmp_path, timeout=120)
    duration = time.monotonic() - began
    assert timed.returncode == 0, timed.stderr
    killed_mid_build = 0
    schedule = [*(duration * point for point in points), *([None] if writing else [])]  # None: as it starts writing
    for number, delay in enumerate(schedule):
        late = transcript(1000 + number, random.Random(number))
        write(big_corpus, f"late/{command}-{len(points)}-{number}.txt", late)
        before = (index / CURRENT_FILE).read_text()
        stale = temporaries(index)
        process = start_build(big_corpus, index, command)
        if delay is None:
            assert wait_for(lambda stale=stale: temporaries(index) - stale, 60), "the build began writing a generation"
        else:
            time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        if process.returncode == -signal.SIGKILL and (index / CURRENT_FILE).read_text() == before:
            killed_mid_build += 1
        assert wait_until_gone(index) == [], "no worker of a killed build lives on"
        when = "while writing" if delay is None else f"after {delay:.2f} s"
        assert answers(index), f"the index answers after a kill {when}"
        assert verify_index(index) == [], f"the index is whole after a kill {when}"
    assert killed_mid_build >= 1, "at least one kill landed before the build finished"
    again = run_process("index", command, "--corpus", str(big_corpus), "--index", str(index), cwd=tmp_path, timeout=120)
    assert again.returncode == 0, again.stderr
    assert not [p.name for p in index.iterdir() if p.name.startswith(".tmp-")]
    assert len([p for p in index.iterdir() if p.name.startswith("gen-")]) <= 2
    assert answers(index)


def test_two_builds_at_once_take_turns(big_corpus, tmp_path):
    index = tmp_path / "index"
    first = start_build(big_corpus, index)
    assert wait_for(lambda: holds_lock(first.pid, index), 60), "the first build took the lock"
    second = start_build(big_corpus, index)
    outputs = [process.communicate(timeout=120) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert "another build is writing this index; waiting for it to finish" in outputs[1][1]
    assert verify_index(index) == []
    assert answers(index)


class _Planted:
    """Unpickling this object would create a file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "code ran"))


def test_a_planted_pickle_is_refused_and_never_run(corpus, tmp_path):
    index = tmp_path / "index"
    build_index(corpus, index)
    marker = tmp_path / "pwned"
    arrays = sorted(current_generation(index).glob("*.npy"), key=lambda path: path.stat().st_size)
    assert arrays, "the index holds plain arrays"
    for target in (arrays[0], arrays[-1]):  # a small array (checksummed on open) and the largest (mapped)
        original = target.read_bytes()
        np.save(target, np.array([_Planted(marker)], dtype=object), allow_pickle=True)
        assert pickle.DEFAULT_PROTOCOL  # the file above really holds a pickle
        with pytest.raises(IndexCorruptError) as damaged:
            searcher = Searcher(load_index(index))
            searcher.ask("convoy near Raqqa")
        assert damaged.value.kind is ErrorKind.INDEX_DAMAGED
        assert verify_index(index), "verify names the damaged file"
        result = run("ask", "convoy", "--corpus", str(corpus), "--index", str(index), cwd=tmp_path)
        assert result.returncode == 1 and "rebuild" in result.stderr and "Traceback" not in result.stderr
        assert not marker.exists(), "no code from the index files ran"
        target.write_bytes(original)
    assert answers_in(index, "convoy near Raqqa")


def answers_in(index: Path, question: str) -> bool:
    return bool(Searcher(load_index(index)).ask(question).hits)


def test_a_foreign_folder_is_refused_as_an_index(corpus, tmp_path):
    foreign = tmp_path / "photos"
    write(foreign, "holiday.jpg", b"\xff\xd8\xff")
    result = run_process("ask", "convoy", "--corpus", str(corpus), "--index", str(foreign), cwd=tmp_path)
    assert result.returncode == 1
    assert "refusing to write an index into" in result.stderr and "holiday.jpg" in result.stderr
    assert sorted(p.name for p in foreign.iterdir()) == ["holiday.jpg"], "nothing was written there"
