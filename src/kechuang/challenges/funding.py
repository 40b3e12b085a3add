"""The 任务书's milestones and staged funding: dates within the term, in order, amounts that add up exactly to the
榜单's budget (integers of 分, so the sum is exact)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from kechuang.errors import KechuangError


@dataclass(frozen=True)
class Tranche:
    title: str
    due_on: date
    deliverable: str
    amount: int  # 分


def _wan(fen: int) -> str:
    text = f"{fen / 1_000_000:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def check_tranches(tranches: list[Tranche], budget: int, starts: date, ends: date) -> None:
    """Refuse a 任务书 whose milestones are missing, out of the term, out of order, or whose tranches do not sum to
    the budget; the message names the milestone (第 N 个里程碑)."""
    if not tranches:
        raise KechuangError("KC-WEB-FIELD", "任务书至少要有一个里程碑", field="milestones")
    previous = None
    for n, t in enumerate(tranches, start=1):
        if not t.title.strip():
            raise KechuangError("KC-WEB-FIELD", f"第 {n} 个里程碑缺少名称", field=f"milestone_{n}")
        if not t.deliverable.strip():
            raise KechuangError("KC-WEB-FIELD", f"第 {n} 个里程碑“{t.title}”缺少交付成果", field=f"milestone_{n}")
        if t.amount < 0:
            raise KechuangError("KC-WEB-FIELD", f"第 {n} 个里程碑“{t.title}”的拨付金额不能为负", field=f"milestone_{n}")
        if not starts <= t.due_on <= ends:
            raise KechuangError("KC-WEB-FIELD", f"第 {n} 个里程碑“{t.title}”的日期 {t.due_on} 不在实施期 {starts} 至 "
                                f"{ends} 内", field=f"milestone_{n}")
        if previous is not None and t.due_on < previous:
            raise KechuangError("KC-WEB-FIELD", f"第 {n} 个里程碑“{t.title}”的日期 {t.due_on} 早于上一个里程碑",
                                field=f"milestone_{n}")
        previous = t.due_on
    total = sum(t.amount for t in tranches)
    if total != budget:
        raise KechuangError("KC-WEB-FIELD", f"各里程碑拨付金额合计 {_wan(total)} 万元,与榜单经费 {_wan(budget)} 万元"
                            "不符(应恰好相等)", field="milestones")


def term_end(starts: date, months: int) -> date:
    """The last day of a term of ``months`` months beginning on ``starts`` (2026-01-31 + 1 month → 2026-02-27)."""
    month = starts.month - 1 + months
    year, month = starts.year + month // 12, month % 12 + 1
    days = calendar.monthrange(year, month)[1]
    return date(year, month, min(starts.day, days)) - timedelta(days=1)
