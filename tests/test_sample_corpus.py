"""The shipped sample corpus (a copy, ``tests.sample``): it builds cleanly and answers the README's example
question."""

import pytest

from index.builder import build_index
from index.corpus import scan_corpus
from index.search import Searcher
from index.store import load_index
from tests.conftest import line as date_line


@pytest.fixture(scope="module")
def searcher(tmp_path_factory, sample_corpus):
    index_dir = tmp_path_factory.mktemp("sample") / "index"
    report = build_index(sample_corpus, index_dir)
    assert report.skipped == (), report.skipped
    return Searcher(load_index(index_dir))


def test_sample_corpus_has_transcripts_and_articles(searcher, sample_corpus):
    assert len(scan_corpus(sample_corpus).files) >= 6
    kinds = {p.kind.value for p in searcher.index.passages}
    assert {"turn", "paragraph", "tweet", "quote"} <= kinds


def test_every_sample_passage_is_verbatim(searcher, sample_corpus):
    texts = {s.path: (sample_corpus / s.path).read_text(encoding="utf-8") for s in searcher.index.sources}
    for passage in searcher.index.passages:
        document = texts[searcher.index.sources[passage.doc].path]
        for line in passage.text.split("\n"):
            assert line.strip() in document, line


def test_the_readme_question_finds_the_latest_strike_in_the_top_three(searcher):
    answer = searcher.ask("when was Nusra last struck?", k=3)
    assert any(hit.date and hit.date.isoformat() == "2016-10-03" and "Idlib" in hit.passage.text for hit in answer.hits)


def test_the_last_strike_on_isis_by_another_name_is_not_a_strike_on_nusra(searcher):
    """The timeline's title names both groups; its entry on Nusra does not date a strike on Daesh."""
    assert date_line(searcher, "when was the last strike on Daesh?") == "2015-11-16"
    assert date_line(searcher, "when was Nusra last struck?") == "2016-10-03"
