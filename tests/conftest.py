from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (reproducible); locally, each run explores new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# The web suite (pytest-django) reads its settings from the environment: a throw-away data directory,
# and the database of KECHUANG_DATABASE_URL (SQLite by default; `make test` runs it on PostgreSQL too).
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
