"""Whether an index still reflects its corpus."""

from __future__ import annotations

from pathlib import Path

from index.corpus import DEFAULT_MAX_FILE_BYTES, scan_corpus
from index.errors import IndexMissingError, IndexVersionError
from index.meaning import DEFAULT_MODEL
from index.store import meaning_setting, read_manifest


def staleness(
    corpus_dir: Path, index_dir: Path, max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES, model: str = DEFAULT_MODEL
) -> str | None:
    """Why the index must be (re)built before use, as a short phrase; None when it is current.

    ``max_file_bytes`` is the size limit the index is built with (larger files are not part of it), ``model`` its
    meaning model's setting.

    Raises IndexCorruptError when the index folder is damaged, and IndexVersionError when a newer briefbot
    wrote it: both need a person's decision.
    """
    try:
        manifest = read_manifest(index_dir)
    except IndexMissingError:
        return "no index yet"
    except IndexVersionError as error:
        if error.newer:
            raise
        return "the index was built by an older briefbot"
    corpus = manifest.get("corpus", {})
    if corpus.get("folder") != str(corpus_dir.resolve()):
        return "the index was built from another corpus folder"
    if corpus.get("fingerprint") != scan_corpus(corpus_dir, max_file_bytes).fingerprint():
        return "the corpus changed since the index was built"
    if meaning_setting(manifest) != model:
        return "the meaning model setting changed since the index was built"
    return None
