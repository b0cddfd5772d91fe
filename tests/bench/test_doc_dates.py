"""The frozen table of the gold documents' own days (``bench/gold/doc_dates.toml``) covers every gold document, and
a reading is judged against it as right, wrong, missing or rightly absent."""

import tomllib

from bench.doc_dates import GOLD, TRUTH, Read, verdict

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


def test_the_table_names_every_gold_document_and_only_them():
    table = tomllib.loads(TRUTH.read_text(encoding="utf-8"))
    files = {
        f"{path.relative_to(GOLD).parts[0]}/{path.relative_to(GOLD / path.relative_to(GOLD).parts[0]).as_posix()}"
        for path in GOLD.rglob("*")
        if path.suffix in SUFFIXES and len(path.relative_to(GOLD).parts) > 1
    }
    assert set(table) == files
    assert all(day == "none" or len(day) == 10 for day in table.values())


def test_a_reading_is_judged_against_the_day_checked_by_hand():
    def read(day):
        return Read("blind/x.txt", "article", day, "text header", "Title")

    assert verdict(read("2026-03-03"), "2026-03-03") == "right"
    assert verdict(read("2026-03-04"), "2026-03-03") == "wrong"
    assert verdict(read(None), "2026-03-03") == "missing"
    assert verdict(read(None), "none") == "absent"
    assert verdict(read("2026-03-03"), "none") == "wrong"
