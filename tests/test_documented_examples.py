"""The examples the README and docs/ show are what briefbot prints.

An example is a fenced block with the info string ``console`` whose first line is a command after ``$ ``
(``briefbot ...``, optionally after ``NAME=value`` settings) and whose other lines are what it prints:
standard error first, then standard output, as a terminal shows them. Each runs through the command's entry
point (``tests/cli_runner.run``) in a temporary folder holding a copy of the shipped ``corpus/``, 88 columns
wide; only what must vary is normalised (timings). An example whose output says ``no index yet`` starts
without an index, every other one from an index built once. Blocks fenced as ``text`` are illustrations and are not run.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli_runner import run
from tests.sample import sample_copy

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
_SETTING = re.compile(r"^[A-Z_][A-Z0-9_]*=")
_SECONDS = re.compile(r"\bin \d+(?:\.\d+)? s\b")


@dataclass(frozen=True)
class Example:
    document: str
    line: int
    command: str
    expected: str

    def __str__(self) -> str:
        return f"{self.document}:{self.line}"


def documented_examples() -> list[Example]:
    """Every ``console`` block of the README and docs/, in order."""
    found = []
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            first, _, output = match.group(1).partition("\n")
            line = text.count("\n", 0, match.start()) + 1
            found.append(Example(str(path.relative_to(ROOT)), line, first, output))
    return found


def normalise(output: str) -> str:
    """Timings made constant, trailing spaces and blank lines at the end dropped."""
    lines = [_SECONDS.sub("in N s", line).rstrip() for line in output.splitlines()]
    return "\n".join(lines).strip("\n")


def _split(command: str) -> tuple[dict[str, str], list[str]]:
    assert command.startswith("$ "), f"an example's first line is the command after '$ ': {command!r}"
    words = shlex.split(command[2:])
    settings = {}
    while words and _SETTING.match(words[0]):
        name, _, value = words.pop(0).partition("=")
        settings[name] = value
    assert words[:1] == ["briefbot"], f"an example runs briefbot: {command!r}"
    return settings, words[1:]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a copy of the shipped corpus and its index, built once."""
    folder = tmp_path_factory.mktemp("built")
    sample_copy(folder)
    result = run("index", "build", cwd=folder, env={"COLUMNS": "88"})
    assert result.returncode == 0, result.stderr
    return folder


EXAMPLES = documented_examples()


def test_the_readme_and_docs_show_examples_that_are_checked():
    """The answer the README shows is one of the checked examples, so the marker cannot silently go."""
    assert any(example.document == "README.md" for example in EXAMPLES)
    assert len(EXAMPLES) >= 5, [str(example) for example in EXAMPLES]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_a_documented_example_prints_what_the_docs_show(example: Example, built: Path, tmp_path: Path):
    settings, arguments = _split(example.command)
    folder = built
    if "no index yet" in example.expected:
        folder = tmp_path
        sample_copy(folder)
    result = run(*arguments, cwd=folder, env={"COLUMNS": "88", **settings})
    shown = normalise(result.stderr + result.stdout)
    assert shown == normalise(example.expected), f"{example} no longer matches; briefbot printed:\n{shown}"
    failed = "briefbot: error:" in example.expected
    assert (result.returncode != 0) == failed, f"{example}: exit code {result.returncode}"


def test_normalising_keeps_everything_but_timings():
    assert normalise("indexed 7 files, 65 passages in 0.2 s → .briefbot/index  \n\n") == (
        "indexed 7 files, 65 passages in N s → .briefbot/index"
    )
    assert normalise("in 2016 strikes") == "in 2016 strikes"


def test_every_module_has_its_line_in_the_development_guide():
    """docs/development.md says where each behaviour lives: a module it does not name is a gap in that map."""
    guide = (ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    missing = []
    for package in ("index", "bot"):
        for path in sorted((ROOT / package).rglob("*")):
            if path.suffix not in (".py", ".c") or path.name == "__init__.py" or "__pycache__" in path.parts:
                continue
            name = path.relative_to(ROOT / package).as_posix()
            if f"`{name}`" not in guide:
                missing.append(f"{package}/{name}")
    assert not missing, f"docs/development.md does not say what these modules do: {missing}"


def test_every_module_the_development_guide_names_exists():
    """A module moved or removed leaves no row behind in the guide's tables of ``index/`` and ``bot/``."""
    package, named, stale = None, 0, []
    for line in (ROOT / "docs" / "development.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"### `(\w+)/`", line)
        if heading:
            package = heading.group(1)
        elif line.startswith("#"):
            package = None
        row = re.match(r"\| `([\w/]+\.(?:py|c))` \|", line)
        if package and row:
            named += 1
            if not (ROOT / package / row.group(1)).exists():
                stale.append(f"{package}/{row.group(1)}")
    assert named >= 40 and not stale, (named, stale)


def test_every_link_between_documents_leads_to_a_file():
    """A page moved or renamed leaves no link of the README or docs/ pointing nowhere."""
    broken = []
    for path in DOCUMENTS:
        for target in re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8")):
            if "://" in target or target.startswith(("#", "mailto:")):
                continue
            if not (path.parent / target.split("#")[0]).exists():
                broken.append(f"{path.relative_to(ROOT)} → {target}")
    assert not broken, broken
