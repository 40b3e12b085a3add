"""The empty enterprise workbook: the three sheets with their headers and a 填写说明 sheet with an example."""

from __future__ import annotations

from pathlib import Path

from kechuang.enterprises.columns import SHEETS

EXAMPLE = {  # 示例数据: shown on the 填写说明 sheet only, never on a sheet that is imported
    "企业信息": ["91330100MA2XXXXX0X", "示例科技有限公司", "某县科创路 1 号", "C3979", "小型", "2019-05-20",
             "电子信息", "张三", "0571-00000000", "demo@example.cn"],
    "年度数据": ["91330100MA2XXXXX0X", "示例科技有限公司", 2025, 86, 15, "4,200万元", 4300, 230, 230, 2800, 1900,
             5200, 3900],
    "知识产权": ["91330100MA2XXXXX0X", "示例科技有限公司", "Ⅱ类", "实用新型", "ZL202520000000.0", "一种示例装置",
             "2025-03-01", "否"],
}


def write_enterprise_template(path: str | Path) -> Path:
    """Write the empty workbook: sheets 企业信息, 年度数据, 知识产权 (headers with units, required ones marked *) and
    填写说明 (every column, its unit and rule, and one 示例数据 row per sheet)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for sheet, columns in SHEETS.items():
        ws = workbook.create_sheet(sheet)
        ws.append([column.header + ("*" if column.required else "") for column in columns])
        for cell, column in zip(ws[1], columns, strict=True):
            cell.font = bold
            ws.column_dimensions[cell.column_letter].width = max(12, 2 * len(column.header) + 2)
        ws.freeze_panes = "A2"
    notes = workbook.create_sheet("填写说明")
    notes.append(["工作表", "列", "必填", "说明"])
    for sheet, columns in SHEETS.items():
        for column in columns:
            notes.append([sheet, column.header, "是" if column.required else "", column.note])
    notes.append([])
    notes.append(["金额单位为万元;可写 1,234.5 或 1,234.5万元、2亿元、35人。示例数据如下,导入时不读取本表。"])
    for sheet, row in EXAMPLE.items():
        notes.append([f"示例数据 · {sheet}", *row])
    for cell in notes[1]:
        cell.font = bold
    notes.column_dimensions["A"].width, notes.column_dimensions["B"].width = 18, 30
    notes.column_dimensions["D"].width = 50
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path
