"""Today's date for the platform (KECHUANG_TODAY pins it for demonstrations and tests)."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from kechuang.web.config import read_date


def today() -> date:
    return read_date("KECHUANG_TODAY") or timezone.localdate()
