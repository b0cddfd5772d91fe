"""briefbot's library: corpus reading, passage splitting, text analysis, the BM25 index and its search.

Nothing in this package talks to Discord or to a terminal; callers pass plain values (and settings) in.
``Library`` is the front door (docs/library.md); the faces in ``bot/`` import only the names below.
"""

from index.adding import (
    AddPlan,
    AddRefused,
    Brought,
    UploadRefused,
    add_file,
    check_size,
    checked_file_name,
    checked_url,
)
from index.builder import BuildReport, Progress
from index.corpus import DEFAULT_MAX_FILE_BYTES
from index.dates import MONTHS, day_written
from index.documents import DocumentFile, DocumentUnavailable, find_document, public_url, with_public_links
from index.engine import native_engine
from index.errors import BriefbotError, ErrorKind, IndexCorruptError, IndexVersionError, SkipFile
from index.facts import IndexFacts, IndexState, corpus_changed, describe_index
from index.holder import IndexUnavailableError, RebuildRunningError, SearcherHolder
from index.library import Library, Notify, index_folder_for
from index.limits import FileLimits
from index.meaning import DEFAULT_MODEL
from index.models import (
    Answer,
    DatePrecision,
    DocumentKind,
    Hit,
    Passage,
    PassageKind,
    Source,
    Span,
    StatedDate,
)
from index.readers.frontmatter import parse_date
from index.renames import RENAMES_SETTING, suggest
from index.report_view import SHOWN_PROBLEMS, WAITING, ReportView, report_record, report_view
from index.safe_files import SMALL_FILE_BYTES, check_regular
from index.search import Searcher
from index.sidecar import Metadata

__all__ = [
    "DEFAULT_MAX_FILE_BYTES",
    "DEFAULT_MODEL",
    "MONTHS",
    "RENAMES_SETTING",
    "SHOWN_PROBLEMS",
    "SMALL_FILE_BYTES",
    "WAITING",
    "AddPlan",
    "AddRefused",
    "Answer",
    "BriefbotError",
    "Brought",
    "BuildReport",
    "DatePrecision",
    "DocumentFile",
    "DocumentKind",
    "DocumentUnavailable",
    "ErrorKind",
    "FileLimits",
    "Hit",
    "IndexCorruptError",
    "IndexFacts",
    "IndexState",
    "IndexUnavailableError",
    "IndexVersionError",
    "Library",
    "Metadata",
    "Notify",
    "Passage",
    "PassageKind",
    "Progress",
    "RebuildRunningError",
    "ReportView",
    "Searcher",
    "SearcherHolder",
    "SkipFile",
    "Source",
    "Span",
    "StatedDate",
    "UploadRefused",
    "add_file",
    "check_regular",
    "check_size",
    "checked_file_name",
    "checked_url",
    "corpus_changed",
    "day_written",
    "describe_index",
    "find_document",
    "index_folder_for",
    "native_engine",
    "parse_date",
    "public_url",
    "report_record",
    "report_view",
    "suggest",
    "with_public_links",
]
