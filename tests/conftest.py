from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (reproducible); locally, each run explores new ones.
# No per-example deadline: the suite runs in parallel workers (pytest-xdist) on a shared machine, where a slow example
# is the machine's load, not the code's (the bound tests time what they must themselves).
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("dev", print_blob=True, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# The web suite (pytest-django) reads its settings from the environment: a throw-away data directory,
# and the database of KECHUANG_DATABASE_URL (SQLite by default; `make test` runs it on PostgreSQL too).
# Under pytest-xdist every worker gets its own data directory (file cache, job queue, index snapshots, uploads) and
# its own Redis database: a test's cache.clear() must not empty another worker's cache in the middle of its test.
# pytest-django gives each worker its own test database. (The controller hands the workers an environment without
# the settings module, so that Django is set up in a worker only after this file has chosen its directory:
# ``pytest_configure`` below.)
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if WORKER:
    os.environ["KECHUANG_DATA_DIR"] = tempfile.mkdtemp(prefix=f"kechuang-test-{WORKER}-")
    if os.environ.get("KECHUANG_REDIS_URL"):
        from urllib.parse import urlsplit, urlunsplit

        _redis = urlsplit(os.environ["KECHUANG_REDIS_URL"])
        os.environ["KECHUANG_REDIS_URL"] = urlunsplit(_redis._replace(path=f"/{int(WORKER.lstrip('gw')) + 1}"))
os.environ.setdefault("KECHUANG_DATA_DIR", tempfile.mkdtemp(prefix="kechuang-test-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kechuang.web.settings")
os.environ.setdefault("KECHUANG_TODAY", "2026-11-21")

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
GOLD = FIXTURES / "gold"


@pytest.fixture(scope="session")
def seed_plans():
    """The five seed plans, extracted once per test session: {stem: Plan}."""
    from kechuang.extract import extract_plan

    return {p.stem: extract_plan(p) for p in SEEDS}


def pytest_configure(config):
    """Set Django up once the environment above is in place (pytest-django looks before conftest runs)."""
    import django.conf
    from pytest_django.plugin import _setup_django

    django.conf.settings.INSTALLED_APPS  # noqa: B018  (configures settings from DJANGO_SETTINGS_MODULE)
    _setup_django(config)
    if not WORKER and getattr(config.option, "dist", "no") != "no":  # the xdist controller, before its workers start
        for name in ("DJANGO_SETTINGS_MODULE", "KECHUANG_DATA_DIR"):
            os.environ.pop(name, None)
