"""The demo's regions and indicator data (示例数据): 河北省, its cities and all its counties by GB/T 2260 code, and
SYNTHETIC values over ten years for the indicators ``hebei-county`` and the seed plans' targets need.

The values are invented (seeded random walks around plausible county levels, as ``examples/data/generate.py``
makes them); every one is ``is_demo`` with source 示例数据, and every page that shows them says so. They are
not statistics of any real county. Running it twice changes nothing (the same seed gives the same values).
"""

from __future__ import annotations

import numpy as np

from kechuang.web.accounts.models import Region
from kechuang.web.clock import today
from kechuang.web.indicators.entry import framework_codes
from kechuang.web.indicators.models import Indicator
from kechuang.web.indicators.regions import regions_load
from kechuang.web.indicators.services import Value, catalog_sync, observations_bulk_record

YEARS = 10
SEED = 20231
# indicator: (typical first-year level, spread factor between counties, yearly growth) — from generate.py
LEVELS = {
    "fiscal_st_expenditure": (1200, 0.6, 0.10), "rd_expenditure": (9000, 0.7, 0.10),
    "gdp": (1_500_000, 0.5, 0.06), "general_budget_expenditure": (260_000, 0.4, 0.05),
    "enterprise_rd_share_revenue": (0.7, 0.5, 0.06), "hitech_enterprises": (22, 0.7, 0.15),
    "hitech_enterprises_per_1000": (3.0, 0.5, 0.10), "tech_smes": (120, 0.6, 0.15),
    "tech_smes_per_1000": (18, 0.5, 0.10),
    "provincial_platforms": (3, 0.7, 0.12), "rd_institution_share": (28, 0.4, 0.06),
    "innovation_service_agencies": (3, 0.6, 0.10), "invention_patents_per_10k": (2.2, 0.7, 0.12),
    "hitech_industry_share": (22, 0.4, 0.05), "technology_contract_value": (6000, 0.8, 0.20),
    "policy_implementation_score": (3.6, 0.15, 0.02), "st_leadership_score": (3.8, 0.12, 0.02),
    "innovation_climate_score": (3.4, 0.15, 0.02), "county_innovation_score": (60, 0.15, 0.02),
}
SCORES = {"policy_implementation_score", "st_leadership_score", "innovation_climate_score"}
# Ratios computed from their parts, so that a roll-up recomputes exactly what the counties show.
DERIVED = {"rd_intensity": ("rd_expenditure", "gdp"), "fiscal_st_share": ("fiscal_st_expenditure",
                                                                          "general_budget_expenditure")}
# The indicators the five seed plans' targets link to (kechuang.indicators.catalog.link_target on tests' seeds).
SEED_TARGETS = (
    "achievements_transferred", "agri_industrialisation_rate", "agri_labour_productivity", "ecommerce_enterprise_share",
    "education_development", "energy_intensity", "hitech_output_share", "hitech_share_industrial",
    "high_level_talents", "incubated_firms", "incubator_area", "incubators", "innovation_parks", "innovative_towns",
    "internet_penetration", "national_platforms", "patent_applications", "researchers_per_10k_labour",
    "science_literacy", "science_popularisation_sites", "st_finance_funds", "st_progress_contribution",
    "strategic_emerging_share", "talents_per_10k_labour", "tech_commissioners", "university_partnerships")
# The seed plans' regions outside Hebei get the same indicators, so that their targets are monitored too.
SEED_REGIONS = ("210300", "320706", "140800", "620921")


def _level(ind: Indicator) -> tuple[float, float, float]:
    if ind.code in LEVELS:
        return LEVELS[ind.code]
    if ind.unit in ("%", "‰"):
        return (20.0, 0.4, 0.03)
    if ind.unit == "分":
        return (3.5, 0.15, 0.02)
    if ind.unit in ("万元", "亿元", "万平方米", "吨标准煤/万元", "万元/人"):
        return (50.0 if ind.direction == "higher" else 0.6, 0.6, 0.08 if ind.direction == "higher" else -0.03)
    return (8.0, 0.7, 0.10)  # counts of things


def _series(rng, ind: Indicator, years: int) -> list[float]:
    level, spread, growth = _level(ind)
    scale = float(np.exp(rng.normal(0, spread)))
    out = []
    for t in range(years):
        value = level * scale * (1 + growth + rng.normal(0, 0.03)) ** t
        if ind.code in SCORES:
            value = min(value, 5.0)
        if ind.unit == "%":
            value = min(value, 99.0)
        out.append(round(value) if ind.aggregation == "sum" and ind.unit not in ("万元",) else round(value, 2))
    return out


def demo_indicator_data(progress=print) -> int:
    """Load Hebei's regions and write the synthetic data; returns the number of values new or changed."""
    created, updated = regions_load("13")
    for province in sorted({code[:2] for code in SEED_REGIONS}):  # the seed plans' regions get their level and parents
        regions_load(province)
    catalog_sync()
    counties = list(Region.objects.filter(code__startswith="13", level="county").order_by("code"))
    counties += list(Region.objects.filter(code__in=SEED_REGIONS).order_by("code"))
    codes = set(framework_codes()) | set(LEVELS) | set(SEED_TARGETS)
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=codes | set(DERIVED), region__isnull=True)}
    last = today().year - 1
    years = list(range(last - YEARS + 1, last + 1))
    rng = np.random.default_rng(SEED)
    values: list[Value] = []
    for region in counties:
        series = {code: _series(rng, ind, len(years)) for code, ind in sorted(indicators.items())
                  if code not in DERIVED}
        for code, (num, den) in DERIVED.items():
            if code in indicators:
                series[code] = [round(100 * n / d, 2) for n, d in zip(series[num], series[den], strict=True)]
        for code, vals in series.items():
            values += [Value(region.pk, indicators[code].pk, y, v, note="示例数据") for y, v in zip(years, vals,
                                                                                                  strict=True)]
    counts = observations_bulk_record(values, source_kind="demo", is_demo=True)
    progress(f"示例指标数据:河北省地区 新增 {created}、更新 {updated};{len(counties)} 个县(区)× "
             f"{len(indicators)} 项指标 × {len(years)} 年({years[0]}–{years[-1]}),"
             f"新增 {counts['new']}、变更 {counts['changed']} 个数值(示例数据)")
    return counts["new"] + counts["changed"]
