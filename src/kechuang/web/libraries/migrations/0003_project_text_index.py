"""SQLite only: the FTS5 table of the projects' titles and applicants, one character a token, kept by triggers, so
that the list's substring filter reads an index instead of scanning the table (``libraries/textsearch.py``;
PostgreSQL has the pg_trgm indexes of 0002)."""

from django.db import migrations

from kechuang.web.libraries import textsearch


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        textsearch.register(connection=schema_editor.connection)
        for sql in textsearch.CREATE:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in textsearch.DROP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("libraries", "0002_project_trigram_indexes")]
    operations = [migrations.RunPython(forward, backward)]
