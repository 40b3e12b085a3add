"""The schema of a framework file: every block and every key it may hold, as pydantic models.

Unknown keys are refused (with the closest valid key), and so are wrong types and values; the error names
the file and the path of the key (``normalise.lg:未知的键,是否应为 log?``). What needs the whole tree
(cycles, duplicate codes, points that add up, a ratio's standard inherited or not) is checked in
``framework.py`` after the schema. ``docs/evaluation.md`` has one table per block; a test keeps the two equal.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from kechuang.errors import KechuangError

NORMALISE_METHODS = ("min-max", "z-score", "ratio", "goalposts", "distance-to-target", "rank", "percentile",
                     "identity", "score")
AGGREGATE_METHODS = ("arithmetic", "geometric", "harmonic", "sum")
IMPUTE_METHODS = ("none", "group-mean", "mean", "last-value", "interpolate")
TREAT_METHODS = ("none", "winsorise", "log")
DIRECTION_VALUES = (1, -1, "1", "-1", "higher", "lower", "正向", "逆向", "+", "-")
# The parameters each normalisation method reads (besides method, reference, and range/exclude at top level).
NORMALISE_PARAMETERS = {"min-max": set(), "z-score": {"mean", "sd"}, "ratio": {"standard", "cap"},
                        "goalposts": {"min", "max", "log", "clip"}, "distance-to-target": {"target", "cap"},
                        "rank": set(), "percentile": set(), "identity": set(), "score": {"max"}}
TREAT_PARAMETERS = {"skew", "kurtosis", "winmax", "fallback"}  # read only under winsorise


def _text(value: Any) -> Any:
    """YAML reads ``version: 2023`` or ``code: 1`` as numbers; they are names all the same."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _method_shorthand(value: Any) -> Any:
    """``normalise: ratio`` is short for ``normalise: {method: ratio}`` (likewise impute, treat)."""
    return {"method": value} if isinstance(value, str) else value


def _not_a_flag(value: Any) -> Any:
    """``direction: true`` would pass as 1 (True == 1 in Python); a direction is a word or a sign."""
    if isinstance(value, bool):
        raise PydanticCustomError("direction_flag", "direction is not true/false", {})
    return value


Text = Annotated[str, BeforeValidator(_text)]
Number = Annotated[float, Field(allow_inf_nan=False)]
NonNegative = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Positive = Annotated[float, Field(gt=0, allow_inf_nan=False)]
Share = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
Spread = Annotated[float, Field(ge=0, lt=1, allow_inf_nan=False)]  # ± a share: factors 1 − s … 1 + s stay positive
Aggregate = Literal[AGGREGATE_METHODS]
Nonpositive = Literal["floor", "skip"]


class Block(BaseModel):
    """A mapping of a framework file: only its documented keys, each of its documented type."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=False)
    doc_name: ClassVar[str]

    @classmethod
    def keys(cls) -> set[str]:
        return {field.alias or name for name, field in cls.model_fields.items()}

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            valid = cls.keys()
            for key in data:
                if str(key) not in valid:
                    raise PydanticCustomError("unknown_key", "unknown key {key}",
                                              {"key": str(key), "valid": ",".join(sorted(valid))})
        return data

    def _only_parameters_of(self, method: str, allowed: set[str], what: str) -> None:
        for key in sorted(self.model_fields_set - {"method", "reference", "range", "exclude"} - allowed):
            raise PydanticCustomError("method_key", "key {key} not read by {method}",
                                      {"key": type(self).model_fields[key].alias or key, "method": method, "what": what,
                                       "valid": ",".join(sorted(allowed)) or "无"})


class Data(Block):
    doc_name = "data"
    unit: Text | None = None
    name: Text | None = None
    period: Text | None = None
    groups: list[Text] | None = None


class Impute(Block):
    doc_name = "impute"
    method: Literal[IMPUTE_METHODS] = "none"
    group: Text | None = None

    @model_validator(mode="after")
    def _group_given(self) -> Impute:
        if self.method == "group-mean" and not self.group:
            raise PydanticCustomError("group_missing", "group-mean needs group", {"key": "group"})
        return self


class NodeTreat(Block):
    doc_name = "node.treat"
    method: Literal[TREAT_METHODS]


class Treat(Block):
    doc_name = "treat"
    method: Literal[TREAT_METHODS] = "none"
    skew: Number | None = None
    kurtosis: Number | None = None
    winmax: Annotated[int, Field(ge=0)] | Annotated[str, Field(pattern=r"^\d+(\.\d+)?%$")] | None = None
    fallback: Literal["log", "none"] | None = None

    @model_validator(mode="after")
    def _parameters_of_method(self) -> Treat:
        if self.method != "winsorise":
            self._only_parameters_of(self.method, set(), "异常值处理方法")
        return self


class NodeNormalise(Block):
    doc_name = "node.normalise"
    method: Literal[NORMALISE_METHODS]
    reference: Literal["period", "all"] | None = None
    standard: Number | None = None
    cap: Positive | bool | None = None
    min: Number | None = None
    max: Number | None = None
    log: bool | None = None
    clip: bool | None = None
    target: Number | None = None
    mean: Number | None = None
    sd: Number | None = None

    @model_validator(mode="after")
    def _parameters_of_method(self) -> NodeNormalise:
        self.check_parameters(self.method)
        return self

    def check_parameters(self, *methods: str) -> None:
        allowed = set().union(*(NORMALISE_PARAMETERS[m] for m in methods))
        self._only_parameters_of("、".join(methods), allowed, "标准化方法")
        if self.cap is not None:
            if isinstance(self.cap, bool) and "distance-to-target" not in methods:
                raise PydanticCustomError("cap_type", "ratio cap is a number", {"key": "cap", "expected": "正数"})
            if not isinstance(self.cap, bool) and "ratio" not in methods:
                raise PydanticCustomError("cap_type", "distance-to-target cap is a flag",
                                          {"key": "cap", "expected": "true 或 false"})


class Normalise(NodeNormalise):
    doc_name = "normalise"
    method: Literal[NORMALISE_METHODS] = "min-max"
    range: Annotated[list[Number], Field(min_length=2, max_length=2)] | None = None
    exclude: list[Text] | None = None

    @model_validator(mode="after")
    def _parameters_of_method(self) -> Normalise:
        return self  # checked by FrameworkFile: the uncertainty block may name alternatives that read more keys


class NodeSpec(Block):
    doc_name = "node"
    code: Annotated[Text, Field(min_length=1)]
    name: Text | None = None
    parent: Text | None = None
    children: list[NodeSpec] | None = None
    direction: Annotated[Literal[DIRECTION_VALUES], BeforeValidator(_not_a_flag)] = 1
    weight: NonNegative | None = None
    points: NonNegative | None = None
    cap: NonNegative | None = None
    denominator: Text | None = None
    normalise: Annotated[NodeNormalise | None, BeforeValidator(_method_shorthand)] = None
    aggregate: Aggregate | None = None
    nonpositive: Nonpositive | None = None
    floor: Positive | None = None
    treat: Annotated[NodeTreat | None, BeforeValidator(_method_shorthand)] = None
    unit: Text | None = None
    note: Text | None = None
    qualitative: bool = False
    indicator: Text | None = None


class Threshold(Block):
    doc_name = "classify.thresholds"
    class_: Text = Field(alias="class")
    min: Number | None = None


class Classify(Block):
    doc_name = "classify"
    thresholds: Annotated[list[Threshold], Field(min_length=1)]
    by: Literal["score", "ratio"] = "score"
    unit: Text | None = None
    value: Number | None = None
    strict: bool = False
    round: Annotated[int, Field(ge=0, le=6)] | None = None


class Rank(Block):
    doc_name = "rank"
    exclude: list[Text] | None = None
    round: Annotated[int, Field(ge=0, le=12)] | None = None


class Rescale(Block):
    doc_name = "rescale"
    unit: Text
    period: int | None = None
    value: Number = 100.0
    indicators: bool = False


class Uncertainty(Block):
    doc_name = "uncertainty"
    weights: Spread | None = None
    standards: Spread | None = None
    normalise: list[Literal[NORMALISE_METHODS]] | None = None
    impute: list[Literal[IMPUTE_METHODS]] | None = None
    path_cap: Positive | None = None


class MinCoverage(Block):
    doc_name = "min_coverage"
    share: Share | None = None
    per_dimension: Annotated[int, Field(ge=0)] | None = None


def _one_top_node(value: Any) -> Any:
    if isinstance(value, list):
        if len(value) != 1:
            raise PydanticCustomError("one_root", "tree has one top node", {})
        return value[0]
    return value


class FrameworkFile(Block):
    doc_name = "top"
    name: Text | None = None
    title: Text | None = None
    version: Text | None = None
    source: Text | None = None
    notes: Text | None = None
    data: Data | None = None
    impute: Annotated[Impute | None, BeforeValidator(_method_shorthand)] = None
    treat: Annotated[Treat | None, BeforeValidator(_method_shorthand)] = None
    normalise: Annotated[Normalise | None, BeforeValidator(_method_shorthand)] = None
    aggregate: Aggregate | None = None
    nonpositive: Nonpositive | None = None
    floor: Positive | None = None
    scale: Literal["weights", "points"] = "weights"
    weights: Literal["normalised", "strict"] = "normalised"
    rescale: Rescale | None = None
    classify: Classify | None = None
    rank: Rank | None = None
    uncertainty: Uncertainty | None = None
    min_coverage: MinCoverage | None = None
    tree: Annotated[NodeSpec, BeforeValidator(_one_top_node)] = None  # type: ignore[assignment]  (absent, not null)
    nodes: Annotated[list[NodeSpec], Field(min_length=1)] = None  # type: ignore[assignment]


BLOCKS: tuple[type[Block], ...] = (FrameworkFile, Data, Impute, Treat, Normalise, Rescale, Classify, Threshold, Rank,
                                   Uncertainty, MinCoverage, NodeSpec, NodeNormalise, NodeTreat)


def schema_keys() -> dict[str, set[str]]:
    """Every block (as the docs name it) and its keys."""
    return {block.doc_name: block.keys() for block in BLOCKS}


def validate_framework(raw: Any, path: str) -> FrameworkFile:
    """Check a framework file's content against the schema; the first mistake becomes a ``KechuangError``."""
    if not isinstance(raw, dict):
        raise KechuangError("KC-FRAMEWORK-INVALID", "(文件):顶层应为映射(name、tree 等键)", file=path, key="(文件)")
    try:
        spec = FrameworkFile.model_validate(raw)
        _top_normalise_parameters(spec)
    except ValidationError as exc:
        key, label, message = _describe(_most_telling(exc.errors(include_url=False), raw), raw)
        raise KechuangError("KC-FRAMEWORK-INVALID", f"{label}:{message}", file=path, key=key) from None
    except PydanticCustomError as exc:  # raised outside model validation (the cross-block check)
        key, label, message = _describe({"type": exc.type, "loc": ("normalise",), "ctx": exc.context or {},
                                         "input": None, "msg": exc.message()}, raw)
        raise KechuangError("KC-FRAMEWORK-INVALID", f"{label}:{message}", file=path, key=key) from None
    return spec


def _most_telling(errors: list[dict], raw: Any) -> dict:
    """Of the errors at the first error's key (one per member of a union), the one that is not about type."""
    where = _walk(list(errors[0]["loc"]), raw)[0]
    same = [e for e in errors if _walk(list(e["loc"]), raw)[0] == where]
    return next((e for e in same if not e["type"].endswith("_type")), errors[0])


def _top_normalise_parameters(spec: FrameworkFile) -> None:
    """The default normalisation may carry the parameters of the alternatives ``uncertainty.normalise`` names."""
    if spec.normalise is None:
        return
    alternatives = (spec.uncertainty.normalise if spec.uncertainty else None) or []
    spec.normalise.check_parameters(*dict.fromkeys([spec.normalise.method, *alternatives]))


TYPE_NAMES = {"float": "数字", "int": "整数", "bool": "true 或 false", "string": "文本", "list": "列表",
              "dict": "映射", "model": "映射", "model_attributes": "映射"}


def _describe(error: dict, raw: Any) -> tuple[str, str, str]:
    """The path of the key, the same with the node's code when it is inside a node, and a Chinese message."""
    kind, ctx, given = error["type"], error.get("ctx") or {}, error.get("input")
    loc, code = _walk([*error["loc"], *([ctx["key"]] if "key" in ctx else [])], raw)
    key = _path(loc)
    return key, key + (f"(节点 {code})" if code is not None else ""), _message(kind, ctx, given, error)


def _message(kind: str, ctx: dict, given: Any, error: dict) -> str:
    if kind == "unknown_key":
        valid = ctx["valid"].split(",")
        close = difflib.get_close_matches(ctx["key"], valid, n=1, cutoff=0.6)
        hint = f"是否应为 {close[0]}?" if close else f"可用的键:{'、'.join(valid)}"
        return f"未知的键,{hint}"
    if kind == "method_key":
        return f"{ctx['what']} {ctx['method']} 不读取此键(它读取:{ctx['valid'].replace(',', '、')})"
    fixed = {"group_missing": "按组均值插补(group-mean)需要 group(分组列名)", "missing": "缺少必需的键",
             "one_root": "tree 应只有一个顶层节点", "finite_number": "应为有限的数",
             "direction_flag": f"取值「{given}」无效,应为 higher 或 lower(或 1/-1、正向/逆向)",
             "cap_type": f"此处的 cap 应为{ctx.get('expected')}",
             "string_pattern_mismatch": f"取值「{given}」无效,应为非负整数或百分比(如 10%)",
             "literal_error": f"取值「{given}」无效,可选:"
                              + str(ctx.get("expected", "")).replace(", ", "、").replace(" or ", "、")}
    if kind in fixed:
        return fixed[kind]
    bounds = {"greater_than_equal": ("≥", "ge"), "greater_than": (">", "gt"), "less_than_equal": ("≤", "le"),
              "less_than": ("<", "lt")}
    if kind in bounds:
        sign, name = bounds[kind]
        return f"应 {sign} {ctx.get(name)},现为「{given}」"
    if kind == "too_short":
        return f"至少需要 {ctx.get('min_length')} 项,现为「{given}」"
    if kind == "too_long":
        return f"至多 {ctx.get('max_length')} 项,现为「{given}」"
    base = "model" if kind.startswith("model_") else kind.split("_")[0]
    if base in TYPE_NAMES:
        return f"应为{TYPE_NAMES[base]},现为「{given}」"
    return f"取值「{given}」无效({error.get('msg')})"


def _walk(loc: list, raw: Any) -> tuple[list, Any]:
    """Follow ``loc`` through the file: drop pydantic's union tags (a name where the file has no mapping),
    step into a one-node ``tree`` list, write a node's code before its ``children`` (``tree.R.children[0]``),
    and note the code of the innermost node passed."""
    out, code, here = [], None, raw
    for part in loc:
        if isinstance(here, list) and len(here) == 1 and isinstance(part, str) and out == ["tree"]:
            here = here[0]
        if isinstance(part, str) and not isinstance(here, dict) and not (isinstance(here, str) and part == "method"):
            continue  # a union member's tag, not a key of the file
        if part == "children" and isinstance(here, dict) and "code" in here:
            out.append(str(here["code"]))
        out.append(part)
        if (isinstance(here, dict) and part in here) or (isinstance(here, list) and isinstance(part, int)
                                                         and part < len(here)):
            here = here[part]
        else:
            here = None
        if isinstance(here, dict) and "code" in here and (out == ["tree"] or isinstance(part, int)):
            code = here["code"]
    return out, code


def _path(loc: list) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(文件)"
