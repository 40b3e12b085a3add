"""Reads on plans: the review page's highlighted source, task rows, the diff of a revision."""

from __future__ import annotations

import re

from kechuang.extract.diff import TaskChange, diff_tasks
from kechuang.extract.highlight import Segment, segments
from kechuang.web.plans.models import Plan, Task


def plan_for_user(user, pk: int, manage: bool = False, defer: tuple[str, ...] = ()) -> Plan:
    """The plan if ``user`` may see it (else Http404) and, with ``manage``, change it (else PermissionDenied).

    ``defer`` leaves big fields (``text``, ``extracted``) unread for pages that do not show them.
    """
    from django.core.exceptions import PermissionDenied
    from django.http import Http404
    from django.shortcuts import get_object_or_404

    from kechuang.web.accounts.permissions import can_manage_region, can_view_plan

    plan = get_object_or_404(Plan.objects.select_related("region").defer(*defer), pk=pk)
    if not can_view_plan(user, plan):
        raise Http404
    if manage and not can_manage_region(user, plan.region_id):
        raise PermissionDenied
    return plan


def task_for_user(user, pk: int) -> Task:
    """The task if ``user`` may see it (else Http404), with its plan, region and assignments loaded."""
    from django.http import Http404
    from django.shortcuts import get_object_or_404

    from kechuang.web.accounts.permissions import can_view_task

    task = get_object_or_404(Task.objects.select_related("plan", "plan__region").prefetch_related("assignments"),
                             pk=pk)
    if not can_view_task(user, task):
        raise Http404
    return task


def report_for_user(user, pk: int):
    """The progress report if ``user`` may see its task (else Http404)."""
    from django.http import Http404
    from django.shortcuts import get_object_or_404

    from kechuang.web.accounts.permissions import can_view_task
    from kechuang.web.supervision.models import Report

    report = get_object_or_404(Report.objects.select_related("task", "task__plan"), pk=pk)
    if not can_view_task(user, report.task):
        raise Http404
    return report


def plan_tasks(plan: Plan) -> list[Task]:
    return list(plan.tasks.prefetch_related("targets", "targets__catalog_indicator").all())


def review_source(plan: Plan, tasks: list[Task]) -> list[tuple[Segment, str]]:
    """The highlighted source of the review page, each highlight with the id the task table links to.

    Sets on each task ``source_units`` ({role: [(unit, anchor or "")]}) and on each target ``source_anchor``: the
    place of that unit or target in the source pane ("" when its span is unknown or hidden by an overlapping one)."""
    spans: list[tuple[int, int, str, str]] = []
    anchors: dict[tuple[int, int], str] = {}
    printed = {(a.get("start"), a.get("end")): a.get("canonical")
               for a in (plan.extracted or {}).get("assignments", [])}
    for task in tasks:
        if task.start is not None and task.end is not None:
            spans.append((task.start, task.end, "heading", f"task-{task.id}"))
            anchors.setdefault((task.start, task.end), f"src-task-{task.id}")
        for i, (start, end) in enumerate(task.unit_spans):
            spans.append((start, end, "unit", f"task-{task.id}"))
            anchors.setdefault((start, end), f"src-unit-{task.id}-{i}")
        for t in task.targets.all():
            if t.start is not None and t.end is not None:
                spans.append((t.start, t.end, "target", f"task-{task.id}"))
                anchors.setdefault((t.start, t.end), f"src-target-{t.id}")
    out, shown = [], set()
    for segment in segments(plan.text, spans):
        anchor = anchors.get(segment.span, "") if segment.kind else ""
        if anchor in shown:  # the rest of a heading around a target in its line: one anchor, on its first part
            anchor = ""
        shown.add(anchor)
        out.append((segment, anchor))
    for task in tasks:
        by_unit: dict[str, str] = {}
        for i, (start, end) in enumerate(task.unit_spans):
            unit = printed.get((start, end))
            anchor = f"src-unit-{task.id}-{i}"
            if unit and anchor in shown:
                by_unit.setdefault(unit, anchor)
        task.source_units = {role: [(u, by_unit.get(u, "")) for u in task.units(role)]
                             for role in ("lead", "responsible", "cooperating")}
        for t in task.targets.all():
            anchor = f"src-target-{t.id}"
            t.source_anchor = anchor if anchor in shown else ""
    return out


_UNPLACED = re.compile(r"责任单位“(.+?)”出现在第一个标题之前,未能归属到任务")


def plan_warnings(plan: Plan, tasks: list[Task] | None = None) -> list[str]:
    """The extractor's warnings as they stand for the stored tasks: units before the first heading were put on the
    (未编号) task, and the warning says so while they are there."""
    tasks = tasks if tasks is not None else list(plan.tasks.all())
    unnumbered = {u for t in tasks if t.path == "(未编号)" for role in ("lead", "responsible", "cooperating")
                  for u in t.units(role)}
    canonical = {a.get("unit"): a.get("canonical") for a in (plan.extracted or {}).get("assignments", [])
                 if not a.get("path")}
    out = []
    for warning in (plan.extracted or {}).get("warnings", []):
        m = _UNPLACED.fullmatch(warning)
        if m and canonical.get(m.group(1), m.group(1)) in unnumbered:
            warning = f"责任单位“{m.group(1)}”出现在第一个标题之前,已归入“(未编号)”任务,请核对或改派到相应任务"
        out.append(warning)
    idle = headings_not_tasks(plan, tasks)
    if idle:
        shown = "、".join(f"{h['path']} {h['title'][:20]}" for h in idle[:6]) + ("等" if len(idle) > 6 else "")
        out.append(f"有 {len(idle)} 个编号条目没有写明责任单位或量化目标,未列为任务(多为指导思想、保障措施等;"
                   f"如需督办,请用“新增任务”补入):{shown}")
    return out


def headings_not_tasks(plan: Plan, tasks: list[Task]) -> list[dict]:
    """Numbered items with no heading below them that became no task: a national plan's 20 measures with no unit
    printed gave 6 tasks, and the clerk was told nothing of the other 14."""
    headings = [h for h in (plan.extracted or {}).get("headings", []) if h.get("path")]
    paths = [h["path"] for h in headings]
    taken = {t.path for t in tasks}
    return [h for h in headings if h["path"] not in taken and not any(p.startswith(h["path"] + "/") for p in paths)]


def departments_without_login(plan: Plan) -> list[str]:
    """The departments the plan assigns tasks to that no active user belongs to: "任务已下达到各部门" after 全部新建
    reached twelve departments nobody could sign in for."""
    from kechuang.web.accounts.models import Department

    return list(Department.objects.filter(assignments__task__plan=plan, is_collective=False)
                .exclude(profile__user__is_active=True).order_by("name").values_list("name", flat=True).distinct())


def collectives_without_members(plan: Plan) -> list:
    """The collectives holding the plan's tasks themselves: confirmed before their members were set (a login is
    no way out for them: users belong to plain departments), the tasks reach no one until the members are."""
    from kechuang.web.accounts.models import Department

    return list(Department.objects.filter(assignments__task__plan=plan, is_collective=True).order_by("name")
                .distinct())


def tasks_unassigned(plan: Plan) -> list[Task]:
    """The plan's tasks that name no unit at all: confirmed as they are, they go to nobody."""
    return [t for t in plan.tasks.all() if not (t.lead_units or t.responsible_units or t.cooperating_units)]


def task_rows(tasks: list[Task]) -> list[dict]:
    return [{"path": t.path, "title": t.title, "lead": t.lead_units, "responsible": t.responsible_units,
             "cooperating": t.cooperating_units,
             "targets": [f"{x.indicator}:{x.value}{x.unit}" for x in t.targets.all()]} for t in tasks]


def plan_revision_diff(revision: Plan) -> list[TaskChange]:
    """What the revised document changes against the plan it revises."""
    if revision.revises_id is None:
        return []
    return diff_tasks(task_rows(plan_tasks(revision.revises)), task_rows(plan_tasks(revision)))




_REGION_SUFFIXES = ("自治县", "自治旗", "自治州", "自治区", "新区", "县", "市", "区", "旗", "盟", "州", "省")


def _region_core(name: str) -> str:
    """灵寿县 → 灵寿, 石家庄市 → 石家庄: the name without its level, so 灵寿 and 灵寿县 compare equal."""
    name = name.strip()
    for suffix in _REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def plan_document_region(plan: Plan) -> str | None:
    """The region the document names (the extractor's ``document.region``), if it is not the plan's region."""
    named = ((plan.extracted or {}).get("document") or {}).get("region") or ""
    if not named.strip():
        return None
    mine, theirs = _region_core(plan.region.name), _region_core(named)
    if theirs == mine or (len(mine) >= 2 and theirs.endswith(mine)):  # 河北省灵寿县 is 灵寿县
        return None
    return named


DUPLICATE_RATIO = 0.95
_SHINGLE = 4


def _shingles(text: str) -> list[str]:
    compact = "".join(text.split())
    return [compact[i:i + _SHINGLE] for i in range(max(1, len(compact) - _SHINGLE + 1))]


def _path_set(plan: Plan) -> list[str]:
    return sorted(plan.tasks.values_list("path", flat=True))


def plan_duplicates(plan: Plan) -> list[Plan]:
    """Other plans of the region with the same document (sha256) or a near-identical one: same title and
    task numbers, or ≥ 95 % of the text's 4-character shingles in common (``SequenceMatcher.quick_ratio``,
    linear in the text; only plans of a similar length are read)."""
    from difflib import SequenceMatcher

    from django.db.models.functions import Length

    others = Plan.objects.filter(region_id=plan.region_id).exclude(pk=plan.pk).annotate(size=Length("text"))
    found = {p.pk: p for p in others.filter(sha256=plan.sha256).exclude(sha256="").defer("text", "extracted")}
    paths = None
    for other in others.filter(title=plan.title).exclude(pk__in=found).defer("text", "extracted"):
        paths = paths if paths is not None else _path_set(plan)
        if _path_set(other) == paths:
            found[other.pk] = other
    size = len(plan.text)
    similar = others.exclude(pk__in=found).filter(size__gte=size * DUPLICATE_RATIO, size__lte=size / DUPLICATE_RATIO)
    if similar.exists():
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(_shingles(plan.text))  # indexed once; each other plan is only counted against it
        for other in similar.defer("extracted"):
            matcher.set_seq1(_shingles(other.text))
            if matcher.quick_ratio() >= DUPLICATE_RATIO:
                found[other.pk] = other
    return sorted(found.values(), key=lambda p: p.created_at)
