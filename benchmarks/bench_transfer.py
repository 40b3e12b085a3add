"""The transfer libraries at the issue's scale: 100,000 achievements, the matches of one demand, the pages.

1. Index: the first build from the database (segmentation + save), the load by a new process, the refresh after
   one edit, memory.
2. Top-10 matches for one demand (``matches_for_demand``: retrieval, visibility, re-ranking, explanations and
   highlighting), 50 demands, median and p95 — against what a competent user would write in SQL: the demand's
   words as ``LIKE '%…%'`` on title and summary, ranked by how many words match (SQLite and PostgreSQL), and on
   PostgreSQL pg_trgm ``similarity`` on the title with a GIN trigram index.
3. The demand page (matches included) and the achievement list under wrk, 20 connections, gunicorn
   (``bench_web``'s method).

    python benchmarks/bench_transfer.py [--n 100000] [--seconds 15] [--connections 20]
    bash scripts/with-postgres.sh python benchmarks/bench_transfer.py
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import time
from datetime import date

from bench_matching import make_records, vocabulary
from bench_web import has_wrk, in_process, login, setup_environment, start_gunicorn, stop, wrk

DEMANDS = 50


def fill(n: int, region, enterprise, user) -> list:
    from kechuang.web.transfer.models import Achievement, Demand

    rng = random.Random(7)
    vocab = vocabulary()
    started = time.perf_counter()
    batch = []
    for rec in make_records("a", n, vocab, rng):
        batch.append(Achievement(region=region, holder=rec.applicant, holder_kind="university", title=rec.title[:200],
                                 summary=rec.summary, fields=list(rec.fields), maturity=rng.randint(3, 9),
                                 price=rng.randint(1, 500) * 1_000_000, modes=["license"]))
        if len(batch) == 5000:
            Achievement.objects.bulk_create(batch)
            batch = []
    Achievement.objects.bulk_create(batch)
    demands = [Demand.objects.create(region=region, enterprise=enterprise, title=rec.title[:200], problem=rec.summary,
                                     fields=list(rec.fields), budget=rng.randint(10, 300) * 1_000_000,
                                     maturity=rng.randint(4, 8), created_by=user)
               for rec in make_records("d", DEMANDS, vocab, random.Random(8))]
    print(f"数据:{n:,} 项成果、{DEMANDS} 项需求(批量写入 {time.perf_counter() - started:.1f} s)", flush=True)
    return demands


def ms(values: list[float]) -> str:
    values = sorted(values)
    return f"中位 {statistics.median(values):.1f} ms · p95 {values[int(len(values) * 0.95) - 1]:.1f} ms"


def index_figures(user, demands) -> None:
    from django.core.cache import cache

    from kechuang.web.libraries import index_store
    from kechuang.web.transfer import matching
    from kechuang.web.transfer.records import ACHIEVEMENTS
    from kechuang.web.transfer.services import AchievementInput, achievement_update

    index_store.SYNC_LIMIT = 10**9  # measured here as the background job of a server runs it
    started, cpu = time.perf_counter(), time.process_time()
    index_store.index_for(ACHIEVEMENTS)
    matching.matches_for_demand(user, demands[0])  # BM25 built at the first search
    print(f"索引首次建立(分词 + BM25 + 保存):墙钟 {time.perf_counter() - started:.1f} s,"
          f"CPU {time.process_time() - cpu:.1f} s", flush=True)
    index_store.forget()  # a new process: loads the saved copy
    cache.clear()  # the matches of demands[0] were kept by data version (index_store.cached): compute them again
    started, cpu = time.perf_counter(), time.process_time()
    matching.matches_for_demand(user, demands[0])
    print(f"新进程载入已保存索引并首次查询:墙钟 {time.perf_counter() - started:.1f} s,"
          f"CPU {time.process_time() - cpu:.1f} s", flush=True)
    one = index_store.index_for(ACHIEVEMENTS).records[0].extra["pk"]
    from kechuang.web.transfer.models import Achievement

    row = Achievement.objects.get(pk=one)
    achievement_update(user, row, AchievementInput(title=row.title + "(修订)", holder=row.holder,
                                                   holder_kind=row.holder_kind, summary=row.summary,
                                                   fields=row.fields, maturity=row.maturity))
    started, cpu = time.perf_counter(), time.process_time()
    matching.matches_for_demand(user, demands[0])
    print(f"修改 1 项后的首次查询(增量分词 + BM25 重建):墙钟 {time.perf_counter() - started:.1f} s,"
          f"CPU {time.process_time() - cpu:.1f} s", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"进程内存峰值(含 Django 与数据生成):{rss:.0f} MB", flush=True)


def query_figures(user, demands) -> None:
    """First views: the matches are computed (the cache of index_store.cached emptied first)."""
    from django.core.cache import cache

    from kechuang.web.transfer import matching

    cache.clear()

    times, cpus = [], []
    for demand in demands:
        started, cpu = time.perf_counter(), time.process_time()
        hits = matching.matches_for_demand(user, demand)
        times.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        assert len(hits) == 10
    print(f"一项需求的前 10 项匹配(检索 + 权限 + 重排 + 理由 + 高亮):墙钟 {ms(times)};CPU {ms(cpus)}", flush=True)


def sql_like(demands) -> None:
    """The demand's words (jieba, as a user would pick them) as LIKE on title and summary, ranked by matches."""
    from django.db import connection

    from kechuang.matching.text import tokenize

    times = []
    for demand in demands:
        words = list(dict.fromkeys(w for w in tokenize(demand.title) if len(w) > 1))[:6]
        score = " + ".join(["(CASE WHEN title LIKE %s OR summary LIKE %s THEN 1 ELSE 0 END)"] * len(words))
        where = " OR ".join(["title LIKE %s OR summary LIKE %s"] * len(words))
        params = [f"%{w}%" for w in words for _ in (0, 1)]
        sql = (f"SELECT id, title, {score} AS hits FROM transfer_achievement WHERE ({where}) "
               f"AND status <> 'withdrawn' ORDER BY hits DESC, id LIMIT 10")
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(sql, params + params)
            cursor.fetchall()
        times.append((time.perf_counter() - started) * 1000)
    print(f"对照 SQL LIKE(需求的词在名称/简介中出现的个数排序,{connection.vendor}):{ms(times)}", flush=True)


def pg_trigram(demands) -> None:
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        started = time.perf_counter()
        cursor.execute("CREATE INDEX IF NOT EXISTS bench_achievement_title_trgm ON transfer_achievement "
                       "USING gin (title gin_trgm_ops)")
        built = time.perf_counter() - started
        cursor.execute("SELECT show_trgm('食用菌菌渣')")
        grams = cursor.fetchone()[0]
    times, found = [], []
    for demand in demands:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM transfer_achievement WHERE title %% %s ORDER BY similarity(title, %s) DESC "
                           "LIMIT 10", [demand.title, demand.title])
            found.append(len(cursor.fetchall()))
        times.append((time.perf_counter() - started) * 1000)
    print(f"对照 PostgreSQL pg_trgm(名称相似度,GIN 索引建立 {built:.1f} s;中文三元组 {grams[:4]}…):{ms(times)},"
          f"平均返回 {statistics.mean(found):.1f} 项", flush=True)


def warm_up(base: str, cookie: str, paths: list[str], timeout: float = 900) -> float:
    """Seconds until 20 page views in a row (both workers) show matches, not the 正在后台建立 notice (the workers
    load the saved index in a background thread when they start: gunicorn_conf.post_worker_init)."""
    import urllib.request

    started, ready = time.perf_counter(), 0
    while ready < 20 and time.perf_counter() - started < timeout:
        request = urllib.request.Request(base + random.choice(paths), headers={"Cookie": cookie})
        body = urllib.request.urlopen(request, timeout=120).read().decode("utf-8")
        ready = 0 if "索引正在后台建立" in body else ready + 1
        if not ready:
            time.sleep(2)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--port", type=int, default=18443)
    args = parser.parse_args()
    if not has_wrk():
        return 1
    data = setup_environment()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.enterprises.models import Enterprise

    region = Region.objects.create(code="130126", name="灵寿县")
    password = "bench-password-2026"
    user = get_user_model().objects.create_user("bureau", password=password)
    Profile.objects.create(user=user, role="bureau", region=region)
    enterprise = Enterprise.objects.create(region=region, name="灵寿县基准科技有限公司", name_key="灵寿县基准科技")
    print(f"{date.today()} · 数据库 {connection.vendor} · {platform.processor() or platform.machine()},"
          f"{os.cpu_count()} 核 · Python {platform.python_version()}", flush=True)
    demands = fill(args.n, region, enterprise, user)
    index_figures(user, demands)
    query_figures(user, demands)
    sql_like(demands)
    pg_trigram(demands)
    pages = (("需求页面(含前 10 项匹配与理由)", [f"/transfer/demands/{d.pk}/" for d in demands]),
             ("成果库列表(随机翻页)", [f"/transfer/achievements/?page={random.randint(1, args.n // 50)}"
                                  for _ in range(200)]))
    timed = in_process(user, [(name, paths, name) for name, paths in pages])  # the registry benchmark's method
    alone = [timed[name] for name, _ in pages]
    connection.close()
    server = start_gunicorn(args.port)
    base = f"http://127.0.0.1:{args.port}"
    try:
        cookies = [login(base, "bureau", password)]
        script = data / "pages.lua"
        print(f"服务进程载入索引(启动时后台线程,先显示“正在后台建立”):{warm_up(base, cookies[0], pages[0][1]):.0f} s",
              flush=True)
        for (name, paths), single in zip(pages, alone, strict=True):
            time.sleep(3)
            print(f"{name}:{wrk(base, paths, cookies, args.seconds, args.connections, script)} | {single}",
                  flush=True)
    finally:
        stop([server], data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
