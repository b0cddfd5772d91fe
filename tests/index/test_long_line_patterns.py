"""Hostile lines that made the readers' patterns backtrack for minutes (a rule of dashes between long runs of spaces;
a long run of spaces before a line in capitals; a long line of words searched for a telephone number or an e-mail
address), read in a child process
whose CPU is capped far above what linear matching needs: a pattern gone quadratic or worse fails the test rather
than hang it. The look-alikes stay as they were."""

import ast
import resource
import subprocess
import sys

_CPU_SECONDS = 60
"""A cap on the child's CPU, many times what reading these texts takes; the old patterns needed minutes or more."""

_READ = """
import sys

from index.readers.text import read_text_document
from index.splitter import split_document
text = sys.stdin.read()
for passage in split_document(read_text_document(text.encode(), "long.txt")):
    print(repr(passage.text))
"""


def _cap_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (_CPU_SECONDS, _CPU_SECONDS))


def _passages(text: str, script: str = _READ) -> list[object]:
    """What ``script`` prints (by default the passages of ``text`` read as a text file), run in a child process under
    the CPU cap."""
    done = subprocess.run(
        [sys.executable, "-c", script], input=text, capture_output=True, text=True, preexec_fn=_cap_cpu, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    return [ast.literal_eval(line) for line in done.stdout.splitlines()]


def test_a_rule_of_dashes_between_long_runs_of_spaces_is_read_in_linear_time():
    pad = " " * 40_000
    found = _passages(
        "Harbour works\n\nThe quay is shut for repairs this week, the council said.\n" + pad + "---" + pad + "x\n"
    )
    assert found[0] == "The quay is shut for repairs this week, the council said."
    assert "x" in found


_CAPITALS = """
from index.readers.numbered import _CAPITALS
print(repr(_CAPITALS.match(" " * 150_000 + "LUNCHEON ADJOURNMENT") is not None))
print(repr(_CAPITALS.match(" " * 150_000 + "Luncheon adjournment") is not None))
"""


def test_a_long_run_of_spaces_before_a_line_in_capitals_is_matched_in_linear_time():
    """The numbered transcript's pattern for a line in capitals (a note, no one's words), matched directly: a
    reader reaches it only on a numbered line, through other checks."""
    assert _passages("", _CAPITALS) == [True, False]


def test_a_long_line_in_a_pasted_release_is_searched_for_phones_and_addresses_in_linear_time():
    top = ["Harbour Police", "News", "Appeals", "FOR IMMEDIATE RELEASE", "Lorry crash closes the coast road"]
    lead = "Officers closed the coast road near Wendmouth for six hours on Thursday after a lorry overturned."
    found = _passages("\n".join([*top, "12 March 2026", "Ann " * 25_000, lead, "Call 01632 960 123", "Share"]) + "\n")
    assert lead in found
    assert "Call 01632 960 123" not in found, "a contact's number is still the page's"


_STOPPED_LABEL = """
from index.speakers import _STOPPED_OR_DASHED
pad = " " * 100_000
print(repr(_STOPPED_OR_DASHED.match(pad + "A" * 200_000) is not None))
print(repr(_STOPPED_OR_DASHED.match(pad + "RACHEL OKAFOR. Thank you, Chair.") is not None))
print(repr(_STOPPED_OR_DASHED.match(pad + "NEW YORK. SNOW CLOSED THE PORT.") is not None))
"""


def test_a_long_word_in_capitals_after_a_long_run_of_spaces_is_matched_in_linear_time():
    """The pattern for a label closed by a full stop or a dash, asked of every line with no colon near its start:
    a long word in capitals was tried against the rest of the line once for each of its letters. A name in capitals
    closed by a full stop before a sentence is still a label; a dateline in capitals (no lower case after) is not."""
    assert _passages("", _STOPPED_LABEL) == [False, True, False]


def test_a_pasted_line_of_capitals_is_read_in_linear_time():
    lead = "The quay is shut for repairs this week, the council said."
    found = _passages("Harbour works\n\n" + lead + "\n\n" + "W" * 200_000 + "\n\nThe ferry runs as usual.\n")
    assert lead in found and "The ferry runs as usual." in found


_STOPPED_AND_CREDIT = """
from index.readers.article import _CREDIT
from index.speakers import label_at_start
print(repr(label_at_start("A" * 200_000) is None))
print(repr(label_at_start("RACHEL OKAFOR. Thank you, Chairman.").speaker))
print(repr(_CREDIT.search("A-" * 125_000) is None))
print(repr(_CREDIT.search("A hearing in the old town hall. REUTERS/Ann Lee") is not None))
"""


def test_a_long_line_of_capitals_or_hyphenated_capitals_is_matched_in_linear_time():
    """A name in capitals closed by a full stop (``RACHEL OKAFOR.``) looked for in a long line of capitals, and a
    caption's credit (``AGENCY/Name``) in a long line of capitals and hyphens, matched directly: the full readers
    reach these patterns through other checks. The short forms are still found."""
    assert _passages("", _STOPPED_AND_CREDIT) == [True, "RACHEL OKAFOR", True, True]
