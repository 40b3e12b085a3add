"""What the 台账 and the 通报 show, as plain data (the web platform fills it, the renderers draw it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


def day_zh(day: date) -> str:
    """2026年12月28日."""
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass
class UnitRow:
    """One unit on one task: its own light and progress, who reported and who reviewed."""

    name: str
    role: str  # 牵头 / 责任 / 配合
    light: str  # 绿 / 黄 / 红, or "" for a cooperating unit that owes no reports
    reason: str
    percent: int | None
    status: str  # 未签收 / 待审核 / 已通过 / 未报送 / 已办结 …
    acknowledged: str = ""  # 签收 date
    latest_period: str = ""
    reporter: str = ""
    reported_at: str = ""
    reviewer: str = ""
    reviewed_at: str = ""


@dataclass
class TaskRow:
    path: str
    title: str
    lead: list[str]
    responsible: list[str]
    cooperating: list[str]
    deadline: date | None
    cycle: str  # 每月 …
    targets: list[str]
    percent: int | None  # latest approved
    latest_period: str
    latest_text: str
    light: str  # 绿 / 黄 / 红
    reason: str
    approved_reports: int = 0
    missing: list[str] = field(default_factory=list)  # departments with no report for the last due period
    units: list[UnitRow] = field(default_factory=list)
    closed: bool = False  # 已办结 (销号) after the bureau's 复核


@dataclass
class DepartmentRow:
    name: str
    tasks: int
    green: int
    yellow: int
    red: int
    missing: int
    rank: int = 0  # units with the same green share, red and missing counts share a rank

    @property
    def score(self) -> float:
        """Share of its tasks on green, in percent (the league table's order)."""
        return round(100 * self.green / self.tasks, 1) if self.tasks else 0.0


@dataclass
class TargetLine:
    """One quantified target as monitored (the 台账's sheet 目标监测, the 通报's section 目标完成情况)."""

    path: str
    target: str  # 2025年 高新技术企业:30家
    indicator: str  # the catalog indicator, or "" when not monitored
    latest: str  # 18家(2025年)
    attainment: str  # 60.0%
    required: str  # what the trajectory asks for now
    projected: str
    light: str  # 绿(进度正常) … or 不监测
    feasible: str  # 可行 / 难以实现 / ""
    note: str
    is_demo: bool = False


@dataclass
class Supervision:
    plan_title: str
    region: str
    as_of: date
    period_label: str  # the last due period, e.g. 2026年10月
    tasks: list[TaskRow]
    departments: list[DepartmentRow]
    issuer: str = ""
    doc_number: str = ""
    first_due: date | None = None  # before any report is due: the first due day
    targets: list[TargetLine] = field(default_factory=list)  # the plan's targets as monitored

    def count(self, light: str) -> int:
        return sum(1 for t in self.tasks if t.light == light)

    @property
    def laggards(self) -> list[TaskRow]:
        order = {"红": 0, "黄": 1}
        return sorted((t for t in self.tasks if t.light in order), key=lambda t: order[t.light])

    @property
    def missing(self) -> list[tuple[TaskRow, str]]:
        return [(t, d) for t in self.tasks for d in t.missing]
