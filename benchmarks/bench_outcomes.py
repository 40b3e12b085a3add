"""Page latency of outcomes: 目标监测 of a plan with 50 targets, 目标监测 of 100 plans, the leader cockpit.

The data of bench_web.py (100 plans, 5,000 tasks, 50,000 progress reports, 2,500 targets) plus 170 counties ×
60 indicators × 10 years of observations (102,000 values) and one plan whose 50 targets name 50 different catalog
indicators. Each page is measured with wrk (20 connections, no think time, gunicorn 2 × 4 on loopback) after the
page cache is emptied; in the same run, in process, the cold computation (median of 5) is compared with what a
competent user would write instead: one SQL query for the region's current values handed to the core's
``monitor_plan`` (no stored links, no provenance), and the cockpit's lights summed over each plan's board; and the
existing 督办看板 of the same plan is measured under wrk in the same run, as the reference for the machine's load.

    python benchmarks/bench_outcomes.py [--seconds 15] [--connections 20]
    KECHUANG_PG_PORT=5448 bash scripts/with-postgres.sh python benchmarks/bench_outcomes.py
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_web import has_wrk, login, prepare, start_gunicorn, stop, wrk

COUNTIES, YEARS, TARGETS = 170, range(2016, 2026), 50


def add_outcomes(ids: dict) -> dict:
    """Counties with ten years of every catalog indicator, target links, and one plan with 50 targets."""
    from django.db import connection, transaction

    from kechuang.web.accounts.models import Region
    from kechuang.web.indicators.models import Indicator, Observation
    from kechuang.web.indicators.services import catalog_sync
    from kechuang.web.plans.models import Plan, Target, Task

    rng = random.Random(11)
    started = time.perf_counter()
    with transaction.atomic():
        catalog_sync()
        catalog = Indicator.objects.filter(region__isnull=True)
        indicators = list(catalog.filter(code="hitech_enterprises")) + list(
            catalog.exclude(code="hitech_enterprises").order_by("code"))[:59]
        province = Region.objects.create(code="130000", name="河北省", level="province")
        city = Region.objects.create(code="130100", name="石家庄市", level="city", parent=province)
        county = Region.objects.get(code="130126")
        Region.objects.filter(pk=county.pk).update(parent=city, level="county")
        others = Region.objects.bulk_create(
            Region(code=f"13{9000 + i:04d}", name=f"基准县{i:03d}", level="county", parent=city)
            for i in range(COUNTIES - 1))
        regions = [county, *others]
        rows = []
        for region in regions:
            for ind in indicators:
                level = rng.uniform(5, 500)
                for year in YEARS:
                    level *= rng.uniform(0.97, 1.12)
                    rows.append(Observation(region=region, indicator=ind, period=year, value=round(level, 2),
                                            source_kind="import", source_file="基准数据.xlsx",
                                            source_row=len(rows) + 2))
        Observation.objects.bulk_create(rows, batch_size=5000)
        latest = {o.indicator_id: o.value for o in rows if o.region_id == county.pk and o.period == YEARS[-1]}
        hitech = indicators[0]
        Target.objects.filter(task__plan_id__in=ids["plans"]).update(catalog_indicator=hitech, link_method="exact",
                                                                     link_score=1.0)
        plan = Plan.objects.get(pk=ids["plans"][0])
        Target.objects.filter(task__plan=plan).delete()
        tasks = list(Task.objects.filter(plan=plan).order_by("position"))
        Target.objects.bulk_create(
            Target(task=tasks[k % len(tasks)], indicator=ind.name, value=f"{latest[ind.pk] * 1.3:.2f}", unit=ind.unit,
                   year=2027, catalog_indicator=ind, link_method="exact", link_score=1.0)
            for k, ind in enumerate(indicators[:TARGETS]))
    print(f"观测值:{len(rows)} 个({COUNTIES} 县 × {len(indicators)} 指标 × {len(YEARS)} 年),"
          f"方案 {plan.pk} 有 {TARGETS} 个目标(用时 {time.perf_counter() - started:.1f} s)")
    connection.close()
    return {"plan": plan.pk, "county": county.pk}


def _median_ms(fn, runs: int = 5) -> float:
    from django.core.cache import cache

    times = []
    for _ in range(runs):
        cache.clear()
        started = time.perf_counter()
        fn()
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def baseline_monitoring(plan_id: int):
    """What a competent user writes without the platform's store: one SQL query, then the core."""
    from django.db import connection

    from kechuang.indicators.observations import Observation
    from kechuang.monitoring import monitor_plan
    from kechuang.web.plans.models import Plan, Target

    plan = Plan.objects.select_related("region").get(pk=plan_id)
    with connection.cursor() as cursor:
        cursor.execute("SELECT i.code, o.period, o.value FROM indicators_observation o JOIN indicators_indicator i "
                       "ON i.id = o.indicator_id WHERE o.region_id = %s AND o.is_current", [plan.region_id])
        obs = [Observation(plan.region.name, code, period, value) for code, period, value in cursor.fetchall()]
    targets = [{"indicator": t.indicator, "kind": t.kind, "value": float(t.value), "unit": t.unit, "year": t.year}
               for t in Target.objects.filter(task__plan=plan)]
    return monitor_plan({"document": {"region": plan.region.name}, "targets": targets}, obs)


def baseline_cockpit(county_id: int):
    """The cockpit's lights summed over each plan's board (one selector call per plan)."""
    from kechuang.web.clock import today
    from kechuang.web.plans.models import Plan
    from kechuang.web.supervision.selectors import plan_states

    counts = {"red": 0, "yellow": 0, "green": 0}
    for plan in Plan.objects.filter(region_id=county_id, status="confirmed"):
        for s in plan_states(plan, today()):
            counts[s.light.colour] += 1
    return counts


def in_process(ids: dict) -> None:
    from kechuang.web.accounts.models import Region
    from kechuang.web.clock import today
    from kechuang.web.cockpit.dashboard import cockpit_data
    from kechuang.web.cockpit.monitor import plan_monitoring
    from kechuang.web.plans.models import Plan

    plan = Plan.objects.select_related("region").get(pk=ids["plan"])
    county = Region.objects.get(pk=ids["county"])
    print("单次计算(进程内,清空缓存,5 次中位数):")
    print(f"  目标监测(50 个目标):{_median_ms(lambda: plan_monitoring(plan)):.0f} ms;"
          f"对照(一条 SQL + monitor_plan):{_median_ms(lambda: baseline_monitoring(plan.pk)):.0f} ms")
    print(f"  驾驶舱(100 个方案,含 6 个月趋势与全部目标):{_median_ms(lambda: cockpit_data(county, today()), 3):.0f} ms;"
          f"对照(逐方案看板求和,只有督办灯):{_median_ms(lambda: baseline_cockpit(county.pk), 3):.0f} ms", flush=True)


def _until_built(base: str, cookie: str, limit: float = 120.0) -> str:
    """How long after the load the cockpit still shows its computing page (the worker builds it meanwhile)."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        request = urllib.request.Request(f"{base}/dashboard/", headers={"Cookie": cookie})
        if "驾驶舱数据正在计算" not in urllib.request.urlopen(request, timeout=30).read().decode():
            return f"{time.monotonic() - start:.1f} s"
        time.sleep(0.5)
    return f"超过 {limit:.0f} s 仍在计算"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--port", type=int, default=8766)
    args = parser.parse_args()
    if not has_wrk():
        return 1
    password = "bench-password-2026"
    data, ids, vendor = prepare(password)
    ids.update(add_outcomes(ids))
    in_process(ids)
    from django.db import connection

    connection.close()
    server = start_gunicorn(args.port)
    # The job worker builds a cockpit that is not cached (a cold request is answered at once meanwhile).
    worker = subprocess.Popen([sys.executable, "-m", "kechuang", "worker"], env=os.environ.copy(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.port}"
    try:
        script = data / "outcomes.lua"
        print(f"数据库:{vendor};机器:{platform.processor() or platform.machine()},{os.cpu_count()} 核;"
              f"{args.connections} 个并发连接,每页 {args.seconds} s;gunicorn 2×4(gthread)")
        leader = [login(base, "leader", password)]
        pages = (("参照:督办看板(同一方案,已有页面,同一时段)", [f"/plans/{ids['plan']}/board/"]),
                 ("目标监测(同一方案,50 个目标)", [f"/plans/{ids['plan']}/targets/monitor/"]),
                 ("目标监测(100 个方案随机)", [f"/plans/{p}/targets/monitor/" for p in ids["plans"]]),
                 ("领导驾驶舱(本县 100 个方案)", ["/dashboard/"]))
        for name, paths in pages:
            time.sleep(3)
            shutil.rmtree(data / "cache", ignore_errors=True)  # the first request of every page is computed
            print(f"{name}:{wrk(base, paths, leader, args.seconds, args.connections, script)}", flush=True)
        print(f"压测结束后驾驶舱显示数字还需:{_until_built(base, leader[0])}", flush=True)
        time.sleep(3)  # the figures built, the cache kept: what leaders see until the data change again
        print(f"领导驾驶舱(数字已算好):{wrk(base, ['/dashboard/'], leader, args.seconds, args.connections, script)}",
              flush=True)
    finally:
        stop([server, worker], data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
