"""pyproject.toml declares what the code imports: the program's imports as its dependencies (and nothing it does
not import), those of the tests and the benchmarks in their extras."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"index", "bot", "bench", "tests"}
DATA_ONLY = {"wordllama"}
"""Installed for the files its wheel ships (the meaning model), which the program reads without importing it."""


def distribution(requirement: str) -> str:
    """A requirement's distribution name, normalised (``pypdf[crypto]>=6.0`` -> ``pypdf``)."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement).group()
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_distributions(*folders: str) -> set[str]:
    """The distributions of the third-party modules that the Python files under ``folders`` import."""
    modules: set[str] = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    known = packages_distributions()
    found = set()
    for module in modules - OWN - set(sys.stdlib_module_names):
        names = known.get(module, [module])
        found.add(distribution(names[0]))
    return found


def declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {
        name: {distribution(r) for r in requirements} for name, requirements in project["optional-dependencies"].items()
    }
    return {distribution(r) for r in project["dependencies"]}, extras


def test_the_program_declares_exactly_what_it_imports():
    main, _ = declared()
    # discord.py is imported as `discord`, a name dpytest (tests only) also installs into
    assert imported_distributions("index", "bot") - {"dpytest"} == main - DATA_ONLY


def test_tests_and_benchmarks_declare_what_they_import_in_their_extras():
    main, extras = declared()
    assert imported_distributions("tests") - main - {"discord-py"} <= extras["test"]
    assert imported_distributions("bench") - main <= extras["bench"]
