"""The observation import template (XLSX): the tidy sheet to fill, the catalog to pick from, instructions."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from kechuang.indicators.catalog import Catalog
from kechuang.reports.cells import append_row

HEADER = ["地区", "指标代码", "指标名称", "年份", "数值", "单位", "来源", "备注"]
BOLD = Font(bold=True)
FILL = PatternFill("solid", fgColor="DDEBF7")


def write_template(path: str | Path, catalog: Catalog, regions: list[str] | None = None,
                   periods: list[int] | None = None) -> Path:
    """Write the template; with ``regions`` and ``periods`` it is pre-filled with one row per combination."""
    wb = Workbook()
    ws = wb.active
    ws.title = "观测数据"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font, cell.fill = BOLD, FILL
    for col, width in zip("ABCDEFGH", (16, 30, 36, 8, 14, 12, 16, 24), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    if regions and periods:
        for region in regions:
            for period in periods:
                for ind in catalog.indicators:
                    append_row(ws, [region, ind.id, ind.name, period, None, ind.unit, ind.source, None])
    last = len(catalog.indicators) + 1
    ids = DataValidation(type="list", formula1=f"=指标目录!$A$2:$A${last}", allow_blank=False,
                         showErrorMessage=True, errorTitle="指标代码无效", error="请从「指标目录」工作表中选择指标代码")
    years = DataValidation(type="whole", operator="between", formula1="1900", formula2="2200",
                           showErrorMessage=True, errorTitle="年份无效", error="年份应为如 2023 的四位整数")
    numbers = DataValidation(type="decimal", operator="between", formula1="-1E+15", formula2="1E+15",
                             showErrorMessage=True, errorTitle="数值无效", error="数值只能填数字(不带单位)")
    for dv, col in ((ids, "B"), (years, "D"), (numbers, "E")):
        ws.add_data_validation(dv)
        dv.add(f"{col}2:{col}100000")

    cat = wb.create_sheet("指标目录")
    cat.append(["指标代码", "指标名称", "单位", "方向", "分组", "定义", "常用数据来源", "常见写法"])
    for cell in cat[1]:
        cell.font, cell.fill = BOLD, FILL
    for ind in catalog.indicators:
        append_row(cat, [ind.id, ind.name, ind.unit, "越高越好" if ind.direction == "higher" else "越低越好", ind.group,
                    ind.definition, ind.source, "、".join(ind.aliases)])
    for col, width in zip("ABCDEFGH", (30, 36, 12, 10, 10, 48, 14, 60), strict=True):
        cat.column_dimensions[col].width = width
    cat.freeze_panes = "A2"

    note = wb.create_sheet("填写说明")
    lines = [
        "观测数据导入模板(kechuang 指标目录 " + catalog.version + ")",
        "1. 在「观测数据」工作表每行填写一个数值:地区、指标代码、年份、数值必填;指标名称、单位仅供核对。",
        "2. 指标代码从「指标目录」工作表选择;数值按目录中的单位填写,只填数字。",
        "3. 同一地区、指标、年份只能出现一次;空白数值视为未填报,不会导入。",
        "4. 导入:kechuang data import 本文件 --into observations.csv(有错误时不导入任何数据,并列出行号与列名)。",
        "也可以使用宽表:每行一个地区和年份,每列一个指标(列名为指标代码或名称)。",
    ]
    for line in lines:
        note.append([line])
    note.column_dimensions["A"].width = 100
    note["A1"].font = Font(bold=True, size=13)
    for row in note.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
