"""The 科技计划项目库 at library scale: 100,000 projects of one county in the database (SQLite or PostgreSQL).

1. Write 100,000 projects (``bulk_create``), build the region's index through the store (read from the database,
   jieba, BM25, MinHash/LSH), save it, load it as a fresh process would; memory.
2. The duplicate check of one new project through the web's path (index + the suspects read from the database),
   200 reworded re-applications of stored projects: latency and how many found the original in the top 5 —
   against, in the same run, what a competent user would write: PostgreSQL ``pg_trgm`` similarity on the title
   (GIN index; on SQLite: ``LIKE`` on the title's first six characters).
3. Search: 100 keyword queries, BM25 top 10 (the store's index) against PostgreSQL full-text
   (``to_tsvector('simple', …)`` over jieba-segmented title + summary, GIN index) and plain ``LIKE`` — latency
   and agreement with BM25's top 10.
4. The batch check of 5,000 applications (this year's, status 申报) against the 100,000 (the job, from the
   database to the stored pairs).
5. Project list, project page (with its duplicate check for the bureau) under wrk with 20 connections on
   gunicorn (``bench_web``'s method).

    python benchmarks/bench_libraries.py [--n 100000] [--apps 5000] [--seconds 15]
    KECHUANG_PG_PORT=5442 bash scripts/with-postgres.sh .venv/bin/python benchmarks/bench_libraries.py
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
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_matching import make_records, reworded, vocabulary
from bench_web import has_wrk, in_process, login, setup_environment, start_gunicorn, stop, wrk

YEAR = 2026


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[max(0, int(0.95 * len(values)) - 1)]
    return f"中位 {statistics.median(values) * 1000:.1f} ms,p95 {p95 * 1000:.1f} ms"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, *args):
    start, cpu = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - start, time.process_time() - cpu


def write_projects(region, n: int, apps: int, rng: random.Random):
    """n projects: the last ``apps`` are this year's applications, 200 of them re-applications of older ones."""
    from kechuang.web.libraries.models import Project

    vocab = vocabulary()
    records = make_records("p", n - apps, vocab, rng) + make_records("a", apps - 200, vocab, random.Random(7))
    planted = [reworded(records[rng.randrange(n - apps)], rng, i) for i in range(200)]
    rows = []
    for i, rec in enumerate(records + planted):
        is_app = i >= n - apps
        rows.append(Project(region=region, title=rec.title[:200], summary=rec.summary, applicant=rec.applicant,
                            year=YEAR if is_app else rec.year, fields="、".join(rec.fields),
                            status=Project.APPLIED if is_app else Project.CLOSED, department_name="科学技术局",
                            budget=float(10 + i % 90)))
    Project.objects.bulk_create(rows, batch_size=2000)
    return vocab


def new_applications(region, vocab, rng: random.Random, count: int = 200):
    """Re-applications of stored projects, not stored themselves: (values, the original's id)."""
    from kechuang.web.libraries.models import Project

    ids = list(Project.objects.filter(region=region, status=Project.CLOSED).values_list("id", flat=True))
    out = []
    for i, pk in enumerate(rng.sample(ids, count)):
        p = Project.objects.get(pk=pk)
        from kechuang.matching import Record

        rec = reworded(Record(id=str(pk), title=p.title, summary=p.summary, applicant=p.applicant,
                              fields=tuple(p.field_list), year=p.year), rng, i)
        out.append(({"title": rec.title, "summary": rec.summary, "applicant": rec.applicant, "year": YEAR,
                     "fields": "、".join(rec.fields)}, pk))
    return out


def check_ours(region, cases) -> tuple[list[float], int]:
    from kechuang.web.libraries.checking import check

    times, found = [], 0
    for values, original in cases:
        start = time.perf_counter()
        suspects = check(region.pk, values)
        times.append(time.perf_counter() - start)
        found += original in {s.project.pk for s in suspects}
    return times, found


def check_sql(cases) -> tuple[list[float], int, str]:
    """The competent user's duplicate check: pg_trgm similarity on the title (PostgreSQL), else LIKE."""
    from django.db import connection

    times, found = [], 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            start = time.perf_counter()
            cursor.execute("CREATE INDEX bench_title_trgm ON libraries_project USING gin (title gin_trgm_ops)")
            built = f"GIN 索引建立 {time.perf_counter() - start:.1f} s"
            sql = ("SELECT id FROM libraries_project WHERE title %% %s ORDER BY similarity(title, %s) DESC LIMIT 5")
            args = lambda v: (v["title"], v["title"])
            name = f"pg_trgm 标题相似度(similarity,{built})"
        else:
            sql = "SELECT id FROM libraries_project WHERE title LIKE %s LIMIT 5"
            args = lambda v: (f"%{v['title'][:6]}%",)
            name = "LIKE(标题前 6 字)"
        for values, original in cases:
            start = time.perf_counter()
            cursor.execute(sql, args(values))
            ids = {r[0] for r in cursor.fetchall()}
            times.append(time.perf_counter() - start)
            found += original in ids
    return times, found, name


def queries(vocab, rng: random.Random, count: int = 100) -> list[str]:
    return [" ".join(rng.sample(vocab, rng.randint(1, 2))) for _ in range(count)]


def search_ours(region, qs) -> tuple[list[float], list[set[int]]]:
    from kechuang.web.libraries import index_store
    from kechuang.web.libraries.records import LIBRARY, project_pk

    times, tops = [], []
    for q in qs:
        start = time.perf_counter()
        hits = index_store.index_for(LIBRARY, region.pk).index.search(q, k=10)
        times.append(time.perf_counter() - start)
        tops.append({project_pk(h.record.id) for h in hits})
    return times, tops


def search_sql(qs, tops) -> list[str]:
    """Full-text (PostgreSQL, jieba-segmented, GIN) and LIKE: latency and agreement with BM25's top 10."""
    import jieba
    from django.db import connection

    from kechuang.matching.text import tokenize

    out = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            start = time.perf_counter()
            cursor.execute("CREATE TABLE bench_fts (id bigint PRIMARY KEY, doc tsvector)")
            cursor.execute("SELECT id, title, summary FROM libraries_project")
            rows = [(pk, " ".join(tokenize(f"{t} {s}"))) for pk, t, s in cursor.fetchall()]
            segmented = time.perf_counter() - start
            for i in range(0, len(rows), 5000):
                cursor.executemany("INSERT INTO bench_fts VALUES (%s, to_tsvector('simple', %s))", rows[i:i + 5000])
            cursor.execute("CREATE INDEX bench_fts_gin ON bench_fts USING gin (doc)")
            built = time.perf_counter() - start
            times, agree = [], []
            for q, top in zip(qs, tops, strict=True):
                words = [w for w in jieba.lcut(q) if w.strip()]
                start = time.perf_counter()
                cursor.execute("SELECT id FROM bench_fts WHERE doc @@ plainto_tsquery('simple', %s) "
                               "ORDER BY ts_rank(doc, plainto_tsquery('simple', %s)) DESC LIMIT 10",
                               (" ".join(words), " ".join(words)))
                ids = {r[0] for r in cursor.fetchall()}
                times.append(time.perf_counter() - start)
                agree.append(len(ids & top) / max(1, len(top)))
            out.append(f"PostgreSQL 全文检索(jieba 分词 + to_tsvector('simple') + GIN;分词 {segmented:.1f} s,"
                       f"建索引共 {built:.1f} s):{ms(times)},与 BM25 前 10 重合 {statistics.mean(agree):.0%}")
        times, agree = [], []
        for q, top in zip(qs, tops, strict=True):
            word = q.split()[0]
            start = time.perf_counter()
            cursor.execute("SELECT id FROM libraries_project WHERE title LIKE %s OR summary LIKE %s LIMIT 10",
                           (f"%{word}%", f"%{word}%"))
            ids = {r[0] for r in cursor.fetchall()}
            times.append(time.perf_counter() - start)
            agree.append(len(ids & top) / max(1, len(top)))
        out.append(f"LIKE(名称或摘要含第一个词,无排序):{ms(times)},与 BM25 前 10 重合 {statistics.mean(agree):.0%}")
    return out


def batch(region, user) -> str:
    from kechuang.web.libraries.batch import batch_run
    from kechuang.web.libraries.models import BatchCheck, Project

    count = Project.objects.filter(region=region, year=YEAR, status=Project.APPLIED).count()
    job = BatchCheck.objects.create(region=region, year=YEAR, created_by=user, applications=count)
    _, wall, cpu = timed(batch_run, job.pk)
    job.refresh_from_db()
    return (f"批量查重 {count:,} 个申报项目 vs {Project.objects.count():,}:墙钟 {wall:.1f} s,CPU {cpu:.1f} s,"
            f"{job.get_status_display()},疑似重复 {job.pairs.count():,} 对")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--apps", type=int, default=5_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--port", type=int, default=8771)
    args = parser.parse_args()
    if not has_wrk():
        return 1
    data = setup_environment()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.libraries import index_store
    from kechuang.web.libraries.models import Project
    from kechuang.web.libraries.records import LIBRARY

    region = Region.objects.create(code="130126", name="灵寿县", level="county")
    password = "bench-password-2026"
    user = get_user_model().objects.create_user("bureau", password=password)
    Profile.objects.create(user=user, role="bureau", region=region)
    rng = random.Random(15)
    print(f"{date.today()} · 数据库 {connection.vendor} · {platform.machine()},{os.cpu_count()} 核 · "
          f"负载 {os.getloadavg()[0]:.1f} · Python {platform.python_version()}", flush=True)
    vocab, wall, cpu = timed(write_projects, region, args.n, args.apps, rng)
    print(f"写入 {args.n:,} 个项目(bulk_create):墙钟 {wall:.1f} s,CPU {cpu:.1f} s", flush=True)
    index_store.touch(LIBRARY, region.pk)
    before = rss_mb()
    entry, wall, cpu = timed(index_store.build, LIBRARY, region.pk)
    held = rss_mb() - before
    path, save_wall, _ = timed(index_store.save, LIBRARY, region.pk, entry)
    print(f"建立索引(从数据库读取 + jieba + BM25 + MinHash/LSH):墙钟 {wall:.1f} s,CPU {cpu:.1f} s;"
          f"索引占内存约 {held:,.0f} MB;保存 {save_wall:.1f} s({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    del entry
    index_store.forget()
    index_store.SYNC_LIMIT = 10**9  # loaded here in the call, as a worker's preload thread does
    _, wall, cpu = timed(index_store.index_for, LIBRARY, region.pk)
    print(f"新进程载入已保存的索引:墙钟 {wall:.1f} s,CPU {cpu:.1f} s;进程内存 {rss_mb():,.0f} MB", flush=True)
    cases = new_applications(region, vocab, rng)
    times, found = check_ours(region, cases)
    print(f"查重一个新项目(200 个改写的再次申报;索引 + 从数据库读出相似项目):{ms(times)};"
          f"原项目在前 5 中 {found}/200", flush=True)
    times, found, name = check_sql(cases)
    print(f"  对照 {name}:{ms(times)};原项目在前 5 中 {found}/200", flush=True)
    qs = queries(vocab, rng)
    times, tops = search_ours(region, qs)
    print(f"检索(100 个关键词查询,BM25 前 10):{ms(times)}", flush=True)
    for line in search_sql(qs, tops):
        print(f"  对照 {line}", flush=True)
    print(batch(region, user), flush=True)
    print(f"峰值内存 {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB", flush=True)
    ids = list(Project.objects.values_list("id", flat=True))
    pages = (("项目库列表(随机翻页)", [f"/libraries/projects/?page={random.randint(1, args.n // 50)}"
                                        for _ in range(200)]),
             ("项目页面(含查重,随机)", [f"/libraries/projects/{random.choice(ids)}/" for _ in range(500)]),
             ("项目库列表(文字筛选)", [f"/libraries/projects/?q={quote(random.choice(vocab))}" for _ in range(100)]))
    alone = in_process(user, [(name, paths, name) for name, paths in pages])
    connection.close()
    server = start_gunicorn(args.port)
    base = f"http://127.0.0.1:{args.port}"
    try:
        cookies = [login(base, "bureau", password)]
        import urllib.error
        import urllib.request
        from concurrent.futures import ThreadPoolExecutor

        def warm(path):  # each worker loads the saved index (at its start, in a thread) before the clock starts
            request = urllib.request.Request(base + path, headers={"Cookie": cookies[0]})
            for _ in range(600):
                try:
                    return urllib.request.urlopen(request, timeout=600).read()
                except urllib.error.HTTPError as exc:  # 503 索引正在后台建立 while it loads
                    if exc.code != 503:
                        raise
                    time.sleep(1)
            raise RuntimeError("the index did not load within 10 minutes")

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(warm, pages[1][1][:16]))
        script = data / "pages.lua"
        for name, paths in pages:
            time.sleep(3)
            print(f"{name}:{wrk(base, paths, cookies, args.seconds, args.connections, script)} | {alone[name]}",
                  flush=True)
    finally:
        stop([server], data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
