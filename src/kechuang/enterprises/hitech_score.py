"""The 100-point innovation score of 高企 认定 (工作指引 国科发火〔2016〕195号 四): the parts computed from data (IP
quantity, the two growth rates) and the parts only reviewers give, as bands of points."""

from __future__ import annotations

import datetime as dt

from kechuang.enterprises.display import pct
from kechuang.enterprises.facts import EnterpriseFacts
from kechuang.enterprises.results import COMPUTED, GIVEN, MANUAL_REVIEW, NEEDS_DATA, ScorePart
from kechuang.enterprises.ruledata import RuleValues
from kechuang.errors import KechuangError


def growth_rate(values: list[float]) -> tuple[float | None, str]:
    """The official growth rate ½ × (Y2/Y1 + Y3/Y2) − 1 over the last three years, with the 指引's edge cases:
    Y1 = 0 → Y3/Y2 − 1 (the later two years); Y2 = 0 → no rate (0 points). With two years of operation only, Y2/Y1
    − 1. ``None`` with the reason when there is no rate (0 points); a negative rate scores 0 points too."""
    if len(values) < 2:
        return None, "经营不足两个会计年度,无法计算增长率"
    if len(values) == 2:
        first, second = values
        if first <= 0:
            return None, "第一年为 0 或负数,无法计算增长率"
        return second / first - 1, "按实际经营的两年计算"
    first, second, third = values[-3:]
    if second == 0:
        return None, "第二年为 0,按 0 分计算"
    if second < 0:
        return None, "第二年为负数,按 0 分计算(需财务专家复核)"
    if first == 0:
        return third / second - 1, "第一年为 0,按后两年计算"
    if first < 0:
        return None, "第一年为负数,按 0 分计算(需财务专家复核)"
    return (second / first + third / second) / 2 - 1, ""


def growth_band(rate: float | None, bands: list[dict]) -> tuple[float, float]:
    if rate is None:
        return 0.0, 0.0
    for band in bands:
        if (("at_least" in band and rate >= band["at_least"] - 1e-12) or ("above" in band and rate > band["above"])
                or band.get("otherwise")):
            return float(band["low"]), float(band["high"])
    return 0.0, 0.0


def ip_counts(facts: EnterpriseFacts, as_of: dt.date) -> tuple[int, int]:
    """Ⅰ类 and usable Ⅱ类 rights granted by ``as_of`` (a Ⅱ类 right already used for 高企 does not count again)."""
    granted = [ip for ip in facts.ip if ip.granted_on is None or ip.granted_on <= as_of]
    first = sum(1 for ip in granted if ip.ip_class == "I")
    second = sum(1 for ip in granted if ip.ip_class == "II" and not ip.used_for_hitech)
    return first, second


def ip_quantity_band(first: int, second: int, bands: list[dict]) -> tuple[float, float]:
    for band in bands:
        count = first if band["class"] == "I" else second
        if count >= band["at_least"]:
            return float(band["low"]), float(band["high"])
    return 0.0, 0.0


def _given(facts: EnterpriseFacts, key: str, spec: dict) -> float | None:
    value = facts.judgements.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= spec["max"]:
        raise KechuangError("KC-ENT-JUDGEMENT", f"「{spec['name']}」的评审得分应为 0 到 {spec['max']} 的数,"
                            f"而不是「{value}」", field=key, enterprise=facts.name)
    return float(value)


def score_parts(facts: EnterpriseFacts, as_of: dt.date, period: list[int], rules: RuleValues) -> list[ScorePart]:
    """Every part of the score: computed bands, reviewers' points where given, else manual_review 0–max."""
    source = rules.sources["score_parts"]
    computed = _computed(facts, as_of, period, rules)
    parts = []
    for spec in rules["score_parts"]:
        key, top = spec["key"], float(spec["max"])
        given = _given(facts, key, spec)
        if given is not None:
            parts.append(ScorePart(key, spec["name"], top, GIVEN, given, given, given,
                                   computed.get(key, (0, 0, ""))[2], source))
        elif key in computed:
            low, high, figure = computed[key]
            status = NEEDS_DATA if low is None else COMPUTED
            low, high = (0.0, top) if low is None else (low, high)
            parts.append(ScorePart(key, spec["name"], top, status, low, high, low if low == high else None,
                                   figure, source))
        else:
            parts.append(ScorePart(key, spec["name"], top, MANUAL_REVIEW, 0.0, top, None, "", source))
    return parts


#: The computed growth parts and the figure each reads (2016: 净资产; 2008: 总资产).
GROWTH_FIELDS = {"growth_net_assets": "net_assets", "growth_total_assets": "total_assets",
                 "growth_sales": "sales_revenue"}


def _computed(facts: EnterpriseFacts, as_of: dt.date, period: list[int], rules: RuleValues) -> dict:
    keys = {spec["key"] for spec in rules["score_parts"] if spec.get("computed")}
    out = {}
    if "ip_quantity" in keys:
        first, second = ip_counts(facts, as_of)
        low, high = ip_quantity_band(first, second, rules["ip_quantity_bands"])
        out["ip_quantity"] = (low, high, f"Ⅰ类 {first} 项,Ⅱ类 {second} 项(未用于高企认定)")
    for key, field_name in GROWTH_FIELDS.items():
        if key not in keys:
            continue
        rows = [facts.year(year) for year in period]
        values = [getattr(row, field_name) if row else None for row in rows]
        if not period or any(value is None for value in values):
            missing = [str(year) for year, value in zip(period, values, strict=True) if value is None]
            out[key] = (None, None, f"缺少 {'、'.join(missing)} 年度数据" if missing else "尚无会计年度数据")
            continue
        rate, note = growth_rate(values)
        low, high = growth_band(rate, rules["growth_bands"])
        figure = (pct(rate) if rate is not None else "—") + (f"({note})" if note else "")
        out[key] = (low, high, figure)
    return out


def score_range(parts: list[ScorePart], caps: dict, specs: list[dict]) -> tuple[float, float]:
    """The lowest and highest total the parts allow, each block capped (知识产权 ≤ 30 with the bonus); ``parts``
    are in the order of ``specs``."""
    low: dict[str, float] = {}
    high: dict[str, float] = {}
    for part, spec in zip(parts, specs, strict=True):
        block = spec["block"]
        low[block] = low.get(block, 0.0) + part.low
        high[block] = high.get(block, 0.0) + part.high
    return (sum(min(v, caps.get(b, v)) for b, v in low.items()),
            sum(min(v, caps.get(b, v)) for b, v in high.items()))
