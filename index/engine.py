"""BM25 scoring: rank-bm25's BM25Okapi over the indexed passages' terms, with an exact and fast top-k.

Scores follow BM25Okapi exactly, with the same float64 operations in the same order as rank-bm25, so scores
and ties agree with it; a query weight of n scores a term n times. Postings are plain arrays (rows, term
frequencies, row norms, term IDFs). The top k come from a small C extension pruning with MaxScore and counting
matches with bitmaps; without it, numpy gives the same answer, only slower.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType

import numpy as np

from index.errors import IndexCorruptError

_native: ModuleType | None
try:
    from index import _bm25_topk as _native
except ImportError:  # no C compiler at install time: numpy does the same work
    _native = None


def native_engine() -> bool:
    """Whether the C extension was compiled at install time (else numpy does the same work, more slowly)."""
    return _native is not None

DENSE_SHARE = 32
"""A term found in at least one row in this many also keeps a bitmap of its rows, for counting matches."""
DENSE_MIN_ROWS = 4096
"""Below this many rows a term never needs a bitmap."""


@dataclass(frozen=True, slots=True)
class Bm25Params:
    """BM25Okapi's parameters, with rank-bm25's defaults."""

    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25


@dataclass(frozen=True, slots=True)
class TermCounts:
    """Bags of words, row by row: row ``rows[i]`` holds term ``terms[i]`` ``counts[i]`` times; ``lengths`` counts
    every row's terms. Entries are sorted by row, then by first occurrence: rank-bm25's order of IDF sums."""

    vocabulary: Sequence[str]
    """The terms in id order."""
    rows: np.ndarray
    terms: np.ndarray
    counts: np.ndarray
    lengths: np.ndarray

    @classmethod
    def from_token_lists(cls, corpus: Iterable[Sequence[str]]) -> TermCounts:
        """Count the terms of each row of a list of term lists."""
        ids = TermIds()
        terms, counts, sizes, lengths = count_term_lists(corpus, ids)
        return cls(list(ids), np.repeat(np.arange(len(sizes), dtype=np.int64), sizes), terms, counts, lengths)


class TermIds(dict[str, int]):
    """Term -> id, giving the next id to a term seen for the first time: iterating gives the terms by id."""

    def __missing__(self, term: str) -> int:
        self[term] = term_id = len(self)
        return term_id


def count_term_lists(
    term_lists: Iterable[Sequence[str]], ids: TermIds
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(terms, counts, sizes, lengths): list i holds ``sizes[i]`` distinct terms (in order of first occurrence)
    and ``lengths[i]`` in all; ``ids`` learns the new terms."""
    lengths: list[int] = []
    tokens: list[str] = []
    for terms in term_lists:
        lengths.append(len(terms))
        tokens.extend(terms)
    distinct = dict.fromkeys(tokens)  # numbered here in order of first occurrence, as ``ids`` would number them
    if not ids:
        ids.update(zip(distinct, range(len(distinct)), strict=True))
    else:
        for term in distinct:
            if term not in ids:
                ids[term] = len(ids)
    token_ids = np.fromiter(map(ids.__getitem__, tokens), dtype=np.int64, count=len(tokens))
    row_lengths = np.array(lengths, dtype=np.int64)
    size = max(len(ids), 1)
    if _native is not None:
        terms_out = np.empty(len(token_ids), dtype=np.int64)
        counts_out = np.empty(len(token_ids), dtype=np.int64)
        sizes = np.empty(len(row_lengths), dtype=np.int64)
        filled = _native.count_rows(token_ids, row_lengths, terms_out, counts_out, sizes, size)
        return terms_out[:filled], counts_out[:filled], sizes, row_lengths
    keys = np.repeat(np.arange(len(row_lengths), dtype=np.int64), row_lengths) * size + token_ids
    unique, first, counts = np.unique(keys, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")  # within each row, terms in order of first occurrence
    sizes = np.bincount(unique // size, minlength=len(row_lengths)).astype(np.int64)
    return (unique % size)[order], counts[order], sizes, row_lengths


_ARRAY_TYPES: dict[str, type[np.generic] | None] = {
    "vocab_bytes": np.uint8,
    "vocab_offsets": np.int64,
    "postings_offsets": np.int64,
    "postings_rows": np.uint32,
    "postings_tf": None,  # 16 or 32 bits, as the postings' ranks
    "postings_rank": None,
    "row_lengths": np.int32,
    "row_norms": np.float64,
    "term_idf": np.float64,
    "term_max_ratio": np.float64,
    "dense_slots": np.int32,
    "dense_bits": np.uint64,
}
ARRAY_NAMES = tuple(_ARRAY_TYPES)
"""The arrays an engine is made of, as the store saves them."""


class Bm25Engine:
    """Scores and ranks rows of terms; row i of the corpus is result id i."""

    def __init__(self, corpus: Sequence[Sequence[str]], params: Bm25Params | None = None) -> None:
        built = build_arrays(TermCounts.from_token_lists(corpus), params or Bm25Params())
        self._attach(built, params or Bm25Params())

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], params: Bm25Params) -> Bm25Engine:
        """An engine over arrays saved earlier (they may be memory-mapped); raises ValueError if inconsistent."""
        engine = cls.__new__(cls)
        engine._attach(dict(arrays), params)
        return engine

    def _attach(self, arrays: dict[str, np.ndarray], params: Bm25Params) -> None:
        _check_arrays(arrays)
        self.params = params
        self._arrays = arrays
        self.size = len(arrays["row_lengths"])
        self._vocab_bytes = arrays["vocab_bytes"]
        self._vocab_offsets = arrays["vocab_offsets"]
        self._offsets = arrays["postings_offsets"]
        self._rows = arrays["postings_rows"]
        self._tf = arrays["postings_tf"]
        self._norms = arrays["row_norms"]
        self._idf = arrays["term_idf"]
        self._dense_slots = arrays["dense_slots"]
        self._dense_bits = arrays["dense_bits"]

    @property
    def vocabulary_size(self) -> int:
        """How many distinct terms the rows hold."""
        return len(self._vocab_offsets) - 1

    def arrays(self) -> dict[str, np.ndarray]:
        """The arrays that make up the engine, by name (see ``ARRAY_NAMES``)."""
        return dict(self._arrays)

    def term(self, term_id: int) -> str:
        """The term with id ``term_id`` (ids follow the terms' sorted order)."""
        return self._term_bytes(term_id).decode("utf-8")

    def term_id(self, term: str) -> int:
        """The id of ``term``, or -1 when no row holds it."""
        encoded = term.encode("utf-8", "surrogatepass")
        if _native is not None:
            try:
                return int(_native.lookup(self._vocab_bytes, self._vocab_offsets, encoded))
            except ValueError as error:
                raise IndexCorruptError(f"the index is damaged ({error})") from None
        at = bisect.bisect_left(range(self.vocabulary_size), encoded, key=self._term_bytes)
        return at if at < self.vocabulary_size and self._term_bytes(at) == encoded else -1

    def _term_bytes(self, term_id: int) -> bytes:
        return bytes(self._vocab_bytes[int(self._vocab_offsets[term_id]) : int(self._vocab_offsets[term_id + 1])])

    def document_frequency(self, term: str) -> int:
        """How many rows hold ``term``."""
        found = self.term_id(term)
        return 0 if found < 0 else int(self._offsets[found + 1] - self._offsets[found])

    def idf(self, term: str) -> float:
        """The IDF a row holding ``term`` is scored with (0 when no row holds it)."""
        found = self.term_id(term)
        return 0.0 if found < 0 else float(self._idf[found])

    def problems(self) -> list[str]:
        """What is inconsistent in the values of the arrays (offsets that go backwards, rows or slots out of
        range, numbers that are not numbers); none: []. Every value is read, at memory speed."""
        found = []
        offsets, vocab = np.asarray(self._offsets), np.asarray(self._vocab_offsets)
        if offsets.size > 1 and (np.diff(offsets) < 0).any():
            found.append("postings offsets go backwards")
        if vocab.size > 1 and ((np.diff(vocab) < 0).any() or int(vocab[0]) < 0):
            found.append("vocabulary offsets go backwards")
        if self._rows.size and int(np.max(self._rows)) >= self.size:
            found.append("postings name rows past the last row")
        slots = np.asarray(self._dense_slots)
        if slots.size and (int(slots.min()) < -1 or int(slots.max()) >= len(self._dense_bits)):
            found.append("dense slots out of range")
        for name in ("row_norms", "term_idf", "term_max_ratio"):
            if not np.isfinite(self._arrays[name]).all():
                found.append(f"{name} holds values that are not numbers")
        return found

    def scores(self, query: Mapping[str, float]) -> np.ndarray:
        """The BM25 score of every row for a weighted query (zeros for an empty corpus or query)."""
        return self._totals(self._query_terms(query))[0]

    def places(self, rows: np.ndarray) -> np.ndarray:
        """Rows' places in corpus order (one segment: the rows themselves), for breaking ties."""
        return np.asarray(rows, dtype=np.int64)

    def search(self, query: Mapping[str, float], k: int) -> tuple[list[tuple[int, float]], int]:
        """The ``k`` best rows holding a query term of positive weight (whatever their score), best first, equal
        scores in row order; and how many rows hold one."""
        terms = self._query_terms(query)
        if not any(weight > 0 for _, weight in terms):
            return [], 0
        ids = np.array([term_id for term_id, _ in terms], dtype=np.int64)
        weights = np.array([weight for _, weight in terms], dtype=np.float64)
        idfs = self._idf[ids]
        try:
            if _native is None or not (weights > 0).all() or not (idfs >= 0).all():
                return self._search_every_row(terms, k)
            ranked, matched = _native.top_k(
                self._rows,
                self._tf,
                self._tf.dtype.itemsize == 4,
                self._norms,
                np.ascontiguousarray(self._offsets[ids]),
                np.ascontiguousarray(self._offsets[ids + 1]),
                np.ascontiguousarray(idfs),
                weights,
                weights * (idfs * self._arrays["term_max_ratio"][ids]),
                self._dense_slots[ids].astype(np.int64),
                self._dense_bits,
                max(int(k), 0),
                self.size,
                float(self.params.k1),
                int(self._dense_bits.shape[1]),
            )
            return ranked, int(matched)
        except (ValueError, IndexError) as error:  # arrays damaged on disk since they were opened
            raise IndexCorruptError(f"the index is damaged ({error})") from None

    def _totals(self, terms: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
        """Every row's score for the query terms, and which rows hold one of positive weight."""
        total = np.zeros(self.size)
        found = np.zeros(self.size, dtype=bool)
        for term_id, weight in terms:
            rows, contributions = self._contributions(term_id, weight)
            total[rows] += contributions
            if weight > 0:
                found[rows] = True
        return total, found

    def _search_every_row(self, terms: list[tuple[int, float]], k: int) -> tuple[list[tuple[int, float]], int]:
        total, found = self._totals(terms)
        matched = np.flatnonzero(found)
        if k <= 0 or matched.size == 0:
            return [], int(matched.size)
        scores = total[matched]
        if matched.size > k:
            # everything scoring at least the k-th best, ties included, then a stable order on those
            kth = np.partition(scores, matched.size - k)[matched.size - k]
            keep = scores >= kth
            matched, scores = matched[keep], scores[keep]
        order = np.lexsort((matched, -scores))[:k]
        return [(int(matched[i]), float(scores[i])) for i in order], int(found.sum())

    def holding(self, query: Mapping[str, float], rows: Sequence[int]) -> list[bool]:
        """For each of ``rows``, whether it holds a term of positive weight in ``query`` (as ``search`` counts
        a match)."""
        wanted = np.asarray(rows, dtype=np.int64)
        held = np.zeros(len(wanted), dtype=bool)
        for term_id, weight in self._query_terms(query):
            if weight > 0:
                start, end = int(self._offsets[term_id]), int(self._offsets[term_id + 1])
                postings = self._rows[start:end]
                places = np.searchsorted(postings, wanted)
                inside = places < len(postings)
                held[inside] |= np.asarray(postings)[places[inside]] == wanted[inside]
        return held.tolist()

    def _query_terms(self, query: Mapping[str, float]) -> list[tuple[int, float]]:
        """The query's known terms with non-zero weight, as (term id, weight), in query order."""
        found = [(self.term_id(term), float(weight)) for term, weight in query.items() if weight != 0]
        return [(term_id, weight) for term_id, weight in found if term_id >= 0]

    def _contributions(self, term_id: int, weight: float) -> tuple[np.ndarray, np.ndarray]:
        start, end = int(self._offsets[term_id]), int(self._offsets[term_id + 1])
        rows = np.asarray(self._rows[start:end], dtype=np.int64)
        tf = np.asarray(self._tf[start:end], dtype=np.float64)
        k1 = self.params.k1
        return rows, weight * (self._idf[term_id] * (tf * (k1 + 1) / (tf + self._norms[rows])))


class SegmentedEngine:
    """Engines over consecutive blocks of rows (the segments of a generation) answering as one engine over all the
    rows: each segment scores its rows with the generation's norms and IDFs (``shared_statistics``), and their
    best rows are merged, equal scores in corpus order (``order`` gives rows' documents' places in it)."""

    def __init__(self, parts: Sequence[Bm25Engine], order: Callable[[np.ndarray], np.ndarray]) -> None:
        self.parts = list(parts)
        self.params = parts[0].params
        self.starts = np.cumsum([0, *(part.size for part in parts)])
        self.size = int(self.starts[-1])
        self._order = order

    def document_frequency(self, term: str) -> int:
        """How many rows hold ``term``."""
        return sum(part.document_frequency(term) for part in self.parts)

    def idf(self, term: str) -> float:
        """The IDF a row holding ``term`` is scored with (the same in every segment: 0 when no row holds it)."""
        return next((part.idf(term) for part in self.parts if part.document_frequency(term)), 0.0)

    def scores(self, query: Mapping[str, float]) -> np.ndarray:
        """The BM25 score of every row for a weighted query."""
        return np.concatenate([part.scores(query) for part in self.parts])

    def places(self, rows: np.ndarray) -> np.ndarray:
        """Rows' places in corpus order: their documents' places, then the rows (a document is in one segment)."""
        rows = np.asarray(rows, dtype=np.int64)
        return self._order(rows).astype(np.int64) * (1 << 32) + rows

    def search(self, query: Mapping[str, float], k: int) -> tuple[list[tuple[int, float]], int]:
        """As ``Bm25Engine.search``: each segment's ``k`` best, merged."""
        found: list[tuple[int, float]] = []
        matched = 0
        for start, part in zip(self.starts.tolist(), self.parts, strict=False):
            ranked, count = part.search(query, k)
            found += [(start + row, score) for row, score in ranked]
            matched += count
        if not found:
            return [], matched
        rows = np.array([row for row, _ in found], dtype=np.int64)
        best = np.lexsort((self.places(rows), -np.array([score for _, score in found])))[: max(k, 0)]
        return [found[i] for i in best.tolist()], matched

    def holding(self, query: Mapping[str, float], rows: Sequence[int]) -> list[bool]:
        """For each of ``rows``, whether it holds a term of positive weight in ``query``."""
        wanted = np.asarray(rows, dtype=np.int64)
        part_of = np.searchsorted(self.starts, wanted, side="right") - 1
        held = np.zeros(len(wanted), dtype=bool)
        for number, part in enumerate(self.parts):
            chosen = part_of == number
            if chosen.any():
                held[chosen] = part.holding(query, (wanted[chosen] - self.starts[number]).tolist())
        return held.tolist()


def shared_statistics(
    parts: Sequence[Mapping[str, np.ndarray]], term_ids: Sequence[np.ndarray], row_places: Sequence[np.ndarray],
    params: Bm25Params,
) -> tuple[float, list[np.ndarray], list[np.ndarray]]:
    """The average row length, and each segment's row norms and term IDFs, as one engine over all the segments'
    rows in corpus order has them (``build_arrays``: rank-bm25's). ``parts`` are the segments' arrays,
    ``term_ids`` numbers each one's terms in one vocabulary, ``row_places`` gives each row's document's place in
    corpus order (a document's rows are consecutive rows of one segment)."""
    lengths = [np.asarray(part["row_lengths"], dtype=np.int64) for part in parts]
    n_rows = sum(len(own) for own in lengths)
    average = sum(int(own.sum()) for own in lengths) / n_rows if n_rows else 0.0
    k1, b = params.k1, params.b
    norms = [k1 * (1 - b + b * own / average) if average else np.full(len(own), k1 * (1 - b)) for own in lengths]
    every_id = np.concatenate(term_ids) if term_ids else np.zeros(0, dtype=np.int64)
    count = int(every_id.max()) + 1 if len(every_id) else 0
    df = np.zeros(count, dtype=np.int64)
    first = np.full(count, np.iinfo(np.int64).max, dtype=np.int64)
    for number, (part, ids, places) in enumerate(zip(parts, term_ids, row_places, strict=True)):
        offsets = np.asarray(part["postings_offsets"])
        rows = np.asarray(part["postings_rows"][offsets[:-1]], dtype=np.int64)
        # a row's place among all rows in corpus order: a segment's rows are in corpus order among themselves
        others = (np.searchsorted(other, places[rows]) for n, other in enumerate(row_places) if n != number)
        position = rows + sum(others, np.zeros(len(rows), dtype=np.int64))
        rank = np.asarray(part["postings_rank"][offsets[:-1]], dtype=np.int64)  # a row holds under 2**24 terms
        np.minimum.at(first, ids, position * (1 << 24) + rank)
        np.add.at(df, ids, np.diff(offsets))
    # rank-bm25 sums the IDFs in the order terms first appear in the corpus
    idf = _idf(df, np.argsort(first, kind="stable"), n_rows, params.epsilon)
    return average, norms, [idf[ids] for ids in term_ids]


def build_arrays(counts: TermCounts, params: Bm25Params) -> dict[str, np.ndarray]:
    """Lay bags of words out as the engine's arrays: sorted vocabulary, postings, IDF, norms and bounds."""
    n_rows = len(counts.lengths)
    used = np.flatnonzero(np.bincount(np.asarray(counts.terms, dtype=np.int64), minlength=len(counts.vocabulary)))
    names = [counts.vocabulary[i] for i in used.tolist()]
    order = sorted(range(len(names)), key=names.__getitem__)
    new_id = np.zeros(len(counts.vocabulary), dtype=np.int64)
    new_id[used[order]] = np.arange(len(order), dtype=np.int64)
    vocabulary = [names[i] for i in order]

    terms = new_id[np.asarray(counts.terms, dtype=np.int64)]
    entry_rows = np.asarray(counts.rows, dtype=np.int64)
    by_term = _order_by_term(terms, len(vocabulary))
    postings_rows = entry_rows[by_term]
    raw_tf = np.asarray(counts.counts, dtype=np.int64)[by_term]
    ranks = _ranks_in_row(entry_rows)[by_term]
    del by_term, entry_rows
    frequencies = np.bincount(terms, minlength=len(vocabulary)).astype(np.int64)
    del terms
    offsets = np.insert(frequencies, 0, 0).cumsum()

    lengths = np.asarray(counts.lengths, dtype=np.int64)
    total = int(lengths.sum())
    # as rank-bm25: the average length, and k1 * (1 - b + b * length / average) for each row
    average = total / n_rows if n_rows else 0.0
    k1, b = params.k1, params.b
    norms = k1 * (1 - b + b * lengths / average) if average else np.full(n_rows, k1 * (1 - b))

    # rank-bm25 sums the IDFs in the order terms first appear in the corpus
    first = offsets[:-1]
    appearance = np.lexsort((ranks[first], postings_rows[first])) if len(vocabulary) else first
    idf = _idf(frequencies, appearance, n_rows, params.epsilon)
    tf = raw_tf.astype(np.float64)
    ratios = tf * (k1 + 1) / (tf + norms[postings_rows])
    max_ratio = np.maximum.reduceat(ratios, offsets[:-1]) if len(vocabulary) else np.zeros(0)
    del ratios, tf

    vocab_bytes, vocab_offsets = _encoded(vocabulary)
    tf_dtype = np.uint16 if raw_tf.size == 0 or max(raw_tf.max(), ranks.max()) < 1 << 16 else np.uint32
    slots, bits = _dense_bitmaps(offsets, postings_rows, frequencies, n_rows)
    return {
        "vocab_bytes": vocab_bytes,
        "vocab_offsets": vocab_offsets,
        "postings_offsets": offsets,
        "postings_rows": postings_rows.astype(np.uint32),
        "postings_tf": raw_tf.astype(tf_dtype),
        "postings_rank": ranks.astype(tf_dtype),
        "row_lengths": lengths.astype(np.int32),
        "row_norms": np.asarray(norms, dtype=np.float64),
        "term_idf": idf,
        "term_max_ratio": np.asarray(max_ratio, dtype=np.float64),
        "dense_slots": slots,
        "dense_bits": bits,
    }


def _encoded(vocabulary: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The terms' UTF-8 bytes one after another, and where each starts (one more offset than terms)."""
    joined = "".join(vocabulary)
    if joined.isascii():  # (most vocabularies) a term's bytes are its characters
        return np.frombuffer(joined.encode("ascii"), dtype=np.uint8).copy(), np.cumsum(
            [0, *map(len, vocabulary)], dtype=np.int64
        )
    encoded = [term.encode("utf-8", "surrogatepass") for term in vocabulary]
    return np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), np.cumsum([0, *map(len, encoded)], dtype=np.int64)


def _order_by_term(terms: np.ndarray, count: int) -> np.ndarray:
    """The entries' order sorted by term, stable (a counting sort in C; numpy's stable sort without it)."""
    if _native is None:
        return np.argsort(terms, kind="stable")
    order = np.empty(len(terms), dtype=np.int64)
    _native.order_by_term(np.ascontiguousarray(terms, dtype=np.int64), order, count)
    return order


def _ranks_in_row(rows: np.ndarray) -> np.ndarray:
    """For entries sorted by row, each entry's place among its row's entries (0, 1, 2, ...)."""
    if rows.size == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.diff(rows)) + 1
    first = np.zeros(rows.size, dtype=np.int64)
    first[starts] = starts
    np.maximum.accumulate(first, out=first)
    return np.arange(rows.size, dtype=np.int64) - first


def _idf(frequencies: np.ndarray, appearance: np.ndarray, n_rows: int, epsilon: float) -> np.ndarray:
    """BM25Okapi's IDF, negatives raised to epsilon x the mean IDF, summed in the order of ``appearance`` as
    rank-bm25 does, so that the floor (and which scores tie) matches it to the last bit."""
    distinct, each = np.unique(np.asarray(frequencies, dtype=np.int64), return_inverse=True)  # few: worked out once
    values = [math.log(n_rows - df + 0.5) - math.log(df + 0.5) for df in distinct.tolist()]
    idf = np.array(values, dtype=np.float64)[each.reshape(-1)]
    if idf.size:  # one value after another, as rank-bm25 adds them (a cumulative sum; ``sum`` adds in pairs)
        idf[idf < 0] = epsilon * (float(np.cumsum(idf[appearance])[-1]) / idf.size)
    return idf


def _dense_bitmaps(
    offsets: np.ndarray, rows: np.ndarray, frequencies: np.ndarray, n_rows: int
) -> tuple[np.ndarray, np.ndarray]:
    """For common terms, a bitmap of the rows holding them (bit r of word r // 64), to count matches fast."""
    words = (n_rows + 63) // 64
    dense = np.flatnonzero((frequencies * DENSE_SHARE >= n_rows) & (frequencies >= DENSE_MIN_ROWS))
    slots = np.full(len(frequencies), -1, dtype=np.int32)
    slots[dense] = np.arange(len(dense), dtype=np.int32)
    bits = np.zeros((len(dense), words), dtype="<u8")
    for slot, term_id in enumerate(dense.tolist()):
        present = np.zeros(words * 64, dtype=bool)
        present[rows[offsets[term_id] : offsets[term_id + 1]]] = True
        bits[slot] = np.packbits(present, bitorder="little").view("<u8")
    return slots, bits


def _check_arrays(arrays: Mapping[str, np.ndarray]) -> None:
    """Raise ValueError unless the arrays fit together (cheap checks: shapes, types, end offsets)."""
    missing = [name for name in ARRAY_NAMES if name not in arrays]
    if missing:
        raise ValueError(f"missing arrays: {', '.join(missing)}")
    for name, dtype in _ARRAY_TYPES.items():
        if dtype is not None and arrays[name].dtype != dtype:
            raise ValueError(f"{name} has type {arrays[name].dtype}, expected {np.dtype(dtype)}")
    for name in ("postings_tf", "postings_rank"):
        if arrays[name].dtype not in (np.uint16, np.uint32) or arrays[name].dtype != arrays["postings_tf"].dtype:
            raise ValueError(f"{name} has type {arrays[name].dtype}")
    terms = len(arrays["vocab_offsets"]) - 1
    rows = len(arrays["row_lengths"])
    postings = len(arrays["postings_rows"])
    checks = [
        terms >= 0 and len(arrays["postings_offsets"]) == terms + 1,
        len(arrays["term_idf"]) == terms and len(arrays["term_max_ratio"]) == terms,
        len(arrays["dense_slots"]) == terms,
        int(arrays["vocab_offsets"][-1]) == len(arrays["vocab_bytes"]),
        int(arrays["postings_offsets"][0]) == 0 and int(arrays["postings_offsets"][-1]) == postings,
        len(arrays["postings_tf"]) == postings and len(arrays["postings_rank"]) == postings,
        len(arrays["row_norms"]) == rows,
        arrays["dense_bits"].ndim == 2 and arrays["dense_bits"].shape[1] == (rows + 63) // 64,
    ]
    if not all(checks):
        raise ValueError("the engine's arrays do not fit together")
    for name in ARRAY_NAMES:
        if not arrays[name].flags.c_contiguous:
            raise ValueError(f"{name} is not contiguous")
