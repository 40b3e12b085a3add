from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
GOLD = FIXTURES / "gold"


@pytest.fixture(scope="session")
def seed_plans():
    """The five seed plans, extracted once per test session: {stem: Plan}."""
    from kechuang.extract import extract_plan

    return {p.stem: extract_plan(p) for p in SEEDS}
