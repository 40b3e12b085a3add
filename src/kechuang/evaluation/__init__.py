"""Evaluation engine: frameworks (YAML), construction steps, scores, ranks, classes, uncertainty, paths.

    from kechuang.evaluation import load_framework, evaluate_file
    result = evaluate_file("ASEM_iData.csv", "coinr-asem")
    result.score("CHE")            # the index score of the latest period
"""

from __future__ import annotations

from pathlib import Path

from kechuang.evaluation.engine import Evaluation, evaluate
from kechuang.evaluation.framework import Framework, builtin_frameworks, load_framework
from kechuang.indicators.panel import Panel, panel_from_table
from kechuang.indicators.tables import read_table

__all__ = ["Evaluation", "Framework", "builtin_frameworks", "evaluate", "evaluate_file", "load_data",
           "load_framework"]


def load_data(path: str | Path, framework: Framework, sheet: str | None = None) -> Panel:
    """Read a data file with the column names the framework declares (``data:`` block) where the file has
    them; a file with other headers (县(市、区), uCode, Year …) falls back to the usual names."""
    spec = framework.data
    table = read_table(path, sheet)
    header = set(table.header)
    pick = lambda key: spec.get(key) if spec.get(key) in header else None
    groups = [g for g in spec.get("groups") or [] if g in header] if spec.get("groups") is not None else None
    return panel_from_table(table, unit_column=pick("unit"), period_column=pick("period"),
                            name_column=pick("name"), group_columns=groups)


def evaluate_file(path: str | Path, framework: str | Path | Framework, *, allow_missing: bool = False,
                  sheet: str | None = None) -> Evaluation:
    fw = framework if isinstance(framework, Framework) else load_framework(framework)
    return evaluate(load_data(path, fw, sheet), fw, allow_missing=allow_missing)
