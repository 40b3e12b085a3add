"""The county evaluation from the web: 170 counties × 60 indicators × 10 years (102,000 observations).

Creates the data in a fresh database (SQLite under a temporary data directory, or the PostgreSQL of
KECHUANG_DATABASE_URL), then, in the same run:
1. what a competent user would do instead, on the same data: the core called directly (read the current
   observations into a Panel, ``evaluate``, ``run_uncertainty`` with 1,000 replications in one process, paths to
   the next class of every county, the xlsx) and the CLI on a tidy CSV export of the same values
   (``kechuang evaluate … --uncertainty 1000 --jobs 1 --format xlsx``);
2. the same evaluation from the web: gunicorn and the job worker (``kechuang worker``), the evaluator posts the
   form, the run page's status is polled every 0.2 s (the progress the page shows is printed) until done;
3. the county result page (each of 20 county leaders reads its own ``/evaluation/``) with wrk, 20 connections,
   p50/p95/p99 (target p95 < 300 ms), and /healthz on the same server as the floor.

    python benchmarks/bench_eval_web.py [--seconds 15] [--replications 1000]
    KECHUANG_PG_PORT=5449 bash scripts/with-postgres.sh python benchmarks/bench_eval_web.py
"""

from __future__ import annotations

import argparse
import csv
import http.cookiejar
import json
import os
import platform
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import has_wrk, setup_environment, start_gunicorn, stop, wrk

COUNTIES, INDICATORS, YEARS, LEADERS = 170, 60, list(range(2016, 2026)), 20


def create_data(password: str) -> dict:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from kechuang.evaluation import load_framework
    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.indicators.models import Indicator, Observation
    from kechuang.web.indicators.services import catalog_sync

    started = time.perf_counter()
    rng = np.random.default_rng(2026)
    fw = load_framework("hebei-county")
    with transaction.atomic():
        catalog_sync()
        codes = list(fw.leaves) + [c for c in Indicator.objects.values_list("code", flat=True)
                                   if c not in fw.leaves][: INDICATORS - len(fw.leaves)]
        indicators = {i.code: i for i in Indicator.objects.filter(code__in=codes)}
        province = Region.objects.create(code="130000", name="河北省", level="province")
        cities = [Region.objects.create(code=f"13{c + 1:02d}00", name=f"第{c + 1}市", parent=province, level="city")
                  for c in range(11)]
        counties = [Region.objects.create(code=f"13{k % 11 + 1:02d}{k // 11 + 21:02d}", name=f"基准县{k:03d}",
                                          parent=cities[k % 11], level="county") for k in range(COUNTIES)]
        standard = {c: float((fw.nodes[c].normalise or {}).get("standard") or (fw.nodes[c].normalise or {})
                             .get("max") or 10) if c in fw.nodes else 100.0 for c in codes}
        level = rng.uniform(0.3, 1.05, (COUNTIES, len(codes)))
        growth = rng.uniform(0.0, 0.06, (COUNTIES, len(codes)))
        rows = [Observation(region=region, indicator=indicators[code], period=year, source_kind="import",
                            source_file="基准数据.xlsx", source_row=2 + n,
                            value=round(standard[code] * level[k, j] * (1 + growth[k, j]) ** (t - 9), 3))
                for n, (k, region, j, code, t, year) in enumerate(
                    (k, region, j, code, t, year) for k, region in enumerate(counties)
                    for j, code in enumerate(codes) for t, year in enumerate(YEARS))]
        Observation.objects.bulk_create(rows, batch_size=5000)
        hashed = make_password(password)
        User = get_user_model()
        evaluator = User.objects.create(username="evaluator", password=hashed)
        Profile.objects.create(user=evaluator, role="evaluator", region=province)
        for i in range(LEADERS):
            leader = User.objects.create(username=f"leader{i:02d}", password=hashed)
            Profile.objects.create(user=leader, role="leader", region=counties[i * 7])
    print(f"数据:{COUNTIES} 个县 × {len(codes)} 个指标 × {len(YEARS)} 年 = {len(rows):,} 个观测值"
          f"(写入用时 {time.perf_counter() - started:.1f} s)", flush=True)
    return {"province": province, "codes": codes}


def core_call(province, replications: int, folder: Path) -> float:
    """The core called directly on the database's values: what the job does, without the job."""
    from kechuang.evaluation import load_framework
    from kechuang.evaluation.report import write_xlsx
    from kechuang.web.evaluation.compute import compute_run
    from kechuang.web.evaluation.selectors import scope_data

    started = time.perf_counter()
    fw = load_framework("hebei-county")
    loaded = scope_data(province, sorted(set(fw.leaves)))
    computed = compute_run(loaded.panel, fw, YEARS[-1], replications=replications)
    write_xlsx(computed.evaluation, folder / "core.xlsx", YEARS[-1], computed.uncertainty)
    return time.perf_counter() - started


def cli_call(province, replications: int, folder: Path) -> float:
    """``kechuang evaluate`` on a tidy CSV of the same current values (the export not timed)."""
    from kechuang.web.indicators.models import Observation

    path = folder / "data.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["region", "indicator", "period", "value"])
        out.writerows(Observation.objects.filter(is_current=True).values_list(
            "region__code", "indicator__code", "period", "value").iterator(chunk_size=5000))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kechuang", "evaluate", str(path), "--framework", "hebei-county",
                    "--uncertainty", str(replications), "--jobs", "1", "--format", "xlsx", "-o",
                    str(folder / "cli.xlsx")], check=True, capture_output=True)
    return time.perf_counter() - started


def session(base: str, username: str, password: str) -> tuple[urllib.request.OpenerDirector, str, str]:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{base}/login/").read()
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    body = urllib.parse.urlencode({"username": username, "password": password, "csrfmiddlewaretoken": csrf}).encode()
    opener.open(urllib.request.Request(f"{base}/login/", body, headers={"Referer": f"{base}/login/"})).read()
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    return opener, csrf, "; ".join(f"{c.name}={c.value}" for c in jar)


def web_run(base: str, password: str, replications: int) -> tuple[float, list[str], int]:
    """Post the form as the evaluator, poll the status until done; (seconds, progress seen, run id)."""
    opener, csrf, _ = session(base, "evaluator", password)
    body = urllib.parse.urlencode({"framework": "hebei-county", "year": YEARS[-1], "replications": replications,
                                   "csrfmiddlewaretoken": csrf}).encode()
    started = time.perf_counter()
    response = opener.open(urllib.request.Request(f"{base}/evaluations/", body,
                                                  headers={"Referer": f"{base}/evaluations/"}))
    run_id = int(response.url.rstrip("/").split("/")[-1])
    seen: list[str] = []
    while True:
        state = json.loads(opener.open(f"{base}/evaluations/{run_id}/status/").read())
        shown = f"{state['progress']:.0%} {state['stage']}"
        if not seen or seen[-1] != shown:
            seen.append(shown)
        if state["status"] in ("done", "failed"):
            break
        if time.perf_counter() - started > 300:
            raise SystemExit("评价 5 分钟仍未完成")
        time.sleep(0.2)
    if state["status"] != "done":
        raise SystemExit(f"评价失败:{state['error']}")
    return time.perf_counter() - started, seen, run_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15, help="how long wrk runs per page (default 15)")
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--replications", type=int, default=1000)
    parser.add_argument("--port", type=int, default=8779)
    args = parser.parse_args()
    if not has_wrk():
        return 1
    password = "bench-password-2026"
    data = setup_environment()
    ids = create_data(password)
    from django.db import connection

    vendor = connection.vendor
    print(f"数据库:{vendor};机器:{platform.processor() or platform.machine()},{os.cpu_count()} 核;"
          f"不确定性 {args.replications} 次", flush=True)
    core = core_call(ids["province"], args.replications, data)
    print(f"核心直接调用(读库 + 评价 + 不确定性 1 进程 + 晋级路径 + xlsx):{core:.1f} s", flush=True)
    cli = cli_call(ids["province"], args.replications, data)
    print(f"命令行 kechuang evaluate(CSV,--jobs 1,xlsx):{cli:.1f} s", flush=True)
    connection.close()
    server = start_gunicorn(args.port)
    worker = subprocess.Popen([sys.executable, "-m", "kechuang", "worker"], env=os.environ.copy(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.port}"
    try:
        seconds, seen, _ = web_run(base, password, args.replications)
        print(f"网页后台任务(提交表单到完成,含排队):{seconds:.1f} s(目标 < 30 s;比核心直接调用多 "
              f"{seconds - core:+.1f} s);页面显示的进度:{' → '.join(seen)}", flush=True)
        cookies = [session(base, f"leader{i:02d}", password)[2] for i in range(LEADERS)]
        script = data / "pages.lua"
        print(f"县评价结果页 /evaluation/(20 个县领导各看本县):"
              f"{wrk(base, ['/evaluation/'], cookies, args.seconds, args.connections, script)}", flush=True)
        print(f"对照 /healthz(同一服务器):{wrk(base, ['/healthz'], cookies, args.seconds, args.connections, script)}",
              flush=True)
    finally:
        stop([server, worker], data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
