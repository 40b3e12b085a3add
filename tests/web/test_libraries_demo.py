"""The demo projects of 灵寿县: about 60 over five years, marked 示例数据, created once; the batch check of this
year's applications finds the two planted near-duplicates."""

from __future__ import annotations

import pytest

from kechuang.web.clock import today
from kechuang.web.libraries.batch import batch_start
from kechuang.web.libraries.demo import demo_projects
from kechuang.web.libraries.models import Project

pytestmark = pytest.mark.django_db


def test_demo_projects_are_marked_created_once_and_hold_two_near_duplicates(users, county):
    assert demo_projects() == 60
    assert demo_projects() == 0
    rows = Project.objects.filter(region=county)
    assert rows.count() == 60 and not rows.filter(is_demo=False).exists()
    assert len(set(rows.values_list("year", flat=True))) == 5
    batch = batch_start(users["bureau"], county, today().year)
    batch.refresh_from_db()
    assert batch.status == "done"
    pairs = list(batch.pairs.select_related("project", "other"))
    planted = [p for p in pairs if p.project.department_name != p.other.department_name]
    assert len(planted) == 2, [(p.project.title, p.other.title, p.score) for p in pairs]
    assert all(p.project.applicant == p.other.applicant and p.score >= 0.6 for p in planted)


def test_the_demo_enterprise_user_finds_its_own_projects_in_the_library(users, county, as_user):
    """The demo's projects named no enterprise of the registry: every 企业用户 of the demo saw an empty 项目库."""
    from django.urls import reverse

    demo_projects()
    own = Project.objects.filter(enterprise=users["ent_user"].profile.enterprise)
    assert own.exists() and all(p.applicant == p.enterprise.name for p in own)
    body = as_user(users["ent_user"]).get(reverse("kc-projects")).content.decode()
    assert f"共 {own.count()} 个项目" in body
