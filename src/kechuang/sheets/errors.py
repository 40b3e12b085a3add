"""A refused or doubtful cell of an imported table, named as the clerk sees it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class RowError:
    """A refused (or, with ``warning``, accepted but doubtful) cell or row: ``file``, ``sheet``, ``row`` (as Excel
    numbers it), ``column`` (header), ``reason`` in Chinese."""

    file: str
    sheet: str
    row: int
    column: str
    reason: str
    warning: bool = False

    def __str__(self) -> str:
        column = f"「{self.column}」" if self.column else ""
        sheet = f"工作表「{self.sheet}」" if self.sheet else ""
        return f"{self.file} {sheet}第 {self.row} 行{column}:{self.reason}"

    def to_dict(self) -> dict:
        return asdict(self) | {"message": str(self)}
