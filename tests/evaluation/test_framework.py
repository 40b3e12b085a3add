"""Framework files: what a user can express without code, and every mistake named by file and key."""

from pathlib import Path

import pytest
import yaml

from kechuang.errors import KechuangError
from kechuang.evaluation import builtin_frameworks, evaluate_file, load_framework
from kechuang.evaluation.framework import framework_from_dict

FIX = Path(__file__).parents[1] / "fixtures" / "frameworks"

# UNDP HDR 2020, table 1 (2019 data): HDI as published.
PUBLISHED_HDI = {"Norway": 0.957, "Switzerland": 0.955, "Ireland": 0.955, "Germany": 0.947, "Niger": 0.394}


def test_another_published_index_goalposts_log_geometric():
    # Goalposts, a log for income, an arithmetic education sub-index and a geometric mean: all in YAML.
    ev = evaluate_file(FIX / "hdi-2019-data.csv", FIX / "hdi-2020.yaml")
    for country, hdi in PUBLISHED_HDI.items():
        # The report's inputs are printed to one decimal, which moves the third decimal by at most one.
        assert abs(ev.score(country) - hdi) <= 0.0015, country
    assert ev.rank("Norway") == 1 and ev.rank("Niger") == 5


def test_builtin_frameworks_load_and_document_their_source():
    names = builtin_frameworks()
    assert {"coinr-asem", "eis-2023", "hebei-county", "most-progress"} <= set(names)
    for name in names:
        fw = load_framework(name)
        assert fw.source and fw.version, name
        assert len(fw.leaves) >= 14


def test_hebei_county_structure():
    fw = load_framework("hebei-county")
    first = fw.nodes[fw.root].children
    assert len(first) == 5
    assert sum(len(fw.nodes[c].children) for c in first) == 17
    quantitative = [c for c in fw.leaves if not fw.nodes[c].qualitative]
    assert len(quantitative) == 14 and sum(fw.nodes[c].points for c in quantitative) == 85
    assert fw.classify["thresholds"][0] == {"class": "A", "min": 80}
    assert "ASSUMPTIONS" in Path(fw.path).read_text("utf-8")


def base(**extra):
    doc = {"name": "t", "tree": {"code": "Root", "children": [{"code": "a"}, {"code": "b"}]}}
    doc.update(extra)
    return doc


@pytest.mark.parametrize("doc,key", [
    (base(normalise="magic"), "normalise.method"),
    (base(colour="red"), "colour"),
    (base(aggregate="median"), "aggregate"),
    ({"name": "t", "tree": {"code": "R", "children": [{"code": "a", "normalise": {"method": "sorcery"}}]}},
     "tree.R.children[0].normalise"),
    ({"name": "t", "tree": {"code": "R", "children": [{"code": "a", "weight": -1}]}}, "tree.R.children[0].weight"),
    ({"name": "t", "tree": {"code": "R", "children": [{"code": "a"}, {"code": "a"}]}}, "tree.R.children[1]"),
    ({"name": "t", "nodes": [{"code": "R"}, {"code": "a", "parent": "b"}, {"code": "b", "parent": "a"}]}, "nodes"),
    ({"name": "t", "nodes": [{"code": "R"}, {"code": "a", "parent": "zzz"}]}, "nodes[1].parent"),
    (base(weights="strict", tree={"code": "R", "children": [{"code": "a", "weight": 0.5}, {"code": "b", "weight": 0.4}]}),
     "R.children"),
    (base(scale="points", tree={"code": "R", "points": 100, "children": [{"code": "a", "points": 60},
                                                                          {"code": "b", "points": 30}]}), "R.points"),
    (base(scale="points"), "a.points"),
    ({"name": "t", "tree": {"code": "R", "children": [{"code": "a", "normalise": {"method": "ratio"}}]}},
     "a.normalise.standard"),
    (base(classify={"thresholds": [{"class": "B", "min": 60}, {"class": "A", "min": 80}]}), "classify.thresholds[1].min"),
])
def test_framework_mistakes_name_the_key(doc, key):
    with pytest.raises(KechuangError) as err:
        framework_from_dict(doc, "my.yaml")
    assert err.value.context["file"] == "my.yaml"
    assert key in err.value.context["key"], err.value.context
    assert err.value.message_zh


def test_cycle_is_reported_as_cycle():
    doc = {"name": "t", "nodes": [{"code": "R"}, {"code": "a", "parent": "b"}, {"code": "b", "parent": "a"}]}
    with pytest.raises(KechuangError, match="循环"):
        framework_from_dict(doc)


def test_flat_node_list_equals_nested_tree(tmp_path):
    nested = load_framework(FIX / "hdi-2020.yaml")
    raw = yaml.safe_load((FIX / "hdi-2020.yaml").read_text("utf-8"))
    flat = []
    for code in nested.order:
        node = nested.nodes[code]
        item = {"code": code, "parent": node.parent}
        if node.normalise:
            item["normalise"] = node.normalise
        if node.aggregate:
            item["aggregate"] = node.aggregate
        flat.append(item)
    raw.pop("tree")
    raw["nodes"] = flat
    path = tmp_path / "flat.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    a = evaluate_file(FIX / "hdi-2019-data.csv", FIX / "hdi-2020.yaml")
    b = evaluate_file(FIX / "hdi-2019-data.csv", path)
    assert [a.score(u) for u in a.units] == [b.score(u) for u in b.units]


def test_unknown_framework_and_bad_yaml(tmp_path):
    with pytest.raises(KechuangError, match="内置框架"):
        load_framework("no-such-framework")
    bad = tmp_path / "bad.yaml"
    bad.write_text("tree: [\n", "utf-8")
    with pytest.raises(KechuangError) as err:
        load_framework(bad)
    assert err.value.code == "KC-FRAMEWORK-YAML"
