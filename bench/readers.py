"""Reading speed of the HTML and PDF readers, side by side with the libraries' own plain-text extraction.

The reference for PDFs is pypdf's ``extract_text()`` on every page; for web pages, selectolax's text of the
whole body. The readers do more (paragraphs, page furniture, metadata, boilerplate removal), so the ratio
says what that costs. Documents are generated with fpdf2; files given as arguments are
measured too. A pasted web page of short lines (a menu, a long table) is read at two sizes: the text reader's
time should double with the page (ratio 2), not grow as its square.

    .venv/bin/python bench/readers.py [--pages 200] [FILE.pdf|FILE.html ...]

With ``--reference CHECKOUT`` it times instead the text reader (reading and splitting) of this checkout beside
another's, in one run, on the same text files: the gold corpora's and the sample corpus's, synthetic transcripts
with and without front matter, the pasted page; each checkout in processes of its own, taking turns, the best of
the rounds kept (processor time), and the ratio (this ÷ reference; below 1 is faster).

    .venv/bin/python bench/readers.py --reference /path/to/other/checkout [--rounds 3]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader
from selectolax.lexbor import LexborHTMLParser

from index.errors import SkipFile
from index.models import Document
from index.readers.html import read_html_document
from index.readers.pdf import read_pdf_document
from index.readers.text import read_text_document
from index.splitter import split_document

_QUESTION = "QUESTION: Is there any news on the convoy that was held at the northern crossing since Monday?"
_ANSWER = (
    "MS. VARGA: We are following it closely with our partners on the ground. The trucks moved overnight, the "
    "inspections went faster than expected, and I would expect more of them to cross in the course of the day. "
    "Beyond that I am not going to get ahead of the people who are doing the work there."
)


def generated_pdf(pages: int) -> bytes:
    """A briefing transcript of about ``pages`` pages, with a page number on each."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    while pdf.page_no() < pages:
        for text in (_QUESTION, _ANSWER):
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    return bytes(pdf.output())


def generated_page(turns: int) -> bytes:
    """A transcript web page of ``turns`` question-and-answer pairs inside navigation, scripts and a footer."""
    body = "".join(
        f"<p><b>QUESTION:</b> {_QUESTION.split(': ', 1)[1]} ({n})</p><p><strong>MS. VARGA:</strong> "
        f"{_ANSWER.split(': ', 1)[1]}</p>"
        for n in range(turns)
    )
    menu = "".join(f"<li><a href='/s/{n}'>Section {n}</a></li>" for n in range(200))
    return (
        "<html><head><title>Daily Briefing</title><script>var a = 1;</script></head><body>"
        f"<nav><ul>{menu}</ul></nav><main><article><h1>Daily Briefing</h1>{body}</article></main>"
        "<footer>All rights reserved</footer></body></html>"
    ).encode()


def generated_pasted_page(rows: int) -> bytes:
    """An article pasted from the web: a menu, a headline, a paragraph, then ``rows`` short lines of a table."""
    table = "\n".join(f"Stall {n} price {n % 90} crowns" for n in range(rows))
    return f"Home\nWorld\nSport\nMenu\nMarket prices for the week\n{_ANSWER}\n{table}\n".encode()


def compare_growth(rows: int) -> None:
    small, large = generated_pasted_page(rows), generated_pasted_page(2 * rows)
    read = ours(read_text_document, "page.txt")
    once, twice = best_of(read, small), best_of(read, large)
    print(f"pasted page, {rows} short lines (txt)   {once:7.3f} s   {2 * rows} lines {twice:7.3f} s  "
          f"ratio {twice / once:5.2f}")  # fmt: skip


def pdf_reference(data: bytes) -> int:
    return sum(len(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages)


def html_reference(data: bytes) -> int:
    tree = LexborHTMLParser(data.decode("utf-8", errors="replace"))
    return len(tree.body.text() if tree.body else "")


def ours(reader: Callable[[bytes, str], Document], name: str) -> Callable[[bytes], int]:
    def run(data: bytes) -> int:
        return len(split_document(reader(data, name)))

    return run


def best_of(function: Callable[[bytes], int], data: bytes, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        function(data)
        times.append(time.perf_counter() - began)
    return min(times)


def compare(label: str, data: bytes, pdf: bool) -> None:
    reference = best_of(pdf_reference if pdf else html_reference, data)
    mine = best_of(ours(read_pdf_document if pdf else read_html_document, label), data)
    print(f"{label:40} {len(data) / 1e6:7.2f} MB  reference {reference:7.3f} s  briefbot {mine:7.3f} s  "
          f"ratio {mine / reference:5.2f}")  # fmt: skip


_ROOT = Path(__file__).resolve().parent.parent
_TRANSCRIPTS = 60


def text_inputs() -> dict[str, list[tuple[str, bytes]]]:
    """The text files both checkouts read: this checkout's gold and sample corpora, synthetic transcripts, a page."""
    from bench.synthetic import Vocabulary, transcript

    folders = (_ROOT / "bench" / "gold",)  # the shipped sample corpus is kept there too (``bench/gold/sample/``)
    files = [(str(p), p.read_bytes()) for f in folders for p in sorted(f.rglob("*")) if p.suffix in (".txt", ".md")]
    vocabulary = Vocabulary()
    synthetic = [transcript(number, vocabulary) for number in range(_TRANSCRIPTS)]
    return {
        f"gold and sample corpora, {len(files)} .txt/.md files": files,
        f"synthetic transcripts with front matter, {_TRANSCRIPTS} files": [(n, t.encode()) for n, t in synthetic],
        f"synthetic transcripts without front matter, {_TRANSCRIPTS} files": [
            (n, t.split("---\n", 2)[2].encode()) for n, t in synthetic
        ],
        "pasted page, 4000 short lines": [("page.txt", generated_pasted_page(4000))],
    }


def time_text_reader() -> dict[str, float]:
    """Seconds of processor time the text reader takes to read and split each set of ``text_inputs`` (best of two;
    processor time, so that other work on a shared machine counts for less than in the time on the clock)."""

    def read_all(files: list[tuple[str, bytes]]) -> None:
        for name, data in files:
            with contextlib.suppress(SkipFile):
                split_document(read_text_document(data, name))

    timings = {}
    for label, files in text_inputs().items():
        best = float("inf")
        for _ in range(2):
            began = time.process_time()
            read_all(files)
            best = min(best, time.process_time() - began)
        timings[label] = best
    return timings


def compare_checkouts(reference: Path, rounds: int) -> None:
    """This checkout's text reader beside ``reference``'s, in turns, each in a process of its own."""
    checkouts = {"this": _ROOT, "reference": reference.resolve()}
    best: dict[str, dict[str, float]] = {name: {} for name in checkouts}
    for _ in range(rounds):
        for name, code in checkouts.items():
            command = [sys.executable, str(Path(__file__).resolve()), "--child"]
            env = {**os.environ, "PYTHONPATH": str(code)}
            done = subprocess.run(command, capture_output=True, text=True, cwd=code, env=env, check=True)
            for label, seconds in json.loads(done.stdout.strip().splitlines()[-1]).items():
                best[name][label] = min(seconds, best[name].get(label, float("inf")))
    print(f"reference: {checkouts['reference']}; best of {rounds} rounds\n")
    print("| text files | reference CPU s | this CPU s | this ÷ reference |")
    print("| --- | ---: | ---: | ---: |")
    for label, seconds in best["this"].items():
        before = best["reference"][label]
        print(f"| {label} | {before:.3f} | {seconds:.3f} | {seconds / before:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200, help="pages of the generated PDF")
    parser.add_argument("--reference", type=Path, help="another checkout whose text reader to time beside this one")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of turns with --reference")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", type=Path)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(time_text_reader()))
        return
    if options.reference:
        compare_checkouts(options.reference, options.rounds)
        return
    compare(f"generated transcript, {options.pages} pages (pdf)", generated_pdf(options.pages), pdf=True)
    compare("generated transcript, 2000 turns (html)", generated_page(2000), pdf=False)
    compare_growth(4000)
    for path in options.files:
        compare(path.name, path.read_bytes(), pdf=path.suffix.lower() == ".pdf")


if __name__ == "__main__":
    main()
