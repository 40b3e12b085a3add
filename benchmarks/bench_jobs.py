"""Cold 台账 downloads with background jobs: 20 clients ask for the 台账 of 100 plans from an empty cache.

Builds the data of bench_web.py (100 plans, 5,000 tasks, 50,000 reports), starts one or two gunicorns (2
workers × 4 threads each) and one job worker (`kechuang worker`, 2 processes), empties the page cache, and runs
wrk (20 connections in all, each request one of the 100 台账 at random) for --seconds. A cold request answers
at once (202, the page that waits) and queues one job per plan; once a plan's job is done its 台账 is sent from
the cache. Prints the requests' p50/p95/p99 (target p95 < 300 ms) and the jobs' throughput: plans per second
from the first request until all 100 台账 are built.

    python benchmarks/bench_jobs.py                                      # SQLite, the SQLite queue
    KECHUANG_PG_PORT=5443 bash scripts/with-postgres.sh python benchmarks/bench_jobs.py
    bash scripts/with-redis.sh python benchmarks/bench_jobs.py --servers 2   # two app servers sharing Redis
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import PLANS, has_wrk, login, prepare, start_gunicorn, stop, wrk


def empty_cache(data: Path) -> None:
    from django.core.cache import cache

    shutil.rmtree(data / "cache", ignore_errors=True)
    if os.environ.get("KECHUANG_REDIS_URL"):
        cache.clear()  # the throw-away Redis of scripts/with-redis.sh: the queue is empty too


class JobWatch(threading.Thread):
    """Counts finished 台账 jobs every 0.1 s until all are done or ``limit`` seconds passed."""

    def __init__(self, expected: int, limit: float):
        super().__init__(daemon=True)
        self.expected, self.limit, self.started = expected, limit, time.monotonic()
        self.done_after: float | None = None
        self.done = self.failed = self.jobs = 0

    def run(self) -> None:
        from django.db import connection

        from kechuang.web.jobs.models import Job

        while time.monotonic() - self.started < self.limit:
            counts = {s: Job.objects.filter(kind="ledger", status=s).count() for s in ("done", "failed")}
            self.done, self.failed = counts["done"], counts["failed"]
            self.jobs = Job.objects.filter(kind="ledger").count()
            if self.done + self.failed >= self.expected:
                self.done_after = time.monotonic() - self.started
                break
            time.sleep(0.1)
        runs = sorted((j.finished_at - j.started_at).total_seconds() for j in Job.objects.filter(
            kind="ledger", status="done"))
        self.median_run = runs[len(runs) // 2] if runs else float("nan")
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=30, help="how long wrk runs (default 30)")
    parser.add_argument("--connections", type=int, default=20, help="connections in all (default 20)")
    parser.add_argument("--servers", type=int, default=1, choices=(1, 2), help="gunicorns on two ports (Redis)")
    parser.add_argument("--port", type=int, default=8775)
    parser.add_argument("--drain", action="store_true",
                        help="ask for each 台账 once (no wrk) and time the worker alone")
    args = parser.parse_args()
    if not has_wrk():
        return 1
    if args.servers > 1 and not os.environ.get("KECHUANG_REDIS_URL"):
        print("两个应用服务器须共享缓存与队列:请用 bash scripts/with-redis.sh 运行", file=sys.stderr)
        return 1
    password = "bench-password-2026"
    data, ids, vendor = prepare(password)
    ports = [args.port + i for i in range(args.servers)]
    servers = [start_gunicorn(port) for port in ports]
    worker = None
    try:
        cookie = [login(f"http://127.0.0.1:{ports[0]}", "leader", password)]  # sessions live in the database
        empty_cache(data)
        worker = subprocess.Popen([sys.executable, "-m", "kechuang", "worker", "--processes", "2"],
                                  env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(2)  # the worker is up before the first request
        queue = "Redis" if os.environ.get("KECHUANG_REDIS_URL") else "SQLite"
        print(f"数据库:{vendor};队列与缓存:{queue};机器:{platform.processor() or platform.machine()},"
              f"{os.cpu_count()} 核;{args.servers} 个 gunicorn(各 2×4 gthread)+ 1 个 worker(2 进程);"
              f"{args.connections} 个连接,{args.seconds} s", flush=True)
        ledgers = [f"/plans/{p}/ledger.xlsx" for p in ids["plans"]]
        watch = JobWatch(PLANS, args.seconds + 60)
        watch.start()
        results: list[str] = [""] * len(ports)

        def run(i: int, port: int) -> None:
            results[i] = wrk(f"http://127.0.0.1:{port}", ledgers, cookie, args.seconds,
                             args.connections // len(ports), data / f"cold-{port}.lua")

        if args.drain:  # each 台账 asked for once, then nothing: the worker alone on the machine
            for path in ledgers:
                request = urllib.request.Request(f"http://127.0.0.1:{ports[0]}{path}",
                                                 headers={"Cookie": cookie[0], "Accept": "application/json"})
                urllib.request.urlopen(request, timeout=10).read()
            watch.join()
        else:
            threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(ports)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            watch.join()
            for port, result in zip(ports, results, strict=True):
                print(f"台账冷缓存下载(100 个方案随机,端口 {port}):{result}")
        if watch.done_after is None:
            print(f"后台任务:{watch.jobs} 个台账任务,{watch.done} 个完成,{watch.failed} 个失败(未全部完成)")
        else:
            print(f"后台任务:{watch.jobs} 个台账任务(每个方案 1 个),{watch.done} 个完成,{watch.failed} 个失败;"
                  f"全部完成用时 {watch.done_after:.1f} s,{PLANS / watch.done_after:.1f} 个方案/s;"
                  f"每个任务运行时间中位数 {watch.median_run * 1000:.0f} ms")
    finally:
        stop([*servers, *([worker] if worker else [])], data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
