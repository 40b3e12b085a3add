"""The change log as people read it: Chinese field names, people's names, formatted values, what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kechuang.reports.xlsx import KIND_ZH
from kechuang.web.accounts.models import Department, Role
from kechuang.web.history.services import KIND_NAMES
from kechuang.web.plans.models import Plan, Task
from kechuang.web.supervision.models import ROLE_NAMES, Decision, Reminder, Report

FIELD_NAMES = {
    "path": "编号", "title": "任务名称", "lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位",
    "deadline": "完成时限", "cycle": "报送周期", "due_day": "报送日", "status": "状态", "percent": "完成进度",
    "period": "报送期", "text": "进展情况", "review_comment": "审核意见", "indicator": "指标", "kind": "类型",
    "value": "目标值", "unit": "单位", "year": "目标年份", "quote": "原文", "source": "来源文件",
    "revised_by": "修订版", "department": "部门", "archived": "已归档", "name": "名称", "aliases": "别名",
    "is_active": "启用", "password": "密码", "role": "角色", "username": "登录名", "region": "地区",
    "members": "成员", "is_collective": "集合单位", "doc_number": "文号", "reviewer": "审核单位", "reason": "理由",
    "comment": "复核意见", "level": "等级", "full_name": "姓名", "api_tokens": "API 令牌", "login_lock": "登录锁定",
}
FIELD_NAMES.update({"catalog_indicator": "监测指标", "monitored": "监测", "link": "关联方式"})  # target links
DEPARTMENT_KEYS = ("department", "reviewer")
#: Codes stored in the log and the words shown for them (statuses of plans and reports, cycles, kinds, roles).
VALUE_NAMES = {
    "status": {**dict(Plan.STATUSES), **dict(Report.STATUSES), **dict(Decision.STATUSES)},
    "cycle": dict(Task.CYCLES),
    "kind": {**KIND_ZH, **dict(Reminder.KINDS)},  # a target's kind, a 催办 item's reason
    "level": {str(k): v for k, v in Reminder.LEVELS},
    "role": {**dict(Role.choices), **ROLE_NAMES},
}
EMPTY = "—"
_ORDER = {k: i for i, k in enumerate(FIELD_NAMES)}


@dataclass
class FieldChange:
    name: str
    before: str | None  # None: not part of this side (a creation has no before)
    after: str | None


@dataclass
class HistoryRow:
    at: datetime
    who: str
    kind: str
    action: str
    fields: list[FieldChange] = field(default_factory=list)


def user_name(user) -> str:
    if user is None:
        return "系统"
    return user.get_full_name() or user.username


def format_value(key: str, value: Any, departments: dict[int, str] | None = None) -> str:
    """One stored value as shown: codes in Chinese, lists joined with 、, 是/否, — for nothing."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)):
        return "、".join(format_value(key, v, departments) for v in value)
    if isinstance(value, dict):
        return ";".join(f"{FIELD_NAMES.get(k, k)}:{format_value(k, v, departments)}" for k, v in value.items())
    if key in VALUE_NAMES:
        return VALUE_NAMES[key].get(str(value), str(value))
    if key == "percent":
        return f"{value}%"
    if key in DEPARTMENT_KEYS and departments is not None and value in departments:
        return departments[value]
    if key == "deadline" and isinstance(value, str):
        return value[:10]
    return str(value)


def _fields(change, departments: dict[int, str]) -> list[FieldChange]:
    before, after = change.before or {}, change.after or {}
    # In the order of FIELD_NAMES, then unknown keys by name: PostgreSQL's jsonb does not keep the stored order.
    keys = sorted({*after, *before}, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
    if change.action == "update":  # only what changed, before → after
        keys = [k for k in keys if before.get(k) != after.get(k)]
    return [FieldChange(FIELD_NAMES.get(k, k),
                        format_value(k, before.get(k), departments) if k in before else None,
                        format_value(k, after.get(k), departments) if k in after else None) for k in keys]


def history_rows(changes) -> list[HistoryRow]:
    """Plain rows for a queryset (or list) of ``Change``; unknown fields and values show as stored."""
    changes = list(changes.select_related("user") if hasattr(changes, "select_related") else changes)
    ids = {v for c in changes for side in (c.before or {}, c.after or {}) for k, v in side.items()
           if k in DEPARTMENT_KEYS and isinstance(v, int)}
    departments = dict(Department.objects.filter(pk__in=ids).values_list("id", "name")) if ids else {}
    return [HistoryRow(at=c.at, who=user_name(c.user), kind=KIND_NAMES.get(c.kind, c.kind),
                       action=c.get_action_display(), fields=_fields(c, departments)) for c in changes]
