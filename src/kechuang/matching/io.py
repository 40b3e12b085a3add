"""Read a library (projects, achievements, demands) from CSV/TSV/XLSX with Chinese or English headers."""

from __future__ import annotations

import csv
from pathlib import Path

from kechuang.errors import KechuangError
from kechuang.matching.records import Record

HEADERS = {
    "id": ("id", "编号", "项目编号", "序号"),
    "title": ("title", "名称", "项目名称", "成果名称", "需求名称", "标题"),
    "summary": ("summary", "摘要", "简介", "内容", "项目简介", "成果简介", "需求内容"),
    "applicant": ("applicant", "申报单位", "承担单位", "完成单位", "单位", "企业名称"),
    "year": ("year", "年度", "年份"),
    "fields": ("fields", "技术领域", "领域"),
    "region": ("region", "地区", "区域"),
    "department": ("department", "部门", "主管部门"),
}
MAX_ROWS = 500_000


def _rows(path: Path) -> list[list[str]]:
    if not path.is_file():
        raise KechuangError("KC-MATCH-FILE", "找不到文件", file=str(path))
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        try:
            sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises many types for a broken workbook
            raise KechuangError("KC-MATCH-FILE", f"无法读取 Excel 文件:{exc}", file=str(path)) from exc
        return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    try:
        text = path.read_text("utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_bytes().decode("gb18030", errors="replace")
    delimiter = "\t" if path.suffix.lower() == ".tsv" or text.split("\n", 1)[0].count("\t") else ","
    return list(csv.reader(text.splitlines(), delimiter=delimiter))


def read_records(path: str | Path) -> list[Record]:
    """Records of a library file; a clear error names the file, the row or the missing column."""
    path = Path(path)
    rows = _rows(path)
    if not rows:
        raise KechuangError("KC-MATCH-FILE", "文件为空", file=str(path))
    header = [h.strip().lower() for h in rows[0]]
    where = {key: next((header.index(a.lower()) for a in names if a.lower() in header), None)
             for key, names in HEADERS.items()}
    if where["title"] is None:
        raise KechuangError("KC-MATCH-COLUMNS", "缺少名称列:表头应包含“项目名称”“成果名称”“名称”或 title 之一。",
                            file=str(path), columns="、".join(rows[0]))
    if len(rows) > MAX_ROWS + 1:
        raise KechuangError("KC-MATCH-FILE", f"行数超过 {MAX_ROWS:,} 行,请分批导入。", file=str(path))
    out, seen = [], set()
    for number, row in enumerate(rows[1:], start=2):
        cell = {k: (row[i].strip() if i is not None and i < len(row) else "") for k, i in where.items()}
        if not any(row):
            continue
        if not cell["title"]:
            raise KechuangError("KC-MATCH-ROW", f"第 {number} 行没有名称", file=str(path), row=number)
        rid = cell["id"] or f"row{number}"
        if rid in seen:
            raise KechuangError("KC-MATCH-ROW", f"第 {number} 行的编号“{rid}”与前面的行重复",
                                file=str(path), row=number)
        seen.add(rid)
        year = int(cell["year"]) if cell["year"].isdigit() else None
        fields = tuple(f for f in cell["fields"].replace(",", "、").replace(",", "、").split("、") if f)
        out.append(Record(id=rid, title=cell["title"], summary=cell["summary"], applicant=cell["applicant"],
                          fields=fields, region=cell["region"], year=year, department=cell["department"]))
    return out
