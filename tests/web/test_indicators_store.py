"""The indicators app's store: the catalog synchronised from the core, versioned observations, regions below."""

from __future__ import annotations

import pytest

from kechuang.indicators.catalog import load_catalog
from kechuang.web.accounts.models import Region
from kechuang.web.indicators.models import Indicator, Observation
from kechuang.web.indicators.selectors import core_observations, panel, region_descendants, series
from kechuang.web.indicators.services import aggregation_data, catalog_sync, observation_record

pytestmark = pytest.mark.django_db


def test_catalog_sync_creates_then_only_updates_what_changed():
    Indicator.objects.all().delete()  # migrate synchronised it already (post_migrate)
    created, updated = catalog_sync()
    assert created == len(load_catalog()) + len(aggregation_data()["supporting"]) and updated == 0
    assert catalog_sync() == (0, 0)
    row = Indicator.objects.get(code="hitech_enterprises")
    assert row.aggregation == "sum" and row.catalog_version == load_catalog().version
    row.name = "改过的名称"
    row.save()
    assert catalog_sync() == (0, 1)
    row.refresh_from_db()
    assert row.name == "高新技术企业数" and row.version == 2


def test_a_changed_value_is_a_new_version_and_the_old_one_stays(county):
    catalog_sync()
    ind = Indicator.objects.get(code="hitech_enterprises")
    first, changed = observation_record(county, ind, 2024, 12, source_kind="manual")
    assert changed and first.version == 1
    same, changed = observation_record(county, ind, 2024, 12.0, source_kind="import", source_file="a.xlsx")
    assert not changed and same.pk == first.pk
    second, changed = observation_record(county, ind, 2024, 15, source_kind="import", source_file="b.xlsx",
                                         source_row=7)
    assert changed and second.version == 2 and second.provenance() == "b.xlsx 第 7 行"
    rows = Observation.objects.filter(region=county, indicator=ind, period=2024)
    assert [(o.value, o.is_current) for o in rows.order_by("version")] == [(12.0, False), (15.0, True)]
    assert series(county, "hitech_enterprises") == [(2024, 15.0)]
    [obs] = core_observations([county])
    assert (obs.region, obs.indicator, obs.period, obs.value) == (county.name, "hitech_enterprises", 2024, 15.0)
    p = panel([county])
    assert p.units == [county.name] and p.periods == [2024] and p.variables == ["hitech_enterprises"]


def test_region_descendants_follow_parent_links(county):
    city = county.parent
    province = city.parent
    other = Region.objects.create(code="139999", name="另一市", level="city", parent=province)
    assert {r.pk for r in region_descendants(province)} >= {city.pk, other.pk, county.pk}
    county.level = "county"
    county.save()
    assert region_descendants(province, level="county") == [county]
    assert region_descendants(other) == []
    assert region_descendants(city, include_self=True)[:2] == [city, county]
