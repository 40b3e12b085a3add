"""Test data of the evaluation: 灵寿县 and five other counties of 石家庄市 (河北省) with values of every
``hebei-county`` indicator over three years, written as observations (no mocks: the job reads the database)."""

from __future__ import annotations

import numpy as np

from kechuang.evaluation import load_framework
from kechuang.web.accounts.models import Region
from kechuang.web.indicators.models import Indicator, Observation
from kechuang.web.indicators.services import catalog_sync

YEARS = (2023, 2024, 2025)
OTHERS = [("130102", "长安区"), ("130104", "桥西区"), ("130121", "井陉县"), ("130123", "正定县"), ("130125", "行唐县")]


def province_of(county: Region) -> Region:
    return county.parent.parent


def hebei_counties(county: Region) -> list[Region]:
    city = county.parent
    return [county] + [Region.objects.get_or_create(code=code, defaults={"name": name, "parent": city})[0]
                       for code, name in OTHERS]


def hebei_data(county: Region, years=YEARS, skip: tuple[str, ...] = ()) -> list[Region]:
    """Values of every hebei-county indicator for 灵寿县 and five counties (once per test database); 灵寿县 is
    built to sit in the middle. Indicators in ``skip`` get no values."""
    regions = hebei_counties(county)
    if Observation.objects.filter(region=county).exists():
        return regions
    catalog_sync()
    fw = load_framework("hebei-county")
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=fw.leaves)}
    rng = np.random.default_rng(7)
    levels = [0.55, 0.95, 0.8, 0.4, 0.3, 0.65]  # share of each indicator's standard, 灵寿县 first
    rows = []
    for code in fw.leaves:
        if code in skip:
            continue
        standard = float((fw.nodes[code].normalise or {}).get("standard") or (fw.nodes[code].normalise or {})
                         .get("max") or 10)
        for r, region in enumerate(regions):
            for t, year in enumerate(years):
                value = standard * levels[r] * (0.9 + 0.05 * t) * rng.uniform(0.9, 1.1)
                rows.append(Observation(region=region, indicator=indicators[code], period=year, value=round(value, 2),
                                        source_kind="import", source_file="县域数据.xlsx", source_row=len(rows) + 2))
    Observation.objects.bulk_create(rows)
    return regions


def finished_run(user, county: Region, replications: int = 40):
    """A run of hebei-county over 河北省's counties for 2025, executed at once (huey's immediate mode)."""
    from kechuang.web.evaluation.services import RunInput, run_start

    hebei_data(county)
    run = run_start(user, province_of(county), RunInput("hebei-county", 2025, replications))
    run.refresh_from_db()
    assert run.status == "done", run.error
    return run
