"""A caption of goals printed as a line of its own, without a heading's numbering (MISSES-dist51 row 6).

A report's goals are often set under an unnumbered caption line, which the heading tree does not hold:
  2024年经济社会发展主要预期目标 / 地区生产总值同比增长4.8%左右;一般公共预算收入同比增长6%   (滨海 2024, dev:
      https://bc-talentfs.com/channels/722.html)
  2022年发展主要预期目标 / …                                      (国务院 政府工作报告 2022 news print, dev)
  ■ 2025年经济社会发展的主要预期目标 / …                          (湖北 政府工作报告 2025 news print, dev)
Such a caption governs the lines under it as a goals heading does (``goals_path`` in ``extract_targets``), up to the
next heading: a 同比增长 there is a goal set against last year, no statistic (paragraph_scope ``reports``).
The caption opens with its year (2024年, 今年, 全年) and ends with the goals' word (an optional 是/为/如下 and colon
after it): 2023年主要预期目标完成情况 (a review's caption), 空气质量完成年度目标任务 (a table cell), 目标任务 alone (a
column's header printed one cell a line, 高青 2024's progress table) and 目标任务上半年推进情况汇总表 are none.
"""

from __future__ import annotations

import re
from functools import cache

from kechuang.extract.rules import load_rules
from kechuang.extract.targets.vocab import alt

_LONGEST = 40  # a caption's length at most (the dev captions above are 14 to 24 characters)
_NOT_GOALS = re.compile(r"完成|情况|[表。,，;；]")  # a review's caption, a table's title, a sentence


@cache
def _caption() -> re.Pattern[str]:
    words = alt(load_rules("targets")["goals_headings"])
    year = r"(?:\d{4}\s{0,2}年|今年|本年|全年)"
    return re.compile(rf"[\s■●◆▪□★☆]{{0,4}}{year}[^\n]{{0,20}}?(?:{words})(?:是|为|如下)?\s{{0,2}}[:：]?\s{{0,2}}")


def goals_caption(text: str) -> bool:
    """Whether a line (simplified) is an unnumbered caption of goals: short, ending with a goals heading's word."""
    return "目标" in text and len(text) <= _LONGEST and _NOT_GOALS.search(text) is None \
        and _caption().fullmatch(text) is not None
