"""Indicator data as a panel: periods × units × variables, read from a wide or a tidy table.

A wide table has one row per unit (and period), one column per indicator, optional period, name and
group columns (COINr's ``ASEM_iData.csv`` is one). A tidy table has one row per observation:
region, indicator, period, value (source and note optional). Both become a :class:`Panel` whose
``values[p, u, v]`` is ``nan`` where nothing was observed and whose ``present[p, u]`` says whether
the unit appears in that period at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kechuang.errors import KechuangError
from kechuang.indicators.tables import Table, parse_number, parse_period, read_table

UNIT_COLUMNS = ("uCode", "UnitCode", "unit", "unit_code", "code", "region", "地区代码", "单位代码", "地区", "单位",
                "县(市、区)", "县市区")
NAME_COLUMNS = ("uName", "UnitName", "unit_name", "name", "名称", "地区名称", "单位名称")
PERIOD_COLUMNS = ("Time", "Year", "period", "year", "年份", "年度", "时期")
INDICATOR_COLUMNS = ("indicator", "indicator_id", "指标", "指标代码", "指标名称")
VALUE_COLUMNS = ("value", "数值", "值")


@dataclass
class Panel:
    units: list[str]
    periods: list[int]
    variables: list[str]
    values: np.ndarray  # (periods, units, variables), float64, nan = missing
    present: np.ndarray  # (periods, units), bool
    unit_names: dict[str, str] = field(default_factory=dict)
    groups: dict[str, np.ndarray] = field(default_factory=dict)  # name -> (periods, units) object
    source: str = ""

    def variable(self, name: str) -> np.ndarray:
        return self.values[:, :, self.variables.index(name)]

    def period_index(self, period: int | str) -> int:
        try:
            return self.periods.index(int(period))
        except (ValueError, TypeError):
            raise KechuangError("KC-DATA-PERIOD", f"数据中没有 {period} 年的数据;已有:"
                                f"{'、'.join(str(p) for p in self.periods)}", file=self.source) from None


def _period(text: str, table: Table, row: int, column: str) -> int:
    period = parse_period(text)
    if period is None:
        raise KechuangError("KC-DATA-PERIOD", f"第 {row} 行「{column}」列的年份「{text}」无法识别,应为如 2023 的年份",
                            file=table.path, row=row, column=column)
    return period


def panel_from_wide(table: Table, unit_column: str | None = None, period_column: str | None = None,
                    name_column: str | None = None, group_columns: Sequence[str] | None = None,
                    default_period: int | None = None) -> Panel:
    """Read a wide table. Columns not named as unit, name, period or group must hold numbers."""
    ucol = table.column(unit_column) if unit_column else table.find_column(*UNIT_COLUMNS)
    if ucol is None:
        raise KechuangError("KC-DATA-COLUMN-MISSING", "找不到地区(单位)列;请把第一列命名为「地区」或 uCode",
                            file=table.path, column="地区")
    pcol = table.column(period_column) if period_column else table.find_column(*PERIOD_COLUMNS)
    ncol = table.column(name_column) if name_column else table.find_column(*NAME_COLUMNS)
    if group_columns is None:
        gcols = [i for i, h in enumerate(table.header)
                 if h.lower().endswith("_group") or h.lower().startswith("group_") or h.endswith("分组")]
    else:
        gcols = [table.column(g) for g in group_columns]
    skip = {ucol, pcol, ncol, *gcols} - {None}
    vcols = [i for i, h in enumerate(table.header) if i not in skip and h]
    names = [table.header[i] for i in vcols]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise KechuangError("KC-DATA-COLUMN-DUPLICATE", f"表头中有重复的列:{'、'.join(sorted(duplicates))}",
                            file=table.path, column=sorted(duplicates)[0])
    keys: dict[tuple[int, str], int] = {}
    cells: list[tuple[int, str, list[float]]] = []
    unit_names: dict[str, str] = {}
    group_cells: list[list[str]] = []
    for i, row in enumerate(table.rows):
        rowno = i + 2
        unit = row[ucol].strip()
        if not unit:
            raise KechuangError("KC-DATA-UNIT-EMPTY", f"第 {rowno} 行没有地区(单位)", file=table.path, row=rowno,
                                column=table.header[ucol])
        if pcol is not None:
            period = _period(row[pcol], table, rowno, table.header[pcol])
        elif default_period is not None:
            period = default_period
        else:
            period = 0
        if (period, unit) in keys:
            raise KechuangError("KC-DATA-DUPLICATE", f"第 {rowno} 行与第 {keys[period, unit]} 行重复:"
                                f"{unit} {period if period else ''}", file=table.path, row=rowno)
        keys[period, unit] = rowno
        nums = []
        for j in vcols:
            try:
                value = parse_number(row[j])
            except ValueError:
                raise KechuangError("KC-DATA-NOT-NUMBER", f"第 {rowno} 行「{table.header[j]}」列的「{row[j][:20]}」"
                                    "不是数字", file=table.path, row=rowno, column=table.header[j]) from None
            nums.append(np.nan if value is None else value)
        cells.append((period, unit, nums))
        if ncol is not None and row[ncol].strip():
            unit_names[unit] = row[ncol].strip()
        group_cells.append([row[g].strip() for g in gcols])
    if not cells:
        raise KechuangError("KC-DATA-EMPTY", "数据表只有表头,没有数据行", file=table.path)
    panel = _assemble(cells, names, table.path)
    panel.unit_names = unit_names
    for k, g in enumerate(gcols):
        arr = np.full(panel.present.shape, "", dtype=object)
        for (period, unit, _), gc in zip(cells, group_cells, strict=True):
            arr[panel.periods.index(period), panel.units.index(unit)] = gc[k]
        panel.groups[table.header[g]] = arr
    return panel


def panel_from_tidy(table: Table) -> Panel:
    """Read a tidy table (region, indicator, period, value); duplicate keys are an error."""
    from kechuang.indicators.observations import observations_from_table

    report = observations_from_table(table, catalog=None)
    if report.errors:
        raise KechuangError("KC-DATA-INVALID", "数据有错误:\n" + report.summary(), file=table.path)
    return panel_from_observations(report.observations, table.path)


def panel_from_observations(observations, source: str = "") -> Panel:
    periods = sorted({o.period for o in observations})
    units = list(dict.fromkeys(o.region for o in observations))
    variables = list(dict.fromkeys(o.indicator for o in observations))
    values = np.full((len(periods), len(units), len(variables)), np.nan)
    present = np.zeros((len(periods), len(units)), dtype=bool)
    pi = {p: i for i, p in enumerate(periods)}
    ui = {u: i for i, u in enumerate(units)}
    vi = {v: i for i, v in enumerate(variables)}
    for o in observations:
        values[pi[o.period], ui[o.region], vi[o.indicator]] = o.value
        present[pi[o.period], ui[o.region]] = True
    return Panel(units, periods, variables, values, present, source=source)


def _assemble(cells: list[tuple[int, str, list[float]]], names: list[str], source: str) -> Panel:
    periods = sorted({c[0] for c in cells})
    units = list(dict.fromkeys(c[1] for c in cells))
    pi = {p: i for i, p in enumerate(periods)}
    ui = {u: i for i, u in enumerate(units)}
    values = np.full((len(periods), len(units), len(names)), np.nan)
    present = np.zeros((len(periods), len(units)), dtype=bool)
    for period, unit, nums in cells:
        values[pi[period], ui[unit]] = nums
        present[pi[period], ui[unit]] = True
    return Panel(units, periods, names, values, present, source=source)


def load_panel(path: str | Path, *, unit_column: str | None = None, period_column: str | None = None,
               name_column: str | None = None, group_columns: Sequence[str] | None = None,
               sheet: str | None = None) -> Panel:
    """Read a wide or a tidy data file into a :class:`Panel` (tidy when it has indicator and value columns)."""
    return panel_from_table(read_table(path, sheet), unit_column=unit_column, period_column=period_column,
                            name_column=name_column, group_columns=group_columns)


def panel_from_table(table: Table, *, unit_column: str | None = None, period_column: str | None = None,
                     name_column: str | None = None, group_columns: Sequence[str] | None = None) -> Panel:
    if table.find_column(*INDICATOR_COLUMNS) is not None and table.find_column(*VALUE_COLUMNS) is not None:
        return panel_from_tidy(table)
    return panel_from_wide(table, unit_column, period_column, name_column, group_columns)
