"""Digesting corpus files: read, split and analyse each one, the expensive part of a build.

Files are independent, so a large build hands them out in batches to worker processes, one per core, and
takes the results back in corpus order. Each file comes back as plain data the builder can write straight
into a generation: its passages (dated) serialised, their dedup keys, their terms counted, and what a person
should know about how it was read.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from index.aliases import AliasTable
from index.analyzer import CONTEXT_MARK, analyze, text_words
from index.corpus import CorpusFile, read_bytes, read_document, read_sidecar_bytes
from index.dates import with_dates
from index.dedup import key_hash
from index.engine import TermIds, count_term_lists
from index.errors import SkipFile, describe
from index.limits import FileLimits, OverTimeBudget, current_limits, document_budget, set_limits
from index.meaning import load_model
from index.models import Passage, PassageKind, Source
from index.sayers import sayer_words, with_sayers
from index.sent_terms import ReceivedTerms, SentTerms, WorkerTerms
from index.speaker_field import SPEAKER_MARK, document_names, speaker_text
from index.splitter import split_document
from index.store import framed, json_line, passage_record
from index.turns import turn_links

_PR_SET_PDEATHSIG = 1
"""Linux prctl option: the signal a process gets when its parent dies."""

PARALLEL_MIN_FILES = 24
"""Below this many files a build digests them in its own process: starting workers would cost more."""
PARALLEL_MIN_BYTES = 2 << 20
"""...and below this many bytes."""
BATCH_FILES = 8
"""At most this many files are handed to a worker at a time: small batches keep both workers busy to the end."""
TOKENIZER_THREADS = "TOKENIZERS_PARALLELISM"
"""The variable that tells the ``tokenizers`` package whether to tokenize on threads of its own."""
SAYERS_INDEXED = True
"""Whether an article paragraph's sayer (``index.sayers``) is indexed in the speaker field, as a turn's speaker is."""
GC_YOUNG_THRESHOLD = 20_000
"""While a file is read, the garbage collector looks at the youngest objects after this many allocations."""


@dataclass(frozen=True, slots=True)
class FileState:
    """A corpus file as it was read: its path, size, modification time and content hash, and its sidecar's."""

    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    sidecar: FileState | None = None
    """The state of the file's ``NAME.meta.toml`` (its ``path`` is the sidecar's file name), if it has one."""


@dataclass(frozen=True, slots=True)
class Bags:
    """The terms of consecutive passages, counted: passage i holds ``sizes[i]`` distinct terms (entries in
    order of first occurrence), ``lengths[i]`` terms in all, a turn's speaker's not counted. ``terms`` index
    ``vocabulary`` (the file's terms in id order: each file has its own, so that a digest depends on its file alone
    and can be cached)."""

    vocabulary: Collection[str]
    terms: np.ndarray
    counts: np.ndarray
    sizes: np.ndarray
    lengths: np.ndarray


@dataclass(frozen=True, slots=True)
class FileDigest:
    """One corpus file digested: its state, and either why it was skipped or its document and passages."""

    state: FileState
    skipped: str | None = None
    source: Source | None = None
    records: bytes = b""
    """The passages' lines for the passages file, one after another."""
    offsets: np.ndarray | None = None
    """Where each line starts in ``records`` (one more than lines)."""
    crcs: np.ndarray | None = None
    """Each line's CRC-32."""
    keys: np.ndarray | None = None
    bags: Bags | None = None
    vectors: np.ndarray | None = None
    """The passages' meaning vectors (one row each), when the index has a meaning model."""
    turns: np.ndarray | None = None
    """Each passage's answer and reply turn offsets (``index.turns.turn_links``)."""
    warnings: tuple[str, ...] = ()
    """Things a person should know about how the file was read (a guessed text encoding, ...)."""
    lasting: bool = True
    """False when the file may read otherwise next time (an error, the time budget, the file gone): such a
    digest is used once and never cached."""


def index_terms(text: str, aliases: AliasTable, words: list[str] | None = None) -> list[str]:
    """The terms of a text: its words' terms, then its alias groups' and names' terms (``words``: the text's
    ``text_words``, when they are at hand)."""
    return aliases.terms_of(text, words=words) if aliases else analyze(text)


def passage_terms(
    passage: Passage,
    aliases: AliasTable,
    words: list[str] | None = None,
    names: Sequence[str] = (),
    spoken: dict[str | None, list[str]] | None = None,
) -> tuple[list[str], list[str]]:
    """The terms a passage is indexed with, in order, repeats kept: the one place that decides them; and apart,
    its speaker's, which do not count in its length.

    An answer turn's include those of the question it answers, in a field of their own (each term marked with
    ``CONTEXT_MARK``), so that a question about what was asked finds what was answered, at a lower weight than
    the answer's own words (``index.query.CONTEXT_WEIGHT``). A turn's include its speaker's (``index.speaker_field``,
    with the ``names`` its document gives people), marked with ``SPEAKER_MARK`` and searched at ``SPEAKER_WEIGHT``,
    and an article paragraph's include its sayer's (``index.sayers``: ``she said`` gets the name said before); a
    tweet's account is in the tweet's own words already. ``words``: the text's
    ``text_words``, if cut; ``spoken``: the speaker terms of the document's speakers worked out so far (a document's
    turns share a few speakers), filled as they are."""
    terms = index_terms(passage.text, aliases, words)
    if passage.context:
        terms += _marked_terms(passage.context, aliases, CONTEXT_MARK)
    if passage.sayer and SAYERS_INDEXED:
        text = speaker_text(sayer_words(passage.sayer, passage.text))
        return terms, _marked_terms(text, aliases, SPEAKER_MARK) if text else []
    if passage.kind is not PassageKind.TURN or not passage.speaker:
        return terms, []
    known = spoken if spoken is not None else {}
    speaker = known.get(passage.speaker)
    if speaker is None:
        text = speaker_text(passage.speaker, names)
        speaker = known[passage.speaker] = _marked_terms(text, aliases, SPEAKER_MARK) if text else []
    return terms, speaker


def _marked_terms(text: str, aliases: AliasTable, mark: str) -> list[str]:
    """A text's terms (its alias groups' and names' too), each led by ``mark``: a field of its own."""
    return aliases.terms_of(text, mark) if aliases else [mark + term for term in analyze(text)]


def digest_file(item: CorpusFile, aliases: AliasTable | None = None, model: str | None = None) -> FileDigest:
    """Read, split, date and analyse one file (and embed its passages with the meaning model ``model``
    names), its terms numbered in a table of its own; a file that cannot be used comes back skipped with why."""
    with _fewer_collections():
        return _digest_file(item, aliases or AliasTable(), model)


_collections = threading.Lock()
_readers_running = 0
_threshold_before: tuple[int, int, int] = (0, 0, 0)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Reading a file makes many small objects, and the word tables and caches that live on make each collection
    long: the garbage collector looks at the youngest objects less often meanwhile (no effect on a digest). Files
    read at once in one process (a build beside the watcher's update) share the raised threshold; the last one
    done puts back what was there before the first."""
    global _readers_running, _threshold_before
    with _collections:
        if not _readers_running:
            _threshold_before = gc.get_threshold()
            if _threshold_before[0]:  # (a threshold of 0 turns collection off: left so)
                gc.set_threshold(max(_threshold_before[0], GC_YOUNG_THRESHOLD), *_threshold_before[1:])
        _readers_running += 1
    try:
        yield
    finally:
        with _collections:
            _readers_running -= 1
            if not _readers_running:
                gc.set_threshold(*_threshold_before)


def _digest_file(item: CorpusFile, aliases: AliasTable, model: str | None) -> FileDigest:
    try:
        info = item.path.stat()
    except OSError:
        gone = FileState(item.name, -1, -1, None)
        return FileDigest(gone, skipped="file disappeared while the index was being built", lasting=False)
    sidecar, sidecar_data = _read_sidecar(item)
    state = FileState(item.name, info.st_size, info.st_mtime_ns, None, sidecar)
    try:
        data = read_bytes(item)
        state = replace(state, sha256=hashlib.sha256(data).hexdigest())
        with document_budget() as spent:
            document = read_document(item, data, sidecar_data)
            spent.check_time()
            passages = with_dates(split_document(document, 0), document.date, document.text, document.title)
            passages = with_sayers(passages)
            spent.check_time()
    except SkipFile as reason:
        return FileDigest(state, skipped=str(reason), lasting=not isinstance(reason, OverTimeBudget))
    except Exception as error:  # a flaw in reading one file must not cost the others: skip it, say why
        return FileDigest(state, skipped=f"cannot be read ({describe(error)})", lasting=False)
    if not passages:
        return FileDigest(state, skipped="no passages: the file holds no words to index", warnings=document.warnings)
    embedder = load_model(model).embedder if model else None
    words = [text_words(p.text) for p in passages] if aliases or embedder is not None else None
    ids = TermIds()
    names = document_names(document.roles, document.people)
    speakers: dict[str | None, list[str]] = {}
    spoken: list[int] = []  # how many of each passage's terms are its speaker's: not counted in its length

    def term_lists() -> Iterator[list[str]]:
        for n, passage in enumerate(passages):
            own, speaker = passage_terms(passage, aliases, words[n] if words else None, names, speakers)
            spoken.append(len(speaker))
            yield own + speaker if speaker else own

    terms, counts, sizes, lengths = count_term_lists(term_lists(), ids)
    lengths = lengths - np.asarray(spoken, dtype=lengths.dtype)
    records, offsets, crcs = framed([json_line(passage_record(p)) for p in passages])
    return FileDigest(
        state,
        source=Source(document.title, document.url, document.date, document.path, date_source=document.date_source),
        records=records,
        offsets=offsets,
        crcs=crcs,
        keys=np.array([key_hash(p.text) for p in passages], dtype=np.uint64).reshape(-1, 2),
        bags=Bags(list(ids), *(values.astype(np.int32) for values in (terms, counts, sizes, lengths))),
        # a passage's own words only: the question an answer turn answers, measured, made answers look alike
        vectors=None if embedder is None else embedder.embed([p.text for p in passages], words=words),
        turns=turn_links(passages),
        warnings=document.warnings,
    )


def _read_sidecar(item: CorpusFile) -> tuple[FileState | None, bytes | None]:
    """The state and bytes of a file's sidecar (None, None without one; bytes None when it cannot be read,
    and reading the document names the problem)."""
    if item.sidecar is None:
        return None, None
    try:
        info = item.sidecar.stat()
        data = read_sidecar_bytes(item)
        assert data is not None
    except OSError:
        return FileState(item.sidecar.name, -1, -1, None), None
    return FileState(item.sidecar.name, info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest()), data


_worker_settings: tuple[AliasTable | None, str | None, WorkerTerms] | None = None
"""In a worker process: the alias groups and meaning model of the build it works for, and its table of the
terms it has sent (``_start_worker``)."""


def _start_worker(aliases: AliasTable | None, model: str | None, limits: FileLimits) -> None:
    """Start of a worker: stop with the parent, and keep the build's settings for every batch. The alias table
    comes once, not with each batch: the words it learns (``AliasTable.terms_of``) serve every later file. The
    meaning model's tokenizer runs in the worker's own thread: the workers already take every core. What the
    worker inherits from the builder is left out of its garbage collections (``gc.freeze``): a full collection
    would look through all of it again and again, and copy the pages it touches."""
    _stop_with_parent()
    gc.freeze()
    os.environ.setdefault(TOKENIZER_THREADS, "false")
    global _worker_settings
    set_limits(limits)
    _worker_settings = (aliases, model, WorkerTerms(os.getpid()))


def _worker_batch(items: Sequence[CorpusFile]) -> list[tuple[FileDigest, SentTerms | None]]:
    """In a worker process: digest several files with the build's settings, each file's terms as numbers in the
    worker's table (``index.sent_terms``)."""
    assert _worker_settings is not None, "a worker runs batches only after _start_worker"
    aliases, model, sent = _worker_settings
    done: list[tuple[FileDigest, SentTerms | None]] = []
    for item in items:
        digest = digest_file(item, aliases, model)
        if digest.bags is None:
            done.append((digest, None))
        else:
            terms = sent.send(digest.bags.vocabulary)
            done.append((replace(digest, bags=replace(digest.bags, vocabulary=())), terms))
    return done


def _received(batches: Iterator[list[tuple[FileDigest, SentTerms | None]]]) -> Iterator[FileDigest]:
    """The digests of the workers' batches in order, each vocabulary read in the copy of its worker's table."""
    tables = ReceivedTerms()
    for batch in batches:
        for digest, terms in batch:
            if terms is not None:
                assert digest.bags is not None
                digest = replace(digest, bags=replace(digest.bags, vocabulary=tables.receive(terms)))
            yield digest


def digest_all(
    items: Sequence[CorpusFile],
    on_file: Callable[[CorpusFile], None] | None = None,
    aliases: AliasTable | None = None,
    model: str | None = None,
) -> Iterator[FileDigest]:
    """Digest files in order, in worker processes when there are enough of them to pay for it; passages are
    indexed with ``aliases``'s group and name terms and embedded with the meaning model ``model`` names."""
    if model:
        load_model(model)  # once here, before workers fork, so that they share it
    workers = _cores()
    with contextlib.ExitStack() as stack:
        if workers < 2 or len(items) < PARALLEL_MIN_FILES or _total_bytes(items) < PARALLEL_MIN_BYTES:
            digests: Iterator[FileDigest] = (digest_file(item, aliases, model) for item in items)
        else:
            size = max(1, min(BATCH_FILES, len(items) // (workers * 8)))
            settings = (aliases, model, current_limits())
            pool = stack.enter_context(_start_method().Pool(workers, _start_worker, settings))
            batches = [items[i : i + size] for i in range(0, len(items), size)]
            digests = _received(pool.imap(_worker_batch, batches))
        for item, digest in zip(items, digests, strict=True):
            if on_file:
                on_file(item)
            yield digest


def _stop_with_parent() -> None:
    """Start of a worker: ask Linux to kill it when the process that started it dies, so that no worker of a
    killed build lives on (a worker forked from a build holds the build lock while it lives)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before the request above
        os._exit(1)


def _start_method() -> multiprocessing.context.BaseContext:
    """Fork while this process runs a single thread (cheap, and safe then); otherwise a fork server, since
    forking a process that runs other threads can deadlock the copy."""
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _total_bytes(items: Sequence[CorpusFile]) -> int:
    total = 0
    for item in items:
        try:
            total += item.path.stat().st_size
        except OSError:
            continue
        if total >= PARALLEL_MIN_BYTES:
            break
    return total
