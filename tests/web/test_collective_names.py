"""Collectives recognised and matched by what they mean (walk-through: 各乡镇人民政府 was not matched to the region's
collective 各乡(镇)政府, so 全部新建 made a second one; 县直各有关单位 became the plain department 灵寿县直各有关单位)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kechuang.web.accounts.services import collective_key, collective_name

pytestmark = pytest.mark.django_db

TEXT = ("灵寿县测试方案\n一、重点任务\n(一)推行政务服务承诺制。(牵头单位:县发展和改革局;责任单位:各乡镇人民政府)\n"
        "(二)落实惠企政策。(牵头单位:县发展和改革局;责任单位:县直各有关单位)\n"
        "(三)开展科技活动周。(牵头单位:县发展和改革局;责任单位:各乡（镇）政府)\n")


@pytest.mark.parametrize(("a", "b"), [("各乡镇人民政府", "各乡(镇)政府"), ("各乡（镇）人民政府", "各乡镇政府"),
                                      ("各乡、镇人民政府", "各乡镇政府"), ("灵寿县直各有关单位", "县直各有关单位")])
def test_equivalent_collective_names_have_one_key(a, b):
    assert collective_name(a, "灵寿县") and collective_key(a, "灵寿县") == collective_key(b, "灵寿县")


@pytest.mark.parametrize("name", ["县直各有关单位", "灵寿县直各有关单位", "市直各有关部门", "各有关单位", "县直属各单位"])
def test_collectives_of_the_level_are_collectives(name):
    assert collective_name(name, "灵寿县")


@pytest.mark.parametrize("name", ["县直机关工委", "灵寿县发展和改革局", "县科技局", "灵寿镇人民政府"])
def test_plain_departments_are_not(name):
    assert not collective_name(name, "灵寿县")


def test_create_all_matches_the_existing_collective_and_makes_县直各有关单位_a_collective(as_user, users, county):
    from kechuang.web.accounts.models import Department
    from kechuang.web.plans.models import Plan
    from kechuang.web.plans.services import plan_unit_matches

    townships = Department.objects.get(region=county, name="各乡(镇)政府")  # the county's collective (conftest)
    assert townships.is_collective
    client = as_user(users["bureau"])
    client.post(reverse("kc-plans"), {"text": TEXT, "name": "测试.txt"})
    plan = Plan.objects.latest("id")
    page = client.get(reverse("kc-plan-units", args=[plan.pk])).content.decode("utf-8")
    assert "各乡镇人民政府" in page
    client.post(reverse("kc-plan-units", args=[plan.pk]), {"action": "create_all"})
    assert list(Department.objects.filter(region=county, is_collective=True, name__contains="乡")) == [townships]
    direct = Department.objects.get(region=county, name__endswith="县直各有关单位")
    assert direct.is_collective
    matched = {m.unit: [d.pk for d in m.departments] for m in plan_unit_matches(Plan.objects.get(pk=plan.pk))}
    townships_units = [u for u in matched if "乡" in u]
    assert len(townships_units) == 2 and all(matched[u] == [townships.pk] for u in townships_units), matched
