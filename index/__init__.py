"""briefbot's library; ``Library`` is the front door (docs/library.md), and ``bot/`` imports only the names below."""

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
from index.chat_markup import without_markup
from index.dates import MONTHS, day_written
from index.documents import DocumentUnavailable, find_document, public_url, with_public_links
from index.engine import native_engine
from index.errors import BriefbotError, ErrorKind, IndexCorruptError, IndexVersionError, SkipFile
from index.facts import IndexFacts, corpus_changed, describe_index
from index.holder import IndexUnavailableError, RebuildRunningError, SearcherHolder
from index.library import Library, Notify, built_from, index_folder_for
from index.limits import DEFAULT_MAX_FILE_BYTES, FileLimits
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
from index.report_view import EMPTY_CORPUS, WAITING, ReportView, report_record, report_view
from index.safe_files import SMALL_FILE_BYTES, check_regular
from index.search import Searcher
from index.sentences import CLOSERS, sentence_spans
from index.sidecar import Metadata
from index.wrapping import joined_lines

__all__ = [
    "CLOSERS", "DEFAULT_MAX_FILE_BYTES", "DEFAULT_MODEL", "EMPTY_CORPUS", "MONTHS", "RENAMES_SETTING",
    "SMALL_FILE_BYTES", "WAITING", "AddPlan", "AddRefused", "Answer", "BriefbotError", "Brought", "BuildReport",
    "DatePrecision", "DocumentKind", "DocumentUnavailable", "ErrorKind", "FileLimits", "Hit", "IndexCorruptError",
    "IndexFacts", "IndexUnavailableError", "IndexVersionError", "Library", "Metadata", "Notify", "Passage",
    "PassageKind", "Progress", "RebuildRunningError", "ReportView", "Searcher", "SearcherHolder", "SkipFile",
    "Source", "Span", "StatedDate", "UploadRefused", "add_file", "built_from", "check_regular", "check_size",
    "checked_file_name", "checked_url", "corpus_changed", "day_written", "describe_index", "find_document",
    "index_folder_for", "joined_lines", "native_engine", "parse_date", "public_url", "report_record", "report_view",
    "sentence_spans", "suggest", "with_public_links", "without_markup",
]
