"""Logging filters named in settings.LOGGING (this module imports nothing of Django: logging is set up first)."""

from __future__ import annotations

import logging


class NoTracebackBelow500(logging.Filter):
    """4xx answers (403, 404, 413...) are logged as one line: their traceback says nothing about a fault.

    Django logs "Forbidden (Permission denied)" and every SuspiciousOperation with the exception attached;
    5xx records keep theirs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "status_code", 500) < 500:
            record.exc_info = None
            record.exc_text = None
        return True
