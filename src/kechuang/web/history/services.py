"""Record changes (call inside the transaction that makes them)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ImproperlyConfigured

from kechuang.web.history.models import Change
from kechuang.web.pagecache import versions_touch

KIND_NAMES = {"plan": "方案", "task": "任务", "assignment": "分工", "report": "进展报告", "department": "部门",
              "user": "用户", "target": "量化目标", "completion": "办结申请", "extension": "延期申请",
              "reminder": "催办"}
KIND_NAMES.update({"enterprise": "企业", "ent-figures": "年度数据", "ent-ip": "知识产权", "ent-reserve": "后备培育库",
                   "ent-review": "高企评审意见", "ent-sme": "科小自评"})  # kechuang.web.enterprises
KIND_NAMES.update({"project": "科技计划项目", "project-status": "项目状态", "project-review": "查重结论"})  # libraries


def kinds_register(kinds: dict[str, str]) -> None:
    """An app's kinds and their words; a kind already named otherwise is refused (an app once relabelled 分工)."""
    clash = {k: (KIND_NAMES[k], v) for k, v in kinds.items() if KIND_NAMES.get(k, v) != v}
    if clash:
        raise ImproperlyConfigured(f"history kinds already named otherwise: {clash}")
    KIND_NAMES.update(kinds)


def changed(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[dict | None, dict | None]:
    """Only the fields that differ (both sides), so the history reads what changed."""
    if before is None or after is None:
        return before, after
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def change_record(user, kind: str, object_id: int, action: str, before: dict | None = None,
                  after: dict | None = None, plan_id: int | None = None, task_id: int | None = None) -> Change | None:
    """Record the change; the pages showing the plan or task get new data versions (kechuang.web.pagecache)."""
    before, after = changed(before, after)
    if action == "update" and not after:
        return None
    versions_touch(plan_id=plan_id, task_id=task_id)
    return Change.objects.create(kind=kind, object_id=object_id, action=action, before=before, after=after,
                                 plan_id=plan_id, task_id=task_id,
                                 user=user if getattr(user, "is_authenticated", False) else None)
