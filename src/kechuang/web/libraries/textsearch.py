"""The list's text filter served by an index on SQLite: an FTS5 table of each project's title and applicant written
one character a token (``kc_chars``: "锂电池" → "锂 电 池"), so that any substring of two or more characters — the
usual Chinese query, which a trigram index cannot serve — is a phrase query on the index. The phrase gives a
superset of the rows whose title or applicant contains the query (punctuation is dropped, case folded); the exact
``icontains`` filter stays on top, so the rows are those of the plain filter, found without scanning the table.

The table follows the projects table by triggers (insert, update of the two columns, delete: bulk writes included),
which call ``kc_chars``, a function registered on every SQLite connection Django opens (``register``). PostgreSQL
uses the pg_trgm GIN indexes of migration 0002 instead (``UPPER(col) LIKE`` is what they serve)."""

from __future__ import annotations

import unicodedata

from django.db import connections
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

TABLE = "kc_project_text"


def chars(text: str | None) -> str:
    """The text one character a token (the tokenizer drops the punctuation and the spaces)."""
    return " ".join(text) if text else ""


def register(sender=None, connection=None, **kwargs) -> None:
    """``kc_chars`` on a new SQLite connection (``connection_created``)."""
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_function("kc_chars", 1, chars, deterministic=True)


CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(title, applicant, "
    "tokenize = 'unicode61 remove_diacritics 0')",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_insert AFTER INSERT ON libraries_project BEGIN
        INSERT INTO {TABLE}(rowid, title, applicant) VALUES (new.id, kc_chars(new.title), kc_chars(new.applicant));
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_update AFTER UPDATE OF id, title, applicant ON libraries_project BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.id;
        INSERT INTO {TABLE}(rowid, title, applicant) VALUES (new.id, kc_chars(new.title), kc_chars(new.applicant));
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_delete AFTER DELETE ON libraries_project BEGIN
        DELETE FROM {TABLE} WHERE rowid = old.id;
    END""",
    f"DELETE FROM {TABLE}",
    f"INSERT INTO {TABLE}(rowid, title, applicant) SELECT id, kc_chars(title), kc_chars(applicant) "
    "FROM libraries_project",
]
DROP = [f"DROP TRIGGER IF EXISTS {TABLE}_{name}" for name in ("insert", "update", "delete")] + [
    f"DROP TABLE IF EXISTS {TABLE}"]


def _indexed(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def narrowed(rows: QuerySet, q: str, using: str = "default") -> QuerySet:
    """``rows`` (projects) cut to the index's candidates for ``q`` on SQLite: the exact filter is the caller's."""
    if connections[using].vendor != "sqlite" or not any(_indexed(ch) for ch in q):
        return rows
    phrase = '"' + chars(q).replace('"', '""') + '"'
    return rows.filter(pk__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [phrase]))
