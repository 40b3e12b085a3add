"""The 高新技术企业 gap check.

Rules: 国科发火〔2016〕32号 第十一条 and 工作指引 国科发火〔2016〕195号; before 2016, 国科发火〔2008〕172号.
The arithmetic conditions are computed from the figures; the judgement ones are ``manual_review``
until a reviewer answers.
"""

from __future__ import annotations

import datetime as dt
import math

from kechuang.enterprises.display import money, money_gap, pct, people, years_label
from kechuang.enterprises.facts import EnterpriseFacts, YearFacts
from kechuang.enterprises.hitech_score import score_parts, score_range
from kechuang.enterprises.results import (
    MANUAL_REVIEW,
    MET,
    NEEDS_DATA,
    NOT_APPLICABLE,
    UNMET,
    Condition,
    HitechCheck,
)
from kechuang.enterprises.ruledata import RuleValues, rules_at
from kechuang.errors import KechuangError

# The judgement conditions (key in ``EnterpriseFacts.judgements`` → name); their articles are rule data.
JUDGEMENTS = {
    "core_ip": "拥有对主要产品(服务)发挥核心支持作用的知识产权",
    "tech_field": "核心技术属于《国家重点支持的高新技术领域》",
    "compliance": "申请前一年内未发生重大安全、重大质量事故或严重环境违法行为",
}
FIGURE_KEYS = ("tech_staff", "rd_staff", "rd_intensity", "rd_domestic", "hitech_revenue")
CHECK_BY_HAND = "需人工核实"


def check_hitech(facts: EnterpriseFacts, as_of: dt.date) -> HitechCheck:
    """Check every condition of 高企 认定 for an application on ``as_of`` with the rule values in force that day."""
    return _check(facts, as_of, rules_at("hitech", as_of))


def check_hitech_many(many: list[EnterpriseFacts], as_of: dt.date) -> list[HitechCheck]:
    """``check_hitech`` for many enterprises (the rule data is resolved once)."""
    rules = rules_at("hitech", as_of)
    return [_check(facts, as_of, rules) for facts in many]


def fiscal_period(facts: EnterpriseFacts, latest: int) -> list[int]:
    """The last three fiscal years up to ``latest``, or the actual operating years when fewer."""
    first = latest - 2
    if facts.registered_on is not None:
        first = max(first, facts.registered_on.year)
    return list(range(first, latest + 1))


def _check(facts: EnterpriseFacts, as_of: dt.date, rules: RuleValues | None) -> HitechCheck:
    if rules is None or (facts.registered_on is not None and facts.registered_on > as_of):
        reason = "日期早于有规则的时间" if rules is None else "该日期时企业尚未成立"
        return HitechCheck(facts.name, facts.uscc, as_of.isoformat(), "not_applicable",
                           [Condition("registration", "注册成立时间", NOT_APPLICABLE, gap=reason)], [], 0.0, 0.0,
                           None, rules.version if rules else "", rules.snapshot() if rules else {})
    latest = as_of.year - 1  # "近一年": the fiscal year before the application
    period = fiscal_period(facts, latest)
    last = facts.year(latest)
    near: set[str] = set()
    conditions = [_registration(facts, as_of, rules, near)]
    conditions += [_judgement(facts, key, rules) for key in ("core_ip", "tech_field")]
    conditions.append(_tech_staff(last, latest, rules, near))
    if rules["rd_staff_share_min"] is not None:
        conditions.append(_rd_staff(last, latest, rules))
    conditions.append(_rd_intensity(facts, period, rules, near))
    conditions.append(_rd_domestic(facts, period, rules, near))
    conditions.append(_hitech_revenue(last, latest, rules, near))
    parts, low, high = [], 0.0, 0.0
    if rules["score_parts"] is not None:
        parts = score_parts(facts, as_of, period, rules)
        low, high = score_range(parts, rules["block_caps"], rules["score_parts"])
    conditions.append(_score(low, high, rules))
    conditions.append(_judgement(facts, "compliance", rules))
    overall = _overall(conditions, near)
    return HitechCheck(facts.name, facts.uscc, as_of.isoformat(), overall, conditions, parts, low, high,
                       _earliest_year(facts, as_of, conditions, rules), rules.version, rules.snapshot())


def _overall(conditions: list[Condition], near: set[str]) -> str:
    unmet = [c.key for c in conditions if c.status == UNMET]
    if unmet:
        return "opportunity" if all(key in near for key in unmet) else "not_met"
    if any(c.status == NEEDS_DATA for c in conditions):
        return "needs_data"
    return "promising"


def _earliest_year(facts, as_of, conditions, rules) -> int | None:
    """The first year an application could succeed on the computed conditions (the registration age, and better
    figures of a fiscal year counting in the next year's application); ``None`` when a reviewer refused a
    judgement or the score cannot pass."""
    unmet = {c.key for c in conditions if c.status == UNMET}
    if unmet & {"innovation_score", *JUDGEMENTS}:
        return None
    year = as_of.year
    if "registration" in unmet:
        year = max(year, (facts.registered_on + dt.timedelta(days=rules["registration_min_days"])).year)
    if unmet & set(FIGURE_KEYS):
        year = max(year, as_of.year + 1)  # better figures of this fiscal year count in next year's application
    return year


def _registration(facts: EnterpriseFacts, as_of: dt.date, rules: RuleValues, near: set[str]) -> Condition:
    name, source, days = "注册成立一年以上", rules.sources["registration_min_days"], rules["registration_min_days"]
    if days is None:
        return Condition("registration", name, NOT_APPLICABLE, "", "", source, "该版本规则无成立年限要求")
    if facts.registered_on is None:
        return Condition("registration", name, NEEDS_DATA, "", f"≥ {days} 天", source, "缺少成立日期")
    age = (as_of - facts.registered_on).days
    figure, threshold = f"已成立 {age} 天", f"≥ {days} 天"
    if age >= days:
        return Condition("registration", name, MET, figure, threshold, source)
    near.add("registration")
    ready = facts.registered_on + dt.timedelta(days=days)
    return Condition("registration", name, UNMET, figure, threshold, source,
                     f"成立时间还差 {days - age} 天,{ready.isoformat()} 起满足")


def _judgement(facts: EnterpriseFacts, key: str, rules: RuleValues) -> Condition:
    name, article = JUDGEMENTS[key], rules["judgement_conditions"].get(key)
    if article is None:
        return Condition(key, name, NOT_APPLICABLE, "", "", rules.sources["judgement_conditions"], "该版本规则无此条件")
    source = rules.sources["judgement_conditions"].split(" ")[0] + " " + article
    answer = judgement_answer(facts, key, name)
    if answer is None:
        gap = "需专家评审"
        if key == "core_ip" and not facts.ip:
            gap = "未登记知识产权;须拥有对主要产品(服务)发挥核心支持作用的知识产权,需专家评审"
        return Condition(key, name, MANUAL_REVIEW, "", "专家判断", source, gap)
    return Condition(key, name, MET if answer else UNMET, "评审意见:" + ("符合" if answer else "不符合"),
                     "专家判断", source, "" if answer else "评审认为不符合")


def judgement_answer(facts: EnterpriseFacts, key: str, name: str) -> bool | None:
    """A reviewer's yes/no, ``None`` when not given; anything but a boolean is refused (``"否"`` is not False)."""
    answer = facts.judgements.get(key)
    if answer is not None and not isinstance(answer, bool):
        raise KechuangError("KC-ENT-JUDGEMENT", f"「{name}」的评审意见应为是或否,而不是「{answer}」",
                            field=key, enterprise=facts.name)
    return answer


def _missing(year: int, row: YearFacts | None, fields: dict[str, str]) -> list[str]:
    return [f"{year} 年度{label}" for attr, label in fields.items() if row is None or getattr(row, attr) is None]


def _tech_staff(row: YearFacts | None, year: int, rules: RuleValues, near: set[str]) -> Condition:
    name, source, share = "科技人员占职工总数比例", rules.sources["tech_staff_share_min"], rules["tech_staff_share_min"]
    threshold = f"≥ {pct(share)}"
    missing = _missing(year, row, {"employees": "职工总数", "tech_staff": "科技人员"})
    if missing or not row.employees:
        return Condition("tech_staff", name, NEEDS_DATA, "", threshold, source,
                         "缺少" + "、".join(missing or [f"{year} 年度职工总数"]))
    if row.tech_staff > row.employees:
        return Condition("tech_staff", name, NEEDS_DATA, "", threshold, source,
                         f"{year} 年度科技人员({people(row.tech_staff)})多于职工总数({people(row.employees)}),请核对")
    actual = row.tech_staff / row.employees
    figure = f"{pct(actual)}(科技人员 {people(row.tech_staff)} 人 / 职工总数 {people(row.employees)} 人,{year} 年)"
    if actual >= share - 1e-12 and rules["tech_staff_degree"]:
        return Condition("tech_staff", name, MANUAL_REVIEW, figure, threshold + "(大学专科以上学历)", source,
                         f"{CHECK_BY_HAND}:登记的科技人员未区分学历,须核实其中大学专科以上学历的人数")
    if actual >= share - 1e-12:
        return Condition("tech_staff", name, MET, figure, threshold, source)
    _near(near, "tech_staff", actual / share, rules)
    hires = math.ceil((share * row.employees - row.tech_staff) / (1 - share) - 1e-9)
    return Condition("tech_staff", name, UNMET, figure, threshold, source,
                     f"科技人员还差 {hires} 人(新聘人员同时计入职工总数)")


def _rd_staff(row: YearFacts | None, year: int, rules: RuleValues) -> Condition:
    """2008: 研发人员 ≥ 10 % of 职工总数. The registry keeps no 研发人员 count: never met from the data; unmet when even
    all 科技人员 (of whom the 研发人员 are a part) fall short."""
    name, source, share = "研发人员占职工总数比例", rules.sources["rd_staff_share_min"], rules["rd_staff_share_min"]
    threshold = f"≥ {pct(share)}"
    if row is None or not row.employees or row.tech_staff is None:
        return Condition("rd_staff", name, NEEDS_DATA, "", threshold, source, f"缺少 {year} 年度职工总数、科技人员")
    actual = row.tech_staff / row.employees
    figure = f"科技人员占 {pct(actual)}({year} 年),研发人员数未登记"
    if actual < share - 1e-12:
        return Condition("rd_staff", name, UNMET, figure, threshold, source,
                         f"科技人员合计仅占 {pct(actual)},其中的研发人员不可能达到 {pct(share)}")
    return Condition("rd_staff", name, MANUAL_REVIEW, figure, threshold, source,
                     f"{CHECK_BY_HAND}:登记数据中没有研发人员数,须核实研发人员占职工总数的比例")


def _sums(facts: EnterpriseFacts, period: list[int], fields: dict[str, str]) -> tuple[dict, list[str]]:
    sums, missing = dict.fromkeys(fields, 0.0), []
    for year in period:
        row = facts.year(year)
        missing += _missing(year, row, fields)
        if row is not None:
            for attr in fields:
                sums[attr] += getattr(row, attr) or 0.0
    return sums, missing


def rd_rate(bands: list[dict], sales: float) -> tuple[float, str]:
    """The R&D intensity required by the latest year's sales (万元) and how that band reads."""
    lower = None
    for band in bands:
        upto, inclusive = band["sales_upto"], band["inclusive"]
        if upto is None or sales < upto or (inclusive and sales == upto):
            if upto is None:
                label = f"{money(lower)} 万元以上"
            elif lower is None:
                label = f"{'≤' if inclusive else '<'} {money(upto)} 万元"
            else:
                label = f"{money(lower)}–{money(upto)} 万元"
            return band["rate"], label
        lower = upto
    raise AssertionError("the last band has no upper bound")


def _rd_intensity(facts: EnterpriseFacts, period: list[int], rules: RuleValues, near: set[str]) -> Condition:
    name, source = "研究开发费用占销售收入比例", rules.sources["rd_intensity_bands"]
    if not period:
        return Condition("rd_intensity", name, NEEDS_DATA, "", "", source, "尚无完整会计年度数据")
    sums, missing = _sums(facts, period, {"rd_expense": "研发费用", "sales_revenue": "销售收入"})
    if missing:
        return Condition("rd_intensity", name, NEEDS_DATA, "", "", source, "缺少" + "、".join(missing))
    latest_sales = facts.year(period[-1]).sales_revenue
    rate, band = rd_rate(rules["rd_intensity_bands"], latest_sales)
    threshold = f"≥ {pct(rate)}(最近一年销售收入 {money(latest_sales)} 万元,{band}档)"
    label = years_label(period)
    if sums["sales_revenue"] <= 0:
        return Condition("rd_intensity", name, UNMET, f"销售收入{label}为 0", threshold, source,
                         "没有销售收入,无法满足研发费用占比要求")
    actual = sums["rd_expense"] / sums["sales_revenue"]
    figure = (f"{pct(actual)}(研发费用 {money(sums['rd_expense'])} 万元 / 销售收入 "
              f"{money(sums['sales_revenue'])} 万元,{label})")
    if actual >= rate - 1e-12:
        return Condition("rd_intensity", name, MET, figure, threshold, source)
    _near(near, "rd_intensity", actual / rate, rules)
    short = rate * sums["sales_revenue"] - sums["rd_expense"]
    ceiling = sums["rd_expense"] / rate
    return Condition("rd_intensity", name, UNMET, figure, threshold, source,
                     f"研发费用还差 {money_gap(short)} 万元({label});或核实销售收入口径(主营业务收入 + 其他业务收入,"
                     f"不含营业外收入):按 {pct(rate)} 计,销售收入{label}不超过 {money(ceiling)} 万元即可满足")


def _rd_domestic(facts: EnterpriseFacts, period: list[int], rules: RuleValues, near: set[str]) -> Condition:
    name, source, share = "境内研发费用占比", rules.sources["rd_domestic_share_min"], rules["rd_domestic_share_min"]
    threshold = f"≥ {pct(share)}"
    if not period:
        return Condition("rd_domestic", name, NEEDS_DATA, "", threshold, source, "尚无完整会计年度数据")
    sums, missing = _sums(facts, period, {"rd_expense": "研发费用", "rd_expense_domestic": "境内研发费用"})
    if missing:
        return Condition("rd_domestic", name, NEEDS_DATA, "", threshold, source, "缺少" + "、".join(missing))
    label = years_label(period)
    if sums["rd_expense"] <= 0:
        return Condition("rd_domestic", name, NOT_APPLICABLE, f"研发费用{label}为 0", threshold, source,
                         "没有研发费用")
    actual = sums["rd_expense_domestic"] / sums["rd_expense"]
    figure = f"{pct(actual)}(境内 {money(sums['rd_expense_domestic'])} 万元 / 全部 {money(sums['rd_expense'])} 万元)"
    if actual >= share - 1e-12:
        return Condition("rd_domestic", name, MET, figure, threshold, source)
    _near(near, "rd_domestic", actual / share, rules)
    short = share * sums["rd_expense"] - sums["rd_expense_domestic"]
    return Condition("rd_domestic", name, UNMET, figure, threshold, source,
                     f"境内研发费用还差 {money_gap(short)} 万元({label})")


def _hitech_revenue(row: YearFacts | None, year: int, rules: RuleValues, near: set[str]) -> Condition:
    name, source = "高新技术产品(服务)收入占总收入比例", rules.sources["hitech_revenue_share_min"]
    share = rules["hitech_revenue_share_min"]
    threshold = f"≥ {pct(share)}"
    missing = _missing(year, row, {"hitech_revenue": "高新技术产品(服务)收入", "total_revenue": "总收入"})
    if missing or not row.total_revenue:
        return Condition("hitech_revenue", name, NEEDS_DATA, "", threshold, source,
                         "缺少" + "、".join(missing or [f"{year} 年度总收入"]))
    actual = row.hitech_revenue / row.total_revenue
    figure = f"{pct(actual)}({money(row.hitech_revenue)} 万元 / 总收入 {money(row.total_revenue)} 万元,{year} 年)"
    if actual >= share - 1e-12:
        return Condition("hitech_revenue", name, MET, figure, threshold, source)
    _near(near, "hitech_revenue", actual / share, rules)
    short = share * row.total_revenue - row.hitech_revenue
    return Condition("hitech_revenue", name, UNMET, figure, threshold, source,
                     f"高新技术产品(服务)收入还差 {money_gap(short)} 万元({year} 年)")


def _score(low: float, high: float, rules: RuleValues) -> Condition:
    name = "企业创新能力评价"
    above, least = rules["score_pass_above"], rules["score_pass_min"]
    if above is None and least is None:
        return Condition("innovation_score", name, MANUAL_REVIEW, "", "", rules.sources["score_pass_above"],
                         "该版本评分规则未编码,需专家评审")
    if above is not None:  # 2016: 70 分以上(不含 70 分)
        source, threshold, short = rules.sources["score_pass_above"], f"> {above:g} 分(不含 {above:g} 分)", \
            f"未超过 {above:g} 分"
        need = math.floor(above) + 1
    else:  # 2008: 须达到 70 分以上
        source, threshold, short, need = rules.sources["score_pass_min"], f"≥ {least:g} 分", f"不到 {least:g} 分", least

    def passes(points: float) -> bool:
        return points > above if above is not None else points >= least

    figure = f"{low:g}–{high:g} 分"
    if passes(low):
        return Condition("innovation_score", name, MET, figure, threshold, source)
    if not passes(high):
        return Condition("innovation_score", name, UNMET, figure, threshold, source,
                         f"各分项取满也只有 {high:g} 分,{short}")
    return Condition("innovation_score", name, MANUAL_REVIEW, figure, threshold, source,
                     f"已确定 {low:g} 分,其余分项需专家评审,合计至少再得 {need - low:g} 分")


def _near(near: set[str], key: str, ratio: float, rules: RuleValues) -> None:
    if ratio >= rules.platform.get("near", 0.7):
        near.add(key)
