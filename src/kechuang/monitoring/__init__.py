"""Target monitoring: each quantitative target of a plan against the region's indicator data.

For every target: the linked catalog indicator, the baseline, the latest value, attainment (direction
aware), the value the required trajectory asks for now (linear for levels, compounding for growth and
翻一番), the projected value at the target year from the history (the method is stated), a status light
and a feasibility flag. Thresholds are parameters (``Thresholds``); nothing here reads a database.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import asdict, dataclass, field

from kechuang.errors import KechuangError
from kechuang.indicators import units as unitlib
from kechuang.indicators.catalog import Catalog, Link, link_target, load_catalog
from kechuang.indicators.observations import Observation

LIGHTS = {"green": "绿(进度正常)", "yellow": "黄(存在风险)", "red": "红(明显滞后)", "done": "绿(已达成)",
          "unknown": "灰(数据不足)"}
LOWER_COMPARATORS = ("以下", "以内", "不高于", "不超过", "低于", "控制在")


@dataclass
class Thresholds:
    green: float = 0.98  # latest ≥ 98 % of what the trajectory asks for now
    yellow: float = 0.90
    feasibility: float = 2.0  # required annual growth > 2 × the best in the history


@dataclass
class TargetStatus:
    index: int
    indicator: str
    indicator_id: str | None
    indicator_name: str | None
    link: str
    link_score: float
    kind: str
    target_value: float | None
    unit: str | None
    target_year: int | None
    direction: str
    base_year: int | None = None
    base_value: float | None = None
    latest_year: int | None = None
    latest_value: float | None = None
    attainment: float | None = None
    required_now: float | None = None
    projected: float | None = None
    projection_method: str = ""
    status: str = "unknown"
    light: str = LIGHTS["unknown"]
    feasible: bool | None = None
    required_growth: float | None = None
    best_growth: float | None = None
    note: str = ""
    quote: str = ""
    history: list[tuple[int, float]] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["history"] = [list(h) for h in self.history]
        return d


def monitor_plan(plan: dict, observations: list[Observation], *, region: str | None = None,
                 catalog: Catalog | None = None, thresholds: Thresholds | None = None,
                 links: dict[int, Link] | None = None) -> list[TargetStatus]:
    """One status per target of ``plan`` (a ``kechuang.plan/1`` dict).

    ``links`` (target index from 1 → ``Link``) replaces the linker's choice for those targets: a link a clerk
    chose or confirmed and stored. With ``region`` named, no observations at all is no error: every target
    then says it has no data."""
    catalog = catalog or load_catalog()
    thresholds = thresholds or Thresholds()
    doc = plan.get("document") or {}
    regions = list(dict.fromkeys(o.region for o in observations))
    chosen = _region(region or doc.get("region"), regions)
    plan_year = doc.get("plan_year") or _year(doc.get("date"))
    series: dict[str, list[tuple[int, float]]] = {}
    for o in observations:
        if o.region == chosen:
            series.setdefault(o.indicator, []).append((o.period, o.value))
    for values in series.values():
        values.sort()
    links = links or {}
    return [_status(i, t, catalog, series, plan_year, thresholds, links.get(i))
            for i, t in enumerate(plan.get("targets") or [], 1)]


def required_path(st: TargetStatus) -> list[tuple[int, float]]:
    """The required trajectory year by year from the baseline to the target year (empty without both): linear
    for levels, compounding for growth and 翻一番, as ``required_now`` is computed."""
    if None in (st.base_year, st.base_value, st.target_year, st.target_value) or st.target_year <= st.base_year:
        return []
    base, goal = (st.base_year, st.base_value), (st.target_year, st.target_value)
    compounding = st.kind in ("growth", "multiple")
    return [(y, _trajectory(base, goal, y, compounding)) for y in range(st.base_year, st.target_year + 1)]


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _region(wanted: str | None, regions: list[str]) -> str:
    if not regions and wanted:
        return wanted
    if not regions:
        raise KechuangError("KC-MONITOR-NO-DATA", "数据中没有任何观测值")
    if wanted:
        if wanted in regions:
            return wanted
        close = [r for r in regions if r in wanted or wanted in r]
        if len(close) == 1:
            return close[0]
    if len(regions) == 1:
        return regions[0]
    raise KechuangError("KC-MONITOR-REGION", f"数据中有多个地区({'、'.join(regions[:8])}),无法确定方案对应哪一个;"
                        "请用 --region 指定", field="region")


def _status(index, target, catalog, series, plan_year, thresholds, link=None) -> TargetStatus:
    link = link or link_target(catalog, target)
    ind = link.indicator
    kind = target.get("kind", "level")
    value = target.get("value")
    comparator = target.get("comparator") or ""
    direction = "lower" if any(c in comparator for c in LOWER_COMPARATORS) else (ind.direction if ind else "higher")
    st = TargetStatus(index, target.get("indicator", ""), ind.id if ind else None, ind.name if ind else None,
                      link.method, link.score, kind, value if isinstance(value, int | float) else None,
                      target.get("unit"), target.get("year"), direction, quote=target.get("quote", ""))
    if ind is None:
        hint = f"(最接近:{link.candidate.name},相似度 {link.score:.2f})" if link.candidate else ""
        st.note = "未关联到指标目录" + hint
        return st
    if kind == "category" or st.target_value is None:
        st.note = "定性目标(等级、称号),不做数值监测"
        return st
    if kind == "rank":
        st.note = "排名目标(进入前若干名),观测数据中没有排名,不做数值监测"
        return st
    if kind == "increase" and ind.unit != "%":
        st.note = f"目标为提高若干个百分点,但指标单位是「{ind.unit}」,无法折算"
        return st
    history = series.get(ind.id, [])
    unit = target.get("unit") if kind == "level" else ind.unit
    try:
        history = [(y, unitlib.convert(v, ind.unit, unit)) for y, v in history]
    except KechuangError:
        st.note = f"目标单位「{unit}」与指标单位「{ind.unit}」不一致,无法换算"
        return st
    if not history:
        st.note = "没有该指标的观测数据"
        return st
    if st.target_year is not None and history[0][0] <= st.target_year < history[-1][0]:
        history = [(y, v) for y, v in history if y <= st.target_year]  # judged at the target year
    st.history = history
    st.latest_year, st.latest_value = history[-1]
    base = _baseline(target, history, plan_year, st.target_year)
    if base is None:
        st.note = "找不到基期数据"
        return st
    st.base_year, st.base_value = base
    goal = _goal(kind, st.target_value, target, base, st)
    if goal is None:
        return st
    year = st.target_year or (history[-1][0] if history[-1][0] > base[0] else None)
    if st.target_year is None:
        st.note = "方案未给出目标年份,按最新数据判断是否达成"
    sign = 1 if direction == "higher" else -1
    if kind != "level":  # the goal is now a level of the indicator: its unit, not the rate's "%" or "倍"
        growth = "年均增长" if target.get("recurring") else "比基期增长"
        rate = {"growth": f"{growth} {st.target_value:g}%", "increase": f"比基期提高 {st.target_value:g} 个百分点"}.get(
            kind, f"达到基期的 {st.target_value:g} 倍")
        st.note = (st.note + ";" if st.note else "") + (
            f"目标为{rate},按基期 {base[0]} 年折算为水平值 {_plain(goal)}{unit or ''}")
        st.unit = unit
    st.target_value = goal
    st.attainment = _attainment(st.latest_value, goal, sign)
    compounding = kind in ("growth", "multiple")
    if year is not None and year > base[0]:
        st.required_now = _trajectory(base, (year, goal), st.latest_year, compounding)
        st.projected, st.projection_method = _project(history, year, compounding)
        st.required_growth, st.best_growth, st.feasible = _feasibility(history, goal, year, thresholds)
    st.status = _light(st, goal, sign, thresholds)
    st.light = LIGHTS[st.status]
    return st


def _plain(value: float) -> str:
    """A number as a clerk reads it: 2607040, not 2.60704e+06 (``:g`` past six digits)."""
    return f"{value:.0f}" if abs(value) >= 1e6 else f"{value:g}"


def _baseline(target, history, plan_year, target_year=None):
    wanted = target.get("base_year")
    if wanted is not None:
        for y, v in history:
            if y == wanted:
                return y, v
        return None
    if plan_year is None and target.get("kind") == "growth" and not target.get("recurring"):
        plan_year = target_year  # 增长10% dated 2022 in a plan of no known year grows on 2021, not on the first data
    if plan_year is not None:
        # The baseline is what the plan's authors could see: the last year before the plan year.
        before = [(y, v) for y, v in history if y < plan_year]
        if before:
            return before[-1]
    return history[0]


def _goal(kind, value, target, base, st):
    if kind == "level":
        return float(value)
    if kind == "growth":
        rate = float(value) / 100
        # 年均/每年增长 compounds up to the target year; without one, up to the latest year with data.
        end = (st.target_year or st.latest_year) if target.get("recurring") else None
        years = (end - base[0]) if end else 1
        return base[1] * (1 + rate) ** max(years, 1)
    if kind == "multiple":
        return base[1] * float(value)
    if kind == "increase":  # 提高2个百分点: percentage points on top of the baseline's share
        return base[1] + float(value)
    st.note = f"不支持的目标类型「{kind}」"
    return None


def _attainment(latest, goal, sign):
    if sign > 0:
        return latest / goal if goal else None
    return goal / latest if latest else None


def _trajectory(base, goal, year, compounding):
    (y0, b), (y1, g) = base, goal
    share = min(max((year - y0) / (y1 - y0), 0.0), 1.0)
    if compounding and b > 0 and g > 0:
        return b * (g / b) ** share
    return b + (g - b) * share


def _project(history, year, compounding):
    if len(history) < 2:
        return None, "数据不足(少于 2 年)"
    xs = [float(y) for y, _ in history]
    if compounding and all(v > 0 for _, v in history):
        ys = [math.log(v) for _, v in history]
        a, b = _ols(xs, ys)
        return math.exp(a + b * year), f"按历史年均增长率外推(对数线性,{len(history)} 年)"
    ys = [v for _, v in history]
    a, b = _ols(xs, ys)
    return a + b * year, f"线性趋势外推(最小二乘,{len(history)} 年)"


def _ols(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    return my - slope * mx, slope


def _feasibility(history, goal, year, thresholds):
    last_year, last = history[-1]
    if year <= last_year or last <= 0 or goal <= 0:
        return None, None, None
    required = (goal / last) ** (1 / (year - last_year)) - 1
    growths = [(b / a) ** (1 / (yb - ya)) - 1 for (ya, a), (yb, b) in itertools.pairwise(history)
               if a > 0 and b > 0 and yb > ya]
    if not growths:
        return required, None, None
    best = max(growths)
    feasible = not (required > 0.05 and required > thresholds.feasibility * max(best, 0.0))
    return required, best, feasible


def _light(st, goal, sign, thresholds):
    latest = st.latest_value
    if sign * (latest - goal) >= 0:
        return "done"
    if st.target_year is not None and st.latest_year >= st.target_year:
        st.note = (st.note + ";" if st.note else "") + "目标年份已到,未达成"
        return "red"
    if st.required_now is None:
        return "unknown" if st.target_year else "red"
    ratio = _attainment(latest, st.required_now, sign)
    if ratio is None:
        return "unknown"
    if ratio >= thresholds.green:
        return "green"
    projected_ok = st.projected is not None and sign * (st.projected - goal) >= 0
    if ratio >= thresholds.yellow or projected_ok:
        return "yellow"
    return "red"
