"""Meaning: texts as vectors, so that a question finds passages that say the same thing in other words.

``Embedder`` turns texts into unit vectors. The default model ships in the ``wordllama`` wheel (static token
vectors averaged and cut to 64 numbers: no download, any CPU); ``BRIEFBOT_EMBEDDING_MODEL`` may name a model2vec
or sentence-transformers folder on disk instead, or ``none``. A model that cannot be loaded leaves briefbot
answering by words alone, saying why once (``MeaningModel.problem``). Stopwords are not embedded.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import util as import_util
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

from index.analyzer import STOPWORDS, fold

if TYPE_CHECKING:
    from tokenizers import Tokenizer

DEFAULT_MODEL = "wordllama"
"""The model setting for the shipped model; ``none`` turns the meaning layer off, else a model folder's path."""
NO_MODEL = "none"
VECTOR_DTYPE = np.float32
"""How vectors are stored in the index (memory-mapped and scanned whole by every question)."""
BATCH = 512
"""Texts embedded at a time: bounds the memory of a build's token vectors."""

WORDLLAMA_DIMENSIONS = 64
"""The shipped model's vectors are cut to their first 64 numbers (it was trained for that): every question
scans every passage's vector, and on the gold questions 64 numbers found as much as 256."""

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_DOT_IN_WORD = re.compile(r"\.[^\W\d_]\.")
"""A dot between a letter and the next dot: in each dotted abbreviation the analyzer keeps as one word."""
_ANALYZER_JOINS = frozenset("ʼ‐‑")
"""Characters the analyzer's words may hold within them and ``_WORD``'s do not."""
_WORD_PART = re.compile(r"[\w'’\-]+")
"""Text that could be part of a word of ``_WORD``."""
_WORDLLAMA_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_WORDLLAMA_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit vectors; texts near in meaning get vectors with a large dot product."""

    name: str
    """Identifies the model (and so whether stored vectors were made by it)."""
    dimensions: int

    def embed(
        self, texts: Sequence[str], remember: bool = True, words: Sequence[list[str]] | None = None
    ) -> np.ndarray:
        """One row per text, ``dimensions`` wide, of unit length (all zeros for a text with no words).

        ``remember=False`` keeps nothing of these texts (a question: a process that answers for months must
        not grow with what it is asked). ``words``: each text's words as the analyzer cuts them
        (``index.analyzer.text_words``), when they are at hand: a model may use them rather than cut again."""
        ...


def model_words(text: str, analyzed: list[str] | None = None) -> list[str]:
    """The words of ``text`` a static model embeds. ``analyzed``, the text's words as the analyzer cuts them
    (``index.analyzer.text_words``), are the same words unless the text holds a join the analyzer keeps
    within a word (``ʼ``, ``‐``, ``‑``) or a dotted abbreviation (``U.S.``, which needs a dot between two
    letters): then the text is cut again."""
    if analyzed is None or _DOT_IN_WORD.search(text) or not (text.isascii() or _ANALYZER_JOINS.isdisjoint(text)):
        return _WORD.findall(text)
    return analyzed


def meaning_text(text: str) -> str:
    """The words of ``text`` that carry meaning, as one string (stopwords left out, case kept)."""
    return " ".join(word for word in _WORD.findall(text) if fold(word) not in STOPWORDS)


class StaticEmbedder:
    """A table of token vectors and its tokenizer: a text's vector is the mean of its tokens' vectors.

    This is how wordllama and model2vec models work; both ship a tokenizer file and a safetensors table. Each
    distinct word is tokenized once and its tokens' vectors summed (a bounded cache of ``WORD_CACHE`` words):
    a text's vector is then the sum of its words', which points where the mean of its tokens does.
    """

    def __init__(
        self,
        name: str,
        tokenizer_file: Path,
        weights_file: Path,
        tensor: str | None = None,
        dimensions: int | None = None,
    ) -> None:
        """``dimensions`` keeps only the first numbers of each vector (for a model trained so that its
        vectors can be cut short, as wordllama's are)."""
        from safetensors import safe_open
        from tokenizers import Tokenizer

        self.name = name
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._pieces = word_pieces(self._tokenizer)
        with safe_open(str(weights_file), framework="np") as table:
            key = tensor or next(iter(table.keys()))
            self._table = np.ascontiguousarray(table.get_tensor(key)[:, :dimensions], dtype=np.float32)
        self.dimensions = int(self._table.shape[1])
        self._lock = threading.Lock()
        self._word_ids: dict[str, int] = {}
        """Each word learnt and its row of ``_word_sums``, in the order they were learnt."""
        self._word_sums = np.zeros((1024, self.dimensions), dtype=np.float32)
        """The words' vectors, one row each (room to grow)."""

    def embed(
        self, texts: Sequence[str], remember: bool = True, words: Sequence[list[str]] | None = None
    ) -> np.ndarray:
        out = np.zeros((len(texts), self.dimensions), dtype=VECTOR_DTYPE)
        cut: Sequence[list[str] | None] = words if words is not None else [None] * len(texts)
        for first in range(0, len(texts), BATCH):
            each = list(map(model_words, texts[first : first + BATCH], cut[first : first + BATCH]))
            with self._lock:  # the word table grows; a tokenizer is not to be shared mid-call either
                flat = [word for text in each for word in text]
                if remember:
                    ids = self._ids_of(flat)  # may grow the table
                    vectors = self._word_sums[ids]
                else:  # a question's words are summed afresh and not kept: the sums the table would hold
                    vectors = self._sums(flat)
            sizes = np.fromiter(map(len, each), dtype=np.int64, count=len(each))
            if sizes.any():
                out[first : first + len(each)][sizes > 0] = _run_sums(vectors, sizes)
        return normalise(out)

    def _ids_of(self, flat: list[str]) -> np.ndarray:
        """The word-table rows of the words of every text, in order."""
        known = self._word_ids
        try:  # (most often every word is known)
            return np.fromiter(map(known.__getitem__, flat), dtype=np.int64, count=len(flat))
        except KeyError:
            pass
        rows = np.fromiter(map(known.get, flat, itertools.repeat(-1)), dtype=np.int64, count=len(flat))
        missing = np.flatnonzero(rows < 0)
        if len(missing):  # words not learnt yet: learnt in sorted order
            new = sorted({flat[at] for at in missing.tolist()})
            if len(known) + len(new) > WORD_CACHE:
                known.clear()
                self._learn(sorted(set(flat)))
                return np.fromiter(map(known.__getitem__, flat), dtype=np.int64, count=len(flat))
            self._learn(new)
            rows[missing] = [known[flat[at]] for at in missing.tolist()]
        return rows

    def _sums(self, words: list[str]) -> np.ndarray:
        """The sum of each word's tokens' vectors (zero for a stopword), one row each."""
        sums = np.zeros((len(words), self.dimensions), dtype=np.float32)
        meaningful = [n for n, word in enumerate(words) if fold(word) not in STOPWORDS]
        if not meaningful:
            return sums
        tokens = self._pieces([words[n] for n in meaningful])
        sizes = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        if sizes.any():
            flat = np.fromiter(itertools.chain.from_iterable(tokens), dtype=np.int64, count=int(sizes.sum()))
            flat = np.clip(flat, 0, len(self._table) - 1)
            sums[np.asarray(meaningful)[sizes > 0]] = _run_sums(self._table[flat], sizes)
        return sums

    def _learn(self, words: list[str]) -> None:
        """Add words to the word table: the sum of their tokens' vectors (zero for a stopword)."""
        sums = self._sums(words)
        base, end = len(self._word_ids), len(self._word_ids) + len(words)
        if end > len(self._word_sums):  # room to grow: twice what is needed
            room = np.zeros((2 * end - base, self.dimensions), dtype=np.float32)
            self._word_sums = np.concatenate((self._word_sums[:base], room))
        self._word_sums[base:end] = sums
        self._word_ids.update(zip(words, range(base, end), strict=True))


class SentenceEncoder:
    """A sentence-transformers model in a local folder, run by that package (never downloaded)."""

    def __init__(self, folder: Path) -> None:
        # optional (the ``encoder`` extra): imported by name, only when such a model is asked for
        package = importlib.import_module("sentence_transformers")
        self.name = str(folder)
        self._model = package.SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.dimensions = int(self._model.get_sentence_embedding_dimension() or 0)

    def embed(
        self, texts: Sequence[str], remember: bool = True, words: Sequence[list[str]] | None = None
    ) -> np.ndarray:
        vectors = self._model.encode([meaning_text(t) for t in texts], batch_size=64, convert_to_numpy=True)
        return normalise(np.asarray(vectors, dtype=VECTOR_DTYPE))


def word_pieces(tokenizer: Tokenizer) -> Callable[[list[str]], list[list[int]]]:
    """How a tokenizer cuts words into token ids. Most go through ``encode_batch``; a tokenizer that, as
    wordllama's, only marks the start of a word with ``▁`` (and turns spaces, which a word has none of, into
    ``▁``), has no pre-tokenizer and no added token a word could hold cuts a word as its BPE model cuts ``▁``
    and the word: asked directly, several times faster, the same ids."""
    from tokenizers.models import BPE

    normalizer = tokenizer.normalizer  # asked part by part: the whole tokenizer as JSON takes tens of milliseconds
    plain = (
        normalizer is not None
        and json.loads(normalizer.__getstate__()) == _MARK_WORD_START
        and tokenizer.pre_tokenizer is None
        and isinstance(tokenizer.model, BPE)
        and tokenizer.model.dropout is None
        and not any(_WORD_PART.fullmatch(token.content) for token in tokenizer.get_added_tokens_decoder().values())
    )
    if not plain:
        return lambda words: [item.ids for item in tokenizer.encode_batch(words, add_special_tokens=False)]
    bpe = tokenizer.model
    return lambda words: [[token.id for token in bpe.tokenize("\u2581" + word)] for word in words]


_MARK_WORD_START = {
    "type": "Sequence",
    "normalizers": [
        {"type": "Prepend", "prepend": "\u2581"},
        {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"},
    ],
}
"""A normalizer that puts ``▁`` before the text and in place of each space (Llama's tokenizers)."""


WORD_CACHE = 1 << 18
"""How many words' vectors a static model keeps at hand while a build embeds passages."""


def _run_sums(rows: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The sum of each run of ``rows``, the runs ``sizes`` long one after another, for the runs not empty."""
    starts = np.zeros(len(sizes), dtype=np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    return np.add.reduceat(rows, starts[sizes > 0], axis=0)


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length; rows of zeros stay zeros."""
    lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.divide(vectors, lengths, out=vectors, where=lengths > 0)
    return vectors


@dataclass(frozen=True, slots=True)
class MeaningModel:
    """The model a setting names, loaded, or why it could not be."""

    setting: str
    embedder: Embedder | None
    problem: str | None = None
    """Why there is no embedder (None when there is one, or when the setting turns it off)."""


@lru_cache(maxsize=4)
def load_model(setting: str) -> MeaningModel:
    """Load the model ``setting`` names (once per process); a model that cannot be loaded gives its reason."""
    if setting.lower() == NO_MODEL:
        return MeaningModel(setting, None)
    try:
        if setting == DEFAULT_MODEL:
            return MeaningModel(setting, _wordllama())
        return MeaningModel(setting, _from_folder(Path(setting).expanduser()))
    except Exception as error:  # any failure of a model means answering by words alone, said once
        return MeaningModel(setting, None, f"meaning model {setting!r} is not available ({error})")


def _wordllama() -> StaticEmbedder:
    """wordllama's 256-wide model, read from the files inside its wheel (its own loader looks for the
    tokenizer in another folder and would try to download it)."""
    spec = import_util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the wordllama package is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    weights, tokenizer = root.joinpath(*_WORDLLAMA_WEIGHTS), root.joinpath(*_WORDLLAMA_TOKENIZER)
    for path in (weights, tokenizer):
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing from the wordllama package")
    return StaticEmbedder(DEFAULT_MODEL, tokenizer, weights, "embedding.weight", WORDLLAMA_DIMENSIONS)


def _from_folder(folder: Path) -> Embedder:
    if not folder.is_dir():
        raise FileNotFoundError(f"no folder {folder}")
    if (folder / "modules.json").is_file():
        return SentenceEncoder(folder)
    tokenizer, weights = folder / "tokenizer.json", folder / "model.safetensors"
    if tokenizer.is_file() and weights.is_file():
        config = folder / "config.json"
        name = json.loads(config.read_text()).get("model_name", folder.name) if config.is_file() else folder.name
        return StaticEmbedder(f"{folder}:{name}", tokenizer, weights)
    raise FileNotFoundError(f"{folder} holds neither a sentence-transformers model nor a model2vec one")
