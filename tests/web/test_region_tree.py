"""One region tree for every access rule: ``accounts.regions`` reads the parent links once per version of the
regions table, and ``region_ids_within`` / ``region_lineage_ids`` / ``region_descendants`` answer from it (they
queried the links level by level, one query per level, on every call)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kechuang.web.accounts import regions
from kechuang.web.accounts.models import Region
from kechuang.web.accounts.permissions import region_ids_within, region_lineage_ids
from kechuang.web.indicators.selectors import region_descendants

pytestmark = pytest.mark.django_db(transaction=True)  # the tree's version is renewed when a write commits


def _tree():
    province = Region.objects.create(code="130000", name="河北省", level="province")
    city = Region.objects.create(code="130100", name="石家庄市", level="city", parent=province)
    # created out of code order: the descendants come generation by generation, each by code
    lingshou = Region.objects.create(code="130126", name="灵寿县", level="county", parent=city)
    zhengding = Region.objects.create(code="130123", name="正定县", level="county", parent=city)
    town = Region.objects.create(code="130126100", name="灵寿镇", level="town", parent=lingshou)
    return province, city, lingshou, zhengding, town


def test_within_and_lineage_read_no_query_once_the_tree_is_read():
    province, city, lingshou, zhengding, town = _tree()
    regions.parents()
    with CaptureQueriesContext(connection) as captured:
        assert sorted(region_ids_within(city.pk)) == sorted([city.pk, lingshou.pk, zhengding.pk, town.pk])
        assert region_ids_within(city.pk)[0] == city.pk
        assert region_lineage_ids(town.pk) == [town.pk, lingshou.pk, city.pk, province.pk]
        assert region_ids_within(None) == [] and region_lineage_ids(None) == []
    assert len(captured) == 0


def test_descendants_in_generations_by_code_with_one_query():
    province, city, lingshou, zhengding, town = _tree()
    regions.parents()
    with CaptureQueriesContext(connection) as captured:
        assert region_descendants(province) == [city, zhengding, lingshou, town]
        assert region_descendants(province, level="county") == [zhengding, lingshou]
        assert region_descendants(city, include_self=True) == [city, zhengding, lingshou, town]
    assert len(captured) == 3


def test_a_cycle_in_the_parent_links_ends_the_walk(monkeypatch):
    a = Region.objects.create(code="990000", name="甲")
    b = Region.objects.create(code="990100", name="乙", parent=a)
    Region.objects.filter(pk=a.pk).update(parent=b)  # a bad import: 甲 ↔ 乙
    monkeypatch.setattr(regions, "TREE_TTL", 0.0)  # read the links as they are now (.update renews no version)
    assert region_ids_within(a.pk) == [a.pk, b.pk]
    assert region_lineage_ids(a.pk) == [a.pk, b.pk]


def test_a_region_created_in_a_transaction_is_seen_inside_it():
    from django.db import transaction

    province, city, *_ = _tree()
    regions.parents()
    with transaction.atomic():
        new = Region.objects.create(code="130199", name="新区", level="county", parent=city)
        assert new.pk in region_ids_within(province.pk)
