from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (reproducible); locally, each run explores new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
GOLD = FIXTURES / "gold"


@pytest.fixture(scope="session")
def seed_plans():
    """The five seed plans, extracted once per test session: {stem: Plan}."""
    from kechuang.extract import extract_plan

    return {p.stem: extract_plan(p) for p in SEEDS}
