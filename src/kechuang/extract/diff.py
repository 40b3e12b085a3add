"""What changed between two versions of a plan's tasks (a confirmed plan and its revised document)."""

from __future__ import annotations

from dataclasses import dataclass, field

FIELDS = {"title": "任务", "lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位",
          "targets": "量化目标"}


@dataclass
class TaskChange:
    path: str
    kind: str  # added / removed / changed
    title: str
    fields: dict[str, tuple[object, object]] = field(default_factory=dict)  # 字段 → (before, after)


def diff_tasks(old: list[dict], new: list[dict]) -> list[TaskChange]:
    """Tasks keyed by their number path; each row has title, lead, responsible, cooperating, targets."""
    before = {r["path"]: r for r in old}
    after = {r["path"]: r for r in new}
    changes: list[TaskChange] = []
    for path, row in after.items():
        if path not in before:
            changes.append(TaskChange(path, "added", row["title"]))
            continue
        differences = {label: (before[path].get(name), row.get(name)) for name, label in FIELDS.items()
                       if _norm(before[path].get(name)) != _norm(row.get(name))}
        if differences:
            changes.append(TaskChange(path, "changed", row["title"], differences))
    changes += [TaskChange(path, "removed", row["title"]) for path, row in before.items() if path not in after]
    return changes


def _norm(value):
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    return value
