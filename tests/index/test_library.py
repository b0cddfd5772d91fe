"""The library's front door: one corpus and its index, built, kept current, searched, verified and added to."""

from pathlib import Path

import pytest

import index
from index import BriefbotError, ErrorKind, Library, Metadata, index_folder_for
from index.store import current_generation
from tests.conftest import write


def test_each_corpus_gets_its_own_index_folder(tmp_path):
    first, second = tmp_path / "a" / "corpus", tmp_path / "b" / "corpus"
    assert index_folder_for(first) != index_folder_for(second), "same folder name, different corpora"
    assert index_folder_for(first) == index_folder_for(first / ".." / "corpus"), "the resolved path decides"
    assert index_folder_for(first).parent == Path(".briefbot/indexes")
    assert index_folder_for(first).name.startswith("corpus-")


def test_a_library_builds_answers_and_keeps_itself_current(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    library = Library(corpus)
    assert library.index_dir == index_folder_for(corpus)
    said: list[str] = []
    report = library.ensure_current(said.append)
    assert report is not None and report.files == 2 and said[0] == f"no index yet: building the index from {corpus} …"
    assert len(said) == 2 and said[1].startswith("indexed 2 files, "), "the summary follows"
    assert library.ensure_current(said.append) is None, "current: nothing to do"
    answer = library.ask("who could point me to the Pentagon?", k=1)
    assert answer.hits[0].passage.text == "I'd point you to the Pentagon for that one."
    write(corpus, "late.txt", "Late news\nA second ferry crossed the Euphrates at dusk.\n")
    assert library.ask("second ferry dusk", k=1).hits[0].passage.text.startswith("A second ferry")
    state = library.state()
    assert (state.documents, state.problem, state.meaning_model) == (3, None, "wordllama")
    assert state.bytes and state.bytes > 1000 and state.built is not None
    library.verify()


def test_library_errors_carry_a_kind_and_no_shell_command(corpus, tmp_path):
    library = Library(corpus, tmp_path / "index")
    with pytest.raises(BriefbotError) as missing:
        library.searcher()
    assert missing.value.kind is ErrorKind.INDEX_MISSING and "briefbot" not in str(missing.value)
    library.build()
    (current_generation(library.index_dir) / "manifest.json").write_text("{")
    with pytest.raises(BriefbotError) as damaged:
        library.searcher()
    assert damaged.value.kind is ErrorKind.INDEX_DAMAGED and "`" not in str(damaged.value)
    gone = Library(tmp_path / "gone", tmp_path / "other-index")
    with pytest.raises(BriefbotError) as no_corpus:
        gone.build()
    assert no_corpus.value.kind is ErrorKind.CORPUS_MISSING
    state = library.state()
    assert state.problem is not None and state.problem.kind is ErrorKind.INDEX_DAMAGED and state.bytes is None
    assert "no readable manifest" in str(state.problem), "the state shows the damage and never raises"


def test_adding_through_the_library_copies_and_updates(corpus, tmp_path):
    library = Library(corpus, tmp_path / "index")
    library.build()
    source = write(tmp_path / "incoming", "ferry.txt", "The ferry crossing reopened on Friday after repairs.\n")
    plan = library.plan_additions([source], Metadata(title="Ferry news"))
    copied: list[bool] = []
    report = library.add(plan, on_copied=lambda: copied.append(True))
    assert copied == [True] and report.files == 3 and (corpus / "ferry.txt").exists()
    assert library.ask("ferry reopened Friday", k=1).hits[0].source.title == "Ferry news"


def test_the_meaning_model_is_passed_in_not_read_from_the_environment(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFBOT_EMBEDDING_MODEL", "none")
    Library(corpus, tmp_path / "index").build()
    assert Library(corpus, tmp_path / "index").state().meaning_model == "wordllama"
    Library(corpus, tmp_path / "index", model="none").build()
    assert Library(corpus, tmp_path / "index").state().meaning_model == "none"


def test_the_front_door_exports_what_it_names():
    assert all(hasattr(index, name) for name in index.__all__)
    assert "Library" in index.__all__ and "ErrorKind" in index.__all__


STORM = """---
title: Harbour briefing after the storm (test)
date: 2024-03-14
kind: transcript
---
MR. BRANDT: Good afternoon. The harbour reopened this morning.

QUESTION: How many people were hurt in the storm?
MR. BRANDT: Three people were hurt in the storm, none of them badly.

QUESTION: Was anyone hurt at the ferry terminal?
MR. BRANDT: The terminal stayed closed all night.
"""


def test_every_matching_passage_is_counted_questions_shown_above_answers_included(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "storm.md", STORM)
    library = Library(corpus, tmp_path / "index")
    answer = library.ask("how many people were hurt in the storm?", k=3)
    shown = [hit.passage.text for hit in answer.hits]
    assert shown[0].startswith("Three people were hurt") and answer.hits[0].passage.context
    assert "The terminal stayed closed all night." in shown, "a question whose answer did not match shows that"
    assert not any(text.startswith("How many") or text.startswith("Was anyone") for text in shown)
    assert answer.matched == 4, "every passage holding a word of the question, the questions among them"


def test_the_count_of_passages_matched_does_not_depend_on_how_many_are_shown(tmp_path):
    corpus = tmp_path / "corpus"
    pair = "QUESTION: Did the convoy to town {0} leave?\nMR. ODUYA: The convoy to town {0} left at dawn.\n"
    pairs = [pair.format(n) for n in range(80)]
    write(corpus, "convoys.md", "---\ntitle: Convoy briefing (test)\nkind: transcript\n---\n" + "\n".join(pairs))
    library = Library(corpus, tmp_path / "index")
    counts = {k: library.ask("convoy", k=k).matched for k in (1, 5, 20, 25, 50)}
    assert set(counts.values()) == {160}, counts
    assert library.ask("dawn", k=3).matched == 80, "only the answers hold this word"
