"""The 台账 workbook: one row per task (一事一记), then one sheet per department."""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kechuang.reports.cells import xml_text
from kechuang.reports.supervision import Supervision, TaskRow, day_zh
from kechuang.reports.xlsx import write_sheet

HEADER = ["序号", "编号", "任务", "牵头单位", "责任单位", "配合单位", "完成时限", "报送周期", "量化目标",
          "最新进度(%)", "最新报送期", "最新进展", "已通过报告数", "督办灯", "说明", "未报送单位"]
UNIT_HEADER = ["编号", "任务", "分工", "单位", "签收日期", "督办灯", "说明", "已审核进度(%)", "状态", "最新报送期",
               "报送人", "报送时间", "审核人", "审核时间"]
TARGET_HEADER = ["编号", "目标", "监测指标", "最新值", "完成度", "按进度应达", "预测目标年", "灯", "可行性", "说明",
                 "数据性质"]
_FILLS = {"绿": PatternFill("solid", fgColor="C6EFCE"), "黄": PatternFill("solid", fgColor="FFEB9C"),
          "红": PatternFill("solid", fgColor="FFC7CE")}
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _row(i: int, t: TaskRow) -> list:
    return [i, t.path, t.title, "、".join(t.lead), "、".join(t.responsible), "、".join(t.cooperating),
            t.deadline.isoformat() if t.deadline else "", t.cycle, "\n".join(t.targets),
            t.percent if t.percent is not None else "", t.latest_period, t.latest_text, t.approved_reports,
            t.light, t.reason, "、".join(t.missing)]


def _colour(ws, column: int) -> None:
    for row in ws.iter_rows(min_row=2, min_col=column, max_col=column):
        fill = _FILLS.get(row[0].value)
        if fill:
            row[0].fill = fill


def sheet_title(name: str, used: set[str]) -> str:
    """An Excel sheet title (≤ 31 characters, none of []:*?/\\) unique in the workbook."""
    base = _BAD_SHEET_CHARS.sub("_", xml_text(name))[:31] or "部门"
    title, n = base, 1
    while title in used:
        n += 1
        title = f"{base[:31 - len(str(n)) - 1]}_{n}"
    used.add(title)
    return title


def _targets_sheet(ws, data: Supervision) -> None:
    """Each quantified target as monitored; synthetic numbers say so in a column of their own."""
    write_sheet(ws, TARGET_HEADER, [[t.path, t.target, t.indicator, t.latest, t.attainment, t.required, t.projected,
                                     t.light, t.feasible, t.note, "示例数据" if t.is_demo else ""]
                                    for t in data.targets])
    for row in ws.iter_rows(min_row=2, min_col=TARGET_HEADER.index("灯") + 1, max_col=TARGET_HEADER.index("灯") + 1):
        fill = _FILLS.get(str(row[0].value or "")[:1])
        if fill:
            row[0].fill = fill


def _latest_period(data: Supervision) -> str:
    """The last period due (2026年10月); before any is due, the first due day, as the bulletin says it."""
    if data.first_due is not None:
        return f"尚无到期的报送期(首个报送日为{day_zh(data.first_due)})"
    return data.period_label


def ledger_xlsx(data: Supervision) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    write_sheet(ws, HEADER, [_row(i, t) for i, t in enumerate(data.tasks, start=1)])
    _colour(ws, HEADER.index("督办灯") + 1)
    used = {"台账", "说明", "单位进展"}
    departments: dict[str, list[tuple[str, TaskRow]]] = {}
    for t in data.tasks:
        for role, names in (("牵头", t.lead), ("责任", t.responsible), ("配合", t.cooperating)):
            for name in names:
                departments.setdefault(name, []).append((role, t))
    for name in sorted(departments):
        sheet = wb.create_sheet(sheet_title(name, used))
        rows = [[role, *_row(i, t)[1:]] for i, (role, t) in enumerate(departments[name], start=1)]
        write_sheet(sheet, ["分工", *HEADER[1:]], rows)
        _colour(sheet, HEADER.index("督办灯") + 1)
    units = wb.create_sheet("单位进展", 1)
    write_sheet(units, UNIT_HEADER, [[t.path, t.title, u.role, u.name, u.acknowledged, u.light, u.reason,
                                      u.percent if u.percent is not None else "", u.status, u.latest_period,
                                      u.reporter, u.reported_at, u.reviewer, u.reviewed_at]
                                     for t in data.tasks for u in t.units])
    _colour(units, UNIT_HEADER.index("督办灯") + 1)
    if data.targets:
        _targets_sheet(wb.create_sheet("目标监测", 2), data)
    about = wb.create_sheet("说明")
    write_sheet(about, ["项目", "内容"], [
        ["方案", data.plan_title], ["地区", data.region], ["统计日期", data.as_of.isoformat()],
        ["最近应报期", _latest_period(data)],
        ["督办灯", "每个单位按本单位已审核的报告亮灯。红:逾期未完成或两次被退回;黄:临近完成时限或进度落后于"
                   "时间进度;绿:正常推进、已完成或已办结。任务灯取牵头、责任单位中最差的灯"],
        ["进度口径", "仅计入审核通过的进展报告(责任单位的报告由牵头单位审核,牵头单位的报告由科技局或其指定的"
                    "审核单位审核);任务进度 = 牵头单位进度 × 50% + 责任单位平均进度 × 50%"],
    ], max_width=90)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
