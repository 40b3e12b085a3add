"""我的任务's 待签收 lists a task once (walk-through: 一/(二) 推行政务服务承诺制 twice, a unit that leads it and is
a member of a collective responsible for it), with the unit's roles and the plan's name on the row."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.web.test_collective_members import TASK, _members_url, _plan_with_new_collective

pytestmark = pytest.mark.django_db


def test_a_task_led_and_held_through_a_collective_is_listed_once_with_both_roles(as_user, users):
    from kechuang.web.plans.services import plan_confirm

    bureau = as_user(users["bureau"])
    plan, collective, _ = _plan_with_new_collective(bureau)
    lead = users["lead"].profile.department
    bureau.post(_members_url(collective), {"members": [lead.pk]})
    plan.refresh_from_db()
    plan_confirm(users["bureau"], plan, plan.version, acknowledge_unassigned=True)
    page = as_user(users["lead"]).get(reverse("kc-my-tasks")).content.decode("utf-8")
    section = page.split("待签收的任务", 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert sum(TASK in row for row in rows) == 1, rows
    row = next(row for row in rows if TASK in row)
    assert "牵头单位、责任单位" in row and plan.title and plan.title in row
    assert section.startswith(f"({len(rows)})")
