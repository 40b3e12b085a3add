"""The transfer libraries' demo: 80 achievements and the demands of the demo enterprises of 灵寿县, all marked
示例数据, a registered contract of last year in the indicators; created once."""

from __future__ import annotations

import pytest

from kechuang.web.enterprises.models import Enterprise
from kechuang.web.indicators.models import Observation
from kechuang.web.transfer.demo import demo_transfer
from kechuang.web.transfer.models import Achievement, Demand, Docking
from kechuang.web.transfer.selectors import search_hits
from tests.web.conftest import make_user

pytestmark = pytest.mark.django_db


def test_the_demo_libraries_are_marked_matched_and_created_once(county):
    bureau = make_user("lingshou-bureau", "bureau", county)
    for i in range(3):
        Enterprise.objects.create(region=county, name=f"灵寿县示例企业{i}(示例)", name_key=f"示例企业{i}",
                                  is_demo=True)
    demo_transfer()
    demo_transfer()
    achievements = Achievement.objects.filter(region=county)
    assert achievements.count() == 80 and all(a.is_demo and "示例" in a.title for a in achievements)
    assert Demand.objects.filter(is_demo=True).count() == 6
    assert Docking.objects.filter(is_demo=True).count() == 3
    value = Observation.objects.get(region=county, indicator__code="technology_contract_value", period=2025,
                                    is_current=True)
    assert value.value == 28
    titles = [h["title"] for h in search_hits(bureau, "云母粉", 3)]
    assert titles[0].startswith("云母粉超细研磨")
