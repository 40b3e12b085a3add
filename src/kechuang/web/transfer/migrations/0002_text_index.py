"""The demand and achievement lists' text filter by index (``libraries/textsearch.py``): on SQLite an FTS5 table of
the filtered columns one character a token, kept by triggers (which call ``kc_chars``, registered by the app: a
write from a connection without it fails — see textsearch); on PostgreSQL a GIN index of their characters and
character pairs. Reversible."""

from django.db import migrations

from kechuang.web.libraries import textsearch


class Migration(migrations.Migration):
    dependencies = [("transfer", "0001_initial")]
    operations = [migrations.RunPython(*textsearch.migration(textsearch.DEMAND)),
                  migrations.RunPython(*textsearch.migration(textsearch.ACHIEVEMENT))]
