"""The change log as people read it on the plan and task pages."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _history(page: str) -> str:
    found = re.search(r'<table class="grid compact history" id="history">.*?</table>', page, re.S)
    assert found, "no history table"
    return re.sub(r"\s+", " ", found.group(0))


def test_task_page_history_reads_in_chinese(as_user, users, task, report):
    from kechuang.web.plans.services import TaskInput, task_update
    from kechuang.web.plans.targets import TargetInput, target_add, target_update
    from kechuang.web.supervision.services import report_approve

    users["bureau"].first_name = "王科长"
    users["bureau"].save()
    task_update(users["bureau"], task, TaskInput(path=task.path, title=task.title, lead="灵寿县发展和改革局、灵寿县委组织部",
                                                 deadline=date(2026, 11, 28), cycle="quarterly"), task.version)
    # 县委组织部 is now a lead unit too: its report goes to the bureau (a unit never reviews its own report).
    report_approve(users["bureau"], report, "同意")
    target = target_add(users["bureau"], task, TargetInput(indicator="研发投入", value="2", unit="%", year="2025"))
    target_update(users["bureau"], target, TargetInput(indicator="研发投入强度", value="2.5", unit="%", year="2025",
                                                      kind="growth"), target.version)
    page = as_user(users["leader"]).get(reverse("kc-task", args=[task.pk])).content.decode("utf-8")
    table = _history(page)
    assert "{'" not in table and "'}" not in table and "['" not in table
    for words in ("王科长", "牵头单位", "灵寿县发展和改革局、灵寿县委组织部", "完成时限", "2026-11-28",
                  "报送周期", "每月 → 每季度", "状态", "待审核 → 已通过", "完成进度", "40%", "量化目标",
                  "指标", "研发投入 → 研发投入强度", "类型", "达到值 → 增长率", "目标值", "2 → 2.5"):
        assert words in table, words
    assert "due_day" not in table and "cycle" not in table and ">bureau<" not in table
    assert "任务名称" not in table  # an update shows only the fields that changed


def test_plan_page_history_names_departments_and_archiving(as_user, users, county):
    from kechuang.web.plans.services import plan_archive, plan_confirm, plan_create, plan_map_unit

    text = "灵寿县测试方案\n一、重点任务\n(一)建设创新平台。(牵头单位:县发展和改革局;责任单位:县新设中心)\n"
    plan = plan_create(users["bureau"], county, text=text, name="测试.txt")
    plan = plan_map_unit(users["bureau"], plan, "灵寿县新设中心", county.departments.get(name="灵寿县委组织部"))
    plan = plan_archive(users["bureau"], plan_confirm(users["bureau"], plan, plan.version))
    table = _history(as_user(users["bureau"]).get(reverse("kc-plan", args=[plan.pk])).content.decode("utf-8"))
    for words in ("来源文件", "测试.txt", "部门", "— → 灵寿县委组织部", "状态", "待确认 → 已确认", "已归档", "否 → 是",
                  "bureau"):
        assert words in table, words
    assert "{'" not in table


def test_unknown_fields_and_values_fall_back_to_what_was_stored(users, plan):
    from kechuang.web.history.models import Change
    from kechuang.web.history.selectors import history_rows

    Change.objects.create(kind="gadget", object_id=1, action="update", plan_id=plan.pk,
                          before={"colour": None, "flags": [True, 3]}, after={"colour": "red", "flags": []})
    row = history_rows(Change.objects.filter(kind="gadget"))[0]
    assert (row.kind, row.who) == ("gadget", "系统")
    assert [(f.name, f.before, f.after) for f in row.fields] == [("colour", "—", "red"), ("flags", "是、3", "—")]
