"""Write the SYNTHETIC example indicator data (examples/data/counties.csv): 20 counties × 2019–2023.

The values are invented (seeded random walks around plausible county levels), for trying
``kechuang evaluate`` and ``kechuang monitor``; they are not statistics of any real county, and the units
are named 示例县01 … 示例县20 so that no score or class can be read as a real county's. To monitor a real
plan against them, name the unit: ``kechuang monitor PLAN.json counties.csv --region 示例县01``.
Run: python examples/data/generate.py
"""

import csv
from pathlib import Path

import numpy as np

COUNTIES = [f"示例县{i:02d}" for i in range(1, 21)]  # not real counties: the data is invented
# indicator id: (typical 2019 level, spread factor, yearly growth)
LEVELS = {
    "fiscal_st_expenditure": (1200, 0.6, 0.10), "fiscal_st_share": (0.45, 0.5, 0.06),
    "rd_intensity": (0.9, 0.6, 0.07), "enterprise_rd_share_revenue": (0.7, 0.5, 0.06),
    "hitech_enterprises": (22, 0.7, 0.15), "hitech_enterprises_per_1000": (3.0, 0.5, 0.10),
    "tech_smes": (120, 0.6, 0.15), "tech_smes_per_1000": (18, 0.5, 0.10),
    "provincial_platforms": (3, 0.7, 0.12), "rd_institution_share": (28, 0.4, 0.06),
    "innovation_service_agencies": (3, 0.6, 0.10), "invention_patents_per_10k": (2.2, 0.7, 0.12),
    "hitech_industry_share": (22, 0.4, 0.05), "technology_contract_value": (6000, 0.8, 0.20),
    "policy_implementation_score": (3.6, 0.15, 0.02), "st_leadership_score": (3.8, 0.12, 0.02),
    "innovation_climate_score": (3.4, 0.15, 0.02),
}
SCORES = {"policy_implementation_score", "st_leadership_score", "innovation_climate_score"}
COUNTS = {"hitech_enterprises", "tech_smes", "provincial_platforms", "innovation_service_agencies"}


def main(out: Path | None = None) -> Path:
    rng = np.random.default_rng(20231)
    years = list(range(2019, 2024))
    rows = []
    for county in COUNTIES:
        scale = {k: float(np.exp(rng.normal(0, s))) for k, (_, s, _) in LEVELS.items()}
        for t, year in enumerate(years):
            row = {"地区": county, "年份": year}
            for k, (level, _, growth) in LEVELS.items():
                value = level * scale[k] * (1 + growth + rng.normal(0, 0.03)) ** t
                if k in SCORES:
                    row[k] = round(min(value, 5.0), 2)
                else:
                    row[k] = round(value) if k in COUNTS else round(value, 2)
            rows.append(row)
    out = out or Path(__file__).with_name("counties.csv")
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {out} ({len(rows)} rows)")
    return out


if __name__ == "__main__":
    main()
