"""The framework file schema: every block and key checked, mistakes named by file, key path and closest key."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kechuang.cli import main
from kechuang.errors import KechuangError
from kechuang.evaluation import builtin_frameworks, load_framework
from kechuang.evaluation.framework import framework_from_dict
from kechuang.evaluation.schema import schema_keys

ROOT = Path(__file__).parents[2]
FIX = ROOT / "tests" / "fixtures"
HDI = FIX / "frameworks" / "hdi-2020.yaml"
COUNTIES = FIX / "data" / "counties-synthetic.csv"


def full() -> dict:
    """A framework that uses every block (and most keys) of the format."""
    return {
        "name": "t", "title": "T", "version": "1", "source": "s", "notes": "n",
        "data": {"unit": "地区", "name": "名称", "period": "年份", "groups": ["g"]},
        "impute": {"method": "group-mean", "group": "g"},
        "treat": {"method": "winsorise", "skew": 2, "kurtosis": 3.5, "winmax": "10%", "fallback": "log"},
        "normalise": {"method": "min-max", "range": [1, 100], "reference": "period", "exclude": ["X"]},
        "aggregate": "geometric", "nonpositive": "floor", "floor": 0.001, "scale": "weights", "weights": "normalised",
        "rescale": {"unit": "X", "period": 2020, "value": 100, "indicators": False},
        "classify": {"thresholds": [{"class": "A", "min": 80}, {"class": "B"}], "by": "score", "strict": False,
                     "round": 1},
        "rank": {"exclude": ["X"], "round": 2},
        "uncertainty": {"weights": 0.2, "standards": 0.1, "normalise": ["min-max", "percentile"], "impute": ["group-mean", "mean"],
                        "path_cap": 0.5},
        "min_coverage": {"share": 0.75, "per_dimension": 1},
        "tree": {"code": "R", "name": "总", "aggregate": "arithmetic", "nonpositive": "skip", "children": [
            {"code": "a", "name": "甲", "direction": "higher", "weight": 1, "unit": "%", "note": "n",
             "indicator": "col a", "denominator": "pop", "cap": 0.5, "treat": {"method": "none"},
             "normalise": {"method": "ratio", "standard": 10, "cap": 1.2}},
            {"code": "b", "direction": "逆向", "weight": 2, "qualitative": True, "normalise": {"method": "score", "max": 5}},
            {"code": "c", "aggregate": "geometric", "nonpositive": "floor", "floor": 0.01, "children": [
                {"code": "c1", "normalise": {"method": "goalposts", "min": 0, "max": 10, "log": False, "clip": True}},
                {"code": "c2", "normalise": {"method": "distance-to-target", "target": 5, "cap": True,
                                             "reference": "all"}},
                {"code": "c3", "normalise": {"method": "z-score", "mean": 50, "sd": 10}}]}]},
    }


BLOCKS = {  # the block as the docs name it → where it is in full()
    "top": lambda d: d, "data": lambda d: d["data"], "impute": lambda d: d["impute"], "treat": lambda d: d["treat"],
    "normalise": lambda d: d["normalise"], "rescale": lambda d: d["rescale"], "classify": lambda d: d["classify"],
    "classify.thresholds": lambda d: d["classify"]["thresholds"][0], "rank": lambda d: d["rank"],
    "uncertainty": lambda d: d["uncertainty"], "min_coverage": lambda d: d["min_coverage"],
    "node": lambda d: d["tree"]["children"][0], "node.normalise": lambda d: d["tree"]["children"][0]["normalise"],
    "node.treat": lambda d: d["tree"]["children"][0]["treat"],
}
PATHS = {"top": "", "classify.thresholds": "classify.thresholds[0]", "node": "tree.R.children[0]",
         "node.normalise": "tree.R.children[0].normalise", "node.treat": "tree.R.children[0].treat"}
TYPOS = [("top", "aggregate", "agregate"), ("data", "period", "peroid"), ("impute", "group", "gruop"),
         ("treat", "kurtosis", "kurtossis"), ("normalise", "range", "rnage"), ("rescale", "value", "valeu"),
         ("classify", "thresholds", "threshold"), ("classify.thresholds", "min", "mn"), ("rank", "exclude", "exlude"),
         ("uncertainty", "path_cap", "pathcap"), ("min_coverage", "per_dimension", "per_dimensions"),
         ("node", "weight", "wieght"), ("node.normalise", "standard", "standrd"), ("node.treat", "method", "methd")]


def refused(doc: dict, path: str = "my.yaml") -> KechuangError:
    with pytest.raises(KechuangError) as err:
        framework_from_dict(doc, path)
    assert err.value.code == "KC-FRAMEWORK-INVALID" and err.value.context["file"] == path
    return err.value


def test_a_framework_with_every_block_loads():
    fw = framework_from_dict(full(), "my.yaml")
    assert fw.leaves == ["a", "b", "c1", "c2", "c3"] and fw.normalise_for("c2")["reference"] == "all"


def test_every_block_has_a_typo_case():
    assert {block for block, _, _ in TYPOS} == set(BLOCKS) == set(schema_keys())


@pytest.mark.parametrize("block,key,typo", TYPOS)
def test_a_misspelt_key_in_every_block_is_refused_with_the_closest_key(block, key, typo):
    doc = full()
    where = BLOCKS[block](doc)
    assert key in where and key in schema_keys()[block]
    where[typo] = where.pop(key)
    err = refused(doc)
    path = f"{PATHS.get(block, block)}.{typo}".lstrip(".")
    assert err.context["key"] == path
    assert f"{path}" in err.message_zh and f"未知的键,是否应为 {key}?" in err.message_zh


@pytest.mark.parametrize("block,key,value,fragment", [
    ("uncertainty", "weights", "x", "应为数字"),
    ("uncertainty", "weights", 1, "< 1"),
    ("uncertainty", "standards", -0.1, "≥ 0"),
    ("rank", "round", 1.5, "应为整数"),
    ("classify", "round", 7, "≤ 6"),
    ("classify", "by", "rank", "score"),
    ("min_coverage", "share", -0.1, "≥ 0"),
    ("min_coverage", "per_dimension", 1.5, "应为整数"),
    ("top", "floor", 0, "> 0"),
    ("top", "nonpositive", "zero", "'floor'、'skip'"),
    ("top", "aggregate", "median", "geometric"),
    ("top", "scale", "marks", "points"),
    ("node", "weight", True, "应为数字"),
    ("node", "weight", -1, "≥ 0"),
    ("node", "direction", "up", "higher"),
    ("node", "direction", True, "higher 或 lower"),
    ("node", "floor", -0.5, "> 0"),
    ("node", "nonpositive", True, "floor"),
    ("node", "qualitative", "yes please", "true 或 false"),
    ("node.normalise", "method", "magic", "min-max"),
    ("node.normalise", "cap", True, "cap 应为正数"),
    ("normalise", "range", "0-100", "应为列表"),
    ("normalise", "range", [0], "至少需要 2 项"),
    ("normalise", "range", [0, 1, 2], "至多 2 项"),
    ("classify", "thresholds", [], "至少需要 1 项"),
    ("normalise", "reference", "year", "period"),
    ("data", "groups", "g", "应为列表"),
    ("impute", "method", "median", "group-mean"),
    ("treat", "winmax", "lots", "百分比"),
    ("rescale", "period", "2020", "应为整数"),
    ("classify.thresholds", "min", "eighty", "应为数字"),
])
def test_wrong_types_and_values_are_refused_by_path(block, key, value, fragment):
    doc = full()
    BLOCKS[block](doc)[key] = value
    err = refused(doc)
    path = f"{PATHS.get(block, block)}.{key}".lstrip(".")
    assert err.context["key"] == path and fragment in err.message_zh, err.message_zh


def test_keys_a_method_does_not_read_are_refused():
    doc = full()
    doc["tree"]["children"][1]["normalise"]["target"] = 4  # score reads only max
    err = refused(doc)
    assert err.context["key"] == "tree.R.children[1].normalise.target"
    assert "score 不读取此键" in err.message_zh
    doc = full()
    doc["treat"] = {"method": "none", "skew": 2}
    assert refused(doc).context["key"] == "treat.skew"
    doc = full()
    doc["normalise"]["standard"] = 10  # min-max (and the percentile alternative) read no standard
    assert refused(doc).context["key"] == "normalise.standard"
    doc["uncertainty"]["normalise"] = ["min-max", "ratio"]  # an alternative that reads it
    framework_from_dict(doc, "my.yaml")


def test_required_keys_and_shapes():
    doc = full()
    del doc["rescale"]["unit"]
    assert "缺少必需的键" in refused(doc).message_zh
    doc = full()
    doc["impute"] = "group-mean"
    assert "group" in refused(doc).message_zh
    doc = full()
    doc["tree"] = None
    assert refused(doc).context["key"] == "tree"
    doc = full()
    doc["tree"]["children"][0]["parent"] = "R"
    assert refused(doc).context["key"] == "tree.R.children[0].parent"


def _hdi_with(text: str, tmp_path: Path) -> Path:
    path = tmp_path / "framework.yaml"
    path.write_text(text, "utf-8")
    return path


def test_the_hdi_typos_from_the_issue_are_refused(tmp_path):
    source = HDI.read_text("utf-8")
    assert "log: true" in source and "range: [0, 1]" in source
    with pytest.raises(KechuangError) as err:
        load_framework(_hdi_with(source.replace("log: true", "lg: true"), tmp_path))
    assert "/framework.yaml: tree.HDI.children[2].normalise.lg(节点 gni):未知的键,是否应为 log?" in str(err.value)
    with pytest.raises(KechuangError) as err:
        load_framework(_hdi_with(source.replace("range: [0, 1]", "rnage: [0, 1]"), tmp_path))
    assert "/framework.yaml: normalise.rnage:未知的键,是否应为 range?" in str(err.value)


@pytest.mark.parametrize("path", sorted(builtin_frameworks().values()) + sorted((FIX / "frameworks").glob("*.yaml")),
                         ids=lambda p: p.name)
def test_every_builtin_and_fixture_framework_passes_the_schema(path):
    assert load_framework(path).leaves


def test_cli_prints_the_one_line_error_and_exits_non_zero(tmp_path, capsys):
    bad = _hdi_with(HDI.read_text("utf-8").replace("log: true", "lg: true"), tmp_path)
    assert main(["evaluate", str(COUNTIES), "--framework", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert "framework.yaml: tree.HDI.children[2].normalise.lg(节点 gni):未知的键,是否应为 log?" in err
    run = subprocess.run([sys.executable, "-m", "kechuang", "evaluate", str(COUNTIES), "--framework", str(bad)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1 and "是否应为 log?" in run.stderr and "Traceback" not in run.stderr


def documented_keys() -> dict[str, set[str]]:
    """The key tables of docs/evaluation.md: ``<!-- keys: block -->`` then a table whose first column is the key."""
    text = (ROOT / "docs" / "evaluation.md").read_text("utf-8")
    out: dict[str, set[str]] = {}
    for match in re.finditer(r"<!-- keys: (\S+) -->\n((?:\|.*\n)+)", text):
        rows = match.group(2).splitlines()[2:]  # header and rule
        out[match.group(1)] = {re.match(r"\|\s*`([^`]+)`", row).group(1) for row in rows}
    return out


def test_docs_list_exactly_the_keys_of_the_schema():
    documented, schema = documented_keys(), schema_keys()
    assert set(documented) == set(schema)
    for block, keys in schema.items():
        assert documented[block] == keys, (block, "not documented:", keys - documented[block],
                                           "documented, not in the schema:", documented[block] - keys)
