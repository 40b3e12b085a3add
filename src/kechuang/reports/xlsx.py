"""The 任务分解表 a clerk would make: one row per task, and a sheet of quantitative targets."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from kechuang.extract.model import Plan, Target
from kechuang.reports.cells import append_row, keep_as_text, looks_like_formula
from kechuang.reports.widths import display_width

KIND_ZH = {"level": "达到值", "growth": "增长率", "multiple": "倍增", "category": "类别/等级", "rank": "排名",
           "increase": "提高(百分点)"}
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def target_text(t: Target) -> str:
    year = f"{t.year}年" if t.year else ("每年" if t.recurring else "")
    if t.kind == "category":
        value = f"{t.value}类"
    elif t.kind == "multiple":
        value = f"{'翻一番' if t.value == 2 else '翻两番' if t.value == 4 else f'{t.value}倍'}"
        if t.base_year:
            value += f"(以{t.base_year}年为基数)"
    elif t.kind == "growth" and isinstance(t.value, int | float) and t.value < 0:
        value = f"年下降{_num(-t.value)}{t.unit or ''}"
    elif t.kind == "growth":
        value = f"年增长{_num(t.value)}{t.unit or ''}"
    elif t.kind == "rank":
        value = f"进入前{_num(t.value)}{t.unit or '名'}"
    elif t.kind == "increase":
        value = f"提高{_num(t.value)}{t.unit or '个百分点'}"
    elif getattr(t, "value_max", None) is not None:
        value = f"{_num(t.value)}~{_num(t.value_max)}{t.unit or ''}"
    else:
        value = f"{_num(t.value)}{t.unit or ''}"
    return f"{year}{' ' if year else ''}{t.indicator}:{value}{t.comparator or ''}"


def _num(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_HEAD, _BODY = "kc-head", "kc-body"


def _named_styles(wb) -> tuple[str, str]:
    """The header and body styles, registered once per workbook (a named style is set without hashing
    a new style object per cell: the 台账 with sixty sheets is written twice as fast)."""
    if _HEAD not in wb.named_styles:
        wb.add_named_style(NamedStyle(_HEAD, font=Font(bold=True), fill=_HEADER_FILL, border=_BORDER,
                                      alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)))
        wb.add_named_style(NamedStyle(_BODY, border=_BORDER, alignment=Alignment(vertical="top", wrap_text=True)))
    return _HEAD, _BODY


def write_sheet(ws, header: list[str], rows: list[list], max_width: int = 60) -> None:
    head, body = _named_styles(ws.parent)
    append_row(ws, header)
    for row in rows:
        append_row(ws, row)
    for cell in ws[1]:
        cell.style = head
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.style = body
            if cell.data_type == "s" and looks_like_formula(cell.value):
                keep_as_text(cell)
    for i, name in enumerate(header, start=1):
        values = [name] + [str(r[i - 1]) if r[i - 1] is not None else "" for r in rows]
        longest = max((max((display_width(x) for x in v.split("\n")), default=0) for v in values), default=8)
        ws.column_dimensions[get_column_letter(i)].width = min(max(6, longest + 2), max_width)
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = ws.dimensions


def write_xlsx(plan: Plan, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    canon = {(a.path, a.unit): a.canonical for a in plan.assignments}
    rows = []
    for k, task in enumerate(plan.tasks(), start=1):
        rows.append([
            k, task["path"], task["title"],
            "、".join(task["lead"]), "、".join(task["responsible"]), "、".join(task["cooperating"]),
            "\n".join(target_text(t) for t in task["targets"]),
            "、".join(dict.fromkeys(canon[(task["path"], u)] for role in ("lead", "responsible", "cooperating")
                                    for u in task[role])),
        ])
    write_sheet(ws, ["序号", "编号", "任务名称", "牵头单位", "责任单位", "配合单位", "量化目标", "规范单位名称"], rows)

    ws2 = wb.create_sheet("量化目标")
    trows = [[k, t.indicator, KIND_ZH.get(t.kind, t.kind), t.value, t.unit or "", t.year or "",
              "是" if t.recurring else "", t.base_year or "", t.quote, t.path]
             for k, t in enumerate(plan.targets, start=1)]
    write_sheet(ws2, ["序号", "指标", "类型", "目标值", "单位", "目标年份", "每年", "基准年", "原文", "所属任务"],
                trows)

    ws3 = wb.create_sheet("文件信息")
    d = plan.document
    info = [["方案标题", d.title or ""], ["通知标题", d.notice_title or ""], ["文号", d.doc_number or ""],
            ["发文单位", "、".join(d.issuer)], ["成文日期", d.date or ""], ["发布日期", d.publish_date or ""],
            ["地区", d.region or ""], ["依据文件", "\n".join(d.basis)], ["来源文件", plan.source.get("name", "")]]
    info += [["提示", w] for w in plan.warnings]
    write_sheet(ws3, ["项目", "内容"], info, max_width=90)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
