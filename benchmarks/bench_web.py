"""Page latency of the platform under load: 100 plans, 5,000 tasks, 50,000 progress reports.

Creates the data in a fresh database (SQLite under a temporary data directory, or the PostgreSQL of
KECHUANG_DATABASE_URL), starts gunicorn on loopback, logs in, and measures the status board, a
department's task list and the 台账 export with wrk (20 connections, no think time), printing p50/p95/p99
and req/s. Each request picks one of the 100 plans (board, 台账) or one of 20 department users (task list)
at random, and the page cache is emptied before each page, so the first request of every plan or
department is computed under load. The second round adds a writer that submits a progress report
through the API every few seconds (--write-every, default 5: a day's reports of the whole county in
ten minutes): each report gives its plan and region a new data version, so the pages showing it are
computed again.

    python benchmarks/bench_web.py [--seconds 15] [--connections 20]
    bash scripts/with-postgres.sh python benchmarks/bench_web.py   # the same on PostgreSQL
"""

from __future__ import annotations

import argparse
import http.cookiejar
import itertools
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

PLANS, TASKS_PER_PLAN, REPORTS_PER_TASK, DEPARTMENTS, STAFF = 100, 50, 10, 60, 20
WRITER_TOKEN = "bench-writer-token-2026"
LUA = """
init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end
request = function()
  return wrk.format("GET", paths[math.random(#paths)], {["Cookie"] = cookies[math.random(#cookies)]})
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %d %d %d %d %d %d %d\\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.duration, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.timeout))
end
"""


def setup_environment() -> Path:
    data = Path(tempfile.mkdtemp(prefix="kechuang-bench-"))
    os.environ["KECHUANG_DATA_DIR"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kechuang.web.settings")
    os.environ.setdefault("KECHUANG_TODAY", "2026-11-21")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    return data


def create_data(password: str) -> dict:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from kechuang.web.accounts.models import ApiToken, Department, Profile, Region, token_digest
    from kechuang.web.plans.models import Plan, Target, Task
    from kechuang.web.supervision.models import Assignment, Report

    rng = random.Random(7)
    started = time.perf_counter()
    with transaction.atomic():
        region = Region.objects.create(code="130126", name="灵寿县")
        departments = Department.objects.bulk_create(
            Department(region=region, name=f"灵寿县第{i:02d}局") for i in range(DEPARTMENTS))
        confirmed = timezone.now() - timedelta(days=400)
        plans = Plan.objects.bulk_create(
            Plan(region=region, title=f"基准方案{i:03d}", text="基准方案正文" * 200, status=Plan.CONFIRMED,
                 start_date=date(2024, 1, 1), confirmed_at=confirmed) for i in range(PLANS))
        tasks = Task.objects.bulk_create(
            Task(plan=p, position=j, path=f"{j // 5 + 1}/{j % 5 + 1}", title=f"任务{j}:推进科技创新平台建设",
                 lead_units=[], deadline=date(2026 + rng.randint(0, 2), 12, 31))
            for p in plans for j in range(TASKS_PER_PLAN))
        Target.objects.bulk_create(Target(task=t, indicator="高新技术企业数", value="30", unit="家", year=2026)
                                   for t in tasks[::2])
        assignments, reports = [], []
        for t in tasks:
            chosen = rng.sample(departments, 3)
            assignments += [Assignment(task=t, department=d, role=r)
                            for d, r in zip(chosen, ("lead", "responsible", "cooperating"), strict=True)]
            for k in range(REPORTS_PER_TASK):
                month = date(2025, 12, 1) + timedelta(days=31 * k)
                status = rng.choice([Report.APPROVED] * 6 + [Report.SUBMITTED] * 2 + [Report.RETURNED])
                reports.append(Report(task=t, department=chosen[k % 2], period=f"{month.year}-{month.month:02d}",
                                      text="本月推进情况:完成阶段性工作。" * 3, percent=min(100, 10 * (k + 1)),
                                      status=status))
        Assignment.objects.bulk_create(assignments, batch_size=5000)
        Report.objects.bulk_create(reports, batch_size=5000)
        hashed = make_password(password)
        User = get_user_model()
        leader = User.objects.create(username="leader", password=hashed)
        Profile.objects.create(user=leader, role="leader", region=region)
        load = {d.id: sum(1 for a in assignments if a.department_id == d.id) for d in departments}
        busiest = sorted(departments, key=lambda d: -load[d.id])[:STAFF]
        for i, d in enumerate(busiest):
            staff = User.objects.create(username=f"staff{i:02d}", password=hashed)
            Profile.objects.create(user=staff, role="department", region=region, department=d)
        ApiToken.objects.create(user=User.objects.get(username="staff00"), digest=token_digest(WRITER_TOKEN))
        writer_tasks = [a.task_id for a in assignments if a.department_id == busiest[0].id]
    counts = [load[d.id] for d in busiest]
    print(f"数据:{PLANS} 个方案,{len(tasks)} 项任务,{len(reports)} 份报告,{len(assignments)} 条分工"
          f"(用时 {time.perf_counter() - started:.1f} s);")
    print(f"{STAFF} 个部门用户,任务列表含 {min(counts)}–{max(counts)} 条分工")
    return {"plans": [p.id for p in plans], "writer_tasks": writer_tasks}


def login(base: str, username: str, password: str) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{base}/login/").read()
    csrf = next(c.value for c in jar if c.name == "csrftoken")
    body = urllib.parse.urlencode({"username": username, "password": password, "csrfmiddlewaretoken": csrf}).encode()
    opener.open(urllib.request.Request(f"{base}/login/", body, headers={"Referer": f"{base}/login/"})).read()
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def _lua_list(values: list[str]) -> str:
    return "{" + ", ".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def wrk(base: str, paths: list[str], cookies: list[str], seconds: int, connections: int, script: Path) -> str:
    script.write_text(f"paths = {_lua_list(paths)}\ncookies = {_lua_list(cookies)}\n{LUA}")
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    p50, p95, p99, requests, errors, duration, *kinds = next(
        line.split()[1:] for line in out.splitlines() if line.startswith("RESULT"))
    rate = int(requests) / (int(duration) / 1e6)
    detail = ",".join(f"{n} {k}" for n, k in zip(("状态码", "连接", "读取", "超时"), kinds, strict=True) if k != "0")
    return (f"p50 {float(p50):.0f} ms · p95 {float(p95):.0f} ms · p99 {float(p99):.0f} ms · {rate:.0f} req/s"
            f" · 错误 {errors}" + (f"({detail})" if detail else ""))


REPORTS = itertools.count()


class Writer(threading.Thread):
    """Submits a progress report through the API every ``interval`` seconds (a department at work)."""

    def __init__(self, base: str, tasks: list[int], interval: float = 1.0):
        super().__init__(daemon=True)
        self.base, self.tasks, self.interval = base, tasks, interval
        self.stop, self.written, self.failed = threading.Event(), 0, 0

    def run(self) -> None:
        while not self.stop.wait(self.interval):
            k = next(REPORTS)  # counted across the writers of all pages
            task = self.tasks[k % len(self.tasks)]
            back = k // len(self.tasks)  # one report per task and period: each round reports an earlier month
            month = 2026 * 12 + 10 - back
            period = f"{month // 12}-{month % 12 + 1:02d}"
            body = urllib.parse.urlencode({"period": period, "text": "本月进展(基准测试写入)",
                                           "percent": str(10 + k % 90)}).encode()
            request = urllib.request.Request(f"{self.base}/api/v1/tasks/{task}/reports", body, headers={
                "Authorization": f"Bearer {WRITER_TOKEN}", "Content-Type": "application/x-www-form-urlencoded"})
            try:
                urllib.request.urlopen(request, timeout=10).read()
                self.written += 1
            except OSError:
                self.failed += 1


def has_wrk() -> bool:
    if not shutil.which("wrk"):
        print("需要 wrk(Debian 软件包 wrk;make system-deps 会安装)", file=sys.stderr)
    return bool(shutil.which("wrk"))


def prepare(password: str) -> tuple[Path, dict, str]:
    """The data in a fresh database; returns the data directory, the ids and the database's vendor."""
    data = setup_environment()
    ids = create_data(password)
    from django.db import connection

    vendor = connection.vendor
    connection.close()  # the servers open their own
    return data, ids, vendor


def start_gunicorn(port: int) -> subprocess.Popen:
    """gunicorn (2 workers × 4 threads, gthread) on loopback, once it answers /healthz."""
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "kechuang.web.wsgi:application", "--bind",
                               f"127.0.0.1:{port}", "--workers", "2", "--threads", "4", "--worker-class",
                               "gthread", "--log-level", "warning", "--config", "python:kechuang.web.gunicorn_conf"],
                              env=os.environ.copy())
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            break
        except OSError:
            time.sleep(0.2)
    return server


def run_pages(pages: list[tuple[str, list[str]]], user, password: str, port: int, seconds: int, connections: int,
              data: Path, *, line=None, before=None) -> None:
    """The page benchmarks' common loop: each page's median wall and CPU in process (what the shared machine does
    not blur), then gunicorn 2 × 4 gthread, ``user`` logged in, ``before(base, cookie)`` (say, waiting for the
    indexes), and for each page wrk with the server's CPU a request; ``line(name, result, cpu)`` formats a line.
    Stops the server and removes ``data``."""
    from django.db import connection

    alone = in_process(user, [(name, paths, name) for name, paths in pages])
    connection.close()  # the servers open their own
    server = start_gunicorn(port)
    base = f"http://127.0.0.1:{port}"
    try:
        cookie = login(base, user.username, password)
        if before is not None:
            before(base, cookie)
        script = data / "pages.lua"
        for name, paths in pages:
            time.sleep(3)
            started = process_cpu(server.pid)
            result = wrk(base, paths, [cookie], seconds, connections, script)
            served = float(re.search(r"([\d.]+) req/s", result).group(1)) * seconds
            cpu = (process_cpu(server.pid) - started) * 1000 / max(served, 1)
            shown = line(name, result, cpu) if line else f"{result} · 服务端 CPU {cpu:.1f} ms/请求"
            print(f"{name}:{shown} | {alone[name]} | 负载 {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        stop([server], data)


def in_process(user, pages) -> dict[str, str]:
    """Median wall and CPU ms of each page rendered in process (Django's test client, 20 requests): the CPU a
    page costs whatever else the shared machine runs."""
    from django.conf import settings
    from django.test import Client

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(user)
    out = {}
    for _, paths, key in pages:
        walls, cpus = [], []
        for path in paths[:20]:
            started, cpu = time.perf_counter(), time.process_time()
            assert client.get(path).status_code == 200, path
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        out[key] = f"进程内单次 墙钟 {statistics.median(walls):.0f} ms / CPU {statistics.median(cpus):.0f} ms"
    return out


def process_cpu(root: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children (gunicorn's workers), from /proc."""
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # a process that ended meanwhile
            continue
        if int(stat.parent.name) == root or int(fields[1]) == root:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--write-every", type=float, default=5.0,
                        help="seconds between two reports of the writer in the second round (default 5)")
    args = parser.parse_args()
    if not has_wrk():
        return 1
    password = "bench-password-2026"
    data, ids, vendor = prepare(password)
    server = start_gunicorn(args.port)
    # The job worker builds the exports that are not cached (a cold request answers 202 at once).
    worker = subprocess.Popen([sys.executable, "-m", "kechuang", "worker"], env=os.environ.copy(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.port}"
    try:
        script = data / "pages.lua"
        print(f"数据库:{vendor};机器:{platform.processor() or platform.machine()},{os.cpu_count()} 核;"
              f"{args.connections} 个并发连接,每页 {args.seconds} s;gunicorn 2×4(gthread)")
        leader = [login(base, "leader", password)]
        staff = [login(base, f"staff{i:02d}", password) for i in range(STAFF)]
        one = ids["plans"][PLANS // 2]
        boards = [f"/plans/{p}/board/" for p in ids["plans"]]
        ledgers = [f"/plans/{p}/ledger.xlsx" for p in ids["plans"]]
        pages = (("督办看板(同一方案,50 项任务)", [f"/plans/{one}/board/"], leader),
                 ("督办看板(100 个方案随机)", boards, leader),
                 ("部门任务列表(20 个部门随机)", ["/my/tasks/"], staff),
                 ("台账导出 xlsx(同一方案)", [f"/plans/{one}/ledger.xlsx"], leader),
                 ("台账导出 xlsx(100 个方案随机)", ledgers, leader))
        for writes in (False, True):
            print(f"—— 同时每 {args.write_every:g} s 经 API 报送 1 份进展报告 ——" if writes else "—— 只读 ——",
                  flush=True)
            for name, paths, cookies in pages:
                time.sleep(5)  # requests of the previous page that timed out in wrk finish first
                shutil.rmtree(data / "cache", ignore_errors=True)  # every plan's first request is computed
                writer = Writer(base, ids["writer_tasks"], args.write_every) if writes else None
                if writer:
                    writer.start()
                result = wrk(base, paths, cookies, args.seconds, args.connections, script)
                if writer:
                    writer.stop.set()
                    writer.join()
                    result += f" · 写入 {writer.written} 份(失败 {writer.failed})"
                print(f"{name}:{result}", flush=True)
    finally:
        stop([server, worker], data)
    return 0


def stop(processes: list[subprocess.Popen], data: Path) -> None:
    """Stop the servers and the worker, and remove the benchmark's data directory."""
    for process in processes:
        process.terminate()
        process.wait(timeout=30)
    shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
