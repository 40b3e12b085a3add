"""The indicator catalog, units and the linking of plan targets."""

import json
from pathlib import Path

import pytest

from kechuang.errors import KechuangError
from kechuang.indicators import units
from kechuang.indicators.catalog import link_target, load_catalog

GOLD = Path(__file__).parents[1] / "fixtures" / "gold"


def test_catalog_has_fifty_canonical_indicators_with_every_field():
    catalog = load_catalog()
    assert len(catalog) >= 50 and catalog.version
    for ind in catalog.indicators:
        assert ind.id and ind.name and ind.unit and ind.definition and ind.source
        assert ind.direction in ("higher", "lower")
    assert catalog.by_id["energy_intensity"].direction == "lower"


@pytest.mark.parametrize("wording,unit,expected,method", [
    # Wordings that are not in the catalog's alias lists.
    ("全县R&D经费投入强度", "%", "rd_intensity", None),
    ("加快提升研发经费投入强度", "%", "rd_intensity", "contains"),
    ("每万人口有效发明专利拥有量", "件", "invention_patents_per_10k", None),
    ("国家级高新技术企业数量", "家", "hitech_enterprises", None),
    ("高新技术企业占规上工业企业的比例", "%", "hitech_share_industrial", None),
    ("技术合同成交金额", "亿元", "technology_contract_value", "fuzzy"),
    ("入库评价的科技型中小企业", "家", "tech_smes", None),
    ("城镇污水处理率", "%", None, "none"),
])
def test_linking_unseen_wordings(wording, unit, expected, method):
    link = load_catalog().link(wording, unit)
    assert (link.indicator.id if link.indicator else None) == expected, (wording, link)
    if method:
        assert link.method == method
    assert 0 <= link.score <= 1


def test_unit_of_a_level_target_keeps_count_and_share_apart():
    catalog = load_catalog()
    assert catalog.link("高新技术企业", "家").indicator.id == "hitech_enterprises"
    assert catalog.link("高新技术企业", "%").indicator.id != "hitech_enterprises"
    # A growth rate's % says nothing about the indicator's unit.
    assert link_target(catalog, {"indicator": "研发资金投入", "kind": "growth", "unit": "%"}).indicator.id == "rd_expenditure"


def test_seed_targets_link():
    catalog = load_catalog()
    targets = [t for f in sorted(GOLD.glob("*.json")) for t in json.loads(f.read_text("utf-8"))["targets"]]
    linked = [t for t in targets if link_target(catalog, t).indicator]
    assert len(targets) == 72 and len(linked) >= 60


def test_unit_conversions():
    assert units.convert(2, "亿元", "万元") == 20000
    assert units.convert(15000, "元", "万元") == 1.5
    assert units.convert(5, "‰", "%") == 0.5
    assert units.convert(3, "万人", "人") == 30000
    assert units.convert(7, "家", "个") == 7
    with pytest.raises(KechuangError):
        units.convert(1, "万元", "人")


def test_catalog_errors(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text("indicators:\n  - {id: a, name: 甲, unit: 家, direction: sideways}\n", "utf-8")
    with pytest.raises(KechuangError, match="direction"):
        load_catalog(bad)
    bad.write_text("indicators:\n  - {id: a, name: 甲, unit: 家, direction: higher}\n"
                   "  - {id: b, name: 甲, unit: 家, direction: higher}\n", "utf-8")
    with pytest.raises(KechuangError, match="同时属于"):
        load_catalog(bad)
