"""The talent list's text filter by index (``libraries/textsearch.py``), on the columns the list filters on only
(name, unit, expertise, fields: no ID number, no contact): on SQLite an FTS5 table one character a token, kept by
triggers (which call ``kc_chars``, registered by the app: a write from a connection without it fails — see
textsearch); on PostgreSQL a GIN index of the characters and character pairs. Reversible."""

from django.db import migrations

from kechuang.web.libraries import textsearch


class Migration(migrations.Migration):
    dependencies = [("talents", "0001_initial")]
    operations = [migrations.RunPython(*textsearch.migration(textsearch.TALENT))]
