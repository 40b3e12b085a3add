"""Plain ``executemany`` inserts for the import's big tables (yearly figures, history rows): Django's
``bulk_create`` prepares every value through its field (≈ 10 µs each), which for 30,000 figure rows of 20 columns
is most of an import's time. Here only the columns that need it are prepared — JSON through the field, dates and
datetimes through the backend's operations; numbers, text and None go as they are."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection, models

from kechuang.web import keyset


def _preparer(field):
    if isinstance(field, models.JSONField):
        return lambda v: None if v is None else field.get_db_prep_save(v, connection)
    if isinstance(field, models.DateTimeField):
        return lambda v: None if v is None else connection.ops.adapt_datetimefield_value(v)
    if isinstance(field, models.DateField):
        return lambda v: None if v is None else connection.ops.adapt_datefield_value(v)
    return None


def insert_rows(model, fields: Sequence[str], rows: Iterable[Sequence], batch: int = 2000) -> int:
    """Insert ``rows`` (tuples in the order of ``fields``, model field names) into ``model``'s table."""
    meta = model._meta
    columns = [meta.get_field(f) for f in fields]
    prepare = [(i, p) for i, p in enumerate(_preparer(f) for f in columns) if p is not None]
    quote = connection.ops.quote_name
    sql = (f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in columns)}) "
           f"VALUES ({', '.join(['%s'] * len(columns))})")
    count, chunk = 0, []
    with connection.cursor() as cursor:
        for row in rows:
            row = list(row)
            for i, p in prepare:
                row[i] = p(row[i])
            chunk.append(row)
            if len(chunk) >= batch:
                cursor.executemany(sql, chunk)
                count, chunk = count + len(chunk), []
        if chunk:
            cursor.executemany(sql, chunk)
            count += len(chunk)
    keyset.touch(model)  # no post_save for these rows: the lists' counts
    return count
