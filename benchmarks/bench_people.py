"""The 人才库 at scale: 100,000 talents (10 % 特派员) and 10,000 carriers in one county.

1. The library pages in process (Django's test client, the bureau's session, one request at a time): the list
   (random page), the list searched by a word of the fields or expertise, a talent's page, the carriers' list.
2. Finding people for a query, side by side in the same run: the page's ORM filter (``icontains`` on name, unit,
   fields, expertise: SQL LIKE), the same as one hand-written SQL LIKE, the Python BM25 index of
   ``kechuang.matching`` over ``match_records`` (build once, then top 10), and on PostgreSQL a trigram (pg_trgm
   GIN) index on the expertise.
3. Import of 10,000 talents through the preview and the commit (ID numbers checked, history, counts fed).

    python benchmarks/bench_people.py [--n 100000]
    KECHUANG_PG_PORT=5444 bash scripts/with-postgres.sh python benchmarks/bench_people.py
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_web import setup_environment

FIELDS = ("果树栽培", "食用菌", "畜牧养殖", "中药材", "农产品加工", "新材料", "智能制造", "电子信息", "生物医药",
          "节能环保", "农业物联网", "水产养殖", "设施蔬菜", "土壤改良", "植物保护")
SKILLS = ("矮化密植", "菌棒生产", "疫病防控", "规范化种植", "冷链保鲜", "复合材料", "数控改造", "遥感监测",
          "疫苗研发", "污水处理", "水肥一体化", "病虫害绿色防控", "品种选育", "秸秆资源化", "智能温室")
QUERIES = ("食用菌", "病虫害绿色防控", "数控改造", "冷链", "疫苗研发", "石墨烯")  # the last matches nobody


def create(n: int):
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.carriers.models import KINDS, LEVELS, Carrier
    from kechuang.web.talents.models import Talent

    rng = random.Random(5)
    region = Region.objects.create(code="130126", name="灵寿县", level="county")
    bureau = get_user_model().objects.create_user("bureau", password="correct-horse-battery")
    Profile.objects.create(user=bureau, role="bureau", region=region)
    started = time.perf_counter()
    with transaction.atomic():
        rows = []
        for i in range(n):
            fields = rng.sample(FIELDS, 2)
            skills = rng.sample(SKILLS, 3)
            category = ",specialist," if i % 10 == 0 else ",expert," if i % 3 else ",high_level,expert,"
            rows.append(Talent(region=region, name=f"基准人才{i:06d}", categories=category, title="高级农艺师",
                               affiliation=f"灵寿县第{i % 300}农技站", fields="、".join(fields),
                               expertise=f"{fields[0]}{skills[0]}与{skills[1]},兼顾{skills[2]}技术推广",
                               contact=f"1300{i:07d}", entered_on=date(2020 + i % 6, 1 + i % 12, 1)))
        Talent.objects.bulk_create(rows, batch_size=2000)
        Carrier.objects.bulk_create([Carrier(region=region, name=f"基准载体{i:05d}", kind=KINDS[i % 10][0],
                                             level=LEVELS[i % 4][0], host_name=f"依托单位{i}",
                                             recognised_on=date(2015 + i % 10, 1, 1)) for i in range(n // 10)],
                                    batch_size=2000)
    print(f"data: {n:,} talents, {n // 10:,} carriers in {time.perf_counter() - started:.1f} s")
    return region, bureau


def timed(call, runs: int) -> tuple[float, float]:
    """p50 and p95 in ms (wall)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def pages(bureau, n: int) -> None:
    from django.test import Client

    from kechuang.web.talents.models import Talent

    client = Client(HTTP_HOST="localhost")
    client.force_login(bureau)
    rng = random.Random(9)
    first = Talent.objects.order_by("id").values_list("id", flat=True).first()
    calls = {
        "人才库 list, random page": lambda: client.get(f"/talents/?page={rng.randint(1, n // 50)}"),
        "人才库 list searched (q=食用菌)": lambda: client.get("/talents/?q=食用菌"),
        "talent page": lambda: client.get(f"/talents/{first + rng.randint(0, n - 1)}/"),
        "载体 list with counts": lambda: client.get(f"/carriers/?page={rng.randint(1, n // 500)}"),
        "特派员 board (10 % of the library)": lambda: client.get("/talents/specialists/"),
    }
    for name, call in calls.items():
        assert call().status_code == 200
        runs = 5 if "board" in name else 30
        p50, p95 = timed(call, runs)
        print(f"page  {name:40s} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms   ({runs} requests)")


def search(region, bureau) -> None:
    from django.db import connection

    from kechuang.matching import MatchIndex
    from kechuang.web.talents.selectors import match_records, talent_list

    started = time.perf_counter()
    records = match_records(region)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    index = MatchIndex(records)
    index.search("食用菌", k=10)  # the first search builds BM25
    built = time.perf_counter() - started
    print(f"index {len(records):,} experts/特派员: records read {loaded:.1f} s, MatchIndex built {built:.1f} s")
    table = '"talents_talent"'
    for q in QUERIES:
        orm = timed(lambda q=q: list(talent_list(bureau, q=q)[:50]) and talent_list(bureau, q=q).count(), 10)

        def raw(q=q):
            with connection.cursor() as cursor:
                like = f"%{q}%"
                cursor.execute(f"SELECT id, name FROM {table} WHERE region_id = %s AND (name LIKE %s OR "
                               f"affiliation LIKE %s OR fields LIKE %s OR expertise LIKE %s) ORDER BY name LIMIT 50",
                               [region.pk, like, like, like, like])
                return cursor.fetchall()

        sql = timed(raw, 10)
        bm25 = timed(lambda q=q: index.search(q, k=10), 10)
        hits = talent_list(bureau, q=q).count()
        print(f"query {q:10s} matches {hits:6,}  ORM LIKE+count p50 {orm[0]:7.1f} ms · raw SQL LIKE top 50 "
              f"p50 {sql[0]:7.1f} ms · BM25 top 10 p50 {bm25[0]:6.1f} ms")
    if connection.vendor == "postgresql":
        trigram(region, table)


def trigram(region, table: str) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception as exc:
            print(f"pg_trgm unavailable: {exc}")
            return
        started = time.perf_counter()
        cursor.execute(f"CREATE INDEX bench_talent_trgm ON {table} USING gin (expertise gin_trgm_ops)")
        cursor.execute(f"ANALYZE {table}")
        print(f"pg_trgm GIN index on expertise built in {time.perf_counter() - started:.1f} s")
        for q in QUERIES:
            def run(q=q):
                cursor.execute(f"SELECT id FROM {table} WHERE expertise LIKE %s LIMIT 50", [f"%{q}%"])
                return cursor.fetchall()

            cursor.execute(f"EXPLAIN SELECT id FROM {table} WHERE expertise LIKE %s LIMIT 50", [f"%{q}%"])
            plan = " ".join(r[0] for r in cursor.fetchall())
            p50, _ = timed(run, 10)
            print(f"trgm  {q:10s} p50 {p50:7.1f} ms  plan uses the index: {'bench_talent_trgm' in plan}")


def import_10000(region, bureau) -> None:
    import tempfile

    from openpyxl import Workbook

    from kechuang.web.talents.imports import talent_commit, talent_plan

    book = Workbook(write_only=True)
    sheet = book.create_sheet("人才")
    sheet.append(["姓名", "人才类别", "身份证号", "工作单位", "专业领域", "专长"])
    for i in range(10_000):
        sheet.append([f"导入人才{i:05d}", "专家", "", f"导入单位{i % 40}", "食用菌、果树栽培", "菌棒生产与矮化密植"])
    path = Path(tempfile.mkdtemp()) / "人才.xlsx"
    book.save(path)
    started, cpu = time.perf_counter(), time.process_time()
    plan = talent_plan(region.pk, path, path.name)
    previewed = time.perf_counter() - started
    written = talent_commit(bureau, region.pk, plan, False)
    print(f"import 10,000 talents: preview {previewed:.1f} s, preview + commit {time.perf_counter() - started:.1f} s "
          f"wall / {time.process_time() - cpu:.1f} s CPU ({written:,} written)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    setup_environment()
    from django.db import connection

    load = os.getloadavg()[0]
    print(f"{date.today()} {platform.machine()}, {os.cpu_count()} cores, load {load:.1f}, "
          f"Python {platform.python_version()}, {connection.vendor}")
    region, bureau = create(args.n)
    pages(bureau, args.n)
    search(region, bureau)
    import_10000(region, bureau)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
