"""Per-request CPU of the project page (bureau, with its duplicate check) and the demand page (with its matches)
at the issue's volumes, in process (SQLite or KECHUANG_DATABASE_URL), and where it goes (cProfile).

    python benchmarks/profile_library_pages.py [--records 100000] [--requests 20] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import random
import statistics
import sys
import time
from datetime import date

from bench_libraries import write_projects
from bench_transfer import fill
from bench_web import setup_environment


def measure(client, paths: list[str], top: int, label: str) -> None:
    """Per-request CPU of ``paths`` (cProfile's own cost included unless ``top`` is 0), then where it went."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:  # the first view also puts the index in memory
        client.get(paths[0])
    print(f"{label}:一次请求 {len(queries)} 条 SQL", flush=True)
    for q in queries.captured_queries if top else []:
        print(f"  {q['time']}s  {q['sql'][:150]}", flush=True)
    walls, cpus = [], []
    profile = cProfile.Profile()
    for path in paths:
        started, cpu = time.perf_counter(), time.process_time()
        if top:
            profile.enable()
        answer = client.get(path)
        if top:
            profile.disable()
        assert answer.status_code == 200, (path, answer.status_code)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    print(f"{label}:{len(paths)} 次,每次 CPU 中位 {statistics.median(cpus):.1f} ms(最大 {max(cpus):.1f}),"
          f"墙钟中位 {statistics.median(walls):.1f} ms", flush=True)
    if not top:
        return
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats("kechuang|template|sql", top)
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    print(out.getvalue(), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--top", type=int, default=25, help="functions listed (0: no profiler, CPU alone)")
    args = parser.parse_args()
    setup_environment()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.enterprises.models import Enterprise
    from kechuang.web.libraries import index_store
    from kechuang.web.libraries.models import Project
    from kechuang.web.libraries.records import LIBRARY
    from kechuang.web.transfer.records import ACHIEVEMENTS

    try:
        from kechuang.web.libraries import stored_checks
    except ImportError:  # a tree before the stored checks: the page checks on its first view
        stored_checks = None

    region = Region.objects.create(code="130126", name="灵寿县")
    user = get_user_model().objects.create_user("bureau", password="profile-password-2026")
    Profile.objects.create(user=user, role="bureau", region=region)
    enterprise = Enterprise.objects.create(region=region, name="灵寿县基准科技有限公司", name_key="灵寿县基准科技")
    print(f"{date.today()} · 数据库 {connection.vendor} · {platform.machine()},{os.cpu_count()} 核 · "
          f"Python {platform.python_version()} · {args.records:,} 项目 + {args.records:,} 成果", flush=True)
    write_projects(region, args.records, 5000, random.Random(7))
    demands = fill(args.records, region, enterprise, user)
    index_store.SYNC_LIMIT = 10**9  # built here once, as the background job would
    for library, key in ((LIBRARY, region.pk), (ACHIEVEMENTS, None)):
        started = time.process_time()
        index_store.index_for(library, key)
        print(f"索引 {library}:CPU {time.process_time() - started:.1f} s", flush=True)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(user)
    rng = random.Random(3)
    ids = list(Project.objects.values_list("id", flat=True))
    projects = [f"/libraries/projects/{rng.choice(ids)}/" for _ in range(args.requests)]
    demand_pages = [f"/transfer/demands/{d.pk}/" for d in rng.sample(demands, min(args.requests, len(demands)))]
    if stored_checks is not None:  # what the write's background job does, for the projects opened below
        started = time.process_time()
        pks = sorted({int(path.split("/")[-2]) for path in projects})
        stored_checks.precompute(pks)
        print(f"查重结果预先计算(后台任务):每个项目 CPU {(time.process_time() - started) / len(pks) * 1000:.1f} ms",
              flush=True)
    try:
        from kechuang.web.transfer import stored_matches
    except ImportError:  # a tree before the stored matches: the page searches on its first view
        stored_matches = None
    if stored_matches is not None:  # what a demand's write queues, for the demands opened below
        started = time.process_time()
        pks = sorted({int(path.split("/")[-2]) for path in demand_pages})
        stored_matches.precompute(pks)
        print(f"需求匹配预先计算(后台任务):每个需求 CPU {(time.process_time() - started) / len(pks) * 1000:.1f} ms",
              flush=True)
    measure(client, projects, args.top, "项目页面(科技局,含查重;首次查看)")
    measure(client, projects, args.top, "项目页面(同一批再次查看:查重结果按数据版本缓存)")
    measure(client, demand_pages, args.top, "需求页面(含匹配;首次查看)")
    measure(client, demand_pages, args.top, "需求页面(同一批再次查看:匹配结果按数据版本缓存)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
