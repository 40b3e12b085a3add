"""The enterprise import workbook: sheets 企业信息, 年度数据, 知识产权; a reader that validates every row (the
template writer is in ``template``)."""

from __future__ import annotations

import itertools
import zipfile
from collections import defaultdict
from pathlib import Path

from kechuang.enterprises.columns import INDUSTRY, IP_CLASSES, SHEETS, SIZES, Column, fold, header_map
from kechuang.enterprises.identifiers import name_key, uscc_check
from kechuang.enterprises.rows import EnterpriseImport, EnterpriseRow, FigureRow, IPRow, RowError
from kechuang.enterprises.template import write_enterprise_template
from kechuang.errors import KechuangError
from kechuang.indicators.tables import parse_period
from kechuang.sheets import cells

__all__ = ["read_enterprises", "write_enterprise_template"]
MAX_BYTES = 100 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
RD_OVER_SALES_MAX = 10  # 研发费用 > 销售收入 × 10 is taken for a typing error (万元 and 元 mixed up)


def read_enterprises(path: str | Path) -> EnterpriseImport:
    """Read and validate an enterprise workbook. Row errors name file, sheet, row and column in Chinese; figures
    with units or thousands separators (``1,234.5万元``) are read when unambiguous; impossible figures (negative,
    科技人员 > 职工总数, 研发费用 > 销售收入 × 10), duplicate USCC and near-identical names are refused.
    An unreadable file raises ``KechuangError("KC-ENT-FILE")``."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file() or path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise KechuangError("KC-ENT-FILE", "请上传 .xlsx 格式的企业数据工作簿(可先下载模板)", file=path.name)
    if path.stat().st_size > MAX_BYTES:
        raise KechuangError("KC-ENT-FILE", "工作簿超过 100 MB,请拆分后再导入", file=path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise KechuangError("KC-ENT-FILE", "无法打开 Excel 文件,文件可能已损坏或不是 .xlsx", file=path.name) from exc
    result = EnterpriseImport(path.name)
    try:
        names = {fold(name): name for name in workbook.sheetnames}
        present = [sheet for sheet in SHEETS if sheet in names]
        if not present:
            raise KechuangError("KC-ENT-FILE", "工作簿中没有「企业信息」「年度数据」或「知识产权」工作表,请使用模板",
                                file=path.name)
        for sheet in present:
            _read_sheet(workbook[names[sheet]].iter_rows(values_only=True), sheet, result)
    finally:
        workbook.close()
    _check_years(result)
    return result


def _find_header(lines, known: dict) -> tuple[tuple, int]:
    """The header row: the first of the first ten rows naming two known columns (a title row such as
    "某县企业信息表" may come first); row 1 when none does."""
    first: list[tuple] = []
    for number, line in enumerate(lines, start=1):
        first.append(line)
        if sum(1 for title in line if title not in (None, "") and fold(title) in known) >= 2:
            return line, number
        if number == HEADER_SEARCH_ROWS:
            break
    return (first[0] if first else ()), 1


def _read_sheet(lines, sheet: str, result: EnterpriseImport) -> None:
    known = header_map(SHEETS[sheet])
    rows = list(lines)
    header, header_row = _find_header(rows, known)
    positions: list[tuple[int, Column, str]] = []
    for index, title in enumerate(header):
        column = known.get(fold(title))
        if column is not None:
            positions.append((index, column, str(title).strip()))
        elif title not in (None, ""):
            result.warnings.append(RowError(result.file, sheet, header_row, str(title), "无法识别的列,已忽略", True))
    fields = {column.field for _, column, _ in positions}
    for column in SHEETS[sheet]:
        if column.required and column.field not in fields:
            result.errors.append(RowError(result.file, sheet, header_row, column.header, "缺少必填列"))
            return
    reader = _SheetReader(sheet, result)
    for number, line in enumerate(rows[header_row:], start=header_row + 1):
        if not any(value not in (None, "") for value in line):
            continue
        values, titles, errors = {}, {}, []
        for index, column, title in positions:
            titles[column.field] = title
            try:
                values[column.field] = _parse(column, line[index] if index < len(line) else None)
            except cells.CellError as exc:
                errors.append(RowError(result.file, sheet, number, title, str(exc)))
            except KechuangError as exc:
                errors.append(RowError(result.file, sheet, number, title, exc.message_zh))
        if errors:
            result.errors += errors
            continue
        reader.add(number, values, titles)


def _parse(column: Column, value: object):
    kind = column.kind
    if kind == "money":
        return cells.number(value, cells.MONEY_UNITS)
    if kind == "people":
        return cells.number(value, cells.PEOPLE_UNITS)
    if kind == "date":
        return cells.date(value)
    if kind == "yes_no":
        return cells.yes_no(value)
    text = cells.text(value)
    if kind == "text" or not text:
        if column.required and not text:
            raise cells.CellError("必填")
        return str(value).strip() if text and isinstance(value, str) else text  # names keep their own brackets
    if kind == "uscc":
        return uscc_check(text)
    if kind == "year":
        year = parse_period(text)
        if year is None:
            raise cells.CellError(f"「{text}」不是年度(如 2025)")
        return year
    if kind == "size":
        if text not in SIZES:
            raise cells.CellError(f"「{text}」应为 微型、小型、中型 或 大型")
        return SIZES[text]
    if kind == "industry":
        if not INDUSTRY.match(text.upper()):
            raise cells.CellError(f"「{text}」不是国民经济行业分类代码(如 C3979)")
        return text.upper()
    if kind == "ip_class":
        if text.lower() not in IP_CLASSES:
            raise cells.CellError(f"「{text}」应为 Ⅰ类 或 Ⅱ类")
        return IP_CLASSES[text.lower()]
    raise AssertionError(kind)


class _SheetReader:
    """Row-level checks across a sheet: duplicates, impossible figures, enterprise identity."""

    def __init__(self, sheet: str, result: EnterpriseImport) -> None:
        self.sheet, self.result = sheet, result
        self.seen: dict = {}

    def error(self, row: int, column: str, reason: str, warning: bool = False) -> None:
        target = self.result.warnings if warning else self.result.errors
        target.append(RowError(self.result.file, self.sheet, row, column, reason, warning))

    def add(self, row: int, values: dict, titles: dict) -> None:
        code, warning = values.get("uscc") or ("", None)
        if warning:
            self.error(row, titles["uscc"], warning, warning=True)
        values["uscc"] = code
        if self.sheet != "企业信息" and not code and not values.get("name"):
            self.error(row, "企业名称", "统一社会信用代码与企业名称至少填一项")
            return
        getattr(self, {"企业信息": "enterprise", "年度数据": "figures", "知识产权": "ip"}[self.sheet])(row, values,
                                                                                                     titles)

    def _once(self, key: tuple, row: int, column: str, reason: str) -> bool:
        if key in self.seen:
            self.error(row, column, reason.format(row=self.seen[key]))
            return False
        self.seen[key] = row
        return True

    def enterprise(self, row: int, values: dict, titles: dict) -> None:
        key = name_key(values["name"])
        fine = not values["uscc"] or self._once(("uscc", values["uscc"]), row, titles.get("uscc", ""),
                                                "统一社会信用代码与第 {row} 行重复")
        fine = self._once(("name", key), row, titles["name"], "企业名称与第 {row} 行相同或几乎相同") and fine
        if fine:
            self.result.enterprises.append(EnterpriseRow(row=row, name_key=key, **values))

    def figures(self, row: int, values: dict, titles: dict) -> None:
        who = values["uscc"] or name_key(values.get("name", ""))
        if not self._once((who, values["year"]), row, titles["year"], f"{values['year']} 年度数据与第 {{row}} 行重复"):
            return
        figures = {k: v for k, v in values.items() if k not in ("uscc", "name", "year") and v is not None}
        problems = [(titles[k], "不能为负数") for k, v in figures.items() if v < 0]
        if figures.get("tech_staff", 0) > figures.get("employees", float("inf")):
            problems.append((titles["tech_staff"], f"科技人员({figures['tech_staff']:g})多于职工总数"
                                                   f"({figures['employees']:g})"))
        sales = figures.get("sales_revenue")
        if sales and figures.get("rd_expense", 0) > sales * RD_OVER_SALES_MAX:
            problems.append((titles["rd_expense"], "研发费用超过销售收入的 10 倍,请核对单位(万元)"))
        if figures.get("rd_expense_domestic", 0) > figures.get("rd_expense", float("inf")):
            problems.append((titles["rd_expense_domestic"], "境内研发费用多于研发费用总额"))
        if figures.get("hitech_revenue", 0) > figures.get("total_revenue", float("inf")):
            problems.append((titles["hitech_revenue"], "高新技术产品(服务)收入多于总收入"))
        for column, reason in problems:
            self.error(row, column, reason)
        if not problems:
            self.result.figures.append(FigureRow(row, values["uscc"], values.get("name", ""), values["year"], figures))

    def ip(self, row: int, values: dict, titles: dict) -> None:
        who = values["uscc"] or name_key(values.get("name", ""))
        if self._once((who, values["number"]), row, titles["number"], "编号与第 {row} 行重复"):
            self.result.ip.append(IPRow(row=row, **{"name": "", **values}))


def _check_years(result: EnterpriseImport) -> None:
    """A warning for each enterprise whose years have a hole (2023 and 2025 but no 2024)."""
    years = defaultdict(list)
    for figure in result.figures:
        years[figure.uscc or name_key(figure.name)].append(figure)
    for rows in years.values():
        rows.sort(key=lambda figure: figure.year)
        for before, after in itertools.pairwise(rows):
            if after.year - before.year > 1:
                missing = "、".join(str(y) for y in range(before.year + 1, after.year))
                result.warnings.append(RowError(result.file, "年度数据", after.row, "年度",
                                                f"「{after.name or after.uscc}」缺少 {missing} 年度数据", True))
