"""The library pages at the issue's scale under load: 100,000 projects, 100,000 demands, 100,000 achievements and
10,000 talents of one county; wrk with 20 connections on gunicorn 2 × 4 gthread (``bench_web``'s method), the
saved match indexes built before the clock starts and loaded by both workers.

Pages: the project list (first page, page 50 by cursor, a random deep page, a text filter, a status + year
filter), a project's page for the bureau (with its duplicate check), the demand list, a demand's page (top-10
matches with reasons), the achievement list, the talent list. Each line also gives the page's wall and CPU time
in process (one request at a time), the CPU the machine's load leaves aside.

    python benchmarks/bench_libraries_web.py [--n 100000] [--seconds 15] [--connections 20]
    KECHUANG_PG_PORT=5443 bash scripts/with-postgres.sh .venv/bin/python benchmarks/bench_libraries_web.py
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_libraries import timed, write_projects
from bench_matching import make_records, vocabulary
from bench_web import has_wrk, run_pages, setup_environment

PASSWORD = "bench-password-2026"
DEMAND_PAGES = 5000  # distinct demands the run opens


def write_transfer(region, enterprise, n: int, rng: random.Random) -> None:
    """n achievements and n demands (``bulk_create``, as ``bench_transfer`` writes the achievements)."""
    from kechuang.web.transfer.models import Achievement, Demand

    vocab = vocabulary()
    for i in range(0, n, 5000):
        count = min(5000, n - i)
        Achievement.objects.bulk_create(
            Achievement(region=region, holder=r.applicant, holder_kind="university", title=r.title[:200],
                        summary=r.summary, fields=list(r.fields), maturity=rng.randint(3, 9),
                        price=rng.randint(1, 500) * 1_000_000, modes=["license"])
            for r in make_records(f"a{i}-", count, vocab, rng))
        Demand.objects.bulk_create(
            Demand(region=region, enterprise=enterprise, title=r.title[:200], problem=r.summary,
                   fields=list(r.fields), budget=rng.randint(10, 300) * 1_000_000, maturity=rng.randint(4, 8))
            for r in make_records(f"d{i}-", count, vocab, rng))


def write_talents(region, n: int) -> None:
    from kechuang.web.talents.models import Talent

    Talent.objects.bulk_create((Talent(region=region, name=f"基准人才{i:06d}", title="高级农艺师",
                                       categories=",specialist," if i % 10 == 0 else ",expert,",
                                       affiliation=f"灵寿县第{i % 300}农技站", fields="果树栽培、食用菌",
                                       contact=f"1300{i:07d}", entered_on=date(2020 + i % 6, 1 + i % 12, 1))
                                for i in range(n)), batch_size=2000)


def analyse_loaded() -> None:
    """The rows above were written by ``bulk_create``, not by the import services: give PostgreSQL the planner
    statistics an import leaves (``dbstats.bulk_written``) — or autovacuum, a minute later."""
    from kechuang.web import dbstats
    from kechuang.web.libraries.models import Project
    from kechuang.web.talents.models import Talent
    from kechuang.web.transfer.models import Achievement, Demand

    dbstats.bulk_written(Project, Achievement, Demand, Talent, rows=dbstats.ANALYZE_AFTER)


def build_indexes(region, user, demand) -> str:
    """Every saved match index, built and saved before the clock (what a server then loads): the region's family
    for a family source (projects), every region for an "all" source (demands, achievements)."""
    from kechuang.web.libraries import index_store

    done = []
    for library, source in list(index_store.SOURCES.items()):
        index_store.touch(library, region.pk)
        scope = region.pk if source.scope == "family" else None
        _, wall, _ = timed(lambda lib=library, at=scope: index_store.save(lib, at, index_store.build(lib, at)))
        done.append(f"{library} {wall:.0f} s")
    return ",".join(done)


def store_checks(paths: list[str]) -> str:
    """The duplicate checks of the projects the run opens computed and stored (``stored_checks.precompute``: what
    the jobs an import or an entry queues do for every project), before the clock: a first view then reads the
    stored block. Only those: every project's would add ~25 ms of CPU a project to the setup (40 min at 100,000),
    and a page reads its own row whatever the table holds."""
    from kechuang.web.libraries import index_store, stored_checks

    pks = sorted({int(path.rstrip("/").rsplit("/", 1)[1]) for path in paths})
    index_store.SYNC_LIMIT, limit = 10**9, index_store.SYNC_LIMIT  # loaded here at once, as the job's worker would
    try:
        _, wall, cpu = timed(stored_checks.precompute, pks)
    finally:
        index_store.SYNC_LIMIT = limit
        index_store.forget()
    return f"{len(pks):,} 个项目 {wall:.0f} s(CPU 每个 {cpu / len(pks) * 1000:.1f} ms)"


def store_matches(paths: list[str]) -> str:
    """The matches of the demands the run opens computed and stored (``stored_matches.precompute``: the jobs a
    demand's entry, edit or import queues), before the clock, as ``store_checks`` does for the projects."""
    from kechuang.web.libraries import index_store
    from kechuang.web.transfer import stored_matches

    pks = sorted({int(path.rstrip("/").rsplit("/", 1)[1]) for path in paths})
    index_store.SYNC_LIMIT, limit = 10**9, index_store.SYNC_LIMIT
    try:
        _, wall, cpu = timed(stored_matches.precompute, pks)
    finally:
        index_store.SYNC_LIMIT = limit
    return f"{len(pks):,} 个需求 {wall:.0f} s(CPU 每个 {cpu / len(pks) * 1000:.1f} ms)"


def demand_first_views(user, stored_paths: list[str], other_paths: list[str], count: int = 20) -> None:
    """A demand's first view in process, median CPU of ``count`` demands each way, same run: the matches block as
    the page computed it before (the index searched, ``matching.demand_hits``) and as it reads it now (stored,
    ``page_blocks.matches_block``); the whole page with stored matches, and without (computed on view, stored)."""
    import statistics

    from django.conf import settings
    from django.test import Client

    from kechuang.web.libraries import index_store
    from kechuang.web.transfer import matching, page_blocks
    from kechuang.web.transfer.models import Demand
    from kechuang.web.transfer.records import ACHIEVEMENTS

    def median_cpu(work, items) -> float:
        cpus = []
        for item in items:
            started = time.process_time()
            work(item)
            cpus.append((time.process_time() - started) * 1000)
        return statistics.median(cpus)

    def demands(paths):
        pks = [int(p.rstrip("/").rsplit("/", 1)[1]) for p in paths[:count]]
        return list(Demand.objects.select_related("enterprise").filter(pk__in=pks))

    index_store.SYNC_LIMIT, limit = 10**9, index_store.SYNC_LIMIT
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(user)
    try:
        index = index_store.index_for(ACHIEVEMENTS)
        searched = median_cpu(lambda d: page_blocks.hits_html(matching.demand_hits(user, d, index), "需求"),
                              demands(other_paths))
        read = median_cpu(lambda d: page_blocks.matches_block(user, d), demands(stored_paths[count:]))
        page_stored = median_cpu(client.get, stored_paths[2 * count:3 * count])
        page_computed = median_cpu(client.get, other_paths[count:2 * count])
    finally:
        index_store.SYNC_LIMIT = limit
        index_store.forget()
    print(f"需求页面首次查看(进程内 CPU 中位,{count} 个需求):匹配块 检索计算(原) {searched:.1f} ms → 读取存储 "
          f"{read:.1f} ms;整页 已存储 {page_stored:.1f} ms · 未存储(查看时计算并存储) {page_computed:.1f} ms",
          flush=True)


def warm(base: str, cookie: str, paths: list[str], timeout: float = 900) -> float:
    """Seconds until 16 page views in a row (both workers) answer without the index-building notice."""
    started, ready = time.perf_counter(), 0
    while ready < 16 and time.perf_counter() - started < timeout:
        request = urllib.request.Request(base + random.choice(paths), headers={"Cookie": cookie})
        try:
            body = urllib.request.urlopen(request, timeout=300).read().decode("utf-8")
        except OSError:  # 503 while an index builds
            body = "正在建立"
        ready = 0 if "正在建立" in body or "正在后台建立" in body else ready + 1
        if not ready:
            time.sleep(2)
    return time.perf_counter() - started


def cursors(rows, order: tuple[str, ...], page: int, size: int = 50) -> tuple[int, list[int]]:
    """The cursor of page ``page`` (the last id of the page before it) and 200 random ids as deep cursors."""
    ids = list(rows.order_by(*order).values_list("id", flat=True))
    rng = random.Random(3)
    return ids[(page - 1) * size - 1], [rng.choice(ids) for _ in range(200)]


def pages_of(region, vocab) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The pages measured, and the project and demand pages that warm the workers up: other records than those
    measured, so a measured view of a record is its first (its matches not cached by the warm-up)."""
    from kechuang.web.libraries.models import Project
    from kechuang.web.talents.models import Talent
    from kechuang.web.transfer.models import Achievement, Demand

    rng = random.Random(5)
    projects = Project.objects.filter(region=region)
    page50, deep = cursors(projects, ("-year", "-id"), 50)
    project_ids = list(projects.values_list("id", flat=True))
    demand_ids = list(Demand.objects.values_list("id", flat=True))
    rng.shuffle(project_ids)  # the first 100 of each warm the workers up; the run opens others (first views)
    rng.shuffle(demand_ids)
    warm_projects, project_ids = project_ids[:100], project_ids[100:]
    warm_demands, demand_ids = demand_ids[:100], demand_ids[100:]
    _, demand_deep = cursors(Demand.objects.all(), ("-id",), 2)
    _, achievement_deep = cursors(Achievement.objects.all(), ("-id",), 2)
    _, talent_deep = cursors(Talent.objects.all(), ("name", "id"), 2)
    return [
        ("项目库列表(首页)", ["/libraries/projects/"] * 20),  # × 20: the in-process median of 20 requests
        ("项目库列表(第 50 页,游标)", [f"/libraries/projects/?after={page50}"] * 20),
        ("项目库列表(随机深页,游标)", [f"/libraries/projects/?after={i}" for i in deep]),
        ("项目库列表(文字筛选)", [f"/libraries/projects/?q={quote(rng.choice(vocab))}" for _ in range(100)]),
        ("项目库列表(状态 + 年度筛选)", [f"/libraries/projects/?status=closed&year={y}" for y in range(2015, 2026)]),
        ("项目页面(局用户,含查重,随机)", [f"/libraries/projects/{rng.choice(project_ids)}/" for _ in range(500)]),
        ("需求库列表(随机翻页)", [f"/transfer/demands/?after={i}" for i in demand_deep]),
        # 5,000 distinct demands: wrk's ~1,000 requests a run are first views (with 200, most were repeats, cached)
        ("需求页面(前 10 项匹配与理由,随机)", [f"/transfer/demands/{i}/" for i in demand_ids[:DEMAND_PAGES]]),
        ("成果库列表(随机翻页)", [f"/transfer/achievements/?after={i}" for i in achievement_deep]),
        ("人才库列表(随机翻页)", [f"/talents/?after={i}" for i in talent_deep]),
    ], [f"/libraries/projects/{i}/" for i in warm_projects] + [f"/transfer/demands/{i}/" for i in warm_demands]


def text_filters(user, region, words: list[str]) -> None:
    """The project list's text filter three ways in the same run, in process (the rows of the first page and the
    count, uncached): the plain substring filter (``icontains``, before), the list's filter now (SQLite: FTS5 one
    character a token; PostgreSQL: the same ``icontains``, which the planner may serve from the pg_trgm GIN
    indexes, and for comparison the same with bitmap scans off, i.e. without them), and the in-memory BM25 index of
    the store (top 51 by relevance: other rows, no count). Median and p95 ms over the words."""
    from django.db import connection, transaction
    from django.db.models import Q

    from kechuang.web.keyset import CAP
    from kechuang.web.libraries import index_store
    from kechuang.web.libraries.records import LIBRARY
    from kechuang.web.libraries.selectors import project_list

    def plain(q):
        rows = project_list(user).filter(Q(title__icontains=q) | Q(applicant__icontains=q))
        return len(list(rows[:51])), rows.order_by().values("pk")[:CAP + 1].count()

    def listed(q):
        rows = project_list(user, q=q)
        return len(list(rows[:51])), rows.order_by().values("pk")[:CAP + 1].count()

    deadline = time.monotonic() + 600  # at 100,000 the store loads the saved snapshot in a thread: wait for it
    while True:
        try:
            index = index_store.index_for(LIBRARY, region.pk).index
            break
        except index_store.IndexBuilding:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)

    def python_index(q):
        return len(index.search(q, k=51)), None

    now = "FTS5 单字索引" if connection.vendor == "sqlite" else "单字+双字 GIN"
    ways = [("LIKE 扫描(原筛选)", plain), (f"列表现用({now})", listed),
            ("内存 BM25 索引(前 51 条,无计数)", python_index)]
    if connection.vendor == "postgresql":
        ways[0] = ("LIKE,pg_trgm GIN 可用(上一版筛选)", plain)

        def scanned(q):  # the same query with the trigram indexes out of the planner's choice
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_bitmapscan = off")
                return plain(q)

        ways[1:1] = [("LIKE 顺序扫描(索引不用)", scanned), ("单字 tsvector 短语 GIN(候选,基准内建)", phrase_way(user))]
    found = {}
    for name, way in ways:
        times = []
        for q in words:
            started = time.perf_counter()
            found.setdefault(q, {})[name] = way(q)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        print(f"文字筛选 · {name}:中位 {times[len(times) // 2]:.1f} ms · p95 {times[int(len(times) * 0.95)]:.1f} ms",
              flush=True)
    same = sum(found[q][ways[0][0]] == found[q][ways[-2][0]] for q in words)
    lengths = sorted(len(q) for q in words)
    print(f"文字筛选:{len(words)} 个词(长度中位 {lengths[len(lengths) // 2]},两字词 {lengths.count(2)} 个),"
          f"现用筛选与 LIKE 的行数与计数相同 {same}/{len(words)}", flush=True)


def phrase_way(user):
    """The other PostgreSQL candidate, built here for the comparison only: a GIN index of a ``tsvector`` of the title's
    and applicant's single characters, the query a phrase of the word's characters, ``icontains`` on top."""
    from django.db import connection
    from django.db.models import BooleanField, Q
    from django.db.models.expressions import RawSQL

    from kechuang.web.keyset import CAP
    from kechuang.web.libraries import textsearch
    from kechuang.web.libraries.selectors import project_list

    spaced = "to_tsvector('simple', regexp_replace(upper({}), '(.)', '\\1 ', 'g'))"
    text = textsearch.PROJECT.text("libraries_project")
    _, wall, _ = timed(lambda: connection.cursor().execute(
        f"CREATE INDEX IF NOT EXISTS bench_project_chars ON libraries_project USING gin ({spaced.format(text)}); "
        "ANALYZE libraries_project"))
    print(f"单字 tsvector GIN 建立 {wall:.1f} s", flush=True)

    def way(q):
        cond = RawSQL(f"{spaced.format(text)} @@ phraseto_tsquery('simple', regexp_replace(upper(%s), '(.)', "
                      "'\\1 ', 'g'))", [q], output_field=BooleanField())
        rows = project_list(user).filter(cond).filter(Q(title__icontains=q) | Q(applicant__icontains=q))
        return len(list(rows[:51])), rows.order_by().values("pk")[:CAP + 1].count()

    return way


def other_lists(user, words: list[str]) -> None:
    """The demand, achievement and talent lists' text filter before (LIKE) and now (the index), same words."""
    from django.db.models import Q

    from kechuang.web.keyset import CAP
    from kechuang.web.talents.selectors import talent_list
    from kechuang.web.transfer.selectors import achievement_list, demand_list

    plain = {"需求": (demand_list, lambda q: Q(title__icontains=q) | Q(problem__icontains=q)
                     | Q(enterprise__name__icontains=q)),
             "成果": (achievement_list, lambda q: Q(title__icontains=q) | Q(summary__icontains=q)
                     | Q(holder__icontains=q)),
             "人才": (talent_list, lambda q: Q(name__icontains=q) | Q(affiliation__icontains=q)
                     | Q(expertise__icontains=q) | Q(fields__icontains=q))}
    for name, (listed, cond) in plain.items():
        line, got = [], {"LIKE": [], "索引": []}
        for label, rows_of in (("LIKE", lambda q, f=listed, c=cond: f(user).filter(c(q))),
                               ("索引", lambda q, f=listed: f(user, q=q))):
            times = []
            for q in words:
                started = time.perf_counter()
                rows = rows_of(q)
                got[label].append((len(list(rows[:51])), rows.order_by().values("pk")[:CAP + 1].count()))
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            line.append(f"{label} 中位 {times[len(times) // 2]:.1f} / p95 {times[int(len(times) * 0.95)]:.1f} ms")
        same = sum(a == b for a, b in zip(got["LIKE"], got["索引"], strict=True))
        print(f"文字筛选 · {name}列表:{' · '.join(line)} · 行数与计数相同 {same}/{len(words)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="projects, demands and achievements (talents: n/10)")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--port", type=int, default=8773)
    args = parser.parse_args()
    if not has_wrk():
        return 1
    data = setup_environment()
    from django.contrib.auth import get_user_model
    from django.db import connection

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.enterprises.models import Enterprise
    from kechuang.web.transfer.models import Demand

    region = Region.objects.create(code="130126", name="灵寿县", level="county")
    user = get_user_model().objects.create_user("bureau", password=PASSWORD)
    Profile.objects.create(user=user, role="bureau", region=region)
    enterprise = Enterprise.objects.create(region=region, name="灵寿县基准科技有限公司", name_key="灵寿县基准科技")
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC · 数据库 {connection.vendor} · {platform.machine()},"
          f"{os.cpu_count()} 核 · 负载 {os.getloadavg()[0]:.1f} · Python {platform.python_version()}", flush=True)
    rng = random.Random(15)
    vocab, wall, _ = timed(write_projects, region, args.n, max(args.n // 20, 400), rng)
    _, wall2, _ = timed(write_transfer, region, enterprise, args.n, rng)
    _, wall3, _ = timed(write_talents, region, args.n // 10)
    print(f"数据:项目、需求、成果各 {args.n:,},人才 {args.n // 10:,}(写入 {wall:.0f} + {wall2:.0f} + {wall3:.0f} s)",
          flush=True)
    analyse_loaded()
    print(f"索引(建立并保存,计时开始前):{build_indexes(region, user, Demand.objects.first())}", flush=True)
    pages, warming = pages_of(region, vocab)
    print(f"查重结果预先计算(写入后的后台任务,计时开始前):{store_checks(pages[5][1])}", flush=True)
    print(f"需求匹配预先计算(写入后的后台任务,计时开始前):{store_matches(pages[7][1])}", flush=True)
    demand_first_views(user, pages[7][1], [p for p in warming if "/transfer/demands/" in p])
    words = random.Random(9)
    text_filters(user, region, [words.choice(vocab) for _ in range(100)])
    other_lists(user, [words.choice(vocab) for _ in range(50)])

    def loaded(base, cookie):  # both workers load the saved indexes before the clock starts
        from django.core.cache import cache

        # The in-process medians above viewed the first 20 records of each page: their blocks leave the cache, so
        # that every record wrk opens is opened for the first time or by wrk itself (the warm-up opens others).
        # Cleared before the warm-up, not after: a clear renews every table's version (``keyset``), as if every
        # table had just been written, and the first requests of the run rebuilt what is kept per version.
        cache.clear()
        with ThreadPoolExecutor(4) as pool:
            waits = list(pool.map(lambda paths: warm(base, cookie, paths), [warming[:100], warming[100:]]))
        print(f"服务进程载入索引:{max(waits):.0f} s(缓存清空后预热,用其他项目与需求)", flush=True)

    run_pages(pages, user, PASSWORD, args.port, args.seconds, args.connections, data, before=loaded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
