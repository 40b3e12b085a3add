"""The demo's indicator data: 河北省 by GB/T 2260 code (existing regions keep their rows), ten years of synthetic
values for hebei-county's indicators, every one marked 示例数据, created once; load_regions on its own."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_load_regions_keeps_existing_regions_and_sets_levels(county):
    from kechuang.web.accounts.models import Region
    from kechuang.web.indicators.models import RegionCodeList

    call_command("load_regions", "--province", "13")
    hebei = Region.objects.filter(code__startswith="13")
    assert hebei.filter(level="province").count() == 1 and hebei.filter(level="city").count() == 11
    assert hebei.filter(level="county").count() == 167
    county.refresh_from_db()
    assert county.pk == Region.objects.get(code="130126").pk and county.level == "county"
    assert county.parent.name == "石家庄市" and county.parent.parent.name == "河北省"
    assert RegionCodeList.objects.get().version == "8.5.8"
    with pytest.raises(Exception, match="没有省级代码「99」"):
        call_command("load_regions", "--province", "99")


def test_demo_indicator_data_is_synthetic_marked_and_created_once(client, users):
    from kechuang.evaluation.framework import load_framework
    from kechuang.web.accounts.models import Region
    from kechuang.web.indicators.demo import demo_indicator_data
    from kechuang.web.indicators.models import Observation
    from kechuang.web.indicators.selectors import panel, region_descendants

    lines = []
    assert demo_indicator_data(progress=lines.append) > 0
    current = Observation.objects.filter(is_current=True)
    assert current.exists() and not current.exclude(is_demo=True).exists()
    assert set(current.values_list("source_kind", flat=True)) == {"demo"}
    hebei = Region.objects.get(code="130000")
    counties = region_descendants(hebei, level="county")
    assert len(counties) == 167
    leaves = load_framework("hebei-county").leaves
    data = panel(counties, leaves)
    assert len(data.periods) == 10 and set(leaves) <= set(data.variables) and len(data.units) == 167
    assert demo_indicator_data(progress=lines.append) == 0  # twice: nothing changes
    jinta = Region.objects.get(code="620921")  # a seed plan's region outside Hebei: its level and parents are known
    assert jinta.level == "county" and jinta.parent.name == "酒泉市" and jinta.parent.parent.name == "甘肃省"
    assert "示例数据" in lines[-1]
    client.force_login(users["admin"])
    body = client.get(reverse("kc-region-data", args=[hebei.pk])).content.decode()
    assert "示例数据" in body and "下级汇总" in body
