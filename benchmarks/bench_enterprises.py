"""Enterprises core speed: the 高企 gap check of 10,000 enterprises × 3 years, and reading and validating a
10,000-enterprise × 3-year workbook.

Side by side, in the same process and run: the arithmetic conditions (registration age, 科技人员 share, R&D
intensity by sales band, domestic R&D, 高新收入 share, the two growth rates) as a competent user would write them
in vectorised pandas (one frame, a pivot, ``np.select`` for the bands, no row loops). Both must agree on every
arithmetic condition's status; the ratio of the best times is printed. The core does more per firm (gaps in
Chinese, score bands, earliest year, rule snapshot). Reading: ``pandas.read_excel`` of the same workbook (no
validation) is timed for reference.
Run: .venv/bin/python benchmarks/bench_enterprises.py   (needs pandas: pip install -e '.[bench]')
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from kechuang.enterprises import EnterpriseFacts, IPFacts, YearFacts, check_hitech_many, read_enterprises
from kechuang.enterprises.columns import ENTERPRISE, FIGURES

FIRMS, YEARS, AS_OF = 10_000, (2023, 2024, 2025), dt.date(2026, 6, 1)
ARITHMETIC = ("registration", "tech_staff", "rd_intensity", "rd_domestic", "hitech_revenue")


def synthetic(seed: int = 11, firms: int = FIRMS) -> list[EnterpriseFacts]:
    """示例数据: firms spread around every threshold (sales across the 5,000万 and 2亿 bands)."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(firms):
        registered = AS_OF - dt.timedelta(days=int(rng.integers(100, 4000)))
        employees = float(rng.integers(10, 600))
        sales = float(rng.lognormal(8.3, 1.2))
        rows = []
        for k, year in enumerate(YEARS):
            year_sales = round(sales * (1 + 0.1 * k) * rng.uniform(0.8, 1.2), 1)
            rd = round(year_sales * rng.uniform(0.01, 0.08), 1)
            total = round(year_sales * rng.uniform(1.0, 1.1), 1)
            rows.append(YearFacts(year, employees, float(rng.integers(0, int(employees * 0.3) + 1)), year_sales, total,
                                  rd, round(rd * rng.uniform(0.4, 1.0), 1), round(total * rng.uniform(0.3, 0.95), 1),
                                  round(year_sales * rng.uniform(0.3, 0.8), 1), round(year_sales * 1.5, 1),
                                  round(year_sales * 0.9, 1)))
        ip = [IPFacts("II", "实用新型")] * int(rng.integers(0, 7))
        ip += [IPFacts("I", "发明专利")] * int(rng.integers(0, 2))
        out.append(EnterpriseFacts(f"示例企业{i:05d}有限公司", "", registered, rows, ip))
    return out


def to_frame(firms: list[EnterpriseFacts]) -> pd.DataFrame:
    """The long table a user would have: one row per enterprise-year (built outside the timing)."""
    records = [{"firm": i, "registered_on": f.registered_on, **y.to_dict()}
               for i, f in enumerate(firms) for y in f.years]
    return pd.DataFrame.from_records(records)


def pandas_check(frame: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    """The arithmetic 高企 conditions (2016 rules), vectorised."""
    latest = frame[frame["year"] == as_of.year - 1].set_index("firm")
    # the last three fiscal years, or the actual operating years when fewer
    operating = frame[frame["year"] >= pd.to_datetime(frame["registered_on"]).dt.year]
    sums = operating.groupby("firm")[["rd_expense", "rd_expense_domestic", "sales_revenue"]].sum().reindex(latest.index)
    days = (pd.Timestamp(as_of) - pd.to_datetime(latest["registered_on"])).dt.days
    sales = latest["sales_revenue"]
    rate = pd.Series(np.select([sales <= 5000, sales <= 20000], [0.05, 0.04], 0.03), index=latest.index)
    out = pd.DataFrame(index=latest.index)
    out["registration"] = days >= 365
    out["tech_staff"] = latest["tech_staff"] / latest["employees"] >= 0.10 - 1e-12
    out["rd_intensity"] = sums["rd_expense"] / sums["sales_revenue"] >= rate - 1e-12
    out["rd_domestic"] = sums["rd_expense_domestic"] / sums["rd_expense"] >= 0.60 - 1e-12
    out["hitech_revenue"] = latest["hitech_revenue"] / latest["total_revenue"] >= 0.60 - 1e-12
    wide = frame.pivot(index="firm", columns="year", values=["net_assets", "sales_revenue"])
    for name in ("net_assets", "sales_revenue"):
        y1, y2, y3 = (wide[(name, year)] for year in YEARS)
        out[f"growth_{name}"] = np.where(y1 == 0, y3 / y2 - 1, (y2 / y1 + y3 / y2) / 2 - 1)
    return out


def best_of(runs: int, fn, *args):
    """Best wall time and best CPU time of the process (the machine is shared: CPU time is what the work costs)."""
    wall, cpu, result = float("inf"), float("inf"), None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn(*args)
        wall, cpu = min(wall, time.perf_counter() - start), min(cpu, time.process_time() - start_cpu)
    return (wall, cpu), result


def write_workbook(firms: list[EnterpriseFacts], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("企业信息")
    sheet.append([c.header for c in ENTERPRISE])
    for f in firms:
        sheet.append(["", f.name, "科创路 1 号", "C3979", "小型", f.registered_on, "电子信息", "", "", ""])
    sheet = book.create_sheet("年度数据")
    sheet.append([c.header for c in FIGURES])
    for f in firms:
        for y in f.years:
            sheet.append(["", f.name, *list(y.to_dict().values())])
    book.save(path)


def main() -> None:
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {platform.machine()} · {os.cpu_count()} cores · "
          f"load {os.getloadavg()[0]:.1f} · Python {platform.python_version()} · pandas {pd.__version__}")
    firms = synthetic()
    frame = to_frame(firms)
    core_time, checks = best_of(3, check_hitech_many, firms, AS_OF)
    pandas_time, reference = best_of(3, pandas_check, frame, AS_OF)
    for key in ARITHMETIC:
        core = np.array([c.condition(key).status == "met" for c in checks])
        assert (core == reference[key].to_numpy()).all(), key
    overall = pd.Series([c.overall for c in checks]).value_counts().to_dict()
    print(f"高企 gap check, {FIRMS:,} firms × 3 years (best of 3): core {core_time[0]:.2f} s wall, "
          f"{core_time[1]:.2f} s CPU; pandas arithmetic only {pandas_time[0]:.3f} s wall, {pandas_time[1]:.3f} s CPU "
          f"→ ratio {core_time[1] / pandas_time[1]:.0f}× (CPU); statuses agree")
    print(f"  overall: {overall}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "enterprises.xlsx"
        write_workbook(firms, path)
        read_time, data = best_of(1, read_enterprises, path)
        assert data.ok and len(data.enterprises) == FIRMS and len(data.figures) == FIRMS * 3, data.errors[:3]
        pandas_read, _ = best_of(1, lambda p: pd.read_excel(p, sheet_name=None), path)
        size = path.stat().st_size / 1e6
    print(f"read + validate workbook ({FIRMS:,} enterprises, {FIRMS * 3:,} year rows, {size:.1f} MB): "
          f"{read_time[0]:.2f} s wall, {read_time[1]:.2f} s CPU; pandas.read_excel (no validation) "
          f"{pandas_read[0]:.2f} s wall, {pandas_read[1]:.2f} s CPU")


if __name__ == "__main__":
    main()
