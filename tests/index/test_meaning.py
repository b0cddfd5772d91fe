"""The meaning layer: the shipped model, a model on disk, vectors kept with the index, and fusion with BM25."""

from __future__ import annotations

import json
from importlib import util as import_util
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

from bot.render.as_json import answer_to_dict
from index.analyzer import text_words
from index.builder import build_index, update_index
from index.meaning import (
    DEFAULT_MODEL,
    Embedder,
    load_model,
    meaning_text,
    model_words,
    word_pieces,
)
from index.rerank import is_short
from index.search import Searcher
from index.store import MEANING_VECTORS, current_generation, load_index, verify_index
from tests.conftest import write

VACCINES = "Clinics immunised 4,000 babies against measles."
FERRY = "The ferry timetable changed on Monday after the river rose."
BREAD = "Bread prices rose again at the central market."


@pytest.fixture(scope="module")
def shipped() -> Embedder:
    model = load_model(DEFAULT_MODEL)
    assert model.problem is None and model.embedder is not None
    return model.embedder


def test_the_shipped_model_loads_from_its_wheel_and_puts_synonyms_near(shipped):
    assert isinstance(shipped, Embedder) and shipped.dimensions == 64
    photos, pictures, banana = shipped.embed(["photos", "pictures", "banana"])
    assert photos @ pictures > 0.6 > photos @ banana
    vectors = shipped.embed(["infants vaccinated", VACCINES, FERRY, "the of and"])
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert not vectors[3].any(), "a text of stopwords only has no meaning vector"
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_meaning_text_keeps_the_words_that_carry_meaning():
    assert meaning_text("What did the Pentagon say about the convoy?") == "Pentagon say convoy"


def test_texts_embedded_without_remembering_get_the_same_vectors(shipped):
    texts = ["quake near the coast", "an earthquake hit the coast", "Quake"]
    fresh = shipped.embed(texts, remember=False)
    assert np.allclose(fresh, shipped.embed(texts)) and np.allclose(fresh, shipped.embed(texts, remember=False))


def test_a_setting_that_names_no_usable_model_says_why_and_none_turns_it_off(tmp_path):
    missing = load_model(str(tmp_path / "no-such-model"))
    assert missing.embedder is None and "not available" in missing.problem
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "neither" in load_model(str(empty)).problem
    off = load_model("none")
    assert off.embedder is None and off.problem is None


def tiny_model(folder):
    """A model2vec-style folder: a word-level tokenizer and a table of two-number vectors."""
    folder.mkdir()
    vocabulary = {"[UNK]": 0, "boat": 1, "ship": 2, "vessel": 3, "bread": 4, "flour": 5}
    tokenizer = Tokenizer(models.WordLevel(vocabulary, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.save(str(folder / "tokenizer.json"))
    table = np.array([[0, 0], [1, 0.1], [1, 0], [0.9, 0.1], [0, 1], [0.1, 1]], dtype=np.float32)
    save_file({"embeddings": table}, str(folder / "model.safetensors"))
    return folder


def test_a_local_static_model_is_read_and_used_by_the_index(tmp_path):
    model = tiny_model(tmp_path / "model")
    loaded = load_model(str(model)).embedder
    assert loaded is not None and loaded.dimensions == 2
    boat, vessel, bread = loaded.embed(["boat", "vessel", "bread"])
    assert boat @ vessel > 0.9 > boat @ bread
    corpus = tmp_path / "corpus"
    write(corpus, "a.md", "The vessel sailed at noon.\n")
    write(corpus, "b.md", "The flour ran out.\n")
    build_index(corpus, tmp_path / "index", model=str(model))
    index = load_index(tmp_path / "index")
    assert index.manifest["meaning"]["model"] == str(model) and index.vectors.shape == (2, 2)
    hits = Searcher(index).ask("bread at noon", k=2).hits
    flour = next(hit for hit in hits if hit.passage.text == "The flour ran out.")
    assert flour.score == 0.0 and flour.ranking.meaning_rank == 1 and flour.ranking.bm25_rank is None


@pytest.fixture
def meaning_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "vaccines.md", f"---\ntitle: Vaccines\n---\n{VACCINES}\n")
    write(corpus, "ferry.md", f"---\ntitle: Ferry\n---\n{FERRY}\n")
    write(corpus, "bread.md", f"---\ntitle: Bread\n---\n{BREAD}\n")
    return corpus


def test_vectors_live_with_the_index_checksummed_and_memory_mapped(meaning_corpus, tmp_path):
    index_dir = tmp_path / "index"
    build_index(meaning_corpus, index_dir, model=DEFAULT_MODEL)
    index = load_index(index_dir)
    manifest = index.manifest
    assert manifest["meaning"] == {"model": "wordllama", "name": "wordllama", "dimensions": 64, "problem": None}
    assert MEANING_VECTORS in manifest["files"] and index.vectors.shape == (3, 64)
    vectors = current_generation(index_dir) / MEANING_VECTORS
    data = bytearray(vectors.read_bytes())
    data[-1] ^= 0x01
    vectors.write_bytes(bytes(data))
    assert verify_index(index_dir) == [f"{MEANING_VECTORS}: checksum mismatch"]


def test_an_update_writes_the_vectors_a_full_build_writes(meaning_corpus, tmp_path):
    build_index(meaning_corpus, tmp_path / "index", model=DEFAULT_MODEL)
    write(meaning_corpus, "late.md", "---\ntitle: Late\n---\nA late note on the harbour cranes.\n")
    (meaning_corpus / "bread.md").unlink()
    update_index(meaning_corpus, tmp_path / "index", model=DEFAULT_MODEL)
    build_index(meaning_corpus, tmp_path / "full", model=DEFAULT_MODEL)
    updated, full = load_index(tmp_path / "index"), load_index(tmp_path / "full")
    assert np.array_equal(np.asarray(updated.vectors), np.asarray(full.vectors))


def test_another_meaning_model_rebuilds_every_file(meaning_corpus, tmp_path):
    build_index(meaning_corpus, tmp_path / "index", model=DEFAULT_MODEL)
    report = update_index(meaning_corpus, tmp_path / "index", model="none")
    assert report.changes.rebuilt == "the meaning model changed"
    index = load_index(tmp_path / "index")
    assert index.vectors is None and Searcher(index).notice is None


def test_meaning_finds_a_passage_that_shares_no_word_with_the_question(meaning_corpus, tmp_path):
    build_index(meaning_corpus, tmp_path / "index", model=DEFAULT_MODEL)
    index = load_index(tmp_path / "index")
    question = "were newborns vaccinated on Monday"  # only "Monday" is in a passage: the ferry's
    answer = Searcher(index).ask(question, k=3)
    assert [hit.passage.text for hit in answer.hits] == [FERRY, VACCINES]
    found = answer.hits[1]
    assert found.score == 0 and found.ranking.bm25_rank is None and found.ranking.meaning_rank == 1
    assert answer.matched == 2
    words_only = Searcher(index, meaning=False).ask(question, k=3)
    assert [hit.passage.text for hit in words_only.hits] == [FERRY] and words_only.matched == 1


def test_a_question_none_of_whose_words_any_passage_holds_gets_no_passage_by_meaning(meaning_corpus, tmp_path):
    build_index(meaning_corpus, tmp_path / "index", model=DEFAULT_MODEL)
    answer = Searcher(load_index(tmp_path / "index")).ask("newborns vaccinated", k=3)
    assert answer.hits == () and answer.matched == 0 and answer.missing == ("newborns", "vaccinated")


def test_json_keeps_the_bm25_score_and_shows_what_the_fusion_used(meaning_corpus, tmp_path):
    build_index(meaning_corpus, tmp_path / "index", model=DEFAULT_MODEL)
    answer = Searcher(load_index(tmp_path / "index")).ask("bread prices", k=2)
    passage = answer_to_dict(answer)["passages"][0]
    assert passage["text"] == BREAD and passage["score"] > 0
    assert passage["bm25_rank"] == 1 and passage["meaning_rank"] == 1
    assert 0 < passage["similarity"] <= 1 and passage["fused_score"] > 0
    assert passage["short"] is is_short(BREAD) is True  # a line of eight words: ranked lower, and told so
    json.dumps(passage)
    plain = answer_to_dict(Searcher(load_index(tmp_path / "index"), meaning=False).ask("bread prices", k=2))
    assert "fused_score" not in plain["passages"][0] and plain["passages"][0]["score"] == passage["score"]


def test_without_its_model_briefbot_answers_by_words_and_says_so_once(meaning_corpus, tmp_path):
    build_index(meaning_corpus, tmp_path / "index", model=str(tmp_path / "gone"))
    index = load_index(tmp_path / "index")
    assert index.vectors is None and "not available" in index.manifest["meaning"]["problem"]
    searcher = Searcher(index)
    assert "answering by words alone" in searcher.notice
    assert [hit.passage.text for hit in searcher.ask("bread prices").hits] == [BREAD]
    assert searcher.ask("bread prices").hits[0].ranking is None


def test_a_changed_model_setting_makes_the_index_stale(meaning_corpus, tmp_path):
    from index.library import staleness

    build_index(meaning_corpus, tmp_path / "index", model="wordllama")
    assert load_index(tmp_path / "index").manifest["meaning"]["model"] == "wordllama"
    assert staleness(meaning_corpus, tmp_path / "index", model="wordllama") is None
    changed = "the meaning model setting changed since the index was built"
    assert staleness(meaning_corpus, tmp_path / "index", model="none") == changed


def test_opening_an_index_whose_model_is_gone_says_so_once(meaning_corpus, tmp_path):
    from index import Library

    library = Library(meaning_corpus, tmp_path / "index", model=str(tmp_path / "gone"))
    said: list[str] = []
    library.ensure_current(said.append)
    searcher = library.searcher(notify=said.append)
    searcher.ask("bread prices")
    searcher.ask("ferry timetable")
    notes = [line for line in said if "answering by words alone" in line]
    assert len(notes) == 1 and "is not available" in notes[0]


def shipped_tokenizer() -> Tokenizer:
    """The shipped model's tokenizer, read from its wheel as the model is."""
    root = Path(next(iter(import_util.find_spec("wordllama").submodule_search_locations)))
    return Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))


WORDS = [
    *("convoy", "Convoy", "CONVOY", "ceasefire", "ceasefires", "re-election", "o'neil", "don’t", "naïve", "Ærø"),
    *("İstanbul", "Σίσυφος", "東京", "½", "x²y", "ＡＢＣ", "ﬁne", "Straße", "1st", "2026", "a_b", "kariruma"),
    *("Halloran", "Mbeki-Ruiz", "unk", "s"),
]


def test_the_shipped_tokenizer_cuts_each_word_as_encoding_it_does():
    tokenizer = shipped_tokenizer()
    encoded = [item.ids for item in tokenizer.encode_batch(WORDS, add_special_tokens=False)]
    assert word_pieces(tokenizer)(WORDS) == encoded


def test_a_tokenizer_of_another_shape_is_asked_through_encoding():
    """A normalizer that lowercases, a pre-tokenizer, an added token a word can hold: each changes how a word is
    cut, so such tokenizers are not asked through their model."""
    lowercased = shipped_tokenizer()
    lowercased.normalizer = normalizers.Sequence([normalizers.Lowercase(), lowercased.normalizer])
    split = shipped_tokenizer()
    split.pre_tokenizer = pre_tokenizers.Split("o", "isolated")
    added = shipped_tokenizer()
    added.add_tokens(["convoy"])
    for tokenizer in (lowercased, split, added):
        encoded = [item.ids for item in tokenizer.encode_batch(WORDS, add_special_tokens=False)]
        assert word_pieces(tokenizer)(WORDS) == encoded
    assert word_pieces(added)(["convoy"]) != word_pieces(shipped_tokenizer())(["convoy"])


def test_a_static_model_embeds_the_words_the_analyzer_cut_as_it_would_cut_them(shipped):
    """A passage's words, cut once by the analyzer, serve the model too, except where the two cut otherwise: a
    dotted abbreviation (one word to the analyzer) and the joins only the analyzer keeps within a word."""
    texts = [
        "The convoy left Halloran's camp at dawn; talks resume - on Tuesday.",
        "The U.S. envoy met the e.g. committee",
        "The co‐op (with a hyphen) and the x‑ray (a non-breaking one) opened",
        "The minister’s aide and the minister\u02bcs aide",
        "Ph.D. students in the U.N. meet at 3.5 p.m.",
        "",
    ]
    for text in texts:
        assert model_words(text, text_words(text)) == model_words(text), text
    assert model_words(texts[1], text_words(texts[1])) != text_words(texts[1])
    cut = [text_words(text) for text in texts]
    assert np.array_equal(shipped.embed(texts, words=cut), shipped.embed(texts))


def test_a_word_table_that_fills_up_starts_again_and_gives_the_same_vectors(shipped, monkeypatch):
    """Texts whose words are new, known, or new while the table is full: each vector is its words' sum, whichever
    row of the table a word had."""
    batches = [
        ["ferry crews struck", "the convoy reached the border crossing"],
        ["convoy ferry", "refugees crossed the river at dawn", "crews"],
        ["an entirely different set of words arrives here", "ferry"],
        ["struck convoy crews ferry border", "dawn river refugees crossed"],
    ]
    expected = [shipped.embed(texts, remember=False) for texts in batches]
    monkeypatch.setattr("index.meaning.WORD_CACHE", 6)
    for texts, vectors in zip([*batches, *batches], [*expected, *expected], strict=True):
        assert np.array_equal(shipped.embed(texts), vectors)
