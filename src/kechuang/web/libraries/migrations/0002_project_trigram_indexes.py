"""PostgreSQL only: trigram (pg_trgm) GIN indexes on the project's name and applicant, so that the list's
substring filter (``icontains``: ``UPPER(col) LIKE UPPER(%q%)``) uses an index instead of scanning 100,000 rows
(docs/benchmarks.md). Where the extension cannot be created (no privilege) the migration leaves a notice and the
filter scans, as on SQLite."""

from django.db import migrations

FORWARD = """
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm not available: the project list''s text filter scans';
END $$;
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS kc_project_title_trgm ON libraries_project USING gin (UPPER(title) gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS kc_project_applicant_trgm ON libraries_project USING gin (UPPER(applicant) gin_trgm_ops);
  END IF;
END $$;
"""
BACKWARD = "DROP INDEX IF EXISTS kc_project_title_trgm; DROP INDEX IF EXISTS kc_project_applicant_trgm;"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("libraries", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
