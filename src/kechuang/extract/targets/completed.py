"""Items reported done: a numbered item (一、新增义务教育公办学校学位5万个; (二)新增养老床位250张) whose section states
that the year's plan was reached (完成年度计划的104.44%, 超额完成年度任务) is printed by a completion report, which
restates what was planned: the item and its section are history (tests/fixtures/real/README.md, 普陀 2024 on its 2023
实事; nineteenth batch, 江西 2023 为民办实事 实施情况的通报; both dev, round 22). A current year's progress table keeps
its task column (its rows are cells, not numbered items, and its reports say 已完成 without the year's plan)."""

from __future__ import annotations

import re

from kechuang.extract.lines import Line
from kechuang.extract.rules import simplified_all

# The year's plan reached, as a report says it; a commitment to reach it (确保超额完成年度任务) or a milestone
# (6月底前完成年度计划的50%, 要完成…) is no report.
_DONE = re.compile(r"(?<!确保)(?<!力争)(?<!争取)(?<!前)(?<!要)(?<!须)完成年度(?:计划|任务|目标任务|总投资)的\s*\d"
                   r"|(?<!确保)(?<!力争)(?<!争取)超额完成(?:年度|全年)(?:任务|目标)")
_MAY_BE_DONE = re.compile(r"超额完成|完成年度")  # cheap test: most lines hold neither


def done_items(lines: list[Line], heading_titles: dict[int, int]) -> set[int]:
    """Indices of the heading lines whose own text or section (the lines up to the next heading) reports the
    year's plan reached. One pass."""
    out: set[int] = set()
    current: int | None = None
    for line in lines:
        if line.index in heading_titles:
            current = line.index
        if current is not None and current not in out and _MAY_BE_DONE.search(line.text) and _DONE.search(
                simplified_all(line.text)):
            out.add(current)
    return out
