"""A growth goal worded as the value of the growth's expected goal or plan (mis60, session 35; fresh57 row 3).

change_names.py reads a growth goal whose words stand between the thing and the value (陕西2024年GDP增长目标5.5%左右
→ GDP, growth 5.5); report and meeting news word the same goal with 的 between, or as the growth's plan:
  2009年上海市生產總值增長的預期目標為9%、上海地方財政收入增長的預期目標為6%   (上海 2009 report news, dev:
      http://nakedoat.com/jrzg/2009-01/13/content_1203936.htm)
  延吉市确定今年GDP增长计划为6%                                            (延吉 2025 发改局 news, dev:
      http://7kfd-www.plus.jlntv.cn/folder3676/folder3677/folder3766/folder13762/2025-02-20/FV4JGxkgjlY4g9r6.html)
Both were read as levels named by the whole clause. The value is the goal's growth rate (the spec: `growth`), the name
the thing before the words, as change_names gives 陕西's (and 香港01 2026's 增长目标上调为6%, goal_changes.py).
"""

from __future__ import annotations

import re

# the growth's words at the name's end, with 的 before its goal or naming it a plan (the bare 增长目标 is change_names')
_WORDED = re.compile(r"(?:增长|增速)(?:的(?:预期)?目标|的?计划)$")


def worded_growth(indicator: str, kind: str, value, value_max, unit: str | None):
    """(name, "growth", value, value_max) of a percentage level whose name closes on a growth's goal or plan
    (上海市生产总值增长的预期目标, GDP增长计划); None for any other target or a name with no thing before the words."""
    if unit != "%" or kind != "level" or not isinstance(value, (int, float)):
        return None
    m = _WORDED.search(indicator) if ("目标" in indicator or "计划" in indicator) else None
    if m is None or m.start() < 2:
        return None
    return indicator[:m.start()].rstrip(), "growth", value, value_max
