"""Links for documents a team publishes: a corpus path mapped onto a public base address.

With ``BRIEFBOT_PUBLIC_BASE_URL=https://files.example.org/corpus/``, a document ``articles/x.md`` that has no
``url`` of its own is linked as ``https://files.example.org/corpus/articles/x.md`` (a PDF page adds
``#page=N``). A document's own ``url`` always wins.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

from index.models import Answer, Hit, Source


def public_url(base: str, path: str) -> str:
    """The address of corpus file ``path`` under ``base``, each part of the path percent-encoded."""
    return base.rstrip("/") + "/" + quote(path.lstrip("/"), safe="/")


def with_public_links(answer: Answer, base: str | None) -> Answer:
    """``answer`` with every source that has no url linked under ``base``; unchanged without a base."""
    if not base:
        return answer
    return replace(answer, hits=tuple(_hit(hit, base) for hit in answer.hits))


def _hit(hit: Hit, base: str) -> Hit:
    return replace(hit, source=_source(hit.source, base), also_in=tuple(_source(s, base) for s in hit.also_in))


def _source(source: Source, base: str) -> Source:
    return source if source.url else replace(source, url=public_url(base, source.path))
