"""The enterprise registry at county-plus scale: 10,000 enterprises × 3 years.

1. Import from xlsx with full validation (the core's reader) and the web's dedupe and bulk writes (with history),
   against what a competent pandas user would write: ``read_excel`` of the two sheets, numeric coercion,
   duplicate codes dropped, ``to_sql`` into a fresh SQLite file — same file, same run.
2. The 高企 gap check of all 10,000 from the database (``hitech_batch``).
3. Enterprise list, enterprise page (one of 10,000 at random) and reserve board (2,000 in the reserve) under wrk
   with 20 connections on gunicorn (``bench_web``'s method), against the same reads as plain indexed SQL in
   process.

    python benchmarks/bench_enterprises_web.py [--n 10000] [--seconds 15] [--connections 20]
    bash scripts/with-postgres.sh python benchmarks/bench_enterprises_web.py
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench_web import has_wrk, run_pages, setup_environment

FIGURES = ("职工总数(人)", "科技人员(人)", "销售收入(万元)", "总收入(万元)", "研发费用(万元)", "境内研发费用(万元)",
           "高新技术产品(服务)收入(万元)", "净资产(万元)", "资产总额(万元)", "成本费用支出总额(万元)")


def code(n: int) -> str:
    from stdnum.cn import uscc

    base = f"91130126MA{n:07d}"
    return base + uscc.calc_check_digit(base)


def write_workbook(path: Path, n: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(11)
    book = Workbook(write_only=True)
    firms = book.create_sheet("企业信息")
    firms.append(["统一社会信用代码", "企业名称", "地址", "国民经济行业分类代码", "企业规模", "成立日期"])
    years = book.create_sheet("年度数据")
    years.append(["统一社会信用代码", "企业名称", "年度", *FIGURES])
    for i in range(n):
        firms.append([code(i), f"灵寿县基准{i:05d}科技有限公司", f"灵寿县{i % 50}号", "C3982", "小型",
                      f"{2005 + i % 18}-03-01"])
        sales = rng.uniform(500, 20000)
        for year in (2023, 2024, 2025):
            staff = rng.randint(20, 400)
            rd = sales * rng.uniform(0.01, 0.08)
            years.append([code(i), "", year, staff, int(staff * rng.uniform(0.05, 0.3)), f"{sales:,.1f}万元",
                          round(sales * 1.05, 1), round(rd, 1), round(rd * 0.9, 1), round(sales * 0.7, 1),
                          round(sales * 0.5, 1), round(sales * 1.2, 1), round(sales * 0.8, 1)])
            sales *= rng.uniform(0.95, 1.3)
    book.save(path)


def pandas_baseline(path: Path, folder: Path) -> float:
    """What a competent user writes with pandas: read both sheets, coerce numbers, drop duplicate codes, to_sql.
    Returns CPU seconds (the machine is shared: wall time depends on the others' load)."""
    import pandas as pd

    started = time.process_time()
    sheets = pd.read_excel(path, sheet_name=["企业信息", "年度数据"], dtype={"统一社会信用代码": str})
    firms = sheets["企业信息"].drop_duplicates("统一社会信用代码")
    years = sheets["年度数据"]
    for column in FIGURES:
        years[column] = pd.to_numeric(years[column].astype(str).str.replace(",", "").str.replace("万元", ""),
                                      errors="coerce")
    years = years[years["科技人员(人)"] <= years["职工总数(人)"]]
    with sqlite3.connect(folder / "pandas.sqlite3") as db:
        firms.to_sql("firms", db, index=False)
        years.to_sql("years", db, index=False)
    return time.process_time() - started


def web_import(path: Path, region, user) -> tuple[float, float, float, object]:
    """(wall s of read + validate, wall s in all, CPU s in all, the outcome)."""
    from kechuang.web.enterprises.imports import import_commit, import_plan

    started, cpu = time.perf_counter(), time.process_time()
    plan = import_plan(region.pk, path, path.name)
    read = time.perf_counter() - started
    out = import_commit(user, region, plan, valid_only=False)
    return read, time.perf_counter() - started, time.process_time() - cpu, out


def reserve_fill(count: int, user) -> None:
    from kechuang.web.enterprises.models import Enterprise, ReserveEntry, ReserveStep

    stages = [s for s, _ in ReserveEntry.STAGES]
    ids = list(Enterprise.objects.order_by("id").values_list("id", flat=True)[:count])
    entries = ReserveEntry.objects.bulk_create(
        ReserveEntry(enterprise_id=e, stage=stages[i % 5], entered_on=date(2024 + i % 3, 3, 1)) for i, e in
        enumerate(ids))
    ReserveStep.objects.bulk_create(ReserveStep(entry=e, stage=e.stage, on=e.entered_on, by=user) for e in entries)
    from kechuang.web import dbstats  # bulk_create, not a service: the statistics an import or autovacuum leaves

    dbstats.bulk_written(ReserveEntry, ReserveStep, rows=max(count, dbstats.ANALYZE_AFTER))


def sql_baseline(region_id: int, ids: list[int]) -> dict[str, float]:
    """p95 (ms) of the pages' main reads written as plain indexed SQL, in process, one at a time."""
    from django.db import connection

    queries = {
        "list": ("SELECT id, name, uscc FROM enterprises_enterprise WHERE region_id = %s AND name > %s "
                 "ORDER BY name, id LIMIT 50", lambda: (region_id, f"灵寿县基准{random.randrange(0, 9950):05d}")),
        "page": ("SELECT e.name, y.year, y.sales_revenue FROM enterprises_enterprise e JOIN enterprises_yearfigures y"
                 " ON y.enterprise_id = e.id WHERE e.id = %s", lambda: (random.choice(ids),)),
        "board": ("SELECT r.stage, e.name FROM enterprises_reserveentry r JOIN enterprises_enterprise e ON "
                  "e.id = r.enterprise_id WHERE e.region_id = %s ORDER BY r.stage, e.name", lambda: (region_id,)),
    }
    out = {}
    with connection.cursor() as cursor:
        for name, (sql, params) in queries.items():
            times = []
            for _ in range(200):
                started = time.perf_counter()
                cursor.execute(sql, params())
                cursor.fetchall()
                times.append((time.perf_counter() - started) * 1000)
            out[name] = statistics.quantiles(times, n=20)[18]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--port", type=int, default=8767)
    args = parser.parse_args()
    if not has_wrk():
        return 1
    data = setup_environment()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.enterprises.checks import hitech_batch
    from kechuang.web.enterprises.models import Enterprise

    region = Region.objects.create(code="130126", name="灵寿县")
    password = "bench-password-2026"
    user = get_user_model().objects.create_user("bureau", password=password)
    Profile.objects.create(user=user, role="bureau", region=region)
    print(f"{date.today()} · 数据库 {connection.vendor} · {platform.processor() or platform.machine()},"
          f"{os.cpu_count()} 核 · Python {platform.python_version()}", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "enterprises.xlsx"
        started = time.perf_counter()
        write_workbook(path, args.n)
        size = path.stat().st_size / 1e6
        print(f"工作簿:{args.n} 家 × 3 年({size:.1f} MB,生成 {time.perf_counter() - started:.1f} s)")
        baseline = pandas_baseline(path, Path(folder))
        read, total, cpu, out = web_import(path, region, user)
    print(f"导入(完整校验 + 查重 + 批量写入 + 变更记录):墙钟 {total:.1f} s(读取与校验 {read:.1f} s),CPU {cpu:.1f} s·"
          f"新增 {out.created} 家,年度数据 {out.years} 条 | 对照 pandas read_excel + to_sql:CPU {baseline:.1f} s",
          flush=True)
    started, cpu = time.perf_counter(), time.process_time()
    found = hitech_batch(region.pk, date(2026, 6, 1), only=())
    print(f"高企体检(从数据库读取 {len(found)} 家并检查):墙钟 {time.perf_counter() - started:.2f} s,"
          f"CPU {time.process_time() - cpu:.2f} s", flush=True)
    reserve_fill(args.n // 5, user)
    ids = list(Enterprise.objects.values_list("id", flat=True))
    sql = sql_baseline(region.pk, ids)
    sql = {name: sql[key] for name, key in (("企业名录(随机翻页)", "list"), ("企业页面(10,000 家随机)", "page"),
                                            ("后备库看板(2,000 家)", "board"))}

    def measure(name, result, cpu):
        return f"{result} · 服务端 CPU {cpu:.1f} ms/请求 | 对照 同一读取的索引 SQL(进程内单次)p95 {sql[name]:.1f} ms"

    pages = [("企业名录(随机翻页)", [f"/enterprises/?after={random.choice(ids)}" for _ in range(200)]),
             ("企业页面(10,000 家随机)", [f"/enterprises/{random.choice(ids)}/" for _ in range(500)]),
             ("后备库看板(2,000 家)", ["/enterprises/reserve/"] * 20)]
    run_pages(pages, user, password, args.port, args.seconds, args.connections, data, line=measure)
    return 0


if __name__ == "__main__":
    sys.exit(main())
