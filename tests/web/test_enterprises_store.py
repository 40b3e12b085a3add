"""The enterprise registry's store: one enterprise per USCC and per name in a region; figures per year."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from kechuang.web.enterprises.models import Enterprise, YearFigures

pytestmark = pytest.mark.django_db


def test_uscc_unique_when_given_names_unique_per_region_figures_unique_per_year(county, other_county):
    a = Enterprise.objects.create(region=county, name="甲科技有限公司", name_key="甲科技", uscc="91130126MA0CXXXX1X")
    Enterprise.objects.create(region=county, name="乙公司", name_key="乙")
    Enterprise.objects.create(region=county, name="丙公司", name_key="丙")  # two without a code are fine
    Enterprise.objects.create(region=other_county, name="甲科技有限公司", name_key="甲科技")
    for kwargs in ({"region": other_county, "name": "丁", "uscc": a.uscc}, {"region": county, "name": a.name}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Enterprise.objects.create(name_key="x", **kwargs)
    YearFigures.objects.create(enterprise=a, year=2024, sales_revenue=3200)
    with pytest.raises(IntegrityError), transaction.atomic():
        YearFigures.objects.create(enterprise=a, year=2024)
