"""What every signed-in page costs before its own work: the whole stack (middleware, the session read from the cache,
the user and profile, CSRF, messages, context processors, the base template with its navigation) on a trivial
page — the password form — for a bureau user. Median wall and CPU ms of 100 requests in process (Django's test
client, the server's settings); ``--profile`` adds the functions that take the most time (cProfile, cumulative);
``--wrk N`` then serves the same pages from gunicorn 2 × 4 gthread (``bench_web``'s server) to wrk's 20
connections for N seconds and gives the servers' CPU a request: what HTTP, gunicorn and the threads add.

    python benchmarks/bench_floor.py [--requests 100] [--profile] [--wrk 10]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import login, process_cpu, setup_environment, start_gunicorn, stop, wrk

PAGES = ("/account/password/", "/messages/")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--wrk", type=int, default=0, help="seconds of wrk per page (0: none)")
    parser.add_argument("--port", type=int, default=8795)
    args = parser.parse_args()
    data = setup_environment()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from kechuang.web.accounts.models import Profile, Region

    region = Region.objects.create(code="130126", name="灵寿县", level="county")
    user = get_user_model().objects.create_user("bureau", password="bench-password-2026")
    Profile.objects.create(user=user, role="bureau", region=region)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(user)
    for path in PAGES:
        for _ in range(10):  # templates compiled, URL resolvers and caches filled
            assert client.get(path).status_code == 200, path
        walls, cpus = [], []
        profile = cProfile.Profile() if args.profile else None
        for _ in range(args.requests):
            started, cpu = time.perf_counter(), time.process_time()
            if profile:
                profile.enable()
            assert client.get(path).status_code == 200, path
            if profile:
                profile.disable()
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        print(f"{path}: median wall {statistics.median(walls):.2f} ms · CPU {statistics.median(cpus):.2f} ms "
              f"({args.requests} requests)", flush=True)
        if profile:
            pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
    if args.wrk:
        served(args, data, "bureau")
    return 0


def served(args, data: Path, username: str) -> None:
    import re

    from django.db import connection

    connection.close()
    server = start_gunicorn(args.port)
    base = f"http://127.0.0.1:{args.port}"
    try:
        cookie = login(base, username, "bench-password-2026")
        for path in PAGES:
            started = process_cpu(server.pid)
            result = wrk(base, [path], [cookie], args.wrk, 20, data / "floor.lua")
            count = float(re.search(r"([\d.]+) req/s", result).group(1)) * args.wrk
            print(f"{path} served: {result} · server CPU {(process_cpu(server.pid) - started) * 1000 / count:.2f} "
                  "ms a request", flush=True)
    finally:
        stop([server], data)


if __name__ == "__main__":
    sys.exit(main())
