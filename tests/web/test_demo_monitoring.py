"""The demo's five seed plans: their targets linked at confirmation and monitored on 目标监测."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def test_the_demo_plans_targets_are_linked_and_monitored(client, django_capture_on_commit_callbacks):
    from django.contrib.auth import get_user_model

    from kechuang.web.cockpit.monitor import plan_monitoring
    from kechuang.web.demo import create_demo
    from kechuang.web.indicators.selectors import series
    from kechuang.web.plans.models import Plan, Target

    with django_capture_on_commit_callbacks(execute=True):
        create_demo(SEEDS[0].parent, "demo-password-1", progress=lambda line: None)
    plans = list(Plan.objects.filter(is_demo=True, status="confirmed"))
    assert len(plans) == 5
    from kechuang.web.clock import today
    from kechuang.web.indicators.models import Observation

    # the reserve's certificates and the 科小 evaluations feed only years that have begun
    assert not Observation.objects.filter(period__gt=today().year).exists()
    for plan in plans:
        targets = Target.objects.filter(task__plan=plan)
        numeric = targets.exclude(kind="category")
        linked = numeric.filter(catalog_indicator__isnull=False)
        assert linked.count() >= numeric.count() // 2, plan.title  # most numeric targets name a catalog indicator
        assert all(t.link_method in ("exact", "alias", "contains", "fuzzy") for t in linked)
        assert not targets.filter(kind="category", monitored=True).exists()
    lingshou = next(p for p in plans if p.region.name == "灵寿县")
    # the seed county is the GB/T 2260 row of the Hebei code list (one row, with its level and city), and the
    # demo's synthetic data monitors every linked target of its plan without anything recorded by hand
    assert (lingshou.region.code, lingshou.region.level, lingshou.region.parent.name) == ("130126", "county", "石家庄市")
    target = Target.objects.filter(task__plan=lingshou, catalog_indicator__code="hitech_enterprises").first()
    # The demo's synthetic data (kechuang.web.indicators.demo) cover the county's linked indicators; monitoring
    # judges the target at its year.
    data = series(lingshou.region, "hitech_enterprises")
    # coherent: the reserve's two certificates (a count of 2) neither replaced the county's demo series (22 firms
    # and more) nor followed it as this year's value
    assert {o.source_kind for o in Observation.objects.filter(region=lingshou.region, is_current=True,
                                                              indicator__code="hitech_enterprises")} == {"demo"}
    current = Observation.objects.filter(region=lingshou.region, is_current=True)
    for fed in current.filter(source_kind="api"):  # every registry's count (carriers, talents, 对接) is a floor too
        before = current.filter(indicator=fed.indicator, period__lte=fed.period, source_kind="demo").order_by("-period")
        assert not before.exists() or fed.value >= before[0].value, (fed.indicator.code, fed.period, fed.value)
    judged = [(y, v) for y, v in data if target.year is None or y <= target.year] or data
    row = next(r for r in plan_monitoring(lingshou) if r.target_id == target.pk)
    assert row.status.status != "unknown" and row.is_demo and len(data) >= 10
    assert (row.status.latest_year, row.status.latest_value) == judged[-1]
    client.force_login(get_user_model().objects.get(username="lingshou-leader"))
    page = client.get(reverse("kc-plan-monitor", args=[lingshou.pk])).content.decode()
    assert "示例数据" in page and f'id="target-{target.pk}"' in page
    assert client.get(reverse("kc-dashboard")).status_code == 200
