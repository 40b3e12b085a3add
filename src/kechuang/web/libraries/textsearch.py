"""The lists' text filter served by an index, on SQLite and on PostgreSQL, for the project, demand, achievement and
talent lists (``SPECS``). The index gives a superset of the rows whose columns contain the query; the caller keeps
the exact ``icontains`` filter on top, so the rows are those of the plain filter, found without scanning the table.

- **SQLite**: an FTS5 table of the record's columns written one character a token (``kc_chars``: "锂电池" →
  "锂 电 池"), so that any substring — the usual Chinese query has two characters, which a trigram index cannot
  serve — is a phrase query on it (punctuation dropped, case folded). Triggers keep it in step (insert, update of
  the columns, delete: bulk writes included). They call ``kc_chars``, a function registered on every SQLite
  connection Django opens (``register``): **a write to these tables from a connection that has not registered it
  (the ``sqlite3`` shell, another program) fails** with "no such function: kc_chars" — SQLite has no string split
  a trigger could use, and no built-in FTS5 tokenizer cuts Chinese into characters (``unicode61`` keeps a run of
  letters as one token; ``trigram`` serves three characters or more). Such a program registers the function
  first: ``conn.create_function("kc_chars", 1, lambda t: " ".join(t) if t else "", deterministic=True)``.
- **PostgreSQL**: a GIN index on ``kc_grams(columns)``, the text's single characters and character pairs (upper
  case) as an array, kept by the table itself (an expression index: every write, no trigger). A query of one
  character looks up that character, a longer one all its pairs (``@>``). Why not a ``tsvector`` of single
  characters with a phrase query: a ``tsvector`` keeps at most 256 positions a lexeme and none past 16,383, so a
  5,000-character summary loses positions of its common characters and the phrase would miss rows; pg_trgm cannot
  serve two characters (benchmarks: both measured, ``docs/benchmarks.md``)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.db import connections
from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL


@dataclass(frozen=True)
class Spec:
    """One list's text index: the model's table, the columns the list filters ``q`` on, the FTS5 table's name."""

    table: str
    columns: tuple[str, ...]
    fts: str

    @property
    def index(self) -> str:  # PostgreSQL
        return f"{self.fts}_grams"

    def text(self, alias: str | None = None) -> str:
        """The indexed expression: the columns joined by a line break (a pair across two columns only widens)."""
        prefix = f'"{alias}".' if alias else ""
        return " || E'\\n' || ".join(f"coalesce({prefix}\"{col}\", '')" for col in self.columns)


PROJECT = Spec("libraries_project", ("title", "applicant"), "kc_project_text")
DEMAND = Spec("transfer_demand", ("title", "problem"), "kc_demand_text")
ACHIEVEMENT = Spec("transfer_achievement", ("title", "summary", "holder"), "kc_achievement_text")
TALENT = Spec("talents_talent", ("name", "affiliation", "expertise", "fields"), "kc_talent_text")  # no ID, no contact


def chars(text: str | None) -> str:
    """The text one character a token (the tokenizer drops the punctuation and the spaces)."""
    return " ".join(text) if text else ""


def register(sender=None, connection=None, **kwargs) -> None:
    """``kc_chars`` on a new SQLite connection (``connection_created``)."""
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_function("kc_chars", 1, chars, deterministic=True)


def sqlite_create(spec: Spec) -> list[str]:
    """The FTS5 table, its triggers and its first fill."""
    cols = ", ".join(spec.columns)
    new = ", ".join(f"kc_chars(new.{col})" for col in spec.columns)
    insert = f"INSERT INTO {spec.fts}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {spec.fts} USING fts5({cols}, tokenize = 'unicode61 remove_diacritics 0')",
        f"CREATE TRIGGER IF NOT EXISTS {spec.fts}_insert AFTER INSERT ON {spec.table} BEGIN {insert} END",
        f"""CREATE TRIGGER IF NOT EXISTS {spec.fts}_update AFTER UPDATE OF id, {cols} ON {spec.table} BEGIN
            DELETE FROM {spec.fts} WHERE rowid = old.id; {insert} END""",
        f"CREATE TRIGGER IF NOT EXISTS {spec.fts}_delete AFTER DELETE ON {spec.table} BEGIN "
        f"DELETE FROM {spec.fts} WHERE rowid = old.id; END",
        f"DELETE FROM {spec.fts}",
        f"INSERT INTO {spec.fts}(rowid, {cols}) SELECT id, "
        + ", ".join(f"kc_chars({col})" for col in spec.columns) + f" FROM {spec.table}",
    ]


def sqlite_drop(spec: Spec) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {spec.fts}_{name}" for name in ("insert", "update", "delete")] + [
        f"DROP TABLE IF EXISTS {spec.fts}"]


CREATE = sqlite_create(PROJECT)  # migration libraries 0003
DROP = sqlite_drop(PROJECT)

#: the text's characters and character pairs, upper case (``UPPER(col) LIKE UPPER(%q%)`` is PostgreSQL's icontains)
PG_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION kc_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) FROM (
    SELECT substr(u, i, 1) AS g FROM (SELECT upper(t) AS u) s, generate_series(1, length(u)) AS i
    UNION ALL
    SELECT substr(u, i, 2) FROM (SELECT upper(t) AS u) s, generate_series(1, length(u) - 1) AS i) grams
$$;
CREATE OR REPLACE FUNCTION kc_query_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN length(t) = 1 THEN ARRAY[upper(t)] ELSE (
    SELECT coalesce(array_agg(DISTINCT substr(upper(t), i, 2)), '{}'::text[]) FROM generate_series(1, length(t) - 1)
      AS i) END
$$;
"""
PG_DROP_FUNCTIONS = """
DO $$ BEGIN
  DROP FUNCTION IF EXISTS kc_query_grams(text); DROP FUNCTION IF EXISTS kc_grams(text);
EXCEPTION WHEN dependent_objects_still_exist THEN NULL;  -- another list's index still uses them
END $$;
"""


def pg_create(spec: Spec) -> list[str]:
    return [PG_FUNCTIONS,
            f"CREATE INDEX IF NOT EXISTS {spec.index} ON {spec.table} USING gin (kc_grams({spec.text()}))",
            f"ANALYZE {spec.table}"]


def pg_drop(spec: Spec) -> list[str]:
    return [f"DROP INDEX IF EXISTS {spec.index}", PG_DROP_FUNCTIONS]


def migration(spec: Spec, vendors: tuple[str, ...] = ("sqlite", "postgresql")):
    """``RunPython(forward, backward)`` for a list's text index on the given databases (others: nothing)."""
    create = {"sqlite": sqlite_create, "postgresql": pg_create}
    drop = {"sqlite": sqlite_drop, "postgresql": pg_drop}

    def forward(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        if vendor == "sqlite":
            register(connection=schema_editor.connection)
        for sql in create[vendor](spec) if vendor in vendors else []:
            schema_editor.execute(sql, params=None)

    def backward(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for sql in drop[vendor](spec) if vendor in vendors else []:
            schema_editor.execute(sql, params=None)

    return forward, backward


def _indexed(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def narrowed(rows: QuerySet, q: str, spec: Spec = PROJECT, also: Q | None = None, using: str = "default") -> QuerySet:
    """``rows`` cut to the index's candidates for ``q`` (a superset), or to ``also`` (candidates the index does not
    hold, e.g. a demand's enterprise by name): the exact filter is the caller's."""
    vendor = connections[using].vendor
    if vendor == "sqlite" and any(_indexed(ch) for ch in q):
        phrase = '"' + chars(q).replace('"', '""') + '"'
        found = Q(pk__in=RawSQL(f"SELECT rowid FROM {spec.fts} WHERE {spec.fts} MATCH %s", [phrase]))
    elif vendor == "postgresql" and q:
        found = Q(RawSQL(f"kc_grams({spec.text(spec.table)}) @> kc_query_grams(%s)", [q], output_field=BooleanField()))
    else:
        return rows
    return rows.filter(found | also if also is not None else found)
