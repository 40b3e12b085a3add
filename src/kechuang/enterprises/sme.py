"""科技型中小企业评价 (国科发政〔2017〕115号 第六至八条): conditions, direct confirmation, the 100-point score and
what would raise it."""

from __future__ import annotations

import datetime as dt
import math

from kechuang.enterprises.display import money, money_gap, pct, people
from kechuang.enterprises.facts import EnterpriseFacts, YearFacts
from kechuang.enterprises.hitech import judgement_answer
from kechuang.enterprises.results import (
    COMPUTED,
    MANUAL_REVIEW,
    MET,
    NEEDS_DATA,
    NOT_APPLICABLE,
    UNMET,
    Condition,
    ScorePart,
    SmeResult,
)
from kechuang.enterprises.ruledata import RuleValues, rules_at

JUDGEMENTS = {
    "sme_resident": ("在中国境内(不包括港、澳、台地区)注册的居民企业", "第六条(一)"),
    "sme_eligible_industry": ("产品和服务不属于国家规定的禁止、限制和淘汰类", "第六条(三)"),
    "sme_no_violation": ("上一年及当年未发生重大安全、质量事故和严重环境违法、科研严重失信行为,未列入经营异常名录和"
                         "严重违法失信名单", "第六条(四)"),
}
SIZE_LIMITS = (("employees", "employees_max", "职工总数", "人"), ("sales_revenue", "sales_max", "年销售收入", "万元"),
               ("total_assets", "assets_max", "资产总额", "万元"))


def sme_evaluate(facts: EnterpriseFacts, year: int) -> SmeResult:
    """Evaluate with the figures of ``year`` (the 上一年度 of an evaluation held in ``year + 1``) and the rules in
    force during that evaluation year."""
    rules = rules_at("sme", dt.date(year + 1, 12, 31))
    if rules is None:
        gone = Condition("rules", "评价规则", NOT_APPLICABLE, gap=f"{year + 1} 年尚无科技型中小企业评价办法")
        return SmeResult(facts.name, year, None, None, 0.0, [], [gone], [], "", {})
    row = facts.year(year)
    parts = [_tech_part(row, year, rules), _rd_part(row, year, rules), _ip_part(facts, year, rules)]
    score = sum(part.low for part in parts)
    direct = _direct(facts, rules)
    conditions = [_judgement(facts, "sme_resident", rules)]
    conditions += [_size(row, year, spec, rules) for spec in SIZE_LIMITS]
    conditions += [_judgement(facts, key, rules) for key in ("sme_eligible_industry", "sme_no_violation")]
    conditions.append(_score_condition(parts, score, direct, rules))
    statuses = {c.status for c in conditions}
    eligible = False if UNMET in statuses else (None if statuses & {NEEDS_DATA, MANUAL_REVIEW} else True)
    return SmeResult(facts.name, year, eligible, direct, score, parts, conditions,
                     [] if direct else advice(parts, row, facts, year, rules), rules.version, rules.snapshot())


def _direct(facts: EnterpriseFacts, rules: RuleValues) -> str | None:
    reason = facts.judgements.get("sme_direct")
    return rules["direct_reasons"].get(reason) if reason else None


def _judgement(facts: EnterpriseFacts, key: str, rules: RuleValues) -> Condition:
    name, article = JUDGEMENTS[key]
    source = rules.sources["employees_max"].split(" ")[0] + " " + article
    answer = judgement_answer(facts, key, name)
    if answer is None:
        return Condition(key, name, MANUAL_REVIEW, "", "企业承诺、主管部门核实", source, "需确认")
    return Condition(key, name, MET if answer else UNMET, "符合" if answer else "不符合", "企业承诺、主管部门核实",
                     source)


def _size(row: YearFacts | None, year: int, spec: tuple, rules: RuleValues) -> Condition:
    attr, limit_key, label, unit = spec
    limit, source = rules[limit_key], rules.sources[limit_key]
    threshold = f"≤ {money(limit)} {unit}"
    value = getattr(row, attr) if row else None
    if value is None:
        return Condition(limit_key, label, NEEDS_DATA, "", threshold, source, f"缺少 {year} 年度{label}")
    figure = f"{money(value)} {unit}"
    if value <= limit:
        return Condition(limit_key, label, MET, figure, threshold, source)
    return Condition(limit_key, label, UNMET, figure, threshold, source,
                     f"{label}超过上限 {money(value - limit)} {unit}")


def band_points(share: float, bands: list[dict]) -> float:
    """Points of the first band whose lower bound (inclusive) ``share`` reaches; 0 below them all."""
    return float(next((b["points"] for b in bands if share >= b["at_least"] - 1e-12), 0))


def _part(key, name, top, points, figure, source, missing=False) -> ScorePart:
    if missing:
        return ScorePart(key, name, top, NEEDS_DATA, 0.0, 0.0, None, figure, source)
    return ScorePart(key, name, top, COMPUTED, points, points, points, figure, source)


def _tech_part(row: YearFacts | None, year: int, rules: RuleValues) -> ScorePart:
    source = rules.sources["tech_staff_bands"]
    if row is None or row.employees is None or row.tech_staff is None or not row.employees:
        return _part("tech_staff", "科技人员指标", 20, 0, f"缺少 {year} 年度职工总数或科技人员", source, True)
    if row.tech_staff > row.employees:
        return _part("tech_staff", "科技人员指标", 20, 0, f"{year} 年度科技人员多于职工总数,请核对", source, True)
    share = row.tech_staff / row.employees
    return _part("tech_staff", "科技人员指标", 20, band_points(share, rules["tech_staff_bands"]),
                 f"{pct(share)}(科技人员 {people(row.tech_staff)} 人 / 职工总数 {people(row.employees)} 人)", source)


def rd_ratios(row: YearFacts | None) -> tuple[float | None, float | None]:
    """R&D over sales and over total costs, ``None`` where a figure is missing or zero."""
    if row is None or row.rd_expense is None:
        return None, None
    sales = row.rd_expense / row.sales_revenue if row.sales_revenue else None
    costs = row.rd_expense / row.cost_total if row.cost_total else None
    return sales, costs


def _rd_part(row: YearFacts | None, year: int, rules: RuleValues) -> ScorePart:
    source = rules.sources["rd_sales_bands"]
    by_sales, by_costs = rd_ratios(row)
    if by_sales is None and by_costs is None:
        return _part("rd", "研发投入指标", 50, 0, f"缺少 {year} 年度研发费用、销售收入或成本费用支出总额", source, True)
    points_sales = band_points(by_sales, rules["rd_sales_bands"]) if by_sales is not None else 0.0
    points_costs = band_points(by_costs, rules["rd_cost_bands"]) if by_costs is not None else 0.0
    figure = "；".join(text for text in (
        f"占销售收入 {pct(by_sales)}({points_sales:g} 分)" if by_sales is not None else "",
        f"占成本费用支出总额 {pct(by_costs)}({points_costs:g} 分)" if by_costs is not None else "") if text)
    return _part("rd", "研发投入指标", 50, max(points_sales, points_costs), figure + ",取其高者", source)


def ip_counts(facts: EnterpriseFacts, year: int) -> tuple[int, int]:
    end = dt.date(year, 12, 31)
    granted = [ip for ip in facts.ip if ip.granted_on is None or ip.granted_on <= end]
    return sum(ip.ip_class == "I" for ip in granted), sum(ip.ip_class == "II" for ip in granted)


def _ip_part(facts: EnterpriseFacts, year: int, rules: RuleValues) -> ScorePart:
    first, second = ip_counts(facts, year)
    points = next((float(b["points"]) for b in rules["ip_bands"]
                   if (first if b["class"] == "I" else second) >= b["at_least"]), 0.0)
    return _part("ip", "科技成果指标", 30, points, f"Ⅰ类 {first} 项,Ⅱ类 {second} 项", rules.sources["ip_bands"])


def _score_condition(parts: list[ScorePart], score: float, direct: str | None, rules: RuleValues) -> Condition:
    name, bar, source = "综合评价得分", rules["pass_score"], rules.sources["pass_score"]
    threshold = f"≥ {bar:g} 分,且科技人员指标不为 0 分"
    if direct:
        return Condition("score", name, MET, f"{score:g} 分", threshold, source, f"直接确认:{direct}")
    if any(part.status == NEEDS_DATA for part in parts):
        return Condition("score", name, NEEDS_DATA, f"{score:g} 分", threshold, source, "评分所需数据不全")
    tech = next(part for part in parts if part.key == "tech_staff")
    if tech.low == 0:
        return Condition("score", name, UNMET, f"{score:g} 分", threshold, source, "科技人员指标得分为 0,不能入库")
    if score < bar:
        return Condition("score", name, UNMET, f"{score:g} 分", threshold, source, f"还差 {bar - score:g} 分")
    return Condition("score", name, MET, f"{score:g} 分", threshold, source)


def advice(parts: list[ScorePart], row: YearFacts | None, facts: EnterpriseFacts, year: int,
           rules: RuleValues) -> list[str]:
    """What would raise the score: the next band of each indicator, with the figure that reaches it."""
    if row is None:
        return [f"请填写 {year} 年度的职工、科技人员、销售收入、研发费用等数据"]
    points = {part.key: part.low for part in parts}
    out = []
    if row.employees and row.tech_staff is not None:
        band = _next_band(points["tech_staff"], rules["tech_staff_bands"])
        if band:
            share = band["at_least"]
            hires = max(1, math.ceil((share * row.employees - row.tech_staff) / (1 - share) - 1e-9))
            out.append(f"科技人员占比提高到 {pct(share)} 可再得 {band['points'] - points['tech_staff']:g} 分"
                       f"(约需新增科技人员 {hires} 人)")
    by_sales, by_costs = rd_ratios(row)
    if by_sales is not None:
        band = _next_band(points["rd"], rules["rd_sales_bands"])
        if band:
            short, gain = band["at_least"] * row.sales_revenue - row.rd_expense, band["points"] - points["rd"]
            out.append(f"研发费用占销售收入比例提高到 {pct(band['at_least'])} 可再得 {gain:g} 分"
                       f"(研发费用还差 {money_gap(short)} 万元)")
    if by_costs is not None:
        band = _next_band(points["rd"], rules["rd_cost_bands"])
        if band:
            share = band["at_least"]
            short, gain = (share * row.cost_total - row.rd_expense) / (1 - share), band["points"] - points["rd"]
            out.append(f"或研发费用占成本费用支出总额比例提高到 {pct(share)} 可再得 {gain:g} 分"
                       f"(研发费用还差 {money_gap(short)} 万元)")
    second = ip_counts(facts, year)[1]
    if points["ip"] < 30:
        for band in rules["ip_bands"][::-1]:
            if band["class"] == "II" and band["points"] > points["ip"]:
                out.append(f"再取得 {band['at_least'] - second} 项Ⅱ类知识产权(实用新型、软件著作权等)"
                           f"可再得 {band['points'] - points['ip']:g} 分")
                break
        out.append(f"取得 1 项Ⅰ类知识产权(如发明专利)可得满分 30 分(再得 {30 - points['ip']:g} 分)")
    return out


def _next_band(current: float, bands: list[dict]) -> dict | None:
    """The lowest band worth more points than ``current``."""
    better = [band for band in bands if band["points"] > current]
    return min(better, key=lambda band: band["points"]) if better else None
