"""催办: what each unit owes (a report for the last due period, an overdue task, its 签收), issued as 催办 items
that rise a level each time they are issued again unanswered — 提醒 (蓝) → 催办 (黄) → 督办通知 (红), the
三色督办单 — and are answered (办复) by the report, the 签收, the 办结 or the granted 延期."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.monitoring.tasks import add_working_days, period_label
from kechuang.web.history.services import change_record
from kechuang.web.notices.services import notify, recipients
from kechuang.web.pagecache import versions_touch
from kechuang.web.plans.models import Plan, Task
from kechuang.web.supervision.models import Reminder
from kechuang.web.supervision.selectors import OWING, plan_states


@dataclass(frozen=True)
class Owed:
    task: Task
    department_id: int
    kind: str
    period: str

    @property
    def key(self) -> tuple:
        return self.task.pk, self.department_id, self.kind, self.period


def owed_items(plan: Plan, today: date) -> list[Owed]:
    """Everything the plan's units owe today (nothing for a task that is closed)."""
    items = []
    for s in plan_states(plan, today):
        if s.closed:
            continue
        deadline = s.task.deadline
        for u in s.unit_states:
            if u.role not in OWING:
                continue
            if u.missing:
                items.append(Owed(s.task, u.department_id, Reminder.REPORT, s.period))
            if deadline and today > deadline and (u.percent or 0) < 100:
                items.append(Owed(s.task, u.department_id, Reminder.OVERDUE, deadline.isoformat()))
            if u.acknowledged_at is None and u.assigned_at is not None and today > add_working_days(
                    timezone.localdate(u.assigned_at), settings.ACKNOWLEDGE_WORKING_DAYS):
                items.append(Owed(s.task, u.department_id, Reminder.ACKNOWLEDGE, ""))
    return items


def reminder_matter(reminder: Reminder) -> str:
    """What the unit owes, in words."""
    if reminder.kind == Reminder.REPORT:
        return f"{period_label(reminder.period)}进展未报送"
    if reminder.kind == Reminder.OVERDUE:
        return f"已超过完成时限 {reminder.period} 仍未完成"
    return "交办后未按时签收"


def reminder_text(reminder: Reminder) -> str:
    task = reminder.task
    return (f"【{reminder.get_level_display()}·{reminder.colour}色督办单】“{task.path} {task.title}”"
            f"{reminder_matter(reminder)},请抓紧办理")


def notice_sheet(reminder: Reminder):
    """The 督办单 of a 催办 item, for kechuang.reports.notice_sheet."""
    from kechuang.reports.notice_sheet import NoticeSheet

    task, plan = reminder.task, reminder.task.plan
    issued = timezone.localdate(reminder.issued_at or reminder.created_at)
    return NoticeSheet(
        region=plan.region.name, level=reminder.get_level_display(), colour=reminder.colour,
        number=f"{issued.year}-{reminder.pk:05d}-{reminder.level}", department=reminder.department.name,
        plan_title=plan.title, task=f"{task.path} {task.title}", matter=f"{reminder_matter(reminder)},请抓紧办理",
        issued_on=issued, respond_by=add_working_days(issued, max(1, settings.REMINDER_ESCALATE_DAYS)),
        issuer=f"{plan.region.name}科技创新工作领导小组办公室")


@dataclass
class Issued:
    new: int = 0
    escalated: int = 0
    answered: int = 0  # items no longer owed, closed here

    @property
    def total(self) -> int:
        return self.new + self.escalated


def reminders_issue(user, plan: Plan, today: date) -> Issued:
    """Issue a 催办 item for everything owed: new ones at 提醒, unanswered ones issued at least
    settings.REMINDER_ESCALATE_DAYS ago one level up (at most 督办通知); items no longer owed are answered."""
    if plan.archived_at is not None:
        raise KechuangError("KC-WEB-CONFLICT", "该方案已归档,不再生成催办单;如需督办请先取消归档", field="plan")
    result = Issued()
    now = timezone.now()
    escalate = timedelta(days=settings.REMINDER_ESCALATE_DAYS)
    with transaction.atomic():
        Plan.objects.select_for_update().filter(pk=plan.pk).first()  # one issuer per plan at a time
        owed = {o.key: o for o in owed_items(plan, today)}
        existing = {(r.task_id, r.department_id, r.kind, r.period): r
                    for r in Reminder.objects.filter(task__plan=plan).select_related("task")}
        sent = []
        for key, item in owed.items():
            reminder = existing.get(key)
            if reminder is None:
                reminder = Reminder.objects.create(task=item.task, department_id=item.department_id, kind=item.kind,
                                                   period=item.period, issued_at=now, issued_by=user)
                result.new += 1
            elif reminder.resolved_at is not None:  # answered, and owed again (a returned report): reopened
                reminder.resolved_at, reminder.issued_at, reminder.issued_by = None, now, user
                reminder.save(update_fields=["resolved_at", "issued_at", "issued_by"])
                result.new += 1
            elif reminder.level < 3 and (
                    reminder.issued_at is None or reminder.issued_at <= now - escalate):
                reminder.level, reminder.issued_at, reminder.issued_by = reminder.level + 1, now, user
                reminder.save(update_fields=["level", "issued_at", "issued_by"])
                result.escalated += 1
            else:
                continue
            sent.append(reminder)
            change_record(user, "reminder", reminder.pk, "remind",
                          after={"department": item.department_id, "kind": item.kind, "level": reminder.level},
                          plan_id=plan.pk, task_id=item.task.pk)
        for key, reminder in existing.items():
            if reminder.resolved_at is None and key not in owed:
                reminder.resolved_at = now
                reminder.save(update_fields=["resolved_at"])
                result.answered += 1
        if sent or result.answered:
            versions_touch(plan_id=plan.pk, department_ids={r.department_id for r in existing.values()} |
                           {r.department_id for r in sent})
    for reminder in sent:
        notify(recipients([reminder.department_id]), "reminder", reminder_text(reminder),
               reverse("kc-task", args=[reminder.task_id]), key=f"reminder:{reminder.pk}:{reminder.level}")
    deadline_notices(today, plan)
    return result


def deadline_notices(today: date, plan: Plan | None = None) -> int:
    """Tell the units owing a task whose deadline is within settings.DEADLINE_NOTICE_DAYS (once per deadline)."""
    from kechuang.web.supervision.models import Assignment, Completion

    soon = today + timedelta(days=settings.DEADLINE_NOTICE_DAYS)
    tasks = Task.objects.filter(plan__status=Plan.CONFIRMED, plan__archived_at=None, deadline__gte=today,
                                deadline__lte=soon)
    if plan is not None:
        tasks = tasks.filter(plan=plan)
    tasks = tasks.exclude(pk__in=Completion.objects.filter(status=Completion.GRANTED).values("task_id"))
    sent = 0
    for task in tasks.select_related("plan"):
        units = Assignment.objects.filter(task=task, role__in=OWING).values_list("department_id", flat=True)
        sent += notify(recipients(units), "deadline",
                       f"“{task.path} {task.title}”将于 {task.deadline.isoformat()} 到期,请按时完成并申请办结",
                       reverse("kc-task", args=[task.pk]), key=f"deadline:{task.pk}:{task.deadline.isoformat()}")
    return sent
