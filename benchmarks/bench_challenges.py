"""揭榜挂帅 at a large scale: a region with --lists 榜单, one of them in 专家评审 with --apps applications scored by
--experts experts each (one recused per application), 4 criteria.

Same run, median of --repeat:
1. the ranking (``selectors.ranking``: conflicted and incomplete sheets out, ties kept) against what a competent
   user would write — one SQL aggregate (expert totals, then the mean per application, conflicted experts filtered);
   the two must agree on every mean;
2. ``search_hits`` (the search box) against a plain ``icontains`` (SQL LIKE) query on the title;
3. the 榜单 page for the bureau (test client, all applications and the ranking), and the whole-record xlsx.

    python benchmarks/bench_challenges.py
    KECHUANG_PG_PORT=5445 bash scripts/with-postgres.sh python benchmarks/bench_challenges.py
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import setup_environment

CRITERIA = {"plan": 40, "team": 30, "base": 20, "budget": 10}


def create(lists: int, apps: int, experts: int):
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from kechuang.web.accounts.models import Profile, Region
    from kechuang.web.challenges.models import Application, Assignment, Challenge, Score

    User = get_user_model()
    with transaction.atomic():
        region = Region.objects.create(code="130126", name="灵寿县")
        bureau = User.objects.create_user("bench-bureau")
        Profile.objects.create(user=bureau, role="bureau", region=region)
        words = ["北斗导航", "富硒检测", "农机装备", "中药材加工", "石材切割", "光伏运维", "食用菌", "污水处理"]
        Challenge.objects.bulk_create(Challenge(region=region, title=f"{words[i % 8]}关键技术攻关第{i}号", field="农业",
                                                problem=f"{words[(i * 3) % 8]}难题描述" * 20, step="closed")
                                      for i in range(lists - 1))
        c = Challenge.objects.create(region=region, title="北斗导航自动驾驶揭榜", step="review", budget=100_000_000,
                                     term_months=24, apply_until=date(2026, 10, 1), created_by=bureau)
        panel = User.objects.bulk_create(User(username=f"bench-expert{i}") for i in range(experts))
        Profile.objects.bulk_create(Profile(user=u, role="expert", region=region) for u in panel)
        made = Application.objects.bulk_create(Application(challenge=c, institution=f"揭榜单位{i:04d}", lead="负责人",
                                                           plan="=方案", status="passed") for i in range(apps))
        sheets = Assignment.objects.bulk_create(Assignment(application=a, expert=e, conflicted=(j == experts - 1))
                                                for a in made for j, e in enumerate(panel))
        Score.objects.bulk_create(Score(assignment=s, criterion=k, value=(s.pk * 7 + n) % (top + 1))
                                  for s in sheets if not s.conflicted for n, (k, top) in enumerate(CRITERIA.items()))
    return c, bureau


def sql_means(challenge) -> dict[int, float]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("""
            SELECT t.application_id, AVG(t.total), COUNT(*) FROM (
              SELECT a.application_id, a.id, SUM(s.value) AS total
              FROM challenges_assignment a JOIN challenges_score s ON s.assignment_id = a.id
              JOIN challenges_application p ON p.id = a.application_id
              WHERE p.challenge_id = %s AND p.status = 'passed' AND a.conflicted = %s
              GROUP BY a.application_id, a.id HAVING COUNT(*) = %s) t
            GROUP BY t.application_id HAVING COUNT(*) >= 3 ORDER BY 2 DESC""", [challenge.pk, False, len(CRITERIA)])
        return {app: round(float(mean), 2) for app, mean, _ in cursor.fetchall()}


def median_ms(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lists", type=int, default=5_000)
    parser.add_argument("--apps", type=int, default=300)
    parser.add_argument("--experts", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    setup_environment()
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from kechuang.web.challenges import exports, selectors
    from kechuang.web.challenges.models import Challenge

    started = time.perf_counter()
    challenge, bureau = create(args.lists, args.apps, args.experts)
    print(f"{connection.vendor}, {platform.machine()}, Python {platform.python_version()}: {args.lists:,} 榜单, "
          f"{args.apps} applications × {args.experts} experts (1 recused each), built in "
          f"{time.perf_counter() - started:.1f} s")
    ours_ms, ranked = median_ms(lambda: selectors.ranking(challenge), args.repeat)
    sql_ms, means = median_ms(lambda: sql_means(challenge), args.repeat)
    assert {app.pk: row.mean for row, app in ranked} == means, "the ranking and the SQL aggregate disagree"
    print(f"ranking: ours {ours_ms:.1f} ms, one SQL aggregate {sql_ms:.1f} ms (means identical; ours adds ties, "
          "recused and incomplete counts)")
    hits_ms, hits = median_ms(lambda: selectors.search_hits(bureau, "北斗 导航", 20), args.repeat)
    like_ms, _ = median_ms(lambda: list(Challenge.objects.filter(title__icontains="北斗导航")[:20]), args.repeat)
    print(f"search box (2 words, 20 hits of {len(hits)}): search_hits {hits_ms:.1f} ms, plain LIKE {like_ms:.1f} ms")
    client = Client(HTTP_HOST="localhost")
    client.force_login(bureau)
    url = reverse("kc-challenge", args=[challenge.pk])
    page_ms, response = median_ms(lambda: client.get(url), args.repeat)
    assert response.status_code == 200
    xlsx_ms, data = median_ms(lambda: exports.record_xlsx(challenge), args.repeat)
    print(f"榜单 page (bureau): {page_ms:.0f} ms; whole-record xlsx: {xlsx_ms:.0f} ms ({len(data) // 1024} KiB)")


if __name__ == "__main__":
    main()
