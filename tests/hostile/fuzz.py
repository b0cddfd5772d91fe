"""Random damage to every file of an index, trial after trial; each trial must end in a refusal (a one-line
error) or in the very answers of the intact index, never in a crash, a hang or a changed answer.

    python -m tests.hostile.fuzz INDEX_FOLDER TRIALS SEED [--consistent]

Run in a process of its own (a crash shows as a signal in its exit status); prints one JSON object of counts.
``--consistent`` writes the checksums of a damaged array into the manifest to match, so that only the checks
of the values themselves (on open, and in the C top-k) stand between the damage and a crash: such an index
may answer differently (it is another index, as far as any checksum can tell), but must never crash or hang.
"""

from __future__ import annotations

import json
import random
import signal
import sys
from collections import Counter
from pathlib import Path

import numpy as np

import index.store
from index.store import current_generation
from tests.hostile.index_damage import answers, damaged_answers, flip_byte, generation_files, rewrite_consistently

TRIAL_SECONDS = 20


def damage_bytes(path: Path, chooser: random.Random) -> str:
    """One kind of random damage to a file's bytes; returns its name."""
    kind = chooser.choice(["flip", "flip", "flips", "zero-block", "truncate", "grow"])
    data = bytearray(path.read_bytes())
    if kind == "flip" or not data:
        flip_byte(path, chooser)
        return "flip"
    if kind == "flips":
        for _ in range(chooser.randint(2, 16)):
            place = chooser.randrange(len(data))
            data[place] ^= 1 << chooser.randrange(8)
    elif kind == "zero-block":
        start = chooser.randrange(len(data))
        data[start : start + chooser.randint(1, 4096)] = bytes(min(len(data) - start, 4096))
        data = data[: len(path.read_bytes())]
    elif kind == "truncate":
        data = data[: chooser.randrange(len(data))]
    else:
        data += bytes(chooser.randrange(256) for _ in range(chooser.randint(1, 64)))
    path.write_bytes(bytes(data))
    return kind


def damage_values(index_dir: Path, chooser: random.Random) -> str:
    """Random values in a random engine or passage array, checksums made to match; returns what was hit."""
    folder = current_generation(index_dir)
    arrays = sorted(p.name for p in folder.iterdir() if p.suffix == ".npy")
    name = chooser.choice(arrays)
    values = np.load(folder / name, allow_pickle=False).copy()
    flat = values.reshape(-1)
    if flat.size == 0:
        return f"{name} (empty)"
    for _ in range(chooser.randint(1, 4)):
        place = chooser.randrange(flat.size)
        if flat.dtype.kind == "f":
            flat[place] = chooser.choice([np.nan, np.inf, -1.0, 1e300, 0.0])
        else:
            info = np.iinfo(flat.dtype)
            flat[place] = chooser.choice([info.max, info.min, -1 if info.min < 0 else 0, flat[place] + 1])
    rewrite_consistently(index_dir, name, values)
    return name


def expired(*_: object) -> None:
    raise TimeoutError("a trial hung")


def main() -> int:
    index_dir, trials, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    consistent = "--consistent" in sys.argv
    chooser = random.Random(seed)
    expected = answers(index_dir)
    folder = current_generation(index_dir)
    pristine = {path.name: path.read_bytes() for path in generation_files(index_dir)}
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    signal.signal(signal.SIGALRM, expired)
    for trial in range(trials):
        index.store.HASHED_ON_OPEN = chooser.choice([0, 1 << 20])  # small arrays mapped too, half the time
        if consistent:
            kinds[damage_values(index_dir, chooser)] += 1
        else:
            path = chooser.choice(generation_files(index_dir))
            kinds[f"{path.name}: {damage_bytes(path, chooser)}"] += 1
        signal.alarm(TRIAL_SECONDS)
        try:
            outcomes[damaged_answers(index_dir, expected, rewritten=consistent)] += 1
        except AssertionError as error:
            print(json.dumps({"trial": trial, "failed": str(error), "kinds": kinds.most_common(3)}))
            return 1
        finally:
            signal.alarm(0)
        for name, data in pristine.items():  # back to the intact index
            (folder / name).write_bytes(data)
    assert answers(index_dir) == expected
    print(json.dumps({"trials": trials, "outcomes": dict(outcomes), "damage": len(kinds)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
