"""Where a library list's time goes in the database: the benchmark's lists (``bench_libraries_web``'s data at
``--n``) requested in process, every SQL statement they run captured, and each taking over ``--over`` ms shown with
``EXPLAIN (ANALYZE, BUFFERS)`` (PostgreSQL) or ``EXPLAIN QUERY PLAN`` (SQLite). The count of a list is cached per
table version, so each page is requested twice: cold (the count runs) and warm.

    KECHUANG_PG_PORT=5442 bash scripts/with-postgres.sh .venv/bin/python benchmarks/explain_library_lists.py --n 20000
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_libraries import write_projects
from bench_libraries_web import PASSWORD, analyse_loaded, cursors, write_talents, write_transfer
from bench_web import setup_environment


def explain(sql: str, params) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return "\n".join("    " + " ".join(str(c) for c in row) for row in cursor.fetchall())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--over", type=float, default=2.0, help="explain statements slower than this (ms)")
    args = parser.parse_args()
    setup_environment()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.enterprises.models import Enterprise
    from kechuang.web.libraries.models import Project
    from kechuang.web.talents.models import Talent
    from kechuang.web.transfer.models import Demand

    region = Region.objects.create(code="130126", name="灵寿县", level="county")
    user = get_user_model().objects.create_user("bureau", password=PASSWORD)
    Profile.objects.create(user=user, role="bureau", region=region)
    enterprise = Enterprise.objects.create(region=region, name="灵寿县基准科技有限公司", name_key="灵寿县基准科技")
    rng = random.Random(15)
    vocab = write_projects(region, args.n, max(args.n // 20, 400), rng)
    write_transfer(region, enterprise, args.n, rng)
    write_talents(region, args.n // 10)
    analyse_loaded()
    _, deep = cursors(Project.objects.filter(region=region), ("-year", "-id"), 2)
    _, demand_deep = cursors(Demand.objects.all(), ("-id",), 2)
    _, talent_deep = cursors(Talent.objects.all(), ("name", "id"), 2)
    word = random.Random(9).choice(vocab)
    pages = [("项目库列表(首页)", "/libraries/projects/"),
             ("项目库列表(随机深页)", f"/libraries/projects/?after={deep[0]}"),
             ("项目库列表(文字筛选)", f"/libraries/projects/?q={quote(word)}"),
             ("项目库列表(状态 + 年度)", "/libraries/projects/?status=closed&year=2020"),
             ("需求库列表(随机翻页)", f"/transfer/demands/?after={demand_deep[0]}"),
             ("需求库列表(文字筛选)", f"/transfer/demands/?q={quote(word)}"),
             ("成果库列表(首页)", "/transfer/achievements/"),
             ("人才库列表(随机翻页)", f"/talents/?after={talent_deep[0]}")]
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(user)
    print(f"数据库 {connection.vendor} · 项目、需求、成果各 {args.n:,} · 词 {word}", flush=True)
    for name, path in pages:
        for state in ("冷(计数)", "热"):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                assert client.get(path).status_code == 200, path
                wall = (time.perf_counter() - started) * 1000
            sql_ms = sum(float(q["time"]) for q in queries) * 1000
            print(f"\n== {name} {state}: {wall:.1f} ms,SQL {len(queries)} 条 {sql_ms:.1f} ms", flush=True)
            for q in queries:
                if float(q["time"]) * 1000 >= args.over:
                    print(f"  {float(q['time']) * 1000:.1f} ms: {q['sql'][:600]}", flush=True)
    print("\n== plans (the cache emptied before each page: its count runs again)", flush=True)
    for name, path in pages:
        cache.clear()
        client.force_login(user)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        for q in queries:
            if float(q["time"]) * 1000 >= args.over:
                print(f"\n-- {name}: {q['sql'][:300]}", flush=True)
                print(explain(q["sql"], None), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
