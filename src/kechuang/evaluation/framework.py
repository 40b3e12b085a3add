"""Evaluation frameworks: a YAML file holding the indicator tree and the method of every step.

The schema is documented in ``docs/evaluation.md``; ``load_framework`` validates everything a user can
get wrong (unknown keys and methods, cycles, duplicate codes, weights or points that do not add up)
and names the file and key of the mistake. The loaded form (``Node``, ``Framework``) is in ``tree.py``
and importable from here.
"""

from __future__ import annotations

import functools
import math
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kechuang.errors import KechuangError
from kechuang.evaluation.schema import (  # noqa: F401  (the method lists are part of this module's interface)
    AGGREGATE_METHODS,
    IMPUTE_METHODS,
    NORMALISE_METHODS,
    TREAT_METHODS,
    FrameworkFile,
    NodeSpec,
    validate_framework,
)
from kechuang.evaluation.tree import Framework, Node

TOP_KEYS = FrameworkFile.keys()
NODE_KEYS = NodeSpec.keys()
NONPOSITIVE = ("floor", "skip")  # a zero or negative input under a geometric or harmonic mean
DIRECTIONS = {1: 1, -1: -1, "1": 1, "-1": -1, "higher": 1, "lower": -1, "正向": 1, "逆向": -1, "+": 1, "-": -1}


def builtin_frameworks() -> dict[str, Path]:
    folder = resources.files("kechuang.evaluation") / "frameworks"
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir() if str(p).endswith(".yaml")}


@functools.cache
def builtin_titles() -> dict[str, str]:
    """Built-in framework name → its title (what pages show; the name is the stable id)."""
    out = {}
    for name, path in builtin_frameworks().items():
        head = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out[name] = str(head.get("title") or name)
    return out


def load_framework(name_or_path: str | Path) -> Framework:
    """Load a built-in framework by name (``coinr-asem``) or a framework file by path."""
    builtins = builtin_frameworks()
    path = builtins.get(str(name_or_path)) or Path(name_or_path)
    if not path.is_file():
        raise KechuangError("KC-FRAMEWORK-NOT-FOUND", f"找不到评价框架「{name_or_path}」;内置框架有:"
                            f"{'、'.join(sorted(builtins))},或给出 YAML 文件路径", file=str(name_or_path))
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KechuangError("KC-FRAMEWORK-YAML", f"评价框架文件不是有效的 YAML:{str(exc)[:200]}",
                            file=str(path)) from exc
    fw = framework_from_dict(raw, str(path))
    _names_from_catalog(fw)
    return fw


def _names_from_catalog(fw: Framework) -> None:
    """Indicators named only by a catalog id take the catalog's Chinese name."""
    from kechuang.indicators.catalog import load_catalog

    catalog = load_catalog()
    for node in fw.nodes.values():
        if node.name == node.code and node.code in catalog.by_id:
            node.name = catalog.by_id[node.code].name


def framework_from_dict(raw: Any, path: str = "<framework>") -> Framework:
    def fail(key: str, message: str) -> KechuangError:
        return KechuangError("KC-FRAMEWORK-INVALID", f"{key}:{message}", file=path, key=key)

    validate_framework(raw, path)  # every block and key; what needs the whole tree is checked below
    if ("tree" in raw) == ("nodes" in raw):
        raise fail("tree", "需要 tree(嵌套)或 nodes(带 parent 的列表)二者之一")
    nodes = _nodes_from_tree(raw["tree"], fail) if "tree" in raw else _nodes_from_list(raw["nodes"], fail)
    roots = [c for c, n in nodes.items() if n.parent is None]
    if len(roots) != 1:
        raise fail("tree", f"应有且只有一个顶层节点,现有 {len(roots)} 个:{'、'.join(roots[:5])}")
    fw = Framework(
        name=str(raw.get("name") or Path(path).stem), title=str(raw.get("title") or raw.get("name") or ""),
        version=str(raw.get("version") or ""), source=str(raw.get("source") or ""), nodes=nodes, root=roots[0],
        data=_mapping(raw, "data", fail), path=path)
    fw.impute = _method_block(raw, "impute", IMPUTE_METHODS, "none", fail)
    fw.treat = _method_block(raw, "treat", TREAT_METHODS, "none", fail)
    fw.normalise = _method_block(raw, "normalise", NORMALISE_METHODS, "min-max", fail)
    fw.aggregate = str(raw.get("aggregate", "arithmetic"))
    fw.scale = str(raw.get("scale", "weights"))
    fw.rescale = _mapping(raw, "rescale", fail) or None
    fw.classify = _mapping(raw, "classify", fail) or None
    fw.rank = _mapping(raw, "rank", fail)
    fw.uncertainty = _mapping(raw, "uncertainty", fail)
    fw.nonpositive, fw.floor = _nonpositive(raw, "", fail)
    fw.nonpositive = fw.nonpositive or "skip"
    fw.min_coverage = _min_coverage(raw, fail)
    _check_nodes(fw, fail)
    _check_weights(fw, str(raw.get("weights", "normalised")), fail)
    _check_classify(fw, fail)
    _check_robustness(fw, fail)
    return fw


def _nonpositive(raw: dict, key: str, fail) -> tuple[str | None, float | None]:
    rule, floor = raw.get("nonpositive"), raw.get("floor")
    if rule is not None and rule not in NONPOSITIVE:
        raise fail(f"{key}nonpositive", f"「{rule}」无效;只能是 floor(低于下限的值按下限计)或 skip(该单位该年不计分)")
    if floor is not None and (isinstance(floor, bool) or not isinstance(floor, int | float)
                              or not math.isfinite(floor) or floor <= 0):
        raise fail(f"{key}floor", f"下限应为正数,现为「{floor}」")
    return rule, (float(floor) if floor is not None else None)


def _min_coverage(raw: dict, fail) -> dict | None:
    if raw.get("min_coverage") is None:
        return None
    block = _mapping(raw, "min_coverage", fail)
    unknown = set(block) - {"share", "per_dimension"}
    if unknown:
        raise fail(f"min_coverage.{sorted(unknown)[0]}", "未知的键;可用的键:share、per_dimension")
    share, per_dim = block.get("share", 0.0), block.get("per_dimension", 0)
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
        raise fail("min_coverage.share", f"应为 0 到 1 之间的比例(如 0.66),现为「{share}」")
    if isinstance(per_dim, bool) or not isinstance(per_dim, int) or per_dim < 0:
        raise fail("min_coverage.per_dimension", f"应为非负整数,现为「{per_dim}」")
    return {"share": float(share), "per_dimension": per_dim}


def _check_robustness(fw: Framework, fail) -> None:
    """The floor a ``nonpositive: floor`` needs; a per-dimension minimum every dimension can meet; classify.round."""
    for code in fw.order:
        node = fw.nodes[code]
        if not node.is_leaf and fw.nonpositive_for(code) == ("floor", None):
            where = f"{code}.floor" if node.nonpositive == "floor" else "floor"
            raise fail(where, "nonpositive: floor 需要给出下限 floor(正数,如 0.001)")
    need = (fw.min_coverage or {}).get("per_dimension", 0)
    for dim, leaves in fw.leaves_by_dimension().items():
        if len(leaves) < need:
            raise fail("min_coverage.per_dimension", f"维度「{dim}」只有 {len(leaves)} 个指标,少于要求的 {need} 个")
    digits = (fw.classify or {}).get("round")
    if digits is not None and (isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= 6):
        raise fail("classify.round", f"应为 0 到 6 之间的整数(保留的小数位数),现为「{digits}」")


def _mapping(raw: dict, key: str, fail) -> dict:
    return dict(raw.get(key) or {})


def _method_block(raw: dict, key: str, methods: tuple[str, ...], default: str, fail) -> dict:
    value = raw.get(key, default)
    block = dict({"method": value} if isinstance(value, str) else value or {})
    block.setdefault("method", default)
    return block


def _node(raw: Any, key: str, parent: str | None, fail) -> Node:
    code = str(raw["code"])
    direction = raw.get("direction", 1)
    normalise = raw.get("normalise")
    if isinstance(normalise, str):
        normalise = {"method": normalise}
    aggregate = raw.get("aggregate")
    treat = raw.get("treat")
    if isinstance(treat, str):
        treat = {"method": treat}
    node = Node(code=code, name=str(raw.get("name") or code), parent=parent, direction=DIRECTIONS[direction],
                denominator=raw.get("denominator") or None, normalise=normalise, aggregate=aggregate, treat=treat,
                qualitative=bool(raw.get("qualitative", False)), column=raw.get("indicator"))
    node.nonpositive, node.floor = _nonpositive(raw, f"{key}.", fail)
    node.unit = str(raw["unit"]) if raw.get("unit") is not None else None
    for attr in ("weight", "points", "cap"):
        if raw.get(attr) is not None:
            setattr(node, attr, float(raw[attr]))
    return node


def _nodes_from_tree(tree: Any, fail) -> dict[str, Node]:
    if isinstance(tree, list):
        if len(tree) != 1:
            raise fail("tree", "tree 应只有一个顶层节点")
        tree = tree[0]
    nodes: dict[str, Node] = {}
    stack = [(tree, "tree", None)]
    while stack:
        raw, key, parent = stack.pop()
        if "parent" in raw:
            raise fail(f"{key}.parent", "嵌套形式(tree)的上级由 children 决定,不写 parent")
        node = _node(raw, key, parent, fail)
        if node.code in nodes:
            raise fail(key, f"节点代码「{node.code}」重复")
        nodes[node.code] = node
        children = raw.get("children") or []
        if not isinstance(children, list):
            raise fail(f"{key}.children", "children 应为列表")
        for i, child in enumerate(reversed(children)):
            stack.append((child, f"{key}.{node.code}.children[{len(children) - 1 - i}]", node.code))
        node.children = [str(c.get("code")) if isinstance(c, dict) else "" for c in children]
    return nodes


def _nodes_from_list(items: Any, fail) -> dict[str, Node]:
    if not isinstance(items, list) or not items:
        raise fail("nodes", "nodes 应为非空列表")
    nodes: dict[str, Node] = {}
    for i, raw in enumerate(items):
        if isinstance(raw, dict) and "children" in raw:
            raise fail(f"nodes[{i}].children", "列表形式用 parent 指明上级,不写 children")
        node = _node(raw, f"nodes[{i}]", raw.get("parent") if isinstance(raw, dict) else None, fail)
        if node.code in nodes:
            raise fail(f"nodes[{i}]", f"节点代码「{node.code}」重复")
        node.parent = str(node.parent) if node.parent not in (None, "") else None
        nodes[node.code] = node
    for i, node in enumerate(nodes.values()):
        if node.parent is not None:
            if node.parent not in nodes:
                raise fail(f"nodes[{i}].parent", f"上级节点「{node.parent}」不存在")
            nodes[node.parent].children.append(node.code)
    for code in nodes:  # cycles: walking up from any node must reach the root
        seen, current = set(), code
        while current is not None:
            if current in seen:
                raise fail(f"nodes.{code}", f"节点之间存在循环:{' → '.join([*seen, current])}")
            seen.add(current)
            current = nodes[current].parent
    return nodes


def _check_nodes(fw: Framework, fail) -> None:
    reachable = set(fw.order)
    orphans = set(fw.nodes) - reachable
    if orphans:
        raise fail(f"nodes.{sorted(orphans)[0]}", "节点不在以顶层节点为根的树上(可能存在循环)")
    for code in fw.order:
        node = fw.nodes[code]
        if not node.is_leaf and node.normalise is not None:
            raise fail(f"{code}.normalise", "只有指标(叶节点)可以设置标准化方法")
        method = (node.normalise or fw.normalise)["method"] if node.is_leaf else None
        block = node.normalise or fw.normalise
        if method == "ratio" and "standard" not in block:
            raise fail(f"{code}.normalise.standard", "达标比值法(ratio)需要 standard(标准值)")
        if method == "goalposts" and not ("min" in block and "max" in block):
            raise fail(f"{code}.normalise", "门槛法(goalposts)需要 min 与 max")
        if method == "goalposts" and block.get("log") and min(block["min"], block["max"]) <= 0:
            raise fail(f"{code}.normalise", "对数门槛法的 min 与 max 必须为正数")
        if method == "distance-to-target" and "target" not in block:
            raise fail(f"{code}.normalise.target", "距目标法(distance-to-target)需要 target(目标值)")
        if fw.scale == "points" and node.is_leaf and node.points is None:
            raise fail(f"{code}.points", "分值制框架(scale: points)中每个指标都要有 points")


def _check_weights(fw: Framework, rule: str, fail) -> None:
    if rule not in ("normalised", "strict"):
        raise fail("weights", "只能是 normalised(同级权重自动归一)或 strict(同级权重之和必须为 1)")
    for code in fw.order:
        node = fw.nodes[code]
        if node.is_leaf:
            continue
        if fw.scale == "points":
            if node.points is not None:
                total = sum(fw.nodes[c].points or 0.0 for c in node.children)
                if abs(total - node.points) > 1e-9:
                    raise fail(f"{code}.points", f"下级分值之和为 {total:g},与本节点分值 {node.points:g} 不符")
            else:
                node.points = sum(fw.nodes[c].points or 0.0 for c in node.children)
        elif rule == "strict":
            total = sum(fw.nodes[c].weight for c in node.children)
            if abs(total - 1) > 1e-9:
                raise fail(f"{code}.children", f"下级权重之和为 {total:g},按 weights: strict 应为 1")
        if not fw.scale == "points" and sum(fw.nodes[c].weight for c in node.children) <= 0:
            raise fail(f"{code}.children", "下级权重全为 0")


def _check_classify(fw: Framework, fail) -> None:
    if not fw.classify:
        return
    thresholds = fw.classify.get("thresholds")
    if not isinstance(thresholds, list) or not thresholds:
        raise fail("classify.thresholds", "应为从高到低的等级列表,如 [{class: A, min: 80}, {class: B, min: 60}, "
                   "{class: C}]")
    last = math.inf
    for i, t in enumerate(thresholds):
        if not isinstance(t, dict) or "class" not in t:
            raise fail(f"classify.thresholds[{i}]", "每个等级需要 class")
        bound = t.get("min", -math.inf)
        if not isinstance(bound, int | float) or bound >= last:
            raise fail(f"classify.thresholds[{i}].min", "等级下限应为数字且从高到低排列")
        last = bound
    if fw.classify.get("by", "score") not in ("score", "ratio"):
        raise fail("classify.by", "只能是 score(按得分)或 ratio(按与参照单位之比)")
    if fw.classify.get("by") == "ratio" and not fw.classify.get("unit"):
        raise fail("classify.unit", "按比值分级时需要参照单位 unit")
