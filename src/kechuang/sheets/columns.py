"""A table's columns as data: field, header (with its unit), kind, whether required, the note the template shows,
and the other names clerks give the column (renamed columns are read through them)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

KINDS = frozenset({"text", "longtext", "int", "number", "money", "people", "date", "year", "choice", "list",
                   "yes_no"})
TEXT_MAX_CHARS = 500
LONGTEXT_MAX_CHARS = 20_000


@dataclass(frozen=True)
class Column:
    """One column. ``choices`` maps the labels a clerk writes to stored values (``{"立项": "approved"}``);
    ``max_chars`` bounds text (500 for ``text``, 20,000 for ``longtext`` unless given)."""

    field: str
    header: str
    kind: str = "text"
    required: bool = False
    note: str = ""
    aliases: tuple[str, ...] = ()
    choices: dict | None = field(default=None, hash=False, compare=False)
    max_chars: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r} for {self.field}")
        if self.kind == "choice" and not self.choices:
            raise ValueError(f"choice column {self.field} needs choices")

    @property
    def limit(self) -> int | None:
        if self.max_chars is not None:
            return self.max_chars
        return {"text": TEXT_MAX_CHARS, "longtext": LONGTEXT_MAX_CHARS, "list": TEXT_MAX_CHARS}.get(self.kind)

    def label_of(self, value) -> str:
        """The label a stored choice value is written back as (exports); the value itself when unknown."""
        for label, stored in (self.choices or {}).items():
            if stored == value:
                return label
        return "" if value is None else str(value)


def fold_header(header: object) -> str:
    """A header without width, spaces, a required mark or a trailing unit: ``销售收入 (万元)*`` → ``销售收入``."""
    key = unicodedata.normalize("NFKC", str(header or "")).replace(" ", "").replace("*", "").strip().lower()
    return re.sub(r"\([^()]*\)$", "", key) if key.endswith(")") and not key.endswith("(服务)") else key


def header_map(columns) -> dict[str, Column]:
    """Folded header and alias → column."""
    out: dict[str, Column] = {}
    for column in columns:
        for name in (column.header, *column.aliases):
            out[fold_header(name)] = column
    return out
