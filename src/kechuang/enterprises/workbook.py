"""The enterprise import workbook: sheets 企业信息, 年度数据, 知识产权; a reader that validates every row and a
template writer."""

from __future__ import annotations

from pathlib import Path

from kechuang.enterprises.rows import EnterpriseImport


def read_enterprises(path: str | Path) -> EnterpriseImport:
    """Read and validate an enterprise workbook. Row errors name file, sheet, row and column in Chinese; figures
    with units or thousands separators (``1,234.5万元``) are read when unambiguous; impossible figures (negative,
    科技人员 > 职工总数, 研发费用 > 销售收入 × 10), duplicate USCC and near-identical names are refused.
    An unreadable file raises ``KechuangError("KC-ENT-FILE")``."""
    raise NotImplementedError


def write_enterprise_template(path: str | Path) -> Path:
    """Write an empty workbook with the three sheets, their headers, units and one 示例数据 row each."""
    raise NotImplementedError
