"""Today's date for the platform (KECHUANG_TODAY pins it for demonstrations and tests)."""

from __future__ import annotations

import os
from datetime import date

from django.utils import timezone

from kechuang.errors import KechuangError


def today() -> date:
    pinned = os.environ.get("KECHUANG_TODAY")
    if pinned:
        try:
            return date.fromisoformat(pinned)
        except ValueError:
            raise KechuangError("KC-WEB-SETTING", f"环境变量 KECHUANG_TODAY={pinned!r} 无效:应为 YYYY-MM-DD",
                                field="KECHUANG_TODAY") from None
    return timezone.localdate()
