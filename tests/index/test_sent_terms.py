"""A worker's terms sent as numbers in its own table: read back as sent, refused out of order, and numbered in
the digest cache's lexicon as the terms themselves would be."""

import numpy as np
import pytest

from index.digest_cache import Lexicon
from index.sent_terms import ReceivedTerms, WorkerTerms

FILES = [  # (worker, the file's terms in order of first occurrence)
    (1, ["ferri", "island", "?convoy", "mile"]),
    (2, ["convoy", "ferri", "harbour"]),
    (1, ["harbour", "ferri", "quay"]),  # "harbour": new to worker 1, known to the lexicon from worker 2
    (2, ["quay", "island", "tide"]),
    (1, ["tide", "mile", "?convoy", "dock"]),
    (2, []),
]


def test_a_workers_vocabularies_read_back_as_they_were_sent():
    workers = {1: WorkerTerms(1), 2: WorkerTerms(2)}
    received = ReceivedTerms()
    for worker, vocabulary in FILES:
        view = received.receive(workers[worker].send(vocabulary))
        assert list(view) == vocabulary and len(view) == len(vocabulary)
        if vocabulary:
            assert view[0] == vocabulary[0] and view[-1] == vocabulary[-1] and view[1:3] == vocabulary[1:3]


def test_a_term_is_sent_once_by_each_worker():
    worker = WorkerTerms(1)
    first = worker.send(["ferri", "island"])
    again = worker.send(["island", "ferri", "quay"])
    assert first.new == ("ferri", "island") and again.new == ("quay",)
    assert again.first == 2 and again.numbers.tolist() == [1, 0, 2]


def test_vocabularies_received_out_of_the_order_sent_are_refused():
    worker = WorkerTerms(1)
    first, second = worker.send(["ferri"]), worker.send(["island"])
    with pytest.raises(ValueError, match="out of order"):
        ReceivedTerms().receive(second)
    received = ReceivedTerms()
    received.receive(first)
    assert list(received.receive(second)) == ["island"]


def test_the_lexicon_numbers_sent_vocabularies_as_it_numbers_the_terms_themselves(tmp_path):
    plain, sent = Lexicon(None, tmp_path, True), Lexicon(None, tmp_path, True)
    workers = {1: WorkerTerms(1), 2: WorkerTerms(2)}
    received = ReceivedTerms()
    for worker, vocabulary in FILES:
        view = received.receive(workers[worker].send(vocabulary))
        expected = plain.ids_of(vocabulary)
        got = sent.ids_of(view)
        assert got.dtype == expected.dtype == np.int32
        assert got.tolist() == expected.tolist()
    assert sent.terms == plain.terms
    assert sent.terms[:4] == ["ferri", "island", "?convoy", "mile"]


def test_a_lexicon_with_terms_of_before_numbers_a_workers_terms_by_them(tmp_path):
    # an update's lexicon already holds terms: a worker's table maps onto their numbers, new ones follow
    plain, sent = Lexicon(None, tmp_path, True), Lexicon(None, tmp_path, True)
    for lexicon in (plain, sent):
        lexicon.ids_of(["quay", "tide"])
    received, worker = ReceivedTerms(), WorkerTerms(7)
    for vocabulary in (["tide", "ferri"], ["ferri", "quay", "dock"]):
        assert sent.ids_of(received.receive(worker.send(vocabulary))).tolist() == plain.ids_of(vocabulary).tolist()
    assert sent.terms == plain.terms == ["quay", "tide", "ferri", "dock"]
