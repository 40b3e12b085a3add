"""What the xlsx reader returns: rows of enterprises, year figures and IP rights, and row errors in Chinese."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kechuang.sheets.errors import RowError


@dataclass(frozen=True)
class EnterpriseRow:
    """One enterprise of the 企业信息 sheet; ``uscc`` normalised ("" when not given), ``uscc_warning`` for an early
    pilot code that fails the check digit, ``name_key`` for near-duplicate detection."""

    row: int
    name: str
    name_key: str
    uscc: str = ""
    uscc_warning: str = ""
    address: str = ""
    industry_code: str = ""
    size: str = ""  # micro / small / medium / large, as the registry stores it
    registered_on: date | None = None
    tech_field: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


@dataclass(frozen=True)
class FigureRow:
    """One enterprise-year of the 年度数据 sheet, naming its enterprise by ``uscc`` or ``name`` (as in 企业信息);
    ``values`` maps YearFacts field names (employees, sales_revenue…) to floats in 万元 / persons."""

    row: int
    uscc: str
    name: str
    year: int
    values: dict = field(default_factory=dict)


@dataclass(frozen=True)
class IPRow:
    """One IP right of the 知识产权 sheet."""

    row: int
    uscc: str
    name: str
    ip_class: str
    number: str
    category: str = ""
    title: str = ""
    granted_on: date | None = None
    used_for_hitech: bool = False


@dataclass
class EnterpriseImport:
    """The rows read from one workbook. ``errors`` refuse rows (the caller writes nothing while there are any);
    ``warnings`` (early pilot USCC codes…) are shown but accepted."""

    file: str
    enterprises: list[EnterpriseRow] = field(default_factory=list)
    figures: list[FigureRow] = field(default_factory=list)
    ip: list[IPRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors
