"""The benchmark's evaluation written the way a pandas user would: vectorised, grouped, no row loops.

Same steps and statistics as kechuang on ``bench_evaluate.framework()``: group-mean imputation per year,
iterative winsorisation per indicator and year (e1071 type-2 skewness and kurtosis, which pandas' ``skew``
and ``kurt`` compute; at most ``winmax`` points, then the COIN log transform), min-max to 0–100 with the
indicator's direction, arithmetic means up the tree, classes, competition ranks per node and year.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def frame(panel) -> pd.DataFrame:
    """The panel as a pandas user holds it: one row per (year, unit), one column per indicator."""
    years, units, _ = panel.values.shape
    df = pd.DataFrame(panel.values.reshape(years * units, -1), columns=list(panel.variables))
    df.insert(0, "year", np.repeat(panel.periods, units))
    df.insert(1, "unit", np.tile(panel.units, years))
    df.insert(2, "group", panel.groups["group"].reshape(-1))
    return df


def _per_year(table: pd.DataFrame, year: pd.Series) -> pd.DataFrame:
    """A (year × indicator) table spread back onto the rows."""
    return table.reindex(year).set_axis(year.index)


def evaluate_pandas(df: pd.DataFrame, pillars: dict[str, list[str]], lower: set[str], *, skew: float = 2.0,
                    kurtosis: float = 3.5, winmax: int = 5, thresholds=((60, "A"), (45, "B"))) -> pd.DataFrame:
    """Scores, ranks and class per (year, unit); columns ``Index``, pillars, indicators, ``rank_<node>``, ``class``."""
    cols = [c for codes in pillars.values() for c in codes]
    year = df["year"]
    x = df[cols].fillna(df.groupby(["year", "group"])[cols].transform("mean"))

    imputed = x
    by_year = x.groupby(year)
    sk, kt = by_year.skew(), by_year.kurt()
    active = (sk.abs() > skew) & (kt > kurtosis)
    for _ in range(winmax):
        if not active.to_numpy().any():
            break
        up, on = _per_year(sk >= 0, year), _per_year(active, year)
        by_year = x.groupby(year)
        hit = x.eq(by_year.transform("max").where(up, by_year.transform("min"))) & on
        rest = x.mask(hit).groupby(year)
        x = x.mask(hit, rest.transform("max").where(up, rest.transform("min")))
        by_year = x.groupby(year)
        sk, kt = sk.mask(active, by_year.skew()), kt.mask(active, by_year.kurt())
        active &= (sk.abs() > skew) & (kt > kurtosis)
    if active.to_numpy().any():  # still too skewed after winmax points: log transform of the imputed values
        by_year = imputed.groupby(year)
        lo, hi = by_year.transform("min"), by_year.transform("max")
        x = x.mask(_per_year(active, year), np.log(imputed - lo + 0.01 * (hi - lo)))

    by_year = x.groupby(year)
    lo, hi = by_year.transform("min"), by_year.transform("max")
    frac = (x - lo) / (hi - lo)
    down = [c for c in cols if c in lower]
    frac[down] = (hi[down] - x[down]) / (hi[down] - lo[down])
    out = frac * 100
    for code, codes in pillars.items():
        out[code] = out[codes].mean(axis=1)
    out["Index"] = out[list(pillars)].mean(axis=1)
    nodes = ["Index", *pillars, *cols]
    ranks = out[nodes].groupby(year).rank(ascending=False, method="min").add_prefix("rank_")
    out = pd.concat([df[["year", "unit"]], out[nodes], ranks], axis=1)
    out["class"] = np.select([out["Index"] >= t for t, _ in thresholds], [c for _, c in thresholds], "C")
    return out
