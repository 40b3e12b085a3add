"""PostgreSQL only: the project list's text filter by a GIN index of the title's and applicant's characters and
character pairs (``libraries/textsearch.py``): pg_trgm (0002) cannot serve two-character words, the usual query.
SQLite has the FTS5 table of 0003. Reversible: drops the index (and the functions, when no other list uses them)."""

from django.db import migrations

from kechuang.web.libraries import textsearch


class Migration(migrations.Migration):
    dependencies = [("libraries", "0003_project_text_index")]
    operations = [migrations.RunPython(*textsearch.migration(textsearch.PROJECT, vendors=("postgresql",)))]
