"""The query planner's statistics after a bulk write. PostgreSQL plans from statistics that ``ANALYZE`` gathers;
autovacuum gathers them within a minute or so of a large change, and until then a table filled by an import is
planned as if nearly empty — the enterprise list of 10,000 imported rows sorted all of them for each page
(15.5 ms) instead of reading 51 along its index (0.15 ms). PostgreSQL's manual ("Populating a Database": run
ANALYZE afterwards) says what a competent user does: analyse the tables once the load is committed.

SQLite's planner keeps no statistics unless asked and its plans here read along the indexes already: nothing is
done there."""

from __future__ import annotations

import logging

from django.db import DEFAULT_DB_ALIAS, connections, transaction

log = logging.getLogger("kechuang.web")
ANALYZE_AFTER = 1000  # rows written by one bulk write from which its tables are analysed


def bulk_written(*models, rows: int, using: str = DEFAULT_DB_ALIAS) -> None:
    """``rows`` were written to the tables of ``models`` in bulk: on PostgreSQL, from ``ANALYZE_AFTER`` rows, analyse
    them once the transaction commits (at once outside one)."""
    if rows < ANALYZE_AFTER or connections[using].vendor != "postgresql":
        return
    tables = sorted({model._meta.db_table for model in models})
    transaction.on_commit(lambda: _analyze(tables, using), using=using)


def _analyze(tables: list[str], using: str) -> None:
    connection = connections[using]
    try:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables))
    except Exception:  # the write is committed; stale statistics cost speed until autovacuum, never the import
        log.exception("ANALYZE %s failed", tables)
