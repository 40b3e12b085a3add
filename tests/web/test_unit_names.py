"""Units a clerk types on a task and names of new departments: collectives stay whole, and no name carries markup or
a spreadsheet formula (a walk-through saved a task untouched and got 各乡 and 镇人民政府 as two departments, and made
departments named <script>… and =1+1 that reached the rankings and the ledger's sheet names)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.errors import KechuangError

pytestmark = pytest.mark.django_db


def _edit(task, **units):
    from kechuang.web.plans.services import TaskInput

    return TaskInput(path=task.path, title=task.title, **{"lead": "、".join(task.lead_units),
                                                           "responsible": "、".join(task.responsible_units), **units})


def test_saving_a_task_untouched_keeps_a_collective_unit_whole(users, draft_plan, as_user):
    from kechuang.web.plans.models import Task
    from kechuang.web.plans.services import task_update

    task = draft_plan.tasks.first()
    Task.objects.filter(pk=task.pk).update(responsible_units=["各乡、镇人民政府", "灵寿县委组织部"])
    task.refresh_from_db()
    form = as_user(users["bureau"]).get(reverse("kc-task-edit", args=[task.pk])).content.decode()
    assert "各乡、镇人民政府、灵寿县委组织部" in form  # the form shows them as the clerk will send them back
    task = task_update(users["bureau"], task, _edit(task), task.version)
    assert task.responsible_units == ["各乡、镇人民政府", "灵寿县委组织部"]


@pytest.mark.parametrize(("typed", "words"), [
    ("<script>alert(1)</script>", "不允许的字符“<”"),
    ("=1+1", "不能以 = + - @ 开头"),
    ("@SUM(A1)", "不能以 = + - @ 开头"),
    ("县科技局、-2+3", "不能以 = + - @ 开头"),
])
def test_a_unit_with_markup_or_a_formula_is_refused_and_nothing_is_saved(users, task, typed, words):
    from kechuang.web.history.models import Change
    from kechuang.web.plans.services import task_update

    before = (task.version, list(task.responsible_units), Change.objects.count())
    with pytest.raises(KechuangError) as info:
        task_update(users["bureau"], task, _edit(task, responsible=typed), task.version)
    assert info.value.context["field"] == "responsible" and words in info.value.message_zh
    task.refresh_from_db()
    assert (task.version, task.responsible_units, Change.objects.count()) == before


@pytest.mark.parametrize("name", ["<b>局</b>", "=HYPERLINK(\"x\")", "+1", "科技局\x07"])
def test_a_department_is_never_created_with_markup_or_a_formula_in_its_name(users, draft_plan, as_user, name):
    from kechuang.web.accounts.models import Department

    before = Department.objects.count()
    response = as_user(users["bureau"]).post(reverse("kc-plan-units", args=[draft_plan.pk]),
                                             {"unit": "县科技局", "action": "create", "name": name})
    assert response.status_code == 400 and "名称" in response.content.decode()
    assert Department.objects.count() == before
