"""One error type for the whole core: a code, a Chinese message that says how to fix it, context."""

from __future__ import annotations


class KechuangError(Exception):
    """A user-facing error.

    ``code`` is stable (``KC-TEXT-EMPTY``...), ``message_zh`` is what the user reads,
    ``context`` names the file, row or field concerned.
    """

    def __init__(self, code: str, message_zh: str, **context: object) -> None:
        super().__init__(message_zh)
        self.code = code
        self.message_zh = message_zh
        self.context = context

    def __str__(self) -> str:
        where = self.context.get("file") or self.context.get("field")
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.message_zh} [{self.code}]"

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message_zh,
                "context": {k: str(v) for k, v in self.context.items()}}
