"""The values path-to-class may propose: whole numbers for counts, the data's own decimals otherwise.

A count indicator (unit 家, 个, 件, 人, 项 … from the framework node or the indicator catalog) whose data
are all whole numbers moves in steps of 1; a rate in a count unit (千家企业中…家, 1.61) is not a count
and, like every other indicator, moves in steps of the finest decimal its data is given in (at most 6).
The linear case is solved as an integer programme over these steps with scipy's HiGHS ``milp``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from kechuang.indicators import units as unitlib

MAX_DECIMALS = 6


@dataclass
class Grid:
    unit: str
    integer: bool
    decimals: int
    raw: float  # the unit's current value
    sign: float  # +1: more is better, -1: less is better
    cap_steps: int  # most steps allowed by the cap

    @property
    def step(self) -> float:
        return 10.0 ** -self.decimals

    def value(self, n: int) -> float:
        """The value after ``n`` steps, on the grid, rounded (when the data is finer) towards the better side."""
        scaled = (self.raw + self.sign * n * self.step) * 10 ** self.decimals
        near = round(scaled)
        if abs(scaled - near) > 1e-6:
            near = math.ceil(scaled) if self.sign > 0 else math.floor(scaled)
        return int(near) if self.decimals == 0 else near / 10 ** self.decimals


def fixed(value: float, decimals: int, *, sign: bool = False) -> str:
    """Fixed-point text (never ``1.247e+04``), thousands grouped, trailing zeros dropped."""
    text = f"{value:{'+' if sign else ''},.{max(decimals, 0)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "+0") and not sign else ("+0" if text in ("-0", "+0") else text)


def decimals_of(column: np.ndarray) -> int:
    """The fewest decimals that write every observed value of an indicator exactly (at most 6)."""
    values = column[np.isfinite(column)]
    for d in range(MAX_DECIMALS + 1):
        scaled = values * 10 ** d
        if np.all(np.abs(scaled - np.round(scaled)) <= 1e-9 * np.maximum(1.0, np.abs(scaled)) + 1e-6):
            return d
    return MAX_DECIMALS


def unit_of(fw, code: str) -> str:
    """The indicator's unit: the framework node's ``unit``, else the catalog's for the code or data column."""
    node = fw.nodes[code]
    if node.unit:
        return str(node.unit)
    from kechuang.indicators.catalog import load_catalog

    catalog = load_catalog()
    for key in (code, node.column):
        if key and key in catalog.by_id:
            return catalog.by_id[key].unit
    return ""


def grids(fw, leaves: list[str], raw_stage: np.ndarray, raw: np.ndarray, sign: np.ndarray, caps: list[float]
          ) -> list[Grid]:
    out = []
    for i, code in enumerate(leaves):
        unit = unit_of(fw, code)
        d = decimals_of(raw_stage[:, :, i])
        integer = unitlib.is_count(unit) and d == 0
        base = float(raw[i])
        steps = 0
        if math.isfinite(base) and base != 0:
            steps = math.floor(caps[i] * abs(base) * 10 ** d + 1e-9)
        out.append(Grid(unit, integer, d, base, float(sign[i]), steps))
    return out


def solve_linear(segments: list[tuple[int, float, int, float, float]], gap: float) -> dict[int, int] | None:
    """Fewest relative effort in whole grid steps with modelled gain ≥ ``gap``.

    ``segments``: (indicator, gain per step, steps to the breakpoint, gain at the breakpoint, effort per step).
    Variables: steps n_i (integers in [0, breakpoint]) and gains g_i ≤ min(slope_i n_i, full_i).
    """
    if not segments or sum(s[3] for s in segments) < gap:
        return None
    k = len(segments)
    slope = np.array([s[1] for s in segments])
    top = np.array([s[2] for s in segments], dtype=float)
    full = np.array([s[3] for s in segments])
    effort = np.array([s[4] for s in segments])
    c = np.concatenate([effort, np.zeros(k)])
    gain_le_slope = np.hstack([-np.diag(slope), np.eye(k)])  # g_i - slope_i n_i ≤ 0
    total = np.concatenate([np.zeros(k), np.ones(k)])  # Σ g_i ≥ gap
    constraints = [LinearConstraint(gain_le_slope, -np.inf, 0.0), LinearConstraint(total[None, :], gap, np.inf)]
    bounds = Bounds(np.zeros(2 * k), np.concatenate([top, full]))
    integrality = np.concatenate([np.ones(k), np.zeros(k)])
    res = milp(c, constraints=constraints, bounds=bounds, integrality=integrality,
               options={"mip_rel_gap": 1e-7, "time_limit": 30})
    if res.x is None:
        return None
    n = np.round(res.x[:k]).astype(int)
    return {segments[j][0]: int(n[j]) for j in range(k) if n[j] > 0}
