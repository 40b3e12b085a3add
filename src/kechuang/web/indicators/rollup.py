"""Roll-up of child regions into their parent, where the indicator's definition allows it.

``sum``: counts and totals add up. ``ratio``: recomputed as scale × Σ numerator ÷ Σ denominator over the children
that report both (never an average of the children's ratios). ``none``: no roll-up (scores, per-capita figures
whose parts the catalog lacks). A child without a value of its own contributes its own roll-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kechuang.web.accounts.models import Region
from kechuang.web.indicators.models import Indicator, Observation

METHODS = {"sum": "下级求和", "ratio": "由分子、分母汇总后重算", "none": "不汇总"}


@dataclass
class RollUp:
    indicator: Indicator
    method: str  # sum | ratio | none
    values: dict[int, float] = field(default_factory=dict)  # year → value
    covered: dict[int, int] = field(default_factory=dict)  # year → children contributing
    children: int = 0

    @property
    def method_zh(self) -> str:
        if self.method == "ratio":
            return f"{METHODS['ratio']}({self.indicator.ratio_text()})"
        return METHODS.get(self.method, self.method)


def _tree(region: Region) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    frontier = [region.pk]
    while frontier:
        rows = list(Region.objects.filter(parent_id__in=frontier).values_list("id", "parent_id"))
        for pk, parent in rows:
            children.setdefault(parent, []).append(pk)
        frontier = [pk for pk, _ in rows]
    return children


def _values(region_ids: list[int], codes: set[str]) -> dict[str, dict[int, dict[int, float]]]:
    """code → region → year → current value."""
    out: dict[str, dict[int, dict[int, float]]] = {}
    rows = (Observation.objects.filter(is_current=True, region_id__in=region_ids, indicator__code__in=codes)
            .values_list("indicator__code", "region_id", "period", "value"))
    for code, region_id, period, value in rows:
        out.setdefault(code, {}).setdefault(region_id, {})[period] = value
    return out


def rollup(region: Region, indicators: list[Indicator]) -> list[RollUp]:
    """The roll-up of ``region``'s children for each indicator (values by year)."""
    tree = _tree(region)
    everyone = [pk for kids in tree.values() for pk in kids]
    codes = {i.code for i in indicators} | {c for i in indicators if i.aggregation == "ratio"
                                             for c in (i.numerator, i.denominator) if c}
    data = _values(everyone, codes)
    summed: dict[tuple[str, int], dict[int, tuple[float, int]]] = {}

    def total(code: str, pk: int) -> dict[int, tuple[float, int]]:
        """year → (sum over pk's children, children contributing), each child by its value or its own roll-up."""
        key = (code, pk)
        if key not in summed:
            acc: dict[int, list[float]] = {}
            for child in tree.get(pk, []):
                own = data.get(code, {}).get(child) or {y: v for y, (v, _) in total(code, child).items()}
                for year, value in own.items():
                    acc.setdefault(year, []).append(value)
            summed[key] = {y: (sum(vs), len(vs)) for y, vs in acc.items()}
        return summed[key]

    out = []
    for ind in indicators:
        result = RollUp(ind, ind.aggregation, children=len(tree.get(region.pk, [])))
        if ind.aggregation == "sum":
            for year, (value, n) in total(ind.code, region.pk).items():
                result.values[year], result.covered[year] = value, n
        elif ind.aggregation == "ratio" and ind.numerator and ind.denominator:
            num, den = _pairs(ind.numerator, region.pk, tree, data), _pairs(ind.denominator, region.pk, tree, data)
            for year in sorted(set(num) & set(den)):
                both = [c for c in num[year] if c in den[year]]
                d = sum(den[year][c] for c in both)
                if both and d:
                    result.values[year] = ind.scale * sum(num[year][c] for c in both) / d
                    result.covered[year] = len(both)
        out.append(result)
    return out


def _pairs(code: str, pk: int, tree, data) -> dict[int, dict[int, float]]:
    """year → {leaf region: value}: the regions at the bottom of the tree that hold the value themselves."""
    out: dict[int, dict[int, float]] = {}
    for child in tree.get(pk, []):
        own = data.get(code, {}).get(child)
        if own:
            for year, value in own.items():
                out.setdefault(year, {})[child] = value
        else:
            for year, values in _pairs(code, child, tree, data).items():
                out.setdefault(year, {}).update(values)
    return out
