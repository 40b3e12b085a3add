"""The search across all libraries: every searcher of ``registry.SEARCHERS`` asked with the same query, the
hits merged by library (each library's own order kept, libraries in the registry's order), filtered by library
and year. The query is checked once by the core (an empty, 10,000-character or stop-word-only query gives its
Chinese message)."""

from __future__ import annotations

import inspect
import logging
from dataclasses import dataclass, field

from django.utils.module_loading import import_string

from kechuang.errors import KechuangError
from kechuang.matching import query_tokens
from kechuang.web.libraries.registry import SEARCHERS

log = logging.getLogger("kechuang.web.libraries")
PER_LIBRARY = 20


@dataclass
class Results:
    query: str
    hits: list[dict] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # the libraries that answered, for the filter
    failed: list[str] = field(default_factory=list)  # libraries whose search failed (logged), named to the user


def _searchers() -> list:
    out = []
    for path in SEARCHERS:
        try:
            out.append(import_string(path))
        except ImportError:  # a library not installed in this build
            log.warning("searcher %s not importable", path)
    return out


def search_all(user, query: str, kind: str = "", year: int | None = None, limit: int = PER_LIBRARY) -> Results:
    query = " ".join((query or "").split())
    query_tokens(query)  # KechuangError (KC-MATCH-EMPTY / -TOO-LONG / -STOPWORDS) before any library runs
    results = Results(query)
    for searcher in _searchers():
        try:
            accepts_year = "year" in inspect.signature(searcher).parameters
            hits = searcher(user, query, limit, year=year) if accepts_year and year else searcher(user, query, limit)
        except KechuangError as exc:
            if exc.code.startswith("KC-MATCH-"):
                raise
            results.failed.append(exc.message_zh)
            continue
        for hit in hits:
            if hit.get("kind") and hit["kind"] not in results.kinds:
                results.kinds.append(hit["kind"])
            if kind and hit.get("kind") != kind:
                continue
            if year and hit.get("year") != year:  # a hit without a year is not of the year asked for
                continue
            results.hits.append(hit)
    return results
