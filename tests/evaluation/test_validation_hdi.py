"""The UNDP Human Development Index, written as a framework file from the HDR technical notes, reproduces the
published HDI of a sample of country-years (tests/fixtures/validation/hdi/README.md names the source)."""

import csv
from pathlib import Path

import pytest
import yaml

from kechuang.evaluation import evaluate_file, load_framework

FIXTURES = Path(__file__).parents[1] / "fixtures"
FRAMEWORK = FIXTURES / "frameworks" / "hdi.yaml"
SAMPLE = FIXTURES / "validation" / "hdi" / "hdr23-24_sample.csv"


def published():
    with open(SAMPLE, newline="", encoding="utf-8") as fh:
        return [(r["iso3"], int(r["year"]), float(r["hdi"])) for r in csv.DictReader(fh)]


def mismatches(framework):
    ev = evaluate_file(SAMPLE, framework)
    return [(unit, year, hdi, ev.score(unit, period=year)) for unit, year, hdi in published()
            if round(ev.score(unit, period=year), 3) != hdi]


def test_sample_is_large_and_spans_the_series():
    rows = published()
    assert len(rows) >= 500
    assert len({u for u, _, _ in rows}) >= 190 and {y for _, y, _ in rows} >= {1990, 2000, 2010, 2022}


def test_every_sampled_country_year_reproduces_the_published_hdi():
    ev = evaluate_file(SAMPLE, FRAMEWORK)
    assert ev.warnings == []
    assert mismatches(FRAMEWORK) == []
    # Spot values as printed in the HDR 2023/2024 statistical annex, table 1 (2022).
    assert round(ev.score("CHE", period=2022), 3) == 0.967
    assert round(ev.score("SOM", period=2022), 3) == 0.380
    assert ev.unit_names["CHE"] == "Switzerland"


def variant(change, tmp_path):
    raw = yaml.safe_load(FRAMEWORK.read_text("utf-8"))
    change({n["code"]: n for n in walk(raw["tree"])})
    path = tmp_path / "hdi-variant.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    return load_framework(path)


def walk(node):
    yield node
    for child in node.get("children", []):
        yield from walk(child)


@pytest.mark.parametrize("change", [
    lambda n: n["gnipc"]["normalise"].update(log=False),  # income in dollars, not logarithms
    lambda n: n["eys"]["normalise"].update(clip=False),  # expected years above 18 not capped
    lambda n: n["gnipc"]["normalise"].update(clip=False),  # income above 75,000 not capped
    lambda n: n["HDI"].update(aggregate="arithmetic"),  # the pre-2010 arithmetic mean of dimensions
    lambda n: n["le"]["normalise"].update(min=25),  # the pre-2010 life-expectancy goalpost
], ids=["linear-income", "uncapped-eys", "uncapped-income", "arithmetic-hdi", "old-le-goalpost"])
def test_each_rule_of_the_technical_notes_is_needed(change, tmp_path):
    # The check is sharp: dropping any one rule of the method misses published values.
    assert len(mismatches(variant(change, tmp_path))) >= 5


def test_framework_loads_as_a_file():
    fw = load_framework(FRAMEWORK)
    assert fw.root == "HDI" and sorted(fw.leaves) == ["eys", "gnipc", "le", "mys"]
